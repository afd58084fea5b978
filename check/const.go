package check

import (
	"cmp"
	"math"

	"github.com/bal2go/bal2go/frontend"
)

// constValue evaluates a constant expression (literals, constants and
// simple operators on them). It returns int64, float64, bool, string or nil.
func (c *checker) constValue(e frontend.Expr) (any, bool) {
	if c.prog.Types[e] == Decimal {
		switch lit := e.(type) {
		case *frontend.IntLit, *frontend.FloatLit:
			if lit, ok := lit.(*frontend.IntLit); ok && (lit.Bad || lit.Value > math.MaxInt64) {
				return nil, false
			}
			if d, ok := c.decimalLiteralValue(lit); ok {
				return d, true
			}
			return nil, false
		}
	}
	v, ok := c.constValue1(e)
	if ok {
		if i, isInt := v.(int64); isInt && c.prog.Types[e] == Float {
			return float64(i), true
		}
	}
	return v, ok
}

func (c *checker) constValue1(e frontend.Expr) (any, bool) {
	switch e := e.(type) {
	case *frontend.IntLit:
		if e.Bad || e.Value > math.MaxInt64 {
			return nil, false
		}
		return int64(e.Value), true
	case *frontend.FloatLit:
		if e.Decimal {
			return c.decimalLiteralValue(e)
		}
		return e.Value, true
	case *frontend.StringLit:
		return e.Value, true
	case *frontend.BoolLit:
		return e.Value, true
	case *frontend.NilLit:
		return nil, true
	case *frontend.NameExpr:
		if e.Prefix != "" {
			sym := c.prog.Uses[e]
			if sym == nil {
				sym = libConst(langPrefixes[e.Prefix], e.Name) // not typed yet
			}
			if sym != nil && sym.Kind == SymConst && !sym.Structured {
				return sym.Const, true // a library constant: int:MAX_VALUE
			}
			return nil, false
		}
		sym := c.prog.Uses[e]
		if sym == nil {
			sym = c.sc.lookup(e.Name)
		}
		if sym != nil && sym.Kind == SymConst && sym.Type != nil && sym.Type.Kind != KInvalid && !sym.Structured {
			return sym.Const, true
		}
	case *frontend.ParenExpr:
		return c.constValue(e.X)
	case *frontend.CastExpr:
		return c.constCast(e)
	case *frontend.UnaryExpr:
		if lit, ok := e.X.(*frontend.IntLit); ok && e.Op == frontend.OpNeg && lit.Value == 1<<63 {
			return int64(math.MinInt64), true
		}
		v, ok := c.constValue(e.X)
		if !ok {
			return nil, false
		}
		switch e.Op {
		case frontend.OpNeg:
			switch v := v.(type) {
			case int64:
				if v == math.MinInt64 {
					return nil, false
				}
				return -v, true
			case float64:
				return -v, true
			case DecimalConst:
				return NegDecimal(v), true
			}
		case frontend.OpPlus:
			switch v.(type) {
			case int64, float64, DecimalConst:
				return v, true
			}
		case frontend.OpNot:
			if b, ok := v.(bool); ok {
				return !b, true
			}
		case frontend.OpBitNot:
			if i, ok := v.(int64); ok {
				return ^i, true
			}
		}
	case *frontend.BinaryExpr:
		if r, done := c.constFolded[e]; done {
			return r.v, r.ok
		}
		x, ok1 := c.constValue(e.X)
		y, ok2 := c.constValue(e.Y)
		if !ok1 || !ok2 {
			return nil, false
		}
		if v, msg := foldBinary(e.Op, x, y); msg == "" && v != nil {
			return v, true
		}
	}
	return nil, false
}

// constCast evaluates <T>x on a constant x: the value itself when it
// belongs to T, else converted to the numeric type T allows (int to float,
// float to int rounding ties to even, as at run time). A cast that would
// panic is not a constant operation.
func (c *checker) constCast(e *frontend.CastExpr) (any, bool) {
	v, ok := c.constValue(e.X)
	t := c.prog.Types[e]
	if !ok || t == nil {
		return nil, false
	}
	switch {
	case IsSubtype(constType(v), t):
		return v, true
	case IsSubtype(Float, t):
		if i, isInt := v.(int64); isInt {
			return float64(i), true
		}
	case IsSubtype(Int, t):
		f, isFloat := v.(float64)
		if isFloat && f < 9223372036854775807.5 && f > -9223372036854775807.6 {
			return int64(math.RoundToEven(f)), true
		}
	}
	return nil, false
}

// constType is the type of a constant value: its singleton, or () for nil.
func constType(v any) *Type {
	if v == nil {
		return Nil
	}
	return SingletonOf(v)
}

// structuredConst checks a list or mapping constant. Its members are
// constant expressions and its value is read-only (a structured constant's
// type is a read-only type); the module's initialization builds it once,
// before the module variables (Program.StructConsts).
func (c *checker) structuredConst(sym *Symbol, d *frontend.ConstDecl, want *Type) {
	if want != nil {
		want = ReadOnlyOf(want)
	}
	t := c.expr(d.Value, want)
	if t.Kind == KInvalid {
		sym.Type = Invalid
		return
	}
	if pos, ok := c.constMembers(d.Value); !ok {
		c.errorf(pos, "expression is not a constant expression")
		sym.Type = Invalid
		return
	}
	sym.Type = ReadOnlyOf(t)
	sym.Structured = true
	c.prog.StructConsts = append(c.prog.StructConsts, d)
}

