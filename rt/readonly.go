package rt

import (
	"reflect"
	"sync"
)

// Read-only values (spec, "Mutation" and "Type membership"): simple values, errors and
// functions are always read-only; a list, map or record is read-only when it was made
// so (value:cloneReadOnly, or a conversion of a read-only value below). Updating a
// read-only value panics with InvalidUpdate, and a read-only value belongs to a type
// when its shape does: an immutable {x: 1} of Go type *Map[any] is a record {int x;}
// although a mutable one is not.
//
// Because bal2go gives lists, maps and records of different types different Go
// representations, a read-only value used as a type it belongs to only by shape is
// converted to that type's representation (a view). A view is itself read-only, so no
// mutation can tell it from the original; it remembers the original so that === does
// not tell them apart either, and the original caches its views so that converting it
// twice gives the same value.

// ReadOnly is the read-only mark of a list, map or record: nil while the value is
// mutable. Generated record structs hold it in the field tagged `bal:",readonly"`.
type ReadOnly struct {
	source any // the read-only value this one is a view of, or nil
	// maps, when non-nil, says that this is the mark of a MUTABLE record that has
	// views as maps (recordmap.go), which a store into the record must update.
	maps *mapFamily

	mu    sync.Mutex
	views map[viewKey]any // conversions of this value, by target representation
}

type viewKey struct {
	gt reflect.Type
	t  Type
}

// frozen is the mark of a value that is read-only from the start (not a view).
func frozen() *ReadOnly { return &ReadOnly{} }

// CheckUpdate panics with {ballerina/lang.map}InvalidUpdate when r marks a read-only
// record; generated code calls it on the record's mark before storing into a field.
func (r *ReadOnly) CheckUpdate() {
	if r != nil && r.maps == nil {
		panicInvalidUpdate(reasonMapUpdate, "Invalid update of record field: ")
	}
}

// SetField is the store r.f = v into a record field (f is &r.f, ro the record's mark):
// it panics when the record is read-only.
func SetField[T any](ro *ReadOnly, f *T, v T) {
	if ro != nil {
		ro.setField(f, v) // kept out of line: SetField stays inlined
		return
	}
	*f = v
}

// setField is SetField on a record that has a mark: a read-only record panics, one
// with views as maps (recordmap.go) has them updated after the store.
func (r *ReadOnly) setField(f, v any) {
	r.CheckUpdate()
	fv := reflect.ValueOf(f).Elem()
	if v == nil {
		fv.SetZero()
	} else {
		fv.Set(reflect.ValueOf(v))
	}
	r.maps.recordFieldStored(f)
}

const (
	reasonListUpdate = "{ballerina/lang.array}InvalidUpdate"
	reasonMapUpdate  = "{ballerina/lang.map}InvalidUpdate"
)

//go:noinline
func panicInvalidUpdate(reason, prefix string) {
	Panic(newLangError(reason, prefix+"modification not allowed on readonly value"))
}

// IsReadOnly is value:isReadOnly: whether v is a read-only value.
func IsReadOnly(v any) bool {
	switch x := v.(type) {
	case listValue:
		return x.readOnly() != nil
	case mapValue:
		return x.readOnly() != nil
	case *Table:
		return x.ro != nil
	case Object:
		return x.Class_().ReadOnly
	}
	if ri, sv := recordOf(v); ri != nil {
		return ri.readOnly(sv) != nil
	}
	return true // simple values, errors, functions
}

// readOnlyMark returns the mark of a read-only list, map or record, or nil.
func readOnlyMark(v any) *ReadOnly {
	switch x := v.(type) {
	case listValue:
		return x.readOnly()
	case mapValue:
		return x.readOnly()
	case *Table:
		return x.ro
	case nil, int64, float64, Decimal, bool, string, *Error:
		return nil
	}
	if ri, sv := recordOf(v); ri != nil {
		return ri.readOnly(sv)
	}
	return nil
}

