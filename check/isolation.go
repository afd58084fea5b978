package check

import (
	"sort"

	"github.com/bal2go/bal2go/frontend"
)

// Isolation (spec "Isolated functions", "Isolated expressions", "Lock statement",
// "Module variable declaration", "Isolated inference"), checked as jBallerina's
// IsolationAnalyzer does, with its messages, once every body is typed:
//
//   - An isolated function accesses mutable state only through its parameters: it
//     reads a module variable only when the variable is final with a type below
//     readonly|isolated object {} (or isolated, inside a lock), reads a local of an
//     enclosing function only when it is final with such a type, and calls only
//     isolated functions; a start in it calls an isolated function with isolated
//     arguments.
//   - An isolated module variable is used only inside lock statements, and its
//     initializer is an isolated expression.
//   - A lock statement that uses a restricted variable (an isolated module
//     variable) uses only one, calls only isolated functions, and moves values in
//     and out of itself only as isolated expressions.
//   - A function that is not public (and an anonymous function) that keeps the
//     rules of an isolated function without being declared so is isolated
//     (inference), counting as isolated the module variables that are not public
//     and are used only in lock statements that keep the rules of locks on
//     isolated variables: the greatest fixed point over the calls and uses
//     between them, so that recursion counts as isolated until something
//     disproves it. The function's Function.Isolated and its type's Isolated are
//     set afterwards; the types the checker already used are the declared ones,
//     as in jBallerina, where inference runs after type checking.
//
// Objects' isolation (isolated classes, self in lock statements, object field
// initializers) is not checked here yet: methods are checked as functions whose
// self is a parameter.

// The messages, jBallerina's (compiler.properties).
const (
	msgMutableAccess       = "invalid access of mutable storage in an 'isolated' function"
	msgNonIsolatedCall     = "invalid invocation of a non-isolated function in an 'isolated' function"
	msgNonIsolatedInit     = "invalid non-isolated initialization expression in an 'isolated' function"
	msgNonIsolatedArgument = "incompatible types: expected an 'isolated' function"
	msgStartNonIsolated    = "invalid start action calling a non-isolated function in an 'isolated' function"
	msgStartArgument       = "invalid start action accessing a non isolated expression in an argument of a async call of an 'isolated' function"
	msgStrandInIsolated    = "'strand' annotation not allowed in a %s in an 'isolated' function"
	msgStrandDeprecated    = "the 'strand' annotation will be deprecated" // a warning (isolation decides the thread)
	msgInitialValue        = "invalid initial value expression: expected an isolated expression"
	msgOutsideLock         = "invalid access of an 'isolated' variable outside a 'lock' statement"
	msgUninitialized       = "an uninitialized module variable declaration cannot be marked as 'isolated'"
	msgTransferOut         = "invalid attempt to transfer out a value from a 'lock' statement with restricted variable usage: expected an isolated expression"
	msgTransferIn          = "invalid attempt to transfer a value into a 'lock' statement with restricted variable usage"
	msgLockCall            = "invalid invocation of a non-isolated function in a 'lock' statement with restricted variable usage"
	msgManyRestricted      = "cannot access more than one variable for which usage is restricted in a single 'lock' statement"
)

// fieldInitMessages are the messages of msgMutableAccess, msgNonIsolatedCall and
// msgNonIsolatedInit for the initializer of an object field that must be an
// isolated expression (its class's init is isolated, or it has none);
// recordDefaultMessages for the default value of a record field, which always
// must be.
var (
	fieldInitMessages = map[string]string{
		msgMutableAccess:   "invalid access of mutable storage in the initializer of an object field",
		msgNonIsolatedCall: "invalid invocation of a non-isolated function in the initializer of an object field",
		msgNonIsolatedInit: "invalid non-isolated initialization expression in the initializer of an object field",
	}
	recordDefaultMessages = map[string]string{
		msgMutableAccess:   "invalid access of mutable storage in the default value of a record field",
		msgNonIsolatedCall: "invalid invocation of a non-isolated function in the default value of a record field",
		msgNonIsolatedInit: "invalid non-isolated initialization expression in the default value of a record field",
	}
)

