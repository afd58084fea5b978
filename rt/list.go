package rt

import (
	"math"
	"slices"
	"strings"
)

// List is a Ballerina list value (array or tuple) whose elements have Go type T.
// Elems may be read and ranged over directly; stores that can violate the inherent
// type or the length of a fixed-length list must go through Set and Push.
type List[T any] struct {
	Elems []T
	// Inherent is the list's inherent type (ArrayOf, FixedArrayOf or TupleOf). nil means
	// "T[]" with T's natural type; it must be set for lists of boxed elements whose
	// element type is narrower than any|error, so that stores are checked.
	Inherent Type
	// settable is how many leading members Set may store into directly: 0, or at most
	// len(Elems) for a list whose stores need no member check. It lets Set's common case
	// be inlined (checking Inherent there too would make Set too big to inline). setSlow
	// raises it, Pop and Remove lower it; a list made elsewhere starts at 0, which is
	// always right (every store takes the checked path until setSlow raises it).
	settable int
	ro       *ReadOnly // non-nil when the list is read-only (readonly.go); settable is then 0
	// fam is non-nil when the list value has views of other Go element types
	// (listview.go); settable is then 0 and stores update every member of fam.
	fam *listFamily
}

// listValue is implemented by every *List[T]; it lets rt handle lists without knowing T.
type listValue interface {
	listLen() int
	listElem(i int) any
	listInherent() Type
	readOnly() *ReadOnly
	initFiller(t Type) bool
	cloneValue(c *cloner) any
}

// NewList returns a list of the given inherent type (nil: natural) holding elems.
func NewList[T any](t Type, elems ...T) *List[T] {
	return &List[T]{Elems: elems, Inherent: t}
}

// NewFixedList returns a list of type t (normally FixedArrayOf(elem, n)) of length n:
// elems followed by filler values.
func NewFixedList[T any](t Type, n int, elems ...T) *List[T] {
	s := make([]T, len(elems), n)
	copy(s, elems)
	l := &List[T]{Elems: s, Inherent: t}
	l.fill(n)
	return l
}

// Len returns the number of members (array:length).
func (l *List[T]) Len() int64 { return int64(len(l.Elems)) }

// Get returns member i (l[i]); an index out of range panics with
// {ballerina/lang.array}IndexOutOfRange.
func (l *List[T]) Get(i int64) T {
	if uint64(i) >= uint64(len(l.Elems)) {
		panic(l.indexPanic(i))
	}
	return l.Elems[i]
}

// Set stores v at index i (l[i] = v). i == Len appends; i > Len fills the gap with
// filler values (panicking when the member type has none). Negative indexes, indexes past a fixed length and values outside the
// inherent element type panic.
func (l *List[T]) Set(i int64, v T) {
	if uint64(i) < uint64(l.settable) {
		l.Elems[i] = v
		return
	}
	l.setSlow(i, v)
}

func (l *List[T]) setSlow(i int64, v T) {
	if l.ro != nil {
		panicListUpdate()
	}
	if i < 0 {
		l.panicIndex(i)
	}
	if l.Inherent != nil {
		if max := maxListLen(l.Inherent); max >= 0 && i >= int64(max) {
			l.panicIndex(i)
		}
		if et := memberType(l.Inherent, int(i)); et != nil && (isBoxed[T]() || l.fam != nil || narrowAtomic[T](et)) &&
			!et.Contains(any(v)) {
			panicInherent(et, any(v))
		}
	}
	if i < int64(len(l.Elems)) {
		l.Elems[i] = v
	} else {
		if !l.tryFill(int(i)) {
			panicNoFiller(len(l.Elems), int(i)+1)
		}
		l.Elems = append(l.Elems, v)
	}
	if l.fam != nil {
		l.fam.changed(l, int(i), int(i)+1)
		return
	}
	// Stores need a member check only for boxed members of a list with an inherent
	// type, or members narrower than their Go type (byte in an int64); a length
	// limit is not passed by storing into an existing member.
	if l.Inherent == nil || !isBoxed[T]() && !narrowList[T](l.Inherent) {
		l.settable = len(l.Elems)
	}
}

// Push appends vs (array:push).
func (l *List[T]) Push(vs ...T) {
	if l.Inherent == nil && l.ro == nil && l.fam == nil {
		l.Elems = append(l.Elems, vs...)
		return
	}
	l.pushChecked(vs)
}

