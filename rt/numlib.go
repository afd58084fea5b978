package rt

import (
	"math"
	"strconv"
	"strings"
)

// The lang.int and lang.float functions beyond arithmetic: averages, signs,
// hexadecimal and bit conversions, fixed and scientific notation, in
// jBallerina's formats and error messages.

const reasonFractionDigits = "{ballerina/lang.float}InvalidFractionDigits"

// IntAvg is int:avg: the mean of n and ns as a decimal (exact sum, then one
// decimal division).
func IntAvg(n int64, ns ...int64) Decimal {
	sum := DecimalFromInt(n)
	for _, x := range ns {
		sum = AddDecimal(sum, DecimalFromInt(x))
	}
	return DivDecimal(sum, DecimalFromInt(int64(len(ns)+1)))
}

// IntSignum is int:signum: -1, 0 or 1.
func IntSignum(n int64) int64 {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

// IntFromHexString is int:fromHexString: an optional sign and hexadecimal
// digits (either case, no 0x), as Java's Long.parseLong(s, 16); otherwise an
// error {ballerina/lang.int}NumberParsingError with Java's message.
func IntFromHexString(s string) any {
	digits := s
	if digits != "" && (digits[0] == '+' || digits[0] == '-') {
		digits = digits[1:]
	}
	ok := digits != ""
	for i := 0; ok && i < len(digits); i++ {
		c := digits[i]
		ok = '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
	}
	if ok {
		if n, err := strconv.ParseInt(s, 16, 64); err == nil {
			return n
		}
	}
	return newLangError(reasonIntParsing, `For input string: "`+s+`" under radix 16`)
}

// DecimalAvg is decimal:avg: the mean of x and xs.
func DecimalAvg(x Decimal, xs ...Decimal) Decimal {
	sum := SumDecimal(append([]Decimal{x}, xs...)...)
	return DivDecimal(sum, DecimalFromInt(int64(len(xs)+1)))
}

// FloatAvg is float:avg: the mean of xs, NaN when there are none.
func FloatAvg(xs ...float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	return SumFloat(xs...) / float64(len(xs))
}

// FloatToBitsInt is float:toBitsInt: the IEEE 754 bits, every NaN as the one
// canonical NaN (Java's doubleToLongBits).
func FloatToBitsInt(x float64) int64 {
	if x != x {
		return 0x7ff8000000000000
	}
	return int64(math.Float64bits(x))
}

// FloatFromBitsInt is float:fromBitsInt.
func FloatFromBitsInt(n int64) float64 { return math.Float64frombits(uint64(n)) }

// FloatToHexString is float:toHexString, in Java's Double.toHexString form:
// -0x1.47d97f62b6ae8p3, 0x0.0p0, subnormals 0x0.xxxp-1022; NaN, Infinity and
// -Infinity as value:toString prints them.
func FloatToHexString(x float64) string {
	if x != x || math.IsInf(x, 0) {
		return FloatToString(x)
	}
	b := math.Float64bits(x)
	var sb strings.Builder
	if b>>63 != 0 {
		sb.WriteByte('-')
	}
	exp := int(b>>52) & 0x7ff
	mant := b & (1<<52 - 1)
	switch {
	case exp == 0 && mant == 0:
		sb.WriteString("0x0.0p0")
		return sb.String()
	case exp == 0:
		sb.WriteString("0x0.")
		exp = -1022
	default:
		sb.WriteString("0x1.")
		exp -= 1023
	}
	hex := strconv.FormatUint(mant|1<<52, 16)[1:] // 13 digits
	hex = strings.TrimRight(hex, "0")
	if hex == "" {
		hex = "0"
	}
	sb.WriteString(hex)
	sb.WriteByte('p')
	sb.WriteString(strconv.Itoa(exp))
	return sb.String()
}

// FloatFromHexString is float:fromHexString: an optional sign and a
// hexadecimal floating-point literal (0x, hex digits with an optional point,
// a binary exponent), NaN or Infinity; otherwise an error
// {ballerina/lang.float}NumberParsingError "invalid hex string: 's'".
func FloatFromHexString(s string) any {
	body, neg := s, false
	if body != "" && (body[0] == '+' || body[0] == '-') {
		neg = body[0] == '-'
		body = body[1:]
	}
	var f float64
	ok := true
	switch {
	case body == "Infinity":
		f = math.Inf(1)
	case s == "NaN": // unsigned, as the spec writes it
		f = math.NaN()
	case len(body) > 2 && (body[:2] == "0x" || body[:2] == "0X") && !strings.ContainsAny(body, "_+"):
		v, err := strconv.ParseFloat(body, 64)
		f, ok = v, err == nil
	default:
		ok = false
	}
	if !ok {
		return newLangError(reasonFloatParsing, "invalid hex string: '"+s+"'")
	}
	if neg {
		f = -f
	}
	return f
}

// panicFractionDigits is the panic of toFixedString and toExpString given a
// negative number of fraction digits.
func panicFractionDigits() {
	Panic(newLangError(reasonFractionDigits, "fraction digits cannot be less than 0"))
}

// javaDecimal returns x as Java's BigDecimal.valueOf(x) holds it: the digits of
// Double.toString(x) as an unscaled value and its scale (value = digits ×
// 10^-scale). Double.toString writes plain notation for 1e-3 ≤ |x| < 1e7 and
// d.dddE±n otherwise, with at least one digit after the point either way.
func javaDecimal(x float64) (digits string, scale int) {
	if x == 0 {
		return "0", 1 // "0.0"
	}
	var tmp [32]byte
	d, e := splitExp(strconv.AppendFloat(tmp[:0], math.Abs(x), 'e', -1, 64))
	ax := math.Abs(x)
	frac := len(d) - 1 // digits after the point of d.ddd
	if ax >= 1e-3 && ax < 1e7 {
		scale = max(1, frac-e)
	} else {
		scale = max(1, frac) - e
	}
	// pad the shortest digits with the zeros the written form has
	digits = string(d) + strings.Repeat("0", max(0, scale-(frac-e)))
	return digits, scale
}

// plainString is Java's BigDecimal.toPlainString of digits × 10^-scale, sign
// added.
func plainString(neg bool, digits string, scale int) string {
	var sb strings.Builder
	if neg && strings.Trim(digits, "0") != "" {
		sb.WriteByte('-')
	}
	switch {
	case scale <= 0:
		sb.WriteString(digits)
		sb.WriteString(strings.Repeat("0", -scale))
	case len(digits) > scale:
		sb.WriteString(digits[:len(digits)-scale])
		sb.WriteByte('.')
		sb.WriteString(digits[len(digits)-scale:])
	default:
		sb.WriteString("0.")
		sb.WriteString(strings.Repeat("0", scale-len(digits)))
		sb.WriteString(digits)
	}
	return sb.String()
}

// fractionDigits reads toFixedString's and toExpString's int? argument: ok is
// false for () and for a count beyond Java's int range (jBallerina then uses
// the shortest form); a negative count panics.
func fractionDigits(v any) (n int, ok bool) {
	d, isInt := v.(int64)
	if !isInt {
		return 0, false
	}
	if d < 0 {
		panicFractionDigits()
	}
	if d > math.MaxInt32 {
		return 0, false
	}
	return int(d), true
}

// FloatToFixedString is float:toFixedString(x, fractionDigits): x's exact value
// rounded half-even to that many digits after the point, without exponent; ()
// gives the digits of value:toString. NaN and infinities print as
// value:toString does; a negative count panics.
func FloatToFixedString(x float64, fraction any) string {
	if x != x || math.IsInf(x, 0) {
		return FloatToString(x)
	}
	n, ok := fractionDigits(fraction)
	if !ok {
		d, scale := javaDecimal(x)
		return plainString(x < 0, d, scale)
	}
	s := strconv.FormatFloat(x, 'f', n, 64)
	if strings.HasPrefix(s, "-") && strings.Trim(s[1:], "0.") == "" {
		s = s[1:] // a BigDecimal has no negative zero
	}
	return s
}

// FloatToExpString is float:toExpString(x, fractionDigits): one digit before
// the point, that many after (x's exact value rounded half-even), and an
// exponent e±n without leading zeros; () gives the digits of Java's
// BigDecimal.valueOf(x). NaN and infinities print as value:toString does; a
// negative count panics.
func FloatToExpString(x float64, fraction any) string {
	if x != x || math.IsInf(x, 0) {
		return FloatToString(x)
	}
	n, ok := fractionDigits(fraction)
	if !ok {
		if fraction != nil {
			n = 308 // jBallerina's cap for a count beyond Java's int range
		} else {
			d, scale := javaDecimal(x)
			n = scale + int(exponent10(d, scale))
		}
	}
	s := strconv.FormatFloat(math.Abs(x), 'e', n, 64)
	i := strings.IndexByte(s, 'e')
	mant, exp := s[:i], s[i+1:]
	sign := exp[0]
	exp = strings.TrimLeft(exp[1:], "0")
	if exp == "" {
		exp, sign = "0", '+'
	}
	out := mant + "e" + string(sign) + exp
	if x < 0 {
		out = "-" + out
	}
	return out
}

// exponent10 is the decimal exponent of the leading digit of digits × 10^-scale.
func exponent10(digits string, scale int) int64 {
	t := strings.TrimLeft(digits, "0")
	if t == "" {
		return 0
	}
	return int64(len(t) - 1 - scale)
}

// FloatLog10 is float:log10: Go's math.Log10, made exact at the powers of ten (10^n gives
// n), as Java's Math.log10, which jBallerina calls, promises.
func FloatLog10(x float64) float64 {
	r := math.Log10(x)
	if n := math.Round(r); n != r && math.Abs(n) <= 308 && math.Pow(10, n) == x {
		return n
	}
	return r
}
