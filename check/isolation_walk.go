package check

import (
	"github.com/bal2go/bal2go/frontend"
)

// isoWalk walks the code of one function (or a module-level initializer) for the
// isolation check (isolation.go).
type isoWalk struct {
	a    *isoAnalysis
	fn   *Function // the function walked; nil at module level
	info *isoInfo  // fn's findings; nil at module level
	// isolated: the code must keep the rules of an isolated function (fn is
	// declared isolated); violations are errors.
	isolated bool
	// cur is the function whose locals are the code's own: fn, or the named
	// worker of fn whose body is being walked (a worker's use of fn's locals is a
	// use of captured state, as a closure's is).
	cur   *Function
	stack []frontend.Node // the ancestors of the node being visited
	locks []*lockInfo     // the lock statements around it, innermost last
	// msgs replaces the messages of violations in code that is not a function's:
	// an object field's initializer (fieldInitMessages), a record field's default
	// (recordDefaultMessages).
	msgs map[string]string
}

// msg is the message of a violation of the isolated-function rules in the code
// walked.
func (w *isoWalk) msg(m string) string {
	if fm := w.msgs[m]; fm != "" {
		return fm
	}
	return m
}

// lockInfo is what a lock statement does that matters when it uses a restricted
// variable: the restricted variables it uses (with their references), and the
// values moved in and out and the calls that would then be errors. The same
// decides whether the module variables it uses may be inferred isolated.
type lockInfo struct {
	body       *frontend.Block
	restricted []*Symbol
	refs       map[*Symbol][]frontend.Pos
	in, out    []frontend.Pos
	calls      []frontend.Pos
	// For inference: the module variables that may be inferred isolated used in
	// the lock, the variable of each transfer in, each value transferred out, and
	// the callee of each call of a function not isolated (nil: not inferable).
	vars      []*Symbol
	inVars    []*Symbol
	outValues []frontend.Expr
	callees   []*Function
}

// addCall records a call of a function that is not isolated in the lock.
func (lk *lockInfo) addCall(pos frontend.Pos, callee *Function) {
	lk.calls = append(lk.calls, pos)
	lk.callees = append(lk.callees, callee)
}

// useVar records the use of a module variable that may be inferred isolated.
func (lk *lockInfo) useVar(sym *Symbol) {
	for _, v := range lk.vars {
		if v == sym {
			return
		}
	}
	lk.vars = append(lk.vars, sym)
}

func (w *isoWalk) lock() *lockInfo {
	if len(w.locks) == 0 {
		return nil
	}
	return w.locks[len(w.locks)-1]
}

// violation records something an isolated function may not do.
func (w *isoWalk) violation(pos frontend.Pos, msg string) {
	if w.info != nil {
		w.info.block()
	}
	if w.isolated {
		w.a.errorf(pos, "%s", w.msg(msg))
	}
}

func (w *isoWalk) params(ps []*frontend.Param) {
	for _, p := range ps {
		if p.Default != nil {
			w.node(p.Default)
		}
	}
}

func (w *isoWalk) body(b *frontend.Block, e frontend.Expr) {
	if b != nil {
		w.node(b)
	}
	if e != nil {
		w.node(e)
	}
}

// children visits the direct children of n, with n on the ancestor stack.
func (w *isoWalk) children(n frontend.Node) {
	w.stack = append(w.stack, n)
	frontend.Inspect(n, func(x frontend.Node) bool {
		if x == n {
			return true
		}
		w.node(x)
		return false
	})
	w.stack = w.stack[:len(w.stack)-1]
}

// child visits one child of n.
func (w *isoWalk) child(n, x frontend.Node) {
	w.stack = append(w.stack, n)
	w.node(x)
	w.stack = w.stack[:len(w.stack)-1]
}

