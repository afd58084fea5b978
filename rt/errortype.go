package rt

import "slices"

// errorType is error<D>: the errors whose detail mapping belongs to D and, for a
// distinct error type, that carry its type ids. Error types are otherwise structural:
// an error made by error("m", code = 3) is an error<record {| int code; |}>.
type errorType struct {
	detail Type
	name   string
	ids    []*TypeID
}

// TypeID is the identity of a distinct type: each `distinct` in a type definition
// makes one (type E distinct error; type F distinct E: F has E's id and its own).
type TypeID struct{ name string }

// NewTypeID returns a new type id, named name (the type definition's name).
func NewTypeID(name string) *TypeID { return &TypeID{name} }

// ErrorTypeOf returns the type error<detail>, named name in messages; ids, when given,
// make it a distinct error type: its errors carry every one of them.
func ErrorTypeOf(detail Type, name string, ids ...*TypeID) Type {
	return &errorType{detail, name, ids}
}

// Contains implements Type.
func (t *errorType) Contains(v any) bool {
	e, ok := v.(*Error)
	if !ok {
		return false
	}
	for _, id := range t.ids {
		if !slices.Contains(e.ids, id) {
			return false
		}
	}
	detail := e.Detail()
	var d mapping = detail
	if detail == nil {
		d = NewMap[any](nil) // no detail: the empty mapping
	}
	return detailMember(d, t.detail)
}

// detailMember reports whether the (immutable) detail mapping d belongs to t by its
// shape.
func detailMember(d mapping, t Type) bool {
	switch tt := t.(type) {
	case *recordType:
		if tt.defined {
			return recordShapeMember(d, tt)
		}
	case *mapType:
		ok := true
		d.mapRange(func(_ string, x any) bool { ok = tt.elem.Contains(x); return ok })
		return ok
	case *readOnlyType:
		return detailMember(d, tt.of)
	}
	return t.Contains(d)
}

// String implements Type.
func (t *errorType) String() string { return t.name }
