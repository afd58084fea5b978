package semtype

// FunctionAtom is the functions that accept arguments of Params (a list type) and return
// a value of Ret for them.
type FunctionAtom struct {
	atomIndex
	Params SemType
	Ret    SemType
}

// FunctionOf returns the type of functions with the given parameter list type and return
// type (function (int, string...) returns T is FunctionOf(ListOf({Int}, String), T)).
func FunctionOf(params, ret SemType) SemType {
	return bddSemType(BFunction, bddAtom(&FunctionAtom{newAtomIndex(), params, ret}))
}

// functionPathEmpty: a conjunction of function types minus others is empty when the
// conjunction is a subtype of one of the others. ∧(Pᵢ→Rᵢ) ≤ (P→R) iff P ≤ ∨Pᵢ and, for
// every split of the atoms into two sets S and S', P ≤ ∨_{S} Pᵢ or ∧_{S'} Rᵢ ≤ R
// (semantic subtyping for arrows, Frisch, Castagna and Benzaken).
func functionPathEmpty(cx *Context, pos, neg []atom) bool {
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
