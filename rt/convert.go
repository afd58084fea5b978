package rt

import (
	"reflect"
)

// The conversions of lang.value whose result type is the typedesc argument
// (cloneWithType, fromJsonWithType, fromJsonStringWithType, ensureType). Generated code
// passes the target type's descriptor and, as the type argument, the Go type the
// result must have; the result is boxed, as the functions return t|error.

const reasonConversion = "{ballerina/lang.value}ConversionError"

// CloneWithType is value:cloneWithType and value:fromJsonWithType: a new value of type
// t (Go type T) with v's shape, numbers converted where t needs it (an int where t has
// only float), mappings made records and lists tuples, as t says; or a
// {ballerina/lang.value}ConversionError when v does not fit. A missing record field
// takes its default value (an error when the default needs a strand: a call).
func CloneWithType[T any](v any, t Type) any {
	x, ok := convertTo(v, t, reflect.TypeFor[T](), nil)
	if !ok {
		return newLangError(reasonConversion,
			"'"+TypeName(v)+"' value cannot be converted to '"+t.String()+"'")
	}
	return x
}

// FromJSONStringWithType is value:fromJsonStringWithType: s parsed as JSON, then
// converted as by CloneWithType.
func FromJSONStringWithType[T any](s string, t Type) any {
	v := FromJSONString(s)
	if err, ok := v.(*Error); ok {
		return err
	}
	return CloneWithType[T](v, t)
}

// EnsureType is value:ensureType: v as a value of t (Go type T), exactly as the cast
// <t>v would give it, or the cast's {ballerina}TypeCastError returned instead of
// raised.
func EnsureType[T any](v any, t Type) any {
	if !t.Contains(v) {
		x, ok := castConvertOK(v, t)
		if !ok {
			return newLangError(reasonTypeCast,
				"incompatible types: '"+TypeName(v)+"' cannot be cast to '"+t.String()+"'")
		}
		v = x
	}
	if r, ok := v.(T); ok || v == nil {
		return r
	}
	return narrowSlow[T](v, t) // a view: v belongs to t
}

// convertTo converts v to type t, as a value of Go type gt (an interface type when the
// static type is a union: the natural representation is chosen). seen holds the
// containers being converted, which may not contain themselves.
func convertTo(v any, t Type, gt reflect.Type, seen []any) (any, bool) {
	switch tt := t.(type) {
	case *readOnlyType:
		x, ok := convertTo(v, tt.of, gt, seen)
		if ok {
			x = CloneReadOnly(x)
		}
		return x, ok && tt.Contains(x)
	case *unionType:
		return convertToUnion(v, tt, gt, seen)
	case *basicType:
		switch tt.kind {
		case kAny, kAnydata:
			if tt.kind == kAnydata && !shapeIn(v, TAnydata, nil) {
				return nil, false
			}
			return Clone(v), true
		case kJSON:
			if !shapeIn(v, TJSON, nil) && !jsonConvertible(v, nil) {
				return nil, false
			}
			return toJSON(v, nil), true
		}
	case *arrayType, *tupleType:
		return convertList(v, t, gt, seen)
	case *mapType:
		return convertMap(v, tt, gt, seen)
	case *recordType:
		return convertRecord(v, tt, gt, seen)
	}
	switch v.(type) {
	case nil, int64, float64, Decimal, bool, string:
		if t.Contains(v) {
			return v, true
		}
		return castConvertOK(v, t)
	}
	return nil, false
}

// convertToUnion converts v to the first member of t it fits: first without converting
// a simple value (1 stays an int in int|float), then with.
func convertToUnion(v any, t *unionType, gt reflect.Type, seen []any) (any, bool) {
	switch v.(type) {
	case nil, int64, float64, Decimal, bool, string:
		if t.Contains(v) {
			return v, true
		}
		return castConvertOK(v, t)
	}
	for _, m := range t.members {
		if x, ok := convertTo(v, m, gt, seen); ok {
			return x, true
		}
	}
	return nil, false
}

