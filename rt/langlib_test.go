package rt

import (
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestStringFunctions(t *testing.T) {
	const ghost = "a👻cd" // a non-BMP code point counts as one
	assert.Equal(t, int64(5), StrLength("hello"))
	assert.Equal(t, int64(4), StrLength(ghost))
	assert.Equal(t, int64(0), StrLength(""))
	assert.Equal(t, int64(3), StrLength("héé"))

	assert.Equal(t, "ell", StrSubstring("hello", 1, 4))
	assert.Equal(t, "👻c", StrSubstring(ghost, 1, 3))
	assert.Equal(t, "", StrSubstring(ghost, 4, 4))
	assert.Equal(t, ghost, StrSubstring(ghost, 0, 4))

	assert.Equal(t, "e", StrIndex("hello", 1))
	assert.Equal(t, "👻", StrIndex(ghost, 1))
	assert.Equal(t, "d", StrIndex(ghost, 3))

	assert.Equal(t, []string{"a", "👻", "c", "d"}, StrChars(ghost))
	assert.Empty(t, StrChars(""))

	assert.Equal(t, int64(2), StrIndexOf("hello", "l", 0))
	assert.Equal(t, int64(2), StrIndexOf("hello", "l"), "startIndex defaults to 0")
	assert.Equal(t, int64(3), StrLastIndexOf("hello", "l"), "startIndex defaults to the end")
	assert.Equal(t, "llo", StrSubstring("hello", 2), "endIndex defaults to the length")
	assert.Equal(t, int64(3), StrIndexOf("hello", "l", 3))
	assert.Nil(t, StrIndexOf("hello", "l", 4))
	assert.Nil(t, StrIndexOf("hello", "z", 0))
	assert.Equal(t, int64(0), StrIndexOf("hello", "", 0))
	assert.Equal(t, int64(0), StrIndexOf("hello", "h", -5))
	assert.Nil(t, StrIndexOf("hello", "h", 99))
	assert.Equal(t, int64(2), StrIndexOf(ghost, "c", 0))
	assert.Equal(t, int64(2), StrIndexOf(ghost, "cd", 2))
	assert.Nil(t, StrIndexOf(ghost, "👻", 2))
	assert.True(t, StrIncludes("hello", "ll", 0))
	assert.False(t, StrIncludes("hello", "ll", 3))

	assert.True(t, StrStartsWith("hello", "he"))
	assert.False(t, StrStartsWith("hello", "lo"))
	assert.True(t, StrEndsWith("hello", "lo"))
	assert.Equal(t, "HELLO-Ü1", StrToUpperAscii("HeLLo-Ü1"))
	assert.Equal(t, "ABC ÿ", StrToUpperAscii("abc ÿ"))
	assert.Equal(t, "abc É", StrToLowerAscii("ABC É"))
	assert.Equal(t, "same", StrToLowerAscii("same"))
	assert.Equal(t, "a b", StrTrim(" \t\na b\r\n "))
	assert.Equal(t, "\u00a0x\u00a0", StrTrim("\u00a0x\u00a0"), "Java trim removes only chars <= U+0020")
	assert.Equal(t, "", StrTrim("   "))
	assert.Equal(t, "abc", StrConcat("a", "b", "c"))
	assert.Equal(t, "a-b-c", StrJoin("-", "a", "b", "c"))
	assert.Equal(t, int64(-1), StrCompare("a", "b"))
	assert.Equal(t, int64(0), StrCompare("a", "a"))
	assert.Equal(t, int64(1), StrCompare("é", "z"))
}

func TestStringPanics(t *testing.T) {
	tests := []struct {
		name  string
		f     func()
		panic string
	}{
		{"substring past end", func() { StrSubstring("abcdef", 7, 9) },
			`{ballerina/lang.string}StringOperationError {"message":"string index out of range. Length:'6' requested: '7' to '9'"}`},
		{"substring negative", func() { StrSubstring("👻bc", -1, 2) },
			`{ballerina/lang.string}StringOperationError {"message":"string index out of range. Length:'3' requested: '-1' to '2'"}`},
		{"substring reversed", func() { StrSubstring("abcdef", 4, 2) },
			`{ballerina/lang.string}StringOperationError {"message":"invalid substring range. Length:'6' requested: '4' to '2'"}`},
		{"index", func() { StrIndex("abc", 3) },
			`{ballerina/lang.string}IndexOutOfRange {"message":"string index out of range: index: 3, size: 3"}`},
		{"index non-ASCII", func() { StrIndex("👻", 1) },
			`{ballerina/lang.string}IndexOutOfRange {"message":"string index out of range: index: 1, size: 1"}`},
		{"index negative", func() { StrIndex("abc", -1) },
			`{ballerina/lang.string}IndexOutOfRange {"message":"string index out of range: index: -1, size: 3"}`},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.panic, printable(panicked(tt.f)), tt.name)
	}
}

