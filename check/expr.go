package check

import (
	"math"
	"slices"

	"github.com/bal2go/bal2go/frontend"
)

// expr checks e against the expected type want (nil when there is none),
// records its type and returns it.
func (c *checker) expr(e frontend.Expr, want *Type) *Type {
	t := c.infer(e, want)
	if t == nil {
		t = Invalid
	}
	c.prog.Types[e] = t // a literal's constant value depends on its type (1.5 where a decimal is wanted)
	c.checkAgainst(e, t, want)
	return t
}

// checkAgainst reports e, of type t, when its value cannot be stored where want is
// expected.
func (c *checker) checkAgainst(e frontend.Expr, t, want *Type) {
	if want != nil && !c.assignable(e, t, want) {
		c.mismatch(e.Pos(), want, t)
	}
}

func (c *checker) mismatch(pos frontend.Pos, want, got *Type) {
	c.errorf(pos, "incompatible types: expected '%s', found '%s'", want, got)
}

// assignable reports whether a value of type t produced by e may be stored
// where want is expected; constants also match singleton members.
func (c *checker) assignable(e frontend.Expr, t, want *Type) bool {
	if IsSubtype(t, want) {
		return true
	}
	if v, ok := c.constValue(e); ok && v != nil {
		if holds(want, v) {
			return true
		}
	}
	return false
}

// exprHint checks e with a hint for literal typing but reports no
// mismatch against it: the caller checks the combined result.
func (c *checker) exprHint(e frontend.Expr, hint *Type) *Type {
	t := c.infer(e, hint)
	if t == nil {
		t = Invalid
	}
	c.prog.Types[e] = t
	return t
}

