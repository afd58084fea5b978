package rt

import (
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Type is a runtime type descriptor, used by type tests (`e is T`), casts, checked
// stores and error messages.
type Type interface {
	// Contains reports whether v belongs to the type. For lists and maps it checks the
	// value's inherent type (an (int|string)[] is not an int[] even if it holds only
	// ints; an int[] is an (int|string)[]).
	Contains(v any) bool
	// String returns the type as Ballerina writes it: int[], map<json>, int|string ...
	String() string
}

type basicKind uint8

const (
	kNil basicKind = iota
	kInt
	kFloat
	kDecimal
	kBoolean
	kString
	kError
	kAny
	kAnydata
	kJSON
	kNever
	kReadonly
)

// basicType is one of the predefined types.
type basicType struct {
	kind basicKind
	name string
}

// The predefined types.
var (
	TInt     Type = &basicType{kInt, "int"}
	TFloat   Type = &basicType{kFloat, "float"}
	TDecimal Type = &basicType{kDecimal, "decimal"}
	TBoolean Type = &basicType{kBoolean, "boolean"}
	TString  Type = &basicType{kString, "string"}
	TNil     Type = &basicType{kNil, "()"}
	TAny     Type = &basicType{kAny, "any"}
	TAnydata Type = &basicType{kAnydata, "anydata"}
	TJSON    Type = &basicType{kJSON, "json"}
	TError   Type = &basicType{kError, "error"}
	TNever   Type = &basicType{kNever, "never"}
	// TReadOnly is readonly: the read-only values (readonly.go).
	TReadOnly Type = &basicType{kReadonly, "readonly"}
)

// anyOrError is the natural type of a Go any: it may hold every value.
var anyOrError Type = &unionType{members: []Type{TAny, TError}}

// String implements Type.
func (t *basicType) String() string { return t.name }

// Contains implements Type.
func (t *basicType) Contains(v any) bool {
	switch t.kind {
	case kNil:
		return v == nil
	case kInt:
		_, ok := v.(int64)
		return ok
	case kFloat:
		_, ok := v.(float64)
		return ok
	case kDecimal:
		_, ok := v.(Decimal)
		return ok
	case kBoolean:
		_, ok := v.(bool)
		return ok
	case kString:
		_, ok := v.(string)
		return ok
	case kError:
		_, ok := v.(*Error)
		return ok
	case kAny:
		switch v.(type) {
		case *Error, absentValue:
			return false
		}
		return true
	case kAnydata:
		return shapeIn(v, t, nil)
	case kJSON:
		return shapeIn(v, t, nil)
	case kReadonly:
		return v != Absent && IsReadOnly(v)
	}
	return false
}

// shapeIn decides membership of v in anydata or json (t): simple values by their kind,
// lists and maps by their inherent type, records by the values of their fields (a
// record's declared field types are not known at run time).
func shapeIn(v any, t Type, seen []any) bool {
	switch x := v.(type) {
	case nil, int64, float64, Decimal, bool, string:
		return true
	case *Error, absentValue:
		return false
	case listValue:
		if isSubtype(x.listInherent(), t) {
			return true
		}
		if x.readOnly() == nil {
			return false
		}
		for i := range x.listLen() { // a read-only list by its members (readonly.go)
			if !shapeIn(x.listElem(i), t, seen) {
				return false
			}
		}
		return true
	case mapValue:
		if isSubtype(x.mapInherent(), t) {
			return true
		}
		ok := x.readOnly() != nil
		if ok {
			x.mapRange(func(_ string, e any) bool { ok = shapeIn(e, t, seen); return ok })
		}
		return ok
	case *Table:
		if isSubtype(x.Inherent, t) {
			return true
		}
		ok := x.ro != nil && t != TJSON // json has no tables
		if ok {
			x.Range(func(r any) bool { ok = shapeIn(r, t, seen); return ok })
		}
		return ok
	}
	ri, sv := recordOf(v)
	if ri == nil {
		return false
	}
	if inherentDecides(ri, sv) {
		return isSubtype(recordTypeFor(ri.ptr), t)
	}
	for _, s := range seen {
		if s == v {
			return true
		}
	}
	seen = append(seen, v)
	ok := true
	ri.each(sv, func(_ string, fv reflect.Value) bool {
		ok = shapeIn(fieldValue(fv), t, seen)
		return ok
	})
	return ok
}

// arrayType is T[] (n < 0) or T[n].
type arrayType struct {
	elem Type
	n    int
}

// tupleType is [A, B, R...].
type tupleType struct {
	members []Type
	rest    Type // nil: no rest
}

// mapType is map<T>.
type mapType struct{ elem Type }

// unionType is A|B|...
type unionType struct{ members []Type }

// singletonType is the type of one simple value (a finite type member such as "a").
// name, when set, is how it prints (a typeof result, see TypeOf).
type singletonType struct {
	value any
	name  string
}

// funcType matches any function value.
type funcType struct{ name string }

type typeKey struct {
	kind byte
	elem Type
	n    int
}

var typeCache sync.Map // typeKey -> Type

func interned(k typeKey, make func() Type) Type {
	if t, ok := typeCache.Load(k); ok {
		return t.(Type)
	}
	t, _ := typeCache.LoadOrStore(k, make())
	return t.(Type)
}

// ArrayOf returns the type elem[].
func ArrayOf(elem Type) Type {
	return interned(typeKey{'a', elem, -1}, func() Type { return &arrayType{elem: elem, n: -1} })
}

// FixedArrayOf returns the type elem[n].
func FixedArrayOf(elem Type, n int) Type {
	return interned(typeKey{'a', elem, n}, func() Type { return &arrayType{elem: elem, n: n} })
}

// TupleOf returns the tuple type [members..., rest...]; rest may be nil.
func TupleOf(members []Type, rest Type) Type {
	return &tupleType{members: append([]Type(nil), members...), rest: rest}
}

// MapOf returns the type map<elem>.
func MapOf(elem Type) Type {
	return interned(typeKey{'m', elem, 0}, func() Type { return &mapType{elem: elem} })
}

// UnionOf returns the union of members (nested unions are flattened, duplicates
// dropped; a single member is returned as it is).
func UnionOf(members ...Type) Type {
	var flat []Type
	var add func(t Type)
	add = func(t Type) {
		if u, ok := t.(*unionType); ok {
			for _, m := range u.members {
				add(m)
			}
			return
		}
		for _, m := range flat {
			if m == t {
				return
			}
		}
		flat = append(flat, t)
	}
	for _, m := range members {
		add(m)
	}
	if len(flat) == 1 {
		return flat[0]
	}
	return &unionType{members: flat}
}

// SingletonOf returns the type whose only value is v (int64, float64, bool, string or
// nil), as used for finite types like "a"|"b".
func SingletonOf(v any) Type { return &singletonType{value: v} }

// FuncType returns a type that matches every function value; name is its text.
func FuncType(name string) Type {
	if name == "" {
		name = "function"
	}
	return &funcType{name: name}
}

var tFunction = FuncType("function")

// Contains implements Type.
func (t *arrayType) Contains(v any) bool {
	l, ok := v.(listValue)
	return ok && (isSubtype(l.listInherent(), t) || l.readOnly() != nil && shapeMember(v, t))
}

// String implements Type.
func (t *arrayType) String() string {
	// T[3][2] is three arrays of two: the dimensions are written outermost first
	dims := ""
	var elem Type = t
	for a, ok := elem.(*arrayType); ok; a, ok = elem.(*arrayType) {
		if a.n >= 0 {
			dims += "[" + strconv.Itoa(a.n) + "]"
		} else {
			dims += "[]"
		}
		elem = a.elem
	}
	e := elem.String()
	if _, ok := elem.(*unionType); ok && !strings.HasSuffix(e, "?") {
		e = "(" + e + ")"
	}
	return e + dims
}

// Contains implements Type.
func (t *tupleType) Contains(v any) bool {
	l, ok := v.(listValue)
	return ok && (isSubtype(l.listInherent(), t) || l.readOnly() != nil && shapeMember(v, t))
}

// String implements Type.
func (t *tupleType) String() string {
	var sb strings.Builder
	sb.WriteByte('[')
	for i, m := range t.members {
		if i > 0 {
			sb.WriteByte(',')
		}
		sb.WriteString(m.String())
	}
	if t.rest != nil {
		if len(t.members) > 0 {
			sb.WriteByte(',')
		}
		sb.WriteString(t.rest.String())
		sb.WriteString("...")
	}
	sb.WriteByte(']')
	return sb.String()
}

// Contains implements Type.
func (t *mapType) Contains(v any) bool {
	if m, ok := v.(mapValue); ok {
		return isSubtype(m.mapInherent(), t) || m.readOnly() != nil && shapeMember(v, t)
	}
	ri, sv := recordOf(v)
	if ri == nil {
		return false
	}
	if inherentDecides(ri, sv) {
		return isSubtype(recordTypeFor(ri.ptr), t)
	}
	ok := true
	ri.each(sv, func(_ string, fv reflect.Value) bool {
		ok = t.elem.Contains(fieldValue(fv))
		return ok
	})
	return ok
}

// inherentDecides reports whether the membership of a record value (of record
// information ri, struct sv) in a type is decided by its inherent type: when it is
// mutable and its field types are known (DefineRecord). Otherwise its field values decide.
func inherentDecides(ri *recordInfo, sv reflect.Value) bool {
	return ri.readOnly(sv) == nil && recordTypeFor(ri.ptr).defined
}

// String implements Type.
func (t *mapType) String() string { return "map<" + t.elem.String() + ">" }

// Contains implements Type.
func (t *unionType) Contains(v any) bool {
	for _, m := range t.members {
		if m.Contains(v) {
			return true
		}
	}
	// A mutable list may belong to the union without belonging to a member.
	if l, ok := v.(listValue); ok && l.readOnly() == nil {
		return listCovered(l.listInherent(), t.members)
	}
	return false
}

// String implements Type.
func (t *unionType) String() string {
	var others []string
	hasNil := false
	for _, m := range t.members {
		if m == TNil {
			hasNil = true
			continue
		}
		others = append(others, m.String())
	}
	s := strings.Join(others, "|")
	if !hasNil {
		return s
	}
	if len(others) == 0 {
		return "()"
	}
	if len(others) > 1 {
		s = "(" + s + ")"
	}
	return s + "?"
}

// Contains implements Type.
func (t *singletonType) Contains(v any) bool {
	switch v.(type) {
	case nil, int64, float64, Decimal, bool, string:
		return Equal(v, t.value)
	}
	return false
}

// String implements Type.
func (t *singletonType) String() string {
	if t.name != "" {
		return t.name
	}
	return ToBalString(t.value)
}

// Contains implements Type.
func (t *funcType) Contains(v any) bool {
	return v != nil && reflect.TypeOf(v).Kind() == reflect.Func
}

// String implements Type.
func (t *funcType) String() string { return t.name }

// isSubtype reports whether every value of s belongs to t (conservatively: false when
// unsure).
func isSubtype(s, t Type) bool {
	if s == t {
		return true
	}
	if st, ok := s.(*readOnlyType); ok {
		if tt, ok := t.(*readOnlyType); ok {
			return isSubtype(st.of, tt.of)
		}
		return t == TReadOnly || isSubtype(st.of, t)
	}
	if tt, ok := t.(*readOnlyType); ok {
		return isSimpleType(s) && isSubtype(s, tt.of)
	}
	switch st := s.(type) {
	case *unionType:
		for _, m := range st.members {
			if !isSubtype(m, t) {
				return false
			}
		}
		return true
	case *basicType:
		if st.kind == kNever {
			return true
		}
	}
	switch tt := t.(type) {
	case *basicType:
		switch tt.kind {
		case kAny:
			return !mayBeError(s)
		case kAnydata:
			return isPureType(s, false)
		case kJSON:
			return isPureType(s, true)
		case kNever:
			return false
		case kReadonly:
			return isSimpleType(s)
		}
		switch st := s.(type) {
		case *basicType:
			return st.kind == tt.kind
		case *singletonType:
			return tt.Contains(st.value)
		case *intRangeType:
			return tt.kind == kInt
		case charType:
			return tt.kind == kString
		case *errorType:
			return tt.kind == kError
		}
		return false
	case *objectType:
		st, ok := s.(*objectType)
		return ok && tt.includes(st)
	case *streamType:
		st, ok := s.(*streamType)
		return ok && tt.includes(st)
	case *errorType:
		st, ok := s.(*errorType)
		if !ok || !isSubtype(st.detail, tt.detail) {
			return false
		}
		for _, id := range tt.ids {
			if !slices.Contains(st.ids, id) {
				return false
			}
		}
		return true
	case *intRangeType:
		switch st := s.(type) {
		case *singletonType:
			return tt.Contains(st.value)
		case *intRangeType:
			return tt.min <= st.min && st.max <= tt.max
		}
		return false
	case charType:
		switch st := s.(type) {
		case *singletonType:
			return tt.Contains(st.value)
		case charType:
			return true
		}
		return false
	case *unionType:
		for _, m := range tt.members {
			if isSubtype(s, m) {
				return true
			}
		}
		return listCovered(s, tt.members)
	case *arrayType:
		switch st := s.(type) {
		case *arrayType:
			return (tt.n < 0 || st.n == tt.n) && isSubtype(st.elem, tt.elem)
		case *tupleType:
			if tt.n >= 0 && (st.rest != nil || len(st.members) != tt.n) {
				return false
			}
			for _, m := range st.members {
				if !isSubtype(m, tt.elem) {
					return false
				}
			}
			return st.rest == nil || isSubtype(st.rest, tt.elem)
		}
		return false
	case *tupleType:
		switch st := s.(type) {
		case *tupleType:
			if len(st.members) < len(tt.members) {
				return false
			}
			for i, m := range st.members {
				tm := tt.memberAt(i)
				if tm == nil || !isSubtype(m, tm) {
					return false
				}
			}
			if st.rest != nil {
				return tt.rest != nil && isSubtype(st.rest, tt.rest)
			}
			return true
		case *arrayType:
			if st.n < 0 {
				return len(tt.members) == 0 && tt.rest != nil && isSubtype(st.elem, tt.rest)
			}
			if st.n < len(tt.members) {
				return false
			}
			for i := 0; i < st.n; i++ {
				tm := tt.memberAt(i)
				if tm == nil || !isSubtype(st.elem, tm) {
					return false
				}
			}
			return true
		}
		return false
	case *mapType:
		switch st := s.(type) {
		case *mapType:
			return isSubtype(st.elem, tt.elem)
		case *recordType:
			return st.fieldTypes(func(ft Type) bool { return isSubtype(ft, tt.elem) })
		}
		return false
	case *recordType:
		if st, ok := s.(*mapType); ok {
			return mapFitsRecord(st, tt)
		}
		st, ok := s.(*recordType)
		return ok && (st.goType == tt.goType || tt.subs[st.goType])
	case *singletonType:
		st, ok := s.(*singletonType)
		return ok && Equal(st.value, tt.value)
	case *funcType:
		_, ok := s.(*funcType)
		return ok
	case *typedescType:
		st, ok := s.(*typedescType)
		return ok && isSubtype(st.elem, tt.elem)
	case *tableType:
		st, ok := s.(*tableType)
		return ok && tableSubtype(st, tt)
	}
	return false
}

func (t *tupleType) memberAt(i int) Type {
	if i < len(t.members) {
		return t.members[i]
	}
	return t.rest
}

// isSimpleType reports whether s holds only simple values (always read-only).
func isSimpleType(s Type) bool {
	switch st := s.(type) {
	case *basicType:
		switch st.kind {
		case kNil, kInt, kFloat, kBoolean, kString, kError, kReadonly:
			return true
		}
	case *singletonType, *readOnlyType, *intRangeType, charType, *errorType:
		return true
	case *unionType:
		for _, m := range st.members {
			if !isSimpleType(m) {
				return false
			}
		}
		return true
	}
	return false
}

// mayBeError reports whether type s may contain an error value.
func mayBeError(s Type) bool {
	switch st := s.(type) {
	case *basicType:
		return st.kind == kError
	case *readOnlyType:
		return mayBeError(st.of)
	case *errorType:
		return true
	case *unionType:
		for _, m := range st.members {
			if mayBeError(m) {
				return true
			}
		}
	}
	return false
}

// isPureType reports whether s is a subtype of anydata (json: of json). Record fields
// of Go type any are assumed to hold anydata (json).
func isPureType(s Type, json bool) bool { return pureType(s, json, nil) }

// pureType is isPureType with the record types being decided: a recursive record is
// pure when its fields are, assuming it is.
func pureType(s Type, json bool, seen []*recordType) bool {
	switch st := s.(type) {
	case *basicType:
		switch st.kind {
		case kNil, kInt, kFloat, kBoolean, kString, kJSON, kNever:
			return true
		case kAnydata:
			return !json
		}
		return false
	case *singletonType, *intRangeType, charType:
		return true
	case *readOnlyType:
		return pureType(st.of, json, seen)
	case *unionType:
		for _, m := range st.members {
			if !pureType(m, json, seen) {
				return false
			}
		}
		return true
	case *arrayType:
		return pureType(st.elem, json, seen)
	case *tupleType:
		for _, m := range st.members {
			if !pureType(m, json, seen) {
				return false
			}
		}
		return st.rest == nil || pureType(st.rest, json, seen)
	case *mapType:
		return pureType(st.elem, json, seen)
	case *tableType:
		return !json && pureType(st.row, json, seen) // json has no tables
	case *recordType:
		if slices.Contains(seen, st) {
			return true
		}
		seen = append(seen, st)
		return st.fieldTypes(func(ft Type) bool { return pureType(ft, json, seen) })
	}
	return false
}

// memberType returns the type a member at index i of a list of type t must have, or
// nil when t does not restrict it.
func memberType(t Type, i int) Type {
	switch tt := t.(type) {
	case *arrayType:
		return tt.elem
	case *tupleType:
		return tt.memberAt(i)
	}
	return nil
}

// maxListLen returns the largest length a list of type t may have, or -1.
func maxListLen(t Type) int {
	switch tt := t.(type) {
	case *arrayType:
		return tt.n
	case *tupleType:
		if tt.rest == nil {
			return len(tt.members)
		}
	}
	return -1
}

// minListLen returns the smallest length a list of type t may have.
func minListLen(t Type) int {
	switch tt := t.(type) {
	case *arrayType:
		if tt.n > 0 {
			return tt.n
		}
	case *tupleType:
		return len(tt.members)
	}
	return 0
}

// openListType is the inherent type of a new list made from part of a list of type t.
func openListType(t Type) Type {
	switch tt := t.(type) {
	case *arrayType:
		if tt.n >= 0 {
			return ArrayOf(tt.elem)
		}
		return tt
	case *tupleType:
		ms := append([]Type(nil), tt.members...)
		if tt.rest != nil {
			ms = append(ms, tt.rest)
		}
		if len(ms) == 0 {
			return nil
		}
		return ArrayOf(UnionOf(ms...))
	}
	return t
}

// mapMemberType returns the member type of map type t, or nil.
func mapMemberType(t Type) Type {
	if mt, ok := t.(*mapType); ok {
		return mt.elem
	}
	return nil
}

var (
	naturalCache  sync.Map // reflect.Type -> Type
	listValueType = reflect.TypeFor[listValue]()
	mapValueType  = reflect.TypeFor[mapValue]()
	errorPtrType  = reflect.TypeFor[*Error]()
)

// naturalListType is the inherent type of a *List[T] whose Inherent is nil: T[].
func naturalListType[T any]() Type { return ArrayOf(naturalOf(reflect.TypeFor[T]())) }

// naturalMapType is the inherent type of a *Map[T] whose Inherent is nil: map<T>.
func naturalMapType[T any]() Type { return MapOf(naturalOf(reflect.TypeFor[T]())) }

// naturalOf returns the Ballerina type whose values a Go variable of type t can hold.
func naturalOf(t reflect.Type) Type {
	if nt, ok := naturalCache.Load(t); ok {
		return nt.(Type)
	}
	nt := buildNatural(t)
	naturalCache.Store(t, nt)
	return nt
}

func buildNatural(t reflect.Type) Type {
	if t == reflect.TypeFor[Decimal]() {
		return TDecimal
	}
	switch t.Kind() {
	case reflect.Int64:
		return TInt
	case reflect.Float64:
		return TFloat
	case reflect.Bool:
		return TBoolean
	case reflect.String:
		return TString
	case reflect.Interface:
		return anyOrError
	case reflect.Func:
		return tFunction
	case reflect.Pointer:
		switch {
		case t == errorPtrType:
			return TError
		case t.Implements(listValueType):
			return ArrayOf(naturalOf(t.Elem().Field(0).Type.Elem()))
		case t.Implements(mapValueType):
			entries, _ := t.Elem().FieldByName("entries")
			val, _ := entries.Type.Elem().FieldByName("val")
			return MapOf(naturalOf(val.Type))
		}
		if recordInfoOf(t) != nil {
			return recordTypeFor(t)
		}
	}
	return TAny
}

// TypeName returns the Ballerina name of v's type, as used in messages: (), int,
// float, boolean, string, error, int[], map<json>, a record's name, function.
func TypeName(v any) string {
	switch x := v.(type) {
	case nil:
		return "()"
	case int64:
		return "int"
	case float64:
		return "float"
	case Decimal:
		return "decimal"
	case bool:
		return "boolean"
	case string:
		return "string"
	case *Error:
		return x.TypeName()
	case listValue:
		return x.listInherent().String()
	case mapValue:
		return x.mapInherent().String()
	case *Table:
		return x.Inherent.String()
	case Object:
		return x.Class_().Name
	case Type:
		return TypedescOf(x).String()
	case *Stream:
		return x.typ.String()
	}
	t := reflect.TypeOf(v)
	if recordInfoOf(t) != nil {
		return recordTypeFor(t).name
	}
	if t.Kind() == reflect.Func {
		return "function"
	}
	return t.String()
}

// Cast is the type cast <T>v: it returns v as the Go type T of the static type t, with
// Ballerina's numeric conversions (an int cast to float becomes a float, a float cast
// to int is rounded). A value outside t panics with {ballerina}TypeCastError.
func Cast[T any](v any, t Type) T {
	if !t.Contains(v) {
		v = castConvert(v, t)
	}
	r, ok := v.(T)
	if !ok && v != nil {
		// a read-only value that belongs to t by its shape: its view as a T, or a panic
		return narrowSlow[T](v, t)
	}
	return r
}

func castConvert(v any, t Type) any {
	if x, ok := numericConvert(v, t); ok {
		return x
	}
	panicCast(v, t)
	return nil
}

// castConvertOK is castConvert reporting failure instead of panicking (a float out of
// int's range included).
func castConvertOK(v any, t Type) (x any, ok bool) {
	defer func() {
		if recover() != nil {
			x, ok = nil, false // a conversion out of range panicked
		}
	}()
	x, ok = numericConvert(v, t)
	return x, ok && t.Contains(x)
}

// numericConvert is the numeric conversion of a cast (spec, "Type cast expression"):
// a number whose basic type t lacks becomes a number of the one numeric basic type t
// has (int, float or decimal); with none or several, there is no conversion. A value
// out of the target's range panics.
func numericConvert(v any, t Type) (any, bool) {
	var from basicKind
	switch v.(type) {
	case int64:
		from = kInt
	case float64:
		from = kFloat
	case Decimal:
		from = kDecimal
	default:
		return nil, false
	}
	to, n := from, 0
	for _, k := range []basicKind{kInt, kFloat, kDecimal} {
		if admits(t, k) {
			to, n = k, n+1
		}
	}
	if n != 1 || to == from {
		return nil, false
	}
	switch x := v.(type) {
	case int64:
		if to == kFloat {
			return float64(x), true
		}
		return DecimalFromInt(x), true
	case float64:
		if to == kInt {
			return FloatToInt(x), true
		}
		return DecimalFromFloat(x), true
	case Decimal:
		if to == kInt {
			return DecimalToInt(x), true
		}
		return DecimalToFloat(x), true
	}
	return nil, false
}

// admits reports whether t has the basic type k as a member.
func admits(t Type, k basicKind) bool {
	switch tt := t.(type) {
	case *basicType:
		return tt.kind == k
	case *unionType:
		for _, m := range tt.members {
			if admits(m, k) {
				return true
			}
		}
	}
	return false
}

//go:noinline
func panicCast(v any, t Type) {
	if i, ok := v.(int64); ok {
		if r, ok := t.(*intRangeType); ok {
			// an int out of a subtype's range is a failed numeric conversion in
			// jBallerina, its value shown as Java's MessageFormat shows a number
			Panic(newLangError(reasonNumConvert, "'int' value '"+groupDigits(i)+
				"' cannot be converted to '"+r.qualifiedName()+"'"))
		}
	}
	Panic(newLangError(reasonTypeCast,
		"incompatible types: '"+TypeName(v)+"' cannot be cast to '"+t.String()+"'"))
}

// groupDigits writes i with a comma between groups of three digits
// (4,294,967,296).
func groupDigits(i int64) string {
	s := strconv.FormatInt(i, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for k, c := range s {
		if k > 0 && (len(s)-k)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}
