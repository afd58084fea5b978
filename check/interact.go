package check

import (
	"fmt"
	"strings"

	"github.com/bal2go/bal2go/frontend"
)

// The worker-interaction analysis (DIAGNOSTICS.md, "The deadlock
// simulation"). It runs once per function body, after the body has been
// checked, over the function's whole system of workers: its named workers,
// the workers of every fork statement inside it (at any depth, but not
// inside nested anonymous functions, which are functions of their own) and
// its default worker. As in jBallerina, the workers are listed in the order
// in which their bodies end: a fork's workers come before the worker whose
// body holds the fork, named workers follow in declaration order, and the
// default worker comes last.
//
// A walk of the body in source order lists each worker's interactions
// (sends, receives, waits on named workers, flushes) and what the worker
// may have terminated with before each of them. From that the analysis
//
//   - reports a send or receive with W after `wait W` in the same worker;
//   - types each receive with the message type of its slot, error:NoMessage
//     when the send may be skipped (it sits in a branch, or follows a return
//     that may complete normally) and the errors the sender can terminate
//     with before the send; and each sync send with () plus the errors the
//     receiver can terminate with before its receive;
//   - simulates all workers in lockstep and reports one error when they
//     cannot all finish, at the body of the first worker of the list, with
//     each worker's blocked action or FINISHED in the state string and a
//     note at each blocked action.
//
// The lockstep rules:
//
//   - A send that cannot be skipped advances only together with its
//     receive (a rendezvous, even for an async send, as jBallerina does).
//   - An async send that may be skipped (a branch, an on-fail block,
//     after a return or a caught check) never holds its sender up: the
//     sender passes it, and its receive may then advance alone (the
//     message, or error:NoMessage). A sync send that happens waits for its
//     receive, so it always advances together with it.
//   - A receive advances when its slot's send is at its sender's front or
//     already passed; a multiple receive when that holds for every field;
//     an alternate receive when it holds for one of its slots, and its
//     other slots are then taken too (a later send to them passes alone).
//   - wait W advances once W has finished; wait {a, b} once all have; wait
//     a|b once one has (or one operand is not a worker of the system).
//   - flush W advances when W has taken every message sent to it before
//     the flush, or has finished; a bare flush does so for every receiver.
//
// The simulation is not run when the pairing of sends and receives, their
// positions or the rule about waits already gave errors (as jBallerina).
// It is a worklist algorithm: each step advances at least one worker by
// one action, and a blocked worker is looked at again only when something
// it depends on has moved, so the work is linear in the number of
// interactions.

// iKind classifies the entries of a worker's interaction list.
type iKind int

const (
	iSend iKind = iota
	iRecv
	iWait
	iFlush
)

// iAct is one interaction of one worker.
type iAct struct {
	kind iKind
	node frontend.Node
	pos  frontend.Pos
	text string // rendering for the state string

	// sends
	slot *iSlot
	sync bool
	stmt bool // the send is an expression statement

	// receives
	whole *Action
	parts []*iSlot
	alt   bool // alternate receive: one part suffices
	multi bool // multiple receive

	// waits
	targets []*iMach
	any     bool // alternate wait: one target suffices
	free    bool // an alternate wait with an operand that is not a worker of the system

	// flushes
	flush []iFlushReq
}

// iFlushReq: the first n slots of ch must have been taken.
type iFlushReq struct {
	ch *iChan
	n  int
}

// iSlot is one message slot of a channel: the k-th send and the k-th receive.
type iSlot struct {
	ch   *iChan
	k    int
	send *iAct
	recv *iAct   // the receive holding this slot
	part *Action // its receive part

	skippable bool  // the send may not happen
	msg       *Type // the message type
	sendErrs  *Type // errors the sender may terminate with before the send
	recvErrs  *Type // errors the receiver may terminate with before the receive

	passed   bool // the sender is past the send (sent, skipped or pre-consumed)
	received bool // the receiver is past the receive
}

// iChan is the queue of one ordered pair of workers.
type iChan struct {
	c        *Channel
	from, to *iMach
	slots    []*iSlot
	sent     int // sends met by the walk so far (flush counts)
	recvd    int // slots taken in the simulation
}