// isoAnalysis is the isolation check of one module.
type isoAnalysis struct {
	c     *checker
	infos map[*Function]*isoInfo
	order []*Function // the walked functions, in the order met (deterministic output)
	// workers maps each named worker's function to the function it belongs to:
	// a worker is isolated when that function is.
	workers map[*Function]*Function
	// vars holds the module variables that may be inferred isolated (not
	// public, not isolated, and mutable or of a mutable type), with where they
	// are used; varOrder lists them in the order met.
	vars     map[*Symbol]*varInfo
	varOrder []*Symbol
	// assume holds, while inference runs, the functions assumed isolated.
	assume map[*Function]bool
	// retyped maps the old type of each function inferred isolated to its new one.
	retyped map[*Type]*Type
	diags   []frontend.Diagnostic
	seen    map[isoDiag]bool

	// lockSites are the lock statements walked, for their keys (lockkey.go).
	lockSites []lockSite
}

type isoDiag struct {
	off int
	msg string
}

// isoInfo is what the walk of a function found for inference.
type isoInfo struct {
	// candidate: the function may be inferred isolated (not public, not declared
	// isolated, not external).
	candidate bool
	// blocked: it does something no inference makes isolated (reads mutable
	// state, calls a function value or public function that is not isolated, ...).
	blocked bool
	// nonInferable: what blocked it also keeps its object (a service
	// declaration) from being inferred isolated (jBallerina's
	// dependsOnlyOnInferableConstructs); a start whose arguments are not
	// isolated blocks only the function.
	nonInferable bool
	// deps are the functions, not declared isolated, that it calls; vars the
	// module variables that may be inferred isolated that it uses: it is
	// isolated if they all are.
	deps []*Function
	vars []*Symbol
}

// varInfo is how a module variable that may be inferred isolated is used: it is
// isolated if it is used only inside lock statements whose every use of it
// would be allowed for an isolated variable (jBallerina's inference of isolated
// variables).
type varInfo struct {
	outside bool        // used outside a lock statement
	locks   []*lockInfo // the innermost lock statements it is used in
}

func (vi *varInfo) addLock(lk *lockInfo) {
	for _, l := range vi.locks {
		if l == lk {
			return
		}
	}
	vi.locks = append(vi.locks, lk)
}

// potentialVar returns the inference record of sym if it is a module variable
// that may be inferred isolated, else nil.
func (a *isoAnalysis) potentialVar(sym *Symbol) *varInfo {
	if vi := a.vars[sym]; vi != nil {
		return vi
	}
	d, ok := a.c.moduleDecls[sym].(*frontend.ModuleVarDecl)
	if !ok || d.Public || d.Isolated || sym.Final && a.safeType(sym.Type) {
		return nil
	}
	vi := &varInfo{}
	a.vars[sym] = vi
	a.varOrder = append(a.varOrder, sym)
	return vi
}

// block records that the function does something no inference makes isolated.
func (i *isoInfo) block() { i.blocked, i.nonInferable = true, true }

// locallyIsolated reports whether the function keeps the rules without relying on
// any other function's inference.
func (i *isoInfo) locallyIsolated() bool { return !i.blocked && len(i.deps) == 0 && len(i.vars) == 0 }

