package check

import (
	"fmt"
	"strings"

	"github.com/bal2go/bal2go/frontend"
)

// WorkerSet is the peers of one function body (its named workers and its
// default worker, "function") or of one fork statement (its workers only).
type WorkerSet struct {
	Node     frontend.Node // the *frontend.FuncDecl, *frontend.FuncExpr or *frontend.ForkStmt
	Fork     bool
	Workers  []*Worker // named workers in declaration order, then the default worker unless Fork
	Channels []*Channel
	chans    map[[2]int]*Channel
	byName   map[string]*Worker
}

// Default is the function's default worker, or nil for a fork.
func (ws *WorkerSet) Default() *Worker {
	if ws.Fork {
		return nil
	}
	return ws.Workers[len(ws.Workers)-1]
}

// Names lists the peers' names in index order.
func (ws *WorkerSet) Names() []string {
	var out []string
	for _, w := range ws.Workers {
		out = append(out, w.Name)
	}
	return out
}

// channel returns the queue from → to, creating it.
func (ws *WorkerSet) channel(from, to int) *Channel {
	k := [2]int{from, to}
	if ch := ws.chans[k]; ch != nil {
		return ch
	}
	ch := &Channel{From: from, To: to, Index: len(ws.Channels)}
	ws.chans[k] = ch
	ws.Channels = append(ws.Channels, ch)
	return ch
}

// Worker is one peer of a WorkerSet.
type Worker struct {
	Name     string // "function" for the default worker
	Index    int
	Set      *WorkerSet           // the peers this worker belongs to
	Decl     *frontend.WorkerDecl // nil for the default worker
	Ret      *Type
	Fn       *Function // the worker's body (nil for the default worker)
	Sym      *Symbol   // the worker name as a future (nil for the default worker)
	Parallel bool      // @strand {thread: "any"}, or a worker of an isolated function (may run on another thread)
	Actions  []*Action // interactions in source order (sends, receives, waits, flushes)
	Refs     int       // references to the worker name as a value
}

// Channel is the message queue of one ordered pair of peers. The k-th send
// from From to To pairs with the k-th receive from From in To: slots are
// fixed at compile time.
type Channel struct {
	From, To int
	Index    int
	Sends    []*Action
	Receives []*Action
}

// ActionKind classifies worker interactions.
type ActionKind int

// The kinds of interactions.
const (
	ActSend ActionKind = iota
	ActSyncSend
	ActReceive
	ActWait
	ActFlush
)

// Action is one worker interaction. Multiple and alternate receives have one
// Action per peer entry (Parts of the Action for the whole expression).
type Action struct {
	Kind        ActionKind
	Node        frontend.Node
	Pos         frontend.Pos
	Chan        *Channel // send, receive, flush W
	Slot        int      // send, receive
	Conditional bool     // a send inside an if/else or match branch
	Type        *Type    // send: the value's type; receive: its contextually expected type (nil: none)
	Mapping     *Type    // multiple receive: the record or map type its fields make up
	Parts       []*Action
	Target      *Worker // wait W
	Text        string  // rendering for the deadlock state string
}

// workerCtx is the worker whose body is being checked.
type workerCtx struct {
	set    *WorkerSet
	w      *Worker
	waited map[*Worker]bool // workers this worker has waited for so far
}

// startWorkerSet prepares the worker set of a function body with named
// workers; it returns nil when the body has none.
func (c *checker) startWorkerSet(node frontend.Node, body *frontend.Block, ret *Type) *WorkerSet {
	if body == nil {
		return nil
	}
	var decls []*frontend.WorkerDecl
	for _, s := range body.Stmts {
		if wd, ok := s.(*frontend.WorkerDecl); ok {
			decls = append(decls, wd)
		}
	}
	if len(decls) == 0 {
		return nil
	}
	ws := c.newWorkerSet(node, decls, false)
	ws.Workers = append(ws.Workers, &Worker{Name: "function", Index: len(decls), Ret: ret, Set: ws})
	c.prog.WorkerSets[node] = ws
	return ws
}

