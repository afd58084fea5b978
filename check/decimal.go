package check

import (
	"strconv"
	"strings"

	"github.com/bal2go/bal2go/frontend"
)

// DecimalConst is the value of a decimal constant: the text of the literal that
// denotes it (1.50, 1e3, -2), without the d suffix. The checker does no decimal
// arithmetic: the runtime reads the text (rt.DecimalOf) with decimal128's rules, so
// the text keeps the precision the value has (1.50 is not 1.5 for === and
// toString). Constant expressions with decimal operators are left to a later
// version (see decimalNotConstant).
type DecimalConst string

// decimalLiteral is the constant of a floating-point or int literal typed decimal,
// or "" and false (reported) when it lies beyond decimal's range.
func (c *checker) decimalLiteral(e frontend.Expr) (DecimalConst, bool) {
	text := decimalText(e)
	if decimalAdjustedExponent(text) > decimalMaxExponent {
		c.errorf(e.Pos(), "'%s' is out of range for 'decimal'", rawLiteral(e))
		return "", false
	}
	return DecimalConst(text), true
}

// DecimalLiteral is the constant an int or floating-point literal typed decimal
// denotes (its text).
func DecimalLiteral(e frontend.Expr) DecimalConst { return DecimalConst(decimalText(e)) }

// decimalText is the text of the decimal a literal denotes.
func decimalText(e frontend.Expr) string {
	switch e := e.(type) {
	case *frontend.IntLit:
		return strconv.FormatUint(e.Value, 10) // a hex literal by its value
	case *frontend.FloatLit:
		return strings.TrimRight(strings.ToLower(e.Raw), "fd")
	}
	return ""
}

func rawLiteral(e frontend.Expr) string {
	switch e := e.(type) {
	case *frontend.IntLit:
		return e.Raw
	case *frontend.FloatLit:
		return e.Raw
	}
	return ""
}

// decimalLitType types a numeric literal as decimal: Decimal, or Invalid when its
// value lies beyond decimal's range.
func (c *checker) decimalLitType(e frontend.Expr) *Type {
	if _, ok := c.decimalLiteral(e); !ok {
		return Invalid
	}
	return Decimal
}

// decimalMaxExponent is the largest adjusted exponent of a decimal (decimal128:
// 9.999999999999999999999999999999999E+6144); the runtime's context has the same.
const decimalMaxExponent = 6144

// decimalAdjustedExponent is the exponent of the first significant digit of the
// number text denotes (digits, an optional fraction, an optional exponent): 2 for
// 123.4, -3 for 0.00150, 3 for 1e3; the smallest int for 0.
func decimalAdjustedExponent(text string) int64 {
	mant, exp := text, int64(0)
	if i := strings.IndexByte(text, 'e'); i >= 0 {
		mant = text[:i]
		e, err := strconv.ParseInt(text[i+1:], 10, 64)
		if err != nil {
			if strings.HasPrefix(text[i+1:], "-") {
				return -1 << 62
			}
			return 1 << 62
		}
		exp = e
	}
	intPart, frac, _ := strings.Cut(mant, ".")
	digits := strings.TrimLeft(intPart+frac, "0")
	if digits == "" {
		return -1 << 62
	}
	return exp - int64(len(frac)) + int64(len(digits)) - 1
}

// NegDecimal is the constant -v.
func NegDecimal(v DecimalConst) DecimalConst {
	if s, ok := strings.CutPrefix(string(v), "-"); ok {
		return DecimalConst(s)
	}
	return "-" + v
}

// wantsDecimal reports whether a numeric literal where want is expected is a
// decimal literal: want is decimal, or a union with decimal but neither int nor
// float (spec, "Numeric literals": a literal takes the numeric type its context
// expects).
func wantsDecimal(want *Type) bool {
	if want == nil {
		return false
	}
	if Basic(want).Kind == KDecimal {
		return true
	}
	if want.Kind == KUnion {
		hasOther, hasDecimal := false, false
		for _, m := range want.Members {
			switch Basic(m).Kind {
			case KInt, KFloat, KAny, KAnydata, KJSON:
				hasOther = true
			case KDecimal:
				hasDecimal = true
			}
		}
		return hasDecimal && !hasOther
	}
	return false
}

// isNumericLiteral reports whether e is a numeric literal that its context may type
// (an int literal, or a floating-point literal without a suffix), or one negated.
func isNumericLiteral(e frontend.Expr) bool {
	switch e := frontend.Unparen(e).(type) {
	case *frontend.IntLit:
		return true
	case *frontend.FloatLit:
		return !strings.ContainsAny(e.Raw, "fFdD")
	case *frontend.UnaryExpr:
		return (e.Op == frontend.OpNeg || e.Op == frontend.OpPlus) && isNumericLiteral(e.X)
	}
	return false
}

// decimalLiteralValue is the constant of a literal typed decimal (its range was
// checked when it was typed).
func (c *checker) decimalLiteralValue(e frontend.Expr) (any, bool) {
	if decimalAdjustedExponent(decimalText(e)) > decimalMaxExponent {
		return nil, false
	}
	return DecimalConst(decimalText(e)), true
}
