package codegen

import (
	"github.com/bal2go/bal2go/check"
	"github.com/bal2go/bal2go/frontend"
	"github.com/dave/jennifer/jen"
)

// Conversions between the Go representations of Ballerina types.

// exprTo generates e converted to the Go representation of target.
func (g *gen) exprTo(e frontend.Expr, target *check.Type) jen.Code {
	return g.convert(g.expr(e), g.prog.TypeOfExpr(e), target, e)
}

// boxed converts a value of type t to Go's any.
func (g *gen) boxed(code jen.Code, t *check.Type) jen.Code {
	return g.convert(code, t, check.Any, nil)
}

// convert changes the Go representation of a value of Ballerina type from
// into the one of to. The checker has proved the conversion valid, so
// unboxing is a plain type assertion. e, when known, lets untyped Go
// constants be typed before boxing (5 would box as Go int).
func (g *gen) convert(code jen.Code, from, to *check.Type, e frontend.Expr) jen.Code {
	rf, rto := g.repr(from), g.repr(to)
	if rf == "any" && g.sharedRecord(to) && !g.sharedRecord(from) && g.mayHoldView(from, to) {
		// a read-only mapping that belongs to the record type by its shape, or
		// a record's view as a map: rt.NarrowRecord makes it a record
		return rtCall("NarrowRecord", code, g.typeDesc(to))
	}
	if rf == rto {
		return code
	}
	if rto == "any" {
		if (e != nil && isUntypedLit(e)) || g.untyped[code] {
			return jen.Id(rf).Call(code)
		}
		if from.Kind == check.KNil {
			return code
		}
		return code
	}
	if rf == "any" {
		if g.mayHoldView(from, to) {
			// a read-only value may belong to the type by its shape only, in
			// another Go representation: rt.Narrow converts it
			return rtGeneric("Narrow", []jen.Code{g.goType(to)}, code, g.typeDesc(to))
		}
		return jen.Add(g.goOperand(code, goPrecPrimary)).Assert(g.goType(to))
	}
	if from.Kind == check.KFunc && to.Kind == check.KFunc {
		return g.adaptFunc(code, from, to)
	}
	if rto == "rt.Object" && (g.exactClass(from) != nil || from.IsLibraryClass()) {
		return code // a class's pointer is an rt.Object (a library class's too: rt/http)
	}
	if rf == "rt.Object" && (g.exactClass(to) != nil || to.IsLibraryClass()) {
		return jen.Add(g.goOperand(code, goPrecPrimary)).Assert(g.goType(to))
	}
	if g.viewable(from, to) {
		// an int[] used as an any[] (a map<int> as a map<any>): the same
		// value, seen through a view of the target's Go type
		fn := "ListView"
		if to.Kind == check.KMap {
			fn = "MapView"
		}
		return rtGeneric(fn, []jen.Code{g.goType(memberOf(to))}, code)
	}
	if from.Kind == check.KRecord && to.Kind == check.KMap {
		// a record used as a map: the same value, seen through a map view
		// that keeps in step with it (rt/recordmap.go)
		return rtGeneric("RecordMap", []jen.Code{g.goType(to.Elem)}, code)
	}
	if from.Kind == check.KNever || from.Kind == check.KInvalid {
		return code
	}
	pos := frontend.Pos{}
	if e != nil {
		pos = e.Pos()
	}
	g.unsupported(pos, "converting a value of type '%s' to '%s'", from, to)
	return code
}

