package rt

import (
	"reflect"
)

// A record used as a map. A record value is a mapping value, and a record type is a
// subtype of map<T> when its fields are (spec, "Mapping types"): Person used as a
// map<anydata> is the same value, with no conversion or copy. bal2go represents a
// record as a pointer to a generated struct, read and written field by field by
// generated code, and a map<T> as a *Map[T], so the record gets a view: a *Map[T] that
// holds the record's present fields converted to T, in the record's order.
//
// Why views that are kept in sync rather than a *Map[T] that reads through to the
// record: every map access would then have to test for a record, and that test pushes
// Map.Get and Map.Member past Go's inlining budget (measured: the maps benchmark went
// from 1.09 to 1.65 times its Go twin). Views cost plain maps nothing: their reads
// stay slice reads; a store into a map that has views already takes the family's path
// (mapview.go).
//
// So the record joins a map family as its root (mapFamily.rec) and its views are the
// family's members. A store or removal through a view is made in the record, checked
// against the record's inherent type as r[k] = v is (SetRecordMember); then every view
// is brought up to date. A store into the record itself (SetField, SetRest,
// SetRecordMember) finds the family through the record's mark (the ReadOnly_ field):
// a record with views has a mark that says so and is not read-only (ReadOnly.maps), so
// the only cost to a record without views is SetField's test of a mark it already
// loads. A read-only record never changes: its views are the read-only views of
// readonly.go.

// RecordMap returns the record r (a pointer to a generated record struct) seen as a
// map whose members have Go type T: the same value, as a *Map[T] view kept in r's
// family, made on first use. The compiler has proved that r's type is a subtype of
// the map type.
func RecordMap[T any](r any) *Map[T] {
	if _, ok := r.(familyMap); ok {
		return MapView[T](r) // a map whose static type is a record type
	}
	ri, sv := mustRecord(r)
	if ro := ri.readOnly(sv); ro != nil {
		x, ok := view(r, ro, recordTypeFor(ri.ptr), reflect.TypeFor[*Map[T]]())
		if !ok {
			panicCast(r, MapOf(naturalOf(reflect.TypeFor[T]())))
		}
		return x.(*Map[T])
	}
	fam := recordFamilyOf(r, ri, sv)
	fam.mu.Lock()
	defer fam.mu.Unlock()
	for _, m := range fam.members {
		if m, ok := m.(*Map[T]); ok {
			return m
		}
	}
	view := &Map[T]{Inherent: recordTypeFor(ri.ptr), fam: fam}
	view.refill(ri, sv)
	fam.members = append(fam.members, view)
	return view
}

// recordFamilyOf returns the map family of the mutable record r, making it (and the
// record's mark that leads to it) on first use.
func recordFamilyOf(r any, ri *recordInfo, sv reflect.Value) *mapFamily {
	familyMu.Lock()
	defer familyMu.Unlock()
	if f := ri.mapFamily(sv); f != nil {
		return f
	}
	f := &mapFamily{rec: r}
	sv.Field(ri.ro).Set(reflect.ValueOf(&ReadOnly{maps: f}))
	return f
}

// mapFamily returns the family of the views of record struct value sv, or nil.
func (ri *recordInfo) mapFamily(sv reflect.Value) *mapFamily {
	if ri.ro < 0 {
		return nil
	}
	if ro, _ := sv.Field(ri.ro).Interface().(*ReadOnly); ro != nil {
		return ro.maps
	}
	return nil
}

// viewedRecord returns the record m is a view of, or nil.
func (m *Map[T]) viewedRecord() any {
	if m.fam != nil {
		return m.fam.rec
	}
	return nil
}

// refill makes m's members the present fields of record struct value sv, in order. A
// new slice is made, so that a Range in progress goes on with the old one.
func (m *Map[T]) refill(ri *recordInfo, sv reflect.Value) {
	m.entries, m.index, m.live = nil, nil, 0
	ri.each(sv, func(name string, fv reflect.Value) bool {
		m.store(name, viewElem[T](fieldValue(fv)))
		return true
	})
}

// recordPut is the store m[k] = v through m, a view of a record: made in the record
// (which checks it and updates the views).
func (m *Map[T]) recordPut(k string, v any) {
	SetRecordMember(m.fam.rec, k, v)
}

