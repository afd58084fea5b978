package rt

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestEqual(t *testing.T) {
	e := NewError("x", nil, nil)
	cyc1 := NewList[any](nil, int64(1))
	cyc1.Push(cyc1)
	cyc2 := NewList[any](nil, int64(1))
	cyc2.Push(cyc2)
	tests := []struct {
		name string
		a, b any
		want bool
	}{
		{"nil", nil, nil, true},
		{"nil vs int", nil, int64(0), false},
		{"ints", int64(3), int64(3), true},
		{"int vs float", int64(1), 1.0, false},
		{"floats", 1.5, 1.5, true},
		{"NaN == NaN", math.NaN(), math.NaN(), true},
		{"-0.0 == 0.0", math.Copysign(0, -1), 0.0, true},
		{"strings", "a", "a", true},
		{"strings differ", "a", "b", false},
		{"booleans", true, false, false},
		{"int lists", NewList[int64](nil, 1, 2), NewList[int64](nil, 1, 2), true},
		{"int lists differ", NewList[int64](nil, 1, 2), NewList[int64](nil, 2, 1), false},
		{"lengths differ", NewList[int64](nil, 1), NewList[int64](nil, 1, 2), false},
		{"typed vs boxed list", NewList[int64](nil, 1, 2), listOf(nil, int64(1), int64(2)), true},
		{"nested lists", listOf(nil, NewList[string](nil, "a")), listOf(nil, NewList[string](nil, "a")), true},
		{"maps any order", mapOf("a", int64(1), "b", "x"), mapOf("b", "x", "a", int64(1)), true},
		{"maps differ", mapOf("a", int64(1)), mapOf("a", int64(2)), false},
		{"maps keys differ", mapOf("a", int64(1)), mapOf("b", int64(1)), false},
		{"map nil member vs missing", mapOf("a", nil), mapOf("b", nil), false},
		{"records", &person{Name: "A", Age: 1, Nick: Absent}, &person{Name: "A", Age: 1, Nick: Absent}, true},
		{"records optional differs", &person{Name: "A", Age: 1, Nick: Absent}, &person{Name: "A", Age: 1, Nick: nil}, false},
		{"record vs map", &person{Name: "A", Age: 1, Nick: Absent}, mapOf("age", int64(1), "name", "A"), true},
		{"list vs map", NewList[int64](nil), NewMap[int64](nil), false},
		{"error identity", e, e, true},
		{"errors not deep", NewError("x", nil, nil), NewError("x", nil, nil), false},
		{"cyclic lists", cyc1, cyc2, true},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Equal(tt.a, tt.b), tt.name)
		assert.Equal(t, tt.want, Equal(tt.b, tt.a), tt.name+" (swapped)")
	}
}

func TestSame(t *testing.T) {
	l := NewList[int64](nil, 1)
	m := mapOf()
	r := &person{}
	f := func() {}
	tests := []struct {
		name string
		a, b any
		want bool
	}{
		{"ints", int64(1), int64(1), true},
		{"strings", "a", "a", true},
		{"NaN === NaN", math.NaN(), math.NaN(), true},
		{"-0.0 !== 0.0", math.Copysign(0, -1), 0.0, false},
		{"42.0 === 42.0", 42.0, 42.0, true},
		{"int vs float", int64(1), 1.0, false},
		{"nil", nil, nil, true},
		{"same list", l, l, true},
		{"equal lists", l, NewList[int64](nil, 1), false},
		{"same map", m, m, true},
		{"same record", r, r, true},
		{"other record", r, &person{}, false},
		{"same func", f, f, true},
		{"nil vs list", nil, l, false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Same(tt.a, tt.b), tt.name)
	}
}

func TestClone(t *testing.T) {
	assert.Equal(t, int64(5), Clone(int64(5)))
	assert.Equal(t, "s", Clone("s"))
	e := NewError("e", nil, nil)
	assert.Same(t, e, Clone(e))

	inner := NewList[int64](nil, 1, 2)
	outer := NewList[any](ArrayOf(TJSON), inner, mapOf("k", inner))
	c := Clone(outer)
	assert.True(t, Equal(outer, c))
	assert.NotSame(t, outer, c)
	ci := c.Elems[0].(*List[int64])
	assert.NotSame(t, inner, ci)
	assert.Same(t, ci, c.Elems[1].(*Map[any]).MustGet("k"), "sharing is preserved")
	assert.Equal(t, ArrayOf(TJSON), c.Inherent)
	ci.Set(0, 100)
	assert.Equal(t, int64(1), inner.Get(0))

	cyc := mapOf("a", int64(1))
	cyc.Put("self", cyc)
	cc := Clone(cyc)
	assert.Same(t, cc, cc.MustGet("self"), "cycles are preserved")

	p := &person{Name: "A", Age: 3, Nick: NewList[string](nil, "x")}
	cp := Clone(p)
	assert.NotSame(t, p, cp)
	assert.True(t, Equal(p, cp))
	assert.NotSame(t, p.Nick, cp.Nick)
	q := &person{Name: "B", Nick: Absent}
	assert.Equal(t, `{"name":"B","age":0}`, ToString(Clone(q)))

	var boxed any = NewList[int64](nil, 4)
	cb := Clone(boxed)
	assert.True(t, Equal(boxed, cb))
	assert.NotSame(t, boxed, cb)
	assert.Nil(t, Clone[any](nil))
	ro := CloneReadOnly(mapOf("a", int64(1)))
	assert.Equal(t, `{"a":1}`, ToString(ro))
}