func TestIntFromString(t *testing.T) {
	tests := []struct {
		in   string
		want any // int64, or the printed error
	}{
		{"123", int64(123)},
		{"-45", int64(-45)},
		{"+7", int64(7)},
		{"0", int64(0)},
		{"9223372036854775807", int64(math.MaxInt64)},
		{"-9223372036854775808", int64(math.MinInt64)},
		{"9223372036854775808", "9223372036854775808"},
		{"hello", "hello"},
		{"1.1", "1.1"},
		{"", ""},
		{" 1", " 1"},
		{"1_000", "1_000"},
		{"0x10", "0x10"},
		{"+", "+"},
	}
	for _, tt := range tests {
		got := IntFromString(tt.in)
		if n, ok := tt.want.(int64); ok {
			assert.Equal(t, n, got, tt.in)
			continue
		}
		e, ok := got.(*Error)
		if assert.True(t, ok, "%q should fail", tt.in) {
			assert.Equal(t, `{ballerina/lang.int}NumberParsingError {"message":"'string' value '`+tt.want.(string)+`' cannot be converted to 'int'"}`, e.Error())
		}
	}
}

func TestFloatFromString(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"1.5", 1.5, true},
		{"-2", -2, true},
		{"+.5", 0.5, true},
		{"5.", 5, true},
		{"1e3", 1000, true},
		{"1E-2", 0.01, true},
		{" 3.25 ", 3.25, true},
		{"NaN", math.NaN(), true},
		{"Infinity", math.Inf(1), true},
		{"-Infinity", math.Inf(-1), true},
		{"0x1.8p1", 3, true},
		{"1e400", math.Inf(1), true},
		{"1.5f", 0, false},
		{"2d", 0, false},
		{"1.5f ", 1.5, true},
		{"0x1a", 0, false},
		{"abc", 0, false},
		{"", 0, false},
		{".", 0, false},
		{"1e", 0, false},
		{"inf", 0, false},
		{"nan", 0, false},
		{"1_0", 0, false},
		{"--1", 0, false},
	}
	for _, tt := range tests {
		got := FloatFromString(tt.in)
		if !tt.ok {
			e, isErr := got.(*Error)
			if assert.True(t, isErr, "%q should fail", tt.in) {
				assert.Equal(t, `{ballerina/lang.float}NumberParsingError {"message":"'string' value '`+tt.in+`' cannot be converted to 'float'"}`, e.Error())
			}
			continue
		}
		f, isFloat := got.(float64)
		if assert.True(t, isFloat, "%q: got %v", tt.in, got) {
			if math.IsNaN(tt.want) {
				assert.True(t, math.IsNaN(f), tt.in)
			} else {
				assert.Equal(t, tt.want, f, tt.in)
			}
		}
	}
}

func TestNumberFunctions(t *testing.T) {
	assert.Equal(t, "-17", IntToString(-17))
	assert.Equal(t, "true", BoolToString(true))
	assert.Equal(t, "ff", IntToHexString(255))
	assert.Equal(t, "-ff", IntToHexString(-255))
	assert.Equal(t, "0", IntToHexString(0))
	assert.Equal(t, 2.5, FloatAbs(-2.5))
	assert.Equal(t, 2.0, FloatFloor(2.7))
	assert.Equal(t, 3.0, FloatCeil(2.1))
	assert.Equal(t, 3.0, FloatSqrt(9))
	assert.Equal(t, 8.0, FloatPow(2, 3))

	tests := []struct {
		x      float64
		digits int64
		want   float64
	}{
		{2.5, 0, 2},
		{3.5, 0, 4},
		{-2.5, 0, -2},
		{2.675, 2, 2.68},
		{2.665, 2, 2.66},
		{1.005, 2, 1.0},
		{0.15, 1, 0.2},
		{0.05, 1, 0},
		{0.06, 1, 0.1},
		{123.456, -1, 120},
		{560, -3, 1000},
		{400, -3, 0},
		{9.99, 1, 10},
		{-9.99, 1, -10},
		{1.23, 5, 1.23},
		{123.0, -5, 0},
		{math.Inf(1), 2, math.Inf(1)},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, FloatRound(tt.x, tt.digits), "round(%v, %d)", tt.x, tt.digits)
	}
	assert.True(t, math.IsNaN(FloatRound(math.NaN(), 1)))
}

func TestIsASCII(t *testing.T) {
	// every length up to a few words, with the non-ASCII byte at every position
	for n := 0; n < 80; n++ {
		b := []byte(strings.Repeat("a", n))
		assert.True(t, isASCII(string(b)), n)
		for k := 0; k < n; k++ {
			b[k] = 0xc3
			assert.False(t, isASCII(string(b)), "%d %d", n, k)
			b[k] = 'a'
		}
	}
}

func TestStrIndexOfLong(t *testing.T) {
	s := strings.Repeat("ab", 50) + "é" + strings.Repeat("cd", 50) + "x"
	assert.Equal(t, int64(201), StrIndexOf(s, "x", 0))
	assert.Equal(t, int64(201), StrIndexOf(s, "x", 150))
	assert.Equal(t, int64(100), StrIndexOf(s, "é", 0))
	assert.Equal(t, int64(8), StrIndexOf(s, "ab", 7))
	assert.Nil(t, StrIndexOf(s, "x", 202))
	assert.Equal(t, int64(202), StrIndexOf(s, "", 202))
	assert.Nil(t, StrIndexOf(s, "", 203))
}
