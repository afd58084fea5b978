package rt

import (
	"math"
	"math/bits"
)

// Checked int arithmetic with Ballerina semantics. Each operation is small enough to be
// inlined, and cheap enough for the inliner that the functions using it stay inlinable
// too: its failure branch is a panic statement with a preallocated value (langPanic),
// which Recover turns into the *Error with the stack of the panic. A panic statement
// tells the Go compiler that the branch does not come back, so it lays the hot path out
// as a fall-through and keeps nothing alive for the failure path (recursive fib: 1.15x
// plain Go when the branch called a function that panics, 1.02x so).

// AddInt returns a + b, panicking with {ballerina}NumberOverflow on overflow.
func AddInt(a, b int64) int64 {
	c := a + b
	if (a^c)&(b^c) < 0 {
		panic(overflowSignal)
	}
	return c
}

// SubInt returns a - b, panicking with {ballerina}NumberOverflow on overflow.
func SubInt(a, b int64) int64 {
	c := a - b
	if (a^b)&(a^c) < 0 {
		panic(overflowSignal)
	}
	return c
}

// MulInt returns a * b, panicking with {ballerina}NumberOverflow on overflow.
func MulInt(a, b int64) int64 {
	// Both factors in [-2^31, 2^31): the product cannot overflow. (Written with
	// sign extensions, the test folds away for a constant factor.)
	if a == int64(int32(a)) && b == int64(int32(b)) {
		return a * b
	}
	return mulWide(a, b)
}

//go:noinline
func mulWide(a, b int64) int64 {
	hi, lo := bits.Mul64(uint64(a), uint64(b))
	// Turn the unsigned high word into the signed one.
	hi -= uint64(a>>63) & uint64(b)
	hi -= uint64(b>>63) & uint64(a)
	if int64(hi) != int64(lo)>>63 {
		panic(overflowSignal)
	}
	return int64(lo)
}

// DivInt returns a / b truncated toward zero. b == 0 panics with
// {ballerina}DivisionByZero; MinInt64 / -1 panics with {ballerina}NumberOverflow.
func DivInt(a, b int64) int64 {
	if uint64(b)+1 <= 1 { // b is 0 or -1
		if b == 0 {
			panic(divByZeroSignal)
		}
		return NegInt(a)
	}
	return a / b
}

// ModInt returns a % b with the sign of the dividend. b == 0 panics with
// {ballerina}DivisionByZero; MinInt64 % -1 is 0.
func ModInt(a, b int64) int64 {
	if b == 0 {
		panic(divByZeroSignal)
	}
	return a % b
}

// NegInt returns -a, panicking with {ballerina}NumberOverflow for MinInt64.
func NegInt(a int64) int64 {
	if a == math.MinInt64 {
		panic(overflowSignal)
	}
	return -a
}

// ShlInt is a << b; only the low 6 bits of b count (as in Java, which jBallerina uses:
// 7 << 67 is 56).
func ShlInt(a, b int64) int64 { return a << (uint64(b) & 63) }

// ShrInt is the arithmetic shift a >> b; only the low 6 bits of b count.
func ShrInt(a, b int64) int64 { return a >> (uint64(b) & 63) }

// UshrInt is the logical shift a >>> b; only the low 6 bits of b count.
func UshrInt(a, b int64) int64 { return int64(uint64(a) >> (uint64(b) & 63)) }

// FloatToInt converts f to int as <int>f does: rounded to the nearest integer, ties to
// even (Java's Math.rint). NaN, ±Inf and values outside the int range panic with
// {ballerina}NumberConversionError.
func FloatToInt(f float64) int64 {
	// The same bounds as jBallerina: -2^63 < f < 2^63 (strict on both sides).
	if !(f < 9223372036854775807.5 && f > -9223372036854775807.6) {
		panicFloatToInt(f)
	}
	return int64(math.RoundToEven(f))
}

// The panic paths.

const (
	reasonOverflow     = "{ballerina}NumberOverflow"
	reasonDivByZero    = "{ballerina}DivisionByZero"
	reasonNumConvert   = "{ballerina}NumberConversionError"
	msgIntOverflow     = "int range overflow"
	msgDivisionByZero  = " / by zero"
	reasonTypeCast     = "{ballerina}TypeCastError"
	reasonArrayIndex   = "{ballerina/lang.array}IndexOutOfRange"
	reasonArrayType    = "{ballerina/lang.array}InherentTypeViolation"
	reasonMapKey       = "{ballerina/lang.map}KeyNotFound"
	reasonMapType      = "{ballerina/lang.map}InherentTypeViolation"
	reasonStringIndex  = "{ballerina/lang.string}IndexOutOfRange"
	reasonStringOp     = "{ballerina/lang.string}StringOperationError"
	reasonIntParsing   = "{ballerina/lang.int}NumberParsingError"
	reasonFloatParsing = "{ballerina/lang.float}NumberParsingError"
)

// langPanic is what an inlined check panics with: a Ballerina panic with a lang error
// of the given reason and detail message, made by Recover (with the stack of the panic).
type langPanic struct{ reason, msg string }

// Error is the text Go shows when BAL2GO_GOTRACE=1 re-raises the panic, as for Panic.
func (p *langPanic) Error() string {
	return (&panicValue{err: newLangError(p.reason, p.msg)}).Error()
}

var (
	overflowSignal  = &langPanic{reasonOverflow, msgIntOverflow}
	divByZeroSignal = &langPanic{reasonDivByZero, msgDivisionByZero}
)

//go:noinline
func panicFloatToInt(f float64) {
	var shown string
	switch {
	case f != f:
		shown = "NaN"
	case math.IsInf(f, 1):
		shown = "Infinity"
	case math.IsInf(f, -1):
		shown = "-Infinity"
	default:
		shown = javaFloatNumber(f)
	}
	Panic(newLangError(reasonNumConvert, "'float' value '"+shown+"' cannot be converted to 'int'"))
}

// AddFloat, SubFloat and MulFloat are float arithmetic as functions: the
// generator uses them on two constants, which Go would otherwise fold with
// exact arithmetic instead of rounding to float64 like Ballerina.
func AddFloat(a, b float64) float64 { return a + b }

// SubFloat is a - b on floats; see AddFloat.
func SubFloat(a, b float64) float64 { return a - b }

// MulFloat is a * b on floats; see AddFloat.
func MulFloat(a, b float64) float64 { return a * b }