// checkIsolation checks the module's isolation rules and infers the isolation of
// its functions. It runs after every body is typed.
func (c *checker) checkIsolation(f *frontend.File) {
	a := &isoAnalysis{c: c, infos: map[*Function]*isoInfo{}, workers: map[*Function]*Function{},
		vars: map[*Symbol]*varInfo{}, seen: map[isoDiag]bool{}}
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *frontend.FuncDecl:
			a.function(c.prog.Funcs[d], !d.Public)
		case *frontend.ModuleVarDecl:
			a.moduleVar(d)
		case *frontend.ListenerDecl:
			a.moduleExpr(d.Value)
		case *frontend.ServiceDecl:
			for _, l := range d.Listeners {
				a.moduleExpr(l)
			}
			for _, rf := range d.Resources {
				a.function(c.prog.Funcs[rf], true)
			}
		case *frontend.ClassDecl:
			a.class(c.classes[d])
		}
	}
	for _, r := range c.prog.Records {
		for _, fld := range r.Fields {
			if e, ok := fld.Default.(frontend.Expr); ok && e != nil {
				(&isoWalk{a: a, isolated: true, msgs: recordDefaultMessages}).node(e)
			}
		}
	}
	a.lockKeys(a.infer())
	a.services()
	a.parallel(f)
	sort.SliceStable(a.diags, func(i, j int) bool {
		x, y := a.diags[i], a.diags[j]
		if x.Pos.Off != y.Pos.Off {
			return x.Pos.Off < y.Pos.Off
		}
		return x.Message < y.Message // jBallerina's order at one position
	})
	c.diags = append(c.diags, a.diags...)
}

// parallel marks what may run on another thread once isolation is known (spec
// "Start action", "Workers"): a start whose call is isolated (its callee isolated,
// declared or inferred, and its receiver and arguments isolated expressions), and the
// named workers of isolated functions, whose bodies keep the isolated-function rules.
func (a *isoAnalysis) parallel(f *frontend.File) {
	prog := a.c.prog
	frontend.Inspect(f, func(n frontend.Node) bool {
		switch n := n.(type) {
		case *frontend.StartExpr:
			call := prog.Calls[n.Call]
			if call == nil {
				return true
			}
			if iso, _ := a.callee(call); !iso {
				return true
			}
			for _, x := range callOperands(n.Call) {
				if !a.isolatedExpr(x, nil) {
					return true
				}
			}
			prog.ParallelStarts[n] = true
		case *frontend.WorkerDecl:
			if w := prog.Workers[n]; w != nil && w.Fn != nil && w.Fn.Isolated {
				w.Parallel = true
			}
		}
		return true
	})
}

// warnf reports a warning.
func (a *isoAnalysis) warnf(pos frontend.Pos, msg string) {
	a.diags = append(a.diags, frontend.Warnf(pos, "type", "%s", msg))
}

// errorf reports a diagnostic once per position and message. Unlike the
// checker's errorf, it keeps different messages at one position: jBallerina
// reports, say, a transfer into and out of a lock at the same variable.
func (a *isoAnalysis) errorf(pos frontend.Pos, format string, args ...any) {
	d := frontend.Errorf(pos, "type", format, args...)
	k := isoDiag{pos.Off, d.Message}
	if a.seen[k] {
		return
	}
	a.seen[k] = true
	a.diags = append(a.diags, d)
}

// class walks a class's field initializers and its methods. The field
// initializers are part of init: when init is isolated, or there is none (the
// default one is), they must keep the rules of an isolated function, with
// messages of their own. The methods of a class that is not public may be
// inferred isolated, but not init, whose isolation also depends on the field
// initializers.
func (a *isoAnalysis) class(cls *Class) {
	if cls == nil || cls.Type == nil || cls.Type.Obj == nil {
		return
	}
	for _, f := range cls.Type.Obj.Fields {
		if f.Value != nil {
			(&isoWalk{a: a, isolated: isolatedInit(cls), msgs: fieldInitMessages}).node(f.Value)
		}
	}
	if cls.Init != nil {
		a.function(cls.Init, false)
	}
	for _, m := range cls.Type.Obj.Methods {
		if m.Func != nil && m.Func.Class == cls {
			a.function(m.Func, !cls.Decl.Public)
		}
	}
}

// isolatedInit reports whether the initialization of an object of cls is isolated
// code: its init is isolated, or it has none.
func isolatedInit(cls *Class) bool { return cls.Init == nil || cls.Init.Isolated }