func (c *checker) newWorkerSet(node frontend.Node, decls []*frontend.WorkerDecl, fork bool) *WorkerSet {
	ws := &WorkerSet{Node: node, Fork: fork, chans: map[[2]int]*Channel{}, byName: map[string]*Worker{}}
	for i, d := range decls {
		w := &Worker{Name: d.Name, Index: i, Decl: d, Set: ws}
		if d.Return != nil {
			w.Ret = c.resolveType(d.Return)
		} else {
			w.Ret = Nil
		}
		for _, a := range d.Annots {
			if a.Prefix == "" && a.Name == "strand" {
				w.Parallel = StrandAny(a)
			}
			c.annotation(a, "worker")
		}
		pos := d.NameP
		if !pos.IsKnown() {
			pos = d.Pos()
		}
		w.Sym = &Symbol{Kind: SymWorker, Name: d.Name, Pos: pos, Type: FutureOf(w.Ret), Final: true, Worker: w}
		if ws.byName[d.Name] != nil {
			c.errorf(pos, "redeclared symbol '%s'", d.Name)
		} else {
			ws.byName[d.Name] = w
		}
		ws.Workers = append(ws.Workers, w)
		c.prog.Workers[d] = w
	}
	return ws
}

// StrandAny reports whether a is @strand {thread: "any"}: a new group.
func StrandAny(a *frontend.Annotation) bool {
	if a.Prefix != "" || a.Name != "strand" || a.Value == nil {
		return false
	}
	for _, f := range a.Value.Fields {
		if f.Name == "thread" {
			if s, ok := f.Value.(*frontend.StringLit); ok && s.Value == "any" {
				return true
			}
		}
	}
	return false
}

// declareWorkers puts the worker names of ws in the current scope.
func (c *checker) declareWorkers(ws *WorkerSet) {
	for _, w := range ws.Workers {
		if w.Sym != nil && c.sc.names[w.Name] == nil {
			c.sc.names[w.Name] = w.Sym
		}
	}
}

// workerDecl checks one named worker's body as a function of its own whose
// enclosing scope is the function's (default-worker-init variables and the
// worker names are visible).
func (c *checker) workerDecl(d *frontend.WorkerDecl) {
	w := c.prog.Workers[d]
	if w == nil {
		c.errorf(d.Pos(), "a named worker must be declared at the top level of a function body")
		return
	}
	if c.fc.lock > 0 {
		pos := d.NameP // jBallerina reports at the worker's name
		if !pos.IsKnown() {
			pos = d.Pos()
		}
		c.errorf(pos, "cannot use a named worker inside a lock statement")
	}
	fn := &Function{Name: d.Name, Decl: d, Outer: c.fc.fn, Type: FuncOf(nil, nil, w.Ret), IsWorker: true}
	w.Fn = fn
	c.prog.Funcs[d] = fn
	set := c.fc.worker.set
	outerFC, outerSc := c.fc, c.sc
	c.fc = &funcCtx{fn: fn, ret: w.Ret, unassigned: assignState{}, worker: &workerCtx{set: set, w: w}}
	c.sc = &scope{parent: outerSc, names: map[string]*Symbol{}, fn: fn}
	var completes bool
	if d.OnFail != nil {
		// worker w { body } on fail e { … } is do { body } on fail e { … }
		completes = c.stmt(c.prog.WorkerBody(d))
	} else {
		completes = c.blockStmts(d.Body.Stmts)
	}
	if completes && !IsNilable(w.Ret) && w.Ret.Kind != KInvalid && w.Ret.Kind != KNever {
		c.errorf(d.Body.Rbrace, "this function must return a result")
	}
	c.fc, c.sc = outerFC, outerSc
}

// WorkerBody returns a worker's body, with its on-fail clause as the do
// statement it behaves like (one node per declaration, so that the checker,
// the interaction analysis and the code generator see the same one).
func (p *Program) WorkerBody(d *frontend.WorkerDecl) frontend.Stmt {
	if d.OnFail == nil {
		return d.Body
	}
	if s, ok := p.workerDo[d]; ok {
		return s
	}
	s := &frontend.DoStmt{Body: d.Body, OnFail: d.OnFail}
	if p.workerDo == nil {
		p.workerDo = map[*frontend.WorkerDecl]*frontend.DoStmt{}
	}
	p.workerDo[d] = s
	return s
}

// forkStmt checks fork { worker … }: its workers are peers of each other
// only, and their names are in scope after the fork.
func (c *checker) forkStmt(s *frontend.ForkStmt) {
	if len(s.Workers) == 0 {
		c.errorf(s.Pos(), "empty fork statement is not allowed")
		return
	}
	ws := c.newWorkerSet(s, s.Workers, true)
	c.prog.WorkerSets[s] = ws
	outer := c.fc.worker
	c.pushScope()
	c.declareWorkers(ws)
	for _, d := range s.Workers {
		c.fc.worker = &workerCtx{set: ws}
		c.workerDecl(d)
	}
	c.fc.worker = outer
	c.popScope()
	c.finishWorkerSet(ws)
	// the fork's workers are futures in the enclosing block from here on
	for _, w := range ws.Workers {
		if c.sc.names[w.Name] == nil {
			c.sc.names[w.Name] = w.Sym
		}
	}
}