// original returns the value v is a view of, or v itself.
func original(v any) any {
	if ro := readOnlyMark(v); ro != nil && ro.source != nil {
		return ro.source
	}
	return viewOriginal(v) // a list or map and its views (listview.go) are one value too
}

// readOnly returns the mark of record struct value sv.
func (ri *recordInfo) readOnly(sv reflect.Value) *ReadOnly {
	if ri.ro < 0 {
		return nil
	}
	ro, _ := sv.Field(ri.ro).Interface().(*ReadOnly)
	if ro != nil && ro.maps != nil {
		return nil // a mutable record with views as maps (recordmap.go)
	}
	return ro
}

func (l *List[T]) readOnly() *ReadOnly {
	if l == nil {
		return nil
	}
	return l.ro
}
func (m *Map[T]) readOnly() *ReadOnly {
	if m == nil {
		return nil
	}
	return m.ro
}

//go:noinline
func panicListUpdate() { panicInvalidUpdate(reasonListUpdate, "") }

// checkUpdate panics when the map is read-only; insertion says so in the message.
func (m *Map[T]) checkUpdate(insert bool) {
	if m.ro != nil {
		if _, rec := m.Inherent.(*recordType); rec && insert {
			// a read-only record's view as a map (recordmap.go): jBallerina words
			// the store by the value's type
			panicInvalidUpdate(reasonMapUpdate, "Invalid update of record field: ")
		}
		if insert {
			panicInvalidUpdate(reasonMapUpdate, "Invalid map insertion: ")
		}
		panicInvalidUpdate(reasonMapUpdate, "")
	}
}

// shapeMember reports whether the read-only value v (mark ro) belongs to t by its
// shape. It is the membership test of lists, maps and records against list, map and
// record types once v's inherent type alone has said no.
func shapeMember(v any, t Type) bool {
	switch tt := t.(type) {
	case *arrayType, *tupleType:
		l, ok := v.(listValue)
		if !ok {
			return false
		}
		n := l.listLen()
		if max := maxListLen(tt); n < minListLen(tt) || (max >= 0 && n > max) {
			return false
		}
		for i := 0; i < n; i++ {
			if !memberType(tt, i).Contains(l.listElem(i)) {
				return false
			}
		}
		return true
	case *mapType:
		m := asMapping(v)
		if m == nil {
			return false
		}
		ok := true
		m.mapRange(func(_ string, x any) bool { ok = tt.elem.Contains(x); return ok })
		return ok
	case *recordType:
		m := asMapping(v)
		if m == nil {
			return false
		}
		if tt.defined {
			return recordShapeMember(m, tt)
		}
		ri := recordInfoOf(tt.goType)
		for i := range ri.fields {
			fd := &ri.fields[i]
			x, ok := m.mapGet(fd.name)
			if !ok {
				if fd.optional {
					continue
				}
				return false
			}
			if !fieldType(fd).Contains(x) {
				return false
			}
		}
		ok := true
		m.mapRange(func(k string, x any) bool {
			if ri.field(k) == nil {
				// a closed record has no other fields; an open one's rest is anydata
				ok = ri.rest >= 0 && TAnydata.Contains(x)
			}
			return ok
		})
		return ok
	}
	return false
}

// recordShapeMember reports whether the read-only mapping m has the shape of record
// type t (whose field types are known): each field of t present unless optional, of
// its type, and every other field of t's rest type.
func recordShapeMember(m mapping, t *recordType) bool {
	for _, fd := range t.fields {
		x, ok := m.mapGet(fd.Name)
		if !ok {
			if fd.Optional {
				continue
			}
			return false
		}
		if !fd.Type.Contains(x) {
			return false
		}
	}
	ok := true
	m.mapRange(func(k string, x any) bool {
		for _, fd := range t.fields {
			if fd.Name == k {
				return true
			}
		}
		ok = t.rest != nil && t.rest.Contains(x)
		return ok
	})
	return ok
}

