package rt

import (
	"math"
	"strconv"

	"github.com/cockroachdb/apd/v3"
)

// Decimal is a Ballerina decimal value: a decimal floating-point number of the
// IEEE 754-2008 decimal128 format without NaN, infinities, negative zero and
// subnormals (spec, "Decimal"; ANSI X3.274). The arithmetic is apd's, under
// DecimalContext.
//
// A Decimal is immutable: every operation returns a new value, so values are
// shared freely between strands. Its zero value is 0. Go's == on two Decimals
// compares references, not numbers: compare with DecimalEqual (==),
// DecimalSame (===) and DecimalCmp.
type Decimal struct {
	d *apd.Decimal // never modified once the Decimal is made; nil is 0
}

// DecimalContext is the context of every decimal operation: decimal128's 34
// significant digits and exponent range (adjusted exponents -6143 to 6144),
// rounding half to even (spec, "Decimal"). Results below the smallest normal
// magnitude become 0 (X3.274 has no subnormals); overflow, division by zero and
// undefined results are trapped and panic (see decimalPanic).
var DecimalContext = apd.Context{
	Precision:   34,
	MaxExponent: 6144,
	MinExponent: -6143,
	Rounding:    apd.RoundHalfEven,
	Traps: apd.Overflow | apd.SystemOverflow | apd.SystemUnderflow | apd.DivisionByZero |
		apd.DivisionUndefined | apd.DivisionImpossible | apd.InvalidOperation,
}

// The panics of decimal operations, with jBallerina's reasons and messages
// (ErrorReasons, MessagesBundle: decimal.value.out.of.range, unsupported.decimal.value).
const (
	reasonDecimal     = "{ballerina}UnsupportedDecimalError"
	msgDecimalRange   = "decimal range overflow"
	msgDecimalResult  = "decimal operation resulting in unsupported decimal value '"
	decimalMaxLiteral = 1 << 20 // longest decimal text parsed (fromString)
)

var decZero apd.Decimal

func (x Decimal) val() *apd.Decimal {
	if x.d == nil {
		return &decZero
	}
	return x.d
}

// decimalResult makes the result of an operation into a Decimal: a subnormal
// result is 0, a negative zero is 0, and a trapped condition panics.
func decimalResult(d *apd.Decimal, cond apd.Condition, x, y *apd.Decimal) Decimal {
	if cond&DecimalContext.Traps != 0 {
		decimalPanic(cond, x, y)
	}
	if !d.IsZero() && d.Exponent+int32(d.NumDigits())-1 < DecimalContext.MinExponent {
		d.Set(&decZero)
	}
	if d.IsZero() {
		d.Negative = false
	}
	return Decimal{d}
}

//go:noinline
func decimalPanic(cond apd.Condition, x, y *apd.Decimal) {
	shown := "NaN"
	switch {
	case cond&(apd.Overflow|apd.SystemOverflow) != 0:
		Panic(newLangError(reasonOverflow, msgDecimalRange))
	case cond&apd.DivisionByZero != 0:
		shown = "Infinity" // x / 0 with x not 0: its sign is the quotient's
		if x.Negative != (y != nil && y.Negative) {
			shown = "-Infinity"
		}
	}
	Panic(newLangError(reasonDecimal, msgDecimalResult+shown+"'"))
}

// DecimalOf returns the decimal written s (a decimal literal without its suffix, or
// the text of a constant), rounded to 34 digits. The generator only passes text it
// has checked; other text panics.
func DecimalOf(s string) Decimal {
	d, ok := parseDecimal(s)
	if !ok {
		panic("rt.DecimalOf: not a decimal: " + s)
	}
	return d
}

