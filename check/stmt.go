package check

import (
	"github.com/bal2go/bal2go/frontend"
)

// blockStmts checks a statement list in the current scope and reports
// whether control can reach its end.
func (c *checker) blockStmts(stmts []frontend.Stmt) bool {
	completes := true
	reported := false
	for _, s := range stmts {
		if !completes && !reported {
			c.errorf(s.Pos(), "unreachable code")
			reported = true
		}
		if !c.stmt(s) {
			completes = false
		}
	}
	return completes
}

// block checks a block in a new scope.
func (c *checker) block(b *frontend.Block) bool {
	if b == nil {
		return true
	}
	c.pushScope()
	defer c.popScope()
	return c.blockStmts(b.Stmts)
}

// stmt checks one statement and reports whether it can complete normally.
func (c *checker) stmt(s frontend.Stmt) bool {
	switch s := s.(type) {
	case *frontend.Block:
		return c.block(s)
	case *frontend.VarDecl:
		c.varDecl(s)
		return true
	case *frontend.BindingDecl:
		c.bindingDecl(s)
		return true
	case *frontend.AssignStmt:
		c.assign(s)
		return true
	case *frontend.DestructureStmt:
		c.destructure(s)
		return true
	case *frontend.ExprStmt:
		return c.exprStmt(s)
	case *frontend.SendStmt:
		c.send(s)
		return true
	case *frontend.IfStmt:
		return c.ifStmt(s)
	case *frontend.WhileStmt:
		c.condition(s.Cond)
		c.dropNarrowingFor(s.Body)
		thenN, _ := c.narrowings(s.Cond)
		cv, known := c.condValue(s.Cond)
		if known && !cv {
			c.unreachableBlock(s.Body)
		}
		c.fc.loops++
		before := c.fc.snapshot()
		c.withNarrowing(thenN, func() { c.block(s.Body) })
		c.fc.unassigned = joinAssign(before, c.fc.unassigned) // the body may not run
		c.fc.loops--
		if s.OnFail != nil {
			c.unsupported(s.OnFail.Pos(), "'on fail' on a while statement")
		}
		return !(known && cv) || hasBreak(s.Body)
	case *frontend.ForeachStmt:
		c.foreach(s)
		return true
	case *frontend.BreakStmt, *frontend.ContinueStmt:
		if c.fc.loops == 0 {
			if _, ok := s.(*frontend.BreakStmt); ok {
				c.errorf(s.Pos(), "break cannot be used outside of a loop")
			} else {
				c.errorf(s.Pos(), "continue cannot be used outside of a loop")
			}
		}
		return false
	case *frontend.ReturnStmt:
		c.returnStmt(s)
		return false
	case *frontend.PanicStmt:
		c.expr(s.X, Error)
		return false
	case *frontend.FailStmt:
		t := c.expr(s.X, Error)
		c.failWith(s.Pos(), t)
		return false
	case *frontend.MatchStmt:
		return c.matchStmt(s)
	case *frontend.DoStmt:
		return c.doStmt(s)
	case *frontend.LockStmt:
		c.fc.lock++
		completes := c.block(s.Body)
		c.fc.lock--
		if s.OnFail != nil {
			c.unsupported(s.OnFail.Pos(), "'on fail' on a lock statement")
		}
		return completes
	case *frontend.ForkStmt:
		c.forkStmt(s)
		return true
	case *frontend.WorkerDecl:
		if wc := c.fc.worker; wc != nil && wc.w == wc.set.Default() && c.prog.Workers[s] != nil && c.sc.lookup(s.Name) == nil {
			c.declareWorkers(wc.set) // worker names are in scope from the first declaration on
		}
		if c.prog.Workers[s] == nil || c.fc.worker == nil || c.fc.worker.set.byName[s.Name] != c.prog.Workers[s] {
			c.errorf(s.Pos(), "a named worker must be declared at the top level of a function body")
			return true
		}
		saved := c.fc.worker
		c.workerDecl(s)
		c.fc.worker = saved
		return true
	}
	c.unsupported(s.Pos(), "this statement")
	return true
}

