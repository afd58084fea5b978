package semtype

// Object types, as Ballerina's own semantic types encode them (check/objects_study.md,
// section 1): an object type is a mapping type moved to the object basic type. Each
// member name maps to a descriptor [kind, visibility, type] (a closed list, so the
// list theory compares descriptors: one is below another when kind and visibility are
// the same and its type is below), and an object type is open: other names may map to
// any descriptor. Subtyping is then the mapping relation: covariant in field types,
// the arrow relation for methods, and a type with fewer members is wider. The object's
// qualifiers (isolated, client, service) and the ids of distinct types are id atoms in
// the same BDD, decided apart from the members, as for errors.

// MemberKind says whether an object member is a field or a method.
type MemberKind string

// The member kinds.
const (
	FieldMember  MemberKind = "field"
	MethodMember MemberKind = "method"
)

// Member is a member of an object type. Visibility is "public", "module" (members
// without a visibility qualifier: seen within the module) or a region private to one
// class ("private#N"): a member is matched only by a member of the same visibility.
type Member struct {
	Name       string
	Kind       MemberKind
	Visibility string
	Type       SemType // the field's type; the method's function type
}

// ObjectQualifiers are the qualifiers of an object type: only isolated (client,
// service) objects belong to an isolated (client, service) object type; without the
// qualifier, the bit does not matter.
type ObjectQualifiers struct {
	Isolated, Client, Service bool
}

// The ids of the object qualifiers: an object carries the ids of its qualifiers.
var (
	isolatedObject = NewDistinctID("isolated object")
	clientObject   = NewDistinctID("client object")
	serviceObject  = NewDistinctID("service object")
)

// memberDesc is the descriptor a member name maps to.
func memberDesc(kind, vis, t SemType) SemType { return ListOf([]SemType{kind, vis, t}, Never) }

// ObjectDefinition builds an object type that may refer to itself.
type ObjectDefinition struct{ definition[*MappingAtom] }

// NewObjectDefinition starts an object type.
func NewObjectDefinition() *ObjectDefinition {
	return &ObjectDefinition{newDefinition(BObjectRO, BObjectRW,
		&MappingAtom{atomIndex: newAtomIndex()}, &MappingAtom{atomIndex: newAtomIndex()})}
}

// Define sets the members and qualifiers and returns the type: the mutable objects of
// that shape and the read-only ones (whose fields hold read-only values).
func (d *ObjectDefinition) Define(members []Member, q ObjectQualifiers) SemType {
	n := len(members)
	d.rw.Names, d.rw.Types, d.rw.Rest = make([]string, n), make([]SemType, n), anyMemberRW
	d.ro.Names, d.ro.Types, d.ro.Rest = d.rw.Names, make([]SemType, n), anyMemberRO
	for i, m := range members {
		kind, vis := StringConst(string(m.Kind)), StringConst(m.Visibility)
		d.rw.Names[i] = m.Name
		d.rw.Types[i] = memberDesc(kind, vis, m.Type)
		ro := m.Type
		if m.Kind == FieldMember {
			ro = Intersect(ro, Readonly)
		}
		d.ro.Types[i] = memberDesc(kind, vis, ro)
	}
	t := d.t
	for _, on := range []struct {
		set bool
		id  *DistinctID
	}{{q.Isolated, isolatedObject}, {q.Client, clientObject}, {q.Service, serviceObject}} {
		if on.set {
			t = Intersect(t, objectWithID(on.id))
		}
	}
	return t
}

// ObjectOf returns an object type (object {} is ObjectOf(nil, ObjectQualifiers{})).
func ObjectOf(members []Member, q ObjectQualifiers) SemType {
	return NewObjectDefinition().Define(members, q)
}

// ObjectDistinct returns the objects, mutable or read-only, carrying id: intersected
// with an object type T, distinct T (bal2go's library classes are object ∧ their id).
func ObjectDistinct(id *DistinctID) SemType { return objectWithID(id) }

func objectWithID(id *DistinctID) SemType {
	return union2(bddSemType(BObjectRO, bddAtom(id)), bddSemType(BObjectRW, bddAtom(id)))
}

// anyMemberRW and anyMemberRO are the descriptors of the members an object type does
// not name: any field or method of any visibility (of a read-only object: fields hold
// read-only values).
var anyMemberRW, anyMemberRO SemType

func objectOps() {
	field, method := StringConst(string(FieldMember)), StringConst(string(MethodMember))
	anyVis := Basic(BString)
	anyMemberRW = union2(memberDesc(field, anyVis, Top), memberDesc(method, anyVis, Function))
	anyMemberRO = union2(memberDesc(field, anyVis, Readonly), memberDesc(method, anyVis, Function))
	ops[BObjectRW] = bddOps(objectPathEmpty(anyMemberRW))
	ops[BObjectRO] = bddOps(objectPathEmpty(anyMemberRO))
}

// objectPathEmpty: an object belongs to a conjunction of member atoms and ids minus
// others when its members do and it carries the positive ids; it can avoid a negative
// id unless that id is also positive, and no object is both a client and a service.
func objectPathEmpty(top SemType) func(cx *Context, pos, neg []atom) bool {
	members := mappingPathEmpty(top)
	return func(cx *Context, pos, neg []atom) bool {
		ids, posM, negM, empty := splitIDs(pos, neg)
		return empty || ids[clientObject] && ids[serviceObject] || members(cx, posM, negM)
	}
}