// constMembers reports whether the members of a list or mapping constructor
// are constant expressions, and if not, where the first one that is not is.
func (c *checker) constMembers(e frontend.Expr) (frontend.Pos, bool) {
	switch x := frontend.Unparen(e).(type) {
	case *frontend.ListExpr:
		for _, m := range x.Elems {
			if pos, ok := c.constMembers(m); !ok {
				return pos, false
			}
		}
		return e.Pos(), true
	case *frontend.MappingExpr:
		for _, f := range x.Fields {
			switch {
			case f.Spread != nil:
				return f.Spread.Pos(), false
			case f.Computed != nil:
				return f.Computed.Pos(), false
			case f.Value == nil:
				if sym := c.prog.Shorthands[f]; sym == nil || sym.Kind != SymConst {
					return f.Pos(), false
				}
			default:
				if pos, ok := c.constMembers(f.Value); !ok {
					return pos, false
				}
			}
		}
		return e.Pos(), true
	case *frontend.NameExpr:
		if sym := c.prog.Uses[x]; sym != nil && sym.Kind == SymConst && sym.Structured {
			return e.Pos(), true
		}
	}
	if _, ok := c.constValue(e); ok {
		return e.Pos(), true
	}
	return e.Pos(), false
}

// foldResult is the recorded constant value of a checked binary expression.
type foldResult struct {
	v  any
	ok bool
}

// Messages of a constant expression whose evaluation would panic; the
// wording is jBallerina's for constant evaluation (ConstantNegativeTest:
// "'int' range overflow", "invalid constant expression, reason '/ by zero'").
const (
	msgIntOverflow = "'int' range overflow"
	msgDivByZero   = "invalid constant expression, reason '/ by zero'"
)

// foldBinary evaluates x op y on constant operands. It returns the value, or
// nil and a message when the evaluation would panic at run time, or nil and
// "" when the operation is not a constant operation on these operands.
func foldBinary(op frontend.Op, x, y any) (any, string) {
	switch a := x.(type) {
	case int64:
		b, ok := y.(int64)
		if !ok {
			return nil, ""
		}
		return foldInt(op, a, b)
	case float64:
		b, ok := y.(float64)
		if !ok {
			return nil, ""
		}
		switch op {
		case frontend.OpAdd:
			return a + b, ""
		case frontend.OpSub:
			return a - b, ""
		case frontend.OpMul:
			return a * b, ""
		case frontend.OpDiv:
			return a / b, ""
		case frontend.OpMod:
			return math.Mod(a, b), ""
		case frontend.OpEq, frontend.OpNe:
			if math.IsNaN(a) || math.IsNaN(b) {
				return nil, "" // NaN equality is not what Go's == says
			}
		}
		return foldCompare(op, a, b)
	case string:
		b, ok := y.(string)
		if !ok {
			return nil, ""
		}
		if op == frontend.OpAdd {
			return a + b, ""
		}
		return foldCompare(op, a, b)
	case bool:
		b, ok := y.(bool)
		if !ok {
			return nil, ""
		}
		switch op {
		case frontend.OpAndAnd:
			return a && b, ""
		case frontend.OpOrOr:
			return a || b, ""
		case frontend.OpEq, frontend.OpNe:
			return (a == b) == (op == frontend.OpEq), ""
		case frontend.OpLt:
			return !a && b, ""
		case frontend.OpLe:
			return !a || b, ""
		case frontend.OpGt:
			return a && !b, ""
		case frontend.OpGe:
			return a || !b, ""
		}
	}
	return nil, ""
}

// foldInt evaluates a op b on ints with Ballerina's checked arithmetic.
func foldInt(op frontend.Op, a, b int64) (any, string) {
	switch op {
	case frontend.OpAdd:
		if r := a + b; (r > a) == (b > 0) {
			return r, ""
		}
		return nil, msgIntOverflow
	case frontend.OpSub:
		if r := a - b; (r < a) == (b > 0) {
			return r, ""
		}
		return nil, msgIntOverflow
	case frontend.OpMul:
		if a == 0 || b == 0 {
			return int64(0), ""
		}
		r := a * b
		if r/b == a && !(a == -1 && b == math.MinInt64) && !(b == -1 && a == math.MinInt64) {
			return r, ""
		}
		return nil, msgIntOverflow
	case frontend.OpDiv:
		if b == 0 {
			return nil, msgDivByZero
		}
		if a == math.MinInt64 && b == -1 {
			return nil, msgIntOverflow
		}
		return a / b, ""
	case frontend.OpMod:
		if b == 0 {
			return nil, msgDivByZero
		}
		if b == -1 {
			return int64(0), ""
		}
		return a % b, ""
	case frontend.OpAnd:
		return a & b, ""
	case frontend.OpOr:
		return a | b, ""
	case frontend.OpXor:
		return a ^ b, ""
	case frontend.OpShl:
		return a << (uint64(b) & 63), ""
	case frontend.OpShr:
		return a >> (uint64(b) & 63), ""
	case frontend.OpUshr:
		return int64(uint64(a) >> (uint64(b) & 63)), ""
	}
	return foldCompare(op, a, b)
}

// foldCompare evaluates a relational or equality operator on two ordered
// constants; any other operator is not a constant operation on them.
func foldCompare[T cmp.Ordered](op frontend.Op, a, b T) (any, string) {
	switch op {
	case frontend.OpLt:
		return a < b, ""
	case frontend.OpLe:
		return a <= b, ""
	case frontend.OpGt:
		return a > b, ""
	case frontend.OpGe:
		return a >= b, ""
	case frontend.OpEq, frontend.OpNe:
		return (a == b) == (op == frontend.OpEq), ""
	}
	return nil, ""
}