func hasBreak(b *frontend.Block) bool {
	found := false
	var walk func(s frontend.Stmt, depth int)
	walk = func(s frontend.Stmt, depth int) {
		switch s := s.(type) {
		case *frontend.BreakStmt:
			if depth == 0 {
				found = true
			}
		case *frontend.Block:
			for _, x := range s.Stmts {
				walk(x, depth)
			}
		case *frontend.IfStmt:
			walk(s.Then, depth)
			if s.Else != nil {
				walk(s.Else, depth)
			}
		case *frontend.MatchStmt:
			for _, cl := range s.Clauses {
				walk(cl.Body, depth)
			}
		case *frontend.DoStmt:
			walk(s.Body, depth)
			if s.OnFail != nil {
				walk(s.OnFail.Body, depth)
			}
		case *frontend.LockStmt:
			walk(s.Body, depth)
		case *frontend.WhileStmt:
			walk(s.Body, depth+1)
		case *frontend.ForeachStmt:
			walk(s.Body, depth+1)
		}
	}
	walk(b, 0)
	return found
}

// letExpr checks let T x = e, … in body: the declarations are final local
// variables whose scope ends with the body.
func (c *checker) letExpr(e *frontend.LetExpr, want *Type) *Type {
	if c.fc == nil {
		// In a module variable's initializer, the variables are locals of
		// the module's initialization.
		c.fc = &funcCtx{unassigned: assignState{}}
		defer func() { c.fc = nil }()
	}
	c.pushScope()
	defer c.popScope()
	for _, d := range e.Decls {
		c.stmt(d)
	}
	return c.expr(e.Body, want)
}

func (c *checker) varDecl(s *frontend.VarDecl) {
	var declared *Type
	if s.Type != nil {
		declared = c.resolveType(s.Type)
	}
	var t *Type
	if s.Value != nil {
		outer := c.initVar
		c.initVar = &initVar{name: s.Name, fc: c.fc}
		t = c.expr(s.Value, declared)
		c.initVar = outer
	} else if s.Type == nil {
		c.errorf(s.Pos(), "variable declaration with 'var' requires an initializer")
	}
	if declared == nil {
		if t == nil {
			t = Invalid
		}
		declared = Widen(t)
		if declared.Kind == KNil && s.Value != nil {
			// var x = (); is allowed and gives ()
		}
	}
	if s.Name == "_" {
		c.wildcardValue(s.Pos(), declared)
	}
	sym := &Symbol{Kind: SymVar, Name: s.Name, Pos: s.NameP, Type: declared, Final: s.Final, Owner: c.fc.fn}
	if !sym.Pos.IsKnown() {
		sym.Pos = s.Pos()
	}
	c.prog.Defs[s] = sym
	c.declare(sym)
	if s.Value == nil {
		c.fc.unassigned[sym] = unInit
	}
}

