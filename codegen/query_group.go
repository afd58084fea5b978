package codegen

import (
	"github.com/bal2go/bal2go/check"
	"github.com/bal2go/bal2go/frontend"
	"github.com/dave/jennifer/jen"
)

// groupBy emits group by k: each frame is added to its group, found by its
// keys in a Go map; the groups keep the order of their first frames, and
// the next stage loops over them with the keys bound and each other
// variable bound to the list of its values in the group.
//
//	type group1_ struct { orderId int64; itemName []string }   // before the loops
//	var groups2_ []group1_
//	groupIndex3_ := map[int64]int{}
//	…	i, ok := groupIndex3_[orderId]
//		if !ok { i = len(groups2_); groupIndex3_[orderId] = i; groups2_ = append(groups2_, group1_{orderId: orderId}) }
//		groups2_[i].itemName = append(groups2_[i].itemName, itemName)
//	for _, group4_ := range groups2_ { orderId := group4_.orderId; itemName := rt.NewList[string](nil, group4_.itemName...); … }
func (g *gen) groupBy(qg *queryGen, cl *frontend.GroupByClause, i int) {
	grp := qg.q.Groups[cl]
	if grp == nil {
		return
	}
	// a key declared with an expression is a let before the group by
	for _, k := range cl.Keys {
		if k.X != nil {
			if sym := g.prog.Defs[k]; sym != nil {
				g.emit(jen.Id(g.local(sym)).Op(":=").Add(g.exprTo(k.X, sym.Type)))
			}
		}
	}
	var keyTypes []jen.Code
	simple := true // the keys can key a Go map, else an rt.Index
	for _, sym := range grp.Keys {
		simple = simple && comparableKey(sym.Type)
		keyTypes = append(keyTypes, jen.Id(g.local(sym)).Add(g.goType(sym.Type)))
	}
	later := g.laterUses(qg.e, i+1)
	typ, groups, index := g.newTemp("group"), g.newTemp("groups"), g.newTemp("groupIndex")
	var fields []jen.Code
	for _, sym := range grp.Keys {
		fields = append(fields, jen.Id(g.local(sym)).Add(g.goType(sym.Type)))
	}
	var aggs []check.Aggregate
	folds := map[*check.Symbol][]*fold{}
	laterNodes := g.laterNodes(qg.e, i+1)
	for _, a := range grp.Aggregated {
		if !later[a.To] {
			continue
		}
		if fs := g.foldsOf(a, laterNodes); fs != nil {
			folds[a.To] = fs
			for _, f := range fs {
				fields = append(fields, jen.Id(f.field).Add(f.goType()))
			}
			continue
		}
		aggs = append(aggs, a)
		fields = append(fields, jen.Id(g.local(a.From)).Index().Add(g.goType(a.From.Type)))
	}
	// the index's key: the key itself, or a struct of the keys; boxed
	// (a tuple of several) for an rt.Index
	var keyType, key jen.Code
	switch {
	case !simple:
		var vals []jen.Code
		for _, sym := range grp.Keys {
			vals = append(vals, g.boxed(jen.Id(g.local(sym)), sym.Type))
		}
		key = vals[0]
		if len(vals) > 1 {
			key = rtCall("KeyTuple", vals...)
		}
	case len(grp.Keys) == 1:
		keyType, key = g.goType(grp.Keys[0].Type), jen.Id(g.local(grp.Keys[0]))
	default:
		keyType = jen.Struct(keyTypes...)
		var vals []jen.Code
		for _, sym := range grp.Keys {
			vals = append(vals, jen.Id(g.local(sym)))
		}
		key = jen.Struct(keyTypes...).Values(vals...)
	}
	newIndex := jen.Map(keyType).Int().Values()
	if !simple {
		newIndex = rtGeneric("NewIndex", []jen.Code{jen.Int()})
	}
	qg.decls = append(qg.decls,
		jen.Type().Id(typ).Struct(fields...),
		jen.Var().Id(groups).Index().Id(typ),
		jen.Id(index).Op(":=").Add(newIndex))
	idx, found := g.newTemp("i"), g.newTemp("found")
	var first []jen.Code
	for _, sym := range grp.Keys {
		first = append(first, jen.Id(g.local(sym)).Op(":").Id(g.local(sym)))
	}
	k := g.newTemp("key")
	g.emit(jen.Id(k).Op(":=").Add(key))
	lookup, store := jen.Id(index).Index(jen.Id(k)), jen.Id(index).Index(jen.Id(k)).Op("=").Id(idx)
	if !simple {
		lookup, store = jen.Id(index).Dot("Get").Call(jen.Id(k)), jen.Id(index).Dot("Set").Call(jen.Id(k), jen.Id(idx))
	}
	g.emit(jen.List(jen.Id(idx), jen.Id(found)).Op(":=").Add(lookup))
	g.emit(jen.If(jen.Op("!").Id(found)).Block(
		jen.Id(idx).Op("=").Len(jen.Id(groups)),
		store,
		jen.Id(groups).Op("=").Append(jen.Id(groups), jen.Id(typ).Values(first...)),
	))
	for _, a := range aggs {
		f := jen.Id(groups).Index(jen.Id(idx)).Dot(g.local(a.From))
		g.emit(f.Clone().Op("=").Append(f.Clone(), jen.Id(g.local(a.From))))
	}
	for _, a := range grp.Aggregated {
		valueUsed := false
		for _, f := range folds[a.To] {
			g.emit(f.step(jen.Id(groups).Index(jen.Id(idx)).Dot(f.field), jen.Id(g.local(a.From))))
			valueUsed = valueUsed || f.fn != "lang.value:count"
		}
		if len(folds[a.To]) > 0 && !valueUsed {
			g.emit(jen.Id("_").Op("=").Id(g.local(a.From))) // only counted
		}
	}
	qg.next = func() {
		g.queryStage(qg, func() {
			entry := g.newTemp("group")
			frame := len(qg.frame)
			body := g.collect(func() {
				for _, sym := range grp.Keys {
					if later[sym] {
						g.emit(jen.Id(g.local(sym)).Op(":=").Id(entry).Dot(g.local(sym)))
					}
				}
				for _, a := range aggs {
					g.emit(jen.Id(g.local(a.To)).Op(":=").Add(g.aggregatedList(a, jen.Id(entry).Dot(g.local(a.From)))))
				}
				for _, fs := range folds {
					for _, f := range fs {
						for _, call := range f.calls {
							g.folded[call] = jen.Id(entry).Dot(f.field)
						}
					}
				}
				qg.frame = append(qg.frame, grp.Keys...)
				for _, a := range grp.Aggregated {
					qg.frame = append(qg.frame, a.To)
				}
				g.queryClauses(qg, i+1)
			})
			qg.frame = qg.frame[:frame]
			bound := len(aggs) > 0 || len(folds) > 0
			for _, sym := range grp.Keys {
				bound = bound || later[sym]
			}
			if !bound { // the group's keys and values are not used later
				g.emit(jen.For(jen.Range().Id(groups)).Block(body...))
				return
			}
			g.emit(jen.For(jen.List(jen.Id("_"), jen.Id(entry)).Op(":=").Range().Id(groups)).Block(body...))
		})
	}
}

