package rt

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTypeContains(t *testing.T) {
	personT := RecordTypeOf((*person)(nil), "Person")
	color := UnionOf(SingletonOf("red"), SingletonOf("green"))
	tuple := TupleOf([]Type{TInt, TString}, nil)
	tupleRest := TupleOf([]Type{TInt}, TString)
	jsonList := NewList[any](ArrayOf(TJSON), int64(1), "a")
	tests := []struct {
		name string
		t    Type
		v    any
		want bool
	}{
		{"int", TInt, int64(1), true},
		{"int vs float", TInt, 1.0, false},
		{"float", TFloat, 1.0, true},
		{"boolean", TBoolean, true, true},
		{"string", TString, "s", true},
		{"nil", TNil, nil, true},
		{"nil vs int", TNil, int64(0), false},
		{"error", TError, NewError("e", nil, nil), true},
		{"any holds int", TAny, int64(1), true},
		{"any holds nil", TAny, nil, true},
		{"any excludes error", TAny, NewError("e", nil, nil), false},
		{"anydata int", TAnydata, int64(1), true},
		{"anydata error", TAnydata, NewError("e", nil, nil), false},
		{"anydata function", TAnydata, func() {}, false},
		{"anydata record", TAnydata, &person{Name: "a", Nick: Absent}, true},
		{"json map", TJSON, mapOf("a", int64(1)), false},
		{"json map typed", TJSON, NewMap[any](MapOf(TJSON)), true},
		{"json list", TJSON, jsonList, true},
		{"never", TNever, nil, false},
		{"optional int nil", UnionOf(TInt, TNil), nil, true},
		{"optional int", UnionOf(TInt, TNil), int64(3), true},
		{"optional int string", UnionOf(TInt, TNil), "3", false},
		{"singleton", color, "red", true},
		{"singleton other", color, "blue", false},
		{"singleton int", SingletonOf(int64(1)), int64(1), true},
		{"singleton int vs float", SingletonOf(int64(1)), 1.0, false},
		{"int[]", ArrayOf(TInt), NewList[int64](nil, 1), true},
		{"int[] vs string[]", ArrayOf(TInt), NewList[string](nil), false},
		{"int[] vs json[]", ArrayOf(TInt), jsonList, false},
		{"json[] holds int[]", ArrayOf(TJSON), NewList[int64](nil), true},
		{"fixed", FixedArrayOf(TInt, 2), NewFixedList[int64](FixedArrayOf(TInt, 2), 2), true},
		{"fixed vs open", FixedArrayOf(TInt, 2), NewList[int64](nil, 1, 2), false},
		{"open holds fixed", ArrayOf(TInt), NewFixedList[int64](FixedArrayOf(TInt, 2), 2), true},
		{"tuple", tuple, NewList[any](tuple, int64(1), "a"), true},
		{"tuple vs other tuple", tuple, NewList[any](TupleOf([]Type{TString, TInt}, nil), "a", int64(1)), false},
		{"tuple is (int|string)[]", ArrayOf(UnionOf(TInt, TString)), NewList[any](tuple, int64(1), "a"), true},
		{"tuple with rest", tupleRest, NewList[any](TupleOf([]Type{TInt, TString}, TString), int64(1), "a"), true},
		{"map<int>", MapOf(TInt), NewMap[int64](nil), true},
		{"map<string> vs map<int>", MapOf(TString), NewMap[int64](nil), false},
		{"map<anydata> record", MapOf(TAnydata), &person{Name: "a", Nick: Absent}, true},
		{"map<string> record", MapOf(TString), &person{Name: "a", Nick: Absent}, false},
		{"record", personT, &person{}, true},
		{"record nil pointer", personT, (*person)(nil), false},
		{"record vs other record", personT, &node{}, false},
		{"record vs map", personT, mapOf("name", "a"), false},
		{"function", FuncType(""), func(int64) int64 { return 0 }, true},
		{"function vs int", FuncType(""), int64(1), false},
		{"union of list types", UnionOf(ArrayOf(TInt), ArrayOf(TString)), NewList[string](nil), true},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.t.Contains(tt.v), tt.name)
	}
}

