package rt

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// restOfXY is the rest of an open record {x, y} after x: record {| never x?; int y; anydata...; |}.
type restOfXY struct {
	X     any       `bal:"x,optional"`
	Y     int64     `bal:"y"`
	Rest_ *Map[any] `bal:",rest"`
}

func TestListDestructuring(t *testing.T) {
	ints := NewList[int64](nil, 1, 2, 3)
	boxed := NewList[any](TupleOf([]Type{TString, TInt}, nil), "a", nil)

	assert.True(t, IsList(ints, 3, false))
	assert.False(t, IsList(ints, 2, false))
	assert.True(t, IsList(ints, 2, true))
	assert.False(t, IsList(ints, 4, true))
	assert.False(t, IsList("abc", 0, true), "a string is not a list")
	assert.False(t, IsList(mapOf("a", int64(1)), 0, true))

	assert.Equal(t, int64(2), ListMember(ints, 1))
	assert.Nil(t, ListMember(boxed, 1))

	r := ListRest[int64](ints, 1, ArrayOf(TInt))
	assert.Equal(t, "[2,3]", ToString(r))
	r.Set(0, 9)
	assert.Equal(t, int64(2), ints.Get(1), "the rest is a new list")
	assert.Equal(t, "[]", ToString(ListRest[int64](ints, 3, ArrayOf(TInt))))
	assert.Equal(t, `[null]`, ToString(ListRest[any](boxed, 1, ArrayOf(UnionOf(TInt, TNil)))))

	// the rest of a value of a union of list types takes its type from the value
	tuple := NewList[any](TupleOf([]Type{TString, TInt, TBoolean}, nil), "a", int64(1), true)
	assert.Equal(t, "[int,boolean]", ListRest[any](tuple, 1, nil).listInherent().String())
	fixed := NewList[int64](FixedArrayOf(TInt, 3), 1, 2, 3)
	assert.Equal(t, "int[1]", ListRest[int64](fixed, 2, nil).listInherent().String())
}

func TestMappingDestructuring(t *testing.T) {
	m := mapOf("x", int64(1), "y", int64(2), "z", "s")
	rec := &openRec{ID: 7}
	SetRest(nil, &rec.Rest_, "note", "n")

	assert.True(t, HasFields(m, "x", "z"))
	assert.False(t, HasFields(m, "x", "w"))
	assert.True(t, HasFields(m), "every mapping has no fields to have")
	assert.True(t, HasFields(rec, "id", "note"))
	assert.False(t, HasFields(rec, "nick"))
	assert.False(t, HasFields(NewList[int64](nil), "x"), "a list is not a mapping")
	assert.False(t, HasFields(nil))

	assert.Equal(t, "s", MappingMember(m, "z"))
	assert.Nil(t, MappingMember(m, "w"))
	assert.Equal(t, int64(7), MappingMember(rec, "id"))
	assert.Equal(t, "n", MappingMember(rec, "note"))

	rest := MapRest[any](m, MapOf(TAnydata), "x")
	assert.Equal(t, `{"y":2,"z":"s"}`, ToString(rest))
	assert.Equal(t, `{"note":"n"}`, ToString(MapRest[any](rec, MapOf(TAnydata), "id")))

	rt := RecordTypeOf((*restOfXY)(nil), "")
	DefineRecord(rt, []RecordField{{Name: "x", Type: TNever, Optional: true}, {Name: "y", Type: TInt}}, TAnydata)
	r := RecordRest(m, rt, "x").(*restOfXY)
	assert.True(t, IsAbsent(r.X))
	assert.Equal(t, int64(2), r.Y)
	assert.Equal(t, `{"y":2,"z":"s"}`, ToString(r))
}
