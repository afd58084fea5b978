package rt

import (
	"reflect"
	"slices"
)

// Destructuring: the reads binding and match patterns make of lists, mappings
// and errors whose Go type the generated code does not know statically (its
// static type is a union, any or json), the tests match patterns make, and
// the new list or mapping a rest pattern binds (Ballerina spec, "Binding
// patterns": ...r binds a new list of the remaining members, or a new mapping
// of the remaining fields).

// IsList reports whether v is a list with n members, or at least n when rest.
func IsList(v any, n int, rest bool) bool {
	l, ok := v.(listValue)
	if !ok {
		return false
	}
	if rest {
		return l.listLen() >= n
	}
	return l.listLen() == n
}

// ListMember returns member i of the list v (a *List[T] of any T) boxed.
func ListMember(v any, i int) any { return v.(listValue).listElem(i) }

// ListRest returns a new list of inherent type t holding the members of the list
// v (a *List[S] of any S) from index from on; the compiler has proved that they
// are T values. A nil t (the rest of a value of a union of list types) stands
// for the type of v's members from index from on.
func ListRest[T any](v any, from int, t Type) *List[T] {
	l := v.(listValue)
	if t == nil {
		t = restListType(l.listInherent(), from)
	}
	n := l.listLen()
	elems := make([]T, 0, max(n-from, 0))
	for i := from; i < n; i++ {
		e, _ := l.listElem(i).(T) // nil stays the zero value of an interface T
		elems = append(elems, e)
	}
	return NewList(t, elems...)
}

// restListType is the type of the members of a list of type t from index from on.
func restListType(t Type, from int) Type {
	switch t := t.(type) {
	case *tupleType:
		switch {
		case from < len(t.members):
			return TupleOf(t.members[from:], t.rest)
		case t.rest != nil:
			return ArrayOf(t.rest)
		}
		return TupleOf(nil, nil)
	case *arrayType:
		if t.n >= 0 {
			return FixedArrayOf(t.elem, max(t.n-from, 0))
		}
		return t
	}
	return nil // a natural list type
}

// HasFields reports whether v is a mapping (a map or a record) that has a field of
// each of the names.
func HasFields(v any, names ...string) bool {
	if m, ok := v.(mapValue); ok {
		for _, k := range names {
			if _, ok := m.mapGet(k); !ok {
				return false
			}
		}
		return true
	}
	ri, sv := recordOf(v)
	if ri == nil {
		return false
	}
	for _, k := range names {
		if _, ok := ri.get(sv, k); !ok {
			return false
		}
	}
	return true
}

// MappingMember returns field k of the mapping v (a map or a record) boxed, nil
// when it has none.
func MappingMember(v any, k string) any {
	if m, ok := v.(mapValue); ok {
		e, _ := m.mapGet(k)
		return e
	}
	ri, sv := recordOf(v)
	if ri == nil {
		return nil
	}
	e, _ := ri.get(sv, k)
	return e
}

// MapRest returns a new map of inherent type t holding the fields of the mapping v
// (a map or a record) but those named names, in order.
func MapRest[T any](v any, t Type, names ...string) *Map[T] {
	out := NewMap[T](t)
	eachMember(v, func(k string, e any) bool {
		if !slices.Contains(names, k) {
			x, _ := e.(T) // nil stays the zero value of an interface T
			out.store(k, x)
		}
		return true
	})
	return out
}

// RecordRest returns a new record of the record type t holding the fields of the
// mapping v (a map or a record) but those named names: t's declared fields (its
// optional ones absent unless v has them) and its rest fields.
func RecordRest(v any, t Type, names ...string) any {
	rtp := recordTypeIn(t)
	ri := recordInfoOf(rtp.goType)
	rp := reflect.New(rtp.goType.Elem())
	sv := rp.Elem()
	for _, fd := range ri.fields {
		if fd.optional {
			sv.Field(fd.index).Set(reflect.ValueOf(&Absent).Elem())
		}
	}
	eachMember(v, func(k string, e any) bool {
		switch fd := ri.field(k); {
		case slices.Contains(names, k):
		case fd != nil:
			if !setGo(sv.Field(fd.index), e, rtp.fieldType(k)) {
				panic("rt.RecordRest: field " + k + " does not fit " + rtp.name)
			}
		default:
			SetRest(nil, sv.Field(ri.rest).Addr().Interface().(**Map[any]), k, e)
		}
		return true
	})
	if _, ro := t.(*readOnlyType); ro {
		return Freeze(rp.Interface())
	}
	return rp.Interface()
}
