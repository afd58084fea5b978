package rt

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Ballerina strings are sequences of Unicode code points; Go strings hold them as
// UTF-8. The functions below index by code point, with a fast path for ASCII.
// Comparing strings with Go's < is already code-point order (UTF-8 keeps it).

// isASCII reports whether s is all ASCII, 32 bytes per step while it can (8x a byte
// loop: length and indexOf of long strings stay cheap).
func isASCII(s string) bool {
	const high = 0x8080808080808080 // the top bit of each byte
	for len(s) >= 32 {
		if (load64(s)|load64(s[8:])|load64(s[16:])|load64(s[24:]))&high != 0 {
			return false
		}
		s = s[32:]
	}
	for len(s) >= 8 {
		if load64(s)&high != 0 {
			return false
		}
		s = s[8:]
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// load64 returns the first 8 bytes of s as one word (the compiler makes it one load).
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// StrLength returns the number of code points in s (string:length).
func StrLength(s string) int64 {
	if isASCII(s) {
		return int64(len(s))
	}
	return int64(utf8.RuneCountInString(s))
}

// byteOffset returns the byte offset of code point cp in s (len(s) when cp is the
// length), or -1 when cp is beyond the end.
func byteOffset(s string, cp int64) int {
	if cp < 0 {
		return -1
	}
	if cp <= int64(len(s)) && isASCII(s[:cp]) {
		return int(cp)
	}
	n := int64(0)
	for i := range s {
		if n == cp {
			return i
		}
		n++
	}
	if n == cp {
		return len(s)
	}
	return -1
}

// StrSubstring returns the code points from start (inclusive) to end (exclusive; the
// end of s when omitted) (string:substring). Indexes outside the string panic with
// {ballerina/lang.string}StringOperationError.
func StrSubstring(s string, start int64, end ...int64) string {
	ascii := isASCII(s)
	n := int64(len(s))
	if !ascii {
		n = StrLength(s)
	}
	e := n
	if len(end) > 0 {
		e = end[0]
	}
	if start < 0 || e > n || e < start {
		panicSubstring(n, start, e)
	}
	if ascii {
		return s[start:e]
	}
	return s[byteOffset(s, start):byteOffset(s, e)]
}

//go:noinline
func panicSubstring(n, start, end int64) {
	what := "string index out of range"
	if start >= 0 && end <= n {
		what = "invalid substring range"
	}
	Panic(newLangError(reasonStringOp, what+". Length:'"+javaNumber(n)+"' requested: '"+
		javaNumber(start)+"' to '"+javaNumber(end)+"'"))
}

// StrIndex returns the one-code-point string at index i (s[i]); an index out of range
// panics with {ballerina/lang.string}IndexOutOfRange.
func StrIndex(s string, i int64) string {
	if isASCII(s) {
		if uint64(i) >= uint64(len(s)) {
			panicStringIndex(i, int64(len(s)))
		}
		return s[i : i+1]
	}
	off := byteOffset(s, i)
	if off < 0 || off == len(s) {
		panicStringIndex(i, StrLength(s))
	}
	_, size := utf8.DecodeRuneInString(s[off:])
	return s[off : off+size]
}

//go:noinline
func panicStringIndex(i, n int64) {
	Panic(newLangError(reasonStringIndex,
		"string index out of range: index: "+strconv.FormatInt(i, 10)+", size: "+strconv.FormatInt(n, 10)))
}

// StrChars returns the code points of s as one-code-point strings, for foreach over a
// string.
func StrChars(s string) []string {
	out := make([]string, 0, len(s))
	for i, r := range s {
		out = append(out, s[i:i+utf8.RuneLen(r)])
	}
	return out
}

// StrIndexOf returns the code-point index (int64) of the first occurrence of sub in s
// at or after code point from (0 when omitted), or nil (string:indexOf).
func StrIndexOf(s, sub string, start ...int64) any {
	var from int64
	if len(start) > 0 {
		from = start[0]
	}
	if from < 0 {
		from = 0
	}
	off := byteOffset(s, from)
	if off < 0 {
		return nil
	}
	i := strings.Index(s[off:], sub)
	if i < 0 {
		return nil
	}
	// only the code points up to the match are counted
	return from + StrLength(s[off:off+i])
}

// StrIncludes reports whether sub occurs in s at or after code point from (0 when
// omitted) (string:includes).
func StrIncludes(s, sub string, from ...int64) bool {
	return StrIndexOf(s, sub, from...) != nil
}

// StrLastIndexOf returns the code-point index (int64) of the last occurrence of sub in s
// that starts at or before code point from, or nil (string:lastIndexOf; when from is
// omitted, the last occurrence).
func StrLastIndexOf(s, sub string, start ...int64) any {
	from := int64(math.MaxInt64)
	if len(start) > 0 {
		from = start[0]
	}
	if from < 0 {
		return nil
	}
	n := StrLength(s)
	if from > n {
		from = n
	}
	off := len(s)
	if from < n {
		off = byteOffset(s, from)
	}
	limit := off + len(sub)
	if limit > len(s) {
		limit = len(s)
	}
	i := strings.LastIndex(s[:limit], sub)
	if i < 0 {
		return nil
	}
	if isASCII(s) {
		return int64(i)
	}
	return int64(utf8.RuneCountInString(s[:i]))
}

// StrEqualsIgnoreCaseAscii reports whether a and b are equal when ASCII letters are
// compared without case (string:equalsIgnoreCaseAscii).
func StrEqualsIgnoreCaseAscii(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// StrStartsWith is string:startsWith.
func StrStartsWith(s, prefix string) bool { return strings.HasPrefix(s, prefix) }

// StrEndsWith is string:endsWith.
func StrEndsWith(s, suffix string) bool { return strings.HasSuffix(s, suffix) }

// StrToUpperAscii converts the ASCII letters a-z to upper case (string:toUpperAscii).
func StrToUpperAscii(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'a' && c <= 'z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if c := b[j]; c >= 'a' && c <= 'z' {
					b[j] = c - ('a' - 'A')
				}
			}
			return string(b)
		}
	}
	return s
}