// moduleVar checks a module variable's initializer; an isolated variable's must
// be an isolated expression unless the variable's values are all read-only or
// isolated objects.
func (a *isoAnalysis) moduleVar(d *frontend.ModuleVarDecl) {
	if d.Value == nil {
		return
	}
	a.moduleExpr(d.Value)
	sym := a.c.prog.Defs[d]
	if !d.Isolated || sym == nil || sym.Type == nil || a.safeType(sym.Type) {
		return
	}
	var bad []frontend.Pos
	a.isolatedExpr(d.Value, &bad)
	for _, p := range bad {
		a.errorf(p, msgInitialValue)
	}
}

// moduleExpr walks an expression evaluated at module level (an initializer).
func (a *isoAnalysis) moduleExpr(e frontend.Expr) {
	if e != nil {
		(&isoWalk{a: a}).node(e)
	}
}

// function walks fn's body once and returns what it found. candidate says whether
// fn may be inferred isolated when it is not declared so.
func (a *isoAnalysis) function(fn *Function, candidate bool) *isoInfo {
	if fn == nil {
		return nil
	}
	if info := a.infos[fn]; info != nil {
		return info
	}
	info := &isoInfo{candidate: candidate && !fn.Isolated}
	a.infos[fn] = info
	a.order = append(a.order, fn)
	w := &isoWalk{a: a, fn: fn, info: info, isolated: fn.Isolated, cur: fn}
	switch d := fn.Decl.(type) {
	case *frontend.FuncDecl:
		if d.External {
			info.block()
			return info
		}
		w.params(d.Sig.Params)
		w.body(d.Body, d.ExprBody)
	case *frontend.FuncExpr:
		w.params(d.Sig.Params)
		w.body(d.Body, d.ExprBody)
	case *frontend.ArrowExpr:
		w.node(d.Body)
	case *frontend.ResourceFunc:
		w.params(d.Sig.Params)
		w.body(d.Body, d.ExprBody)
	}
	return info
}

// infer computes the greatest sets of candidate functions and module variables
// that are isolated assuming the others in the sets are: a function whose every
// callee and variable is isolated or in the sets, a variable whose every lock
// keeps the rules of a lock on an isolated variable. It marks the functions
// isolated; then each named worker takes its function's isolation. It returns the
// module variables inferred isolated.
func (a *isoAnalysis) infer() map[*Symbol]bool {
	ok := map[*Function]bool{}
	for _, fn := range a.order {
		if info := a.infos[fn]; info.candidate && !info.blocked {
			ok[fn] = true
		}
	}
	okVar := map[*Symbol]bool{}
	for _, v := range a.varOrder {
		if !a.vars[v].outside {
			okVar[v] = true
		}
	}
	a.assume = ok
	for changed := true; changed; {
		changed = false
		for _, fn := range a.order {
			if ok[fn] && !a.inferable(a.infos[fn], ok, okVar) {
				delete(ok, fn)
				changed = true
			}
		}
		for _, v := range a.varOrder {
			if okVar[v] && !a.inferableVar(v, ok) {
				delete(okVar, v)
				changed = true
			}
		}
	}
	a.assume = nil
	for _, fn := range a.order {
		if ok[fn] {
			a.markIsolated(fn)
		}
	}
	a.retype()
	for w, fn := range a.workers {
		w.Isolated = fn.Isolated
	}
	return okVar
}

// inferable reports whether a function is isolated given the assumed sets.
func (a *isoAnalysis) inferable(info *isoInfo, ok map[*Function]bool, okVar map[*Symbol]bool) bool {
	for _, d := range info.deps {
		if !d.Isolated && !ok[d] {
			return false
		}
	}
	for _, v := range info.vars {
		if !okVar[v] {
			return false
		}
	}
	return true
}