func (w *isoWalk) node(n frontend.Node) {
	prog := w.a.c.prog
	switch n := n.(type) {
	case *frontend.NameExpr:
		if sym := prog.Uses[n]; sym != nil {
			w.ref(n, n.Pos(), sym)
		}
		return
	case *frontend.MappingExpr:
		for _, f := range n.Fields {
			if sym := prog.Shorthands[f]; sym != nil && f.Value == nil {
				w.stack = append(w.stack, n)
				w.ref(nil, f.Pos(), sym)
				w.stack = w.stack[:len(w.stack)-1]
			}
		}
	case *frontend.FuncExpr, *frontend.ArrowExpr:
		// A function value is separate code: creating it does nothing its
		// body does (calling it is a call of a function value).
		w.a.function(prog.Funcs[n], true)
		return
	case *frontend.ObjectConstructorExpr:
		// Its methods are separate code too; its field initializers run here, as
		// isolated code when its init is isolated (or it has none), else as a
		// non-isolated initialization.
		cls := prog.ObjectClasses[n]
		fields := w
		if cls != nil {
			sub := *w
			sub.isolated, sub.msgs = isolatedInit(cls), fieldInitMessages
			fields = &sub
			if !isolatedInit(cls) {
				w.depend(nil)
				if w.isolated {
					w.a.errorf(n.Pos(), "%s", w.msg(msgNonIsolatedInit))
				}
			}
		}
		for _, f := range n.Fields {
			if f.Value != nil {
				fields.child(n, f.Value)
			}
		}
		for _, m := range n.Methods {
			w.a.function(prog.Funcs[m], true)
		}
		for _, r := range n.Resources {
			w.a.function(prog.Funcs[r], true)
		}
		return
	case *frontend.CallExpr, *frontend.MethodCallExpr:
		w.call(n.(frontend.Expr), false)
		return
	case *frontend.NewExpr:
		w.newExpr(n)
		return
	case *frontend.StartExpr:
		w.start(n)
		return
	case *frontend.LockStmt:
		w.lockStmt(n)
		return
	case *frontend.WorkerDecl:
		w.worker(n)
		return
	case *frontend.ReturnStmt:
		w.children(n)
		if lk := w.lock(); lk != nil && n.X != nil {
			w.transferOut(lk, n.X)
		}
		return
	case *frontend.DestructureStmt:
		w.children(n)
		w.destructured(n)
		return
	case *frontend.AssignStmt:
		w.children(n)
		if lk := w.lock(); lk != nil && n.Op == frontend.OpNone {
			if ne, ok := frontend.Unparen(n.Lhs).(*frontend.NameExpr); ok {
				if sym := prog.Uses[ne]; sym != nil && w.outside(lk, sym) {
					w.transferOut(lk, n.Value)
				}
			}
		}
		return
	}
	w.children(n)
}

// isolatedSelf reports whether sym is the self of a method of an isolated class:
// like an isolated variable, its mutable state is used only in lock statements, which
// move values in and out only as isolated expressions (spec "Isolated objects").
func isolatedSelf(sym *Symbol) bool {
	fn := sym.Owner
	return sym.Kind == SymVar && fn != nil && fn.Self == sym && fn.Class != nil && fn.Class.Type.Obj.Isolated
}

