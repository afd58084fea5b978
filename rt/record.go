package rt

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
)

// Absent is the value an optional record field (`T f?;`, Go type any) holds while the
// field is absent. Generated code must initialise such fields to Absent.
var Absent any = absentValue{}

type absentValue struct{}

// OptionalField is the value of reading an optional record field: () when
// the field is absent.
func OptionalField(v any) any {
	if v == Absent {
		return nil
	}
	return v
}

// OrAbsent is the value stored by r.f = v into an optional field whose type
// does not allow (): () removes the field, so it is stored as Absent.
func OrAbsent(v any) any {
	if v == nil {
		return Absent
	}
	return v
}

// IsAbsent reports whether v is Absent.
func IsAbsent(v any) bool {
	_, ok := v.(absentValue)
	return ok
}

// recordField describes one field of a generated record struct.
type recordField struct {
	name     string // Ballerina field name
	index    int    // Go field index
	optional bool
	typ      reflect.Type
}

// recordInfo is the cached reflection data of one record type.
type recordInfo struct {
	ptr    reflect.Type // the pointer type the generated code uses
	name   string       // Ballerina type name
	fields []recordField
	rest   int // index of the `bal:",rest"` field (*Map[any]) of an open record, or -1
	ro     int // index of the `bal:",readonly"` field (*ReadOnly), or -1
}

// recordCache maps a pointer type to its *recordInfo; a nil *recordInfo marks a type
// that is not a record.
var recordCache sync.Map

// recordInfoOf returns the record information of t, or nil if t is not a pointer to a
// generated record struct. A struct is a record when it has no fields or at least one
// field tagged `bal:"..."`.
func recordInfoOf(t reflect.Type) *recordInfo {
	if t == nil {
		return nil
	}
	if ri, ok := recordCache.Load(t); ok {
		return ri.(*recordInfo)
	}
	ri := buildRecordInfo(t)
	actual, _ := recordCache.LoadOrStore(t, ri)
	return actual.(*recordInfo)
}

func buildRecordInfo(t reflect.Type) *recordInfo {
	if t.Kind() != reflect.Pointer || t.Elem().Kind() != reflect.Struct {
		return nil
	}
	st := t.Elem()
	ri := &recordInfo{ptr: t, name: st.Name(), rest: -1, ro: -1}
	tagged := false
	for i := 0; i < st.NumField(); i++ {
		f := st.Field(i)
		tag, ok := f.Tag.Lookup("bal")
		if !ok || !f.IsExported() {
			continue
		}
		tagged = true
		name, opts, _ := strings.Cut(tag, ",")
		if opts == "rest" && f.Type == restMapType {
			ri.rest = i
			continue
		}
		if opts == "readonly" && f.Type == readOnlyPtrType {
			ri.ro = i
			continue
		}
		if name == "" {
			name = f.Name
		}
		ri.fields = append(ri.fields, recordField{
			name:     name,
			index:    i,
			optional: opts == "optional",
			typ:      f.Type,
		})
	}
	if !tagged && st.NumField() > 0 {
		return nil
	}
	return ri
}

// recordOf returns the record information and the struct value of v when v is a
// non-nil record pointer.
func recordOf(v any) (*recordInfo, reflect.Value) {
	ri := recordInfoOf(reflect.TypeOf(v))
	if ri == nil {
		return nil, reflect.Value{}
	}
	rv := reflect.ValueOf(v)
	if rv.IsNil() {
		return nil, reflect.Value{}
	}
	return ri, rv.Elem()
}

var (
	restMapType     = reflect.TypeFor[*Map[any]]()
	readOnlyPtrType = reflect.TypeFor[*ReadOnly]()
)

// restOf returns the rest-field map of an open record, or nil.
func (ri *recordInfo) restOf(sv reflect.Value) *Map[any] {
	if ri.rest < 0 {
		return nil
	}
	m, _ := sv.Field(ri.rest).Interface().(*Map[any])
	return m
}

