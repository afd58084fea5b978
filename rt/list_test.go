package rt

import (
	"math"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestListGetSet(t *testing.T) {
	l := NewList[int64](nil, 10, 20, 30)
	assert.Equal(t, int64(3), l.Len())
	assert.Equal(t, int64(20), l.Get(1))

	tests := []struct {
		name  string
		f     func()
		panic string
	}{
		{"get past end", func() { l.Get(3) }, `{ballerina/lang.array}IndexOutOfRange {"message":"array index out of range: index: 3, size: 3"}`},
		{"get negative", func() { l.Get(-1) }, `{ballerina/lang.array}IndexOutOfRange {"message":"array index out of range: index: -1, size: 3"}`},
		{"get far", func() { l.Get(1000) }, `{ballerina/lang.array}IndexOutOfRange {"message":"array index out of range: index: 1,000, size: 3"}`},
		{"set negative", func() { l.Set(-2, 1) }, `{ballerina/lang.array}IndexOutOfRange {"message":"array index out of range: index: -2, size: 3"}`},
		{"pop empty", func() { NewList[int64](nil).Pop() }, `{ballerina/lang.array}IndexOutOfRange {"message":"array index out of range: index: -1, size: 0"}`},
		{"remove past end", func() { l.Remove(7) }, `{ballerina/lang.array}IndexOutOfRange {"message":"array index out of range: index: 7, size: 3"}`},
		{"tuple index", func() { NewList[any](TupleOf([]Type{TInt, TString}, nil), int64(1), "a").Get(2) },
			`{ballerina/lang.array}IndexOutOfRange {"message":"tuple index out of range: index: 2, size: 2"}`},
		{"inherent type", func() { NewList[any](ArrayOf(TInt), int64(1)).Set(0, "str") },
			`{ballerina/lang.array}InherentTypeViolation {"message":"incompatible types: expected 'int', found 'string'"}`},
		{"inherent type push", func() { NewList[any](ArrayOf(TInt)).Push(12.34) },
			`{ballerina/lang.array}InherentTypeViolation {"message":"incompatible types: expected 'int', found 'float'"}`},
		{"tuple member type", func() { NewList[any](TupleOf([]Type{TInt, TString}, nil), int64(1), "a").Set(1, int64(2)) },
			`{ballerina/lang.array}InherentTypeViolation {"message":"incompatible types: expected 'string', found 'int'"}`},
		{"fixed length set", func() { NewFixedList[int64](FixedArrayOf(TInt, 3), 3).Set(3, 1) },
			`{ballerina/lang.array}IndexOutOfRange {"message":"array index out of range: index: 3, size: 3"}`},
		{"fixed length push", func() { NewFixedList[int64](FixedArrayOf(TInt, 2), 2).Push(1) },
			`{ballerina/lang.array}InherentTypeViolation {"message":"cannot change the length of an array of fixed length '2' to '3'"}`},
		{"slice bad end", func() { l.Slice(1, 5) }, `{ballerina/lang.array}IndexOutOfRange {"message":"array index out of range: index: 5, size: 3"}`},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.panic, printable(panicked(tt.f)), tt.name)
	}

	l.Set(1, 21)
	l.Set(3, 40) // i == len appends
	l.Set(5, 60) // i > len fills with filler values
	assert.Equal(t, []int64{10, 21, 30, 40, 0, 60}, l.Elems)

	optList := NewList[any](ArrayOf(UnionOf(TInt, TString, TNil)), int64(1))
	optList.Set(0, "x")
	optList.Set(2, int64(3))
	assert.Equal(t, `["x",null,3]`, ToString(optList), "a union with () fills with ()")

	anyList := NewList[any](ArrayOf(UnionOf(TInt, TString)), int64(1))
	assert.Equal(t, `{ballerina/lang.array}IllegalListInsertion {"message":"array of length 1 cannot be expanded into array of length 3 without filler values"}`,
		printable(panicked(func() { anyList.Set(2, int64(3)) })), "int|string has no filler value")
	assert.Equal(t, []any{int64(1)}, anyList.Elems, "nothing is stored")
}