func (ch *iChan) slot(k int) *iSlot {
	for len(ch.slots) <= k {
		ch.slots = append(ch.slots, &iSlot{ch: ch, k: len(ch.slots)})
	}
	return ch.slots[k]
}

// iMach is one worker of the system with its interaction list and its
// position in the simulation.
type iMach struct {
	name   string
	w      *Worker    // nil for the default worker of a function without named workers
	set    *WorkerSet // the peers of this worker (nil: none)
	body   frontend.Pos
	acts   []*iAct
	pc     int
	walked bool
	queued bool
	out    []*iChan // channels this worker sends on, in order of first send

	waiters  []*iMach // workers with a wait on this one
	flushers []*iMach // workers with a flush towards this one

	// walk state
	errs      *Type // errors this worker may have terminated with so far
	normalRet bool  // a return that may complete normally was met
	waited    map[*iMach]bool
}

func (m *iMach) done() bool { return m.pc >= len(m.acts) }

func (m *iMach) front() *iAct {
	if m.done() {
		return nil
	}
	return m.acts[m.pc]
}

// iSystem is the analysis of one function body.
type iSystem struct {
	c     *checker
	order []*iMach
	machs map[*Worker]*iMach
	chans map[*Channel]*iChan
	bad   bool // interaction errors were reported: no simulation
	queue []*iMach

	// walk state of the worker being walked
	cur      *iMach
	loops    int // while/foreach
	locks    int
	branches int       // if/else and match branches
	exprCond int       // conditionally evaluated operands (c ? a : b, a && b, ...)
	doFrames []*doInfo // enclosing do { } on fail
	onFail   int       // inside an on-fail block
}

type doInfo struct{ caught bool }

type iWalkState struct {
	cur                                  *iMach
	loops, locks, branches, exprCond, of int
	doFrames                             []*doInfo
}

func (s *iSystem) save() iWalkState {
	return iWalkState{s.cur, s.loops, s.locks, s.branches, s.exprCond, s.onFail, s.doFrames}
}

func (s *iSystem) restore(st iWalkState) {
	s.cur, s.loops, s.locks, s.branches, s.exprCond, s.onFail, s.doFrames = st.cur, st.loops, st.locks, st.branches, st.exprCond, st.of, st.doFrames
}

// checkInteractions analyses the worker interactions of one function body
// (a function declaration or an anonymous function) once it is checked.
func (c *checker) checkInteractions(decl frontend.Node, body *frontend.Block) {
	if body == nil {
		return
	}
	s := &iSystem{c: c, machs: map[*Worker]*iMach{}, chans: map[*Channel]*iChan{}}
	ws := c.prog.WorkerSets[decl]
	var def *iMach
	if ws != nil {
		def = s.mach(ws.Default())
		def.set = ws
	} else {
		def = &iMach{name: "function"}
	}
	def.body = body.Pos()
	def.walked = true
	def.waited = map[*iMach]bool{}
	s.cur = def
	s.stmts(body.Stmts)
	s.order = append(s.order, def)
	if len(s.order) == 1 {
		return // no named workers and no fork
	}
	s.prune()
	s.typeSlots()
	if s.bad || !s.paired() {
		return
	}
	s.simulate()
}

// mach returns the machine of worker w, creating it.
func (s *iSystem) mach(w *Worker) *iMach {
	if m := s.machs[w]; m != nil {
		return m
	}
	m := &iMach{name: w.Name, w: w}
	s.machs[w] = m
	return m
}

// chanOf returns the channel state of ch, from → to.
func (s *iSystem) chanOf(ch *Channel, from, to *iMach) *iChan {
	if ic := s.chans[ch]; ic != nil {
		return ic
	}
	ic := &iChan{c: ch, from: from, to: to}
	s.chans[ch] = ic
	return ic
}

// peerMach is the machine of the worker with index i in m's peer set.
func (s *iSystem) peerMach(m *iMach, i int) *iMach {
	if m.set == nil || i < 0 || i >= len(m.set.Workers) {
		return nil
	}
	return s.mach(m.set.Workers[i])
}

// ----------------------------------------------------------------------------
// The walk: each worker's interactions in source order.