func (c *checker) assign(s *frontend.AssignStmt) {
	if _, ok := frontend.Unparen(s.Lhs).(*frontend.WildcardExpr); ok {
		if s.Op != frontend.OpNone {
			c.errorf(s.Pos(), "invalid assignment to '_'")
		}
		c.wildcardValue(s.Pos(), c.expr(s.Value, AnyOrError))
		return
	}
	if ne, ok := frontend.Unparen(s.Lhs).(*frontend.NameExpr); ok && s.Op == frontend.OpNone {
		// x = e: e is evaluated before x counts as assigned
		if sym := c.sc.lookup(ne.Name); sym != nil && c.fc.unassigned[sym] != 0 {
			lt := c.lvalue(s, s.Lhs)
			c.expr(s.Value, lt)
			delete(c.fc.unassigned, sym)
			return
		}
	}
	lt := c.lvalue(s, s.Lhs)
	// The value is typed where x still has its narrowed type (x = x.next inside
	// `while x is Node`); the assignment then ends the narrowing.
	defer c.endNarrowing(s.Lhs)
	if s.Op == frontend.OpNone {
		c.expr(s.Value, lt)
		return
	}
	// x op= e is x = x op e, where x is read with its narrowed type.
	xt := lt
	if ne, ok := frontend.Unparen(s.Lhs).(*frontend.NameExpr); ok && lt.Kind != KInvalid {
		if sym := c.prog.Uses[ne]; sym != nil {
			xt = c.currentType(sym)
		}
	}
	bin := &frontend.BinaryExpr{Op: s.Op, X: s.Lhs, Y: s.Value, OpP: s.Pos()}
	rt := c.binaryTypes(bin, xt, c.exprHint(s.Value, numericHint(xt)))
	c.prog.Types[bin] = rt
	c.prog.Compound[s] = bin
	if rt.Kind != KInvalid && lt.Kind != KInvalid && !IsSubtype(rt, lt) {
		c.errorf(s.Value.Pos(), "incompatible types: expected '%s', found '%s'", lt, rt)
	}
}

// endNarrowing forgets the narrowing of the variable an assignment to target assigns.
func (c *checker) endNarrowing(target frontend.Expr) {
	if ne, ok := frontend.Unparen(target).(*frontend.NameExpr); ok {
		if sym := c.prog.Uses[ne]; sym != nil {
			c.resetNarrowing(sym)
		}
	}
}

// wildcardValue checks a value discarded by the wildcard binding pattern
// `_`: its type is any, so a value that may be an error cannot be dropped
// (jBallerina: VarIgnoreTest, at the statement).
func (c *checker) wildcardValue(pos frontend.Pos, t *Type) {
	if t.Kind != KInvalid && !IsSubtype(t, Any) {
		c.errorf(pos, "a wildcard binding pattern can be used only with a value that belong to type 'any'")
	}
}

func numericHint(t *Type) *Type {
	switch t.Kind {
	case KInt, KFloat, KDecimal:
		return t
	}
	return nil
}

// lvalue checks an assignment target and returns the type it accepts.
func (c *checker) lvalue(s *frontend.AssignStmt, e frontend.Expr) *Type {
	switch e := e.(type) {
	case *frontend.ParenExpr:
		t := c.lvalue(s, e.X)
		c.prog.Types[e] = t
		return t
	case *frontend.NameExpr:
		if e.Prefix != "" {
			c.errorf(e.Pos(), "cannot assign a value to a module-qualified name")
			return Invalid
		}
		sym, t, ok := c.varTarget(e.Name, e.Pos())
		if sym != nil {
			c.prog.Uses[e] = sym
		}
		if !ok {
			return Invalid
		}
		c.prog.Types[e] = t
		return t
	case *frontend.FieldExpr:
		xt := c.lvalueContainer(e.X)
		if !c.inInitOf(e.X, xt) { // init assigns the fields of a readonly class
			c.updatable(s, xt, e.Name)
		}
		t := c.fieldType(e, xt, true)
		if s != nil && s.Op == frontend.OpNone && optionalField(xt, e.Name) {
			t = Optional(t) // r.f = (): the optional field is removed
		}
		c.prog.Types[e] = t
		return t
	case *frontend.IndexExpr:
		xt := c.lvalueContainer(e.X)
		c.updatable(s, xt, "")
		t := c.indexType(e, xt, true)
		c.prog.Types[e] = t
		return t
	}
	c.errorf(e.Pos(), "invalid assignment target")
	c.expr(e, nil)
	return Invalid
}