// peer resolves a worker name used in a send, receive or flush from the
// current worker; errors are reported at `at` (jBallerina reports a send at
// its value and a single receive at its '<-').
func (c *checker) peer(p *frontend.PeerRef, at frontend.Pos) *Worker {
	var wc *workerCtx
	if c.fc != nil { // nil in a module-level initializer
		wc = c.fc.worker
	}
	if wc == nil || wc.w == nil {
		if p.Name == "function" {
			c.errorf(at, "undefined worker 'function'")
		} else {
			c.errorf(at, "undefined worker '%s'", p.Name)
		}
		return nil
	}
	var w *Worker
	if p.Name == "function" {
		w = wc.set.Default()
		if w == nil {
			c.errorf(at, "worker interactions are only allowed between peers")
			return nil
		}
	} else {
		sym := c.sc.lookup(p.Name)
		if sym == nil || sym.Kind != SymWorker {
			if c.enclosingWorker(p.Name) {
				// a fork worker naming a worker of its function (jBallerina
				// resolves it, even where it is not in scope yet)
				c.errorf(at, "worker interactions are only allowed between peers")
			} else {
				c.errorf(at, "undefined worker '%s'", p.Name)
			}
			return nil
		}
		w = sym.Worker
		if w == nil || wc.set.byName[p.Name] != w {
			if w != nil && wc.waited[w] {
				// jBallerina reports this rule first (after-wait-action-negative.bal)
				c.errorf(at, "invalid worker message passing after waiting for the same worker")
			} else {
				c.errorf(at, "worker interactions are only allowed between peers")
			}
			return nil
		}
	}
	if w == wc.w {
		c.errorf(at, "worker interactions with itself are not allowed")
		return nil
	}
	return w
}

// enclosingWorker reports whether name is a named worker of a function
// enclosing the fork worker being checked.
func (c *checker) enclosingWorker(name string) bool {
	if wc := c.fc.worker; wc == nil || !wc.set.Fork {
		return false
	}
	for fn := c.fc.fn; fn != nil; fn = fn.Outer {
		if fn.Decl == nil {
			continue
		}
		if ws := c.prog.WorkerSets[fn.Decl]; ws != nil && !ws.Fork && ws.byName[name] != nil {
			return true
		}
	}
	return false
}

func (c *checker) addAction(a *Action) {
	if c.fc == nil {
		return // a module-level initializer (the peer is reported undefined)
	}
	if wc := c.fc.worker; wc != nil && wc.w != nil {
		wc.w.Actions = append(wc.w.Actions, a)
	}
	c.prog.Actions[a.Node] = a
}

// sendExpr checks e ->> W. Its result is () or an error the receiver can
// terminate with before taking the message; that is known once the whole
// function is checked, so here a sync send with a context (want, or a
// statement) takes the type its context expects and checkInteractions
// checks it.
func (c *checker) sendExpr(e *frontend.SendExpr, stmt bool, want *Type) *Type {
	to := c.send(e)
	if to == nil {
		return Invalid
	}
	switch {
	case stmt:
		return Nil
	case want != nil && want.Kind != KInvalid:
		return want
	}
	return Union(Nil, ErrorPart(to.Ret))
}

// send checks a send, e -> W; (a *frontend.SendStmt) or e ->> W (a
// *frontend.SendExpr), and records its action. It returns the peer, nil
// when there is none.
func (c *checker) send(n frontend.Node) *Worker {
	e, sync := frontend.SendOf(n)
	switch {
	case c.fc == nil: // a module-level initializer: peer reports it
	case c.fc.lock > 0:
		c.errorf(n.Pos(), "using send action within the lock statement is not allowed to prevent possible deadlocks")
	case c.fc.loops > 0 || c.fc.queries > 0:
		c.errorf(n.Pos(), "worker send statement position not supported yet, must be a top level statement in a worker")
	}
	to := c.peer(e.Peer, n.Pos())
	var hint *Type
	var ch *Channel
	slot := 0
	if to != nil {
		ch = c.fc.worker.set.channel(c.fc.worker.w.Index, to.Index)
		slot = len(ch.Sends)
		if slot < len(ch.Receives) && ch.Receives[slot].Type != nil {
			hint = NonErrorPart(ch.Receives[slot].Type) // the receive's context types the value
			if hint.Kind == KNever {
				hint = nil
			}
		}
	}
	t := c.exprHint(e.X, hint)
	if t.Kind != KInvalid && !IsSubtype(t, Union(Anydata, Error)) {
		c.errorf(e.X.Pos(), "invalid type for worker send '%s', expected value:Cloneable", t)
	}
	if to == nil {
		return nil
	}
	a := &Action{Kind: ActSend, Node: n, Pos: n.Pos(), Chan: ch, Slot: slot, Conditional: c.fc.cond > 0,
		Type: Widen(t), Text: exprText(e.X) + " -> " + to.Name}
	if sync {
		a.Kind = ActSyncSend
	}
	ch.Sends = append(ch.Sends, a)
	c.addAction(a)
	return to
}