func (s *iSystem) worker(d *frontend.WorkerDecl, set *WorkerSet) {
	w := s.c.prog.Workers[d]
	if w == nil || d.Body == nil {
		return
	}
	m := s.mach(w)
	if m.walked {
		return
	}
	m.walked = true
	m.set = set
	m.body = d.Body.Pos()
	m.waited = map[*iMach]bool{}
	saved := s.save()
	s.cur, s.loops, s.locks, s.branches, s.exprCond, s.onFail, s.doFrames = m, 0, 0, 0, 0, 0, nil
	if d.OnFail != nil {
		s.stmt(s.c.prog.WorkerBody(d))
	} else {
		s.stmts(d.Body.Stmts)
	}
	s.restore(saved)
	s.order = append(s.order, m)
}

func (s *iSystem) stmts(list []frontend.Stmt) {
	for _, st := range list {
		s.stmt(st)
	}
}

func (s *iSystem) block(b *frontend.Block) {
	if b != nil {
		s.stmts(b.Stmts)
	}
}

func (s *iSystem) stmt(st frontend.Stmt) {
	switch st := st.(type) {
	case *frontend.Block:
		s.block(st)
	case *frontend.VarDecl:
		s.expr(st.Value)
	case *frontend.BindingDecl:
		s.expr(st.Value)
	case *frontend.DestructureStmt:
		s.expr(st.Value)
	case *frontend.AssignStmt:
		s.expr(st.Lhs)
		s.expr(st.Value)
	case *frontend.ExprStmt:
		if se, ok := st.X.(*frontend.SendExpr); ok {
			s.send(se, true)
			return
		}
		s.expr(st.X)
	case *frontend.SendStmt:
		s.send(st, true)
	case *frontend.IfStmt:
		s.expr(st.Cond)
		s.branches++
		s.block(st.Then)
		if st.Else != nil {
			s.stmt(st.Else)
		}
		s.branches--
	case *frontend.WhileStmt:
		s.expr(st.Cond)
		s.loops++
		s.block(st.Body)
		s.loops--
	case *frontend.ForeachStmt:
		s.expr(st.Iter)
		s.loops++
		s.block(st.Body)
		s.loops--
	case *frontend.ReturnStmt:
		s.expr(st.X)
		s.returned(st.X)
	case *frontend.PanicStmt:
		s.expr(st.X)
	case *frontend.FailStmt:
		s.expr(st.X)
		s.failed(st.X)
	case *frontend.MatchStmt:
		s.expr(st.X)
		s.branches++
		for _, cl := range st.Clauses {
			s.expr(cl.Guard)
			s.block(cl.Body)
		}
		s.branches--
	case *frontend.DoStmt:
		if st.OnFail == nil {
			s.block(st.Body)
			return
		}
		s.doFrames = append(s.doFrames, &doInfo{})
		s.block(st.Body)
		s.doFrames = s.doFrames[:len(s.doFrames)-1]
		s.onFail++
		s.block(st.OnFail.Body)
		s.onFail--
	case *frontend.LockStmt:
		s.locks++
		s.block(st.Body)
		s.locks--
	case *frontend.ForkStmt:
		set := s.c.prog.WorkerSets[st]
		for _, d := range st.Workers {
			s.worker(d, set)
		}
	case *frontend.WorkerDecl:
		if s.cur.set != nil {
			s.worker(st, s.cur.set)
		}
	}
}

// cond walks an operand that may not be evaluated.
func (s *iSystem) cond(e frontend.Expr) {
	s.exprCond++
	s.expr(e)
	s.exprCond--
}

func (s *iSystem) expr(e frontend.Expr) {
	if e == nil {
		return
	}
	// Inspect walks the plain operands; interactions, conditionally
	// evaluated operands and check are handled here.
	frontend.Inspect(e, func(n frontend.Node) bool {
		switch e := n.(type) {
		case *frontend.FuncExpr, *frontend.ArrowExpr, *frontend.FuncDecl, *frontend.ResourceFunc:
			return false // bodies of functions of their own (methods of an object constructor too)
		case *frontend.BinaryExpr:
			if e.Op != frontend.OpAndAnd && e.Op != frontend.OpOrOr && e.Op != frontend.OpElvis {
				return true
			}
			s.expr(e.X)
			s.cond(e.Y)
		case *frontend.CondExpr:
			s.expr(e.Cond)
			s.cond(e.Then)
			s.cond(e.Else)
		case *frontend.CheckExpr:
			s.expr(e.X)
			if !e.Panic {
				s.failed(e.X)
			}
		case *frontend.WaitExpr:
			for _, f := range e.Futures {
				s.expr(f)
			}
			s.wait(e, e.Futures, len(e.Futures) > 1)
		case *frontend.MultiWaitExpr:
			var fs []frontend.Expr
			for _, f := range e.Fields {
				s.expr(f.Future)
				fs = append(fs, f.Future)
			}
			s.wait(e, fs, false)
		case *frontend.ReceiveExpr:
			s.recv(e, e.Pos())
		case *frontend.MultiReceiveExpr:
			s.recv(e, e.Pos())
		case *frontend.SendExpr:
			s.send(e, false)
		case *frontend.FlushExpr:
			s.flush(e)
		case *frontend.QueryExpr:
			s.query(e)
		default:
			return true
		}
		return false
	})
}