// StrToLowerAscii converts the ASCII letters A-Z to lower case (string:toLowerAscii).
func StrToLowerAscii(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if c := b[j]; c >= 'A' && c <= 'Z' {
					b[j] = c + ('a' - 'A')
				}
			}
			return string(b)
		}
	}
	return s
}

// StrTrim removes leading and trailing characters up to U+0020 (string:trim; jBallerina
// uses Java's String.trim).
func StrTrim(s string) string {
	i, j := 0, len(s)
	for i < j && s[i] <= ' ' {
		i++
	}
	for j > i && s[j-1] <= ' ' {
		j--
	}
	return s[i:j]
}

// StrConcat concatenates its arguments (string:concat).
func StrConcat(parts ...string) string { return strings.Join(parts, "") }

// StrJoin joins parts with sep between them (string:join).
func StrJoin(sep string, parts ...string) string { return strings.Join(parts, sep) }

// StrCompare compares a and b by code points: -1, 0 or 1 (string:codePointCompare).
func StrCompare(a, b string) int64 { return int64(strings.Compare(a, b)) }

// parseInt parses s as Java's Long.parseLong does: an optional sign and decimal digits.
func parseInt(s string) (int64, bool) {
	digits := s
	if len(digits) > 0 && (digits[0] == '+' || digits[0] == '-') {
		digits = digits[1:]
	}
	if digits == "" {
		return 0, false
	}
	for i := 0; i < len(digits); i++ {
		if digits[i] < '0' || digits[i] > '9' {
			return 0, false
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	return n, err == nil
}

// IntFromString is int:fromString: the int64, or an *Error whose message is
// {ballerina/lang.int}NumberParsingError with detail
// {"message":"'string' value 's' cannot be converted to 'int'"}.
func IntFromString(s string) any {
	if n, ok := parseInt(s); ok {
		return n
	}
	return newLangError(reasonIntParsing, "'string' value '"+s+"' cannot be converted to 'int'")
}

// parseFloat parses s as jBallerina's float:fromString does: Java's Double.parseDouble
// (surrounding characters up to U+0020 ignored; optional sign; NaN, Infinity, decimal or
// hexadecimal floating-point literals) except that a trailing f/F/d/D is refused.
func parseFloat(s string) (float64, bool) {
	if n := len(s); n > 0 {
		switch s[n-1] {
		case 'f', 'F', 'd', 'D':
			return 0, false
		}
	}
	t := StrTrim(s)
	body := t
	neg := false
	if len(body) > 0 && (body[0] == '+' || body[0] == '-') {
		neg = body[0] == '-'
		body = body[1:]
	}
	switch body {
	case "NaN":
		return math.NaN(), true
	case "Infinity":
		if neg {
			return math.Inf(-1), true
		}
		return math.Inf(1), true
	}
	// A Java type suffix is still allowed when whitespace follows it.
	if n := len(body); n > 0 {
		switch body[n-1] {
		case 'f', 'F', 'd', 'D':
			if !(len(body) > 2 && (body[1] == 'x' || body[1] == 'X')) || strings.ContainsAny(body, "pP") {
				body = body[:n-1]
				t = t[:len(t)-1]
			}
		}
	}
	if !javaFloatSyntax(body) {
		return 0, false
	}
	f, err := strconv.ParseFloat(t, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
			return 0, false
		}
	}
	return f, true
}

// javaFloatSyntax checks an unsigned Java floating-point literal without type suffix.
func javaFloatSyntax(s string) bool {
	isDigit := func(c byte) bool { return c >= '0' && c <= '9' }
	isHex := func(c byte) bool { return isDigit(c) || (c|0x20) >= 'a' && (c|0x20) <= 'f' }
	i := 0
	if len(s) > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		i = 2
		n := 0
		for i < len(s) && isHex(s[i]) {
			i++
			n++
		}
		if i < len(s) && s[i] == '.' {
			i++
			for i < len(s) && isHex(s[i]) {
				i++
				n++
			}
		}
		if n == 0 || i >= len(s) || (s[i] != 'p' && s[i] != 'P') {
			return false
		}
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		start := i
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		return i > start && i == len(s)
	}
	n := 0
	for i < len(s) && isDigit(s[i]) {
		i++
		n++
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && isDigit(s[i]) {
			i++
			n++
		}
	}
	if n == 0 {
		return false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		start := i
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		if i == start {
			return false
		}
	}
	return i == len(s)
}