// ref checks a use of sym at pos: e is the name expression (nil for the variable
// of a {x} mapping field).
func (w *isoWalk) ref(e frontend.Expr, pos frontend.Pos, sym *Symbol) {
	restricted := sym.Kind == SymGlobal && sym.Isolated || isolatedSelf(sym)
	lk := w.lock()
	if lk != nil {
		if restricted {
			if lk.refs[sym] == nil {
				lk.restricted = append(lk.restricted, sym)
			}
			lk.refs[sym] = append(lk.refs[sym], pos)
		} else if !w.assignTarget(e) && w.outside(lk, sym) && w.invalidTransferIn(e, sym) {
			lk.in = append(lk.in, pos)
			lk.inVars = append(lk.inVars, sym)
		}
	}
	switch sym.Kind {
	case SymVar:
		if sym.Owner == w.cur || w.cur == nil {
			return
		}
		// a local of an enclosing function (or of the function, in a worker)
		if sym.Final && w.a.safeType(w.refType(e, sym)) {
			return
		}
		w.violation(pos, msgMutableAccess)
	case SymGlobal:
		if restricted {
			if lk == nil {
				w.a.errorf(pos, msgOutsideLock)
			}
			return
		}
		if sym.Final && w.a.safeType(w.refType(e, sym)) {
			return
		}
		if vi := w.a.potentialVar(sym); vi != nil {
			// isolated if it is inferred isolated: used only in locks
			if lk == nil {
				vi.outside = true
			} else {
				vi.addLock(lk)
				lk.useVar(sym)
			}
			if w.info != nil {
				w.info.vars = append(w.info.vars, sym)
			}
			if w.isolated {
				w.a.errorf(pos, "%s", w.msg(msgMutableAccess))
			}
			return
		}
		w.violation(pos, msgMutableAccess)
	}
	// constants, functions, types, workers: immutable definitions
}

// refType is the type a reference sees: its (narrowed) recorded type.
func (w *isoWalk) refType(e frontend.Expr, sym *Symbol) *Type {
	if e != nil {
		if t := w.a.c.prog.Types[e]; t != nil {
			return t
		}
	}
	return sym.Type
}

// destructured checks the variables a destructuring assignment assigns as
// references to them (the mutable storage an isolated function may not reach),
// and, in a lock, the value moved out to one declared outside it.
func (w *isoWalk) destructured(s *frontend.DestructureStmt) {
	lk := w.lock()
	out := false
	w.stack = append(w.stack, s)
	for _, v := range frontend.Captures(s.Pattern) {
		sym := w.a.c.prog.Defs[v]
		if sym == nil {
			continue
		}
		w.ref(nil, v.Pos(), sym)
		if lk != nil && !out && w.outside(lk, sym) {
			w.transferOut(lk, s.Value)
			out = true
		}
	}
	w.stack = w.stack[:len(w.stack)-1]
}

// assignTarget reports whether e is the variable a plain assignment assigns (its
// value is replaced, not read): the parent on the stack is the assignment. A
// variable of a destructuring assignment (e nil, the statement on the stack) is
// one too.
func (w *isoWalk) assignTarget(e frontend.Expr) bool {
	if e == nil && len(w.stack) > 0 {
		_, ok := w.stack[len(w.stack)-1].(*frontend.DestructureStmt)
		return ok
	}
	for i := len(w.stack) - 1; i >= 0 && e != nil; i-- {
		switch p := w.stack[i].(type) {
		case *frontend.ParenExpr:
			continue
		case *frontend.AssignStmt:
			return p.Op == frontend.OpNone && frontend.Unparen(p.Lhs) == e
		}
		return false
	}
	return false
}

// outside reports whether sym is declared outside the lock statement's body: a
// module variable or constant, or a local declared before it.
func (w *isoWalk) outside(lk *lockInfo, sym *Symbol) bool {
	switch sym.Kind {
	case SymVar:
		return !(lk.body.Pos().Off <= sym.Pos.Off && sym.Pos.Off < lk.body.Rbrace.Off && sym.Pos.IsKnown())
	case SymGlobal, SymConst:
		return true
	}
	return false
}

