package rt

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// panicked runs f and returns the Ballerina error it panicked with, or nil.
func panicked(f func()) *Error {
	r := Trap(nil, func() any { f(); return nil })
	e, _ := r.(*Error)
	return e
}

// printable is what Main prints after "error: ".
func printable(e *Error) string {
	if e == nil {
		return "<no panic>"
	}
	return e.Error()
}

const (
	overflowText = `{ballerina}NumberOverflow {"message":"int range overflow"}`
	divZeroText  = `{ballerina}DivisionByZero {"message":" / by zero"}`
)

func TestIntArithmetic(t *testing.T) {
	const maxI, minI = math.MaxInt64, math.MinInt64
	tests := []struct {
		name  string
		f     func() int64
		want  int64
		panic string
	}{
		{"add", func() int64 { return AddInt(2, 3) }, 5, ""},
		{"add neg", func() int64 { return AddInt(-2, -3) }, -5, ""},
		{"add max", func() int64 { return AddInt(maxI-1, 1) }, maxI, ""},
		{"add overflow", func() int64 { return AddInt(maxI, 1) }, 0, overflowText},
		{"add underflow", func() int64 { return AddInt(minI, -1) }, 0, overflowText},
		{"add min+max", func() int64 { return AddInt(minI, maxI) }, -1, ""},
		{"sub", func() int64 { return SubInt(2, 3) }, -1, ""},
		{"sub underflow", func() int64 { return SubInt(minI, 1) }, 0, overflowText},
		{"sub overflow", func() int64 { return SubInt(maxI, -1) }, 0, overflowText},
		{"sub 0-min", func() int64 { return SubInt(0, minI) }, 0, overflowText},
		{"sub -1-min", func() int64 { return SubInt(-1, minI) }, maxI, ""},
		{"mul", func() int64 { return MulInt(-7, 6) }, -42, ""},
		{"mul big ok", func() int64 { return MulInt(1<<31, 1<<31) }, 1 << 62, ""},
		{"mul big ok neg", func() int64 { return MulInt(-(1 << 32), 1<<31) }, minI, ""},
		{"mul min*-1", func() int64 { return MulInt(minI, -1) }, 0, overflowText},
		{"mul -1*min", func() int64 { return MulInt(-1, minI) }, 0, overflowText},
		{"mul overflow", func() int64 { return MulInt(1<<32, 1<<31) }, 0, overflowText},
		{"mul max*2", func() int64 { return MulInt(maxI, 2) }, 0, overflowText},
		{"mul min*1", func() int64 { return MulInt(minI, 1) }, minI, ""},
		{"mul 0*min", func() int64 { return MulInt(0, minI) }, 0, ""},
		{"mul 3037000500^2", func() int64 { return MulInt(3037000500, 3037000500) }, 0, overflowText},
		{"mul 3037000499^2", func() int64 { return MulInt(3037000499, 3037000499) }, 9223372030926249001, ""},
		{"div", func() int64 { return DivInt(7, 2) }, 3, ""},
		{"div trunc", func() int64 { return DivInt(-7, 2) }, -3, ""},
		{"div by -1", func() int64 { return DivInt(7, -1) }, -7, ""},
		{"div min/-1", func() int64 { return DivInt(minI, -1) }, 0, overflowText},
		{"div by zero", func() int64 { return DivInt(1, 0) }, 0, divZeroText},
		{"div zero by zero", func() int64 { return DivInt(0, 0) }, 0, divZeroText},
		{"mod", func() int64 { return ModInt(7, 3) }, 1, ""},
		{"mod sign of dividend", func() int64 { return ModInt(-7, 3) }, -1, ""},
		{"mod negative divisor", func() int64 { return ModInt(7, -3) }, 1, ""},
		{"mod min%-1", func() int64 { return ModInt(minI, -1) }, 0, ""},
		{"mod by zero", func() int64 { return ModInt(5, 0) }, 0, divZeroText},
		{"neg", func() int64 { return NegInt(17) }, -17, ""},
		{"neg max", func() int64 { return NegInt(maxI) }, -maxI, ""},
		{"neg min", func() int64 { return NegInt(minI) }, 0, overflowText},
		{"shl", func() int64 { return ShlInt(7, 2) }, 28, ""},
		{"shl masked", func() int64 { return ShlInt(7, 67) }, 56, ""},
		{"shl negative count", func() int64 { return ShlInt(1, -1) }, minI, ""},
		{"shl out", func() int64 { return ShlInt(1, 63) }, minI, ""},
		{"shr", func() int64 { return ShrInt(-16, 2) }, -4, ""},
		{"shr masked", func() int64 { return ShrInt(256, 66) }, 64, ""},
		{"ushr", func() int64 { return UshrInt(-1, 60) }, 15, ""},
		{"ushr masked", func() int64 { return UshrInt(-16, 64) }, -16, ""},
		{"abs", func() int64 { return IntAbs(-5) }, 5, ""},
		{"abs min", func() int64 { return IntAbs(minI) }, 0, overflowText},
		{"sum", func() int64 { return SumInt(1, 2, 3) }, 6, ""},
		{"sum empty", func() int64 { return SumInt() }, 0, ""},
		{"sum overflow", func() int64 { return SumInt(maxI, 1) }, 0, overflowText},
		{"max", func() int64 { return MaxInt(3, 9, -1) }, 9, ""},
		{"min", func() int64 { return MinInt(3, 9, -1) }, -1, ""},
	}
	for _, tt := range tests {
		var got int64
		e := panicked(func() { got = tt.f() })
		if tt.panic != "" {
			require.NotNil(t, e, tt.name)
			assert.Equal(t, tt.panic, printable(e), tt.name)
			continue
		}
		require.Nil(t, e, "%s panicked: %v", tt.name, e)
		assert.Equal(t, tt.want, got, tt.name)
	}
}