func TestFillerValues(t *testing.T) {
	tests := []struct {
		name string
		t    Type
		want any
		ok   bool
	}{
		{"int", TInt, int64(0), true},
		{"string", TString, "", true},
		{"json", TJSON, nil, true},
		{"error", TError, nil, false},
		{"singleton", SingletonOf(int64(7)), int64(7), true},
		{"0|1", UnionOf(SingletonOf(int64(0)), SingletonOf(int64(1))), int64(0), true},
		{"1|2", UnionOf(SingletonOf(int64(1)), SingletonOf(int64(2))), nil, false},
		{"int|1", UnionOf(TInt, SingletonOf(int64(1))), int64(0), true},
		{"false|0", UnionOf(SingletonOf(false), SingletonOf(int64(0))), nil, false},
		{"string?", UnionOf(TString, TNil), nil, true},
	}
	for _, tt := range tests {
		v, ok := fillerOf(tt.t, reflect.TypeFor[any]())
		assert.Equal(t, tt.ok, ok, tt.name)
		assert.Equal(t, tt.want, v, tt.name)
	}
	v, ok := fillerOf(FixedArrayOf(TString, 2), reflect.TypeFor[any]())
	assert.True(t, ok)
	assert.Equal(t, `["",""]`, ToBalString(v), "a fixed-length list fills its members")
	a, _ := fillerOf(MapOf(TInt), reflect.TypeFor[*Map[int64]]())
	b, _ := fillerOf(MapOf(TInt), reflect.TypeFor[*Map[int64]]())
	assert.NotSame(t, a, b, "each filler is a new value")
}

// TestListSetAfterShrink covers Set's direct path (settable): stores stay right when
// the list shrinks and grows around it, and stay checked where members need a check.
func TestListSetAfterShrink(t *testing.T) {
	l := NewList[int64](nil, 1, 2, 3)
	l.Set(2, 30) // now settable up to the length
	l.Pop()
	l.Set(2, 40) // i == len appends again
	assert.Equal(t, []int64{1, 2, 40}, l.Elems)
	l.Remove(0)
	l.Remove(0)
	l.Set(1, 50)
	assert.Equal(t, []int64{40, 50}, l.Elems)
	l.Push(60)
	l.Set(2, 61) // pushed member: the checked path, then direct
	l.Set(2, 62)
	assert.Equal(t, []int64{40, 50, 62}, l.Elems)
	assert.Equal(t, `{ballerina/lang.array}IndexOutOfRange {"message":"array index out of range: index: -1, size: 3"}`,
		printable(panicked(func() { l.Set(-1, 0) })))

	checked := NewList[any](ArrayOf(TInt), int64(1), int64(2))
	checked.Set(0, int64(10))
	assert.Equal(t, `{ballerina/lang.array}InherentTypeViolation {"message":"incompatible types: expected 'int', found 'string'"}`,
		printable(panicked(func() { checked.Set(1, "s") })), "a store after a good one is still checked")

	fixed := NewFixedList[int64](FixedArrayOf(TInt, 2), 2)
	fixed.Set(1, 7)
	fixed.Set(0, 6)
	assert.Equal(t, []int64{6, 7}, fixed.Elems)
	assert.Equal(t, `{ballerina/lang.array}IndexOutOfRange {"message":"array index out of range: index: 2, size: 2"}`,
		printable(panicked(func() { fixed.Set(2, 8) })))
}

func TestListOps(t *testing.T) {
	l := NewList[int64](nil, 1, 2, 3)
	l.Push(4, 5)
	assert.Equal(t, "[1,2,3,4,5]", ToString(l))
	assert.Equal(t, int64(5), l.Pop())
	assert.Equal(t, int64(2), l.Remove(1))
	assert.Equal(t, "[1,3,4]", ToString(l))
	assert.Equal(t, "[3,4]", ToString(l.Slice(1, 3)))
	assert.Equal(t, "[]", ToString(l.Slice(3, 3)))
	assert.Equal(t, "[4,3,1]", ToString(l.Reverse()))
	assert.Equal(t, int64(2), l.IndexOf(4, 0))
	assert.Nil(t, l.IndexOf(4, 3))
	assert.Nil(t, l.IndexOf(9, 0))

	strs := NewList[string](nil, "a", "b", "a")
	assert.Equal(t, int64(2), strs.IndexOf("a", 1))

	mixed := NewList[any](nil, int64(1), 1.0, NewList[int64](nil, 7), math.NaN())
	assert.Equal(t, int64(1), mixed.IndexOf(1.0, 0), "1 and 1.0 are not ==")
	assert.Equal(t, int64(2), mixed.IndexOf(NewList[int64](nil, 7), 0), "deep equality")
	assert.Equal(t, int64(3), mixed.IndexOf(math.NaN(), 0), "NaN == NaN")

	c := l.Clone()
	c.Set(0, 100)
	assert.Equal(t, int64(1), l.Get(0), "clone is independent")

	fixed := NewFixedList[string](FixedArrayOf(TString, 3), 3, "a")
	assert.Equal(t, `["a","",""]`, ToString(fixed))
	assert.Equal(t, "string[3]", TypeName(fixed))
}