// invalidTransferIn reports whether a use e, inside a lock, of a variable declared
// outside it could move a mutable value into the lock, where a restricted variable
// could keep it: jBallerina's rule, from e outwards through its enclosing
// expressions. A read-only or isolated value is fine; so is a mutable one that an
// enclosing expression turns into an isolated one (x.clone(), x.length()); the
// receiver of a method that returns nil is not (xs.push(restricted) stores into
// xs), and a statement that gets a mutable value directly is not either.
func (w *isoWalk) invalidTransferIn(e frontend.Expr, sym *Symbol) bool {
	i := len(w.stack) - 1
	if e == nil {
		// the variable of a {x} field: go on from the mapping constructor
		if w.a.safeType(sym.Type) || i < 0 {
			return false
		}
		e, i = w.stack[i].(frontend.Expr), i-1
	}
	for ; i >= 0; i-- {
		parent, ok := w.stack[i].(frontend.Expr)
		if !ok {
			return !w.a.isolatedExpr(e, nil)
		}
		if recv := receiverOf(parent); recv != nil {
			if frontend.Unparen(recv) != frontend.Unparen(e) {
				return !w.a.isolatedExpr(e, nil) // an argument
			}
			if w.a.isolatedExpr(e, nil) || w.a.isClone(parent) {
				return false
			}
			if t := w.a.c.prog.Types[parent]; t != nil && t.Kind == KNil {
				return true
			}
		} else if _, call := parent.(*frontend.CallExpr); call {
			return !w.a.isolatedExpr(e, nil)
		} else if w.a.isolatedExpr(e, nil) {
			return false
		}
		e = parent
	}
	return !w.a.isolatedExpr(e, nil)
}

// receiverOf returns the receiver of a method call or client action, else nil.
func receiverOf(e frontend.Expr) frontend.Expr {
	switch e := e.(type) {
	case *frontend.MethodCallExpr:
		return e.Recv
	case *frontend.RemoteCallExpr:
		return e.Client
	case *frontend.ResourceCallExpr:
		return e.Client
	}
	return nil
}

// transferOut records the parts of e, moved out of the lock lk (returned, or
// assigned to a variable declared outside it), that are not isolated expressions:
// the whole of e, or the parts of a constructor, conversion or conditional whose
// isolation depends on its parts.
func (w *isoWalk) transferOut(lk *lockInfo, e frontend.Expr) {
	lk.outValues = append(lk.outValues, e)
	if dependentKind(e) {
		w.a.isolatedExpr(e, &lk.out)
		return
	}
	if !w.a.isolatedExpr(e, nil) {
		lk.out = append(lk.out, frontend.Start(e))
	}
}

// lockStmt walks a lock statement's body, then reports what it may not do if it
// uses a restricted variable, and passes its findings to the lock around it.
func (w *isoWalk) lockStmt(s *frontend.LockStmt) {
	lk := &lockInfo{body: s.Body, refs: map[*Symbol][]frontend.Pos{}}
	w.a.lockSites = append(w.a.lockSites, lockSite{s, lk, w.cur})
	w.locks = append(w.locks, lk)
	w.child(s, s.Body)
	w.locks = w.locks[:len(w.locks)-1]
	if s.OnFail != nil {
		w.child(s, s.OnFail.Body)
	}
	a := w.a
	if len(lk.restricted) > 0 {
		if len(lk.restricted) > 1 {
			for _, sym := range lk.restricted {
				for _, p := range lk.refs[sym] {
					a.errorf(p, msgManyRestricted)
				}
			}
		}
		for _, p := range lk.in {
			a.errorf(p, msgTransferIn)
		}
		for _, p := range lk.out {
			a.errorf(p, msgTransferOut)
		}
		for _, p := range lk.calls {
			a.errorf(p, msgLockCall)
		}
	}
	outer := w.lock()
	if outer == nil {
		return
	}
	// The enclosing lock uses what this one uses; what this one does
	// matters there only when this one had no restricted variable of its own.
	for _, sym := range lk.restricted {
		if outer.refs[sym] == nil {
			outer.restricted = append(outer.restricted, sym)
		}
		outer.refs[sym] = append(outer.refs[sym], lk.refs[sym]...)
	}
	for _, v := range lk.vars {
		outer.useVar(v)
	}
	if len(lk.restricted) == 0 {
		outer.in = append(outer.in, lk.in...)
		outer.inVars = append(outer.inVars, lk.inVars...)
		outer.out = append(outer.out, lk.out...)
		outer.outValues = append(outer.outValues, lk.outValues...)
		outer.calls = append(outer.calls, lk.calls...)
		outer.callees = append(outer.callees, lk.callees...)
	}
}

