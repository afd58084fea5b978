package check

import "github.com/bal2go/bal2go/frontend"

// condValue reports whether the condition e is known at compile time and,
// if so, its value. It mirrors what jBallerina's reachability analysis treats
// as constant (ConditionResolver.checkConstCondition): a boolean literal, a
// constant or variable whose (possibly narrowed) type is the singleton true
// or false, a type test that always holds because the operand's static type
// is a subtype of the tested type, and !, &&, ||, == and != combining those
// (== and != on operands of singleton type). Other operators do not fold:
// jBallerina accepts `if 0 > 1 { return; }` (send-receive-failure-type.bal),
// so a relational or arithmetic condition never makes code unreachable.
// It must be called after e was checked.
func (c *checker) condValue(e frontend.Expr) (value, known bool) {
	switch e := frontend.Unparen(e).(type) {
	case *frontend.BoolLit:
		return e.Value, true
	case *frontend.NameExpr:
		if v, ok := c.singletonValue(e); ok {
			b, isBool := v.(bool)
			return b, isBool
		}
	case *frontend.TypeTestExpr:
		xt, tt := c.prog.Types[e.X], c.prog.TypeOf[e.Type]
		if hasInvalid(xt) || hasInvalid(tt) {
			return false, false
		}
		if IsSubtype(xt, tt) {
			return !e.Not, true
		}
	case *frontend.UnaryExpr:
		if e.Op == frontend.OpNot {
			v, ok := c.condValue(e.X)
			return !v, ok
		}
	case *frontend.BinaryExpr:
		switch e.Op {
		case frontend.OpAndAnd:
			x, okx := c.condValue(e.X)
			y, oky := c.condValue(e.Y)
			if (okx && !x) || (oky && !y) {
				return false, true
			}
			return true, okx && oky
		case frontend.OpOrOr:
			x, okx := c.condValue(e.X)
			y, oky := c.condValue(e.Y)
			if (okx && x) || (oky && y) {
				return true, true
			}
			return false, okx && oky
		case frontend.OpEq, frontend.OpNe:
			x, okx := c.singletonValue(e.X)
			y, oky := c.singletonValue(e.Y)
			if !okx || !oky {
				return false, false
			}
			return (x == y) == (e.Op == frontend.OpEq), true
		}
	}
	return false, false
}

// singletonValue is the value of e when it is a literal or a name whose
// type is a singleton (a constant, or a variable declared or narrowed to
// one), or a condition known at compile time.
func (c *checker) singletonValue(e frontend.Expr) (any, bool) {
	switch e := frontend.Unparen(e).(type) {
	case *frontend.IntLit, *frontend.FloatLit, *frontend.StringLit, *frontend.BoolLit, *frontend.NilLit:
		return c.constValue(e)
	case *frontend.NameExpr:
		if sym := c.prog.Uses[e]; sym != nil && sym.Kind == SymConst {
			return c.constValue(e)
		}
		if t := c.prog.Types[e]; t != nil && t.Kind == KSingleton {
			return t.Value, true
		}
		return nil, false
	}
	if b, ok := c.condValue(e); ok {
		return b, true
	}
	return nil, false
}

// unreachableBlock reports the first statement of a block that can never
// run (the body of an if or while whose condition is always false, the else
// of an if whose condition is always true), where jBallerina reports it.
func (c *checker) unreachableBlock(s frontend.Stmt) {
	switch s := s.(type) {
	case *frontend.Block:
		if len(s.Stmts) > 0 {
			c.errorf(s.Stmts[0].Pos(), "unreachable code")
		}
	case *frontend.IfStmt:
		c.unreachableBlock(s.Then) // else if: its body is what cannot run
	}
}
