package rt

import "reflect"

// Filler values (spec, "Filler values"): storing past the end of a list fills the
// members in between, and a filling read (the container part of an lvalue such as
// v[1] in v[1][2] = x) creates the member it reads, each with a new filler value of
// the member type. A member type without a filler value makes such a store panic.

const reasonListInsertion = "{ballerina/lang.array}IllegalListInsertion"

// fillerOf returns a new filler value of type t held in a Go variable of type gt, and
// whether t has one. t nil means gt's natural type.
func fillerOf(t Type, gt reflect.Type) (any, bool) {
	if t == nil {
		t = naturalOf(gt)
	}
	switch tt := t.(type) {
	case *basicType:
		switch tt.kind {
		case kNil, kAny, kAnydata, kJSON, kReadonly:
			return nil, true
		}
		return basicZero(tt.kind)
	case *singletonType:
		return tt.value, true
	case *intRangeType:
		return int64(0), tt.Contains(int64(0)) // byte, int:Signed8…: 0
	case *unionType:
		return unionFiller(tt)
	case *arrayType, *tupleType:
		l, ok := newContainer(t, gt).(listValue)
		if !ok || !l.initFiller(t) {
			return nil, false
		}
		return l, true
	case *mapType:
		m, ok := newContainer(t, gt).(mapValue)
		if !ok {
			return nil, false
		}
		m.setInherentType(t)
		return m, true
	case *recordType:
		if tt.fill != nil {
			return tt.fill(), true
		}
	}
	return nil, false
}

// basicZero is the filler value of the basic type k: 0, 0.0, false or "".
func basicZero(k basicKind) (any, bool) {
	switch k {
	case kInt:
		return int64(0), true
	case kFloat:
		return float64(0), true
	case kDecimal:
		return Decimal{}, true
	case kBoolean:
		return false, true
	case kString:
		return "", true
	}
	return nil, false
}

// unionFiller is the filler value of a union: () when () is a member; otherwise the
// filler of basic type B when every member belongs to B and that filler belongs to
// the union (so 0|1 fills with 0, while 1|2 and 0|"" have no filler value).
func unionFiller(u *unionType) (any, bool) {
	if u.Contains(nil) {
		return nil, true
	}
	var kind basicKind
	for i, m := range u.members {
		k, ok := simpleKind(m)
		if !ok || (i > 0 && k != kind) {
			return nil, false
		}
		kind = k
	}
	z, ok := basicZero(kind)
	if !ok || !u.Contains(z) {
		return nil, false
	}
	return z, true
}

// simpleKind is the basic type of every value of t, when t is int, float, boolean,
// string or a singleton of one of them.
func simpleKind(t Type) (basicKind, bool) {
	switch tt := t.(type) {
	case *basicType:
		switch tt.kind {
		case kInt, kFloat, kDecimal, kBoolean, kString:
			return tt.kind, true
		}
	case *singletonType:
		switch tt.value.(type) {
		case int64:
			return kInt, true
		case float64:
			return kFloat, true
		case Decimal:
			return kDecimal, true
		case bool:
			return kBoolean, true
		case string:
			return kString, true
		}
	}
	return 0, false
}

// newContainer returns a new empty *List[U] or *Map[U] for a member of type t held in
// a Go variable of type gt: gt itself when it is such a pointer type, else (gt is an
// interface) the Go type generated code uses for t, when rt knows it.
func newContainer(t Type, gt reflect.Type) any {
	if gt.Kind() != reflect.Pointer {
		gt = boxedContainerType(t)
		if gt == nil {
			return nil
		}
	}
	return reflect.New(gt.Elem()).Interface()
}

// boxedContainerType is the Go type generated code uses for a list or map of type t
// whose members are simple values or boxed, or nil when it is some other type.
func boxedContainerType(t Type) reflect.Type {
	switch tt := t.(type) {
	case *tupleType:
		return reflect.TypeFor[*List[any]]()
	case *arrayType:
		switch k, ok := goKind(tt.elem); {
		case !ok:
			return nil
		case k == kInt:
			return reflect.TypeFor[*List[int64]]()
		case k == kFloat:
			return reflect.TypeFor[*List[float64]]()
		case k == kBoolean:
			return reflect.TypeFor[*List[bool]]()
		case k == kString:
			return reflect.TypeFor[*List[string]]()
		}
		return reflect.TypeFor[*List[any]]()
	case *mapType:
		switch k, ok := goKind(tt.elem); {
		case !ok:
			return nil
		case k == kInt:
			return reflect.TypeFor[*Map[int64]]()
		case k == kFloat:
			return reflect.TypeFor[*Map[float64]]()
		case k == kBoolean:
			return reflect.TypeFor[*Map[bool]]()
		case k == kString:
			return reflect.TypeFor[*Map[string]]()
		}
		return reflect.TypeFor[*Map[any]]()
	}
	return nil
}