// infer computes the type of e.
func (c *checker) infer(e frontend.Expr, want *Type) *Type {
	switch e := e.(type) {
	case *frontend.BadExpr:
		return Invalid
	case *frontend.NameExpr:
		return c.name(e)
	case *frontend.IntLit:
		if e.Bad {
			return Invalid
		}
		if e.Value > math.MaxInt64 {
			c.errorf(e.Pos(), "'%s' is out of range for 'int'", e.Raw)
			return Invalid
		}
		if want != nil && wantsFloat(want) {
			return Float
		}
		if wantsDecimal(want) {
			return c.decimalLitType(e)
		}
		return Int
	case *frontend.FloatLit:
		if e.Decimal || wantsDecimal(want) && isNumericLiteral(e) {
			return c.decimalLitType(e)
		}
		if math.IsInf(e.Value, 0) && isNumericLiteral(e) {
			c.errorf(e.Pos(), "float literal out of range") // with f, the parser reports it
			return Invalid
		}
		return Float
	case *frontend.StringLit:
		return String
	case *frontend.BoolLit:
		return Boolean
	case *frontend.NilLit:
		return Nil
	case *frontend.TemplateExpr:
		if e.Tag == "" {
			// a raw template: its insertions may be of any type
			for _, x := range e.Exprs {
				c.expr(x, nil)
			}
			return libType("object", "RawTemplate")
		}
		if e.Tag != "string" {
			c.unsupported(e.Pos(), "raw templates")
		}
		simple := Union(Boolean, Int, Float, Decimal, String)
		for _, x := range e.Exprs {
			t := c.expr(x, nil)
			if t.Kind != KInvalid && !IsSubtype(t, simple) {
				c.errorf(x.Pos(), "incompatible types: expected '(boolean|int|float|decimal|string)', found '%s'", t)
			}
		}
		return String
	case *frontend.ListExpr:
		return c.listExpr(e, want)
	case *frontend.MappingExpr:
		return c.mappingExpr(e, want)
	case *frontend.TableExpr:
		return c.tableExpr(e, want)
	case *frontend.ParenExpr:
		// want reaches the expression inside (an arrow function's
		// parameter types, a literal's type); expr checks the result
		return c.exprHint(e.X, want)
	case *frontend.UnaryExpr:
		return c.unary(e, want)
	case *frontend.BinaryExpr:
		return c.binary(e, want)
	case *frontend.TypeTestExpr:
		xt := c.expr(e.X, nil)
		tt := c.resolveType(e.Type)
		if Disjoint(xt, tt) {
			c.errorf(e.Pos(), "incompatible types: '%s' will not be matched to '%s'", xt, tt)
		}
		return Boolean
	case *frontend.CondExpr:
		c.condition(e.Cond)
		thenN, elseN := c.narrowings(e.Cond)
		var a, b *Type
		c.withNarrowing(thenN, func() { a = c.expr(e.Then, want) })
		c.withNarrowing(elseN, func() { b = c.expr(e.Else, want) })
		if want != nil {
			return Union(a, b)
		}
		return Union(Widen(a), Widen(b))
	case *frontend.LetExpr:
		return c.letExpr(e, want)
	case *frontend.QueryExpr:
		return c.queryExpr(e, want)
	case *frontend.AnnotAccessExpr:
		return c.annotAccess(e)
	case *frontend.CastExpr:
		return c.cast(e)
	case *frontend.TypeofExpr:
		// spec "typeof expression": the typedesc of the value's type, which
		// is a subtype of the operand's static type
		xt := c.expr(e.X, nil)
		if xt.Kind == KInvalid {
			return Invalid
		}
		return TypedescOf(Widen(xt))
	case *frontend.TypeDescExpr:
		return c.typedescValue(c.resolveType(e.Type))
	case *frontend.CallExpr:
		return c.call(e, want)
	case *frontend.MethodCallExpr:
		return c.methodCall(e, want)
	case *frontend.FieldExpr:
		xt := c.expr(e.X, nil)
		return c.fieldType(e, xt, false)
	case *frontend.IndexExpr:
		xt := c.expr(e.X, nil)
		return c.indexType(e, xt, false)
	case *frontend.CheckExpr:
		var xw *Type
		if want != nil {
			xw = Union(want, Error)
		}
		xt := c.exprHint(e.X, xw)
		if xt.Kind == KInvalid {
			return Invalid
		}
		if c.ensuresType(e.X, xt, want) {
			// check value:ensureType(x, want): fails with x's error or the cast's
			if !e.Panic {
				c.failWith(e.Pos(), Error)
			}
			return want
		}
		c.checkAgainst(e.X, xt, xw)
		errPart := ErrorPart(xt)
		if q, ok := frontend.Unparen(e.X).(*frontend.QueryExpr); ok && q.Do != nil && errPart.Kind == KNever {
			// jBallerina types every query action error? (check from … do { } is
			// how Ballerina by Example writes one); bal2go types it () when it
			// cannot fail, and check on it says nothing
			return xt
		}
		if errPart.Kind == KNever {
			kw := "check"
			if e.Panic {
				kw = "checkpanic"
			}
			c.warnf(e.Pos(), "invalid usage of the '%s' expression operator: no expression type is equivalent to error type", kw)
			return xt
		}
		if !e.Panic {
			c.failWith(e.Pos(), errPart)
		}
		return NonErrorPart(xt)
	case *frontend.TrapExpr:
		// the operand may produce what the context wants, errors included;
		// the result (operand|error) is checked against want by the caller
		xt := c.exprHint(e.X, want)
		return Union(xt, Error)
	case *frontend.ErrorCtorExpr:
		return c.errorCtor(e, want)
	case *frontend.NewExpr:
		return c.newExpr(e, want)
	case *frontend.FuncExpr:
		return c.funcExpr(e)
	case *frontend.ObjectConstructorExpr:
		return c.objectConstructor(e, want)
	case *frontend.ArrowExpr:
		return c.arrowExpr(e, want)
	case *frontend.StartExpr:
		return c.startExpr(e)
	case *frontend.WaitExpr:
		return c.waitExpr(e, want)
	case *frontend.MultiWaitExpr:
		return c.multiWait(e, want)
	case *frontend.ReceiveExpr:
		return c.receiveExpr(e, want)
	case *frontend.MultiReceiveExpr:
		return c.multiReceive(e, want)
	case *frontend.SendExpr:
		return c.sendExpr(e, false, want)
	case *frontend.FlushExpr:
		if c.fc == nil {
			c.errorf(e.Pos(), "undefined worker")
			return Invalid
		}
		return c.flushExpr(e)
	case *frontend.RemoteCallExpr:
		return c.remoteCall(e, want)
	case *frontend.ResourceCallExpr:
		return c.resourceCall(e, want)
	case *frontend.WildcardExpr:
		c.errorf(e.Pos(), "'_' is a keyword, and may not be used as an identifier")
		return Invalid
	case *frontend.SpreadExpr:
		c.errorf(e.Pos(), "invalid usage of the spread operator")
		c.expr(e.X, nil)
		return Invalid
	}
	c.unsupported(e.Pos(), "this expression")
	return Invalid
}

// fnUnassigned is the init state of a local of the current function (0: assigned).
// moduleVarUse reports a use of a module variable declared without a value
// where it is not yet assigned: in the module's init before an assignment, or
// in the initializer of another module variable (those run before init).
func (c *checker) moduleVarUse(e *frontend.NameExpr, sym *Symbol) {
	switch {
	case c.fc != nil && c.fc.fn != nil && c.fc.fn == c.prog.Init:
		switch c.fc.unassigned[sym] {
		case unInit:
			c.errorf(e.Pos(), "variable '%s' is not initialized", e.Name)
		case partInit:
			c.errorf(e.Pos(), "variable '%s' may not have been initialized", e.Name)
		}
	case c.initVar != nil && c.initVar.fc == nil && slices.Contains(c.noInitVars, sym):
		c.errorf(e.Pos(), "variable '%s' is not initialized", e.Name)
	}
}