// pushChecked is Push on a list with an inherent type: the length and member types are
// checked before anything is appended.
func (l *List[T]) pushChecked(vs []T) {
	if l.ro != nil {
		panicListUpdate()
	}
	n := len(l.Elems)
	if max := maxListLen(l.Inherent); max >= 0 && n+len(vs) > max {
		panicFixedLength(max, n+len(vs))
	}
	// a boxed member or a view: its Go type does not say the member type
	if isBoxed[T]() || l.fam != nil || narrowList[T](l.Inherent) {
		for k, v := range vs {
			if et := memberType(l.Inherent, n+k); et != nil && !et.Contains(any(v)) {
				panicInherent(et, any(v))
			}
		}
	}
	l.Elems = append(l.Elems, vs...)
	if l.fam != nil {
		l.fam.changed(l, n, len(l.Elems))
	}
}

// Pop removes and returns the last member (array:pop).
func (l *List[T]) Pop() T {
	n := len(l.Elems)
	if n == 0 {
		l.panicIndex(-1)
	}
	l.checkShrink(n - 1)
	v := l.Elems[n-1]
	var zero T
	l.Elems[n-1] = zero
	l.Elems = l.Elems[:n-1]
	l.settable = min(l.settable, n-1)
	if l.fam != nil {
		l.fam.changed(l, n-1, n-1)
	}
	return v
}

// Remove removes and returns member i (array:remove).
func (l *List[T]) Remove(i int64) T {
	if uint64(i) >= uint64(len(l.Elems)) {
		l.panicIndex(i)
	}
	l.checkShrink(len(l.Elems) - 1)
	v := l.Elems[i]
	l.Elems = slices.Delete(l.Elems, int(i), int(i)+1)
	l.settable = min(l.settable, len(l.Elems))
	if l.fam != nil {
		l.fam.changed(l, int(i), len(l.Elems))
	}
	return v
}

func (l *List[T]) checkShrink(to int) {
	if l.ro != nil {
		panicListUpdate()
	}
	if l.Inherent == nil {
		return
	}
	if min := minListLen(l.Inherent); to < min {
		panicFixedLength(min, to)
	}
}

// Slice returns a new list of members start (inclusive) to end (exclusive; the
// length when omitted) (array:slice).
func (l *List[T]) Slice(start int64, stop ...int64) *List[T] {
	n := int64(len(l.Elems))
	end := n
	if len(stop) > 0 {
		end = stop[0]
	}
	if start < 0 || start > n {
		l.panicIndex(start)
	}
	if end < start || end > n {
		l.panicIndex(end)
	}
	out := make([]T, end-start)
	copy(out, l.Elems[start:end])
	return &List[T]{Elems: out, Inherent: openListType(l.Inherent)}
}

// Shift removes and returns the first member (array:shift).
func (l *List[T]) Shift() T {
	if len(l.Elems) == 0 {
		l.panicIndex(0)
	}
	return l.Remove(0)
}

// Reverse returns a new list with the members in reverse order (array:reverse).
func (l *List[T]) Reverse() *List[T] {
	out := make([]T, len(l.Elems))
	for i, e := range l.Elems {
		out[len(out)-1-i] = e
	}
	return &List[T]{Elems: out, Inherent: l.Inherent}
}

// IndexOf returns the index (int64) of the first member at or after start (0 when
// omitted) that is == to v, or nil (array:indexOf).
func (l *List[T]) IndexOf(v T, from ...int64) any {
	var start int64
	if len(from) > 0 {
		start = from[0]
	}
	if start < 0 {
		start = 0
	}
	n := int64(len(l.Elems))
	switch s := any(l.Elems).(type) {
	case []int64:
		x := any(v).(int64)
		for i := start; i < n; i++ {
			if s[i] == x {
				return i
			}
		}
		return nil
	case []string:
		x := any(v).(string)
		for i := start; i < n; i++ {
			if s[i] == x {
				return i
			}
		}
		return nil
	}
	bv := any(v)
	for i := start; i < n; i++ {
		if Equal(any(l.Elems[i]), bv) {
			return i
		}
	}
	return nil
}

// LastIndexOf returns the index (int64) of the last member at or before start (the
// last member when omitted) that is == to v, or nil (array:lastIndexOf).
func (l *List[T]) LastIndexOf(v T, from ...int64) any {
	start := int64(len(l.Elems)) - 1
	if len(from) > 0 && from[0] < start {
		start = from[0]
	}
	bv := any(v)
	for i := start; i >= 0; i-- {
		if Equal(any(l.Elems[i]), bv) {
			return i
		}
	}
	return nil
}

// Clone returns a deep copy (value:clone).
func (l *List[T]) Clone() *List[T] { return Clone(l) }

func (l *List[T]) listLen() int       { return len(l.Elems) }
func (l *List[T]) listElem(i int) any { return any(l.Elems[i]) }

