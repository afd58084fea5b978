package rt

import (
	"math"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	decOverflowText = `{ballerina}NumberOverflow {"message":"decimal range overflow"}`
	decInfText      = `{ballerina}UnsupportedDecimalError {"message":"decimal operation resulting in unsupported decimal value 'Infinity'"}`
	decNegInfText   = `{ballerina}UnsupportedDecimalError {"message":"decimal operation resulting in unsupported decimal value '-Infinity'"}`
	decNaNText      = `{ballerina}UnsupportedDecimalError {"message":"decimal operation resulting in unsupported decimal value 'NaN'"}`
)

func TestDecimalString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"1.50", "1.50"},
		{"1", "1"},
		{"1e3", "1E+3"},
		{"1000", "1000"},
		{"1.000E3", "1000"},
		{"0.000001", "0.000001"},
		{"0.0000001", "1E-7"},
		{"0.0", "0.0"},
		{"-0", "0"},
		{"-0.00", "0.00"},
		{"0e-7", "0E-7"},
		{"0e3", "0E+3"},
		{"-12.345", "-12.345"},
		{"123456789012345678901234567890123456", "1.234567890123456789012345678901235E+35"},
		{"9.999999999999999999999999999999999e6144", "9.999999999999999999999999999999999E+6144"},
		{"1e-6143", "1E-6143"},
		{"1e-6144", "0"}, // subnormal: 0 (X3.274)
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, DecimalOf(tc.in).String(), tc.in)
	}
	assert.Equal(t, "0", Decimal{}.String())
}

func TestDecimalArithmetic(t *testing.T) {
	d := DecimalOf
	tests := []struct {
		name  string
		f     func() Decimal
		want  string
		panic string
	}{
		{"add keeps zeros", func() Decimal { return AddDecimal(d("1.10"), d("2.20")) }, "3.30", ""},
		{"sub", func() Decimal { return SubDecimal(d("10.5"), d("-5.25")) }, "15.75", ""},
		{"mul", func() Decimal { return MulDecimal(d("5.5"), d("10.0")) }, "55.00", ""},
		{"div exact", func() Decimal { return DivDecimal(d("10.5"), d("-5.25")) }, "-2", ""},
		{"div 1/3", func() Decimal { return DivDecimal(d("1"), d("3")) }, "0.3333333333333333333333333333333333", ""},
		{"div 2/3 half even", func() Decimal { return DivDecimal(d("2"), d("3")) }, "0.6666666666666666666666666666666667", ""},
		{"div nanos", func() Decimal { return DivDecimal(d("1"), d("1000000000")) }, "1E-9", ""},
		{"mod", func() Decimal { return ModDecimal(d("5.5"), d("10")) }, "5.5", ""},
		{"mod negative", func() Decimal { return ModDecimal(d("-7.5"), d("2")) }, "-1.5", ""},
		{"neg", func() Decimal { return NegDecimal(d("1.5")) }, "-1.5", ""},
		{"neg zero", func() Decimal { return NegDecimal(d("0")) }, "0", ""},
		{"zero sum", func() Decimal { return SubDecimal(d("1.5"), d("1.5")) }, "0.0", ""},
		{"overflow", func() Decimal { return MulDecimal(d("9e6144"), d("10")) }, "", decOverflowText},
		{"overflow add", func() Decimal {
			return AddDecimal(d("9.999999999999999999999999999999999e6144"), d("1e6144"))
		}, "", decOverflowText},
		{"underflow to zero", func() Decimal { return DivDecimal(d("1e-6143"), d("1e10")) }, "0", ""},
		{"div by zero", func() Decimal { return DivDecimal(d("1"), d("0")) }, "", decInfText},
		{"div negative by zero", func() Decimal { return DivDecimal(d("-1"), d("0.0")) }, "", decNegInfText},
		{"zero by zero", func() Decimal { return DivDecimal(d("0"), d("0")) }, "", decNaNText},
		{"mod by zero", func() Decimal { return ModDecimal(d("1"), d("0")) }, "", decNaNText},
		{"literal overflow", func() Decimal { return d("1e6145") }, "", decOverflowText},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got Decimal
			e := panicked(func() { got = tc.f() })
			if tc.panic != "" {
				assert.Equal(t, tc.panic, printable(e))
				return
			}
			require.Nil(t, e)
			assert.Equal(t, tc.want, got.String())
		})
	}
}

