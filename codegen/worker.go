package codegen

import (
	"fmt"

	"github.com/bal2go/bal2go/check"
	"github.com/bal2go/bal2go/frontend"
	"github.com/dave/jennifer/jen"
)

// Workers, messages, futures and locks. A function with named workers
// creates one rt.Workers for its peers; each worker is a strand running a
// closure; sends, receives and flushes name their channel and slot, both
// fixed by the checker.

// at is the .bal position of a blocking operation, for the runtime's
// deadlock report and trace.
func (g *gen) at(p frontend.Pos) jen.Code {
	return jen.Lit(fmt.Sprintf("%s:%d", g.srcName, p.Line))
}

func (g *gen) strand() jen.Code { return jen.Id(strandParam) }

// strandOrNil is the strand where the function being generated has one, and
// nil in pure code (which can never hold the lock).
func (g *gen) strandOrNil() jen.Code {
	if g.fn != nil && g.fn.strand {
		return g.strand()
	}
	return jen.Nil()
}

// newWorkerSet emits the rt.Workers of ws, after Go constants that name
// the index of each peer and channel, so that a reader of the sends and
// receives sees which interaction each is:
//
//	const (
//		workerA_        = 0
//		workerB_        = 1
//		workerFunction_ = 2
//		chanAToB_       = 0
//	)
//	workers1_ := rt.NewWorkers(strand, []string{"A", "B", "function"}, []rt.ChannelSpec{{From: workerA_, To: workerB_, Slots: 1}})
//
// pos is the position of the function or fork statement; its //line
// directive stands after the constants, whose lines need none (a directive
// before them would have to be repeated after them).
func (g *gen) newWorkerSet(ws *check.WorkerSet, pos frontend.Pos) string {
	var consts []jen.Code
	for _, w := range ws.Workers {
		n := g.newName("worker" + peerName(w))
		g.peerConsts[w] = n
		consts = append(consts, jen.Id(n).Op("=").Lit(w.Index))
	}
	for _, ch := range ws.Channels {
		n := g.newName("chan" + peerName(ws.Workers[ch.From]) + "To" + peerName(ws.Workers[ch.To]))
		g.chanConsts[ch] = n
		consts = append(consts, jen.Id(n).Op("=").Lit(ch.Index))
	}
	if len(consts) > 0 {
		g.emit(jen.Const().Defs(consts...))
	}
	g.lineDirective(pos)
	name := g.newTemp("workers")
	g.wsVars[ws] = name
	for _, ch := range ws.Channels {
		g.chanSet[ch] = name
	}
	var names, chans []jen.Code
	for _, w := range ws.Workers {
		names = append(names, jen.Lit(w.Name))
	}
	for _, ch := range ws.Channels {
		chans = append(chans, jen.Values(jen.Id("From").Op(":").Add(g.peerIndex(ws.Workers[ch.From])), jen.Id("To").Op(":").Add(g.peerIndex(ws.Workers[ch.To])), jen.Id("Slots").Op(":").Lit(len(ch.Sends))))
	}
	g.emit(jen.Id(name).Op(":=").Add(rtCall("NewWorkers", g.strand(), jen.Index().String().Values(names...), jen.Index().Add(rtq("ChannelSpec")).Values(chans...))))
	return name
}

// peerName is a worker's name as part of a Go name: "A" for worker a.
func peerName(w *check.Worker) string { return exportedName(w.Name) }

// peerIndex is the Go constant holding w's index in its rt.Workers.
func (g *gen) peerIndex(w *check.Worker) jen.Code { return jen.Id(g.peerConsts[w]) }

// chanIndex is the Go constant holding ch's index in its rt.Workers.
func (g *gen) chanIndex(ch *check.Channel) jen.Code { return jen.Id(g.chanConsts[ch]) }

