package rt

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIndexKeysByEquality(t *testing.T) {
	x := NewIndex[int]()
	m1 := NewMapFrom[any](nil, []string{"a", "b"}, []any{int64(1), "x"})
	m2 := NewMapFrom[any](nil, []string{"b", "a"}, []any{"x", int64(1)})
	x.Set(m1, 1)
	v, ok := x.Get(m2) // the same mapping, fields in another order
	assert.True(t, ok)
	assert.Equal(t, 1, v)
	x.Set(1.5, 2)
	_, ok = x.Get(int64(1)) // an int is not a float
	assert.False(t, ok)
	x.Set(KeyTuple(int64(1), "a"), 3)
	x.Set(KeyTuple(int64(1), "a"), 4) // replaces
	v, ok = x.Get(KeyTuple(int64(1), "a"))
	assert.True(t, ok)
	assert.Equal(t, 4, v)
	nan := 0.0
	nan /= nan
	x.Set(nan, 5)
	v, ok = x.Get(nan) // NaN == NaN in Ballerina
	assert.True(t, ok)
	assert.Equal(t, 5, v)
}
