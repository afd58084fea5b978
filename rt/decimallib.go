package rt

import (
	"math"

	"github.com/cockroachdb/apd/v3"
)

// The functions of lang.decimal (check/lib/lang.decimal.bal).

const reasonDecimalParsing = "{ballerina/lang.decimal}NumberParsingError"

// SumDecimal is decimal:sum: the sum of xs, 0 when there are none.
func SumDecimal(xs ...Decimal) Decimal {
	var s Decimal
	for _, x := range xs {
		s = AddDecimal(s, x)
	}
	return s
}

// MaxDecimal is decimal:max: the greatest of x and xs (the first of equal ones).
func MaxDecimal(x Decimal, xs ...Decimal) Decimal {
	for _, y := range xs {
		if DecimalCmp(y, x) > 0 {
			x = y
		}
	}
	return x
}

// MinDecimal is decimal:min: the least of x and xs (the first of equal ones).
func MinDecimal(x Decimal, xs ...Decimal) Decimal {
	for _, y := range xs {
		if DecimalCmp(y, x) < 0 {
			x = y
		}
	}
	return x
}

// DecimalAbs is decimal:abs.
func DecimalAbs(x Decimal) Decimal {
	if x.val().Negative {
		return NegDecimal(x)
	}
	return x
}

// DecimalRound is decimal:round(x, fractionDigits): x with the exponent
// -fractionDigits, rounded half to even (3.55 → 4, 2.5 → 2, 4.55555 with 3 → 4.556,
// 4345.55 with -3 → 4E+3). Where that exponent would need more than 34 digits, x has
// no digits to round and is returned as it is.
func DecimalRound(x Decimal, fraction ...int64) Decimal {
	var fd int64
	if len(fraction) > 0 {
		fd = fraction[0]
	}
	if fd > math.MaxInt32/2 || fd < -math.MaxInt32/2 {
		if fd > 0 {
			return x
		}
		return Decimal{}
	}
	r, ok := quantize(x, int32(-fd))
	if !ok {
		if fd > 0 {
			return x // more fraction digits than the precision holds
		}
		return Decimal{} // rounded to a power of ten beyond the range
	}
	return r
}

// DecimalQuantize is decimal:quantize(x, y): x with y's exponent, rounded half to
// even. A result that needs more than 34 digits panics (IEEE: NaN).
func DecimalQuantize(x, y Decimal) Decimal {
	r, ok := quantize(x, y.val().Exponent)
	if !ok {
		Panic(newLangError(reasonDecimal, msgDecimalResult+"NaN'"))
	}
	return r
}

// quantize is x with exponent exp; false when the result has more than 34 digits.
func quantize(x Decimal, exp int32) (Decimal, bool) {
	d := new(apd.Decimal)
	c := DecimalContext
	c.Traps = 0
	cond, _ := c.Quantize(d, x.val(), exp)
	if cond&apd.InvalidOperation != 0 || d.Form != apd.Finite {
		return Decimal{}, false
	}
	return decimalResult(d, 0, d, nil), true
}

// DecimalFloor is decimal:floor: the greatest integral value not above x.
func DecimalFloor(x Decimal) Decimal {
	d := new(apd.Decimal)
	cond, _ := DecimalContext.Floor(d, x.val())
	return decimalResult(d, cond, x.val(), nil)
}

// DecimalCeiling is decimal:ceiling: the least integral value not below x.
func DecimalCeiling(x Decimal) Decimal {
	d := new(apd.Decimal)
	cond, _ := DecimalContext.Ceil(d, x.val())
	return decimalResult(d, cond, x.val(), nil)
}

// DecimalFromString is decimal:fromString: the decimal s denotes (an optional sign,
// digits with an optional fraction and exponent; no suffix), or an error.
func DecimalFromString(s string) any {
	if d, ok := parseDecimal(s); ok {
		return d
	}
	return newLangError(reasonDecimalParsing, "'string' value '"+s+"' cannot be converted to 'decimal'")
}

// SleepDecimal is runtime:sleep(seconds) on a decimal number of seconds (see Sleep).
func SleepDecimal(s *Strand, seconds Decimal) { Sleep(s, DecimalToFloat(seconds)) }