// inferableVar reports whether every lock statement using v keeps the rules of a
// lock on an isolated variable, given the functions assumed isolated: it uses no
// other restricted variable, moves no other mutable variable's value in, moves
// only isolated expressions out, and calls only isolated functions.
func (a *isoAnalysis) inferableVar(v *Symbol, ok map[*Function]bool) bool {
	for _, lk := range a.vars[v].locks {
		if len(lk.restricted) > 0 || len(lk.vars) > 1 {
			return false
		}
		for _, in := range lk.inVars {
			if in != v {
				return false
			}
		}
		for _, e := range lk.outValues {
			if !a.isolatedExpr(e, nil) {
				return false
			}
		}
		for _, callee := range lk.callees {
			if callee == nil || !callee.Isolated && !ok[callee] {
				return false
			}
		}
	}
	return true
}

// markIsolated records that fn, not declared isolated, is isolated: its type gets
// the isolated bit (a new type: the old one's semantic form is cached), and so does
// its literal; retype gives it to the names of fn and the calls of it.
func (a *isoAnalysis) markIsolated(fn *Function) {
	if fn.Isolated || fn.Type == nil {
		fn.Isolated = true
		return
	}
	fn.Isolated = true
	old := fn.Type
	t := old.withName(old.Name)
	t.Isolated = true
	fn.Type = t
	prog := a.c.prog
	switch d := fn.Decl.(type) {
	case *frontend.FuncExpr, *frontend.ArrowExpr:
		if e := d.(frontend.Expr); prog.Types[e] == old {
			prog.Types[e] = t
		}
	case *frontend.FuncDecl:
		if sym := prog.Defs[d]; sym != nil && sym.Type == old {
			sym.Type = t
		}
	}
	if a.retyped == nil {
		a.retyped = map[*Type]*Type{}
	}
	a.retyped[old] = t
}

// retype gives the names of the functions inferred isolated, and the calls of
// them, their new types: the expressions that denote those functions themselves.
func (a *isoAnalysis) retype() {
	if len(a.retyped) == 0 {
		return
	}
	prog := a.c.prog
	for ne, sym := range prog.Uses {
		if t := a.retyped[prog.Types[ne]]; t != nil && sym.Kind == SymFunc && sym.Func != nil && sym.Func.Type == t {
			prog.Types[ne] = t
		}
	}
	for _, call := range prog.Calls {
		if t := a.retyped[call.Sig]; t != nil && call.Func != nil && call.Func.Type == t {
			call.Sig = t
		}
	}
}

// safeType reports whether the values of t may be shared between threads without a
// lock: read-only values and isolated objects (spec: readonly|isolated object {}).
func (a *isoAnalysis) safeType(t *Type) bool {
	return t != nil && IsSubtype(t, isolatedValue)
}

// callee reports whether a call's callee is isolated, and the function whose
// inference would make it so (nil: none).
func (a *isoAnalysis) callee(call *Call) (iso bool, fn *Function) {
	switch call.Kind {
	case CallFunc:
		return call.Func.Isolated || a.assume[call.Func], call.Func
	case CallValue:
		return call.Sig != nil && call.Sig.Isolated, nil
	case CallMethod:
		m := call.Method
		if m.Func != nil {
			return m.Isolated || m.Func.Isolated || a.assume[m.Func], m.Func
		}
		return m.Isolated, nil
	case CallBuiltin:
		if call.Func != nil {
			return call.Func.Isolated, nil
		}
		return true, nil // http's methods are isolated in Ballerina
	case CallNew:
		if init := call.Class.Init; init != nil {
			return init.Isolated || a.assume[init], init
		}
	}
	return true, nil // the error constructor; a class without init
}

// isClone reports whether e is x.clone() or x.cloneReadOnly(), which make an
// isolated value of any value.
func (a *isoAnalysis) isClone(e frontend.Expr) bool {
	call := a.c.prog.Calls[e]
	return call != nil && call.Kind == CallBuiltin &&
		(call.Builtin == "lang.value:clone" || call.Builtin == "lang.value:cloneReadOnly")
}