func TestTypeString(t *testing.T) {
	tests := []struct {
		t    Type
		want string
	}{
		{TInt, "int"}, {TFloat, "float"}, {TBoolean, "boolean"}, {TString, "string"}, {TNil, "()"},
		{TAny, "any"}, {TAnydata, "anydata"}, {TJSON, "json"}, {TError, "error"}, {TNever, "never"},
		{ArrayOf(TInt), "int[]"},
		{FixedArrayOf(TString, 3), "string[3]"},
		{ArrayOf(UnionOf(TInt, TString)), "(int|string)[]"},
		{ArrayOf(ArrayOf(TInt)), "int[][]"},
		{UnionOf(TInt, TNil), "int?"},
		{UnionOf(TInt, TString, TNil), "(int|string)?"},
		{ArrayOf(UnionOf(TInt, TNil)), "int?[]"},
		{UnionOf(TInt, UnionOf(TString, TInt)), "int|string"},
		{UnionOf(TInt), "int"},
		{MapOf(TJSON), "map<json>"},
		{TupleOf([]Type{TInt, TString}, nil), "[int,string]"},
		{TupleOf([]Type{TInt}, TString), "[int,string...]"},
		{UnionOf(SingletonOf("a"), SingletonOf("b")), `"a"|"b"`},
		{RecordTypeOf(&node{}, "Node"), "Node"},
		{FuncType(""), "function"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.t.String())
	}
	assert.Same(t, ArrayOf(TInt), ArrayOf(TInt), "array types are interned")
}

// plainRec is never registered with RecordTypeOf: its name is the Go struct name.
type plainRec struct {
	X int64 `bal:"x"`
}

func TestTypeName(t *testing.T) {
	RecordTypeOf((*person)(nil), "Person")
	tests := []struct {
		v    any
		want string
	}{
		{nil, "()"}, {int64(1), "int"}, {1.0, "float"}, {true, "boolean"}, {"s", "string"},
		{NewError("e", nil, nil), "error"},
		{NewList[int64](nil), "int[]"},
		{NewList[*List[string]](nil), "string[][]"},
		{NewList[any](ArrayOf(TJSON)), "json[]"},
		{NewMap[any](MapOf(TJSON)), "map<json>"},
		{NewMap[float64](nil), "map<float>"},
		{&person{}, "Person"},
		{&plainRec{}, "plainRec"},
		{NewList[*person](nil), "Person[]"},
		{func() {}, "function"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, TypeName(tt.v))
	}
}

func TestCast(t *testing.T) {
	castErr := func(from, to string) string {
		return `{ballerina}TypeCastError {"message":"incompatible types: '` + from + `' cannot be cast to '` + to + `'"}`
	}
	var got any
	tests := []struct {
		name  string
		f     func() any
		want  any
		panic string
	}{
		{"int to int", func() any { return Cast[int64](any(int64(5)), TInt) }, int64(5), ""},
		{"int to float converts", func() any { return Cast[float64](any(int64(5)), TFloat) }, 5.0, ""},
		{"float to int rounds", func() any { return Cast[int64](any(5.6), TInt) }, int64(6), ""},
		{"float to int ties to even", func() any { return Cast[int64](any(4.5), TInt) }, int64(4), ""},
		{"string to int fails", func() any { return Cast[int64](any("5"), TInt) }, nil, castErr("string", "int")},
		{"nil to int fails", func() any { return Cast[int64](nil, TInt) }, nil, castErr("()", "int")},
		{"NaN to int", func() any { return Cast[int64](any(math.NaN()), TInt) }, nil,
			`{ballerina}NumberConversionError {"message":"'float' value 'NaN' cannot be converted to 'int'"}`},
		{"to union keeps", func() any { return Cast[any](any("x"), UnionOf(TInt, TString)) }, "x", ""},
		{"int to float|string", func() any { return Cast[any](any(int64(2)), UnionOf(TFloat, TString)) }, 2.0, ""},
		{"to optional nil", func() any { return Cast[any](nil, UnionOf(TInt, TNil)) }, nil, ""},
		{"int[] to int[]", func() any { return Cast[*List[int64]](any(NewList[int64](nil, 1)), ArrayOf(TInt)).Len() }, int64(1), ""},
		{"json[] to int[] fails", func() any { return Cast[*List[any]](any(NewList[any](ArrayOf(TJSON))), ArrayOf(TInt)) }, nil,
			castErr("json[]", "int[]")},
		{"map to record fails", func() any { return Cast[*person](any(mapOf()), RecordTypeOf((*person)(nil), "Person")) }, nil,
			castErr("map<any|error>", "Person")},
		{"error to any fails", func() any { return Cast[any](any(NewError("e", nil, nil)), TAny) }, nil, castErr("error", "any")},
	}
	for _, tt := range tests {
		e := panicked(func() { got = tt.f() })
		if tt.panic != "" {
			assert.Equal(t, tt.panic, printable(e), tt.name)
			continue
		}
		require.Nil(t, e, tt.name)
		assert.Equal(t, tt.want, got, tt.name)
	}
}
