package diagram

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/bal2go/bal2go/check"
	"github.com/bal2go/bal2go/frontend"
)

// Func is a function that can be drawn: a module-level function, or a
// resource or remote function of a service.
type Func struct {
	Name     string        // "main"; "get albums/[string id]" for a resource function
	Node     frontend.Node // *frontend.FuncDecl or *frontend.ResourceFunc (the checker's key)
	Pos      frontend.Pos
	Params   []*frontend.Param
	Body     *frontend.Block
	ExprBody frontend.Expr // nil unless the function is `=> expr`
}

// FileName is a file name for the diagram's SVG: the function's name with
// every character other than letters, digits, '_' and '-' replaced by '_',
// and ".svg".
func (d *Diagram) FileName() string {
	var b strings.Builder
	for _, r := range d.Func {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '_', r == '-':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	return strings.Trim(b.String(), "_") + ".svg"
}

// funcs lists the functions of a file in declaration order: module-level
// functions, then the resource and remote functions of each service.
func funcs(file *frontend.File) []*Func {
	var out []*Func
	for _, d := range file.Decls {
		switch d := d.(type) {
		case *frontend.FuncDecl:
			out = append(out, funcOf(d))
		case *frontend.ServiceDecl:
			for _, r := range d.Resources {
				out = append(out, &Func{Name: resourceName(r), Node: r, Pos: r.Pos(), Params: r.Sig.Params, Body: r.Body})
			}
			for _, m := range d.Methods {
				out = append(out, funcOf(m))
			}
		}
	}
	return out
}

func funcOf(d *frontend.FuncDecl) *Func {
	return &Func{Name: d.Name, Node: d, Pos: d.Pos(), Params: d.Sig.Params, Body: d.Body, ExprBody: d.ExprBody}
}

// resourceName renders a resource function as Ballerina declares it:
// get albums/[string id].
func resourceName(r *frontend.ResourceFunc) string {
	var segs []string
	for _, s := range r.Path {
		switch {
		case s.Type != nil && s.Rest:
			segs = append(segs, "["+typeText(s.Type)+"... "+s.Param+"]")
		case s.Type != nil:
			segs = append(segs, "["+typeText(s.Type)+" "+s.Param+"]")
		default:
			segs = append(segs, s.Name)
		}
	}
	if len(segs) == 0 {
		segs = []string{"."}
	}
	return r.Accessor + " " + strings.Join(segs, "/")
}

// Functions lists the functions of prog that have a diagram, in
// declaration order: those with named workers, fork statements or client
// calls (not counting those of nested anonymous functions).
func Functions(prog *check.Program) []*Func {
	var out []*Func
	for _, f := range funcs(prog.File) {
		if interesting(f) {
			out = append(out, f)
		}
	}
	return out
}

// Lookup returns the function called name, or nil.
func Lookup(prog *check.Program, name string) *Func {
	for _, f := range funcs(prog.File) {
		if f.Name == name {
			return f
		}
	}
	return nil
}

func interesting(f *Func) bool {
	w := &walker{b: newBuilder(nil, f), probe: true}
	w.cur = w.b.machs[0]
	w.out = &w.cur.toks
	w.body(f)
	return w.found
}

// Build makes the diagram of fn, a function of prog. Sends and receives
// are paired through the checker's slot table; prog may come from a check
// that reported errors, in which case unpaired interactions are left out.
func Build(prog *check.Program, fn *Func) *Diagram {
	b := newBuilder(prog, fn)
	w := &walker{b: b, cur: b.machs[0]}
	w.out = &w.cur.toks
	if prog != nil {
		if ws := prog.WorkerSets[fn.Node]; ws != nil {
			w.set = ws
			b.machOf[ws.Default()] = b.machs[0]
		}
	}
	w.scope = b.moduleScope()
	w.body(fn)
	b.finishParticipants()
	b.run()
	return b.d
}

// ----------------------------------------------------------------------------
// The walk: each worker's interactions in source order, as tokens.

type tokKind int

const (
	tCall  tokKind = iota // a client call (and its response)
	tSend                 // e -> W, e ->> W
	tRecv                 // <- W, <- W1 | W2, <- {a: W1, b: W2}
	tWait                 // wait on workers or futures
	tNote                 // flush, start: a note only
	tBegin                // the named workers start (the first worker declaration)
	tFork                 // a fork statement starts its workers
	tOpen                 // opens an opt/alt/loop block
	tElse                 // the next section of an alt block
	tClose                // closes a block
)

type tok struct {
	kind  tokKind
	label string

	client *Participant // tCall
	reply  string       // tCall: the response label

	slot   *slot // tSend
	sync   bool
	cond   bool
	target *check.Worker // tSend: the receiver

	parts  []*slot // tRecv
	alt    bool
	got    int
	passed bool

	waits []*check.Worker // tWait: the workers waited for
	any   bool            // an alternate wait: one operand suffices
	free  bool            // an operand that is not a worker (a future): never blocks

	note  string  // tNote, tWait: "wait", "flush", "start"
	block string  // tOpen
	forks []*mach // tFork, tBegin
}

// slot is one message slot: the k-th send and the k-th receive of a channel.
type slot struct {
	send      *tok
	recv      *tok
	receiver  *mach
	delivered bool
}

type slotKey struct {
	ch *check.Channel
	k  int
}

// mach is one worker with its tokens and its place in the scheduling.
type mach struct {
	p       *Participant
	toks    []*tok
	pc      int
	started bool
	ended   bool // its finish step was emitted
	depth   int  // open blocks
}

func (m *mach) done() bool { return m.pc >= len(m.toks) }

func (m *mach) front() *tok {
	if m.done() {
		return nil
	}
	return m.toks[m.pc]
}

type builder struct {
	prog    *check.Program
	fn      *Func
	d       *Diagram
	machs   []*mach // the workers in participant order
	machOf  map[*check.Worker]*mach
	slots   map[slotKey]*slot
	clients map[string]*Participant
	cpos    map[*Participant]int // declaration offsets of clients, for their order
	named   []*mach              // named workers, started by tBegin
	forks   []forkInfo
}

type forkInfo struct {
	g    *Group
	line int
}

func newBuilder(prog *check.Program, fn *Func) *builder {
	d := &Diagram{Func: fn.Name}
	if src := fn.Pos.Src; src != nil {
		d.File = filepath.Base(src.Name)
	}
	b := &builder{prog: prog, fn: fn, d: d, machOf: map[*check.Worker]*mach{},
		slots: map[slotKey]*slot{}, clients: map[string]*Participant{}, cpos: map[*Participant]int{}}
	caption := "function"
	switch n := fn.Node.(type) {
	case *frontend.ResourceFunc:
		caption = "resource function"
	case *frontend.FuncDecl:
		if n.Remote {
			caption = "remote function"
		}
	}
	p := &Participant{Name: fn.Name, Kind: KindFunction, Caption: caption, Group: -1}
	d.Participants = append(d.Participants, p)
	b.machs = append(b.machs, &mach{p: p, started: true})
	return b
}

func (b *builder) slot(ch *check.Channel, k int) *slot {
	key := slotKey{ch, k}
	s := b.slots[key]
	if s == nil {
		s = &slot{}
		b.slots[key] = s
	}
	return s
}

// addWorker makes the participant and machine of a named or fork worker.
func (b *builder) addWorker(d *frontend.WorkerDecl, kind Kind, group int) *mach {
	p := &Participant{Name: d.Name, Kind: kind, Caption: "worker", Group: group}
	b.d.Participants = append(b.d.Participants, p)
	m := &mach{p: p}
	b.machs = append(b.machs, m)
	if b.prog != nil {
		if w := b.prog.Workers[d]; w != nil {
			b.machOf[w] = m
		}
	}
	return m
}

// client returns the participant of the client a call goes to.
func (b *builder) client(w *walker, x frontend.Expr) *Participant {
	name := exprText(x)
	key := "expr:" + name
	caption := "client"
	off := x.Pos().Off
	if ne, ok := frontend.Unparen(x).(*frontend.NameExpr); ok && ne.Prefix == "" {
		if di := w.scope.lookup(ne.Name); di != nil {
			key = fmt.Sprintf("decl:%d", di.pos.Off)
			off = di.pos.Off
			if di.typ != "" {
				caption = di.typ
			}
		}
	}
	if p := b.clients[key]; p != nil {
		return p
	}
	p := &Participant{Name: name, Kind: KindClient, Caption: caption, Group: -1}
	b.clients[key] = p
	b.cpos[p] = off
	return p
}

// finishParticipants appends the clients (in declaration order), labels
// the fork groups and gives every participant a Mermaid identifier.
func (b *builder) finishParticipants() {
	var cs []*Participant
	for _, p := range b.clients {
		cs = append(cs, p)
	}
	sort.Slice(cs, func(i, j int) bool {
		if b.cpos[cs[i]] != b.cpos[cs[j]] {
			return b.cpos[cs[i]] < b.cpos[cs[j]]
		}
		return cs[i].Name < cs[j].Name
	})
	b.d.Participants = append(b.d.Participants, cs...)
	for _, f := range b.forks {
		f.g.Label = "fork"
		if len(b.forks) > 1 {
			f.g.Label = fmt.Sprintf("fork (line %d)", f.line)
		}
	}
	used := map[string]bool{}
	for i, p := range b.d.Participants {
		id := p.Name
		if p.Kind == KindFunction {
			id = "function"
		}
		if !plainID(id) || used[id] {
			id = fmt.Sprintf("p%d", i)
			for used[id] {
				id += "_"
			}
		}
		used[id] = true
		p.ID = id
	}
}

// declInfo is a declared variable, for resolving client names.
type declInfo struct {
	pos frontend.Pos
	typ string // the declared type, "" when unknown
}

type scope struct {
	parent *scope
	names  map[string]*declInfo
}

func (s *scope) lookup(name string) *declInfo {
	for ; s != nil; s = s.parent {
		if d := s.names[name]; d != nil {
			return d
		}
	}
	return nil
}

// moduleScope holds the module-level variables (clients among them).
func (b *builder) moduleScope() *scope {
	s := &scope{names: map[string]*declInfo{}}
	if b.prog == nil || b.prog.File == nil {
		return s
	}
	for _, d := range b.prog.File.Decls {
		if v, ok := d.(*frontend.ModuleVarDecl); ok {
			s.names[v.Name] = &declInfo{pos: v.Pos(), typ: declType(v.Type, v.Value)}
		}
	}
	return s
}

// declType is the declared type of a variable, or the class of the object
// it is initialised with (var c = check new http:Client(...)).
func declType(t frontend.TypeExpr, value frontend.Expr) string {
	if t != nil {
		return typeText(t)
	}
	for {
		switch v := value.(type) {
		case *frontend.CheckExpr:
			value = v.X
			continue
		case *frontend.ParenExpr:
			value = v.X
			continue
		case *frontend.NewExpr:
			if v.Type != nil {
				return typeText(v.Type)
			}
		}
		return ""
	}
}

// walker walks one worker's body, appending tokens to out.
type walker struct {
	b     *builder
	cur   *mach
	out   *[]*tok
	set   *check.WorkerSet // the peers of cur (nil: none)
	scope *scope
	depth int                      // enclosing blocks (branches, loops, on fail)
	names map[frontend.Expr]string // call results bound to a variable
	began bool                     // the named workers have started

	probe bool // only find out whether there is anything to draw
	found bool
}

func (w *walker) emit(t *tok) { *w.out = append(*w.out, t) }

func (w *walker) push() { w.scope = &scope{parent: w.scope, names: map[string]*declInfo{}} }
func (w *walker) pop()  { w.scope = w.scope.parent }

// declarePattern declares the variables of a binding pattern (their types
// are not written).
func (w *walker) declarePattern(p frontend.Pattern) {
	for _, v := range frontend.Captures(p) {
		w.declare(frontend.VarName(v), v.Pos(), "")
	}
}

func (w *walker) declare(name string, pos frontend.Pos, typ string) {
	if w.scope == nil {
		w.push()
	}
	w.scope.names[name] = &declInfo{pos: pos, typ: typ}
}

// body walks the function's body as its default worker.
func (w *walker) body(fn *Func) {
	w.push()
	for _, p := range fn.Params {
		w.declare(p.Name, p.Pos(), typeText(p.Type))
	}
	if fn.Body != nil {
		w.stmts(fn.Body.Stmts)
	} else {
		w.expr(fn.ExprBody)
	}
	w.pop()
}

func (w *walker) stmts(list []frontend.Stmt) {
	for _, s := range list {
		w.stmt(s)
	}
}

func (w *walker) block(bl *frontend.Block) {
	if bl == nil {
		return
	}
	w.push()
	w.stmts(bl.Stmts)
	w.pop()
}

// collect walks f with the tokens going to a list of their own.
func (w *walker) collect(f func()) []*tok {
	saved := w.out
	var list []*tok
	w.out = &list
	w.depth++
	f()
	w.depth--
	w.out = saved
	return list
}

type section struct {
	label string
	toks  []*tok
}

// sections emits an opt/alt/loop block when any section has tokens.
func (w *walker) sections(kind string, secs []section) {
	empty := true
	for _, s := range secs {
		if len(s.toks) > 0 {
			empty = false
		}
	}
	if empty {
		return
	}
	if kind == "alt" && len(secs) == 1 {
		kind = "opt"
	}
	w.emit(&tok{kind: tOpen, block: kind, label: secs[0].label})
	*w.out = append(*w.out, secs[0].toks...)
	for _, s := range secs[1:] {
		w.emit(&tok{kind: tElse, label: s.label})
		*w.out = append(*w.out, s.toks...)
	}
	w.emit(&tok{kind: tClose})
}

func (w *walker) bind(value frontend.Expr, name string) {
	if name == "_" || name == "" {
		return
	}
	for {
		switch v := value.(type) {
		case *frontend.CheckExpr:
			value = v.X
			continue
		case *frontend.TrapExpr:
			value = v.X
			continue
		case *frontend.ParenExpr:
			value = v.X
			continue
		case *frontend.RemoteCallExpr, *frontend.ResourceCallExpr, *frontend.StartExpr:
			if w.names == nil {
				w.names = map[frontend.Expr]string{}
			}
			w.names[v] = name
		}
		return
	}
}

func (w *walker) stmt(s frontend.Stmt) {
	switch s := s.(type) {
	case *frontend.Block:
		w.block(s)
	case *frontend.VarDecl:
		w.bind(s.Value, s.Name)
		w.expr(s.Value)
		w.declare(s.Name, s.NameP, declType(s.Type, s.Value))
	case *frontend.BindingDecl:
		w.expr(s.Value)
		w.declarePattern(s.Pattern)
	case *frontend.DestructureStmt:
		w.expr(s.Value)
	case *frontend.AssignStmt:
		if ne, ok := frontend.Unparen(s.Lhs).(*frontend.NameExpr); ok && s.Op == frontend.OpNone && ne.Prefix == "" && ne.Name != "_" {
			w.bind(s.Value, ne.Name)
		}
		w.expr(s.Value)
		w.expr(s.Lhs)
	case *frontend.ExprStmt:
		w.expr(s.X)
	case *frontend.SendStmt:
		w.expr(s.X)
		w.send(s)
	case *frontend.IfStmt:
		w.expr(s.Cond)
		var secs []section
		var st frontend.Stmt = s
		for st != nil {
			switch x := st.(type) {
			case *frontend.IfStmt:
				then := x.Then
				label := exprText(x.Cond)
				if len(secs) > 0 {
					w.expr(x.Cond) // an else-if condition: evaluated on the else path
				}
				secs = append(secs, section{label, w.collect(func() { w.block(then) })})
				st = x.Else
			case *frontend.Block:
				secs = append(secs, section{"", w.collect(func() { w.block(x) })})
				st = nil
			default:
				st = nil
			}
		}
		w.sections("alt", secs)
	case *frontend.WhileStmt:
		w.expr(s.Cond)
		body := w.collect(func() { w.block(s.Body) })
		w.sections("loop", []section{{"while " + exprText(s.Cond), body}})
		w.onFail(s.OnFail)
	case *frontend.ForeachStmt:
		w.expr(s.Iter)
		name := s.Name
		body := w.collect(func() {
			w.push()
			if s.Pattern != nil {
				w.declarePattern(s.Pattern)
				name = patternText(s.Pattern)
			} else {
				w.declare(s.Name, s.NameP, typeText(s.Type))
			}
			w.block(s.Body)
			w.pop()
		})
		w.sections("loop", []section{{"foreach " + name + " in " + exprText(s.Iter), body}})
		w.onFail(s.OnFail)
	case *frontend.ReturnStmt:
		w.expr(s.X)
	case *frontend.PanicStmt:
		w.expr(s.X)
	case *frontend.FailStmt:
		w.expr(s.X)
	case *frontend.MatchStmt:
		w.expr(s.X)
		var secs []section
		subject := exprText(s.X)
		for _, cl := range s.Clauses {
			cl := cl
			label := ""
			var pats []string
			wild := false
			for _, p := range cl.Patterns {
				if _, ok := p.(*frontend.WildcardPattern); ok {
					wild = true
				}
				pats = append(pats, patternText(p))
			}
			if !wild || len(pats) > 1 {
				label = subject + " matches " + joinBar(pats)
			}
			if cl.Guard != nil {
				if label == "" {
					label = subject + " matches _"
				}
				label += " if " + exprText(cl.Guard)
			}
			if len(secs) == 0 && label == "" {
				label = subject + " matches _"
			}
			secs = append(secs, section{label, w.collect(func() {
				w.expr(cl.Guard)
				w.block(cl.Body)
			})})
		}
		w.sections("alt", secs)
	case *frontend.DoStmt:
		w.block(s.Body)
		w.onFail(s.OnFail)
	case *frontend.LockStmt:
		w.block(s.Body)
		w.onFail(s.OnFail)
	case *frontend.ForkStmt:
		w.fork(s)
	case *frontend.WorkerDecl:
		w.worker(s)
	}
}

func joinBar(ps []string) string {
	out := ""
	for i, p := range ps {
		if i > 0 {
			out += " | "
		}
		out += p
	}
	return out
}

func (w *walker) onFail(of *frontend.OnFail) {
	if of == nil {
		return
	}
	label := "on fail"
	if of.VarName != "" {
		label += " " + of.VarName
	}
	body := w.collect(func() {
		w.push()
		if of.VarName != "" {
			w.declare(of.VarName, of.VarP, "")
		}
		w.block(of.Body)
		w.pop()
	})
	w.sections("opt", []section{{label, body}})
}

// worker walks a named worker declared in the function body.
func (w *walker) worker(d *frontend.WorkerDecl) {
	w.found = true
	if w.probe || w.cur != w.b.machs[0] {
		return
	}
	m := w.b.addWorker(d, KindWorker, -1)
	w.b.named = append(w.b.named, m)
	if !w.began {
		w.began = true
		w.emit(&tok{kind: tBegin})
	}
	w.sub(m, d, w.set)
}

// sub walks the body of worker d into m's tokens; the worker sees the
// variables declared so far.
func (w *walker) sub(m *mach, d *frontend.WorkerDecl, set *check.WorkerSet) {
	if d.Body == nil {
		return
	}
	sw := &walker{b: w.b, cur: m, set: set, scope: w.scope}
	sw.out = &m.toks
	sw.block(d.Body)
	sw.onFail(d.OnFail)
}

func (w *walker) fork(s *frontend.ForkStmt) {
	w.found = true
	if w.probe || len(s.Workers) == 0 {
		return
	}
	var set *check.WorkerSet
	if w.b.prog != nil {
		set = w.b.prog.WorkerSets[s]
	}
	g := &Group{First: len(w.b.d.Participants)}
	gi := len(w.b.d.Groups)
	w.b.d.Groups = append(w.b.d.Groups, g)
	w.b.forks = append(w.b.forks, forkInfo{g, s.Pos().Line})
	t := &tok{kind: tFork, note: "fork", label: "fork"}
	var ms []*mach
	for _, d := range s.Workers {
		ms = append(ms, w.b.addWorker(d, KindForkWorker, gi))
	}
	g.Last = len(w.b.d.Participants) - 1
	t.forks = ms
	w.emit(t)
	for i, d := range s.Workers {
		w.sub(ms[i], d, set)
	}
}

func (w *walker) args(args []*frontend.Arg) {
	for _, a := range args {
		w.expr(a.Value)
	}
}

func (w *walker) expr(e frontend.Expr) {
	if e == nil {
		return
	}
	// Inspect walks the plain operands; the nodes the diagram draws walk
	// their own operands first and then emit their token.
	frontend.Inspect(e, func(n frontend.Node) bool {
		switch e := n.(type) {
		case *frontend.FuncExpr, *frontend.ArrowExpr, *frontend.FuncDecl, *frontend.ResourceFunc:
			return false // function bodies of their own (methods of an object constructor too)
		case *frontend.StartExpr:
			switch c := e.Call.(type) {
			case *frontend.RemoteCallExpr, *frontend.ResourceCallExpr:
				w.expr(c)
				return false
			case *frontend.CallExpr:
				w.args(c.Args)
			case *frontend.MethodCallExpr:
				w.expr(c.Recv)
				w.args(c.Args)
			}
			w.emit(&tok{kind: tNote, note: "start", label: w.startLabel(e)})
			return false
		case *frontend.WaitExpr:
			for _, f := range e.Futures {
				w.expr(f)
			}
			w.wait(e, e.Futures, len(e.Futures) > 1)
			return false
		case *frontend.MultiWaitExpr:
			var fs []frontend.Expr
			for _, f := range e.Fields {
				w.expr(f.Future)
				fs = append(fs, f.Future)
			}
			w.wait(e, fs, false)
			return false
		case *frontend.ReceiveExpr:
			w.recv(e, len(e.Peers) > 1)
			return false
		case *frontend.MultiReceiveExpr:
			w.recv(e, false)
			return false
		case *frontend.SendExpr:
			w.expr(e.X)
			w.send(e)
			return false
		case *frontend.FlushExpr:
			w.emit(&tok{kind: tNote, note: "flush", label: exprText(e)})
			return false
		case *frontend.RemoteCallExpr:
			w.expr(e.Client)
			w.args(e.Args)
			w.call(e, e.Client, e.Method+argsText(e.Args))
			return false
		case *frontend.ResourceCallExpr:
			w.expr(e.Client)
			for _, s := range e.Path {
				w.expr(s.X)
			}
			w.args(e.Args)
			method := e.Method
			if method == "" {
				method = "get"
				if len(e.Args) > 0 {
					method = "post"
				}
			}
			label := method + " " + resourcePath(e)
			if len(e.Args) > 0 {
				label += argsText(e.Args)
			}
			w.call(e, e.Client, label)
			return false
		}
		return true
	})
}

func argsText(args []*frontend.Arg) string {
	var b strings.Builder
	writeArgs(&b, args)
	return b.String()
}

// startLabel renders start f(x), with the future's variable when bound.
func (w *walker) startLabel(e *frontend.StartExpr) string {
	if name, ok := w.names[e]; ok {
		return name + " = " + exprText(e)
	}
	return exprText(e)
}

func (w *walker) call(e, client frontend.Expr, label string) {
	w.found = true
	if w.probe {
		return
	}
	reply := "response"
	if name, ok := w.names[e]; ok {
		reply = name
	}
	w.emit(&tok{kind: tCall, client: w.b.client(w, client), label: label, reply: reply})
}

func (w *walker) action(n frontend.Node) *check.Action {
	if w.b.prog == nil {
		return nil
	}
	return w.b.prog.Actions[n]
}

// send draws a send, a *frontend.SendStmt or a *frontend.SendExpr.
func (w *walker) send(n frontend.Node) {
	e, sync := frontend.SendOf(n)
	a := w.action(n)
	if a == nil || a.Chan == nil || w.set == nil || a.Chan.To >= len(w.set.Workers) {
		return // not paired by the checker (it reported why)
	}
	s := w.b.slot(a.Chan, a.Slot)
	t := &tok{kind: tSend, label: exprText(e.X), slot: s, sync: sync,
		cond: a.Conditional || w.depth > 0, target: w.set.Workers[a.Chan.To]}
	s.send = t
	w.emit(t)
}

func (w *walker) recv(e frontend.Expr, alt bool) {
	a := w.action(e)
	if a == nil {
		return
	}
	t := &tok{kind: tRecv, alt: alt, label: exprText(e)}
	for _, p := range a.Parts {
		if p.Chan == nil {
			continue
		}
		s := w.b.slot(p.Chan, p.Slot)
		s.recv = t
		s.receiver = w.cur
		t.parts = append(t.parts, s)
	}
	if len(t.parts) > 0 {
		w.emit(t)
	}
}

func (w *walker) wait(e frontend.Expr, operands []frontend.Expr, any bool) {
	t := &tok{kind: tWait, note: "wait", label: exprText(e), any: any}
	for _, f := range operands {
		if a := w.action(f); a != nil && a.Kind == check.ActWait && a.Target != nil {
			t.waits = append(t.waits, a.Target)
		} else {
			t.free = true
		}
	}
	w.emit(t)
}

// ----------------------------------------------------------------------------
// The scheduling: one top-to-bottom order of every worker's tokens.
//
// The first worker (in participant order) that can go on takes one step;
// the default worker therefore runs until it blocks, then the named
// workers take their turns. A send that cannot be skipped meets its
// receive (one horizontal arrow: the rendezvous the checker's simulation
// uses too); a send in a branch does not wait for its receiver, whose
// receive then passes when it comes. A worker inside a block runs alone
// until the block closes, so that blocks nest. When no worker can go on
// (a program the checker rejects, or a pairing it does not simulate), the
// first blocked worker is pushed through its next token.

func (b *builder) index() map[*Participant]int {
	idx := map[*Participant]int{}
	for i, p := range b.d.Participants {
		idx[p] = i
	}
	return idx
}

func (b *builder) run() {
	idx := b.index()
	for {
		var excl *mach
		for _, m := range b.machs {
			if m.depth > 0 && !m.done() {
				excl = m
				break
			}
		}
		if excl != nil {
			b.step(excl, true, idx)
			continue
		}
		// waits come last: a wait note is drawn once nothing else can move
		progressed := false
		for pass := 0; pass < 2 && !progressed; pass++ {
			for _, m := range b.machs {
				if !m.started || m.done() || (pass == 0 && m.front().kind == tWait) {
					continue
				}
				if b.step(m, false, idx) {
					progressed = true
					break
				}
			}
		}
		if progressed {
			continue
		}
		var pick *mach
		for _, m := range b.machs {
			if m.started && !m.done() && m.front().kind == tSend {
				pick = m
				break
			}
		}
		if pick == nil {
			for _, m := range b.machs {
				if m.started && !m.done() {
					pick = m
					break
				}
			}
		}
		if pick == nil {
			break
		}
		b.step(pick, true, idx)
	}
	// a worker that never got through (not started) ends at the bottom
	for _, m := range b.machs {
		if !m.ended && m.started && m.p.Kind != KindFunction {
			m.ended = true
			b.add(Step{Kind: StepFinish, From: idx[m.p], To: idx[m.p]})
		}
	}
}

func (b *builder) add(s Step) { b.d.Steps = append(b.d.Steps, s) }

// advance moves m past its front token.
func (b *builder) advance(m *mach, idx map[*Participant]int) {
	m.pc++
	b.maybeFinish(m, idx)
}

// maybeFinish ends m's lifeline once its body is done and every message
// sent to it has been drawn (a later send to an alternate receive that has
// already taken another message still arrives).
func (b *builder) maybeFinish(m *mach, idx map[*Participant]int) {
	if !m.done() || m.ended || m.p.Kind == KindFunction {
		return
	}
	for _, t := range m.toks {
		for _, s := range t.parts {
			if s.send != nil && !s.delivered {
				return
			}
		}
	}
	m.ended = true
	b.add(Step{Kind: StepFinish, From: idx[m.p], To: idx[m.p]})
}

// start makes m runnable; a worker without interactions ends at once.
func (b *builder) start(m *mach, idx map[*Participant]int) {
	m.started = true
	if m.done() && !m.ended {
		m.ended = true
		b.add(Step{Kind: StepFinish, From: idx[m.p], To: idx[m.p]})
	}
}

func (b *builder) complete(r *tok) bool {
	if r.alt {
		return r.got > 0
	}
	return r.got >= len(r.parts)
}

// step lets m take its next token; forced steps never block.
func (b *builder) step(m *mach, forced bool, idx map[*Participant]int) bool {
	t := m.front()
	me := idx[m.p]
	switch t.kind {
	case tCall:
		to := idx[t.client]
		b.add(Step{Kind: StepCall, From: me, To: to, Label: shorten(t.label)})
		b.add(Step{Kind: StepReply, From: to, To: me, Label: shorten(t.reply)})
	case tNote:
		b.add(Step{Kind: StepNote, From: me, To: me, Over: []int{me}, Note: t.note, Label: shorten(t.label)})
	case tBegin:
		for _, n := range b.named {
			b.start(n, idx)
		}
	case tFork:
		// the note spans the forking worker and the fork's workers when
		// they are neighbours, else it names them
		var starts []int
		var names []string
		for _, f := range t.forks {
			starts = append(starts, idx[f.p])
			names = append(names, f.p.Name)
		}
		if len(starts) > 0 {
			over, label := []int{me, starts[len(starts)-1]}, t.label
			if starts[0] != me+1 {
				over, label = []int{me}, t.label+" {"+strings.Join(names, ", ")+"}"
			}
			b.add(Step{Kind: StepNote, From: me, To: me, Over: over, Note: "fork", Label: shorten(label), Starts: starts})
		}
		for _, f := range t.forks {
			b.start(f, idx)
		}
	case tOpen:
		m.depth++
		b.add(Step{Kind: StepBegin, From: me, To: me, Block: t.block, Label: shorten(t.label)})
	case tElse:
		b.add(Step{Kind: StepElse, From: me, To: me, Label: shorten(t.label)})
	case tClose:
		m.depth--
		b.add(Step{Kind: StepEnd, From: me, To: me})
	case tSend:
		s := t.slot
		r := s.recv
		rm := b.machOf[t.target]
		if r != nil && s.receiver != nil {
			rm = s.receiver
		}
		if rm == nil {
			break // no receiver to draw to
		}
		meet := false
		switch {
		case r == nil || r.passed:
		case rm.started && rm.front() == r:
			meet = true
		case t.cond || forced:
		default:
			return false
		}
		b.add(Step{Kind: StepMessage, From: me, To: idx[rm.p], Label: shorten(t.label), Conditional: t.cond, Sync: t.sync})
		s.delivered = true
		if r != nil && !r.passed {
			r.got++
			if meet && b.complete(r) {
				r.passed = true
				b.advance(rm, idx)
			}
		}
		b.maybeFinish(rm, idx)
	case tRecv:
		if !b.complete(t) && !forced {
			return false
		}
		t.passed = true
	case tWait:
		ok := t.free && t.any
		n := 0
		for _, wk := range t.waits {
			if wm := b.machOf[wk]; wm == nil || (wm.started && wm.done()) {
				n++
			}
		}
		if t.any {
			ok = ok || n > 0
		} else {
			ok = n == len(t.waits)
		}
		if !ok && !forced {
			return false
		}
		b.add(Step{Kind: StepNote, From: me, To: me, Over: []int{me}, Note: "wait", Label: shorten(t.label)})
	}
	b.advance(m, idx)
	return true
}
