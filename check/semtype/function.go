package semtype

// FunctionAtom is the functions that accept arguments of Params (a list type) and return
// a value of Ret for them.
type FunctionAtom struct {
	atomIndex
	Params SemType
	Ret    SemType
}

// isolatedFunction is the id an isolated function carries: the isolated bit of a
// function value, a qualifier apart from its parameter and return types, is an id
// atom in the function BDD beside the arrows, as an isolated object's is in the
// object BDD (check/objects_study.md 1.3 item 2; jBallerina's FunctionQualifiers).
var isolatedFunction = NewDistinctID("isolated function")

// IsolatedFunction returns the isolated functions of t: isolated function (P)
// returns R is IsolatedFunction(FunctionOf(P, R)), and IsolatedFunction(Function)
// is the bare `isolated function`. An isolated function type is a subtype of the
// plain one, not the reverse (spec "Function types": without the qualifier, the
// bit does not matter).
func IsolatedFunction(t SemType) SemType {
	return Intersect(t, bddSemType(BFunction, bddAtom(isolatedFunction)))
}

// FunctionOf returns the type of functions with the given parameter list type and return
// type (function (int, string...) returns T is FunctionOf(ListOf({Int}, String), T)).
func FunctionOf(params, ret SemType) SemType {
	return bddSemType(BFunction, bddAtom(&FunctionAtom{newAtomIndex(), params, ret}))
}

// functionPathEmpty: a conjunction of function types minus others is empty when the
// conjunction is a subtype of one of the others. The isolated id is decided apart
// from the arrows (splitIDs), as an error's ids are apart from its detail: a path
// that excludes an id it requires is empty, and otherwise the arrows decide. ∧(Pᵢ→Rᵢ) ≤ (P→R) iff P ≤ ∨Pᵢ and, for
// every split of the atoms into two sets S and S', P ≤ ∨_{S} Pᵢ or ∧_{S'} Rᵢ ≤ R
// (semantic subtyping for arrows, Frisch, Castagna and Benzaken).
func functionPathEmpty(cx *Context, pos, neg []atom) bool {
	_, pos, neg, empty := splitIDs(pos, neg)
	if empty {
		return true
	}
	ps := make([]*FunctionAtom, len(pos))
	params := Never
	for i, p := range pos {
		ps[i] = p.(*FunctionAtom)
		params = union2(params, ps[i].Params)
	}
	for _, n := range neg {
		f := n.(*FunctionAtom)
		if cx.IsSubtype(f.Params, params) && arrowSplit(cx, f.Params, Complement(f.Ret), ps) {
			return true
		}
	}
	return false
}

// arrowSplit decides the condition over every split: params still to cover, results
// still to exclude.
func arrowSplit(cx *Context, params, notRet SemType, ps []*FunctionAtom) bool {
	if len(ps) == 0 {
		return cx.IsEmpty(params) || cx.IsEmpty(notRet)
	}
	p, rest := ps[0], ps[1:]
	return arrowSplit(cx, params, Intersect(notRet, p.Ret), rest) &&
		arrowSplit(cx, Diff(params, p.Params), notRet, rest)
}

func functionOps() {
	ops[BFunction] = bddOps(functionPathEmpty)
}