func TestDecimalCompare(t *testing.T) {
	d := DecimalOf
	assert.True(t, DecimalEqual(d("1.0"), d("1.00")))
	assert.False(t, DecimalSame(d("1.0"), d("1.00")))
	assert.True(t, DecimalSame(d("1.50"), d("1.50")))
	assert.False(t, DecimalSame(d("1000"), d("1e3")))
	assert.True(t, DecimalSame(d("-0"), Decimal{}))
	assert.Equal(t, -1, DecimalCmp(d("1.5"), d("2")))
	assert.Equal(t, 1, DecimalCmp(d("-1"), d("-2")))
	assert.True(t, Equal(d("2.0"), d("2")))
	assert.False(t, Equal(d("2"), int64(2)))
	assert.False(t, Same(d("2.0"), d("2")))
	assert.True(t, Equal(NewMapFrom[any](nil, []string{"a"}, []any{d("1.10")}),
		NewMapFrom[any](nil, []string{"a"}, []any{d("1.1")})))
}

func TestDecimalConversions(t *testing.T) {
	d := DecimalOf
	assert.Equal(t, "12.0", DecimalFromInt(12).String())
	assert.Equal(t, "-9223372036854775808.0", DecimalFromInt(math.MinInt64).String())
	assert.Equal(t, "0.1", DecimalFromFloat(0.1).String())
	assert.Equal(t, "5.0", DecimalFromFloat(5).String())
	assert.Equal(t, "1.0E+20", DecimalFromFloat(1e20).String())
	assert.Equal(t, "0.001", DecimalFromFloat(0.001).String())
	assert.Equal(t, "0.00010", DecimalFromFloat(0.0001).String()) // Java: BigDecimal("1.0E-4")
	assert.Equal(t, "-12.34", DecimalFromFloat(-12.34).String())
	assert.Equal(t, decNaNText, printable(panicked(func() { DecimalFromFloat(math.NaN()) })))
	assert.Equal(t, decInfText, printable(panicked(func() { DecimalFromFloat(math.Inf(1)) })))

	assert.Equal(t, int64(2), DecimalToInt(d("2.5")))
	assert.Equal(t, int64(4), DecimalToInt(d("3.5")))
	assert.Equal(t, int64(-2), DecimalToInt(d("-2.5")))
	assert.Equal(t, int64(math.MaxInt64), DecimalToInt(d("9223372036854775807.4")))
	assert.Equal(t, int64(math.MinInt64), DecimalToInt(d("-9223372036854775808.5")))
	assert.Equal(t, `{ballerina}NumberConversionError {"message":"'decimal' value '9223372036854775807.5' cannot be converted to 'int'"}`,
		printable(panicked(func() { DecimalToInt(d("9223372036854775807.5")) })))
	assert.Equal(t, `{ballerina}NumberConversionError {"message":"'decimal' value '1E+20' cannot be converted to 'int'"}`,
		printable(panicked(func() { DecimalToInt(d("1e20")) })))

	assert.Equal(t, 23.456, DecimalToFloat(d("23.456")))
	assert.Equal(t, math.Inf(1), DecimalToFloat(d("1e400")))
	assert.Equal(t, 0.0, DecimalToFloat(d("1e-400")))

	assert.Equal(t, int64(3), Cast[int64](d("2.5000000001"), TInt))
	assert.Equal(t, "7.0", Cast[Decimal](int64(7), TDecimal).String())
	assert.Equal(t, `{ballerina}TypeCastError {"message":"incompatible types: 'decimal' cannot be cast to 'string'"}`,
		printable(panicked(func() { Cast[string](d("1"), TString) })))
}

func TestDecimalValueModel(t *testing.T) {
	x := DecimalOf("1.50")
	assert.True(t, TDecimal.Contains(x))
	assert.False(t, TFloat.Contains(x))
	assert.True(t, TAnydata.Contains(x))
	assert.True(t, TJSON.Contains(x))
	assert.True(t, TReadOnly.Contains(x))
	assert.True(t, SingletonOf(DecimalOf("1.5")).Contains(x))
	assert.Equal(t, "decimal", TypeName(x))
	assert.Equal(t, "1.50", ToString(x))
	assert.Equal(t, "1.50d", ToBalString(x))
	assert.Equal(t, "1.50", JSONString(x))
	l := &List[any]{Elems: []any{x, DecimalOf("1e3"), nil}}
	assert.Equal(t, "[1.50,1E+3,null]", ToString(l))
	assert.Equal(t, "[1.50d,1E+3d,()]", ToBalString(l))
	assert.True(t, DecimalSame(x, Clone(x)))
}

// TestDecimalShared runs arithmetic on shared values from many goroutines: values are
// immutable, so the race detector has nothing to report.
func TestDecimalShared(t *testing.T) {
	a, b := DecimalOf("1.1"), DecimalOf("3")
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 100 {
				_ = DivDecimal(AddDecimal(a, b), b).String()
			}
		}()
	}
	wg.Wait()
	assert.Equal(t, "1.1", a.String())
}
