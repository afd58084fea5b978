package check

// The types of the parts of a value that binding and match patterns take
// apart: the members of a list, the fields of a mapping, the message, cause
// and detail fields of an error, and what their rest patterns bind (Ballerina
// spec, "Binding patterns": a rest binding pattern binds a new list of the
// remaining members, or a new mapping of the remaining fields).
//
// Each function takes the type t of the value and looks at its members one
// by one. strict asks for a binding pattern, which must match every value of
// t (spec: "irrefutable with respect to the type"): every member of t must
// then have the parts; otherwise (a match pattern) the members of t that
// cannot match are left out, and any, anydata and json stand for their
// lists and mappings.

// partsProblem says why a binding pattern does not fit a type.
type partsProblem int

const (
	partsOK       partsProblem = iota
	partsKind                  // t has a member of another basic type
	partsCount                 // a list of t has another number of members
	partsField                 // a field is not a required field of a mapping of t
	partsUndefine              // a detail field is not a field of the closed detail record
)

// topMember is the type of the members of the lists and mappings in a top
// type (any, anydata, json), or nil for other types.
func topMember(t *Type) *Type {
	switch t.Kind {
	case KAny:
		return AnyOrError
	case KAnydata:
		return Anydata
	case KJSON:
		return JSON
	}
	return nil
}

// readOnlyMember is the type of a member of a read-only container: read-only too.
func readOnlyMember(container, member *Type) *Type {
	if container.ReadOnly {
		return ReadOnlyOf(member)
	}
	return member
}

// listParts returns the types of members 0..n-1 of the lists of t that a list
// pattern of n members (at least n with a rest pattern) can match, and the
// type of the list of the members after them.
func listParts(t *Type, n int, rest, strict bool) (ms []*Type, restT *Type, problem partsProblem) {
	if t.Kind == KInvalid {
		ms = make([]*Type, n)
		for i := range ms {
			ms[i] = Invalid
		}
		return ms, Invalid, partsOK
	}
	per := make([][]*Type, n)
	var rests []*Type
	found, lists := false, false
	for _, m := range MembersOf(t) {
		var get func(i int) *Type
		var after *Type
		min, max := 0, -1 // max -1: unbounded
		switch m.Kind {
		case KArray:
			elem := readOnlyMember(m, m.Elem)
			get = func(int) *Type { return elem }
			if m.Len >= 0 {
				min, max = m.Len, m.Len
				after = ArrayOf(m.Elem, m.Len-n)
			} else {
				after = ArrayOf(m.Elem, -1)
			}
		case KTuple:
			min = len(m.Members)
			if m.Rest == nil {
				max = min
			}
			get = func(i int) *Type {
				if i < len(m.Members) {
					return readOnlyMember(m, m.Members[i])
				}
				return readOnlyMember(m, m.Rest)
			}
			switch {
			case len(m.Members) > n:
				after = TupleOf(m.Members[n:], m.Rest)
			case m.Rest != nil:
				after = ArrayOf(m.Rest, -1)
			default:
				after = TupleOf(nil, nil)
			}
		default:
			top := topMember(m)
			if strict || top == nil {
				if strict {
					return nil, nil, partsKind
				}
				continue
			}
			get = func(int) *Type { return top }
			after = ArrayOf(top, -1)
		}
		lists = true
		var fits bool
		switch {
		case strict: // every list of m has the members
			fits = min >= n && (rest || max == n)
		case rest: // some list of m has n members or more
			fits = max < 0 || max >= n
		default: // some list of m has n members
			fits = min <= n && (max < 0 || max >= n)
		}
		if !fits {
			if strict {
				return nil, nil, partsCount
			}
			continue
		}
		found = true
		for i := range n {
			per[i] = append(per[i], get(i))
		}
		rests = append(rests, after)
	}
	if !found {
		if lists {
			return nil, nil, partsCount
		}
		return nil, nil, partsKind
	}
	ms = make([]*Type, n)
	for i := range per {
		ms[i] = Union(per[i]...)
	}
	return ms, Union(rests...), partsOK
}

// mappingParts returns the types of the fields names of the mappings of t that
// a mapping pattern with these fields can match, and the type of the mapping
// of their other fields (when wantRest). A binding pattern binds only the fields that every
// mapping of t has, but an optional field of a record, which it binds to ()
// when it is absent; badField is the first field it cannot bind.
func (c *checker) mappingParts(t *Type, names []string, wantRest, strict bool) (fs []*Type, restT *Type, problem partsProblem, badField string) {
	if t.Kind == KInvalid {
		return invalidParts(len(names)), Invalid, partsOK, ""
	}
	u := partsUnion{per: make([][]*Type, len(names)), wantRest: wantRest}
	for _, m := range MembersOf(t) {
		var get func(name string) (*Type, bool)
		var after func() *Type
		switch m.Kind {
		case KRecord:
			rest := recordRest(m)
			get = func(name string) (*Type, bool) {
				if f := m.FieldByName(name); f != nil {
					ft := readOnlyMember(m, f.Type)
					if f.Optional && strict {
						return Optional(ft), true
					}
					return ft, true
				}
				if rest == nil || strict {
					return nil, false
				}
				return readOnlyMember(m, rest), true
			}
			after = func() *Type { return c.restRecord(m, names) }
		case KMap:
			elem := readOnlyMember(m, m.Elem)
			get = func(string) (*Type, bool) { return elem, !strict }
			after = func() *Type { return MapOf(m.Elem) }
		default:
			top := topMember(m)
			if strict || top == nil {
				if strict {
					return nil, nil, partsKind, ""
				}
				continue
			}
			get = func(string) (*Type, bool) { return top, true }
			after = func() *Type { return MapOf(top) }
		}
		ts := make([]*Type, len(names))
		fits := true
		for i, name := range names {
			ft, ok := get(name)
			if !ok {
				if strict {
					return nil, nil, partsField, name
				}
				fits = false
				break
			}
			ts[i] = ft
		}
		if fits {
			u.add(ts, after)
		}
	}
	return u.result()
}

