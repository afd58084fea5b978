package rt

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// openRec is an open record: extra fields live in the rest map.
type openRec struct {
	ID    int64     `bal:"id"`
	Rest_ *Map[any] `bal:",rest"`
}

func TestRecordHelpersAndRestFields(t *testing.T) {
	r := &openRec{ID: 1}
	assert.Equal(t, `{"id":1}`, ToString(r))
	SetRest(nil, &r.Rest_, "note", "x")
	SetRest(nil, &r.Rest_, "n", int64(2))
	assert.Equal(t, `{"id":1,"note":"x","n":2}`, ToString(r))
	assert.Equal(t, `{"id":1, "note":"x", "n":2}`, JSONString(r))
	assert.Equal(t, int64(3), RecordLength(r))
	assert.Equal(t, `["id","note","n"]`, ToString(RecordKeys(r)))
	assert.True(t, RecordHasKey(r, "note"))
	assert.False(t, RecordHasKey(r, "zzz"))
	assert.Equal(t, "x", RecordMember(r, "note"))
	assert.Equal(t, int64(1), RecordMember(r, "id"))
	assert.Nil(t, RecordMember(r, "zzz"))
	assert.True(t, Equal(r, mapOf("n", int64(2), "id", int64(1), "note", "x")))

	c := Clone(r)
	SetRest(nil, &c.Rest_, "more", true)
	assert.Equal(t, int64(3), RecordLength(r), "the clone's rest map is its own")
	assert.Equal(t, int64(4), RecordLength(c))

	p := &person{Name: "A", Age: 1, Nick: Absent}
	assert.Equal(t, int64(2), RecordLength(p))
	assert.False(t, RecordHasKey(p, "nick"))
	p.Nick = "n"
	assert.True(t, RecordHasKey(p, "nick"))
	assert.Equal(t, `["name","age","nick"]`, ToString(RecordKeys(p)))
	assert.Panics(t, func() { RecordLength(int64(1)) })
}

func TestPanicValueAndTrapNil(t *testing.T) {
	e := NewError("boom", nil, nil)
	assert.Same(t, e, TrapNil(nil, func() { panic(PanicValue(e)) }))
	assert.Nil(t, TrapNil(nil, func() {}))
	assert.Equal(t, `error("{ballerina}DivisionByZero",message=" / by zero")`, ToString(TrapNil(nil, func() { DivInt(1, 0) })))
	assert.Equal(t, "error: pv\n\tat demo:demoPanicValue(demo.bal:49)",
		FormatPanic(Trap(nil, demoPanicValue).(*Error)), "an error without a stack gets the panic's")

	assert.Nil(t, AsError(nil))
	assert.Same(t, e, AsError(e))
	assert.Equal(t, `{ballerina}TypeCastError {"message":"incompatible types: 'int' cannot be cast to 'error'"}`,
		printable(panicked(func() { AsError(int64(1)) })))
}

func TestMapConstructorsAndFunctions(t *testing.T) {
	m := NewMapFrom[int64](nil, []string{"b", "a", "c"}, []int64{2, 1, 3})
	assert.Equal(t, `{"b":2,"a":1,"c":3}`, ToString(m))
	boxed := NewMapFrom[any](MapOf(TInt), []string{"x"}, []any{int64(1)})
	assert.Equal(t, "map<int>", TypeName(boxed))
	assert.Equal(t, `{ballerina/lang.map}InherentTypeViolation {"message":"invalid map insertion: expected value of type 'int', found 'string'"}`,
		printable(panicked(func() { NewMapFrom[any](MapOf(TInt), []string{"x"}, []any{"s"}) })))

	var sum int64
	MapForEach(m, func(v int64) { sum += v })
	assert.Equal(t, int64(6), sum)
	assert.Equal(t, `{"b":2,"c":3}`, ToString(MapFilter(m, func(v int64) bool { return v > 1 })))
	assert.Equal(t, `{"b":"2","a":"1","c":"3"}`, ToString(MapMap(m, IntToString)))
	assert.Equal(t, "213", MapReduce(m, func(acc string, v int64) string { return acc + IntToString(v) }, ""))
	assert.Equal(t, `{"b":2,"a":1,"c":3}`, ToString(m), "unchanged")
}

func TestMoreStringFunctions(t *testing.T) {
	const ghost = "a👻cda"
	tests := []struct {
		s, sub string
		from   int64
		want   any
	}{
		{"hello", "l", math.MaxInt64, int64(3)},
		{"hello", "l", 2, int64(2)},
		{"hello", "l", 1, nil},
		{"hello", "h", 0, int64(0)},
		{"hello", "z", math.MaxInt64, nil},
		{"hello", "", math.MaxInt64, int64(5)},
		{"hello", "l", -1, nil},
		{ghost, "a", math.MaxInt64, int64(4)},
		{ghost, "a", 3, int64(0)},
		{ghost, "👻", math.MaxInt64, int64(1)},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, StrLastIndexOf(tt.s, tt.sub, tt.from), "lastIndexOf(%q, %q, %d)", tt.s, tt.sub, tt.from)
	}
	assert.Equal(t, "llo", StrSubstring("hello", 2))
	assert.Equal(t, "cda", StrSubstring(ghost, 2))
	assert.Equal(t, "", StrSubstring("hello", 5))
	assert.True(t, StrEqualsIgnoreCaseAscii("HeLLo", "hello"))
	assert.False(t, StrEqualsIgnoreCaseAscii("É", "é"), "only ASCII letters fold")
	assert.False(t, StrEqualsIgnoreCaseAscii("a", "ab"))
	assert.True(t, StrIncludes("hello", "ll"))
	assert.False(t, StrIncludes("hello", "he", 1))
}

func TestFloatOperators(t *testing.T) {
	assert.Equal(t, 2.5, DivFloat(5, 2))
	assert.True(t, math.IsInf(DivFloat(1, 0), 1))
	assert.True(t, math.IsNaN(DivFloat(0, 0)))
	assert.Equal(t, 1.5, ModFloat(5.5, 2))
	assert.Equal(t, -1.5, ModFloat(-5.5, 2))
	assert.True(t, FloatEqual(math.NaN(), math.NaN()))
	assert.True(t, FloatEqual(math.Copysign(0, -1), 0))
	assert.False(t, FloatEqual(1, 2))
	assert.Equal(t, 2.0, FloatRound(2.5))
	assert.Equal(t, 2.68, FloatRound(2.675, 2))

	tests := []struct {
		x, y bool
		op   string
		want bool
	}{
		{false, true, "<", true}, {true, false, "<", false}, {true, true, "<=", true},
		{true, false, ">", true}, {false, false, ">=", true}, {false, true, ">=", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, CompareBool(tt.x, tt.y, tt.op), "%v %s %v", tt.x, tt.op, tt.y)
	}
}

func TestFromJSONString(t *testing.T) {
	v := FromJSONString(`{"a":[1,2]}`)
	assert.Equal(t, `{"a":[1,2]}`, ToString(v))
	e, ok := FromJSONString(`{`).(*Error)
	require.True(t, ok)
	assert.Equal(t, "{ballerina/lang.value}FromJsonStringError", e.Message())
}
