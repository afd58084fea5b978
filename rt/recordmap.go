package rt

import "reflect"

// Records are mappings: a record used as a map<T> (a P passed for a map<anydata>) is
// the same value, seen through a *Map[T] whose every operation goes to the record (the
// rec field): reads by field name, stores checked against the record's own field
// types (SetRecordMember), removals of its optional and rest fields. A view holds no
// members of its own, so reading it changes nothing (a read-only record's view may be
// read by several strands at once).

// recordMapView returns the view of record r as a *Map[T].
func recordMapView[T any](r any) *Map[T] { return &Map[T]{rec: r} }

// recordGet returns field k of the viewed record as a T.
func (m *Map[T]) recordGet(k string) (T, bool) {
	ri, sv := recordOf(m.rec)
	v, ok := ri.get(sv, k)
	if !ok {
		var zero T
		return zero, false
	}
	return viewElem[T](v), true
}

// recordRemove removes field k of record r and returns its value: an optional field
// becomes absent, a rest field goes. A missing key panics when must is set (else it
// returns nil), as does a required field.
func recordRemove(r any, k string, must bool) any {
	ri, sv := mustRecord(r)
	v, ok := ri.get(sv, k)
	if !ok {
		if must {
			panicKeyNotFound(k)
		}
		return nil
	}
	ri.readOnly(sv).CheckUpdate()
	if fd := ri.field(k); fd != nil {
		if !fd.optional {
			Panic(newLangError(reasonMapType, "failed to remove key '"+k+"': '"+k+
				"' is a required field of '"+recordTypeFor(ri.ptr).name+"'"))
		}
		sv.Field(fd.index).Set(reflect.ValueOf(&Absent).Elem())
		return v
	}
	ri.restOf(sv).Remove(k)
	return v
}
