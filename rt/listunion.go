package rt

// A list type is a subtype of a union of list types when no list of it escapes every
// member of the union, which member-by-member comparison misses: [int|string] is a
// subtype of [int]|[string] (each of its lists is one or the other). listCovered decides
// it the way the compiler's type algebra does (check/semtype, list.go): it searches for
// a list shape of s outside every type in ts, narrowing one member or the length at a
// time; TestCrossCheck keeps the two in agreement.

// listShape is a list type as explicit member types and a rest type (nil: none).
type listShape struct {
	members []Type
	rest    Type
}

func listShapeOf(t Type) (listShape, bool) {
	switch t := t.(type) {
	case *arrayType:
		if t.n < 0 {
			return listShape{rest: t.elem}, true
		}
		ms := make([]Type, t.n)
		for i := range ms {
			ms[i] = t.elem
		}
		return listShape{members: ms}, true
	case *tupleType:
		return listShape{t.members, t.rest}, true
	}
	return listShape{}, false
}

func (s listShape) member(i int) Type {
	if i < len(s.members) {
		return s.members[i]
	}
	return s.rest
}

// diffType is a type minus the union of others: the member types met in the search.
type diffType struct {
	pos  Type
	negs []Type
}

func (d diffType) empty() bool { return d.pos == nil || isSubtype(d.pos, &unionType{members: d.negs}) }

func (d diffType) minus(t Type) diffType {
	if t == nil {
		return d
	}
	return diffType{d.pos, append(d.negs[:len(d.negs):len(d.negs)], t)}
}

// listCovered reports whether every list of type s belongs to one of ts.
func listCovered(s Type, ts []Type) bool {
	shape, ok := listShapeOf(s)
	if !ok {
		return false
	}
	var negs []listShape
	for _, t := range ts {
		if n, ok := listShapeOf(t); ok {
			negs = append(negs, n)
		}
	}
	ms := make([]diffType, len(shape.members))
	for i, m := range shape.members {
		ms[i] = diffType{pos: m}
		if ms[i].empty() {
			return true // s has no list at all
		}
	}
	return !listEscapes(ms, diffType{pos: shape.rest}, negs)
}

// listEscapes reports whether some list whose members belong to ms (non-empty) and
// whose further members belong to rest is in none of negs.
func listEscapes(ms []diffType, rest diffType, negs []listShape) bool {
	if len(negs) == 0 {
		return true
	}
	n, others := negs[0], negs[1:]
	at := func(ms []diffType, rest diffType, i int) bool {
		d := ms[i].minus(n.member(i))
		if d.empty() {
			return false
		}
		ms2 := append([]diffType(nil), ms...)
		ms2[i] = d
		return listEscapes(ms2, rest, others)
	}
	m := len(ms)
	negOpen := n.rest != nil
	if rest.empty() {
		if len(n.members) > m || (!negOpen && len(n.members) < m) {
			return listEscapes(ms, rest, others) // n has no list of length m
		}
		for i := range m {
			if at(ms, rest, i) {
				return true
			}
		}
		return false
	}
	l := max(m, len(n.members))
	expand := func(k int) []diffType {
		out := append([]diffType(nil), ms...)
		for len(out) < k {
			out = append(out, rest)
		}
		return out
	}
	for k := m; k < l; k++ {
		if listEscapes(expand(k), diffType{}, others) {
			return true
		}
	}
	ex := expand(l)
	for i := range l {
		if at(ex, rest, i) {
			return true
		}
	}
	if d := rest.minus(n.rest); !d.empty() {
		return listEscapes(append(ex, d), rest, others)
	}
	return false
}