// FloatFromString is float:fromString: the float64, or an *Error whose message is
// {ballerina/lang.float}NumberParsingError with detail
// {"message":"'string' value 's' cannot be converted to 'float'"}.
func FloatFromString(s string) any {
	if f, ok := parseFloat(s); ok {
		return f
	}
	return newLangError(reasonFloatParsing, "'string' value '"+s+"' cannot be converted to 'float'")
}

// IntToString is int:toString (decimal).
func IntToString(n int64) string { return strconv.FormatInt(n, 10) }

// BoolToString is boolean:toString.
func BoolToString(b bool) string { return strconv.FormatBool(b) }

// IntToHexString is int:toHexString: lower-case hex digits, no 0x prefix, a '-' sign
// for negative numbers (as lang.int documents).
func IntToHexString(n int64) string { return strconv.FormatInt(n, 16) }

// IntAbs is int:abs; the absolute value of MinInt64 overflows and panics.
func IntAbs(n int64) int64 {
	if n < 0 {
		return NegInt(n)
	}
	return n
}

// FloatAbs is float:abs.
func FloatAbs(f float64) float64 { return math.Abs(f) }

// FloatFloor is float:floor.
func FloatFloor(f float64) float64 { return math.Floor(f) }

// FloatCeil is float:ceiling.
func FloatCeil(f float64) float64 { return math.Ceil(f) }