// dependentKind reports whether e is isolated exactly when its parts are: a list
// or mapping constructor, a template, a conversion, check, trap or a conditional.
func dependentKind(e frontend.Expr) bool {
	switch e := e.(type) {
	case *frontend.ListExpr, *frontend.MappingExpr, *frontend.TableExpr, *frontend.TemplateExpr, *frontend.CastExpr,
		*frontend.CheckExpr, *frontend.TrapExpr, *frontend.CondExpr:
		return true
	case *frontend.BinaryExpr:
		return e.Op == frontend.OpElvis
	case *frontend.ParenExpr:
		return dependentKind(e.X)
	}
	return false
}

// isolatedExpr reports whether e is an isolated expression (spec "Isolated
// expressions"): its value is read-only or an isolated object, or it is built only
// from isolated expressions (a constructor, template, conversion, check, trap,
// conditional; a call of an isolated function with isolated arguments; a new of a
// class whose init is isolated), or it is x.clone() or x.cloneReadOnly(). With bad
// not nil, it goes on past a part that is not isolated and appends the position of
// each such part to bad (jBallerina reports them all).
func (a *isoAnalysis) isolatedExpr(e frontend.Expr, bad *[]frontend.Pos) bool {
	prog := a.c.prog
	if t := prog.Types[e]; t != nil && a.safeType(t) {
		return true
	}
	ok := true
	all := func(es ...frontend.Expr) bool {
		for _, x := range es {
			if x == nil {
				continue
			}
			if s, spread := x.(*frontend.SpreadExpr); spread {
				x = s.X
			}
			if !a.isolatedExpr(x, bad) {
				ok = false
				if bad == nil {
					return false
				}
			}
		}
		return ok
	}
	switch x := e.(type) {
	case *frontend.IntLit, *frontend.FloatLit, *frontend.StringLit, *frontend.BoolLit, *frontend.NilLit:
		return true
	case *frontend.ParenExpr:
		return a.isolatedExpr(x.X, bad)
	case *frontend.ListExpr:
		return all(x.Elems...)
	case *frontend.TableExpr:
		for _, r := range x.Rows {
			if !all(r) && bad == nil {
				return false
			}
		}
		return ok
	case *frontend.MappingExpr:
		for _, f := range x.Fields {
			if sym := prog.Shorthands[f]; f.Value == nil && sym != nil && !a.safeType(sym.Type) {
				if bad == nil {
					return false
				}
				ok = false
				*bad = append(*bad, f.Pos())
			}
			if !all(f.Computed, f.Value, f.Spread) && bad == nil {
				return false
			}
		}
		return ok
	case *frontend.TemplateExpr:
		return all(x.Exprs...)
	case *frontend.CastExpr:
		return all(x.X)
	case *frontend.CheckExpr:
		return all(x.X)
	case *frontend.TrapExpr:
		return all(x.X)
	case *frontend.CondExpr:
		return all(x.Cond, x.Then, x.Else)
	case *frontend.BinaryExpr:
		if x.Op == frontend.OpElvis {
			return all(x.X, x.Y)
		}
	case *frontend.CallExpr, *frontend.MethodCallExpr, *frontend.NewExpr:
		if a.isClone(e) {
			return true
		}
		if call := prog.Calls[e]; call != nil {
			if iso, _ := a.callee(call); iso {
				return all(callOperands(e)...)
			}
		}
	}
	if bad != nil {
		*bad = append(*bad, frontend.Start(e))
	}
	return false
}

// callOperands returns the receiver and argument values of a call or new.
func callOperands(e frontend.Expr) []frontend.Expr {
	var args []*frontend.Arg
	var es []frontend.Expr
	switch e := e.(type) {
	case *frontend.CallExpr:
		args = e.Args
	case *frontend.MethodCallExpr:
		es, args = append(es, e.Recv), e.Args
	case *frontend.NewExpr:
		args = e.Args
	}
	for _, a := range args {
		es = append(es, a.Value)
	}
	return es
}