func (l *List[T]) listInherent() Type {
	if l.Inherent != nil {
		return l.Inherent
	}
	return naturalListType[T]()
}

func (l *List[T]) cloneValue(c *cloner) any {
	if l == nil {
		return l
	}
	n := &List[T]{Elems: make([]T, len(l.Elems)), Inherent: l.Inherent}
	if c.readOnly {
		n.ro = frozen()
	}
	c.remember(l, n)
	if isAtomic[T]() {
		copy(n.Elems, l.Elems)
		return n
	}
	for i, e := range l.Elems {
		n.Elems[i], _ = c.clone(any(e)).(T)
	}
	return n
}

//go:noinline
func (l *List[T]) panicIndex(i int64) {
	Panic(indexOutOfRangeErrorFor(l.Inherent, i, int64(len(l.Elems))))
}

// indexPanic is what Get panics with (a panic statement in Get keeps it inlinable and
// its hot path a fall-through; see int.go).
//
//go:noinline
func (l *List[T]) indexPanic(i int64) any {
	return &panicValue{err: indexOutOfRangeErrorFor(l.Inherent, i, int64(len(l.Elems)))}
}

// isBoxed reports whether T is an interface type, whose values the Go type system does
// not restrict (stores into such lists and maps are checked against Inherent).
func isBoxed[T any]() bool {
	var z T
	return any(z) == nil
}

// narrowAtomic reports whether T is a simple Go type (int64, float64, bool,
// string) that does not say all of the member type t: byte, int:Signed8,
// string:Char or a finite type such as an enum are held in the wider Go type,
// so a store into such a member must be checked.
func narrowAtomic[T any](t Type) bool {
	if t == nil || !isAtomic[T]() {
		return false
	}
	_, basic := t.(*basicType)
	return !basic
}

// narrowList reports whether some member type of the list type t is narrower
// than the Go element type T (see narrowAtomic).
func narrowList[T any](t Type) bool {
	switch tt := t.(type) {
	case *arrayType:
		return narrowAtomic[T](tt.elem)
	case *tupleType:
		for _, m := range tt.members {
			if narrowAtomic[T](m) {
				return true
			}
		}
		return tt.rest != nil && narrowAtomic[T](tt.rest)
	}
	return false
}

// isAtomic reports whether T is a simple Go type whose values need no deep copy.
func isAtomic[T any]() bool {
	var z T
	switch any(z).(type) {
	case int64, float64, Decimal, bool, string:
		return true
	}
	return false
}

func indexOutOfRangeError(i, n int64) *Error {
	return newLangError(reasonArrayIndex,
		"array index out of range: index: "+javaNumber(i)+", size: "+javaNumber(n))
}

func indexOutOfRangeErrorFor(t Type, i, n int64) *Error {
	if _, ok := t.(*tupleType); ok {
		return newLangError(reasonArrayIndex,
			"tuple index out of range: index: "+javaNumber(i)+", size: "+javaNumber(n))
	}
	return indexOutOfRangeError(i, n)
}

//go:noinline
func panicInherent(expected Type, v any) {
	Panic(newLangError(reasonArrayType,
		"incompatible types: expected '"+expected.String()+"', found '"+TypeName(v)+"'"))
}

//go:noinline
func panicFixedLength(fixed, to int) {
	Panic(newLangError(reasonArrayType,
		"cannot change the length of an array of fixed length '"+javaNumber(int64(fixed))+
			"' to '"+javaNumber(int64(to))+"'"))
}

// ListMap returns a new list of f applied to each member (array:map). The result has
// the natural inherent type of U; set Inherent on it when U is a boxed type.
func ListMap[T, U any](l *List[T], f func(T) U) *List[U] {
	out := make([]U, len(l.Elems))
	for i, e := range l.Elems {
		out[i] = f(e)
	}
	return &List[U]{Elems: out}
}

// ListFilter returns a new list of the members for which f is true (array:filter).
func ListFilter[T any](l *List[T], f func(T) bool) *List[T] {
	out := make([]T, 0, len(l.Elems))
	for _, e := range l.Elems {
		if f(e) {
			out = append(out, e)
		}
	}
	return &List[T]{Elems: out, Inherent: openListType(l.Inherent)}
}

// ListForEach calls f on each member in order (array:forEach).
func ListForEach[T any](l *List[T], f func(T)) {
	for _, e := range l.Elems {
		f(e)
	}
}

// ListSome reports whether f is true for some member, calling it in order until it is
// (array:some).
func ListSome[T any](l *List[T], f func(T) bool) bool {
	for _, e := range l.Elems {
		if f(e) {
			return true
		}
	}
	return false
}