// jsonConvertible reports whether v, an anydata value, has a json shape once its
// records are seen as maps (toJSON).
func jsonConvertible(v any, seen []any) bool {
	switch x := v.(type) {
	case nil, int64, float64, Decimal, bool, string:
		return true
	case listValue:
		if isSeen(v, seen) {
			return false // a cycle: no json value has one
		}
		seen = append(seen, v)
		for i := range x.listLen() {
			if !jsonConvertible(x.listElem(i), seen) {
				return false
			}
		}
		return true
	}
	if isSeen(v, seen) {
		return false
	}
	seen = append(seen, v)
	return eachMember(v, func(_ string, e any) bool { return jsonConvertible(e, seen) })
}

// containerBuilder is implemented by every *List[T] and *Map[T]: it adds members of
// any Go type (converted to T) to a new container and says what T is.
type containerBuilder interface {
	memberGoType() reflect.Type
	addMember(k string, v any)
}

func (l *List[T]) memberGoType() reflect.Type { return reflect.TypeFor[T]() }
func (l *List[T]) addMember(_ string, v any)  { l.Elems = append(l.Elems, viewElem[T](v)) }
func (m *Map[T]) memberGoType() reflect.Type  { return reflect.TypeFor[T]() }
func (m *Map[T]) addMember(k string, v any)   { m.store(k, viewElem[T](v)) }

var (
	anyListType = reflect.TypeFor[*List[any]]()
	anyMapType  = reflect.TypeFor[*Map[any]]()
)

// newConverted makes an empty list or map of Go type gt (when it is one, else of
// Go type fallback) whose inherent type is t.
func newConverted(gt, fallback reflect.Type, t Type) containerBuilder {
	if gt.Kind() != reflect.Pointer {
		gt = fallback
	}
	c, ok := reflect.New(gt.Elem()).Interface().(containerBuilder)
	if !ok {
		c = reflect.New(fallback.Elem()).Interface().(containerBuilder)
	}
	switch x := c.(type) {
	case *List[any]:
		x.Inherent = t
	case *Map[any]:
		x.Inherent = t
	default:
		reflect.ValueOf(c).Elem().FieldByName("Inherent").Set(reflect.ValueOf(&t).Elem())
	}
	return c
}

func isSeen(v any, seen []any) bool {
	for _, s := range seen {
		if s == v {
			return true
		}
	}
	return false
}

func convertList(v any, t Type, gt reflect.Type, seen []any) (any, bool) {
	l, ok := v.(listValue)
	if !ok || isSeen(v, seen) {
		return nil, false
	}
	n := l.listLen()
	if max := maxListLen(t); n < minListLen(t) || max >= 0 && n > max {
		return nil, false
	}
	seen = append(seen, v)
	out := newConverted(gt, anyListType, t)
	et := out.memberGoType()
	for i := range n {
		mt := memberType(t, i)
		if mt == nil {
			return nil, false
		}
		x, ok := convertTo(l.listElem(i), mt, et, seen)
		if !ok || !fitsGo(x, et) {
			return nil, false
		}
		out.addMember("", x)
	}
	return out, true
}

func convertMap(v any, t *mapType, gt reflect.Type, seen []any) (any, bool) {
	if isSeen(v, seen) {
		return nil, false
	}
	seen = append(seen, v)
	out := newConverted(gt, anyMapType, t)
	et := out.memberGoType()
	ok := eachMember(v, func(k string, e any) bool {
		x, ok := convertTo(e, t.elem, et, seen)
		if ok = ok && fitsGo(x, et); ok {
			out.addMember(k, x)
		}
		return ok
	})
	return out, ok
}