// parseDecimal parses a decimal number (an optional sign, digits with an optional
// fraction and exponent); false if s is not one. A value beyond the decimal range
// panics with {ballerina}NumberOverflow.
func parseDecimal(s string) (Decimal, bool) {
	if s == "" || len(s) > decimalMaxLiteral {
		return Decimal{}, false
	}
	digits := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			digits = true
		case c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-':
		default:
			return Decimal{}, false // apd would accept NaN, Infinity and such
		}
	}
	if !digits {
		return Decimal{}, false
	}
	d := new(apd.Decimal)
	c := DecimalContext
	c.Traps = 0 // conditions come back in cond (an error drops them)
	if _, cond, err := c.SetString(d, s); err == nil {
		return decimalResult(d, cond, d, nil), true
	}
	return Decimal{}, false // not a number, or an exponent beyond any range
}

// DecimalFromInt is <decimal>i. jBallerina gives the result one fraction digit
// (DecimalValue.valueOf(long): 12 becomes 12.0).
func DecimalFromInt(i int64) Decimal {
	d := apd.New(i, 0)
	d.Coeff.Mul(&d.Coeff, apd.NewBigInt(10))
	d.Exponent = -1
	return decimalResult(d, 0, d, nil)
}

// DecimalFromFloat is <decimal>f: the decimal of the shortest text of f as Java's
// Double.toString writes it (jBallerina: BigDecimal.valueOf(double)), so 0.1 is 0.1
// and 5.0 is 5.0. NaN and infinities panic.
func DecimalFromFloat(f float64) Decimal {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		shown := "NaN"
		switch {
		case math.IsInf(f, 1):
			shown = "Infinity"
		case math.IsInf(f, -1):
			shown = "-Infinity"
		}
		Panic(newLangError(reasonDecimal, msgDecimalResult+shown+"'"))
	}
	return DecimalOf(javaDoubleString(f))
}

// javaDoubleString is Java's Double.toString(f) for a finite f: the shortest digits
// that read back as f, with at least one digit after the point, in plain form when
// 1e-3 <= |f| < 1e7 and as d.dddE±n otherwise.
func javaDoubleString(f float64) string {
	var tmp [32]byte
	e := strconv.AppendFloat(tmp[:0], math.Abs(f), 'e', -1, 64)
	digits, exp := splitExp(e)
	var out []byte
	if f < 0 || (f == 0 && math.Signbit(f)) {
		out = append(out, '-')
	}
	a := math.Abs(f)
	switch {
	case a == 0 || (a >= 1e-3 && a < 1e7):
		if exp < 0 {
			out = append(out, "0."...)
			for i := 0; i < -exp-1; i++ {
				out = append(out, '0')
			}
			out = append(out, digits...)
			break
		}
		for i := 0; i <= exp; i++ {
			if i < len(digits) {
				out = append(out, digits[i])
			} else {
				out = append(out, '0')
			}
		}
		out = append(out, '.')
		if len(digits) > exp+1 {
			out = append(out, digits[exp+1:]...)
		} else {
			out = append(out, '0')
		}
	default:
		out = append(out, digits[0], '.')
		if len(digits) > 1 {
			out = append(out, digits[1:]...)
		} else {
			out = append(out, '0')
		}
		out = append(out, 'E')
		out = strconv.AppendInt(out, int64(exp), 10)
	}
	return string(out)
}

// DecimalToInt is <int>d: d rounded to the nearest integer, ties to even. A result
// outside the int range panics with {ballerina}NumberConversionError.
func DecimalToInt(x Decimal) int64 {
	var r apd.Decimal
	c := DecimalContext
	c.Traps = 0
	_, _ = c.Quantize(&r, x.val(), 0)
	if r.Form == apd.Finite {
		if i, err := r.Int64(); err == nil {
			return i
		}
	}
	Panic(newLangError(reasonNumConvert, "'decimal' value '"+x.String()+"' cannot be converted to 'int'"))
	return 0
}

// DecimalToFloat is <float>d: the float nearest to d (0 or ±Inf when out of range).
func DecimalToFloat(x Decimal) float64 {
	f, err := strconv.ParseFloat(x.val().String(), 64)
	if err != nil && !math.IsInf(f, 0) && f != 0 {
		panic("rt.DecimalToFloat: " + err.Error())
	}
	return f
}