// goKind says how generated code holds a value of type t: unboxed as the simple basic
// type k, or boxed (kAny); ok is false for the other Go types (lists, maps, records,
// errors, functions).
func goKind(t Type) (k basicKind, ok bool) {
	if k, ok := simpleKind(t); ok {
		return k, true
	}
	switch tt := t.(type) {
	case *basicType:
		switch tt.kind {
		case kNil, kAny, kAnydata, kJSON:
			return kAny, true
		}
	case *unionType:
		for i, m := range tt.members {
			mk, ok := simpleKind(m)
			if !ok || (i > 0 && mk != k) {
				return kAny, true
			}
			k = mk
		}
		return k, true
	}
	return 0, false
}

// fillers returns new filler values for the members from (inclusive) to to
// (exclusive) of a list of type t (nil: natural) with Go member type T, or false
// when one of them has no filler value.
func fillers[T any](t Type, from, to int) ([]T, bool) {
	out := make([]T, to-from)
	if t == nil && isAtomic[T]() {
		return out, true // the Go zero value is the filler of int, float, boolean, string
	}
	if t == nil {
		t = naturalListType[T]()
	}
	gt := reflect.TypeFor[T]()
	for k := range out {
		v, ok := fillerOf(memberType(t, from+k), gt)
		if !ok {
			return nil, false
		}
		out[k], _ = v.(T)
	}
	return out, true
}

// fill appends filler values up to length n, panicking with
// {ballerina/lang.array}IllegalListInsertion when the member type has none.
func (l *List[T]) fill(n int) {
	if !l.tryFill(n) {
		panicNoFiller(len(l.Elems), n)
	}
}

func (l *List[T]) tryFill(n int) bool {
	if n <= len(l.Elems) {
		return true
	}
	old := len(l.Elems)
	fs, ok := fillers[T](l.Inherent, old, n)
	if ok {
		l.Elems = append(l.Elems, fs...)
		if l.fam != nil {
			l.fam.changed(l, old, n)
		}
	}
	return ok
}

// initFiller makes the empty list l the filler value of list type t: it records t
// (unless t is l's natural type) and fills the members t requires.
func (l *List[T]) initFiller(t Type) bool {
	if t != l.listInherent() {
		l.Inherent = t
	}
	return l.tryFill(minListLen(t))
}

// setInherentType records t as the inherent type of the empty map m unless t is its
// natural type.
func (m *Map[T]) setInherentType(t Type) {
	if t != m.mapInherent() {
		m.Inherent = t
	}
}

// GetFill is the filling read l[i] of an lvalue such as l[i][j] = v: member i, which
// is first created, with the members before it, as a filler value when i is at or
// past the end.
func (l *List[T]) GetFill(i int64) T {
	if uint64(i) < uint64(len(l.Elems)) {
		return l.Elems[i]
	}
	if i < 0 {
		l.panicIndex(i)
	}
	if l.ro != nil {
		panicListUpdate()
	}
	if l.Inherent != nil {
		if max := maxListLen(l.Inherent); max >= 0 && i >= int64(max) {
			l.panicIndex(i)
		}
	}
	l.fill(int(i) + 1)
	return l.Elems[i]
}

// GetFill is the filling read m[k] of an lvalue such as m[k][j] = v: member k, which
// is first added as a new filler value when it is missing.
func (m *Map[T]) GetFill(k string) T {
	if i := m.find(k); i >= 0 {
		return m.entries[i].val
	}
	v, ok := fillerOf(mappingFieldType(m.mapInherent(), k), reflect.TypeFor[T]())
	if !ok {
		panicKeyNotFound(k)
	}
	x, _ := v.(T)
	m.Put(k, x)
	return x
}

//go:noinline
func panicNoFiller(from, to int) {
	Panic(newLangError(reasonListInsertion,
		"array of length "+javaNumber(int64(from))+" cannot be expanded into array of length "+
			javaNumber(int64(to))+" without filler values"))
}
