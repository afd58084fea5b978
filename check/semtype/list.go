package semtype

// ListAtom is the lists whose member i belongs to Members[i] and whose further members
// belong to Rest; a Rest of Never means the list has exactly len(Members) members.
type ListAtom struct {
	atomIndex
	Members []SemType
	Rest    SemType
}

// ListDefinition builds a list type that may refer to itself: its SemType is usable
// (as a member type) before Define gives its members.
type ListDefinition struct{ definition[*ListAtom] }

// NewListDefinition starts a list type.
func NewListDefinition() *ListDefinition {
	return &ListDefinition{newDefinition(BListRO, BListRW,
		&ListAtom{atomIndex: newAtomIndex()}, &ListAtom{atomIndex: newAtomIndex()})}
}

// Define sets the members and returns the type: the mutable lists of that shape and
// the read-only ones (whose members are read-only).
func (d *ListDefinition) Define(members []SemType, rest SemType) SemType {
	d.rw.Members, d.rw.Rest = members, rest
	d.ro.Members = make([]SemType, len(members))
	for i, m := range members {
		d.ro.Members[i] = Intersect(m, Readonly)
	}
	d.ro.Rest = Intersect(rest, Readonly)
	return d.t
}

// ListOf returns the type of lists [members..., rest...] (T[] is ListOf(nil, T)).
func ListOf(members []SemType, rest SemType) SemType {
	return NewListDefinition().Define(members, rest)
}

// listMember is the type of member i of lists of the given shape.
func listMember(members []SemType, rest SemType, i int) SemType {
	if i < len(members) {
		return members[i]
	}
	return rest
}

// expand gives the shape's first n member types explicitly.
func expand(members []SemType, rest SemType, n int) []SemType {
	out := make([]SemType, max(n, len(members)))
	for i := range out {
		out[i] = listMember(members, rest, i)
	}
	return out
}

func listPathEmpty(top SemType) func(cx *Context, pos, neg []atom) bool {
	return func(cx *Context, pos, neg []atom) bool {
		var members []SemType
		rest := top
		for _, p := range pos {
			a := p.(*ListAtom)
			n := max(len(members), len(a.Members))
			ms := make([]SemType, n)
			for i := range ms {
				ms[i] = Intersect(listMember(members, rest, i), listMember(a.Members, a.Rest, i))
			}
			members, rest = ms, Intersect(rest, a.Rest)
		}
		for _, m := range members {
			if cx.IsEmpty(m) {
				return true
			}
		}
		negs := make([]*ListAtom, len(neg))
		for i, n := range neg {
			negs[i] = n.(*ListAtom)
		}
		return !listInhabited(cx, members, rest, negs)
	}
}

// listInhabited reports whether some list of the shape (members, rest), whose members
// are all non-empty types, escapes every atom of negs.
func listInhabited(cx *Context, members []SemType, rest SemType, negs []*ListAtom) bool {
	if len(negs) == 0 {
		return true
	}
	n, others := negs[0], negs[1:]
	m := len(members)
	// escapeAt tries the lists whose member i escapes n's member i.
	escapeAt := func(ms []SemType, rest SemType, i int) bool {
		d := Diff(ms[i], listMember(n.Members, n.Rest, i))
		if cx.IsEmpty(d) {
			return false
		}
		ms2 := append([]SemType(nil), ms...)
		ms2[i] = d
		return listInhabited(cx, ms2, rest, others)
	}
	negOpen := !cx.IsEmpty(n.Rest)
	if cx.IsEmpty(rest) {
		// Exactly m members.
		if len(n.Members) > m || (!negOpen && len(n.Members) < m) {
			return listInhabited(cx, members, rest, others) // n has no list of length m
		}
		for i := range m {
			if escapeAt(members, rest, i) {
				return true
			}
		}
		return false
	}
	// m members or more. Those shorter than n's fixed members escape n.
	l := max(m, len(n.Members))
	for k := m; k < l; k++ {
		if listInhabited(cx, expand(members, rest, k), Never, others) {
			return true
		}
	}
	ms := expand(members, rest, l)
	for i := range l {
		if escapeAt(ms, rest, i) {
			return true
		}
	}
	// Longer lists whose member l escapes n's rest.
	if d := Diff(rest, n.Rest); !cx.IsEmpty(d) {
		return listInhabited(cx, append(ms, d), rest, others)
	}
	return false
}

func listOps() {
	ops[BListRO] = bddOps(listPathEmpty(Readonly))
	ops[BListRW] = bddOps(listPathEmpty(Top))
}
