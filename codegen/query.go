package codegen

import (
	"fmt"

	"github.com/bal2go/bal2go/check"
	"github.com/bal2go/bal2go/frontend"
	"github.com/dave/jennifer/jen"
)

// A query becomes plain Go loops over typed values (spec "Query
// expression": each clause turns the frames it is given into others):
//
//	var query1_ []int64                    // what the select clauses add to
//	for _, x := range xs.Elems {           // from
//		if x > 1 {                         // where
//			y := x * 2                     // let
//			query1_ = append(query1_, y)   // select
//		}
//	}
//	… rt.NewList[int64](nil, query1_...)
//
// An order by ends a stage: the frames are collected with their keys,
// sorted (stably), and the next stage loops over them. A join builds a hash
// index of its collection before the stage's loops. A limit breaks out of
// its stage's outermost loop. A check that fails in a clause jumps past the
// loops and makes the query's value the error.

// queryGen is the state of one query's emission.
type queryGen struct {
	e *frontend.QueryExpr
	q *check.Query
	// decls are emitted before the loops: every variable the query needs
	// outside them is declared there, so that a goto past the loops jumps
	// over no declaration.
	decls []jen.Code
	res   string // the Go variable the select clause adds to
	// the current stage: its label (on its outermost loop, for limit),
	// whether a limit breaks it, what runs after it (the next stage), and
	// what runs before it (join indexes)
	stage     string
	stageUsed bool
	next      func()
	prelude   []jen.Code
	frame     []*check.Symbol // the variables bound so far, in order
}

func (g *gen) queryExpr(e *frontend.QueryExpr, t *check.Type) jen.Code {
	q := g.prog.Queries[e]
	if q == nil {
		return jen.Nil()
	}
	qg := &queryGen{e: e, q: q, res: g.newTemp("query")}
	switch q.Kind {
	case check.QueryList:
		qg.decls = append(qg.decls, jen.Var().Id(qg.res).Index().Add(g.goType(q.Emit)))
	case check.QueryMap:
		qg.decls = append(qg.decls, jen.Id(qg.res).Op(":=").Add(rtGeneric("NewMap", []jen.Code{g.goType(q.Emit)}, g.mapInherent(q.Result))))
	case check.QueryString:
		qg.decls = append(qg.decls, jen.Var().Id(qg.res).Qual("strings", "Builder"))
	case check.QueryCollect:
		qg.decls = append(qg.decls, jen.Var().Id(qg.res).Add(g.goType(q.Result)))
	case check.QueryTable:
		qg.decls = append(qg.decls, jen.Id(qg.res).Op(":=").Add(rtCall("NewTable", g.typeDesc(check.TableOf(q.Result.Mutable().Elem, q.Result.Mutable().KeyFields, nil)))))
	}
	// a check or fail in a clause ends the query with its error
	g.fn.labels++
	of := &onFailCtx{label: fmt.Sprintf("queryEnd%d_", g.fn.labels), errVar: fmt.Sprintf("queryErr%d_", g.fn.labels), nest: len(g.fn.nest)}
	savedTrap := g.fn.trap
	g.fn.trap = nil
	g.fn.onFail = append(g.fn.onFail, of)
	loops := g.collect(func() { g.queryStage(qg, func() { g.queryClauses(qg, 0) }) })
	g.fn.onFail = g.fn.onFail[:len(g.fn.onFail)-1]
	g.fn.trap = savedTrap

	fails := q.Err.Kind != check.KNever
	if fails {
		qg.decls = append(qg.decls, jen.Var().Id(of.errVar).Op("*").Add(rtq("Error")))
		if of.used {
			// the loops in a block of their own: a goto to the label after
			// it jumps over no declaration of theirs (a stream a later stage
			// pulls from)
			loops = []jen.Code{jen.Block(loops...)}
		}
	}
	for _, c := range append(qg.decls, loops...) {
		g.emit(c)
	}
	var value jen.Code
	switch q.Kind {
	case check.QueryList:
		value = g.readOnlyValue(rtGeneric("NewList", []jen.Code{g.goType(q.Emit)}, g.listInherent(q.Result), jen.Id(qg.res).Op("...")), q.Result)
	case check.QueryMap:
		value = g.readOnlyValue(jen.Id(qg.res), q.Result)
	case check.QueryString:
		value = jen.Id(qg.res).Dot("String").Call()
	case check.QueryAction:
		value = jen.Nil()
	case check.QueryCollect:
		value = jen.Id(qg.res)
	case check.QueryTable:
		value = g.readOnlyValue(jen.Id(qg.res), q.Result)
	}
	if !fails {
		return g.convert(value, q.Result, t, nil)
	}
	// queryEnd1_:
	// var v T
	// if queryErr1_ != nil { v = queryErr1_ } else { v = value }
	v := g.newTemp("v")
	if of.used {
		g.emit(jen.Id(of.label).Op(":"))
	}
	g.emit(jen.Var().Id(v).Add(g.goType(t)))
	ok := []jen.Code{}
	if q.Kind != check.QueryAction {
		ok = append(ok, jen.Id(v).Op("=").Add(g.convert(value, q.Result, t, nil)))
	}
	g.emit(jen.If(jen.Id(of.errVar).Op("!=").Nil()).Block(
		jen.Id(v).Op("=").Add(g.convert(jen.Id(of.errVar), check.Error, t, nil)),
	).Else().Block(ok...))
	return jen.Id(v)
}

