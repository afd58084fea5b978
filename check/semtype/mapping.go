package semtype

import (
	"slices"
	"strconv"
	"sync/atomic"
)

// MappingAtom is the mappings whose field Names[i] belongs to Types[i] (a type that
// includes Undef when the field may be absent) and whose every other field is absent or
// belongs to Rest (Never: a closed record).
type MappingAtom struct {
	atomIndex
	Names []string
	Types []SemType
	Rest  SemType
}

// Field is a named field of a mapping type.
type Field struct {
	Name     string
	Type     SemType
	Optional bool
}

// MappingDefinition builds a mapping type that may refer to itself.
type MappingDefinition struct{ definition[*MappingAtom] }

// NewMappingDefinition starts a mapping type.
func NewMappingDefinition() *MappingDefinition {
	return &MappingDefinition{newDefinition(BMappingRO, BMappingRW,
		&MappingAtom{atomIndex: newAtomIndex()}, &MappingAtom{atomIndex: newAtomIndex()})}
}

// Define sets the fields and rest type (Never for a closed record) and returns the
// type: the mutable mappings of that shape and the read-only ones.
func (d *MappingDefinition) Define(fields []Field, rest SemType) SemType {
	n := len(fields)
	d.rw.Names, d.rw.Types, d.rw.Rest = make([]string, n), make([]SemType, n), rest
	d.ro.Names, d.ro.Types, d.ro.Rest = d.rw.Names, make([]SemType, n), Intersect(rest, Readonly)
	for i, f := range fields {
		t := f.Type
		if f.Optional {
			t = union2(t, Undef)
		}
		d.rw.Names[i], d.rw.Types[i] = f.Name, t
		d.ro.Types[i] = Intersect(t, union2(Readonly, Undef))
	}
	return d.t
}

// MappingOf returns a record or map type (map<T> is MappingOf(nil, T)).
func MappingOf(fields []Field, rest SemType) SemType {
	return NewMappingDefinition().Define(fields, rest)
}

// mappingShape is a conjunction of mapping atoms: explicit fields and the rest.
type mappingShape struct {
	names []string
	types []SemType
	rest  SemType
}

func (s *mappingShape) field(name string) SemType {
	if i := slices.Index(s.names, name); i >= 0 {
		return s.types[i]
	}
	return union2(s.rest, Undef)
}

func (s *mappingShape) with(name string, t SemType) *mappingShape {
	out := &mappingShape{slices.Clone(s.names), slices.Clone(s.types), s.rest}
	if i := slices.Index(out.names, name); i >= 0 {
		out.types[i] = t
	} else {
		out.names = append(out.names, name)
		out.types = append(out.types, t)
	}
	return out
}

func atomShape(a *MappingAtom) *mappingShape { return &mappingShape{a.Names, a.Types, a.Rest} }

func (s *mappingShape) intersect(a *MappingAtom) *mappingShape {
	o := atomShape(a)
	out := &mappingShape{rest: Intersect(s.rest, a.Rest)}
	for _, name := range unionNames(s.names, a.Names) {
		out.names = append(out.names, name)
		out.types = append(out.types, Intersect(s.field(name), o.field(name)))
	}
	return out
}

func unionNames(a, b []string) []string {
	out := slices.Clone(a)
	for _, n := range b {
		if !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

func mappingPathEmpty(top SemType) func(cx *Context, pos, neg []atom) bool {
	return func(cx *Context, pos, neg []atom) bool {
		s := &mappingShape{rest: top}
		for _, p := range pos {
			s = s.intersect(p.(*MappingAtom))
		}
		for _, t := range s.types {
			if cx.IsEmpty(t) {
				return true
			}
		}
		negs := make([]*MappingAtom, len(neg))
		for i, n := range neg {
			negs[i] = n.(*MappingAtom)
		}
		return !mappingInhabited(cx, s, negs)
	}
}

var freshNames atomic.Int64

// mappingInhabited reports whether some mapping of shape s (whose field types are
// non-empty) escapes every atom of negs: a mapping escapes an atom when one of its
// fields, named or not, does.
func mappingInhabited(cx *Context, s *mappingShape, negs []*MappingAtom) bool {
	if len(negs) == 0 {
		return true
	}
	n, others := atomShape(negs[0]), negs[1:]
	for _, name := range unionNames(s.names, n.names) {
		if d := Diff(s.field(name), n.field(name)); !cx.IsEmpty(d) {
			if mappingInhabited(cx, s.with(name, d), others) {
				return true
			}
		}
	}
	// A field named by neither: infinitely many names are free, so give one of them a
	// value that escapes n's rest and let the other atoms see it as a named field.
	if d := Diff(s.rest, n.rest); !cx.IsEmpty(d) {
		fresh := "\x00" + strconv.FormatInt(freshNames.Add(1), 10)
		return mappingInhabited(cx, s.with(fresh, d), others)
	}
	return false
}

func mappingOps() {
	ops[BMappingRO] = bddOps(mappingPathEmpty(Readonly))
	ops[BMappingRW] = bddOps(mappingPathEmpty(Top))
}