func (c *checker) fnUnassigned(sym *Symbol) initState {
	if c.fc == nil {
		return 0
	}
	return c.fc.unassigned[sym]
}

func wantsFloat(want *Type) bool {
	if want.Kind == KFloat {
		return true
	}
	if want.Kind == KUnion {
		hasInt, hasFloat := false, false
		for _, m := range want.Members {
			switch Basic(m).Kind {
			case KInt, KAny, KAnydata, KJSON:
				hasInt = true
			case KFloat:
				hasFloat = true
			}
		}
		return hasFloat && !hasInt
	}
	return false
}

func (c *checker) name(e *frontend.NameExpr) *Type {
	if e.Prefix != "" {
		mod, ok := c.modulePrefix(e.Pos(), e.Prefix)
		if !ok {
			return Invalid
		}
		if sym := libConst(mod, e.Name); sym != nil {
			c.prog.Uses[e] = sym
			return sym.Type
		}
		if f := libraryFeature(mod, e.Name, ""); f != "" {
			c.unsupported(e.Pos(), f)
			return Invalid
		}
		c.errorf(e.Pos(), "undefined symbol '%s:%s'", e.Prefix, e.Name)
		return Invalid
	}
	if iv := c.initVar; iv != nil && iv.name == e.Name && iv.fc == c.fc {
		c.errorf(e.Pos(), "self referenced variable '%s'", e.Name)
		return Invalid
	}
	sym := c.sc.lookup(e.Name)
	if sym == nil {
		c.errorf(e.Pos(), "undefined symbol '%s'", e.Name)
		return Invalid
	}
	sym.used = true
	c.prog.Uses[e] = sym
	if sym.Aggregated && !c.aggregatedRefs[e] {
		c.errorf(e.Pos(), "sequence variable can be used in a single element list constructor or function invocation")
		return Invalid
	}
	switch sym.Kind {
	case SymVar:
		if c.fc != nil && sym.Owner != c.fc.fn {
			sym.Captured = true
		}
		if fc := c.fc; fc != nil && fc.fields != nil && sym == fc.fn.Self {
			c.selfUse(e)
		}
		// every use is reported, as jBallerina's DataflowAnalyzer does
		switch c.fnUnassigned(sym) {
		case unInit:
			c.errorf(e.Pos(), "variable '%s' is not initialized", e.Name)
		case partInit:
			c.errorf(e.Pos(), "variable '%s' may not have been initialized", e.Name)
		}
		return c.currentType(sym)
	case SymGlobal, SymConst:
		// A module variable or constant used before its declaration is
		// checked gets checked now (both are ordered by dependency).
		if sym.Kind == SymConst {
			c.ensureConst(sym)
		} else {
			c.ensureModuleVar(sym)
			c.moduleVarUse(e, sym)
		}
		if sym.Type == nil {
			return Invalid
		}
		return sym.Type
	case SymFunc:
		return sym.Type
	case SymType:
		// A type name as an expression is a typedesc value.
		return c.typedescValue(c.resolveNamedType(e.Name))
	case SymModule:
		c.errorf(e.Pos(), "undefined symbol '%s'", e.Name)
		return Invalid
	case SymWorker:
		if w := sym.Worker; w != nil {
			w.Refs++
			if w.Refs > 1 {
				c.errorf(e.Pos(), "multiple references to a named worker '%s' as a variable reference is not allowed", w.Name)
			}
		}
		return sym.Type
	}
	return Invalid
}

func (c *checker) unary(e *frontend.UnaryExpr, want *Type) *Type {
	switch e.Op {
	case frontend.OpNeg, frontend.OpPlus:
		if lit, ok := e.X.(*frontend.IntLit); ok && e.Op == frontend.OpNeg && lit.Value == 1<<63 {
			c.prog.Types[lit] = Int
			return Int
		}
		var hint *Type
		if want != nil && wantsFloat(want) {
			hint = Float
		}
		if wantsDecimal(want) {
			hint = Decimal
		}
		xt := c.exprHint(e.X, hint)
		switch Basic(xt).Kind {
		case KInt, KFloat, KDecimal, KInvalid:
			return Basic(xt)
		}
		c.errorf(e.Pos(), "operator '%s' not defined for '%s'", e.Op, xt)
		return Invalid
	case frontend.OpNot:
		xt := c.expr(e.X, nil)
		if Basic(xt).Kind != KBoolean && xt.Kind != KInvalid {
			c.errorf(e.Pos(), "operator '%s' not defined for '%s'", e.Op, xt)
			return Invalid
		}
		return Boolean
	case frontend.OpBitNot:
		xt := c.expr(e.X, nil)
		if Basic(xt).Kind != KInt && xt.Kind != KInvalid {
			c.errorf(e.Pos(), "operator '%s' not defined for '%s'", e.Op, xt)
			return Invalid
		}
		return Int
	}
	c.unsupported(e.Pos(), "operator '"+e.Op.String()+"'")
	return Invalid
}