// FloatSqrt is float:sqrt.
func FloatSqrt(f float64) float64 { return math.Sqrt(f) }

// FloatPow is float:pow.
func FloatPow(x, y float64) float64 { return math.Pow(x, y) }

// FloatRound is float:round(x, fractionDigits = 0): with 0 fraction digits the nearest
// integral value, ties to even (Java's Math.rint); otherwise the shortest decimal form
// of x rounded half-even at that many fraction digits (jBallerina's
// BigDecimal.valueOf(x).setScale(n, HALF_EVEN)). NaN, infinities and zeros are kept.
func FloatRound(x float64, fraction ...int64) float64 {
	var fractionDigits int64
	if len(fraction) > 0 {
		fractionDigits = fraction[0]
	}
	if x != x || math.IsInf(x, 0) || x == 0 {
		return x
	}
	if fractionDigits == 0 {
		return math.RoundToEven(x)
	}
	if fractionDigits > math.MaxInt32 {
		return x
	}
	if fractionDigits < math.MinInt32 {
		return 0
	}
	var tmp [32]byte
	digits, exp := splitExp(strconv.AppendFloat(tmp[:0], math.Abs(x), 'e', -1, 64))
	// x = 0.d1d2...dn * 10^(exp+1); keep the digits before 10^-fractionDigits.
	keep := int64(exp) + 1 + fractionDigits
	if keep >= int64(len(digits)) {
		return x
	}
	if keep < 0 {
		return 0
	}
	kept := append([]byte(nil), digits[:keep]...)
	rest := digits[keep:]
	up := false
	switch {
	case rest[0] > '5':
		up = true
	case rest[0] == '5':
		up = strings.TrimRight(string(rest[1:]), "0") != "" ||
			(len(kept) > 0 && (kept[len(kept)-1]-'0')%2 == 1)
	}
	if up {
		i := len(kept) - 1
		for i >= 0 && kept[i] == '9' {
			kept[i] = '0'
			i--
		}
		if i >= 0 {
			kept[i]++
		} else {
			kept = append([]byte{'1'}, kept...)
			exp++
		}
	}
	if len(kept) == 0 {
		return 0
	}
	s := "0." + string(kept) + "e" + strconv.Itoa(exp+1)
	r, _ := strconv.ParseFloat(s, 64)
	if x < 0 {
		r = -r
	}
	return r
}

// DivFloat is float division (IEEE: x/0.0 is ±Infinity or NaN, no panic).
func DivFloat(x, y float64) float64 { return x / y }

// ModFloat is the float remainder x % y, with the sign of x (Java's %, math.Mod).
func ModFloat(x, y float64) float64 { return math.Mod(x, y) }

// FloatEqual is == on floats: true when equal, and for NaN == NaN; -0.0 == 0.0.
func FloatEqual(x, y float64) bool { return x == y || (x != x && y != y) }

// CompareBool compares booleans with op ("<", "<=", ">" or ">="); false < true.
func CompareBool(x, y bool, op string) bool {
	a, b := 0, 0
	if x {
		a = 1
	}
	if y {
		b = 1
	}
	switch op {
	case "<":
		return a < b
	case "<=":
		return a <= b
	case ">":
		return a > b
	case ">=":
		return a >= b
	}
	panic("rt.CompareBool: bad operator " + op)
}

// Count is value:count: the number of arguments.
func Count(vs ...any) int64 { return int64(len(vs)) }

// First is value:first: the first argument.
func First[T any](v T, _ ...T) T { return v }

// Last is value:last: the last argument.
func Last[T any](v T, vs ...T) T {
	if len(vs) > 0 {
		return vs[len(vs)-1]
	}
	return v
}
