package rt

// errorType is error<D>: the errors whose detail mapping belongs to D. Error types are
// structural (only distinct ones, which bal2go does not have yet, carry a type id): an
// error made by error("m", code = 3) is an error<record {| int code; |}>.
type errorType struct {
	detail Type
	name   string
}

// ErrorTypeOf returns the type error<detail>, named name in messages.
func ErrorTypeOf(detail Type, name string) Type { return &errorType{detail, name} }

// Contains implements Type.
func (t *errorType) Contains(v any) bool {
	e, ok := v.(*Error)
	if !ok {
		return false
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