// isIntConst reports whether e is an integer constant expression (a literal
// or a constant), which Ballerina types as float where a float is wanted.
func (c *checker) isIntLiteral(e frontend.Expr) bool {
	switch e := frontend.Unparen(e).(type) {
	case *frontend.IntLit:
		return true
	case *frontend.UnaryExpr:
		return (e.Op == frontend.OpNeg || e.Op == frontend.OpPlus) && c.isIntLiteral(e.X)
	}
	return false
}

func (c *checker) binary(e *frontend.BinaryExpr, want *Type) *Type {
	switch e.Op {
	case frontend.OpAndAnd, frontend.OpOrOr:
		c.expr(e.X, Boolean)
		thenN, elseN := c.narrowings(e.X)
		n := thenN
		if e.Op == frontend.OpOrOr {
			n = elseN
		}
		c.withNarrowing(n, func() { c.expr(e.Y, Boolean) })
		return Boolean
	case frontend.OpElvis:
		var xw *Type
		if want != nil {
			xw = Optional(want)
		}
		xt := c.expr(e.X, xw)
		yt := c.expr(e.Y, want)
		if want != nil {
			return Union(NonNilPart(xt), yt)
		}
		return Union(Widen(NonNilPart(xt)), Widen(yt))
	case frontend.OpRange, frontend.OpRangeExcl:
		c.expr(e.X, Int)
		c.expr(e.Y, Int)
		if c.inForeachIter != e {
			c.unsupported(e.Pos(), "range expressions outside a foreach statement")
			return Invalid
		}
		return ArrayOf(Int, -1)
	}
	hint := numericHint(orNil(want))
	if want != nil && wantsFloat(want) {
		hint = Float
	}
	if wantsDecimal(want) {
		hint = Decimal
	}
	switch e.Op {
	case frontend.OpEq, frontend.OpNe, frontend.OpExactEq, frontend.OpExactNe, frontend.OpLt, frontend.OpGt, frontend.OpLe, frontend.OpGe,
		frontend.OpShl, frontend.OpShr, frontend.OpUshr, frontend.OpAnd, frontend.OpOr, frontend.OpXor:
		hint = nil
	}
	xt := c.exprHint(e.X, hint)
	yhint := hint
	if yhint == nil {
		switch Basic(xt).Kind {
		case KFloat, KDecimal:
			if e.Op.Prec() != frontend.PrecShift {
				yhint = Basic(xt)
			}
		}
	}
	yt := c.exprHint(e.Y, yhint)
	// An int literal on the left of a float operand is a float literal; an int or
	// floating-point literal on the left of a decimal operand is a decimal literal.
	if Basic(yt).Kind == KFloat && Basic(xt).Kind == KInt && c.isIntLiteral(e.X) {
		xt = c.exprHint(e.X, Float)
	}
	if Basic(yt).Kind == KDecimal && Basic(xt).Kind != KDecimal && isNumericLiteral(e.X) {
		xt = c.exprHint(e.X, Decimal)
	}
	t := c.binaryTypes(e, xt, yt)
	if t.Kind != KInvalid {
		c.checkConstFold(e)
	}
	return t
}

// checkConstFold reports a binary expression on constant operands whose
// evaluation would panic: it is evaluated at compile time, so the error is
// a compile-time one.
// It also records the expression's constant value (operands are checked
// before it), so that folding a long chain of operators stays linear.
func (c *checker) checkConstFold(e *frontend.BinaryExpr) {
	x, ok1 := c.constValue(e.X)
	y, ok2 := c.constValue(e.Y)
	if !ok1 || !ok2 {
		c.constFolded[e] = foldResult{}
		return
	}
	v, msg := foldBinary(e.Op, x, y)
	if msg != "" {
		c.errorf(e.Pos(), "%s", msg)
	}
	c.constFolded[e] = foldResult{v: v, ok: msg == "" && v != nil}
}

func orNil(t *Type) *Type {
	if t == nil {
		return Invalid
	}
	return t
}

// binaryTypes computes the result type of x op y.
// operandShape is what the equality rule intersects for an operand of
// static type t: a list constructor without spreads builds a fresh list
// whose length and nesting are known, so it is taken as the tuple of its
// members' (widened) shapes, as jBallerina types it ([[1], 3] == [[1, 2], 4]
// can never hold); any other operand is its static type.
func (c *checker) operandShape(e frontend.Expr, t *Type) *Type {
	l, ok := frontend.Unparen(e).(*frontend.ListExpr)
	if !ok || t.Kind != KArray || t.Len >= 0 {
		return t
	}
	members := make([]*Type, len(l.Elems))
	for i, el := range l.Elems {
		if _, spread := el.(*frontend.SpreadExpr); spread {
			return t
		}
		members[i] = c.operandShape(el, Widen(c.prog.TypeOfExpr(el)))
	}
	return TupleOf(members, nil)
}