// query walks a query expression or action: its clauses run once per frame,
// as a loop's body does, and a check or fail in them ends the query with
// the error, not the worker.
func (s *iSystem) query(q *frontend.QueryExpr) {
	s.doFrames = append(s.doFrames, &doInfo{})
	s.loops++
	for _, cl := range q.Clauses {
		switch cl := cl.(type) {
		case *frontend.FromClause:
			s.expr(cl.Iter)
		case *frontend.WhereClause:
			s.expr(cl.Cond)
		case *frontend.LetClause:
			for _, d := range cl.Decls {
				s.stmt(d)
			}
		case *frontend.JoinClause:
			s.expr(cl.Iter)
			s.expr(cl.On)
			s.expr(cl.Equals)
		case *frontend.OrderByClause:
			for _, k := range cl.Keys {
				s.expr(k.X)
			}
		case *frontend.LimitClause:
			s.expr(cl.N)
		case *frontend.GroupByClause:
			for _, k := range cl.Keys {
				s.expr(k.X)
			}
		}
	}
	s.expr(q.Select)
	s.expr(q.Collect)
	s.expr(q.OnConflict)
	if q.Do != nil {
		s.block(q.Do)
	}
	s.loops--
	s.doFrames = s.doFrames[:len(s.doFrames)-1]
}

// returned records `return e`: its errors terminate the worker, and a
// value that is not an error means later sends may never happen.
func (s *iSystem) returned(x frontend.Expr) {
	m := s.cur
	if x == nil {
		m.normalRet = true
		return
	}
	t := s.c.prog.Types[x]
	if t == nil || t.Kind == KInvalid {
		return
	}
	if ep := ErrorPart(t); ep.Kind != KNever {
		m.errs = Union(m.errs, ep)
	}
	if NonErrorPart(t).Kind != KNever {
		m.normalRet = true
	}
}

// failed records `check e` and `fail e`: the error goes to the innermost
// on-fail block, or terminates the worker.
func (s *iSystem) failed(x frontend.Expr) {
	t := s.c.prog.Types[x]
	if t == nil || t.Kind == KInvalid {
		return
	}
	ep := ErrorPart(t)
	if ep.Kind == KNever {
		return
	}
	if n := len(s.doFrames); n > 0 {
		s.doFrames[n-1].caught = true
		return
	}
	s.cur.errs = Union(s.cur.errs, ep)
}

// skippable reports whether a send at the current point may not happen.
func (s *iSystem) skippable(a *Action) bool {
	if a.Conditional || s.branches > 0 || s.exprCond > 0 || s.onFail > 0 || s.cur.normalRet {
		return true
	}
	for _, f := range s.doFrames {
		if f.caught {
			return true
		}
	}
	return false
}

func orNever(t *Type) *Type {
	if t == nil {
		return Never
	}
	return t
}

func (s *iSystem) afterWait(m, peer *iMach, pos frontend.Pos) {
	if peer != nil && m.waited[peer] {
		s.c.errorf(pos, "invalid worker message passing after waiting for the same worker")
		s.bad = true
	}
}

