package rt

import (
	"fmt"
	"reflect"
	"sync"
)

// Record type descriptors: the fields, rest type and subtypes of each record type of
// the program (generated code describes them in an init function), and record
// membership.

// recordType matches the records of one generated struct type.
type recordType struct {
	goType reflect.Type // pointer type
	name   string
	fill   func() any // makes the record's filler value; nil when it has none
	// fields and rest are the Ballerina types of the fields (DefineRecord); without
	// them (defined false) the Go field types stand for them.
	defined bool
	fields  []RecordField
	rest    Type // nil: a closed record without rest fields
	// subs are the Go types of the other record types of the program that are
	// subtypes of this one (DefineSubtypes): their values belong to it too.
	subs map[reflect.Type]bool
}

// DefineSubtypes records that the values of the record types subs (made by
// RecordTypeOf) belong to the record type t: records are structural, so a record of
// type Q is also a P when Q is a subtype of P. The compiler decides the relation
// (with the same algebra as its own subtype checks) and generated code calls
// DefineSubtypes in an init function, after DefineRecord.
func DefineSubtypes(t Type, subs ...Type) {
	rt := t.(*recordType)
	if rt.subs == nil {
		rt.subs = make(map[reflect.Type]bool, len(subs))
	}
	for _, s := range subs {
		rt.subs[s.(*recordType).goType] = true
	}
}

// fieldType returns the type of field k of a record of this type: its declared
// type, else the rest type; nil when the record cannot have the field.
func (t *recordType) fieldType(k string) Type {
	for i := range t.fields {
		if t.fields[i].Name == k {
			return t.fields[i].Type
		}
	}
	return t.rest
}

// mapFitsRecord reports whether every map<E> of type s belongs to record type t: t
// has only optional fields, each admitting E, and a rest type admitting E (map<int> is
// record {| int...; |}).
func mapFitsRecord(s *mapType, t *recordType) bool {
	if !t.defined || t.rest == nil || !isSubtype(s.elem, t.rest) {
		return false
	}
	for _, f := range t.fields {
		if !f.Optional || f.ReadOnly || !isSubtype(s.elem, f.Type) {
			return false
		}
	}
	return true
}

// readOnlyField reports whether field k is declared readonly.
func (t *recordType) readOnlyField(k string) bool {
	for i := range t.fields {
		if t.fields[i].Name == k {
			return t.fields[i].ReadOnly
		}
	}
	return false
}

// RecordField is a field of a record type: its name, type, and whether it is
// optional or readonly.
type RecordField struct {
	Name     string
	Type     Type
	Optional bool
	ReadOnly bool
	// Default makes the field's default value, when it has one that needs no strand
	// (conversions such as cloneWithType use it for a missing field).
	Default func() any
}

// DefineRecord gives the record type t (made by RecordTypeOf) its field types and its
// rest type (nil for a closed record without one). Generated code calls it in an init
// function, as field types may refer back to t.
func DefineRecord(t Type, fields []RecordField, rest Type) {
	rt := t.(*recordType)
	rt.fields, rt.rest, rt.defined = fields, rest, true
}

// fieldTypes calls f with the type of each field of t and its rest type (nil when it
// has none), until f returns false.
func (t *recordType) fieldTypes(f func(Type) bool) bool {
	if t.defined {
		for _, fd := range t.fields {
			if !f(fd.Type) {
				return false
			}
		}
		return t.rest == nil || f(t.rest)
	}
	ri := recordInfoOf(t.goType)
	if ri == nil {
		return false
	}
	for _, fd := range ri.fields {
		if !f(naturalOf(fd.typ)) {
			return false
		}
	}
	return ri.rest < 0 || f(TAnydata)
}

// RecordTypeOf returns the type of records whose Go type is that of sample (a pointer
// to a generated record struct, possibly nil), named name in messages. fill, when
// given, makes the record's filler value (a record whose fields are all optional or
// have defaults has one; see filler.go).
func RecordTypeOf(sample any, name string, fill ...func() any) Type {
	t := reflect.TypeOf(sample)
	ri := recordInfoOf(t)
	if ri == nil {
		panic(fmt.Sprintf("rt.RecordTypeOf: %T is not a record struct pointer", sample))
	}
	if name == "" {
		name = ri.name
	}
	desc := &recordType{goType: t, name: name}
	if len(fill) > 0 {
		desc.fill = fill[0]
	}
	recordTypes.Store(t, desc)
	return desc
}

// recordTypes holds the descriptor of each record Go type (set by RecordTypeOf).
var recordTypes sync.Map // reflect.Type -> *recordType

func recordTypeFor(t reflect.Type) *recordType {
	if desc, ok := recordTypes.Load(t); ok {
		return desc.(*recordType)
	}
	name := t.String()
	if ri := recordInfoOf(t); ri != nil {
		name = ri.name
	}
	desc, _ := recordTypes.LoadOrStore(t, &recordType{goType: t, name: name})
	return desc.(*recordType)
}

// Contains implements Type.
func (t *recordType) Contains(v any) bool {
	if vt := reflect.TypeOf(v); vt != t.goType {
		if t.subs[vt] {
			return !reflect.ValueOf(v).IsNil() // a record of a subtype
		}
		if o := viewOriginal(v); o != v {
			return t.Contains(o) // a record's view as a map (recordmap.go)
		}
		if m, ok := v.(mapValue); ok && m.readOnly() == nil {
			mt, ok := m.mapInherent().(*mapType)
			return ok && mapFitsRecord(mt, t) // a map whose type is a subtype
		}
		// a read-only mapping belongs to the record type by its shape (readonly.go)
		return readOnlyMark(v) != nil && shapeMember(v, t)
	}
	return !reflect.ValueOf(v).IsNil()
}

// String implements Type.
func (t *recordType) String() string { return t.name }