func (c *checker) binaryTypes(e *frontend.BinaryExpr, xt, yt *Type) *Type {
	if xt.Kind == KInvalid || yt.Kind == KInvalid {
		return Invalid
	}
	bx, by := Basic(xt), Basic(yt)
	bad := func() *Type {
		pos := e.Pos()
		if !pos.IsKnown() {
			pos = e.OpP // a compound assignment's synthesized x op y
		}
		c.errorf(pos, "operator '%s' not defined for '%s' and '%s'", e.Op, xt, yt)
		return Invalid
	}
	switch e.Op {
	case frontend.OpAdd:
		if bx.Kind == KString && by.Kind == KString {
			return String
		}
		fallthrough
	case frontend.OpSub, frontend.OpMul, frontend.OpDiv, frontend.OpMod:
		if bx.Kind == by.Kind && (bx.Kind == KInt || bx.Kind == KFloat || bx.Kind == KDecimal) {
			return bx
		}
		if r := mixedArith(e.Op, bx, by); r != nil {
			return r
		}
		return bad()
	case frontend.OpLt, frontend.OpGt, frontend.OpLe, frontend.OpGe:
		kx, okx := orderKey(xt)
		ky, oky := orderKey(yt)
		if okx && oky && (kx == ky || kx == "()" || ky == "()") {
			return Boolean
		}
		return bad()
	case frontend.OpEq, frontend.OpNe:
		if !IsSubtype(xt, Union(Anydata, Error)) || !IsSubtype(yt, Union(Anydata, Error)) {
			return bad()
		}
		fallthrough
	case frontend.OpExactEq, frontend.OpExactNe:
		// the spec's equality rule: the static types must intersect
		if xs, ys := c.operandShape(e.X, xt), c.operandShape(e.Y, yt); Disjoint(xs, ys) {
			xt, yt = xs, ys
			return bad()
		}
		return Boolean
	case frontend.OpAnd, frontend.OpOr, frontend.OpXor, frontend.OpShl, frontend.OpShr, frontend.OpUshr:
		if bx.Kind == KInt && by.Kind == KInt {
			return bitwiseResult(e.Op, c.constShape(e.X, xt), c.constShape(e.Y, yt))
		}
		return bad()
	}
	c.unsupported(e.OpP, "operator '"+e.Op.String()+"'")
	return Invalid
}

// mixedArith is the type of x op y for an int and a float or decimal
// operand, or nil: jBallerina (since 2201.1.0, ballerina-spec issue #261)
// multiplies them in either order and divides a float or decimal by an int
// (/ and %), converting the int; Ballerina by Example "Aggregation"
// multiplies a float price by an int quantity.
func mixedArith(op frontend.Op, bx, by *Type) *Type {
	switch {
	case op == frontend.OpMul && bx.Kind == KInt && (by.Kind == KFloat || by.Kind == KDecimal):
		return by
	case (op == frontend.OpMul || op == frontend.OpDiv || op == frontend.OpMod) && by.Kind == KInt && (bx.Kind == KFloat || bx.Kind == KDecimal):
		return bx
	}
	return nil
}

// orderKey names the ordered type t belongs to (spec, "Relational
// expressions"): "int", "float", "decimal", "string" or "boolean" for those
// types, their subtypes and their optional types, "()" for nil alone, and
// "[k]" for a list type whose members all belong to the ordered type k (nil
// members allowed). The operands of <, <=, > and >= must have the same key, or
// one of them be ().
func orderKey(t *Type) (string, bool) {
	key := "()"
	for _, m := range MembersOf(t) {
		var k string
		switch b := Basic(m); {
		case m.Kind == KNil || b.Kind == KNil:
			continue
		case b.Kind == KInt || b.Kind == KFloat || b.Kind == KDecimal || b.Kind == KString || b.Kind == KBoolean:
			k = b.String()
		case m.Kind == KArray:
			ek, ok := orderKey(m.Elem)
			if !ok {
				return "", false
			}
			k = "[" + ek + "]"
		case m.Kind == KTuple:
			ek := "()"
			for _, mt := range append(slices.Clip(m.Members), m.Rest) {
				if mt == nil {
					continue
				}
				mk, ok := orderKey(mt)
				if !ok || mk != ek && ek != "()" && mk != "()" {
					return "", false
				}
				if mk != "()" {
					ek = mk
				}
			}
			k = "[" + ek + "]"
		default:
			return "", false
		}
		if key != "()" && k != key {
			return "", false
		}
		key = k
	}
	return key, true
}

// constShape is the singleton type of a constant int expression (0xFF is 255, a
// byte), else t.
func (c *checker) constShape(e frontend.Expr, t *Type) *Type {
	if v, ok := c.constValue(e); ok {
		if i, ok := v.(int64); ok {
			return SingletonOf(i)
		}
	}
	return t
}