// send records a send, a *frontend.SendStmt or a *frontend.SendExpr;
// stmt tells a sync send whose value is not used.
func (s *iSystem) send(n frontend.Node, stmt bool) {
	e, sync := frontend.SendOf(n)
	s.expr(e.X)
	a := s.c.prog.Actions[n]
	m := s.cur
	if a == nil || a.Chan == nil || m.set == nil {
		return
	}
	if s.loops > 0 || s.locks > 0 {
		s.bad = true // reported by the checker
	}
	to := s.peerMach(m, a.Chan.To)
	if to == nil {
		s.bad = true
		return
	}
	ic := s.chanOf(a.Chan, m, to)
	if ic.sent == 0 {
		m.out = append(m.out, ic)
	}
	ic.sent++
	sl := ic.slot(a.Slot)
	arrow := " -> "
	if sync {
		arrow = " ->> "
	}
	act := &iAct{kind: iSend, node: n, pos: n.Pos(), slot: sl, sync: sync, stmt: stmt,
		text: sendValueText(e) + arrow + e.Peer.Name}
	if sl.send != nil {
		s.bad = true
		return
	}
	sl.send = act
	sl.msg = a.Type
	sl.sendErrs = orNever(m.errs)
	sl.skippable = s.skippable(a)
	s.afterWait(m, to, n.Pos())
	m.acts = append(m.acts, act)
}

func (s *iSystem) recv(e frontend.Expr, pos frontend.Pos) {
	whole := s.c.prog.Actions[e]
	m := s.cur
	if whole == nil || m.set == nil {
		return
	}
	if s.loops > 0 || s.locks > 0 || s.branches > 0 {
		s.bad = true // reported by the checker
	}
	act := &iAct{kind: iRecv, node: e, pos: pos, whole: whole}
	var names []string
	switch e := e.(type) {
	case *frontend.ReceiveExpr:
		act.alt = len(e.Peers) > 1
		for _, p := range e.Peers {
			names = append(names, p.Name)
		}
		act.text = " <- " + strings.Join(names, " | ")
	case *frontend.MultiReceiveExpr:
		act.multi = true
		for _, f := range e.Fields {
			if f.Peer == nil {
				continue
			}
			if f.KeyP == f.Peer.P {
				names = append(names, f.Peer.Name)
			} else {
				names = append(names, f.Key+":"+f.Peer.Name)
			}
		}
		act.text = " <- { " + strings.Join(names, ", ") + " }"
	}
	for _, p := range whole.Parts {
		if p.Chan == nil {
			s.bad = true
			continue
		}
		from := s.peerMach(m, p.Chan.From)
		if from == nil {
			s.bad = true
			continue
		}
		ic := s.chanOf(p.Chan, from, m)
		sl := ic.slot(p.Slot)
		if sl.recv != nil {
			s.bad = true
			continue
		}
		sl.recv = act
		sl.part = p
		sl.recvErrs = orNever(m.errs)
		act.parts = append(act.parts, sl)
		s.afterWait(m, from, pos)
	}
	if len(act.parts) == 0 {
		return
	}
	m.acts = append(m.acts, act)
}

func (s *iSystem) wait(node frontend.Expr, operands []frontend.Expr, any bool) {
	m := s.cur
	act := &iAct{kind: iWait, node: node, pos: node.Pos(), any: any}
	for _, f := range operands {
		a := s.c.prog.Actions[f]
		if a == nil || a.Kind != ActWait || a.Target == nil {
			act.free = true
			continue
		}
		t := s.mach(a.Target)
		act.targets = append(act.targets, t)
		m.waited[t] = true
	}
	if len(act.targets) == 0 {
		return
	}
	switch node := node.(type) {
	case *frontend.WaitExpr:
		var parts []string
		for _, f := range node.Futures {
			parts = append(parts, exprText(f))
		}
		act.text = "wait " + strings.Join(parts, "|")
	case *frontend.MultiWaitExpr:
		var parts []string
		for _, f := range node.Fields {
			if f.Future != nil && f.KeyP == f.Future.Pos() {
				parts = append(parts, f.Key)
			} else {
				parts = append(parts, f.Key+":"+exprText(f.Future))
			}
		}
		act.text = "wait {" + strings.Join(parts, ",") + "}"
	}
	m.acts = append(m.acts, act)
}

func (s *iSystem) flush(e *frontend.FlushExpr) {
	a := s.c.prog.Actions[e]
	m := s.cur
	if a == nil || m.set == nil {
		return
	}
	act := &iAct{kind: iFlush, node: e, pos: e.Pos(), text: a.Text}
	if a.Chan != nil {
		ic := s.chans[a.Chan]
		if ic == nil {
			s.bad = true
			return
		}
		act.flush = append(act.flush, iFlushReq{ic, ic.sent})
		ic.to.flushers = append(ic.to.flushers, m)
	} else {
		for _, ic := range m.out {
			act.flush = append(act.flush, iFlushReq{ic, ic.sent})
			ic.to.flushers = append(ic.to.flushers, m)
		}
	}
	m.acts = append(m.acts, act)
}