// <int>f rounds to nearest, ties to even (Math.rint); NaN, ±Inf and out-of-range values
// fail with {ballerina}NumberConversionError.
func TestFloatToInt(t *testing.T) {
	tests := []struct {
		in    float64
		want  int64
		panic string
	}{
		{5.6, 6, ""},
		{5.4, 5, ""},
		{2.5, 2, ""},
		{3.5, 4, ""},
		{-2.5, -2, ""},
		{-5.6, -6, ""},
		{0.0, 0, ""},
		{9.2233720368547748e18, 9223372036854774784, ""},
		{math.NaN(), 0, `{ballerina}NumberConversionError {"message":"'float' value 'NaN' cannot be converted to 'int'"}`},
		{math.Inf(1), 0, `{ballerina}NumberConversionError {"message":"'float' value 'Infinity' cannot be converted to 'int'"}`},
		{math.Inf(-1), 0, `{ballerina}NumberConversionError {"message":"'float' value '-Infinity' cannot be converted to 'int'"}`},
		{1e20, 0, `{ballerina}NumberConversionError {"message":"'float' value '100,000,000,000,000,000,000' cannot be converted to 'int'"}`},
		{9223372036854775807.0, 0, `{ballerina}NumberConversionError {"message":"'float' value '9,223,372,036,854,776,000' cannot be converted to 'int'"}`},
		{-9223372036854775808.0, 0, `{ballerina}NumberConversionError {"message":"'float' value '-9,223,372,036,854,776,000' cannot be converted to 'int'"}`},
	}
	for _, tt := range tests {
		var got int64
		e := panicked(func() { got = FloatToInt(tt.in) })
		if tt.panic != "" {
			assert.Equal(t, tt.panic, printable(e), "FloatToInt(%v)", tt.in)
			continue
		}
		require.Nil(t, e, "FloatToInt(%v)", tt.in)
		assert.Equal(t, tt.want, got, "FloatToInt(%v)", tt.in)
	}
}