// bitwiseResult is the static type of an int bitwise operation (spec, "Binary bitwise
// expressions" and "Shift expressions"): & keeps an unsigned type of either operand,
// | and ^ one of both, >> and >>> one of the left operand; otherwise int.
func bitwiseResult(op frontend.Op, xt, yt *Type) *Type {
	for _, u := range []*Type{Byte, Unsigned8, Unsigned16, Unsigned32} {
		x, y := IsSubtype(xt, u), IsSubtype(yt, u)
		switch op {
		case frontend.OpAnd:
			if x || y {
				return u
			}
		case frontend.OpOr, frontend.OpXor:
			if x && y {
				return u
			}
		case frontend.OpShr, frontend.OpUshr:
			if x {
				return u
			}
		}
	}
	return Int
}

// overlaps is a loose check that two types can hold equal values
// (any/anydata/json overlap with everything they contain).
func overlaps(a, b *Type) bool {
	for _, x := range MembersOf(a) {
		for _, y := range MembersOf(b) {
			switch {
			case x.Kind == KAny || x.Kind == KAnydata || x.Kind == KJSON:
				return true
			case y.Kind == KAny || y.Kind == KAnydata || y.Kind == KJSON:
				return true
			case Basic(x).Kind == Basic(y).Kind:
				return true
			case IsSubtype(x, y) || IsSubtype(y, x):
				return true
			}
		}
	}
	return false
}

func (c *checker) cast(e *frontend.CastExpr) *Type {
	t := c.resolveType(e.Type)
	xt := c.expr(e.X, nil)
	if t.Kind == KInvalid || xt.Kind == KInvalid {
		return t
	}
	if c.isIntLiteral(e.X) && wantsFloat(t) {
		c.expr(e.X, Float)
		return t
	}
	if isNumericLiteral(e.X) && wantsDecimal(t) {
		c.expr(e.X, Decimal) // <decimal>1.5 is the decimal literal 1.5
		return t
	}
	if v, ok := c.constValue(e.X); ok && t.Kind == KInt {
		// a constant operand is converted at compile time (rounding to nearest)
		if f, isFloat := v.(float64); isFloat && (math.IsNaN(f) || math.RoundToEven(f) >= 1<<63 || math.RoundToEven(f) < -(1<<63)) {
			c.errorf(e.Pos(), "%s", msgIntOverflow)
		}
	}
	ok := IsSubtype(xt, t) || Intersect(xt, t).Kind != KNever || overlaps(xt, t)
	numeric := func(k Kind) bool { return k == KInt || k == KFloat || k == KDecimal }
	for _, m := range MembersOf(t) {
		for _, xm := range MembersOf(xt) {
			if numeric(Basic(m).Kind) && numeric(Basic(xm).Kind) {
				ok = true
			}
		}
	}
	if !ok {
		c.errorf(e.Pos(), "incompatible types: '%s' cannot be cast to '%s'", xt, t)
	}
	return t
}

func (c *checker) errorCtor(e *frontend.ErrorCtorExpr, want *Type) *Type {
	result := Error
	var detail *Type // the detail type of `error T(…)`, nil for error(…)
	if e.Type == nil && want != nil {
		// error(…) constructs the error type the context expects, when it
		// expects one with a detail type or type ids (error<D> e = error("m",
		// code = 1), IOError e = error("m") of a distinct IOError)
		var typed []*Type
		for _, m := range MembersOf(want) {
			if m.Kind == KError && (m.Elem != nil || len(m.Distinct) > 0) {
				typed = append(typed, m)
			}
		}
		if len(typed) == 1 {
			result, detail = typed[0], typed[0].Elem
		}
	}
	if e.Type != nil {
		t := c.resolveType(e.Type)
		switch {
		case t.Kind == KInvalid:
			result = Invalid
		case t.Kind != KError || t.ReadOnly:
			c.errorf(e.Type.Pos(), "incompatible types: expected an error type, found '%s'", t)
			result = Invalid
		default:
			result, detail = t, t.Elem
		}
	}
	pos := 0
	for _, a := range e.Args {
		switch {
		case a.Rest:
			c.errorf(a.Value.Pos(), "invalid rest argument in an error constructor")
			c.expr(a.Value, nil)
		case a.Name != "":
			c.detailArg(a, detail)
		default:
			switch pos {
			case 0:
				c.expr(a.Value, String)
			case 1:
				c.expr(a.Value, Optional(Error))
			default:
				c.errorf(a.Value.Pos(), "too many arguments in call to 'error()'")
				c.expr(a.Value, nil)
			}
			pos++
		}
	}
	if pos == 0 {
		c.errorf(e.Pos(), "missing error message in error constructor")
	}
	if detail != nil && detail.Kind == KRecord {
		for _, f := range detail.Fields {
			if !f.Optional && !f.HasDefault && !hasNamedArg(e.Args, f.Name) {
				c.errorf(e.Pos(), "missing error detail arg for error detail field '%s'", f.Name)
			}
		}
	}
	call := &Call{Kind: CallError, Named: map[string]frontend.Expr{}}
	for _, a := range e.Args {
		if a.Name != "" {
			call.Named[a.Name] = a.Value
		} else if !a.Rest {
			call.Args = append(call.Args, a.Value)
		}
	}
	c.prog.Calls[e] = call
	return result
}