// varTarget resolves name, a variable an assignment (or a destructuring
// assignment) assigns at pos, and returns its type; ok is false (and the
// error reported) when name is no variable that can be assigned.
func (c *checker) varTarget(name string, pos frontend.Pos) (sym *Symbol, t *Type, ok bool) {
	sym = c.sc.lookup(name)
	if sym == nil {
		c.errorf(pos, "undefined symbol '%s'", name)
		return nil, Invalid, false
	}
	switch sym.Kind {
	case SymVar, SymGlobal:
	case SymConst:
		c.errorf(pos, "cannot update constant value")
		return sym, Invalid, false
	default:
		c.errorf(pos, "invalid assignment target '%s'", name)
		return sym, Invalid, false
	}
	if sym.Final && !(c.fc != nil && c.fc.unassigned[sym] == unInit) { // final int x; x = 1; assigns once
		if sym.Owner != nil && sym.Owner.Decl != nil && isParam(c, sym) {
			c.errorf(pos, "cannot assign a value to function argument '%s'", name)
		} else {
			c.errorf(pos, "cannot assign a value to final '%s'", name)
		}
	}
	sym.Assigned = true
	if sym.Owner != c.fc.fn && sym.Kind == SymVar {
		sym.Captured = true
	}
	return sym, sym.Type, true
}

// updatable reports an assignment s into a member of a read-only container of type xt,
// or into a readonly field of a record.
func (c *checker) updatable(s *frontend.AssignStmt, xt *Type, field string) {
	if hasInvalid(xt) {
		return
	}
	if IsSubtype(xt, Readonly) {
		c.errorf(s.Pos(), "cannot update 'readonly' value of type '%s'", xt)
		return
	}
	if xt.Kind == KRecord && field != "" {
		if f := xt.FieldByName(field); f != nil && f.Readonly {
			c.errorf(s.Pos(), "cannot update 'readonly' record field '%s' in '%s'", field, xt)
		}
	}
}

// lvalueContainer types e, the container of an assignment target such as
// m["k"] in m["k"][1] = 3. A member of a map there is a filling read (spec,
// "Member access expression"): a missing member is first added as its filler
// value (or the read panics), so m["k"] has the member type, not T?.
func (c *checker) lvalueContainer(e frontend.Expr) *Type {
	if pe, ok := e.(*frontend.ParenExpr); ok {
		t := c.lvalueContainer(pe.X)
		c.prog.Types[pe] = t
		return t
	}
	ie, ok := e.(*frontend.IndexExpr)
	if !ok {
		return c.expr(e, nil)
	}
	xt := c.lvalueContainer(ie.X)
	t := c.indexType(ie, xt, xt.Kind == KMap)
	c.prog.Types[ie] = t
	return t
}

func isParam(c *checker, sym *Symbol) bool {
	for _, p := range sym.Owner.Params {
		if p == sym {
			return true
		}
	}
	return sym.Owner.Rest == sym
}

func (c *checker) exprStmt(s *frontend.ExprStmt) bool {
	if x, ok := s.X.(*frontend.SendExpr); ok {
		// x ->> W; takes () here; typeSyncSend checks what W can fail with
		c.prog.Types[x] = c.sendExpr(x, true, nil)
		return true
	}
	t := c.expr(s.X, nil)
	if t.Kind == KNever {
		return false
	}
	if t.Kind != KInvalid && !IsSubtype(t, Nil) {
		c.errorf(s.X.Pos(), "variable assignment is required")
	}
	return true
}

func (c *checker) ifStmt(s *frontend.IfStmt) bool {
	c.condition(s.Cond)
	thenN, elseN := c.narrowings(s.Cond)
	cv, known := c.condValue(s.Cond)
	var thenDone, elseDone bool
	before := c.fc.snapshot()
	c.fc.cond++
	defer func() { c.fc.cond-- }()
	if known && !cv {
		c.unreachableBlock(s.Then)
	}
	c.withNarrowing(thenN, func() { thenDone = c.block(s.Then) })
	afterThen := c.fc.snapshot()
	c.fc.unassigned = before
	elseDone = true
	if s.Else != nil {
		if known && cv {
			c.unreachableBlock(s.Else)
		}
		c.withNarrowing(elseN, func() { elseDone = c.stmt(s.Else) })
	}
	afterElse := c.fc.snapshot()
	var paths []assignState
	if thenDone {
		paths = append(paths, afterThen)
	}
	if elseDone {
		paths = append(paths, afterElse)
	}
	c.fc.unassigned = joinAssign(paths...)
	// When one branch cannot complete, the other branch's narrowing holds after the if.
	if !thenDone && elseDone {
		c.applyNarrowing(elseN)
	} else if thenDone && !elseDone && s.Else != nil {
		c.applyNarrowing(thenN)
	}
	if known {
		if cv {
			return thenDone
		}
		return elseDone
	}
	return thenDone || elseDone
}

