package rt

import (
	"bufio"
	"bytes"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

// Expected values follow Java's Double.toString (jBallerina prints floats with
// String.valueOf(double)): shortest round-trip digits, plain notation for
// 1e-3 <= |f| < 1e7, otherwise d.dddE<exp>; Double.MIN_VALUE is "4.9E-324".
func TestFloatToString(t *testing.T) {
	point1, point2 := 0.1, 0.2
	one, three := 1.0, 3.0
	tests := []struct {
		in   float64
		want string
	}{
		{0.0, "0.0"},
		{math.Copysign(0, -1), "-0.0"},
		{0.1, "0.1"},
		{point1 + point2, "0.30000000000000004"},
		{one / three, "0.3333333333333333"},
		{100.0, "100.0"},
		{6.0, "6.0"},
		{-3.0, "-3.0"},
		{1e6, "1000000.0"},
		{9999999.0, "9999999.0"},
		{1e7, "1.0E7"},
		{1.5e7, "1.5E7"},
		{12345678.9, "1.23456789E7"},
		{123456789.0, "1.23456789E8"},
		{1e20, "1.0E20"},
		{1e21, "1.0E21"},
		{1e23, "1.0E23"},
		{-1e20, "-1.0E20"},
		{1e-3, "0.001"},
		{0.001234, "0.001234"},
		{1e-4, "1.0E-4"},
		{1.2345e-5, "1.2345E-5"},
		{1e-7, "1.0E-7"},
		{-1e-10, "-1.0E-10"},
		{math.MaxFloat64, "1.7976931348623157E308"},
		{math.SmallestNonzeroFloat64, "4.9E-324"},
		{2 * math.SmallestNonzeroFloat64, "9.9E-324"},
		{2.5, "2.5"},
		{-2.5, "-2.5"},
		{100.08999999999999, "100.08999999999999"},
		{12.34, "12.34"},
		{0.5, "0.5"},
		{math.NaN(), "NaN"},
		{math.Inf(1), "Infinity"},
		{math.Inf(-1), "-Infinity"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, FloatToString(tt.in), "FloatToString(%v)", tt.in)
	}
}

type person struct {
	Name string `bal:"name"`
	Age  int64  `bal:"age"`
	Nick any    `bal:"nick,optional"`
}

type node struct {
	Val  int64 `bal:"val"`
	Next any   `bal:"next"`
}

func listOf(t Type, xs ...any) *List[any] { return NewList(t, xs...) }

func mapOf(kv ...any) *Map[any] {
	m := NewMap[any](nil)
	for i := 0; i < len(kv); i += 2 {
		m.Put(kv[i].(string), kv[i+1])
	}
	return m
}

func TestToString(t *testing.T) {
	detail := mapOf("code", int64(27), "reason", "x")
	cyc := NewList[any](nil, int64(1))
	cyc.Push(cyc)
	cycMap := mapOf("a", int64(1))
	cycMap.Put("self", cycMap)
	tests := []struct {
		name string
		in   any
		want string
	}{
		{"nil top level", nil, ""},
		{"int", int64(-5), "-5"},
		{"float whole", 1.0, "1.0"},
		{"float", 100.08999999999999, "100.08999999999999"},
		{"true", true, "true"},
		{"string bare", "hello \"x\"", "hello \"x\""},
		{"int list", NewList[int64](nil, 1, 2, 3), "[1,2,3]"},
		{"string list", NewList[string](nil, "cat", "dog"), `["cat","dog"]`},
		{"float list", NewList[float64](nil, 1, 2.5), "[1.0,2.5]"},
		{"tuple", listOf(nil, "Mike", int64(24), false), `["Mike",24,false]`},
		{"nil member", listOf(nil, nil, int64(1)), "[null,1]"},
		{"empty list", NewList[int64](nil), "[]"},
		{"map", mapOf("a", int64(1), "b", "x"), `{"a":1,"b":"x"}`},
		{"map insertion order", mapOf("z", int64(1), "a", int64(2)), `{"z":1,"a":2}`},
		{"nested map", mapOf("x", mapOf("y", int64(1))), `{"x":{"y":1}}`},
		{"nested strings escaped", mapOf("a", `{"x":1}`), `{"a":"{\"x\":1}"}`},
		{"control characters", NewList[string](nil, "a\tb\nc\rd\\e\x01\x1b\x7f"), `["a\tb\nc\rd\\e\u{1}\u{1B}\u{7F}"]`},
		{"nil in map", mapOf("a", nil), `{"a":null}`},
		{"empty map", NewMap[int64](nil), "{}"},
		{"record", &person{Name: "Anne", Age: 30, Nick: Absent}, `{"name":"Anne","age":30}`},
		{"record optional present", &person{Name: "Bob", Age: 1, Nick: "b"}, `{"name":"Bob","age":1,"nick":"b"}`},
		{"record optional nil", &person{Name: "C", Age: 2, Nick: nil}, `{"name":"C","age":2,"nick":null}`},
		{"list of records", NewList[*person](nil, &person{Name: "A", Age: 1, Nick: Absent}), `[{"name":"A","age":1}]`},
		{"error", NewError("msg", nil, nil), `error("msg")`},
		{"error detail", NewError("msg", nil, detail), `error("msg",code=27,reason="x")`},
		{"error cause", NewError("outer", NewError("inner", nil, nil), nil), `error("outer",error("inner"))`},
		{"error cause and detail", NewError("o", NewError("i", nil, nil), mapOf("k", nil)), `error("o",error("i"),k=null)`},
		{"error in list", listOf(nil, NewError("e", nil, nil)), `[error("e")]`},
		{"cyclic list", cyc, "[1,...]"},
		{"cyclic map", cycMap, `{"a":1,"self":...}`},
		{"cyclic record", func() any { n := &node{Val: 1}; n.Next = n; return n }(), `{"val":1,"next":...}`},
		{"NaN member", NewList[float64](nil, math.NaN()), "[NaN]"},
		{"function", func() {}, "function"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, ToString(tt.in), tt.name)
	}
}

// The parse-error text of the error-cause Ballerina by Example.
func TestToStringErrorCauseBBE(t *testing.T) {
	cause := IntFromString("1.1").(*Error)
	e := NewError("not an integer", cause, nil)
	assert.Equal(t, `error("not an integer",error("{ballerina/lang.int}NumberParsingError",message="'string' value '1.1' cannot be converted to 'int'"))`, ToString(e))
	assert.Equal(t, `error("{ballerina/lang.int}NumberParsingError",message="'string' value '1.1' cannot be converted to 'int'")`, ToString(e.Cause()))
}

func TestToBalString(t *testing.T) {
	cyc := mapOf()
	cyc.Put("self", cyc)
	inner := mapOf()
	outer := mapOf("a", inner)
	inner.Put("b", outer)
	tests := []struct {
		name string
		in   any
		want string
	}{
		{"nil", nil, "()"},
		{"int", int64(3), "3"},
		{"float", 1.5, "1.5"},
		{"NaN", math.NaN(), "float:NaN"},
		{"Infinity", math.Inf(1), "float:Infinity"},
		{"-Infinity", math.Inf(-1), "float:-Infinity"},
		{"string quoted", "hi", `"hi"`},
		{"string escaped", "a\"b", `"a\"b"`},
		{"boolean", false, "false"},
		{"list", listOf(nil, int64(1), nil, "x"), `[1,(),"x"]`},
		{"map", mapOf("a", int64(1)), `{"a":1}`},
		{"error", NewError("msg", nil, nil), `error("msg")`},
		{"error detail", NewError("msg", nil, mapOf("code", int64(1), "s", "v")), `error("msg",code=1,s="v")`},
		{"error cause", NewError("o", NewError("i", nil, nil), nil), `error("o",error("i"))`},
		{"cycle parent", cyc, `{"self":...[0]}`},
		{"cycle grandparent", outer, `{"a":{"b":...[2]}}`},
		{"record", &person{Name: "A", Age: 1, Nick: Absent}, `{"name":"A","age":1}`},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, ToBalString(tt.in), tt.name)
	}
}