// detailArg checks the named argument a of an error constructor against the detail
// type of the error type constructed (nil for error(…): any anydata value).
func (c *checker) detailArg(a *frontend.Arg, detail *Type) {
	if detail == nil {
		c.expr(a.Value, Anydata)
		return
	}
	want := Anydata
	{
		switch {
		case detail.Kind == KRecord:
			switch f := detail.FieldByName(a.Name); {
			case f != nil:
				want = f.Type
			case detail.Closed && detail.Rest == nil:
				c.errorf(a.NameP, "unknown error detail arg '%s' passed to closed error detail type '%s'", a.Name, detail)
				c.expr(a.Value, nil)
				return
			case detail.Rest != nil:
				want = detail.Rest
			}
		case detail.Kind == KMap:
			want = detail.Elem
		}
	}
	if t := c.expr(a.Value, want); !c.assignable(a.Value, t, want) {
		c.mismatch(a.Value.Pos(), want, t)
	}
}

func hasNamedArg(args []*frontend.Arg, name string) bool {
	for _, a := range args {
		if a.Name == name {
			return true
		}
	}
	return false
}

func (c *checker) funcExpr(e *frontend.FuncExpr) *Type {
	fn := &Function{Decl: e, Outer: c.fnOrNil()}
	c.prog.Funcs[e] = fn
	fn.Type = c.signature(&e.Sig, fn)
	c.funcBody(fn, e.Sig.Params, e.Body, e.ExprBody)
	return fn.Type
}

func (c *checker) fnOrNil() *Function {
	if c.fc == nil {
		return nil
	}
	return c.fc.fn
}

func (c *checker) arrowExpr(e *frontend.ArrowExpr, want *Type) *Type {
	var ft *Type
	if want != nil {
		for _, m := range MembersOf(want) {
			if m.Kind == KFunc && m.Params != nil || (m.Kind == KFunc && len(e.Params) == 0) {
				ft = m
				break
			}
		}
	}
	if ft == nil {
		if want == nil || want.Kind != KInvalid {
			c.errorf(e.Pos(), "cannot infer types of the arrow expression with the expected type '%s'", orNil(want))
		}
		return Invalid
	}
	if len(ft.Params) != len(e.Params) {
		c.errorf(e.Pos(), "incompatible types: expected '%s', found an arrow function with %d parameters", ft, len(e.Params))
		return Invalid
	}
	fn := &Function{Decl: e, Outer: c.fnOrNil()}
	c.prog.Funcs[e] = fn
	outerFC, outerSc := c.fc, c.sc
	c.fc = &funcCtx{fn: fn, ret: retOf(ft), unassigned: assignState{}}
	c.sc = &scope{parent: outerSc, names: map[string]*Symbol{}, fn: fn}
	for i, p := range e.Params {
		sym := &Symbol{Kind: SymVar, Name: p.Name, Pos: p.Pos(), Type: ft.Params[i], Final: true, Owner: fn}
		c.prog.Defs[p] = sym
		fn.Params = append(fn.Params, sym)
		fn.Defaults = append(fn.Defaults, nil)
		c.declare(sym)
	}
	var ret *Type
	if ft.Ret != nil && ft.Ret.Kind != KAny && ft.Ret.Kind != KAnydata {
		ret = c.expr(e.Body, ft.Ret)
		ret = ft.Ret
	} else {
		ret = Widen(c.expr(e.Body, ft.Ret))
	}
	c.fc, c.sc = outerFC, outerSc
	fn.Type = FuncOf(ft.Params, nil, ret)
	// An arrow function expected to be isolated is one: its body is then
	// checked by the rules of isolated functions (isolation.go).
	fn.Type.Isolated, fn.Isolated = ft.Isolated, ft.Isolated
	return fn.Type
}