// prune drops wait targets outside the system (workers of an enclosing
// function seen from an anonymous function) and links the waiters.
func (s *iSystem) prune() {
	for _, m := range s.order {
		for _, a := range m.acts {
			if a.kind != iWait {
				continue
			}
			kept := a.targets[:0]
			for _, t := range a.targets {
				if t.walked {
					kept = append(kept, t)
					t.waiters = append(t.waiters, m)
				} else {
					a.free = true
				}
			}
			a.targets = kept
		}
	}
}

// paired reports whether every slot has both its send and its receive.
func (s *iSystem) paired() bool {
	for _, ic := range s.chans {
		if len(ic.c.Sends) != len(ic.c.Receives) {
			return false
		}
		for _, sl := range ic.slots {
			if sl.send == nil || sl.recv == nil {
				return false
			}
		}
	}
	return true
}

// ----------------------------------------------------------------------------
// Receive and sync-send types.

// slotType is what the receive of sl can produce.
func (sl *iSlot) slotType(noMessage bool) *Type {
	t := sl.msg
	if noMessage {
		t = Union(t, NoMessageError)
	}
	return Union(t, sl.sendErrs)
}

func badType(t *Type) bool { return t == nil || t.Kind == KInvalid }

func (s *iSystem) typeSlots() {
	for _, m := range s.order {
		for _, a := range m.acts {
			switch a.kind {
			case iRecv:
				s.typeReceive(a)
			case iSend:
				if a.sync {
					s.typeSyncSend(a)
				}
			}
		}
	}
}

func (s *iSystem) typeReceive(a *iAct) {
	for _, sl := range a.parts {
		if sl.send == nil || badType(sl.msg) {
			return
		}
	}
	want := a.whole.Type
	switch {
	case a.multi:
		// each field takes its message; a skipped send or a failed sender
		// makes the whole receive an error
		var extras []*Type
		for _, sl := range a.parts {
			if sl.skippable {
				extras = append(extras, NoMessageError)
			}
			extras = append(extras, sl.sendErrs)
			if ft := sl.part.Type; !badType(ft) && !IsSubtype(sl.msg, ft) {
				s.c.mismatch(sl.part.Pos, ft, sl.msg)
			}
		}
		extra := Union(extras...)
		if badType(want) || extra.Kind == KNever || IsSubtype(extra, want) {
			return
		}
		rec := mappingTarget(want)
		if rec == nil {
			rec = want
		}
		s.c.mismatch(a.pos, want, Union(rec, extra))
	case a.alt:
		// the first message wins; NoMessage only when every send may be skipped
		all := true
		var ts []*Type
		for _, sl := range a.parts {
			ts = append(ts, sl.msg)
			all = all && sl.skippable
		}
		if all {
			ts = append(ts, NoMessageError)
		}
		for _, sl := range a.parts {
			ts = append(ts, sl.sendErrs)
		}
		got := Union(ts...)
		if !badType(want) && !badType(got) && !IsSubtype(got, want) {
			s.c.mismatch(a.pos, want, got)
		}
	default:
		sl := a.parts[0]
		got := sl.slotType(sl.skippable)
		if !badType(want) && !badType(got) && !IsSubtype(got, want) {
			s.c.mismatch(a.pos, want, got)
		}
	}
}

// typeSyncSend checks e ->> W: () or an error W can terminate with before
// taking the message.
func (s *iSystem) typeSyncSend(a *iAct) {
	sl := a.slot
	if sl.recv == nil {
		return
	}
	got := Union(Nil, sl.recvErrs)
	if a.stmt {
		if !IsSubtype(got, Nil) {
			s.c.errorf(a.pos, "variable assignment is required")
		}
		return
	}
	declared := s.c.prog.Types[a.node.(frontend.Expr)]
	if !badType(declared) && !IsSubtype(got, declared) {
		s.c.mismatch(a.pos, declared, got)
	}
}

