package check

import "github.com/bal2go/bal2go/check/semtype"

// Disjoint reports whether no value belongs to both a and b (their semantic
// intersection is empty). Invalid types are never disjoint, so that one error does
// not cause more.
func Disjoint(a, b *Type) bool {
	if a == nil || b == nil {
		return false
	}
	sa, sb := semOf(a), semOf(b)
	if sa.invalid || sb.invalid {
		return false
	}
	return semtype.IsEmpty(semtype.Intersect(sa.t, sb.t))
}
