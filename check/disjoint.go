package check

// Disjoint reports whether no value belongs to both a and b (their
// intersection is empty). It errs towards "not disjoint": it is used to
// reject comparisons that can never hold, so an uncertain answer must not
// turn a valid program into an error. Invalid types are never disjoint.
func Disjoint(a, b *Type) bool {
	return disjoint(a, b, 0)
}

func disjoint(a, b *Type, depth int) bool {
	if a == nil || b == nil || a.Kind == KInvalid || b.Kind == KInvalid || depth > maxSubtypeDepth {
		return false
	}
	depth++
	if a.Kind == KNever || b.Kind == KNever {
		return true
	}
	if a.Kind == KUnion || b.Kind == KUnion {
		for _, x := range MembersOf(a) {
			for _, y := range MembersOf(b) {
				if !disjoint(x, y, depth) {
					return false
				}
			}
		}
		return true
	}
	if IsSubtype(a, b) || IsSubtype(b, a) {
		return false
	}
	if isTop(a.Kind) || isTop(b.Kind) {
		top, other := a, b
		if !isTop(a.Kind) {
			top, other = b, a
		}
		return disjointFromTop(top.Kind, other)
	}
	if a.Kind == KSingleton || b.Kind == KSingleton {
		// neither is a subtype of the other: a singleton outside the other type
		return true
	}
	if a.Kind == KBoolean && b.Kind == KBoolean {
		return false
	}
	if isListKind(a.Kind) && isListKind(b.Kind) {
		return listsDisjoint(a, b, depth)
	}
	if isMappingKind(a.Kind) && isMappingKind(b.Kind) {
		return mappingsDisjoint(a, b, depth)
	}
	return a.Kind != b.Kind
}

func isTop(k Kind) bool {
	return k == KAny || k == KAnydata || k == KJSON || k == KReadonly
}

func isListKind(k Kind) bool    { return k == KArray || k == KTuple }
func isMappingKind(k Kind) bool { return k == KMap || k == KRecord }

// disjointFromTop reports whether t has no value in the top-like type k.
func disjointFromTop(k Kind, t *Type) bool {
	switch k {
	case KAny:
		return t.Kind == KError
	case KAnydata, KJSON:
		switch t.Kind {
		case KError, KFunc, KFuture, KTypedesc, KObject:
			return true
		}
	}
	return false
}

// listShape describes a list type as member types by index, a rest type
// and the range of lengths it allows (max < 0: unbounded).
type listShape struct {
	members  []*Type
	rest     *Type
	min, max int
}

func shapeOf(t *Type) listShape {
	if t.Kind == KArray {
		if t.Len >= 0 {
			return listShape{rest: t.Elem, min: t.Len, max: t.Len}
		}
		return listShape{rest: t.Elem, max: -1}
	}
	s := listShape{members: t.Members, rest: t.Rest, min: len(t.Members), max: len(t.Members)}
	if t.Rest != nil {
		s.max = -1
	}
	return s
}

func (s listShape) at(i int) *Type {
	if i < len(s.members) {
		return s.members[i]
	}
	return s.rest
}

// listsDisjoint: two list types share a value iff some length both allow
// has every index's member types overlapping; the shortest common length
// decides, as every longer one constrains the same indexes and more.
func listsDisjoint(a, b *Type, depth int) bool {
	sa, sb := shapeOf(a), shapeOf(b)
	n := max(sa.min, sb.min)
	if (sa.max >= 0 && n > sa.max) || (sb.max >= 0 && n > sb.max) {
		return true
	}
	for i := 0; i < n; i++ {
		if disjoint(sa.at(i), sb.at(i), depth) {
			return true
		}
	}
	return false
}

// mappingsDisjoint: a field required on one side must be allowed, with an
// overlapping type, on the other.
func mappingsDisjoint(a, b *Type, depth int) bool {
	return requiredFieldsExcluded(a, b, depth) || requiredFieldsExcluded(b, a, depth)
}

func requiredFieldsExcluded(a, b *Type, depth int) bool {
	if a.Kind != KRecord {
		return false
	}
	for _, f := range a.Fields {
		if f.Optional {
			continue
		}
		var other *Type
		if b.Kind == KMap {
			other = b.Elem
		} else if bf := b.FieldByName(f.Name); bf != nil {
			other = bf.Type
		} else {
			other = recordRest(b)
		}
		if other == nil || disjoint(f.Type, other, depth) {
			return true
		}
	}
	return false
}