// ListEvery reports whether f is true for every member, calling it in order until it
// is not (array:every).
func ListEvery[T any](l *List[T], f func(T) bool) bool {
	for _, e := range l.Elems {
		if !f(e) {
			return false
		}
	}
	return true
}

// ListReduce folds the members with f starting from init (array:reduce).
func ListReduce[T, A any](l *List[T], f func(A, T) A, init A) A {
	acc := init
	for _, e := range l.Elems {
		acc = f(acc, e)
	}
	return acc
}

// ListSort returns a new list with the members in ascending order, or in descending
// order when direction is "descending" (array:sort without a key function; direction
// defaults to "ascending"). The sort is stable; strings compare by code point; NaN
// sorts after every other float in both directions.
func ListSort[T int64 | float64 | string](l *List[T], direction ...string) *List[T] {
	descending := len(direction) > 0 && direction[0] == "descending"
	out := slices.Clone(l.Elems)
	slices.SortStableFunc(out, func(a, b T) int {
		an, bn := a != a, b != b // NaN (only possible for floats)
		switch {
		case an && bn:
			return 0
		case an:
			return 1
		case bn:
			return -1
		}
		c := 0
		if a < b {
			c = -1
		} else if a > b {
			c = 1
		}
		if descending {
			c = -c
		}
		return c
	})
	return &List[T]{Elems: out, Inherent: l.Inherent}
}

// ListSortBy is array:sort of any ordered members, or by a key: a new list of
// l's members sorted stably by key(m) (by m itself when key is nil), in
// direction ("ascending" or "descending"). Keys are compared as the relational
// operators compare them; () and NaN keys, which are unordered, come last in
// both directions.
func ListSortBy[T any](l *List[T], direction string, key func(T) any) *List[T] {
	keys := make([]any, len(l.Elems))
	for i, m := range l.Elems {
		if key != nil {
			keys[i] = key(m)
		} else {
			keys[i] = m
		}
	}
	idx := make([]int, len(l.Elems))
	for i := range idx {
		idx[i] = i
	}
	descending := direction == "descending"
	slices.SortStableFunc(idx, func(i, j int) int { return CompareKeys(keys[i], keys[j], descending) })
	out := make([]T, len(idx))
	for k, i := range idx {
		out[k] = l.Elems[i]
	}
	return &List[T]{Elems: out, Inherent: l.Inherent}
}

// unorderedKey reports whether a sort key is () or NaN, which sort last.
func unorderedKey(k any) bool {
	f, ok := k.(float64)
	return k == nil || ok && f != f
}

// ListSortFunc returns a new list sorted stably by cmp (array:sort with a key).
func ListSortFunc[T any](l *List[T], cmp func(a, b T) int) *List[T] {
	out := slices.Clone(l.Elems)
	slices.SortStableFunc(out, cmp)
	return &List[T]{Elems: out, Inherent: l.Inherent}
}

// JoinStrings concatenates the members of l with sep between them (string:join).
func JoinStrings(sep string, l *List[string]) string { return strings.Join(l.Elems, sep) }

// SumInt is int:sum; overflow panics.
func SumInt(xs ...int64) int64 {
	var s int64
	for _, x := range xs {
		s = AddInt(s, x)
	}
	return s
}

// MaxInt is int:max.
func MaxInt(n int64, ns ...int64) int64 {
	for _, x := range ns {
		if x > n {
			n = x
		}
	}
	return n
}

// MinInt is int:min.
func MinInt(n int64, ns ...int64) int64 {
	for _, x := range ns {
		if x < n {
			n = x
		}
	}
	return n
}

// SumFloat is float:sum.
func SumFloat(xs ...float64) float64 {
	var s float64
	for _, x := range xs {
		s += x
	}
	return s
}

// MaxFloat is float:max: -Infinity when there are no arguments, NaN if any
// argument is NaN.
func MaxFloat(xs ...float64) float64 {
	m := math.Inf(-1)
	for _, x := range xs {
		m = math.Max(m, x)
	}
	return m
}

// MinFloat is float:min: +Infinity when there are no arguments, NaN if any
// argument is NaN.
func MinFloat(xs ...float64) float64 {
	m := math.Inf(1)
	for _, x := range xs {
		m = math.Min(m, x)
	}
	return m
}

// BoxedMembers returns the members of l boxed, for passing a list to a rest
// parameter of a boxed type (io:println(...xs)).
func BoxedMembers[T any](l *List[T]) []any {
	out := make([]any, len(l.Elems))
	for i, e := range l.Elems {
		out[i] = e
	}
	return out
}
