package rt

import (
	"iter"
)

// Map is a Ballerina map value with members of Go type T. It keeps insertion order:
// iteration, Keys and printing follow it, putting an existing key keeps its place, and
// removing a key keeps the order of the rest.
type Map[T any] struct {
	entries []mapEntry[T]
	index   map[string]int // key -> position in entries; nil while the map is small
	live    int            // entries not removed
	// Inherent is the map's inherent type (MapOf). nil means map<T> with T's natural
	// type; it must be set for maps of boxed members narrower than any|error.
	Inherent Type
	ro       *ReadOnly // non-nil when the map is read-only (readonly.go)
	// fam is non-nil when the map value has views of other Go member types
	// (mapview.go); stores are replayed in every member of fam.
	fam *mapFamily
}

type mapEntry[T any] struct {
	key  string
	val  T
	dead bool
}

// smallMap is the size up to which lookups scan the entries instead of using an index.
const smallMap = 8

// mapValue is implemented by every *Map[T]; it lets rt handle maps without knowing T.
type mapValue interface {
	mapLen() int
	mapGet(k string) (any, bool)
	mapRange(f func(k string, v any) bool)
	mapInherent() Type
	readOnly() *ReadOnly
	setInherentType(t Type)
	cloneValue(c *cloner) any
}

// NewMap returns an empty map of inherent type t (nil: natural).
func NewMap[T any](t Type) *Map[T] { return &Map[T]{Inherent: t} }

// NewMapFrom returns a map of inherent type t (nil: natural) holding keys[i] -> vals[i]
// in that order (a mapping constructor).
func NewMapFrom[T any](t Type, keys []string, vals []T) *Map[T] {
	m := &Map[T]{Inherent: t, entries: make([]mapEntry[T], 0, len(keys))}
	for i, k := range keys {
		m.Put(k, vals[i])
	}
	return m
}

func (m *Map[T]) find(k string) int {
	if m.index != nil {
		if i, ok := m.index[k]; ok {
			return i
		}
		return -1
	}
	for i := range m.entries {
		if e := &m.entries[i]; e.key == k && !e.dead {
			return i
		}
	}
	return -1
}

// Put sets member k to v (m[k] = v).
func (m *Map[T]) Put(k string, v T) {
	if m.ro != nil {
		m.checkUpdate(true)
	}
	if m.fam != nil && m.fam.rec != nil {
		m.recordPut(k, any(v)) // a record's view (recordmap.go)
		return
	}
	if m.Inherent != nil && (isBoxed[T]() || m.fam != nil || narrowAtomic[T](mapMemberType(m.Inherent))) {
		m.checkMember(any(v)) // a view's Go type does not say the member type
	}
	m.store(k, v)
	if m.fam != nil {
		m.fam.put(m, k, any(v))
	}
}

// store sets member k to v, unchecked.
func (m *Map[T]) store(k string, v T) {
	if i := m.find(k); i >= 0 {
		m.entries[i].val = v
		return
	}
	m.entries = append(m.entries, mapEntry[T]{key: k, val: v})
	m.live++
	if m.index != nil {
		m.index[k] = len(m.entries) - 1
	} else if len(m.entries) > smallMap {
		m.reindex()
	}
}

func (m *Map[T]) checkMember(v any) {
	if et := mapMemberType(m.Inherent); et != nil && !et.Contains(v) {
		panicMapInherent(et, v)
	}
}

//go:noinline
func panicMapInherent(expected Type, v any) {
	Panic(newLangError(reasonMapType,
		"invalid map insertion: expected value of type '"+expected.String()+"', found '"+TypeName(v)+"'"))
}

func (m *Map[T]) reindex() {
	m.index = make(map[string]int, len(m.entries))
	for i := range m.entries {
		if !m.entries[i].dead {
			m.index[m.entries[i].key] = i
		}
	}
}

// Get returns member k and whether it exists.
func (m *Map[T]) Get(k string) (T, bool) {
	if i := m.find(k); i >= 0 {
		return m.entries[i].val, true
	}
	var zero T
	return zero, false
}

// Member returns member k boxed, or nil when k is missing (m[k] of type T?).
func (m *Map[T]) Member(k string) any {
	if i := m.find(k); i >= 0 {
		return any(m.entries[i].val)
	}
	return nil
}

// MustGet returns member k (map:get); a missing key panics with
// {ballerina/lang.map}KeyNotFound.
func (m *Map[T]) MustGet(k string) T {
	i := m.find(k)
	if i < 0 {
		panicKeyNotFound(k)
	}
	return m.entries[i].val
}

//go:noinline
func panicKeyNotFound(k string) {
	Panic(newLangError(reasonMapKey, "cannot find key '"+k+"'"))
}

// HasKey reports whether member k exists (map:hasKey).
func (m *Map[T]) HasKey(k string) bool { return m.find(k) >= 0 }

// Remove removes member k and returns it (map:remove); a missing key panics like
// MustGet.
func (m *Map[T]) Remove(k string) T {
	if m.fam != nil && m.fam.rec != nil {
		v, ok := m.recordRemove(k)
		if !ok {
			panicKeyNotFound(k)
		}
		return v
	}
	i := m.find(k)
	if i < 0 {
		panicKeyNotFound(k)
	}
	v := m.removeAt(i)
	if m.fam != nil {
		m.fam.remove(m, k)
	}
	return v
}

// RemoveIfHasKey removes member k and returns it boxed, or returns nil when k is
// missing (map:removeIfHasKey).
func (m *Map[T]) RemoveIfHasKey(k string) any {
	if m.fam != nil && m.fam.rec != nil {
		if v, ok := m.recordRemove(k); ok {
			return any(v)
		}
		return nil
	}
	i := m.find(k)
	if i < 0 {
		return nil
	}
	v := m.removeAt(i)
	if m.fam != nil {
		m.fam.remove(m, k)
	}
	return any(v)
}