// workerStart emits the start of a named worker:
//
//	workers1_.Start(strand, 0, false, func(strand *rt.Strand) any { … })
func (g *gen) workerStart(d *frontend.WorkerDecl) {
	w := g.prog.Workers[d]
	if w == nil || w.Fn == nil {
		return
	}
	set := g.wsVars[w.Set]
	if set == "" {
		g.unsupported(d.Pos(), "this worker")
		return
	}
	body := g.closureBody(w, d.Body)
	lit := jen.Func().Params(jen.Id(strandParam).Op("*").Add(rtq("Strand"))).Any().Block(body...)
	g.emit(jen.Id(set).Dot("Start").Call(g.strand(), g.peerIndex(w), jen.Lit(w.Parallel), lit))
}

// closureBody generates a worker's body: a strand body returning any.
func (g *gen) closureBody(w *check.Worker, body *frontend.Block) []jen.Code {
	saved, savedCur := g.fn, g.cur
	g.fn = &fnState{ret: w.Ret, goRet: check.Any, worker: &workerCtx{set: w.Set, w: w}, strand: true, outer: saved}
	out := g.collect(func() {
		stmts := body.Stmts
		if w.Decl != nil && w.Decl.OnFail != nil {
			stmts = []frontend.Stmt{g.prog.WorkerBody(w.Decl)}
		}
		g.stmts(stmts)
		if !g.goTerminates(stmts) {
			g.emit(jen.Return(jen.Nil()))
		}
	})
	g.fn, g.cur = saved, savedCur
	return out
}

func (g *gen) forkStmt(s *frontend.ForkStmt) {
	ws := g.prog.WorkerSets[s]
	if ws == nil {
		return
	}
	g.newWorkerSet(ws, s.Pos())
	for _, d := range s.Workers {
		g.workerStart(d)
	}
}

// send emits e -> W (a *frontend.SendStmt) or e ->> W (a
// *frontend.SendExpr): the value is cloned (simple values need no copy).
//
//	workers1_.Send(0, 0, rt.Clone[any](v))
func (g *gen) send(n frontend.Node) jen.Code {
	e, sync := frontend.SendOf(n)
	a := g.prog.Actions[n]
	if a == nil || a.Chan == nil {
		g.unsupported(n.Pos(), "this send")
		return jen.Nil()
	}
	set := g.chanSet[a.Chan]
	t := g.prog.TypeOfExpr(e.X)
	v := g.boxedExpr(e.X, t)
	if needsClone(t) {
		v = rtGeneric("Clone", []jen.Code{jen.Any()}, v)
	}
	if sync {
		return jen.Id(set).Dot("SyncSend").Call(g.strand(), g.chanIndex(a.Chan), jen.Lit(a.Slot), v, g.at(n.Pos()))
	}
	return jen.Id(set).Dot("Send").Call(g.chanIndex(a.Chan), jen.Lit(a.Slot), v)
}

// boxedExpr generates e boxed in any.
func (g *gen) boxedExpr(e frontend.Expr, t *check.Type) jen.Code {
	return g.convert(g.expr(e), t, check.Any, e)
}

// needsClone reports whether a value of type t is mutable (lists, maps,
// records) and must be copied when sent.
func needsClone(t *check.Type) bool {
	for _, m := range check.MembersOf(t) {
		switch m.Kind {
		case check.KInt, check.KFloat, check.KDecimal, check.KBoolean, check.KString, check.KNil, check.KSingleton, check.KError:
		default:
			return true
		}
	}
	return false
}

// skipsFor emits Skip for every conditional send of the current worker
// under the given statements: a branch not taken will never send them.
func (g *gen) skipsFor(stmts []frontend.Stmt) []jen.Code {
	var out []jen.Code
	for _, s := range stmts {
		frontend.Inspect(s, func(n frontend.Node) bool {
			switch n := n.(type) {
			case *frontend.FuncExpr, *frontend.ArrowExpr, *frontend.FuncDecl, *frontend.ResourceFunc,
				*frontend.WorkerDecl, *frontend.ForkStmt:
				return false
			case *frontend.SendStmt, *frontend.SendExpr:
				if a := g.prog.Actions[n]; a != nil && a.Chan != nil {
					out = append(out, jen.Id(g.chanSet[a.Chan]).Dot("Skip").Call(g.chanIndex(a.Chan), jen.Lit(a.Slot)))
				}
			}
			return true
		})
	}
	return out
}

