package semtype

// cellAtom is a covariant type constructor applied to types: future<T>, typedesc<T>,
// stream<T, C>. C<A> ≤ C<B> iff each argument of A is a subtype of B's, and
// C<A> & C<B> is C<A & B>; C<never> is not empty (a future that never returns a value).
type cellAtom struct {
	atomIndex
	args []SemType
}

func cellOf(bt BasicType, args ...SemType) SemType {
	return bddSemType(bt, bddAtom(&cellAtom{newAtomIndex(), args}))
}

// FutureOf returns future<t>.
func FutureOf(t SemType) SemType { return cellOf(BFuture, t) }

// TypedescOf returns typedesc<t>.
func TypedescOf(t SemType) SemType { return cellOf(BTypedesc, t) }

// StreamOf returns stream<t, completion>.
func StreamOf(t, completion SemType) SemType { return cellOf(BStream, t, completion) }

// TableOf returns table<row>: the tables of rows of that type, whatever their key.
func TableOf(row SemType) SemType { return TableKeyed(row, Top, Top) }

// TableKeyed returns the tables whose rows belong to row, whose key values belong to
// keyType and whose key sequence (the list of their key fields' names) belongs to
// keyNames; Top for either puts no constraint on it. As in Ballerina's own semantic
// types, a table is described by the list [rows, key type, key names], so that table
// subtyping is list subtyping of those triples (exact for unions too). The mutable
// tables are those of the triple's mutable list atom; the read-only tables those of
// its read-only one (read-only rows).
func TableKeyed(row, keyType, keyNames SemType) SemType {
	triple := ListOf([]SemType{ListOf(nil, row), keyType, keyNames}, Never)
	var bd builder
	bd.add(BTableRO, triple.subOf(BListRO))
	bd.add(BTableRW, triple.subOf(BListRW))
	return bd.t
}

// tablePathEmpty decides a conjunction of table atoms (list atoms of triples) as a
// conjunction of lists that are also triples of top: a table is no other list.
func tablePathEmpty(top SemType) func(cx *Context, pos, neg []atom) bool {
	inner := listPathEmpty(Top)
	rows := Intersect(ListOf(nil, Intersect(Mapping, top)), top)
	topAtom := &ListAtom{newAtomIndex(), []SemType{rows, top, top}, Never}
	return func(cx *Context, pos, neg []atom) bool {
		return inner(cx, append([]atom{topAtom}, pos...), neg)
	}
}

func cellPathEmpty(tops ...SemType) func(cx *Context, pos, neg []atom) bool {
	return func(cx *Context, pos, neg []atom) bool {
		meet := tops
		for _, p := range pos {
			c := p.(*cellAtom)
			m := make([]SemType, len(meet))
			for i := range m {
				m[i] = Intersect(meet[i], c.args[i])
			}
			meet = m
		}
		for _, n := range neg {
			c := n.(*cellAtom)
			covered := true
			for i := range meet {
				if !cx.IsSubtype(meet[i], c.args[i]) {
					covered = false
					break
				}
			}
			if covered {
				return true
			}
		}
		return false
	}
}

// DistinctID is the type id of a distinct type: the values of `distinct error` are the
// errors that carry its id.
type DistinctID struct {
	atomIndex
	Name string
}

// NewDistinctID returns a fresh type id.
func NewDistinctID(name string) *DistinctID { return &DistinctID{newAtomIndex(), name} }

// ErrorDistinct returns the errors carrying id.
func ErrorDistinct(id *DistinctID) SemType { return bddSemType(BError, bddAtom(id)) }

// ErrorDetail returns error<detail>: the errors whose detail mapping belongs to detail
// (a detail is always read-only).
func ErrorDetail(detail SemType) SemType {
	d := Intersect(detail, Readonly)
	s, ok := d.part(BMappingRO)
	switch {
	case !ok:
		return Never
	case s == nil:
		return Error
	}
	return bddSemType(BError, s.(bdd))
}

// errorPathEmpty: an error belongs to a conjunction of detail atoms and type ids minus
// others when its detail does and its ids include the positive ones; it can always
// avoid a negative id unless that id is also positive.
func errorPathEmpty(cx *Context, pos, neg []atom) bool {
	_, posDetail, negDetail, empty := splitIDs(pos, neg)
	return empty || detailPathEmpty(cx, posDetail, negDetail)
}

// splitIDs separates the type-id atoms of a path (errors, objects) from its other atoms:
// it returns the positive ids, the other positive and negative atoms, and whether the ids
// alone make the path empty (a negative id that is also positive).
func splitIDs(pos, neg []atom) (ids map[*DistinctID]bool, posRest, negRest []atom, empty bool) {
	ids = map[*DistinctID]bool{}
	for _, p := range pos {
		if id, ok := p.(*DistinctID); ok {
			ids[id] = true
		} else {
			posRest = append(posRest, p)
		}
	}
	for _, n := range neg {
		if id, ok := n.(*DistinctID); ok {
			empty = empty || ids[id]
		} else {
			negRest = append(negRest, n)
		}
	}
	return ids, posRest, negRest, empty
}

var detailPathEmpty = mappingPathEmpty(Readonly)

func cellOps() {
	ops[BFuture] = bddOps(cellPathEmpty(Top))
	ops[BTypedesc] = bddOps(cellPathEmpty(Top))
	ops[BStream] = bddOps(cellPathEmpty(Top, Top))
	ops[BTableRW] = bddOps(tablePathEmpty(Top))
	ops[BTableRO] = bddOps(tablePathEmpty(Readonly))
	ops[BError] = bddOps(errorPathEmpty)
}