// queryStage emits one stage of a query: emit produces its loops, the
// outermost last. The join indexes the stage uses are built before them,
// and the next stage (after an order by) follows them.
func (g *gen) queryStage(qg *queryGen, emit func()) {
	saved := *qg
	qg.stage, qg.stageUsed, qg.next, qg.prelude = g.newTemp("stage"), false, nil, nil
	code := g.collect(emit)
	if qg.stageUsed && len(code) > 0 {
		// the label goes on the outermost loop, the last statement
		last := len(code) - 1
		code = append(code[:last:last], jen.Id(qg.stage).Op(":"), code[last])
	}
	for _, c := range append(qg.prelude, code...) {
		g.emit(c)
	}
	next := qg.next
	qg.stage, qg.stageUsed, qg.next, qg.prelude = saved.stage, saved.stageUsed, saved.next, saved.prelude
	if next != nil {
		next()
	}
}

// queryClauses emits clause i and, nested in it, the rest of the pipeline.
func (g *gen) queryClauses(qg *queryGen, i int) {
	if i == len(qg.e.Clauses) {
		g.queryEnd(qg)
		return
	}
	rest := func() { g.queryClauses(qg, i+1) }
	g.lineDirective(qg.e.Clauses[i].Pos())
	switch cl := qg.e.Clauses[i].(type) {
	case *frontend.FromClause:
		name, varType := g.clauseVar(cl, cl.Pattern)
		frame := len(qg.frame)
		body := g.collect(func() {
			g.bindQueryVars(qg, cl, cl.Pattern, name, varType)
			rest()
		})
		qg.frame = qg.frame[:frame]
		g.loopOver(cl.Iter, name, varType, body)
	case *frontend.WhereClause:
		cond := g.exprTo(cl.Cond, check.Boolean)
		g.emit(jen.If(cond).Block(g.collect(rest)...))
	case *frontend.LetClause:
		frame := len(qg.frame)
		for _, d := range cl.Decls {
			g.stmt(d)
			if bd, ok := d.(*frontend.BindingDecl); ok {
				qg.frame = append(qg.frame, g.prog.PatternVars(bd.Pattern)...)
			} else if sym := g.prog.Defs[d]; sym != nil {
				qg.frame = append(qg.frame, sym)
			}
		}
		rest()
		qg.frame = qg.frame[:frame]
	case *frontend.JoinClause:
		g.joinClause(qg, cl, i, rest)
	case *frontend.LimitClause:
		// limit1_ := n (evaluated once, before the loops)
		// if count1_ >= limit1_ { break stage1_ }; count1_++; …; if count1_ >= limit1_ { break stage1_ }
		lim, n := g.newTemp("limit"), g.newTemp("count")
		qg.decls = append(qg.decls, g.collect(func() {
			g.lineDirective(cl.Pos())
			g.emit(jen.Id(lim).Op(":=").Add(rtCall("QueryLimit", g.exprTo(cl.N, check.Int))))
		})...)
		qg.decls = append(qg.decls, jen.Var().Id(n).Int64())
		qg.stageUsed = true
		g.emit(jen.If(jen.Id(n).Op(">=").Id(lim)).Block(jen.Break().Id(qg.stage)))
		g.emit(jen.Id(n).Op("++"))
		rest()
		// the limit reached, no more frames are pulled (a stream's next
		// might fail)
		g.emit(jen.If(jen.Id(n).Op(">=").Id(lim)).Block(jen.Break().Id(qg.stage)))
	case *frontend.OrderByClause:
		g.orderBy(qg, cl, i)
	case *frontend.GroupByClause:
		g.groupBy(qg, cl, i)
	}
}