// fieldType is the type of a record field as far as the run time knows it: the natural
// type of its Go type (a field of union type is a Go any, so any value but an error).
func fieldType(fd *recordField) Type {
	if fd.typ.Kind() == reflect.Interface {
		return TAny
	}
	return naturalOf(fd.typ)
}

// view returns the read-only value v (mark ro) converted to Go type gt, a list, map or
// record pointer, as a member of t (the type v belongs to by shape), or false when v
// does not have t's shape. Views are cached on v.
func view(v any, ro *ReadOnly, t Type, gt reflect.Type) (any, bool) {
	if ro.source != nil {
		v, ro = ro.source, readOnlyMark(ro.source)
	}
	if reflect.TypeOf(v) == gt {
		return v, true
	}
	t = shapeMemberOf(v, t)
	if t == nil {
		return nil, false
	}
	key := viewKey{gt, t}
	ro.mu.Lock()
	cached, ok := ro.views[key]
	ro.mu.Unlock()
	if ok {
		return cached, true
	}
	var out any
	if b, isBuilder := reflect.Zero(gt).Interface().(viewBuilder); isBuilder {
		out, ok = b.buildView(v, t)
	} else if recordInfoOf(gt) != nil {
		out, ok = buildRecordView(v, t, gt)
	}
	if !ok {
		return nil, false
	}
	ro.mu.Lock()
	defer ro.mu.Unlock()
	if cached, ok := ro.views[key]; ok {
		return cached, true // another strand converted it first
	}
	if ro.views == nil {
		ro.views = make(map[viewKey]any)
	}
	ro.views[key] = out
	return out, true
}

// shapeMemberOf returns the member of t that v belongs to, or nil.
func shapeMemberOf(v any, t Type) Type {
	if u, ok := t.(*unionType); ok {
		for _, m := range u.members {
			if m.Contains(v) {
				return shapeMemberOf(v, m)
			}
		}
		return nil
	}
	if t.Contains(v) {
		return t
	}
	return nil
}

// viewBuilder is implemented by *List[T] and *Map[T] (called on a nil pointer): it
// builds a read-only value of that Go type holding the members of v converted.
type viewBuilder interface {
	buildView(v any, t Type) (any, bool)
}

// convertMember returns x as a value of Go type gt that belongs to t.
func convertMember(x any, t Type, gt reflect.Type) (any, bool) {
	if x == nil || reflect.TypeOf(x).AssignableTo(gt) {
		return x, true
	}
	if ro := readOnlyMark(x); ro != nil {
		return view(x, ro, t, gt)
	}
	return nil, false
}

func (*List[T]) buildView(v any, t Type) (any, bool) {
	l, ok := v.(listValue)
	if !ok {
		return nil, false
	}
	gt := reflect.TypeFor[T]()
	out := &List[T]{Elems: make([]T, l.listLen()), Inherent: t, ro: &ReadOnly{source: v}}
	for i := range out.Elems {
		x, ok := convertMember(l.listElem(i), memberType(t, i), gt)
		if !ok {
			return nil, false
		}
		out.Elems[i], _ = x.(T)
	}
	return out, true
}

func (*Map[T]) buildView(v any, t Type) (any, bool) {
	m := asMapping(v)
	if m == nil {
		return nil, false
	}
	gt := reflect.TypeFor[T]()
	out := &Map[T]{Inherent: t}
	ok := true
	m.mapRange(func(k string, x any) bool {
		var y any
		if y, ok = convertMember(x, mappingFieldType(t, k), gt); ok {
			e, _ := y.(T)
			out.Put(k, e)
		}
		return ok
	})
	out.ro = &ReadOnly{source: v}
	return out, ok
}