// aggregatedList is the list value of an aggregated variable, from the Go
// slice of its values.
func (g *gen) aggregatedList(a check.Aggregate, values jen.Code) jen.Code {
	return rtGeneric("NewList", []jen.Code{g.goType(a.From.Type)}, g.listInherent(a.To.Type), jen.Add(values).Op("..."))
}

// collectEnd emits a collect clause: each frame's variables are appended to
// one slice each; after the loops they are bound as lists and the collect
// expression gives the query's value.
func (g *gen) collectEnd(qg *queryGen) {
	q := qg.q
	uses := g.usesIn(qg.e.Collect)
	var aggs []check.Aggregate
	slices := map[*check.Symbol]string{}
	for _, a := range q.Collected {
		if uses[a.To] {
			aggs = append(aggs, a)
			s := g.newTemp("collected")
			slices[a.To] = s
			qg.decls = append(qg.decls, jen.Var().Id(s).Index().Add(g.goType(a.From.Type)))
			g.emit(jen.Id(s).Op("=").Append(jen.Id(s), jen.Id(g.local(a.From))))
		}
	}
	qg.next = func() {
		// { x := rt.NewList[…](nil, collected1_...); query1_ = collect expression }
		g.emit(jen.Block(g.collect(func() {
			for _, a := range aggs {
				g.emit(jen.Id(g.local(a.To)).Op(":=").Add(g.aggregatedList(a, jen.Id(slices[a.To]))))
			}
			g.emit(jen.Id(qg.res).Op("=").Add(g.exprTo(qg.e.Collect, q.Result)))
		})...))
	}
}