func (c *checker) condition(e frontend.Expr) {
	c.expr(e, Boolean)
}

// listUnionElem is the member type of a union of list types (int[]|string[]
// iterates over int|string), or nil when t is not one.
func listUnionElem(t *Type) *Type {
	if t.Kind != KUnion {
		return nil
	}
	var ms []*Type
	for _, m := range t.Members {
		switch m.Kind {
		case KArray:
			ms = append(ms, m.Elem)
		case KTuple:
			ms = append(ms, m.Members...)
			if m.Rest != nil {
				ms = append(ms, m.Rest)
			}
		default:
			return nil
		}
	}
	return Union(ms...)
}

// foreachCompletion reports a foreach over x, of type it, whose iteration may
// complete with an error: the spec requires an iteration completion type of nil.
func (c *checker) foreachCompletion(x frontend.Expr, it *Type) {
	elem, errs, ok := IterElem(it)
	switch {
	case !ok || errs.Kind == KNever:
	case it.Kind == KStream:
		// jBallerina's Types.setForeachTypedBindingPatternType
		c.errorf(x.Pos(), "incompatible types: expected '%s', found '%s'", elem, Union(elem, it.Ret))
	default:
		c.errorf(x.Pos(), "invalid completion type '%s' in foreach statement: next method completion type cannot contain type '%s'", Union(elem, errs), errs)
	}
}

func (c *checker) foreach(s *frontend.ForeachStmt) {
	c.inForeachIter = frontend.Unparen(s.Iter)
	it := c.expr(s.Iter, nil)
	elem := c.iterElem(s.Iter, it)
	c.inForeachIter = nil
	c.foreachCompletion(s.Iter, it)
	var declared *Type
	if s.Type != nil {
		declared = c.resolveType(s.Type)
		if !IsSubtype(elem, declared) {
			c.errorf(s.Type.Pos(), "incompatible types: expected '%s', found '%s'", declared, elem)
		}
	} else {
		declared = elem
	}
	c.pushScope()
	if s.Pattern != nil {
		// foreach var [k, v] in m.entries(): the variables are final (spec)
		b := &binder{c: c, final: true, inferred: s.Type == nil, top: s.Pattern, topPos: s.Pattern.Pos()}
		b.bind(s.Pattern, declared)
	} else {
		sym := &Symbol{Kind: SymVar, Name: s.Name, Pos: s.NameP, Type: declared, Final: true, Owner: c.fc.fn}
		if !sym.Pos.IsKnown() {
			sym.Pos = s.Pos()
		}
		c.prog.Defs[s] = sym
		c.declare(sym)
	}
	c.dropNarrowingFor(s.Body)
	c.fc.loops++
	before := c.fc.snapshot()
	c.block(s.Body)
	c.fc.unassigned = joinAssign(before, c.fc.unassigned) // the body may not run
	c.fc.loops--
	c.popScope()
	if s.OnFail != nil {
		c.unsupported(s.OnFail.Pos(), "'on fail' on a foreach statement")
	}
}

// iterElem is the type of the values a foreach statement or a from clause
// takes from iter, of type it: a range's ints, a list's members, a mapping's
// values, a string's characters, a stream's or an iterable object's members
// (IterElem). It reports an iter that is not iterable.
func (c *checker) iterElem(iter frontend.Expr, it *Type) *Type {
	if b, ok := frontend.Unparen(iter).(*frontend.BinaryExpr); ok && (b.Op == frontend.OpRange || b.Op == frontend.OpRangeExcl) {
		return Int
	}
	elem, _, ok := IterElem(it)
	if !ok {
		c.errorf(iter.Pos(), "incompatible types: '%s' is not an iterable collection", it)
		return Invalid
	}
	return elem
}

