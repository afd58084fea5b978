package rt

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMapBasics(t *testing.T) {
	m := NewMap[int64](nil)
	m.Put("b", 2)
	m.Put("a", 1)
	m.Put("c", 3)
	m.Put("b", 20) // keeps its place
	assert.Equal(t, `{"b":20,"a":1,"c":3}`, ToString(m))
	assert.Equal(t, int64(3), m.Len())

	v, ok := m.Get("a")
	assert.True(t, ok)
	assert.Equal(t, int64(1), v)
	_, ok = m.Get("z")
	assert.False(t, ok)
	assert.Equal(t, int64(20), m.Member("b"))
	assert.Nil(t, m.Member("z"))
	assert.Equal(t, int64(3), m.MustGet("c"))
	assert.True(t, m.HasKey("a"))
	assert.False(t, m.HasKey("z"))

	assert.Equal(t, `{ballerina/lang.map}KeyNotFound {"message":"cannot find key 'z'"}`,
		printable(panicked(func() { m.MustGet("z") })))
	assert.Equal(t, `{ballerina/lang.map}KeyNotFound {"message":"cannot find key 'q'"}`,
		printable(panicked(func() { m.Remove("q") })))

	assert.Equal(t, int64(1), m.Remove("a"))
	assert.Equal(t, `{"b":20,"c":3}`, ToString(m))
	assert.Nil(t, m.RemoveIfHasKey("a"))
	assert.Equal(t, int64(3), m.RemoveIfHasKey("c"))
	m.Put("a", 5) // a re-added key goes to the end
	assert.Equal(t, `["b","a"]`, ToString(m.Keys()))
	assert.Equal(t, []int64{20, 5}, m.Values())
	assert.Equal(t, "[20,5]", ToString(m.ToList()))
	assert.Equal(t, `{"b":["b",20],"a":["a",5]}`, ToString(m.Entries()))

	var keys []string
	m.Range(func(k string, v int64) bool { keys = append(keys, k); return true })
	assert.Equal(t, []string{"b", "a"}, keys)
	keys = nil
	for k := range m.All() {
		keys = append(keys, k)
		break
	}
	assert.Equal(t, []string{"b"}, keys)
}

// Large maps use an index; order and removal must behave the same.
func TestMapLarge(t *testing.T) {
	m := NewMap[int64](nil)
	for i := 0; i < 100; i++ {
		m.Put(fmt.Sprintf("k%d", i), int64(i))
	}
	for i := 0; i < 100; i += 2 {
		assert.Equal(t, int64(i), m.Remove(fmt.Sprintf("k%d", i)))
	}
	assert.Equal(t, int64(50), m.Len())
	keys := m.Keys().Elems
	assert.Equal(t, "k1", keys[0])
	assert.Equal(t, "k99", keys[49])
	for i := 1; i < 100; i += 2 {
		v, ok := m.Get(fmt.Sprintf("k%d", i))
		assert.True(t, ok)
		assert.Equal(t, int64(i), v)
	}
	m.Put("k0", 0)
	assert.Equal(t, "k0", m.Keys().Elems[50])
	for i := 1; i < 100; i += 2 {
		m.Remove(fmt.Sprintf("k%d", i))
	}
	assert.Equal(t, `{"k0":0}`, ToString(m))
	m.Remove("k0")
	assert.Equal(t, "{}", ToString(m))
	m.Put("x", 1)
	assert.Equal(t, `{"x":1}`, ToString(m))
}

func TestMapInherentType(t *testing.T) {
	m := NewMap[any](MapOf(TInt))
	m.Put("a", int64(1))
	assert.Equal(t, `{ballerina/lang.map}InherentTypeViolation {"message":"invalid map insertion: expected value of type 'int', found 'string'"}`,
		printable(panicked(func() { m.Put("b", "x") })))
	assert.Equal(t, "map<int>", TypeName(m))
	assert.True(t, MapOf(TInt).Contains(m))
	assert.True(t, MapOf(TInt).Contains(NewMap[int64](nil)))
	assert.False(t, MapOf(TInt).Contains(NewMap[any](MapOf(TJSON))))
	assert.True(t, MapOf(TJSON).Contains(NewMap[int64](nil)))

	c := m.Clone()
	c.Put("z", int64(9))
	assert.False(t, m.HasKey("z"))
	assert.Equal(t, MapOf(TInt), c.Inherent)
}