// clauseVar is the Go variable and Ballerina type of the values a from or
// join clause takes: its variable's, or a temporary a binding pattern
// takes apart.
func (g *gen) clauseVar(cl frontend.QueryClause, pat frontend.Pattern) (string, *check.Type) {
	if pat != nil {
		info := g.prog.Patterns[pat]
		if info == nil {
			return "_", check.Invalid
		}
		return g.newTemp("elem"), info.Value
	}
	sym := g.prog.Defs[cl]
	if sym == nil {
		return "_", check.Invalid
	}
	if !g.isUsed(sym) {
		return "_", sym.Type
	}
	return g.local(sym), sym.Type
}

// bindQueryVars takes a from or join clause's value apart (for a binding
// pattern) and adds its variables to the frame.
func (g *gen) bindQueryVars(qg *queryGen, cl frontend.QueryClause, pat frontend.Pattern, name string, varType *check.Type) {
	if pat != nil {
		g.bindPattern(pat, part{jen.Id(name), varType}, false)
		qg.frame = append(qg.frame, g.prog.PatternVars(pat)...)
		return
	}
	if sym := g.prog.Defs[cl]; sym != nil {
		qg.frame = append(qg.frame, sym)
	}
}

// queryEnd emits what the query does with each frame that reaches its end:
// add the select's value to the result, or run the do block.
func (g *gen) queryEnd(qg *queryGen) {
	e, q := qg.e, qg.q
	g.lineDirective(e.EndP)
	switch q.Kind {
	case check.QueryList:
		g.emit(jen.Id(qg.res).Op("=").Append(jen.Id(qg.res), g.exprTo(e.Select, q.Emit)))
	case check.QueryString:
		g.emit(jen.Id(qg.res).Dot("WriteString").Call(g.exprTo(e.Select, check.String)))
	case check.QueryAction:
		g.emit(jen.Block(g.blockCode(e.Do)...))
	case check.QueryMap:
		g.mapQueryEnd(qg)
	case check.QueryCollect:
		g.collectEnd(qg)
	case check.QueryTable:
		g.tableQueryEnd(qg)
	}
}

// tableQueryEnd puts a selected row into a table query's table, replacing
// the row with its key; a key already there runs the on conflict clause,
// whose error ends the query.
func (g *gen) tableQueryEnd(qg *queryGen) {
	e, q := qg.e, qg.q
	row := g.boxed(g.exprTo(e.Select, q.Emit), q.Emit)
	if e.OnConflict == nil || g.prog.TypeOfExpr(e.OnConflict).Kind == check.KNil {
		g.emit(jen.Id(qg.res).Dot("Put").Call(row))
		return
	}
	// r := row; if res.HasKeyOf(r) { if err := onConflict; err != nil { fail } }; res.Put(r)
	r := g.newTemp("row")
	g.emit(jen.Id(r).Op(":=").Add(row))
	g.emit(jen.If(jen.Id(qg.res).Dot("HasKeyOf").Call(jen.Id(r))).Block(g.onConflict(e.OnConflict)...))
	g.emit(jen.Id(qg.res).Dot("Put").Call(jen.Id(r)))
}