// recordRemove removes field k from the record m is a view of (map:remove,
// map:removeIfHasKey) and returns its value: a required field cannot be removed
// (jBallerina's {ballerina/lang.map}OperationNotSupported), an absent one is missing
// (the result is false).
func (m *Map[T]) recordRemove(k string) (T, bool) {
	var zero T
	rec := m.fam.rec
	ri, sv := mustRecord(rec)
	desc := recordTypeFor(ri.ptr)
	fd := ri.field(k)
	if fd != nil && !fd.optional {
		panicRequiredField(k, desc)
	}
	old, present := ri.get(sv, k)
	if !present {
		return zero, false
	}
	m.checkUpdate(false)
	if desc.readOnlyField(k) {
		Panic(newLangError(reasonMapType, "cannot update 'readonly' field '"+k+"' in record of type '"+desc.name+"'"))
	}
	if fd != nil {
		sv.Field(fd.index).Set(reflect.ValueOf(&Absent).Elem())
	} else {
		ri.restOf(sv).Remove(k)
	}
	m.fam.recordChanged(k)
	return viewElem[T](old), true
}

const reasonMapOperation = "{ballerina/lang.map}OperationNotSupported"

//go:noinline
func panicRequiredField(k string, desc *recordType) {
	Panic(newLangError(reasonMapOperation,
		"failed to remove field: '"+k+"' is a required field in '"+desc.name+"'"))
}

// checkRemoveAll panics, as jBallerina's map:removeAll does before removing anything,
// when m is the view of a record that has a required field.
func (m *Map[T]) checkRemoveAll() {
	if rec := m.viewedRecord(); rec != nil {
		ri, _ := mustRecord(rec)
		for _, fd := range ri.fields {
			if !fd.optional {
				panicRequiredField(fd.name, recordTypeFor(ri.ptr))
			}
		}
	}
}

// recordChanged brings the views of the family's record up to date after field k
// was stored or removed.
func (f *mapFamily) recordChanged(k string) {
	ri, sv := mustRecord(f.rec)
	v, present := ri.get(sv, k)
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, m := range f.members {
		switch {
		case !present:
			m.replayRemove(k)
		case m.mapHas(k) || ri.field(k) == nil:
			m.replayPut(k, v) // in place, or a rest field: last, as in the record
		default:
			m.refillFrom(ri, sv) // an optional field is present again, in its place
		}
	}
}

func (m *Map[T]) mapHas(k string) bool { return m.find(k) >= 0 }

func (m *Map[T]) refillFrom(ri *recordInfo, sv reflect.Value) { m.refill(ri, sv) }

// recordFieldStored tells the views of the family's record that the field whose
// address is field (a *T) was stored into.
func (f *mapFamily) recordFieldStored(field any) {
	ri, sv := mustRecord(f.rec)
	for i := range ri.fields {
		if sv.Field(ri.fields[i].index).Addr().Interface() == field {
			f.recordChanged(ri.fields[i].name)
			return
		}
	}
}

// memberTypeOf returns the type of the members of a mapping of inherent type t: a
// map's member type, or the union of a record's field types and rest type.
func memberTypeOf(t Type) Type {
	rt, ok := t.(*recordType)
	if !ok {
		return mapMemberType(t)
	}
	var ts []Type
	rt.fieldTypes(func(ft Type) bool { ts = append(ts, ft); return true })
	if len(ts) == 0 {
		return TNever
	}
	return UnionOf(ts...)
}

// mappingFieldType returns the type of member k of a mapping of inherent type t: a
// map's member type, a record's field type (nil when it cannot have the field).
func mappingFieldType(t Type, k string) Type {
	if rt, ok := t.(*recordType); ok {
		if rt.defined {
			return rt.fieldType(k)
		}
		if fd := recordInfoOf(rt.goType).field(k); fd != nil {
			return fieldType(fd)
		}
		return TAnydata
	}
	return mapMemberType(t)
}

// plainInherent is the inherent type of a new map made from m's members (map:filter):
// m's own, or, when m is a record's view, the map of its member types.
func (m *Map[T]) plainInherent() Type {
	if _, ok := m.Inherent.(*recordType); ok {
		return MapOf(memberTypeOf(m.Inherent))
	}
	return m.Inherent
}