func TestListFunctions(t *testing.T) {
	l := NewList[int64](nil, 3, 1, 2)
	sq := ListMap(l, func(x int64) int64 { return x * x })
	assert.Equal(t, "[9,1,4]", ToString(sq))
	strs := ListMap(l, func(x int64) string { return IntToString(x) })
	assert.Equal(t, `["3","1","2"]`, ToString(strs))
	assert.Equal(t, "[3,2]", ToString(ListFilter(l, func(x int64) bool { return x > 1 })))
	var seen []int64
	ListForEach(l, func(x int64) { seen = append(seen, x) })
	assert.Equal(t, []int64{3, 1, 2}, seen)
	assert.Equal(t, int64(6), ListReduce(l, func(acc, x int64) int64 { return acc + x }, 0))
	assert.Equal(t, "312", ListReduce(l, func(acc string, x int64) string { return acc + IntToString(x) }, ""))

	assert.Equal(t, "[1,2,3]", ToString(ListSort(l)))
	assert.Equal(t, "[3,2,1]", ToString(ListSort(l, "descending")))
	assert.Equal(t, "[3,1,2]", ToString(l), "sort returns a new list")
	assert.Equal(t, `["B","a","b"]`, ToString(ListSort(NewList[string](nil, "b", "a", "B"))))
	fl := NewList[float64](nil, 2.5, math.NaN(), -1, 0)
	assert.Equal(t, "[-1.0,0.0,2.5,NaN]", ToString(ListSort(fl, "ascending")))
	assert.Equal(t, "[2.5,0.0,-1.0,NaN]", ToString(ListSort(fl, "descending")))
	byLen := ListSortFunc(NewList[string](nil, "ccc", "a", "bb"), func(a, b string) int { return len(a) - len(b) })
	assert.Equal(t, `["a","bb","ccc"]`, ToString(byLen))

	assert.Equal(t, "a, b", JoinStrings(", ", NewList[string](nil, "a", "b")))
	assert.Equal(t, "", JoinStrings(",", NewList[string](nil)))

	assert.Equal(t, 6.5, SumFloat(1, 2, 3.5))
	assert.Equal(t, 3.5, MaxFloat(1, 3.5, 2))
	assert.Equal(t, 1.0, MinFloat(1, 3.5, 2))
	assert.True(t, math.IsNaN(MaxFloat(1, math.NaN())))
	assert.True(t, math.IsNaN(MinFloat(math.NaN(), 1)))
}

func TestListIsTyped(t *testing.T) {
	ints := NewList[int64](nil, 1, 2)
	require.True(t, ArrayOf(TInt).Contains(ints))
	assert.True(t, ArrayOf(UnionOf(TInt, TString)).Contains(ints), "int[] is an (int|string)[]")
	assert.True(t, TAnydata.Contains(ints))
	assert.True(t, TJSON.Contains(ints))
	assert.True(t, TAny.Contains(ints))

	union := NewList[any](ArrayOf(UnionOf(TInt, TString)), int64(1), int64(2))
	assert.False(t, ArrayOf(TInt).Contains(union), "an (int|string)[] holding ints is not an int[]")
	assert.True(t, ArrayOf(UnionOf(TInt, TString)).Contains(union))

	untyped := NewList[any](nil, int64(1))
	assert.Equal(t, "(any|error)[]", TypeName(untyped))
	assert.False(t, TAnydata.Contains(untyped))
}