// worker walks a named worker's body as part of its function: a worker of an
// isolated function keeps its rules, and its use of the function's locals is a
// use of captured state.
func (w *isoWalk) worker(d *frontend.WorkerDecl) {
	w.strand(d.Annots, "worker declaration")
	wfn := w.a.c.prog.Funcs[d]
	if wfn == nil {
		return
	}
	if w.fn != nil {
		w.a.workers[wfn] = w.fn
	}
	outer := w.cur
	w.cur = wfn
	body := w.a.c.prog.WorkerBody(d)
	w.child(d, body)
	w.cur = outer
}

// strand handles a @strand annotation on a start or a worker: not allowed in an
// isolated function; elsewhere it says where the strand runs, which inference must
// not contradict, so the function is not inferred isolated, and jBallerina warns
// that it will be deprecated (IsolationAnalyzer.checkStrandAnnotationExists: since
// 2201.2.0 isolation decides where a strand runs). It reports whether there was one.
func (w *isoWalk) strand(annots []*frontend.Annotation, where string) bool {
	for _, an := range annots {
		if an.Prefix == "" && an.Name == "strand" {
			if w.isolated {
				w.a.errorf(an.Pos(), msgStrandInIsolated, where)
				return true
			}
			w.a.warnf(an.Pos(), msgStrandDeprecated)
			if w.info != nil {
				w.info.block()
			}
			return true
		}
	}
	return false
}

// call checks a function or method call: an isolated callee is fine (given its
// isolated parameters get isolated functions); a callee that is not isolated may
// not be called in an isolated function nor in a lock with a restricted variable,
// and makes the caller's isolation depend on the callee's inference (when the
// callee is a function of the module that is not public) or rule it out.
func (w *isoWalk) call(e frontend.Expr, started bool) {
	call := w.a.c.prog.Calls[e]
	if call == nil {
		w.children(e)
		return
	}
	iso, callee := w.a.callee(call)
	w.stack = append(w.stack, e)
	switch e := e.(type) {
	case *frontend.CallExpr:
		w.node(e.Fun)
		w.args(call, e.Args, iso)
	case *frontend.MethodCallExpr:
		w.node(e.Recv)
		w.args(call, e.Args, iso)
	}
	w.stack = w.stack[:len(w.stack)-1]
	if iso {
		return
	}
	pos := frontend.Start(e)
	if lk := w.lock(); lk != nil {
		lk.addCall(pos, callee)
	}
	if started {
		return // the start made the caller depend on the callee already
	}
	w.depend(callee)
	if w.isolated {
		w.a.errorf(pos, "%s", w.msg(msgNonIsolatedCall))
	}
}

// depend records that the function walked is isolated only if callee is (nil: a
// callee no inference makes isolated).
func (w *isoWalk) depend(callee *Function) {
	if w.info == nil {
		return
	}
	if callee == nil {
		w.info.block()
		return
	}
	w.info.deps = append(w.info.deps, callee)
}

// args visits a call's arguments. An argument for a parameter declared
// @isolatedParam (array:map's function, ...) must be an isolated function when the
// call is to be isolated: an arrow function that keeps the rules is made one.
func (w *isoWalk) args(call *Call, args []*frontend.Arg, iso bool) {
	isoArgs := map[frontend.Expr]bool{}
	if iso && call.Func != nil {
		if d, ok := call.Func.Decl.(*frontend.FuncDecl); ok {
			for i, p := range d.Sig.Params {
				if !isolatedParam(p) {
					continue
				}
				if p.Rest {
					for _, a := range call.RestArg {
						isoArgs[a] = true
					}
				} else if i < len(call.Args) && call.Args[i] != nil {
					isoArgs[call.Args[i]] = true
				}
			}
		}
	}
	for _, a := range args {
		if isoArgs[a.Value] {
			w.isolatedArg(a.Value)
		} else {
			w.node(a.Value)
		}
	}
}

func isolatedParam(p *frontend.Param) bool {
	for _, an := range p.Annots {
		if an.Prefix == "" && an.Name == "isolatedParam" {
			return true
		}
	}
	return false
}

