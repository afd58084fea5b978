package codegen

import (
	"github.com/bal2go/bal2go/frontend"
	"github.com/dave/jennifer/jen"
)

// Go's operator precedence (The Go Programming Language Specification,
// "Operator precedence"): five binary levels, all left-associative, below
// the unary operators, below primary expressions (names, literals, calls,
// selectors, index and type assertions).
const (
	goPrecOrOr    = 1 // ||
	goPrecAndAnd  = 2 // &&
	goPrecCmp     = 3 // == != < <= > >=
	goPrecAdd     = 4 // + - | ^
	goPrecMul     = 5 // * / % << >> & &^
	goPrecUnary   = 6 // + - ! ^ * & <-
	goPrecPrimary = 7
)

// goOp is a Go operator: its text and precedence.
type goOp struct {
	text string
	prec int
}

// goOps spells in Go the Ballerina operators that Go's operator of the same
// meaning implements on their Go representation (int64, float64, string,
// bool) when the generator uses it: int arithmetic and shifts, and float
// / and %, are rt calls instead (see arithFuncs).
var goOps = map[frontend.Op]goOp{
	frontend.OpOrOr:   {"||", goPrecOrOr},
	frontend.OpAndAnd: {"&&", goPrecAndAnd},
	frontend.OpEq:     {"==", goPrecCmp},
	frontend.OpNe:     {"!=", goPrecCmp},
	frontend.OpLt:     {"<", goPrecCmp},
	frontend.OpLe:     {"<=", goPrecCmp},
	frontend.OpGt:     {">", goPrecCmp},
	frontend.OpGe:     {">=", goPrecCmp},
	frontend.OpAdd:    {"+", goPrecAdd},
	frontend.OpSub:    {"-", goPrecAdd},
	frontend.OpOr:     {"|", goPrecAdd},
	frontend.OpXor:    {"^", goPrecAdd},
	frontend.OpMul:    {"*", goPrecMul},
	frontend.OpDiv:    {"/", goPrecMul},
	frontend.OpMod:    {"%", goPrecMul},
	frontend.OpAnd:    {"&", goPrecMul},
	frontend.OpNeg:    {"-", goPrecUnary},
	frontend.OpNot:    {"!", goPrecUnary},
	frontend.OpBitNot: {"^", goPrecUnary},
}

// arithFuncs names the rt functions that implement Ballerina arithmetic
// where Go's operators differ: int operations panic on overflow and
// division by zero and shift counts are taken modulo 64; float / and %
// follow IEEE 754 where Go's constant folding would not, and + - * on two
// constants must round each step to float64 (Go folds them exactly);
// decimal values (rt.Decimal) have no Go operators at all.
var arithFuncs = map[frontend.Op]struct{ int, float, decimal string }{
	frontend.OpAdd:  {"AddInt", "AddFloat", "AddDecimal"},
	frontend.OpSub:  {"SubInt", "SubFloat", "SubDecimal"},
	frontend.OpMul:  {"MulInt", "MulFloat", "MulDecimal"},
	frontend.OpDiv:  {"DivInt", "DivFloat", "DivDecimal"},
	frontend.OpMod:  {"ModInt", "ModFloat", "ModDecimal"},
	frontend.OpShl:  {"ShlInt", "", ""},
	frontend.OpShr:  {"ShrInt", "", ""},
	frontend.OpUshr: {"UshrInt", "", ""},
}

// goBinary emits x op y with the Go operator of op (see goOps). An operand
// gets parentheses only where Go's precedence needs them: a left operand
// that binds looser than op, a right one that does not bind tighter (Go's
// operators are left-associative, and a - (b - c) or a float
// a + (b + c) must keep its grouping).
//
// The code is recorded as an operator expression of op's precedence, so
// that an enclosing operator can tell. Any code not recorded is taken as
// a primary expression: every operator expression the generator emits
// goes through goBinary or goUnary. (Int arithmetic is an rt call, a
// primary expression whose arguments need no parentheses.)
func (g *gen) goBinary(x jen.Code, op frontend.Op, y jen.Code) jen.Code {
	o := goOps[op]
	c := jen.Add(g.goOperand(x, o.prec)).Op(o.text).Add(g.goOperand(y, o.prec+1))
	g.goPrec[c] = o.prec
	return c
}

// goUnary emits op x with the Go operator of op; x gets parentheses if it
// is a binary operator expression.
func (g *gen) goUnary(op frontend.Op, x jen.Code) jen.Code {
	c := jen.Op(goOps[op].text).Add(g.goOperand(x, goPrecUnary))
	g.goPrec[c] = goPrecUnary
	return c
}

// goOperand puts code in parentheses when it is an operator expression
// that binds looser than min.
func (g *gen) goOperand(code jen.Code, min int) jen.Code {
	if p, ok := g.goPrec[code]; ok && p < min {
		return jen.Parens(code)
	}
	return code
}