func (g *gen) receive(e *frontend.ReceiveExpr, t *check.Type) jen.Code {
	a := g.prog.Actions[e]
	if a == nil || len(a.Parts) == 0 {
		g.unsupported(e.Pos(), "this receive")
		return jen.Nil()
	}
	set := g.chanSet[a.Parts[0].Chan]
	var v jen.Code
	if len(a.Parts) == 1 {
		v = jen.Id(set).Dot("Receive").Call(g.strand(), g.chanIndex(a.Chan), jen.Lit(a.Slot), g.at(e.Pos()))
	} else {
		args := []jen.Code{g.strand(), g.at(e.Pos())}
		for _, p := range a.Parts {
			args = append(args, rtq("Slot").Values(jen.Id("Chan").Op(":").Add(g.chanIndex(p.Chan)), jen.Id("Index").Op(":").Lit(p.Slot)))
		}
		v = jen.Id(set).Dot("ReceiveAny").Call(args...)
	}
	return g.convert(v, check.Any, t, nil)
}

// multiReceive builds the record of <- {a: A, b: B}.
func (g *gen) multiReceive(e *frontend.MultiReceiveExpr, t *check.Type) jen.Code {
	a := g.prog.Actions[e]
	if a == nil || len(a.Parts) != len(e.Fields) {
		g.unsupported(e.Pos(), "this multiple receive")
		return jen.Nil()
	}
	set := g.chanSet[a.Parts[0].Chan]
	args := []jen.Code{g.strand(), g.at(e.Pos())}
	for _, p := range a.Parts {
		args = append(args, rtq("Slot").Values(jen.Id("Chan").Op(":").Add(g.chanIndex(p.Chan)), jen.Id("Index").Op(":").Lit(p.Slot)))
	}
	res := g.newTemp("msgs")
	g.emit(jen.Id(res).Op(":=").Id(set).Dot("ReceiveAll").Call(args...))
	keys := make([]string, len(e.Fields))
	for i, f := range e.Fields {
		keys[i] = f.Key
	}
	// the record or map, then the expected type (json, T?, T|error)
	return g.convert(g.recordFromAnys(e.Pos(), a.Mapping, keys, res), a.Mapping, t, nil)
}

// recordFromAnys builds a record (or map) of type t from the []any held
// in the variable res, field i from res[i].
func (g *gen) recordFromAnys(pos frontend.Pos, t *check.Type, keys []string, res string) jen.Code {
	switch t.Kind {
	case check.KRecord:
		var elems []jen.Code
		for i, k := range keys {
			f := t.FieldByName(k)
			if f == nil {
				continue
			}
			ft := f.Type
			if f.Optional {
				ft = check.Any
			}
			elems = append(elems, jen.Id(g.fieldName(t, k)).Op(":").Add(g.convert(jen.Id(res).Index(jen.Lit(i)), check.Any, ft, nil)))
		}
		return jen.Op("&").Id(g.recordName(t)).Values(elems...)
	case check.KMap:
		var ks, vs []jen.Code
		for i, k := range keys {
			ks = append(ks, jen.Lit(k))
			vs = append(vs, g.convert(jen.Id(res).Index(jen.Lit(i)), check.Any, t.Elem, nil))
		}
		return rtGeneric("NewMapFrom", []jen.Code{g.goType(t.Elem)}, g.mapInherent(t), jen.Index().String().Values(ks...), jen.Index().Add(g.goType(t.Elem)).Values(vs...))
	}
	g.unsupported(pos, "a multiple receive or wait into '%s'", t)
	return jen.Nil()
}

