package check

import "github.com/bal2go/bal2go/check/semtype"

// IsSubtype reports whether every value of a belongs to b: inclusion of their
// semantic forms (sem.go). Invalid types are compatible with everything so that one
// error does not cause more.
func IsSubtype(a, b *Type) bool {
	if a == b {
		return true
	}
	if a == nil || b == nil {
		return false
	}
	sa, sb := semOf(a), semOf(b)
	if sa.invalid || sb.invalid {
		return true
	}
	return semtype.IsSubtype(sa.t, sb.t)
}

// hasInvalid reports that t contains a type that failed to resolve. IsSubtype answers
// true for such a type so that one error does not cause more; a check whose true answer
// is itself an error (a read-only target, a type test that always holds) asks this
// first.
func hasInvalid(t *Type) bool { return t == nil || semOf(t).invalid }

// FuncRet returns the return type of function type f (() when it has none).
func FuncRet(f *Type) *Type { return retOf(f) }

func retOf(f *Type) *Type {
	if f.Ret == nil {
		return Nil
	}
	return f.Ret
}

// recordRest is the type of the record's rest fields: the declared rest
// type of a closed record with T...;, anydata for an open record, nil for a
// closed record without rest.
func recordRest(r *Type) *Type {
	if r.Closed {
		return r.Rest
	}
	if r.Rest != nil {
		return r.Rest
	}
	return Anydata
}

// Intersect returns t ∩ u for type narrowing, in t's written terms where it can:
// the members of t inside u, the members of u inside a member of t, and for a member
// of t that overlaps a member of u without either containing the other (json and a
// record, any and readonly), the more specific of the two. Members that share no value
// with u (semantically) are dropped.
func Intersect(t, u *Type) *Type {
	if IsSubtype(t, u) {
		return t
	}
	if IsSubtype(u, t) {
		return u
	}
	var ms []*Type
	for _, m := range MembersOf(t) {
		switch {
		case IsSubtype(m, u):
			ms = append(ms, m)
		case Disjoint(m, u):
		case IsSubtype(u, m):
			ms = append(ms, u)
		default:
			for _, um := range MembersOf(u) {
				switch {
				case Disjoint(m, um):
				case IsSubtype(um, m) || !isTopKind(um.Kind):
					ms = append(ms, um)
				default:
					ms = append(ms, m)
				}
			}
		}
	}
	return Union(ms...)
}

// isTopKind reports the kinds that stand for large unions of basic types.
func isTopKind(k Kind) bool {
	return k == KAny || k == KAnydata || k == KJSON || k == KReadonly
}

// Diff approximates t \ u for type narrowing in the negative branch.
func Diff(t, u *Type) *Type {
	var ms []*Type
	for _, m := range MembersOf(t) {
		if IsSubtype(m, u) && !hasInvalid(m) {
			continue
		}
		// (any|error) minus error gives any; any minus () stays any.
		if m.Kind == KBoolean {
			var rest []*Type
			for _, v := range []bool{true, false} {
				if !IsSubtype(SingletonOf(v), u) {
					rest = append(rest, SingletonOf(v))
				}
			}
			if len(rest) == 1 {
				ms = append(ms, rest[0])
				continue
			}
		}
		ms = append(ms, m)
	}
	return Union(ms...)
}