// isolatedArg checks an argument given for an @isolatedParam parameter.
func (w *isoWalk) isolatedArg(e frontend.Expr) {
	prog := w.a.c.prog
	var lit *Function
	switch f := frontend.Unparen(e).(type) {
	case *frontend.ArrowExpr:
		lit = prog.Funcs[f]
		// jBallerina makes an arrow function that keeps the rules isolated
		// here, before inference: only its own body counts.
		if info := w.a.function(lit, true); info != nil && info.locallyIsolated() {
			w.a.markIsolated(lit)
		}
	case *frontend.FuncExpr:
		lit = prog.Funcs[f]
		w.a.function(lit, true)
	default:
		w.node(e)
	}
	if lit != nil && lit.Isolated {
		return
	}
	if t := prog.Types[e]; lit == nil && (t == nil || t.Kind != KFunc || t.Isolated) {
		return
	}
	if w.isolated {
		w.a.errorf(frontend.Start(e), msgNonIsolatedArgument)
		return
	}
	w.depend(lit)
	if lk := w.lock(); lk != nil && len(w.stack) > 0 {
		if call, ok := w.stack[len(w.stack)-1].(frontend.Expr); ok {
			lk.addCall(frontend.Start(call), nil)
		}
	}
}

// newExpr checks new C(args): a class whose init is not isolated is like a call of
// a function that is not isolated.
func (w *isoWalk) newExpr(e *frontend.NewExpr) {
	w.children(e)
	call := w.a.c.prog.Calls[e]
	if call == nil || call.Kind != CallNew || call.Class == nil || call.Class.Init == nil {
		return
	}
	if init := call.Class.Init; !init.Isolated {
		w.depend(init)
		if w.isolated {
			w.a.errorf(e.Pos(), "%s", w.msg(msgNonIsolatedInit))
		}
	}
}

// start checks start f(args). In an isolated function the callee must be isolated
// and the arguments (and a method's receiver) isolated expressions, for the new
// strand may run on another thread. Elsewhere the caller is isolated only if the
// start would be allowed there once its callee's isolation is inferred.
func (w *isoWalk) start(e *frontend.StartExpr) {
	if w.strand(e.Annots, "start action") {
		if !w.isolated {
			// not inferred isolated; the other rules still hold in the call
			w.stack = append(w.stack, e)
			w.call(e.Call, true)
			w.stack = w.stack[:len(w.stack)-1]
		}
		return
	}
	call := w.a.c.prog.Calls[e.Call]
	if call == nil {
		w.child(e, e.Call)
		return
	}
	iso, callee := w.a.callee(call)
	var recv frontend.Expr
	var args []*frontend.Arg
	namePos := e.Call.Pos()
	switch c := e.Call.(type) {
	case *frontend.CallExpr:
		args, namePos = c.Args, frontend.Unparen(c.Fun).Pos()
	case *frontend.MethodCallExpr:
		recv, args, namePos = c.Recv, c.Args, c.NameP
	}
	ok := true
	var bad []frontend.Pos
	if !iso {
		ok = false
		if w.isolated {
			w.a.errorf(namePos, msgStartNonIsolated)
		}
	}
	if recv != nil && !w.a.isolatedExpr(recv, nil) {
		bad = append(bad, frontend.Start(recv))
	}
	for _, a := range args {
		if !w.a.isolatedExpr(a.Value, nil) {
			bad = append(bad, frontend.Start(a.Value))
		}
	}
	if w.isolated {
		for _, p := range bad {
			w.a.errorf(p, msgStartArgument)
		}
		if !ok || len(bad) > 0 {
			return
		}
	} else if len(bad) > 0 && w.info != nil {
		w.info.blocked = true
	}
	if !iso {
		w.depend(callee)
	}
	w.stack = append(w.stack, e)
	w.call(e.Call, true)
	w.stack = w.stack[:len(w.stack)-1]
}