// ----------------------------------------------------------------------------
// The lockstep simulation.

func (s *iSystem) push(m *iMach) {
	if !m.queued {
		m.queued = true
		s.queue = append(s.queue, m)
	}
}

// advance moves m past its current action.
func (s *iSystem) advance(m *iMach) {
	m.pc++
	s.push(m)
	if m.done() {
		for _, w := range m.waiters {
			s.push(w)
		}
		for _, f := range m.flushers {
			s.push(f)
		}
	}
}

func (s *iSystem) simulate() {
	for _, m := range s.order {
		s.push(m)
	}
	for len(s.queue) > 0 {
		m := s.queue[0]
		s.queue = s.queue[1:]
		m.queued = false
		for !m.done() && s.step(m, m.front()) {
		}
	}
	var states []string
	var notes []frontend.Note
	stuck := false
	for _, m := range s.order {
		a := m.front()
		if a == nil {
			states = append(states, "FINISHED")
			continue
		}
		stuck = true
		states = append(states, a.text)
		notes = append(notes, frontend.Note{Pos: a.pos,
			Message: fmt.Sprintf("worker '%s' cannot move onwards from '%s'", m.name, strings.TrimSpace(a.text))})
	}
	if !stuck {
		return
	}
	pos := s.order[0].body
	d := frontend.Errorf(pos, "worker",
		"worker send/receive interactions are invalid; worker(s) cannot move onwards from the state: '[%s]'",
		strings.Join(states, ", "))
	d.Notes = notes
	s.c.errAt[pos.Off] = true
	s.c.diags = append(s.c.diags, d)
}

// step tries to move m past its current action a; it reports whether some
// worker moved.
func (s *iSystem) step(m *iMach, a *iAct) bool {
	switch a.kind {
	case iSend:
		sl := a.slot
		if sl.received || sl.skippable && !a.sync {
			// pre-consumed by an alternate receive, or an async send that
			// may be skipped: it never holds the sender up (a sync send
			// that happens waits for its receive, so it is not skipped)
			sl.passed = true
			s.advance(m)
			s.push(sl.ch.to)
			return true
		}
		if r := sl.ch.to; r.front() == sl.recv {
			return s.receive(r, sl.recv)
		}
		return false
	case iRecv:
		return s.receive(m, a)
	case iWait:
		ok := !a.any
		if a.any && a.free {
			ok = true
		}
		for _, t := range a.targets {
			if a.any && t.done() {
				ok = true
			}
			if !a.any && !t.done() {
				ok = false
			}
		}
		if ok {
			s.advance(m)
		}
		return ok
	case iFlush:
		for _, f := range a.flush {
			if f.ch.recvd < f.n && !f.ch.to.done() {
				return false
			}
		}
		s.advance(m)
		return true
	}
	return false
}

// ready reports whether the message of sl can be taken now.
func ready(sl *iSlot) bool {
	return sl.passed || sl.ch.from.front() == sl.send
}

// receive tries to complete receive a of r.
func (s *iSystem) receive(r *iMach, a *iAct) bool {
	if a.alt {
		some := false
		for _, sl := range a.parts {
			some = some || ready(sl)
		}
		if !some {
			return false
		}
	} else {
		for _, sl := range a.parts {
			if !ready(sl) {
				return false
			}
		}
	}
	for _, sl := range a.parts {
		sl.received = true
		sl.ch.recvd++
		if !sl.passed && sl.ch.from.front() == sl.send {
			sl.passed = true
			s.advance(sl.ch.from)
		}
		s.push(sl.ch.from) // it may be flushing, or hold a pre-consumed send
	}
	s.advance(r)
	return true
}

// ----------------------------------------------------------------------------
// Texts.

// sendValueText renders the value of a send as written (without its
// comments and extra spaces), for the state string.
func sendValueText(e *frontend.Send) string {
	start, end := frontend.Start(e.X), e.ArrowP
	if start.Src == nil || start.Src != end.Src || start.Off < 0 || end.Off > len(start.Src.Text) || start.Off >= end.Off {
		return exprText(e.X)
	}
	src := string(start.Src.Text[start.Off:end.Off])
	if strings.Contains(src, "//") && !strings.Contains(src, "\"") {
		return exprText(e.X)
	}
	return strings.Join(strings.Fields(src), " ")
}
