package rt

import "reflect"

// Typedesc values. A Ballerina typedesc value is the runtime type descriptor itself
// (a Type): the descriptor generated code already passes to casts, type tests and
// conversions. `typedesc<int> t = int;` holds rt.TInt, `typeof v` returns the
// descriptor of v's type.

// typedescType is typedesc<T>: the type descriptors of the subtypes of T.
type typedescType struct{ elem Type }

// TypedescOf returns the type typedesc<elem>.
func TypedescOf(elem Type) Type {
	return interned(typeKey{'t', elem, 0}, func() Type { return &typedescType{elem: elem} })
}

// Contains implements Type: a typedesc value whose type is a subtype of the element.
func (t *typedescType) Contains(v any) bool {
	d, ok := v.(Type)
	return ok && isSubtype(d, t.elem)
}

// String implements Type.
func (t *typedescType) String() string { return "typedesc<" + t.elem.String() + ">" }

// TypeOf is `typeof v`: the descriptor of v's type. A simple value's type is the
// singleton type of the value, named by the value's toString form as jBallerina
// does (`typeof 5` prints "typedesc 5"); a list's or map's is its inherent type, a
// record's its record type, an error's its error type, an object's its class.
func TypeOf(v any) Type {
	switch x := v.(type) {
	case nil:
		return TNil
	case int64, float64, bool, string:
		return &singletonType{value: x, name: ToString(x)}
	case *Error:
		return ErrorTypeOf(TReadOnly, x.TypeName(), x.ids...)
	case listValue:
		return x.listInherent()
	case mapValue:
		return x.mapInherent()
	case *Table:
		return x.Inherent
	case Object:
		return ObjectTypeOf(x.Class_().Name, x.Class_())
	case Type:
		return TypedescOf(x)
	case *Stream:
		return x.typ
	}
	if ri, _ := recordOf(v); ri != nil {
		return recordTypeFor(ri.ptr)
	}
	if v != nil && reflect.TypeOf(v).Kind() == reflect.Func {
		return tFunction
	}
	return TAny
}

// typedescString is how a typedesc value prints (toString and toBalString alike,
// as in jBallerina): "typedesc " and the type.
func typedescString(t Type) string { return "typedesc " + t.String() }

// annotations holds the annotations of the types the program annotates
// (type definitions of records), by descriptor and annotation name. The
// module's initialization writes it before any strand reads it.
var annotations = map[Type]map[string]any{}

// Annotate attaches the value of annotation name to the type t (@name {…}
// on t's definition); it is called by the module's initialization.
func Annotate(t Type, name string, value any) {
	m := annotations[t]
	if m == nil {
		m = map[string]any{}
		annotations[t] = m
	}
	m[name] = value
}

// AnnotationOf is t.@name: the value of annotation name on the type t, or nil.
func AnnotationOf(t Type, name string) any {
	return annotations[t][name]
}