// receiveExpr checks <- W and <- W1 | W2.
func (c *checker) receiveExpr(e *frontend.ReceiveExpr, want *Type) *Type {
	c.receivePosition(e.Pos())
	whole := &Action{Kind: ActReceive, Node: e, Pos: e.Pos(), Type: want}
	var types []*Type
	var texts []string
	for _, p := range e.Peers {
		at := p.P
		if len(e.Peers) == 1 {
			at = e.Pos()
		}
		part := c.receivePart(p, want, at)
		if part == nil {
			continue
		}
		whole.Parts = append(whole.Parts, part)
		texts = append(texts, p.Name)
		types = append(types, c.partType(part))
	}
	if len(whole.Parts) == 0 {
		return Invalid
	}
	whole.Text = " <- " + strings.Join(texts, "|")
	if len(whole.Parts) == 1 {
		whole.Chan, whole.Slot = whole.Parts[0].Chan, whole.Parts[0].Slot
	}
	c.addAction(whole)
	if want != nil {
		return want // checked against the sends when the worker set is finished
	}
	return Union(types...)
}

// receivePart registers the receive of one peer entry.
func (c *checker) receivePart(p *frontend.PeerRef, want *Type, at frontend.Pos) *Action {
	from := c.peer(p, at)
	if from == nil {
		return nil
	}
	ch := c.fc.worker.set.channel(from.Index, c.fc.worker.w.Index)
	a := &Action{Kind: ActReceive, Pos: at, Chan: ch, Slot: len(ch.Receives), Type: want}
	ch.Receives = append(ch.Receives, a)
	return a
}

// partType is the static type of what one receive entry can produce, as
// far as it is known now (the send may come later in the text).
func (c *checker) partType(a *Action) *Type {
	ws := c.fc.worker.set
	sender := ws.Workers[a.Chan.From]
	if a.Slot < len(a.Chan.Sends) {
		s := a.Chan.Sends[a.Slot]
		t := s.Type
		if s.Conditional {
			t = Union(t, NoMessageError)
		}
		return Union(t, ErrorPart(sender.Ret))
	}
	return AnyOrError
}

func (c *checker) receivePosition(pos frontend.Pos) {
	switch {
	case c.fc == nil: // a module-level initializer: peer reports it
	case c.fc.lock > 0:
		c.errorf(pos, "using receive action within the lock statement is not allowed to prevent possible deadlocks")
	case c.fc.loops > 0 || c.fc.cond > 0 || c.fc.queries > 0:
		c.errorf(pos, "invalid worker receive statement position, must be a top level statement in a worker")
	}
}

// multiReceive checks <- {a: W1, b: W2}: a record of the messages.
func (c *checker) multiReceive(e *frontend.MultiReceiveExpr, want *Type) *Type {
	c.receivePosition(e.Pos())
	var target *Type
	if want != nil {
		target = mappingTarget(want)
	}
	whole := &Action{Kind: ActReceive, Node: e, Pos: e.Pos(), Type: want}
	rec := &Type{Kind: KRecord, Closed: true}
	var texts []string
	for _, f := range e.Fields {
		var ft *Type
		if target != nil && target.Kind == KRecord {
			if rf := target.FieldByName(f.Key); rf != nil {
				ft = rf.Type
			} else {
				c.errorf(f.KeyP, "undefined field '%s' in record '%s'", f.Key, target)
			}
		} else if target != nil && target.Kind == KMap {
			ft = target.Elem
		}
		part := c.receivePart(f.Peer, ft, f.Peer.P)
		if part == nil {
			continue
		}
		whole.Parts = append(whole.Parts, part)
		texts = append(texts, f.Key+": "+f.Peer.Name)
		pt := ft
		if pt == nil {
			pt = c.partType(part)
		}
		rec.Fields = append(rec.Fields, &Field{Name: f.Key, Type: pt})
	}
	whole.Text = " <- {" + strings.Join(texts, ", ") + "}"
	c.addAction(whole)
	if target != nil {
		// the record, or a NoMessage or sender error (checked by checkInteractions)
		whole.Mapping = target
		return want
	}
	c.addRecord(rec)
	whole.Mapping = rec
	return rec
}