func (g *gen) flush(e *frontend.FlushExpr, t *check.Type) jen.Code {
	a := g.prog.Actions[e]
	wc := g.fn.worker
	if a == nil || wc == nil {
		g.unsupported(e.Pos(), "this flush")
		return jen.Nil()
	}
	var v jen.Code
	if a.Chan != nil {
		v = jen.Id(g.chanSet[a.Chan]).Dot("Flush").Call(g.strand(), g.chanIndex(a.Chan), g.at(e.Pos()))
	} else {
		v = jen.Id(g.wsVars[wc.set]).Dot("FlushAll").Call(g.strand(), g.peerIndex(wc.w), g.at(e.Pos()))
	}
	return g.convert(v, check.Any, t, nil)
}

// future is the Go expression of a future operand: a named worker's future
// comes from its worker set.
func (g *gen) future(e frontend.Expr) jen.Code {
	if ne, ok := frontend.Unparen(e).(*frontend.NameExpr); ok {
		if sym := g.prog.Uses[ne]; sym != nil && sym.Kind == check.SymWorker {
			if w := sym.Worker; w != nil {
				return jen.Id(g.wsVars[w.Set]).Dot("Future").Call(g.peerIndex(w))
			}
		}
	}
	return g.expr(e)
}

func (g *gen) wait(e *frontend.WaitExpr, t *check.Type) jen.Code {
	if len(e.Futures) == 1 {
		return g.convert(jen.Add(g.future(e.Futures[0])).Dot("Wait").Call(g.strand(), g.at(e.Pos())), check.Any, t, nil)
	}
	args := []jen.Code{g.strand(), g.at(e.Pos())}
	for _, f := range e.Futures {
		args = append(args, g.future(f))
	}
	return g.convert(rtCall("WaitAny", args...), check.Any, t, nil)
}

func (g *gen) multiWait(e *frontend.MultiWaitExpr, t *check.Type) jen.Code {
	args := []jen.Code{g.strand(), g.at(e.Pos())}
	keys := make([]string, len(e.Fields))
	for i, f := range e.Fields {
		args = append(args, g.future(f.Future))
		keys[i] = f.Key
	}
	res := g.newTemp("results")
	g.emit(jen.Id(res).Op(":=").Add(rtCall("WaitAll", args...)))
	return g.recordFromAnys(e.Pos(), t, keys, res)
}

// start emits start f(args): the arguments are evaluated on the current
// strand, then the call runs on a new one.
//
//	arg1_ := x
//	strand.Start("f", false, func(strand *rt.Strand) any { return f(strand, arg1_) })
func (g *gen) start(e *frontend.StartExpr) jen.Code {
	parallel := g.prog.ParallelStarts[e] // an isolated call may run on another thread
	for _, a := range e.Annots {
		if check.StrandAny(a) {
			parallel = true
		}
	}
	ct := g.prog.TypeOfExpr(e.Call)
	// The arguments are evaluated now, on this strand, into temporaries
	// that the new strand's call uses.
	saved := g.hoistAll
	g.hoistAll = true
	call := g.goCall(e.Call)
	g.hoistAll = saved
	name := "start"
	if c, ok := e.Call.(*frontend.CallExpr); ok {
		if ne, ok := c.Fun.(*frontend.NameExpr); ok {
			name = ne.Name
		}
	}
	// the closure's own //line: a multi-line Go statement would otherwise
	// shift the lines Go reports inside it
	lit := g.collect(func() { g.lineDirective(e.Pos()) })
	if hasResult(ct) {
		lit = append(lit, jen.Return(g.convert(call, ct, check.Any, nil)))
	} else {
		lit = append(lit, call, jen.Return(jen.Nil()))
	}
	return jen.Id(strandParam).Dot("Start").Call(jen.Lit(name), jen.Lit(parallel),
		jen.Func().Params(jen.Id(strandParam).Op("*").Add(rtq("Strand"))).Any().Block(lit...))
}