// buildRecordView makes a read-only record of Go type gt from the mapping v.
func buildRecordView(v any, t Type, gt reflect.Type) (any, bool) {
	m := asMapping(v)
	ri := recordInfoOf(gt)
	if m == nil || ri.ro < 0 {
		return nil, false
	}
	np := reflect.New(gt.Elem())
	sv := np.Elem()
	for i := range ri.fields {
		fd := &ri.fields[i]
		x, present := m.mapGet(fd.name)
		if !present {
			sv.Field(fd.index).Set(reflect.ValueOf(&Absent).Elem())
			continue
		}
		y, ok := convertMember(x, fieldType(fd), fd.typ)
		if !ok {
			return nil, false
		}
		if y != nil {
			sv.Field(fd.index).Set(reflect.ValueOf(y))
		}
	}
	if ri.rest >= 0 {
		var rest *Map[any]
		m.mapRange(func(k string, x any) bool {
			if ri.field(k) == nil {
				if rest == nil {
					rest = NewMap[any](nil)
				}
				rest.Put(k, x)
			}
			return true
		})
		if rest != nil {
			rest.ro = frozen()
			sv.Field(ri.rest).Set(reflect.ValueOf(rest))
		}
	}
	sv.Field(ri.ro).Set(reflect.ValueOf(&ReadOnly{source: v}))
	return np.Interface(), true
}

// Narrow returns v, which the program has tested to belong to a type whose Go
// representation is T (a list, map or record pointer), as a T: v itself, or the view of
// a read-only value that belongs to t by its shape.
func Narrow[T any](v any, t Type) T {
	if r, ok := v.(T); ok {
		return r
	}
	return narrowSlow[T](v, t)
}

func narrowSlow[T any](v any, t Type) T {
	if o := viewOriginal(v); o != v {
		if r, ok := o.(T); ok && t.Contains(o) {
			return r // a list, map or record seen through a view of another Go type
		}
	}
	if ro := readOnlyMark(v); ro != nil {
		if x, ok := view(v, ro, t, reflect.TypeFor[T]()); ok {
			r, _ := x.(T)
			return r
		}
	} else if mk, ok := any(*new(T)).(viewMaker); ok && t.Contains(v) {
		// a mutable list or map of another Go member type: its view (listview.go);
		// a record used as a map: its view (recordmap.go)
		switch v.(type) {
		case familyList, familyMap:
			return mk.viewOf(v).(T)
		}
		if recordInfoOf(reflect.TypeOf(v)) != nil {
			return mk.viewOf(v).(T)
		}
	}
	panicCast(v, t)
	var zero T
	return zero
}

// ReadOnlyOf returns the type T & readonly: the read-only values that belong to t. A
// name, when given, is how the type is written (type Emp readonly & record {…}).
func ReadOnlyOf(t Type, name ...string) Type {
	ro := &readOnlyType{of: t}
	if len(name) > 0 {
		ro.name = name[0]
	}
	return ro
}

type readOnlyType struct {
	of   Type
	name string
}

// Contains implements Type.
func (t *readOnlyType) Contains(v any) bool { return IsReadOnly(v) && t.of.Contains(v) }

// String implements Type.
func (t *readOnlyType) String() string {
	if t.name != "" {
		return t.name
	}
	return "(" + t.of.String() + " & readonly)"
}

// Freeze makes v, a list, map or record just built by a constructor whose expected
// type is read-only, read-only in place; its members are read-only already (the
// checker typed them so), so nothing is copied. Other values are returned as they are.
func Freeze[T any](v T) T {
	switch x := any(v).(type) {
	case interface{ freeze() }:
		x.freeze()
	default:
		if ri, sv := recordOf(v); ri != nil && ri.ro >= 0 {
			sv.Field(ri.ro).Set(reflect.ValueOf(frozen()))
		}
	}
	return v
}

func (l *List[T]) freeze() { l.ro, l.settable = frozen(), 0 }
func (m *Map[T]) freeze()  { m.ro = frozen() }