// flushExpr checks flush W and flush.
func (c *checker) flushExpr(e *frontend.FlushExpr) *Type {
	wc := c.fc.worker
	if wc == nil || wc.w == nil {
		if e.Peer != nil {
			c.errorf(e.Peer.P, "undefined worker '%s'", e.Peer.Name)
		} else {
			c.errorf(e.Pos(), "invalid worker flush expression, there are no worker send statements from 'function'")
		}
		return Invalid
	}
	a := &Action{Kind: ActFlush, Node: e, Pos: e.Pos()}
	var errs []*Type
	if e.Peer != nil {
		to := c.peer(e.Peer, e.Pos())
		if to == nil {
			return Invalid
		}
		ch := wc.set.chans[[2]int{wc.w.Index, to.Index}]
		if ch == nil || len(ch.Sends) == 0 {
			c.errorf(e.Pos(), "invalid worker flush expression for '%s', there are no worker send statements to '%s' from '%s'", to.Name, to.Name, wc.w.Name)
			return Invalid
		}
		a.Chan = ch
		a.Text = "flush " + to.Name
		errs = append(errs, ErrorPart(to.Ret))
	} else {
		a.Text = "flush"
		any := false
		for _, ch := range wc.set.Channels {
			if ch.From == wc.w.Index && len(ch.Sends) > 0 {
				any = true
				errs = append(errs, ErrorPart(wc.set.Workers[ch.To].Ret))
			}
		}
		if !any {
			c.errorf(e.Pos(), "invalid worker flush expression, there are no worker send statements from '%s'", wc.w.Name)
			return Invalid
		}
	}
	c.addAction(a)
	return Union(append([]*Type{Nil}, errs...)...)
}

// waitExpr checks wait f and wait f1|f2. A result the context does not
// accept is reported in jBallerina's terms, naming the future's eventual
// type (T|error for a future<T>): for a single wait at the wait, for an
// alternate wait at each future whose eventual type does not fit.
func (c *checker) waitExpr(e *frontend.WaitExpr, want *Type) *Type {
	var ts []*Type
	bad := false
	for _, f := range e.Futures {
		t, w := c.waitOperand(f)
		ts = append(ts, t)
		if w != nil {
			c.addWait(e, f, w)
		}
		if want == nil || t.Kind == KInvalid || IsSubtype(t, want) {
			continue
		}
		bad = true
		pos := f.Pos()
		if len(e.Futures) == 1 {
			pos = e.Pos()
		}
		c.waitMismatch(pos, want, t, f)
	}
	if bad {
		// reported: the whole expression takes the expected type
		return want
	}
	if len(e.Futures) == 1 {
		return ts[0]
	}
	return Union(ts...)
}

// waitMismatch reports a future whose eventual type t is not the expected one.
func (c *checker) waitMismatch(pos frontend.Pos, want, t *Type, f frontend.Expr) {
	c.errorf(pos, "incompatible types: expected '%s', found eventual type '%s' for wait future expression '%s'", want, t, exprText(f))
}

// waitOperand types one future operand: a named worker gives its return
// type; a future<T> value gives T|error.
func (c *checker) waitOperand(f frontend.Expr) (*Type, *Worker) {
	switch frontend.Unparen(f).(type) {
	case *frontend.MappingExpr:
		c.errorf(f.Pos(), "'wait' cannot be used with mapping constructors")
		return Invalid, nil
	case *frontend.SendExpr, *frontend.ReceiveExpr, *frontend.MultiReceiveExpr, *frontend.WaitExpr, *frontend.RemoteCallExpr, *frontend.StartExpr:
		c.errorf(f.Pos(), "'wait' cannot be used with actions")
		return Invalid, nil
	}
	t := c.expr(f, nil)
	if t.Kind == KInvalid {
		return Invalid, nil
	}
	if ne, ok := frontend.Unparen(f).(*frontend.NameExpr); ok {
		if sym := c.prog.Uses[ne]; sym != nil && sym.Kind == SymWorker {
			w := sym.Worker
			if w != nil {
				return w.Ret, w
			}
		}
	}
	if t.Kind != KFuture {
		c.errorf(f.Pos(), "incompatible types: expected 'future', found '%s'", t)
		return Invalid, nil
	}
	return Union(t.Elem, Error), nil
}