// comparableKey reports whether values of t can key a Go map with
// Ballerina's == as the map's equality: ints, strings and booleans (also
// boxed, with ()).
func comparableKey(t *check.Type) bool {
	for _, m := range check.MembersOf(t) {
		switch check.Basic(m).Kind {
		case check.KInt, check.KString, check.KBoolean, check.KNil:
		default:
			return false
		}
	}
	return true
}

// fold is a lang library call on a group's aggregated variable that the
// group computes as its frames come, instead of keeping the list: sum(x)
// as a running total (overflow checked as int:sum checks it), count(x) as
// a count. It keeps the order of the list's fold, so a float sum is the same.
type fold struct {
	field string               // the group's field holding the value
	fn    string               // the library function (LibraryKey)
	calls []*frontend.CallExpr // the calls it stands for
}

// foldable holds the library functions a group folds.
var foldable = map[string]bool{"lang.int:sum": true, "lang.float:sum": true, "lang.value:count": true}

func (f *fold) goType() jen.Code {
	if f.fn == "lang.float:sum" {
		return jen.Float64()
	}
	return jen.Int64()
}

// step adds the value x of a frame to the fold held in acc.
func (f *fold) step(acc, x jen.Code) jen.Code {
	switch f.fn {
	case "lang.int:sum":
		return jen.Add(acc).Op("=").Add(rtCall("AddInt", jen.Add(acc), x))
	case "lang.float:sum":
		return jen.Add(acc).Op("+=").Add(x)
	}
	return jen.Add(acc).Op("++")
}

// foldsOf returns the folds of aggregated variable a when the nodes use it
// only as the one argument of foldable calls (sum(price)), else nil.
func (g *gen) foldsOf(a check.Aggregate, nodes []frontend.Node) []*fold {
	uses, matched := 0, 0
	byFn := map[string]*fold{}
	var order []*fold
	for _, n := range nodes {
		frontend.Inspect(n, func(n frontend.Node) bool {
			switch n := n.(type) {
			case *frontend.NameExpr:
				if g.prog.Uses[n] == a.To {
					uses++
				}
			case *frontend.CallExpr:
				call := g.prog.Calls[n]
				if len(n.Args) != 1 || !n.Args[0].Rest || call == nil || call.SpreadHead != 0 || !foldable[call.Builtin] {
					return true
				}
				if ne, ok := n.Args[0].Value.(*frontend.NameExpr); ok && g.prog.Uses[ne] == a.To {
					matched++
					f := byFn[call.Builtin]
					if f == nil {
						f = &fold{field: g.newTemp("fold"), fn: call.Builtin}
						byFn[call.Builtin] = f
						order = append(order, f)
					}
					f.calls = append(f.calls, n)
				}
			}
			return true
		})
	}
	if matched == 0 || matched != uses {
		return nil
	}
	return order
}