// eachMember calls f with each member of the mapping v (a map or a record) until f
// returns false; it returns false when v is not a mapping or f returned false.
func eachMember(v any, f func(k string, e any) bool) bool {
	if m, ok := v.(mapValue); ok {
		ok := true
		m.mapRange(func(k string, e any) bool { ok = f(k, e); return ok })
		return ok
	}
	ri, sv := recordOf(v)
	if ri == nil {
		return false
	}
	ok := true
	ri.each(sv, func(k string, fv reflect.Value) bool { ok = f(k, fieldValue(fv)); return ok })
	return ok
}

// convertRecord makes a new record of type t from the mapping v: each declared field
// from the member of its name, the other members into the rest fields.
func convertRecord(v any, t *recordType, gt reflect.Type, seen []any) (any, bool) {
	if !t.defined || isSeen(v, seen) {
		return nil, false
	}
	seen = append(seen, v)
	ri := recordInfoOf(t.goType)
	rp := reflect.New(t.goType.Elem())
	sv := rp.Elem()
	given := map[string]any{}
	var order []string
	if !eachMember(v, func(k string, e any) bool { given[k] = e; order = append(order, k); return true }) {
		return nil, false
	}
	for _, fd := range t.fields {
		gf := ri.field(fd.Name)
		e, ok := given[fd.Name]
		delete(given, fd.Name)
		if !ok {
			switch {
			case fd.Default != nil:
				if !setGo(sv.Field(gf.index), fd.Default(), fd.Type) {
					return nil, false
				}
			case fd.Optional:
				sv.Field(gf.index).Set(reflect.ValueOf(&Absent).Elem())
			default:
				return nil, false
			}
			continue
		}
		x, ok := convertTo(e, fd.Type, gf.typ, seen)
		if !ok || !fitsGo(x, gf.typ) || !setGo(sv.Field(gf.index), x, fd.Type) {
			return nil, false
		}
	}
	for _, k := range order {
		e, ok := given[k]
		if !ok {
			continue
		}
		if t.rest == nil || ri.rest < 0 {
			return nil, false
		}
		x, ok := convertTo(e, t.rest, reflect.TypeFor[any](), seen)
		if !ok {
			return nil, false
		}
		SetRest(nil, sv.Field(ri.rest).Addr().Interface().(**Map[any]), k, x)
	}
	if gt.Kind() != reflect.Interface && gt != t.goType {
		return nil, false
	}
	return rp.Interface(), true
}

// fitsGo reports whether x can be stored in a Go variable of type gt (directly, or
// as the view of a list or map).
func fitsGo(x any, gt reflect.Type) bool {
	if x == nil {
		return gt.Kind() == reflect.Interface || gt.Kind() == reflect.Pointer
	}
	xt := reflect.TypeOf(x)
	if xt.AssignableTo(gt) {
		return true
	}
	switch x.(type) {
	case familyList, familyMap:
		_, ok := reflect.Zero(gt).Interface().(viewMaker)
		return ok
	}
	return false
}

// setGo stores x, a value of type t, into the Go variable fv, through a view when
// their Go types differ: the read-only view of a value that belongs to t by its shape,
// or the view of a list, map or record of another Go type (listview.go). It reports
// false when there is none.
func setGo(fv reflect.Value, x any, t Type) bool {
	switch {
	case x == nil:
		fv.SetZero()
	case reflect.TypeOf(x).AssignableTo(fv.Type()):
		fv.Set(reflect.ValueOf(x))
	case reflect.TypeOf(viewOriginal(x)).AssignableTo(fv.Type()):
		fv.Set(reflect.ValueOf(viewOriginal(x))) // a record's view as a map, where the record is wanted
	case readOnlyMark(x) != nil:
		v, ok := view(x, readOnlyMark(x), t, fv.Type())
		if !ok {
			return false
		}
		fv.Set(reflect.ValueOf(v))
	default:
		mk, ok := reflect.Zero(fv.Type()).Interface().(viewMaker)
		if !ok {
			return false
		}
		fv.Set(reflect.ValueOf(mk.viewOf(x)))
	}
	return true
}