func TestJSONString(t *testing.T) {
	tests := []struct {
		name string
		in   any
		want string
	}{
		{"nil", nil, "null"},
		{"int", int64(1), "1"},
		{"float", 2.5, "2.5"},
		{"string", "x", `"x"`},
		{"map", mapOf("title", "Blue Train", "artist", "John Coltrane"), `{"title":"Blue Train", "artist":"John Coltrane"}`},
		{"array of maps", listOf(nil, mapOf("a", int64(1)), mapOf("b", nil)), `[{"a":1}, {"b":null}]`},
		{"escaped", "a\"b\\c\nd/e", `"a\"b\\c\nd\/e"`},
		{"slash alone not escaped", "a/b", `"a/b"`},
		{"record", &person{Name: "A", Age: 1, Nick: Absent}, `{"name":"A", "age":1}`},
		{"int list", NewList[int64](nil, 1, 2), "[1, 2]"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, JSONString(tt.in), tt.name)
	}
}

func TestPrintln(t *testing.T) {
	var out bytes.Buffer
	saved := Stdout
	Stdout = bufio.NewWriter(&out)
	defer func() { Stdout = saved }()

	Println("a", int64(1), nil, 2.0, true, NewList[int64](nil, 1, 2), mapOf("k", "v"))
	Print("x", "y")
	PrintlnString("!")
	Println()
	Flush()
	assert.Equal(t, "a12.0true[1,2]{\"k\":\"v\"}\nxy!\n\n", out.String())
}

func TestJavaNumber(t *testing.T) {
	tests := []struct {
		in   int64
		want string
	}{
		{0, "0"}, {5, "5"}, {-1, "-1"}, {999, "999"}, {1000, "1,000"}, {-1000, "-1,000"},
		{1234567, "1,234,567"}, {math.MaxInt64, "9,223,372,036,854,775,807"},
		{math.MinInt64, "-9,223,372,036,854,775,808"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, javaNumber(tt.in))
	}
	assert.Equal(t, "100,000,000,000,000,000,000", javaFloatNumber(1e20))
	assert.Equal(t, "-9,223,372,036,854,776,000", javaFloatNumber(-9223372036854775808.0))
}

// panicky is a value whose formatting panics.
type panicky struct{}

func (panicky) BalString(bool) string { panic("format") }

// A panic while formatting a value must not leave stdoutMu locked: the panic path
// flushes Stdout, which takes the mutex again (it used to deadlock).
func TestPrintReleasesMutexOnPanic(t *testing.T) {
	for _, print := range []func(){
		func() { Println(panicky{}) },
		func() { Print(panicky{}) },
	} {
		func() {
			defer func() { assert.NotNil(t, recover()) }()
			print()
		}()
		assert.True(t, stdoutMu.TryLock(), "stdoutMu left locked")
		stdoutMu.Unlock()
	}
}