func (m *Map[T]) removeAt(i int) T {
	m.checkUpdate(false)
	e := &m.entries[i]
	v := e.val
	if m.index != nil {
		delete(m.index, e.key)
	}
	*e = mapEntry[T]{dead: true}
	m.live--
	if m.live == 0 {
		m.entries, m.index = nil, nil
	} else if dead := len(m.entries) - m.live; dead > smallMap && dead > m.live {
		m.compact()
	}
	return v
}

// compact drops removed entries. It builds a new slice so that a Range in progress
// keeps iterating the old one.
func (m *Map[T]) compact() {
	entries := make([]mapEntry[T], 0, m.live)
	for _, e := range m.entries {
		if !e.dead {
			entries = append(entries, e)
		}
	}
	m.entries = entries
	if len(entries) > smallMap {
		m.reindex()
	} else {
		m.index = nil
	}
}

// Len returns the number of members (map:length).
func (m *Map[T]) Len() int64 { return int64(m.live) }

// Keys returns the keys in insertion order (map:keys).
func (m *Map[T]) Keys() *List[string] {
	keys := make([]string, 0, m.live)
	for i := range m.entries {
		if !m.entries[i].dead {
			keys = append(keys, m.entries[i].key)
		}
	}
	return &List[string]{Elems: keys}
}

// Values returns the members in insertion order.
func (m *Map[T]) Values() []T {
	vals := make([]T, 0, m.live)
	for i := range m.entries {
		if !m.entries[i].dead {
			vals = append(vals, m.entries[i].val)
		}
	}
	return vals
}

// ToList returns the members as a list (map:toArray).
func (m *Map[T]) ToList() *List[T] {
	var t Type
	if m.Inherent != nil {
		if et := memberTypeOf(m.Inherent); et != nil {
			t = ArrayOf(et)
		}
	}
	return &List[T]{Elems: m.Values(), Inherent: t}
}

// Entries returns map:entries: a map from each key to the tuple [key, value].
func (m *Map[T]) Entries() *Map[*List[any]] {
	et := memberTypeOf(m.mapInherent())
	tt := TupleOf([]Type{TString, et}, nil)
	out := NewMap[*List[any]](MapOf(tt))
	m.Range(func(k string, v T) bool {
		out.Put(k, &List[any]{Elems: []any{k, any(v)}, Inherent: tt})
		return true
	})
	return out
}

// Range calls f for each member in insertion order until f returns false. Members
// added during the iteration are not visited; removed ones are skipped.
func (m *Map[T]) Range(f func(k string, v T) bool) {
	entries := m.entries
	for i := range entries {
		if e := &entries[i]; !e.dead {
			if !f(e.key, e.val) {
				return
			}
		}
	}
}

// All returns an iterator over the members in insertion order, for range-over-func.
func (m *Map[T]) All() iter.Seq2[string, T] {
	return func(yield func(string, T) bool) { m.Range(yield) }
}

// Clone returns a deep copy (value:clone).
func (m *Map[T]) Clone() *Map[T] { return Clone(m) }

func (m *Map[T]) mapLen() int { return m.live }

func (m *Map[T]) mapGet(k string) (any, bool) {
	if i := m.find(k); i >= 0 {
		return any(m.entries[i].val), true
	}
	return nil, false
}

func (m *Map[T]) mapRange(f func(k string, v any) bool) {
	m.Range(func(k string, v T) bool { return f(k, any(v)) })
}

func (m *Map[T]) mapInherent() Type {
	if m.Inherent != nil {
		return m.Inherent
	}
	return naturalMapType[T]()
}

func (m *Map[T]) cloneValue(c *cloner) any {
	if m == nil {
		return m
	}
	if r := m.viewedRecord(); r != nil {
		return RecordMap[T](c.clone(r)) // the clone of the record, seen as this map
	}
	n := &Map[T]{entries: make([]mapEntry[T], 0, m.live), live: m.live, Inherent: m.Inherent}
	if c.readOnly {
		n.ro = frozen()
	}
	c.remember(m, n)
	atomic := isAtomic[T]()
	for _, e := range m.entries {
		if e.dead {
			continue
		}
		if !atomic {
			e.val, _ = c.clone(any(e.val)).(T)
		}
		n.entries = append(n.entries, e)
	}
	if len(n.entries) > smallMap {
		n.reindex()
	}
	return n
}

// MapForEach calls f on each member in insertion order (map:forEach).
func MapForEach[T any](m *Map[T], f func(T)) {
	m.Range(func(_ string, v T) bool { f(v); return true })
}

// MapFilter returns a new map of the members for which f is true (map:filter).
func MapFilter[T any](m *Map[T], f func(T) bool) *Map[T] {
	out := NewMap[T](m.plainInherent())
	m.Range(func(k string, v T) bool {
		if f(v) {
			out.Put(k, v)
		}
		return true
	})
	return out
}

// MapMap returns a new map with f applied to each member (map:map). The result has
// the natural inherent type of U; set Inherent on it when U is a boxed type.
func MapMap[T, U any](m *Map[T], f func(T) U) *Map[U] {
	out := &Map[U]{entries: make([]mapEntry[U], 0, m.live)}
	m.Range(func(k string, v T) bool {
		out.Put(k, f(v))
		return true
	})
	return out
}

// MapReduce folds the members in insertion order with f starting from init
// (map:reduce).
func MapReduce[T, A any](m *Map[T], f func(A, T) A, init A) A {
	acc := init
	m.Range(func(_ string, v T) bool { acc = f(acc, v); return true })
	return acc
}