// mayHoldView reports whether a value of type from that belongs to the list,
// map or record type to may have another Go representation than to's: a
// read-only value of a member of from that is not a subtype of to (a json
// mapping tested to be a record by its shape, see rt/readonly.go), or a list of
// a member of from whose Go type differs (an int[] in an int[]|string[] narrowed
// to (int|string)[], see rt/listview.go; maps likewise).
func (g *gen) mayHoldView(from, to *check.Type) bool {
	switch to.Kind {
	case check.KArray, check.KTuple, check.KMap, check.KRecord:
	default:
		return false
	}
	for _, m := range check.MembersOf(from) {
		if check.IsSubtype(m, to) {
			if g.viewable(m, to) || to.Kind == check.KMap && (m.Kind == check.KRecord || g.recordsFitMap(m)) {
				return true // a view of another Go type, or a record's map view
			}
			continue
		}
		switch m.Kind {
		case check.KAny, check.KAnydata, check.KJSON, check.KReadonly,
			check.KArray, check.KTuple, check.KMap, check.KRecord:
			return true
		}
	}
	return false
}

// adaptFunc wraps a function value so that it has the Go type of to:
//
//	func(a int64) any { return f(a) }
func (g *gen) adaptFunc(code jen.Code, from, to *check.Type) jen.Code {
	if len(from.Params) != len(to.Params) || (from.RestP == nil) != (to.RestP == nil) {
		g.unsupported(frontend.Pos{}, "converting a function of type '%s' to '%s'", from, to)
		return code
	}
	f := g.newTemp("fn")
	params := []jen.Code{jen.Id(strandParam).Op("*").Add(rtq("Strand"))}
	args := []jen.Code{g.strand()}
	for i, p := range to.Params {
		n := g.newTemp("p")
		params = append(params, jen.Id(n).Add(g.goType(p)))
		args = append(args, g.convert(jen.Id(n), p, from.Params[i], nil))
	}
	if to.RestP != nil {
		n := g.newTemp("p")
		params = append(params, jen.Id(n).Add(g.goType(check.ArrayOf(to.RestP, -1))))
		args = append(args, g.convert(jen.Id(n), check.ArrayOf(to.RestP, -1), check.ArrayOf(from.RestP, -1), nil))
	}
	call := jen.Id(f).Call(args...)
	var body []jen.Code
	switch {
	case !hasResult(to.Ret):
		body = []jen.Code{call}
	case !hasResult(from.Ret):
		body = []jen.Code{call, jen.Return(jen.Nil())}
	default:
		body = []jen.Code{jen.Return(g.convert(call, from.Ret, to.Ret, nil))}
	}
	g.emit(jen.Id(f).Op(":=").Add(code))
	return jen.Func().Params(params...).Add(g.resultType(to.Ret)).Block(body...)
}

// viewable reports whether a list (map) of type from is used as a list (map) of type
// to through a view (rt.ListView, rt.MapView): both are list (map) types with
// different Go types whose members convert (box, unbox, or are lists or maps that do
// in turn).
func (g *gen) viewable(from, to *check.Type) bool {
	if viewKind(from) == check.KInvalid || viewKind(from) != viewKind(to) || g.repr(from) == g.repr(to) {
		return false
	}
	return g.membersViewable(memberOf(from), memberOf(to))
}

func (g *gen) membersViewable(from, to *check.Type) bool {
	rf, rto := g.repr(from), g.repr(to)
	switch {
	case rf == rto || rf == "any" || rto == "any":
		return true
	case from.Kind == check.KRecord && to.Kind == check.KMap:
		return true // a record member seen as a map (rt.RecordMap)
	case viewKind(from) != check.KInvalid && viewKind(from) == viewKind(to):
		return g.membersViewable(memberOf(from), memberOf(to))
	}
	return false
}

// viewKind is KArray for list types, KMap for map types, else KInvalid.
func viewKind(t *check.Type) check.Kind {
	switch t.Kind {
	case check.KArray, check.KTuple:
		return check.KArray
	case check.KMap:
		return check.KMap
	}
	return check.KInvalid
}

// memberOf is the type the Go members of a list or map of type t have: a tuple's
// are boxed.
func memberOf(t *check.Type) *check.Type {
	if t.Kind == check.KTuple {
		return check.Any
	}
	return t.Elem
}