// each calls f for every present field of the record struct value sv, in declaration
// order and then the rest fields of an open record in insertion order, until f
// returns false.
func (ri *recordInfo) each(sv reflect.Value, f func(name string, fv reflect.Value) bool) {
	for i := range ri.fields {
		fd := &ri.fields[i]
		fv := sv.Field(fd.index)
		if fd.optional && fv.Kind() == reflect.Interface && !fv.IsNil() && IsAbsent(fv.Interface()) {
			continue
		}
		if !f(fd.name, fv) {
			return
		}
	}
	if rest := ri.restOf(sv); rest != nil {
		rest.Range(func(k string, v any) bool { return f(k, reflect.ValueOf(&v).Elem()) })
	}
}

// count returns the number of present fields.
func (ri *recordInfo) count(sv reflect.Value) int {
	n := 0
	ri.each(sv, func(string, reflect.Value) bool { n++; return true })
	return n
}

// field returns the declared field named k, or nil.
func (ri *recordInfo) field(k string) *recordField {
	for i := range ri.fields {
		if ri.fields[i].name == k {
			return &ri.fields[i]
		}
	}
	return nil
}

// get returns the value of the present field name.
func (ri *recordInfo) get(sv reflect.Value, name string) (any, bool) {
	if fd := ri.field(name); fd != nil {
		v := sv.Field(fd.index).Interface()
		if fd.optional && IsAbsent(v) {
			return nil, false
		}
		return v, true
	}
	if rest := ri.restOf(sv); rest != nil {
		return rest.Get(name)
	}
	return nil, false
}

// The functions below that take a record by name (its static type is a union of record
// types, or a record type shared with its subtypes) also take a read-only mapping that
// belongs to the record type by its shape (a field of a view, see readonly.go).

// mustRecord returns the record information and struct value of r, panicking (a Go
// panic: a code generator bug) when r is not a record.
func mustRecord(r any) (*recordInfo, reflect.Value) {
	ri, sv := recordOf(r)
	if ri == nil {
		panic(fmt.Sprintf("rt: %T is not a record", r))
	}
	return ri, sv
}

// RecordMember returns field k of record r boxed, or nil when r has no such field
// (r[k] with a computed key).
func RecordMember(r any, k string) any {
	if m, ok := r.(mapValue); ok {
		v, _ := m.mapGet(k)
		return v
	}
	ri, sv := mustRecord(r)
	v, _ := ri.get(sv, k)
	return v
}

// RecordLength returns the number of fields present in record r (map:length).
func RecordLength(r any) int64 {
	if m, ok := r.(mapValue); ok {
		return int64(m.mapLen())
	}
	ri, sv := mustRecord(r)
	return int64(ri.count(sv))
}

// RecordKeys returns the names of the fields present in record r, in order (map:keys).
func RecordKeys(r any) *List[string] {
	keys := []string{}
	if m, ok := r.(mapValue); ok {
		m.mapRange(func(k string, _ any) bool { keys = append(keys, k); return true })
		return &List[string]{Elems: keys}
	}
	ri, sv := mustRecord(r)
	ri.each(sv, func(name string, _ reflect.Value) bool { keys = append(keys, name); return true })
	return &List[string]{Elems: keys}
}

// RecordHasKey reports whether record r has field k present (map:hasKey).
func RecordHasKey(r any, k string) bool {
	if m, ok := r.(mapValue); ok {
		_, ok := m.mapGet(k)
		return ok
	}
	ri, sv := mustRecord(r)
	_, ok := ri.get(sv, k)
	return ok
}

// RecordToMap returns a new map of the fields present in record r, in order, with
// inherent type t (nil when T says it all): a lang.map function applied to a record
// sees it as the map of its fields (map:toArray, map:forEach, ...), each of a member
// type of T.
func RecordToMap[T any](r any, t Type) *Map[T] {
	m := NewMap[T](t)
	if src, ok := r.(mapValue); ok {
		src.mapRange(func(k string, e any) bool {
			v, _ := e.(T)
			m.Put(k, v)
			return true
		})
		return m
	}
	ri, sv := mustRecord(r)
	ri.each(sv, func(name string, fv reflect.Value) bool {
		v, _ := fieldValue(fv).(T) // a nil field of a boxed T is T's zero value, nil
		m.Put(name, v)
		return true
	})
	return m
}