// strandAdapter makes a module function that takes no strand usable as a
// function value (function values take the strand); a recursive one starts
// from the strand's call depth:
//
//	func(strand *rt.Strand, n int64) int64 { return fib(strand.CallDepth(), n) }
func (g *gen) strandAdapter(name string, fn *check.Function) jen.Code {
	ft := fn.Type
	params := []jen.Code{jen.Id(strandParam).Op("*").Add(rtq("Strand"))}
	var args []jen.Code
	if g.takesDepth(fn) {
		args = append(args, jen.Id(strandParam).Dot("CallDepth").Call())
	}
	for i, p := range ft.Params {
		n := fmt.Sprintf("p%d_", i)
		params = append(params, jen.Id(n).Add(g.goType(p)))
		args = append(args, jen.Id(n))
	}
	if ft.RestP != nil {
		params = append(params, jen.Id("rest_").Add(g.goType(check.ArrayOf(ft.RestP, -1))))
		args = append(args, jen.Id("rest_"))
	}
	call := jen.Id(name).Call(args...)
	body := []jen.Code{call}
	if hasResult(ft.Ret) {
		body = []jen.Code{jen.Return(call)}
	}
	return jen.Func().Params(params...).Add(g.resultType(ft.Ret)).Block(body...)
}

// hofArg generates the function argument of a langlib function (map,
// filter, forEach, reduce, ...), whose parameter is of type want at the call:
// a literal of that Go type becomes a Go closure without the strand
// parameter (it runs on this strand); another function value, or a literal
// of a wider type (function (int|string v) for a function (int)), is
// wrapped to pass this strand and convert its parameters and result.
func (g *gen) hofArg(e frontend.Expr, want *check.Type) jen.Code {
	ft := g.prog.TypeOfExpr(e)
	switch f := frontend.Unparen(e).(type) {
	case *frontend.FuncExpr, *frontend.ArrowExpr:
		if g.repr(ft) == g.repr(want) {
			return g.funcLit(f, false)
		}
	}
	if ft.Kind != check.KFunc || len(ft.Params) != len(want.Params) {
		g.unsupported(e.Pos(), "passing a function of type '%s' for '%s'", ft, want)
		return jen.Nil()
	}
	f := g.newTemp("fn")
	g.emit(jen.Id(f).Op(":=").Add(g.expr(e)))
	var params, args []jen.Code
	args = append(args, g.strand())
	for i, p := range want.Params {
		n := fmt.Sprintf("p%d_", i)
		params = append(params, jen.Id(n).Add(g.goType(p)))
		args = append(args, g.convert(jen.Id(n), p, ft.Params[i], nil))
	}
	call := jen.Id(f).Call(args...)
	var body []jen.Code
	switch {
	case !hasResult(want.Ret):
		body = []jen.Code{call}
	case !hasResult(ft.Ret):
		body = []jen.Code{call, jen.Return(jen.Nil())}
	default:
		body = []jen.Code{jen.Return(g.convert(call, ft.Ret, want.Ret, nil))}
	}
	return jen.Func().Params(params...).Add(g.resultType(want.Ret)).Block(body...)
}

// lockStmt emits lock { }: the lock (the program-wide one, or a leaf's key:
// lockkey.go) is released on every way out of the block (return, break,
// continue, fail).
func (g *gen) lockStmt(s *frontend.LockStmt) {
	g.emit(g.lockCall(s))
	g.fn.nest = append(g.fn.nest, "lock")
	body := g.blockCode(s.Body)
	g.fn.nest = g.fn.nest[:len(g.fn.nest)-1]
	g.emit(jen.Block(body...))
	if !g.goTerminates(s.Body.Stmts) {
		g.emit(rtCall("Unlock", g.strand()))
	}
}

// unlocks emits the Unlock calls for the locks left by a jump out of the
// innermost `upto` nesting levels ("loop" for break/continue, "" for return).
func (g *gen) unlocks(upto string) {
	for i := len(g.fn.nest) - 1; i >= 0; i-- {
		if g.fn.nest[i] == upto && upto != "" {
			return
		}
		if g.fn.nest[i] == "lock" {
			g.emit(rtCall("Unlock", g.strand()))
		}
	}
}
