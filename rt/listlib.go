package rt

import "slices"

// The lang.array functions that change a list's length in place (removeAll,
// setLength, unshift) and enumerate, with the checks of push and pop: a
// read-only list, a fixed length, the inherent member type, views (listview.go).

// RemoveAll removes every member (array:removeAll).
func (l *List[T]) RemoveAll() {
	l.shrink(0)
}

// shrink cuts l to its first n members, which must be at most its length.
func (l *List[T]) shrink(n int) {
	l.checkShrink(n)
	clear(l.Elems[n:])
	l.Elems = l.Elems[:n]
	l.settable = min(l.settable, n)
	if l.fam != nil {
		l.fam.changed(l, n, n)
	}
}

// SetLength is array:setLength: a shorter length drops the last members, a
// longer one adds filler values (panicking when the member type has none, or
// past a fixed length).
func (l *List[T]) SetLength(n int64) {
	if l.ro != nil {
		panicListUpdate()
	}
	switch have := int64(len(l.Elems)); {
	case n < have:
		if n < 0 {
			l.panicIndex(n)
		}
		l.shrink(int(n))
	case n > have:
		if l.Inherent != nil {
			if max := maxListLen(l.Inherent); max >= 0 && n > int64(max) {
				panicFixedLength(max, int(n))
			}
		}
		l.fill(int(n))
	}
}

// Unshift adds vs before the first member, in order (array:unshift): the
// members are checked as push checks them, then moved.
func (l *List[T]) Unshift(vs ...T) {
	if len(vs) == 0 {
		return
	}
	n := len(l.Elems)
	l.Push(vs...) // the length and member checks, for the values at the end
	// the values go to the front: the members they displace must fit their new
	// positions too (a tuple's member types differ by position)
	moved := slices.Concat(vs, l.Elems[:n])
	if l.Inherent != nil && (isBoxed[T]() || l.fam != nil || narrowList[T](l.Inherent)) {
		for i, v := range moved {
			if et := memberType(l.Inherent, i); et != nil && !et.Contains(any(v)) {
				l.shrink(n) // undo the push
				panicInherent(et, any(v))
			}
		}
	}
	copy(l.Elems, moved)
	if l.fam != nil {
		l.fam.changed(l, 0, len(l.Elems))
	}
}

// ListEnumerate is array:enumerate: a new list of [index, member] tuples.
func ListEnumerate[T any](l *List[T]) *List[*List[any]] {
	et := memberType(openListType(l.listInherent()), 0)
	if et == nil {
		et = TAny // the empty tuple: no member to type
	}
	tt := TupleOf([]Type{TInt, et}, nil)
	out := make([]*List[any], len(l.Elems))
	for i, v := range l.Elems {
		out[i] = &List[any]{Elems: []any{int64(i), any(v)}, Inherent: tt}
	}
	return NewList[*List[any]](ArrayOf(tt), out...)
}

// MapRemoveAll is map:removeAll: removes every member, each as map:remove does
// (a read-only map panics; a record with a required field panics before any is
// removed).
func MapRemoveAll[T any](m *Map[T]) {
	m.checkRemoveAll() // a record's view (recordmap.go)
	for _, k := range m.Keys().Elems {
		m.Remove(k)
	}
}