// mapQueryEnd adds a selected [key, value] pair to a map query's map; a key
// already there runs the on conflict clause, whose error ends the query.
func (g *gen) mapQueryEnd(qg *queryGen) {
	e, q := qg.e, qg.q
	var key, val jen.Code
	if l, ok := frontend.Unparen(e.Select).(*frontend.ListExpr); ok && len(l.Elems) == 2 && g.prog.TypeOfExpr(l).Kind == check.KTuple {
		key = g.exprTo(l.Elems[0], check.String)
		val = g.exprTo(l.Elems[1], q.Emit)
	} else {
		pair := g.newTemp("pair")
		g.emit(jen.Id(pair).Op(":=").Add(g.exprTo(e.Select, check.TupleOf([]*check.Type{check.String, q.Emit}, nil))))
		key = jen.Id(pair).Dot("Elems").Index(jen.Lit(0)).Assert(jen.String())
		val = g.convert(jen.Id(pair).Dot("Elems").Index(jen.Lit(1)), check.Any, q.Emit, nil)
	}
	if e.OnConflict == nil || g.prog.TypeOfExpr(e.OnConflict).Kind == check.KNil {
		g.emit(jen.Id(qg.res).Dot("Put").Call(key, val))
		return
	}
	// k := key; if _, dup := res.Get(k); dup { if err := onConflict; err != nil { fail } }
	k := g.newTemp("key")
	g.emit(jen.Id(k).Op(":=").Add(key))
	conflict := g.onConflict(e.OnConflict)
	dup := g.newTemp("dup")
	g.emit(jen.If(jen.List(jen.Id("_"), jen.Id(dup)).Op(":=").Id(qg.res).Dot("Get").Call(jen.Id(k)), jen.Id(dup)).Block(conflict...))
	g.emit(jen.Id(qg.res).Dot("Put").Call(jen.Id(k), val))
}

// onConflict emits an on conflict clause's expression; its error ends the
// query.
func (g *gen) onConflict(x frontend.Expr) []jen.Code {
	return g.collect(func() {
		ct := g.prog.TypeOfExpr(x)
		c := g.exprTo(x, ct)
		errv := g.newTemp("conflict")
		g.emit(jen.Id(errv).Op(":=").Add(c))
		errCode := jen.Id(errv)
		if g.repr(ct) == "any" {
			errCode = jen.Id(errv).Assert(jen.Op("*").Add(rtq("Error")))
		}
		failing := g.collect(func() { g.fail(errCode) })
		g.emit(jen.If(jen.Id(errv).Op("!=").Nil()).Block(failing...))
	})
}

// joinClause emits join T x in e on l equals r: an index of e's values by
// r, built before the stage's loops, and a loop over the values whose key
// equals l (for an outer join, a single () when there are none).
func (g *gen) joinClause(qg *queryGen, cl *frontend.JoinClause, i int, rest func()) {
	key := qg.q.JoinKeys[cl]
	if key == nil {
		return
	}
	keyT, simple := g.joinKeyType(key)
	// the values the index holds: the join variable's (T? for an outer join),
	// or those its binding pattern takes apart
	var valT *check.Type
	if cl.Pattern != nil {
		valT = g.prog.Patterns[cl.Pattern].Value
	} else if sym := g.prog.Defs[cl]; sym != nil {
		valT = sym.Type
	} else {
		return
	}
	idx := g.newTemp("index")
	if simple {
		qg.decls = append(qg.decls, jen.Id(idx).Op(":=").Map(g.goType(keyT)).Index().Add(g.goType(valT)).Values())
	} else {
		// keys compared as == compares them, by hash (rt.Index)
		qg.decls = append(qg.decls, jen.Id(idx).Op(":=").Add(rtGeneric("NewIndex", []jen.Code{jen.Index().Add(g.goType(valT))})))
	}
	// for _, y := range ys.Elems { index1_[key(y)] = append(index1_[key(y)], y) }
	qg.prelude = append(qg.prelude, g.collect(func() {
		g.lineDirective(cl.Pos())
		var name string
		var inT *check.Type
		if cl.Pattern != nil {
			name, inT = g.newTemp("elem"), valT
		} else {
			sym := g.prog.Defs[cl]
			name, inT = g.local(sym), sym.Type
		}
		body := g.collect(func() {
			if cl.Pattern != nil {
				g.bindPattern(cl.Pattern, part{jen.Id(name), inT}, false)
				g.discardUnused(g.prog.PatternVars(cl.Pattern), g.usesIn(cl.Equals))
			}
			k := g.newTemp("key")
			g.emit(jen.Id(k).Op(":=").Add(g.exprTo(cl.Equals, keyT)))
			v := g.convert(jen.Id(name), inT, valT, nil)
			if simple {
				g.emit(jen.Id(idx).Index(jen.Id(k)).Op("=").Append(jen.Id(idx).Index(jen.Id(k)), v))
				return
			}
			// ms, _ := index1_.Get(k); index1_.Set(k, append(ms, v))
			ms := g.newTemp("matches")
			g.emit(jen.List(jen.Id(ms), jen.Id("_")).Op(":=").Id(idx).Dot("Get").Call(jen.Id(k)))
			g.emit(jen.Id(idx).Dot("Set").Call(jen.Id(k), jen.Append(jen.Id(ms), v)))
		})
		g.loopOver(cl.Iter, name, inT, body)
	})...)
	matches := jen.Id(idx).Index(g.exprTo(cl.On, keyT))
	if !simple {
		ms := g.newTemp("matches")
		g.emit(jen.List(jen.Id(ms), jen.Id("_")).Op(":=").Id(idx).Dot("Get").Call(g.exprTo(cl.On, keyT)))
		matches = jen.Id(ms)
	}
	if cl.Outer {
		// ms := index1_[k]; if len(ms) == 0 { ms = []T{nil} }
		ms := g.newTemp("matches")
		g.emit(jen.Id(ms).Op(":=").Add(matches))
		g.emit(jen.If(jen.Len(jen.Id(ms)).Op("==").Lit(0)).Block(jen.Id(ms).Op("=").Index().Add(g.goType(valT)).Values(jen.Nil())))
		matches = jen.Id(ms)
	}
	later := g.laterUses(qg.e, i+1)
	name := "_"
	if cl.Pattern != nil {
		name = g.newTemp("elem")
	} else if sym := g.prog.Defs[cl]; later[sym] {
		name = g.local(sym)
	}
	frame := len(qg.frame)
	body := g.collect(func() {
		g.bindQueryVars(qg, cl, cl.Pattern, name, valT)
		if cl.Pattern != nil {
			g.discardUnused(g.prog.PatternVars(cl.Pattern), later) // some were for equals only
		}
		rest()
	})
	qg.frame = qg.frame[:frame]
	if name == "_" {
		g.emit(jen.For(jen.Range().Add(matches)).Block(body...))
		return
	}
	g.emit(jen.For(jen.List(jen.Id("_"), jen.Id(name)).Op(":=").Range().Add(matches)).Block(body...))
}