func (c *checker) addWait(node, operand frontend.Node, w *Worker) {
	a := &Action{Kind: ActWait, Node: operand, Pos: operand.Pos(), Target: w, Text: "wait " + w.Name}
	if wc := c.fc.worker; wc != nil && wc.w != nil {
		if wc.set.byName[w.Name] == w {
			wc.w.Actions = append(wc.w.Actions, a)
		}
		if wc.waited == nil {
			wc.waited = map[*Worker]bool{}
		}
		wc.waited[w] = true
	}
	c.prog.Actions[operand] = a
}

// multiWait checks wait {a: f1, b: f2}.
func (c *checker) multiWait(e *frontend.MultiWaitExpr, want *Type) *Type {
	var target *Type
	if want != nil {
		target = mappingTarget(want)
	}
	rec := &Type{Kind: KRecord, Closed: true}
	var names []string
	for _, f := range e.Fields {
		t, w := c.waitOperand(f.Future)
		if w != nil {
			c.addWait(e, f.Future, w)
			names = append(names, w.Name)
		}
		if target != nil && target.Kind == KRecord {
			rf := target.FieldByName(f.Key)
			if rf == nil {
				c.errorf(f.KeyP, "undefined field '%s' in record '%s'", f.Key, target)
				continue
			}
			if t.Kind != KInvalid && !IsSubtype(t, rf.Type) {
				c.waitMismatch(f.Future.Pos(), rf.Type, t, f.Future)
			}
		} else if target != nil && target.Kind == KMap {
			if t.Kind != KInvalid && !IsSubtype(t, target.Elem) {
				c.waitMismatch(f.Future.Pos(), target.Elem, t, f.Future)
			}
		}
		rec.Fields = append(rec.Fields, &Field{Name: f.Key, Type: t})
	}
	if target != nil {
		return target
	}
	c.addRecord(rec)
	return rec
}

// startExpr checks start f(args).
func (c *checker) startExpr(e *frontend.StartExpr) *Type {
	if c.fc != nil && c.fc.lock > 0 {
		c.errorf(e.Pos(), "cannot use an async call inside a lock statement")
	}
	for _, a := range e.Annots {
		c.annotation(a, "start")
	}
	switch e.Call.(type) {
	case *frontend.CallExpr, *frontend.MethodCallExpr:
	default:
		c.unsupported(e.Call.Pos(), "start of this kind of call")
		c.expr(e.Call, nil)
		return Invalid
	}
	t := c.expr(e.Call, nil)
	if t.Kind == KInvalid {
		return Invalid
	}
	return FutureOf(t)
}

// finishWorkerSet runs the checks that need every worker's actions: each
// send has its receive. The types of receives and sync sends, the rule
// about waits and the deadlock simulation need the whole function body:
// checkInteractions (interact.go) runs them when the body is checked.
func (c *checker) finishWorkerSet(ws *WorkerSet) {
	for _, ch := range ws.Channels {
		for i, s := range ch.Sends {
			if i >= len(ch.Receives) {
				c.errorf(s.Pos, "invalid worker send, no matching worker receive")
			}
		}
		for i, r := range ch.Receives {
			if i >= len(ch.Sends) {
				c.errorf(r.Pos, "invalid worker receive, no matching worker send")
			}
		}
	}
}

// exprText renders a small expression for the deadlock state string.
func exprText(e frontend.Expr) string {
	switch e := e.(type) {
	case *frontend.NameExpr:
		if e.Prefix != "" {
			return e.Prefix + ":" + e.Name
		}
		return e.Name
	case *frontend.IntLit:
		return e.Raw
	case *frontend.FloatLit:
		return e.Raw
	case *frontend.StringLit:
		return fmt.Sprintf("%q", e.Value)
	case *frontend.BoolLit:
		return fmt.Sprint(e.Value)
	case *frontend.ParenExpr:
		return "(" + exprText(e.X) + ")"
	case *frontend.FieldExpr:
		return exprText(e.X) + "." + e.Name
	case *frontend.CallExpr:
		var args []string
		for _, a := range e.Args {
			args = append(args, exprText(a.Value))
		}
		return exprText(e.Fun) + "(" + strings.Join(args, ", ") + ")"
	}
	return "expr"
}