func (c *checker) returnStmt(s *frontend.ReturnStmt) {
	if c.fc.queryDo > 0 {
		c.unsupported(s.Pos(), "return statements in the do clause of a query action")
	}
	want := c.fc.ret
	if s.X == nil {
		if !IsNilable(want) && want.Kind != KInvalid {
			c.errorf(s.Pos(), "incompatible types: expected '%s', found '()'", want)
		}
		c.checkInitFields()
		return
	}
	if t := c.expr(s.X, want); IsNilable(t) {
		c.checkInitFields()
	}
}

// failWith routes an error from `fail` or `check` to the enclosing on-fail
// block or to the function's return type.
func (c *checker) failWith(pos frontend.Pos, errType *Type) {
	if errType.Kind == KInvalid || errType.Kind == KNever {
		return
	}
	if c.fieldInit != nil && c.fc == c.fieldInitFC { // not in a function literal there
		c.fieldInitFail(pos, errType)
		return
	}
	if c.fc == nil {
		return // a module variable's initializer: an error stops the program at initialization
	}
	if c.fc.onFail > 0 {
		c.fc.failTypes[len(c.fc.failTypes)-1] = Union(c.fc.failTypes[len(c.fc.failTypes)-1], errType)
		return
	}
	if !IsSubtype(errType, c.fc.ret) {
		c.errorf(pos, "invalid usage of the 'check' expression operator: expected a return type that can hold '%s', found '%s'", errType, c.fc.ret)
	}
}

func (c *checker) doStmt(s *frontend.DoStmt) bool {
	if s.OnFail == nil {
		return c.block(s.Body)
	}
	c.fc.onFail++
	c.fc.failTypes = append(c.fc.failTypes, Never)
	before := c.fc.snapshot()
	bodyDone := c.block(s.Body)
	afterBody := c.fc.snapshot()
	c.fc.unassigned = before
	errT := c.fc.failTypes[len(c.fc.failTypes)-1]
	c.fc.failTypes = c.fc.failTypes[:len(c.fc.failTypes)-1]
	c.fc.onFail--
	c.pushScope()
	of := s.OnFail
	if of.VarName != "" {
		vt := errT
		if vt.Kind == KNever {
			vt = Error
		}
		if of.Type != nil {
			d := c.resolveType(of.Type)
			if !IsSubtype(vt, d) {
				c.errorf(of.Type.Pos(), "incompatible types: expected '%s', found '%s'", d, vt)
			}
			vt = d
		}
		sym := &Symbol{Kind: SymVar, Name: of.VarName, Pos: of.VarP, Type: vt, Final: true, Owner: c.fc.fn}
		if !sym.Pos.IsKnown() {
			sym.Pos = of.Pos()
		}
		c.prog.Defs[of] = sym
		c.declare(sym)
	}
	failDone := c.block(of.Body)
	c.popScope()
	var paths []assignState
	if bodyDone {
		paths = append(paths, afterBody)
	}
	if failDone {
		paths = append(paths, c.fc.snapshot())
	}
	c.fc.unassigned = joinAssign(paths...)
	return bodyDone || failDone
}

// mayEqual reports whether the constant v can equal a value of type t.
func (c *checker) mayEqual(v any, t *Type) bool {
	if v == nil {
		return IsNilable(t)
	}
	return holds(t, v) || Intersect(t, SingletonOf(v)).Kind != KNever
}

// optionalField reports whether name is an optional field of the record type t.
func optionalField(t *Type, name string) bool {
	if t.Kind != KRecord {
		return false
	}
	f := t.FieldByName(name)
	return f != nil && f.Optional
}