// joinKeyType is the type a join's keys are held at in its index: int,
// string or boolean themselves in a Go map, a union of those and () boxed in
// one (Go's equality of interface values is Ballerina's == there), any other
// key boxed in an rt.Index (simple false).
func (g *gen) joinKeyType(k *check.Type) (t *check.Type, simple bool) {
	b := check.Basic(k)
	switch b.Kind {
	case check.KInt, check.KString, check.KBoolean:
		return b, true
	}
	return check.Any, comparableKey(k)
}

// orderBy emits order by k1, k2 descending: the frame's variables that
// later clauses use and the keys are collected, and after the stage's loops
// sorted stably; the next stage loops over them.
//
//	type orderEntry1_ struct { key0 string; x Person }   // before the loops
//	var sorted2_ []orderEntry1_
//	…	sorted2_ = append(sorted2_, orderEntry1_{key0: x.name, x: x})
//	slices.SortStableFunc(sorted2_, func(a, b orderEntry1_) int { … })
//	for _, entry3_ := range sorted2_ { x := entry3_.x; … }
func (g *gen) orderBy(qg *queryGen, cl *frontend.OrderByClause, i int) {
	later := g.laterUses(qg.e, i+1)
	var vars []*check.Symbol
	for _, sym := range qg.frame {
		if later[sym] {
			vars = append(vars, sym)
		}
	}
	typ, entries := g.newTemp("orderEntry"), g.newTemp("sorted")
	var fields, values []jen.Code
	keys := make([]*check.Type, len(cl.Keys))
	for k, key := range cl.Keys {
		keys[k] = g.prog.TypeOfExpr(key.X)
		f := fmt.Sprintf("key%d_", k)
		fields = append(fields, jen.Id(f).Add(g.goType(keys[k])))
		values = append(values, jen.Id(f).Op(":").Add(g.expr(key.X)))
	}
	for _, sym := range vars {
		fields = append(fields, jen.Id(g.local(sym)).Add(g.goType(sym.Type)))
		values = append(values, jen.Id(g.local(sym)).Op(":").Id(g.local(sym)))
	}
	qg.decls = append(qg.decls, jen.Type().Id(typ).Struct(fields...), jen.Var().Id(entries).Index().Id(typ))
	g.emit(jen.Id(entries).Op("=").Append(jen.Id(entries), jen.Id(typ).Values(values...)))
	qg.next = func() {
		g.lineDirective(cl.Pos())
		var cmps []jen.Code
		for k, key := range cl.Keys {
			f := fmt.Sprintf("key%d_", k)
			cmps = append(cmps, jen.If(jen.Id("c").Op(":=").Add(g.compareKeys(keys[k], jen.Id("a").Dot(f), jen.Id("b").Dot(f), key.Descending)), jen.Id("c").Op("!=").Lit(0)).Block(jen.Return(jen.Id("c"))))
		}
		cmps = append(cmps, jen.Return(jen.Lit(0)))
		g.emit(jen.Qual("slices", "SortStableFunc").Call(jen.Id(entries), jen.Func().Params(jen.List(jen.Id("a"), jen.Id("b")).Id(typ)).Int().Block(cmps...)))
		g.queryStage(qg, func() {
			entry := g.newTemp("entry")
			frame := len(qg.frame)
			body := g.collect(func() {
				for _, sym := range vars {
					g.emit(jen.Id(g.local(sym)).Op(":=").Id(entry).Dot(g.local(sym)))
				}
				qg.frame = append(qg.frame, vars...)
				g.queryClauses(qg, i+1)
			})
			qg.frame = qg.frame[:frame]
			if len(vars) == 0 { // no variable of the frame is used later
				g.emit(jen.For(jen.Range().Id(entries)).Block(body...))
				return
			}
			g.emit(jen.For(jen.List(jen.Id("_"), jen.Id(entry)).Op(":=").Range().Id(entries)).Block(body...))
		})
	}
}