// fieldType types x.f (and x?.f); assign is true for an assignment target.
func (c *checker) fieldType(e *frontend.FieldExpr, xt *Type, assign bool) *Type {
	if xt.Kind == KInvalid {
		return Invalid
	}
	if LaxAccess(xt, e.Optional) {
		return c.laxField(e, xt, assign)
	}
	base := xt
	nilable := false
	if e.Optional {
		if IsNilable(xt) {
			nilable = true
			base = NonNilPart(xt)
		}
	}
	if base.Kind == KRecord {
		f := base.FieldByName(e.Name)
		if f == nil {
			c.errorf(e.NameP, "undefined field '%s' in record '%s'", e.Name, base)
			return Invalid
		}
		t := f.Type
		if f.Optional && !assign {
			t = Optional(t)
		}
		if nilable {
			t = Optional(t)
		}
		return t
	}
	if base.Kind == KUnion {
		// every member must be a record with the field
		var ts []*Type
		for _, m := range base.Members {
			f := m.FieldByName(e.Name)
			if m.Kind != KRecord || f == nil {
				c.errorf(e.NameP, "invalid field access: field '%s' not found in type '%s'", e.Name, xt)
				return Invalid
			}
			if f.Optional {
				ts = append(ts, Optional(f.Type)) // absent in some values
			} else {
				ts = append(ts, f.Type)
			}
		}
		if assign {
			// the field's type differs from member to member: a store would
			// need the check of the record's own field type at run time
			c.unsupported(e.Pos(), "assignment to a field of '"+xt.String()+"'")
			return Invalid
		}
		t := Union(ts...)
		if nilable {
			t = Optional(t)
		}
		return t
	}
	if base.Kind == KObject && base.Obj != nil {
		t := c.objectFieldType(e, base, assign)
		if nilable && t.Kind != KInvalid {
			t = Optional(t) // x?.f on an object or ()
		}
		return t
	}
	if base.Kind == KMap {
		c.errorf(e.NameP, "invalid field access on a map: use member access m[\"%s\"]", e.Name)
		return Invalid
	}
	if e.Optional {
		c.errorf(e.NameP, "invalid operation: type '%s' does not support optional field access", xt)
		return Invalid
	}
	c.errorf(e.NameP, "invalid operation: type '%s' does not support field access", xt)
	return Invalid
}

// indexType types x[i].
func (c *checker) indexType(e *frontend.IndexExpr, xt *Type, assign bool) *Type {
	if xt.Kind == KInvalid {
		c.expr(e.Index, nil)
		return Invalid
	}
	if e.Multi && xt.Kind != KTable {
		c.expr(e.Index, nil)
		c.errorf(e.Pos(), "invalid member access with '%s': member access with multi-key expression is only allowed with subtypes of 'table'", basicName(xt))
		return Invalid
	}
	switch xt.Kind {
	case KTable:
		return c.tableMember(e, xt, assign)
	case KArray:
		c.expr(e.Index, Int)
		if v, ok := c.constValue(e.Index); ok {
			if i, ok := v.(int64); ok && (i < 0 || (xt.Len >= 0 && i >= int64(xt.Len))) {
				c.errorf(e.Index.Pos(), "list index out of range: index: '%d'", i)
				return Invalid
			}
		}
		return xt.Elem
	case KTuple:
		c.expr(e.Index, Int)
		if v, ok := c.constValue(e.Index); ok {
			if i, ok := v.(int64); ok {
				if i >= 0 && int(i) < len(xt.Members) {
					return xt.Members[i]
				}
				if xt.Rest != nil && i >= 0 {
					return xt.Rest
				}
				c.errorf(e.Index.Pos(), "list index out of range: index: '%d'", i)
				return Invalid
			}
		}
		ms := append([]*Type{}, xt.Members...)
		if xt.Rest != nil {
			ms = append(ms, xt.Rest)
		}
		if assign {
			c.unsupported(e.Pos(), "assignment to a tuple member with a non-constant index")
			return Invalid
		}
		return Union(ms...)
	case KMap:
		c.expr(e.Index, String)
		if assign {
			return xt.Elem
		}
		return Optional(xt.Elem)
	case KRecord:
		c.expr(e.Index, String)
		rest := recordRest(xt)
		if v, ok := c.constValue(e.Index); ok {
			if s, ok := v.(string); ok {
				// the key is known: its type is the singleton, which tells
				// the generator which field it is
				c.prog.Types[e.Index] = SingletonOf(s)
				if f := xt.FieldByName(s); f != nil {
					if f.Optional && !assign {
						return Optional(f.Type)
					}
					return f.Type
				}
				if rest == nil {
					c.errorf(e.Index.Pos(), "undefined field '%s' in record '%s'", s, xt)
					return Invalid
				}
				if assign {
					return rest
				}
				return Optional(rest)
			}
		}
		if assign {
			c.unsupported(e.Pos(), "assignment to a record member with a non-constant key")
			return Invalid
		}
		var ms []*Type
		for _, f := range xt.Fields {
			ms = append(ms, f.Type)
		}
		if rest != nil {
			ms = append(ms, rest)
		}
		return Optional(Union(ms...))
	case KString:
		c.expr(e.Index, Int)
		if assign {
			c.errorf(e.Pos(), "cannot update a string member")
			return Invalid
		}
		return String
	}
	c.expr(e.Index, nil)
	if IsSubtype(xt, String) {
		return String
	}
	c.errorf(e.Pos(), "invalid operation: type '%s' does not support member access", xt)
	return Invalid
}
