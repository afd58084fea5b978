package rt

// Field access on lax types (json, map<json>, ...): spec "Field access expression" and
// "Optional field access expression". The static type does not say whether the value
// is a mapping or has the field, so the access checks at run time and returns an error
// value (jBallerina's errors and messages).

const reasonJSONOperation = "{ballerina}JSONOperationError"

// laxMember looks up field k of v when v is a mapping (a map or a record).
func laxMember(v any, k string) (member any, present, mapping bool) {
	if m, ok := v.(mapValue); ok {
		member, present = m.mapGet(k)
		return member, present, true
	}
	if ri, sv := recordOf(v); ri != nil {
		member, present = ri.get(sv, k)
		return member, present, true
	}
	return nil, false, false
}

// LaxField is x.k on a lax type: the member, or an error when x is not a mapping
// ({ballerina}JSONOperationError) or has no member k ({ballerina/lang.map}KeyNotFound).
// An error x (the result of an earlier access, j.a.b) is the result.
func LaxField(x any, k string) any {
	if e, ok := x.(*Error); ok {
		return e
	}
	member, present, mapping := laxMember(x, k)
	switch {
	case !mapping:
		return newLangError(reasonJSONOperation, "JSON value is not a mapping")
	case !present:
		return newLangError(reasonMapKey, "key '"+k+"' not found in JSON mapping")
	}
	return member
}

// LaxOptionalField is x?.k on a lax type: like LaxField, but () when x is () or has
// no member k.
func LaxOptionalField(x any, k string) any {
	switch x := x.(type) {
	case nil:
		return nil
	case *Error:
		return x
	}
	member, present, mapping := laxMember(x, k)
	switch {
	case !mapping:
		return newLangError(reasonJSONOperation, "JSON value is not a mapping")
	case !present:
		return nil
	}
	return member
}