// AddDecimal is a + b.
func AddDecimal(a, b Decimal) Decimal {
	d := new(apd.Decimal)
	cond, _ := DecimalContext.Add(d, a.val(), b.val())
	return decimalResult(d, cond, a.val(), b.val())
}

// SubDecimal is a - b.
func SubDecimal(a, b Decimal) Decimal {
	d := new(apd.Decimal)
	cond, _ := DecimalContext.Sub(d, a.val(), b.val())
	return decimalResult(d, cond, a.val(), b.val())
}

// MulDecimal is a * b.
func MulDecimal(a, b Decimal) Decimal {
	d := new(apd.Decimal)
	cond, _ := DecimalContext.Mul(d, a.val(), b.val())
	return decimalResult(d, cond, a.val(), b.val())
}

// DivDecimal is a / b, rounded to 34 digits. b == 0 panics with
// {ballerina}UnsupportedDecimalError (the result would be an infinity or NaN).
func DivDecimal(a, b Decimal) Decimal {
	x, y := a.val(), b.val()
	d := new(apd.Decimal)
	cond, _ := DecimalContext.Quo(d, x, y)
	if cond&(apd.Inexact|DecimalContext.Traps) == 0 {
		// An exact quotient has the exponent closest to the ideal one, the
		// dividend's less the divisor's (GDA "divide"; Java's BigDecimal.divide):
		// 1/1000000000 is 1E-9, where apd keeps all 34 digits.
		if ideal := x.Exponent - y.Exponent; d.Exponent < ideal {
			r := new(apd.Decimal)
			r.Reduce(d)
			if r.Exponent > ideal {
				_, _ = DecimalContext.Quantize(r, r, ideal)
			}
			d = r
		}
	}
	return decimalResult(d, cond, x, y)
}

// ModDecimal is a % b, the remainder of the division truncated toward zero, with
// the sign of a. b == 0 panics as DivDecimal does (NaN).
func ModDecimal(a, b Decimal) Decimal {
	d := new(apd.Decimal)
	cond, _ := DecimalContext.Rem(d, a.val(), b.val())
	if cond&apd.DivisionByZero != 0 {
		cond = apd.InvalidOperation // x % 0 is NaN, not an infinity
	}
	return decimalResult(d, cond, a.val(), b.val())
}

// NegDecimal is -a (the negation of 0 is 0).
func NegDecimal(a Decimal) Decimal {
	d := new(apd.Decimal)
	d.Neg(a.val())
	return decimalResult(d, 0, d, nil)
}

// DecimalCmp compares a and b as numbers: -1, 0 or +1 (1.0 and 1.00 are equal).
func DecimalCmp(a, b Decimal) int { return a.val().Cmp(b.val()) }

// DecimalEqual is == on decimals: numeric equality, 1.0 == 1.00.
func DecimalEqual(a, b Decimal) bool { return DecimalCmp(a, b) == 0 }

// DecimalSame is === on decimals: the same number with the same exponent
// (jBallerina: BigDecimal.equals), so 1.0 === 1.00 is false and 1000d === 1E3d is false.
func DecimalSame(a, b Decimal) bool {
	x, y := a.val(), b.val()
	return x.Cmp(y) == 0 && x.Exponent == y.Exponent
}

// String is value:toString of the decimal: the to-scientific-string of the General
// Decimal Arithmetic specification, as Java's BigDecimal.toString (which jBallerina
// uses) writes it: 1.50, 1E+3 (1e3d), 1E-9, 0.0001, 1E-7, 0E-7.
func (x Decimal) String() string {
	d := x.val()
	if d.IsZero() && d.Exponent < -6 {
		// apd writes such a zero in plain form (0.0000000), GDA as 0E-7
		return "0E" + strconv.Itoa(int(d.Exponent))
	}
	return d.String()
}

// DecimalToString is value:toString on a decimal.
func DecimalToString(x Decimal) string { return x.String() }

// Apd returns the apd form of x, for Go code that works on decimals with apd: a new
// value, which the caller may modify.
func (x Decimal) Apd() *apd.Decimal { return new(apd.Decimal).Set(x.val()) }