// compareKeys compares two order keys of type t: with cmp.Compare for int
// and string keys, with rt.CompareKeys (() and NaN last) for the others.
func (g *gen) compareKeys(t *check.Type, a, b jen.Code, descending bool) jen.Code {
	switch g.repr(t) {
	case "int64", "string":
		if descending {
			a, b = b, a
		}
		return jen.Qual("cmp", "Compare").Call(a, b)
	}
	return rtCall("CompareKeys", g.boxed(a, t), g.boxed(b, t), jen.Lit(descending))
}

// laterUses returns the variables the clauses from i on (and the select,
// collect, do and on conflict) refer to.
func (g *gen) laterUses(e *frontend.QueryExpr, i int) map[*check.Symbol]bool {
	return g.usesIn(g.laterNodes(e, i)...)
}

// laterNodes returns the clauses from i on and the select, collect, do and
// on conflict of a query.
func (g *gen) laterNodes(e *frontend.QueryExpr, i int) []frontend.Node {
	var nodes []frontend.Node
	for _, c := range e.Clauses[i:] {
		nodes = append(nodes, c)
	}
	for _, n := range []frontend.Node{e.Select, e.Collect, e.OnConflict} {
		if n != nil {
			nodes = append(nodes, n)
		}
	}
	if e.Do != nil {
		nodes = append(nodes, e.Do)
	}
	return nodes
}

// usesIn returns the variables the nodes refer to.
func (g *gen) usesIn(nodes ...frontend.Node) map[*check.Symbol]bool {
	uses := map[*check.Symbol]bool{}
	visit := func(n frontend.Node) bool {
		switch n := n.(type) {
		case *frontend.NameExpr:
			if sym := g.prog.Uses[n]; sym != nil {
				uses[sym] = true
			}
		case *frontend.MappingExpr:
			for _, f := range n.Fields {
				if sym := g.prog.Shorthands[f]; sym != nil {
					uses[sym] = true // {x}
				}
			}
		}
		return true
	}
	for _, n := range nodes {
		frontend.Inspect(n, visit)
	}
	return uses
}

// discardUnused marks the variables of vars not in used as used for Go
// (_ = x): a binding pattern declares all its variables in each loop that
// takes a value apart, and some loops need only some.
func (g *gen) discardUnused(vars []*check.Symbol, used map[*check.Symbol]bool) {
	for _, sym := range vars {
		if !used[sym] && g.isUsed(sym) {
			g.emit(jen.Id("_").Op("=").Id(g.local(sym)))
		}
	}
}