// SetRecordMember stores v as field k of record r when the static type the store is
// checked against may not be r's own: r seen through a supertype or a union of record
// types. Like a map's member type, r's inherent field type decides: a value outside
// it panics with {ballerina/lang.map}InherentTypeViolation, as does a field that r's
// type cannot have (its type is never).
func SetRecordMember(r any, k string, v any) {
	if m, ok := r.(mapValue); ok {
		// a map whose type is a subtype of the record type (map<int> seen as
		// record {| int...; |}), or a read-only mapping's view as a record
		m.readOnly().CheckUpdate()
		m.(anyPutter).putAny(k, v)
		return
	}
	ri, sv := mustRecord(r)
	ri.readOnly(sv).CheckUpdate()
	desc := recordTypeFor(ri.ptr)
	var ft Type = TNever
	if desc.defined {
		if ft = desc.fieldType(k); ft == nil {
			ft = TNever
		}
		if !ft.Contains(v) {
			panicRecordInherent(k, ft, v)
		}
		if desc.readOnlyField(k) {
			Panic(newLangError(reasonMapType, "cannot update 'readonly' field '"+k+"' in record of type '"+desc.name+"'"))
		}
	}
	fd := ri.field(k)
	if fd == nil {
		if ri.rest < 0 {
			panicRecordInherent(k, ft, v)
		}
		SetRest(nil, sv.Field(ri.rest).Addr().Interface().(**Map[any]), k, v)
	} else if !setGo(sv.Field(fd.index), v, ft) {
		panicRecordInherent(k, ft, v)
	}
	if fam := ri.mapFamily(sv); fam != nil {
		fam.recordChanged(k) // the record's views as maps (recordmap.go)
	}
}

//go:noinline
func panicRecordInherent(k string, expected Type, v any) {
	Panic(newLangError(reasonMapType, "invalid value for record field '"+k+
		"': expected value of type '"+expected.String()+"', found '"+TypeName(v)+"'"))
}

// NarrowRecord returns v as a value of t, a record type shared with its subtypes (its
// static Go type is any): a record of t or of a subtype as it is, a read-only mapping
// that belongs to t by its shape as a view in t's own struct (see Narrow). Anything
// else panics with a cast error (<t>v).
func NarrowRecord(v any, t Type) any {
	if !t.Contains(v) {
		panicCast(v, t)
	}
	v = viewOriginal(v) // a record's view as a map is the record
	if _, isMap := v.(mapValue); isMap && readOnlyMark(v) == nil || recordInfoOf(reflect.TypeOf(v)) != nil {
		return v // a record, or a mutable map whose type is a subtype
	}
	if ro := readOnlyMark(v); ro != nil {
		if rt := recordTypeIn(t); rt != nil {
			if x, ok := view(v, ro, t, rt.goType); ok {
				return x
			}
		}
	}
	panicCast(v, t)
	return nil
}

// recordTypeIn returns the record type t is, possibly read-only, or nil.
func recordTypeIn(t Type) *recordType {
	if ro, ok := t.(*readOnlyType); ok {
		t = ro.of
	}
	rt, _ := t.(*recordType)
	return rt
}

// SetRest stores v as the extra field k of an open record, whose rest field (tagged
// `bal:",rest"`) is *rest, creating the map on first use.
func SetRest(ro *ReadOnly, rest **Map[any], k string, v any) {
	ro.CheckUpdate()
	if *rest == nil {
		*rest = NewMap[any](nil)
	}
	(*rest).Put(k, v)
	if ro != nil {
		ro.maps.recordChanged(k) // the record has views as maps (recordmap.go)
	}
}

// fieldValue boxes a record field value.
func fieldValue(fv reflect.Value) any {
	switch fv.Kind() {
	case reflect.Int64:
		return fv.Int()
	case reflect.Float64:
		return fv.Float()
	case reflect.String:
		return fv.String()
	case reflect.Bool:
		return fv.Bool()
	}
	return fv.Interface()
}