// partsUnion collects, over the members of a type that a pattern can match, the
// types of the parts the pattern binds and of the rest: each part's type is the
// union of the members'.
type partsUnion struct {
	per      [][]*Type // per part, the type each member gives it
	rests    []*Type
	wantRest bool
	found    bool
}

// add records the part types ts of one member, and its rest's type (rest is
// called only when the pattern has a rest).
func (u *partsUnion) add(ts []*Type, rest func() *Type) {
	u.found = true
	for i, t := range ts {
		u.per[i] = append(u.per[i], t)
	}
	if u.wantRest {
		u.rests = append(u.rests, rest())
	}
}

// result is the types of the parts and of the rest; partsKind when no member fits.
func (u *partsUnion) result() ([]*Type, *Type, partsProblem, string) {
	if !u.found {
		return nil, nil, partsKind, ""
	}
	fs := make([]*Type, len(u.per))
	for i := range u.per {
		fs[i] = Union(u.per[i]...)
	}
	return fs, Union(u.rests...), partsOK, ""
}

// restRecord is the type of the rest of a record of type r after the fields
// names (spec, "Binding patterns"): a closed record with the same other
// fields and rest type, where the fields names are never present
// (record {| never name?; int age; anydata...; |}).
func (c *checker) restRecord(r *Type, names []string) *Type {
	bound := map[string]bool{}
	for _, n := range names {
		bound[n] = true
	}
	out := &Type{Kind: KRecord, Closed: true, Rest: recordRest(r)}
	for _, f := range r.Fields {
		if bound[f.Name] {
			out.Fields = append(out.Fields, &Field{Name: f.Name, Type: Never, Optional: true})
			delete(bound, f.Name)
			continue
		}
		out.Fields = append(out.Fields, &Field{Name: f.Name, Type: f.Type, Optional: f.Optional, Readonly: f.Readonly})
	}
	if out.Rest != nil {
		for _, n := range names {
			if bound[n] {
				out.Fields = append(out.Fields, &Field{Name: n, Type: Never, Optional: true})
			}
		}
	}
	if r.ReadOnly {
		out = ReadOnlyOf(out)
	}
	c.addRecord(out.Mutable())
	return out
}

// plainDetail is the type of a detail field of an error without a detail type,
// and of the members of the mapping its rest pattern binds.
var plainDetail = Anydata

// errorParts returns the types of the detail fields names of the errors of t
// that an error pattern with these fields can match, and the type of the
// mapping of their other detail fields (when wantRest). A binding pattern binds a field that
// an error may lack to () when it is absent.
func (c *checker) errorParts(t *Type, names []string, wantRest, strict bool) (fs []*Type, restT *Type, problem partsProblem, badField string) {
	if t.Kind == KInvalid {
		return invalidParts(len(names)), Invalid, partsOK, ""
	}
	u := partsUnion{per: make([][]*Type, len(names)), wantRest: wantRest}
	for _, m := range MembersOf(t) {
		if m.Kind != KError {
			if strict {
				return nil, nil, partsKind, ""
			}
			continue
		}
		d := m.Elem
		ts := make([]*Type, len(names))
		fits := true
		for i, name := range names {
			switch {
			case d == nil:
				ts[i] = plainDetail
			case d.Kind == KRecord:
				f := d.FieldByName(name)
				rest := recordRest(d)
				switch {
				case f != nil && (!f.Optional || !strict):
					ts[i] = f.Type
				case f != nil:
					ts[i] = Optional(f.Type)
				case rest == nil:
					fits = false
				case strict:
					ts[i] = Optional(rest)
				default:
					ts[i] = rest
				}
			case d.Kind == KMap && strict:
				ts[i] = Optional(d.Elem)
			case d.Kind == KMap:
				ts[i] = d.Elem
			default:
				ts[i] = plainDetail
			}
			if !fits {
				if strict {
					return nil, nil, partsUndefine, name
				}
				break
			}
		}
		if !fits {
			continue
		}
		u.add(ts, func() *Type {
			switch {
			case d != nil && d.Kind == KRecord:
				return c.restRecord(d, names)
			case d != nil && d.Kind == KMap:
				return MapOf(d.Elem)
			}
			return MapOf(plainDetail)
		})
	}
	return u.result()
}

// invalidParts is the types of n parts of an invalid type: invalid, reported.
func invalidParts(n int) []*Type {
	fs := make([]*Type, n)
	for i := range fs {
		fs[i] = Invalid
	}
	return fs
}
