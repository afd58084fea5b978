package check

import (
	"slices"
	"strings"

	"github.com/bal2go/bal2go/frontend"
)

// QueryKind is what a query expression constructs.
type QueryKind int

// The kinds of query.
const (
	QueryList    QueryKind = iota // a list of the selected values
	QueryMap                      // map from: a map of the selected [key, value] pairs
	QueryString                   // a string: the selected strings concatenated
	QueryCollect                  // collect: the one value of the collect expression
	QueryAction                   // from … do { }: nil, or the error that ended it
	QueryTable                    // table key(k) from, or a table expected: a table of the selected rows
)

// Query is what the checker decides about a query expression or action, so
// that the code generator turns its clauses into loops without deciding
// anything again.
type Query struct {
	Kind QueryKind
	// Result is the type of the value the query constructs (a list, map,
	// table or string type; the collect expression's type); () for an action.
	Result *Type
	// Emit is the type each select clause's value is converted to before it
	// is added: the list's member type, the map's value type, string.
	Emit *Type
	// Err is the union of the errors the query may evaluate to instead:
	// those of check expressions and fail statements in its clauses (and do
	// block), of an on conflict clause, and of a stream or iterator its from
	// and join clauses pull from. Never when there are none.
	Err *Type
	// JoinKeys holds, for each join clause, the type both sides of its
	// equals are compared at: the key type of the index the join builds of
	// its collection.
	JoinKeys map[*frontend.JoinClause]*Type
	// Groups describes each group by clause.
	Groups map[*frontend.GroupByClause]*Group
	// Collected holds, for a collect, the variables aggregated over all the
	// frames.
	Collected []Aggregate
}

// queryExpr checks a query expression or action. want is the contextually
// expected type, which decides what a query without a construct type builds.
func (c *checker) queryExpr(e *frontend.QueryExpr, want *Type) *Type {
	if c.fc == nil {
		// a module variable's initializer: the query's variables are locals
		// of the module's initialization
		c.fc = &funcCtx{unassigned: assignState{}}
		defer func() { c.fc = nil }()
	}
	q := &Query{Err: Never, JoinKeys: map[*frontend.JoinClause]*Type{}, Groups: map[*frontend.GroupByClause]*Group{}}
	c.prog.Queries[e] = q
	if e.Construct == "stream" {
		// a lazy stream needs the clauses as a pull function, not loops
		c.unsupported(e.Pos(), "queries that construct streams")
		return Invalid
	}
	outer := c.sc
	c.pushScope()
	defer c.popScope()
	c.fc.queries++
	defer func() { c.fc.queries-- }()
	// check and fail in the clauses end the query with their error
	c.fc.onFail++
	c.fc.failTypes = append(c.fc.failTypes, Never)
	var result *Type
	qc := &queryCheck{e: e, q: q, outer: outer}
	c.queryClauses(qc, 0, func(first *Type) { result = c.queryEnd(qc, first, want) })
	n := len(c.fc.failTypes) - 1
	q.Err = Union(q.Err, c.fc.failTypes[n])
	c.fc.failTypes = c.fc.failTypes[:n]
	c.fc.onFail--
	if result == nil || result.Kind == KInvalid {
		return Invalid
	}
	if e.Do != nil {
		if q.Err.Kind == KNever {
			return Nil
		}
		return Optional(q.Err)
	}
	if q.Err.Kind == KNever {
		return result
	}
	return Union(result, q.Err)
}

// queryCheck is the state of one query's checking.
type queryCheck struct {
	e     *frontend.QueryExpr
	q     *Query
	outer *scope    // the scope around the query
	frame []*Symbol // the variables the clauses so far bind, in order
}

// queryClauses checks the clauses from i on, each in the scope of the
// variables the earlier ones bind, then calls end with the type of the first
// from clause's collection.
func (c *checker) queryClauses(qc *queryCheck, i int, end func(first *Type)) {
	e, q := qc.e, qc.q
	if i == len(e.Clauses) {
		first := Invalid
		if fc, ok := e.Clauses[0].(*frontend.FromClause); ok {
			first = c.prog.TypeOfExpr(fc.Iter)
		}
		end(first)
		return
	}
	next := func() { c.queryClauses(qc, i+1, end) }
	frame := len(qc.frame)
	defer func() { qc.frame = qc.frame[:frame] }()
	switch cl := e.Clauses[i].(type) {
	case *frontend.FromClause:
		c.inForeachIter = frontend.Unparen(cl.Iter) // a range is iterated here, as in foreach
		it := c.expr(cl.Iter, nil)
		c.inForeachIter = nil
		c.queryVar(cl, cl.Type, cl.Name, cl.NameP, cl.Pattern, c.iterElem(cl.Iter, it))
		c.iterationErrors(q, it)
		qc.frame = append(qc.frame, c.boundBy(cl, cl.Pattern)...)
	case *frontend.WhereClause:
		c.condition(cl.Cond)
		thenN, _ := c.narrowings(cl.Cond)
		// what the condition implies holds in every later clause (spec
		// "Conditional variable type narrowing")
		c.withNarrowing(thenN, next)
		return
	case *frontend.LetClause:
		for _, d := range cl.Decls {
			c.stmt(d)
			if bd, ok := d.(*frontend.BindingDecl); ok {
				qc.frame = append(qc.frame, c.boundBy(nil, bd.Pattern)...)
			} else {
				qc.frame = append(qc.frame, c.boundBy(d, nil)...)
			}
		}
	case *frontend.JoinClause:
		c.joinClause(cl, q, qc.outer)
		qc.frame = append(qc.frame, c.boundBy(cl, cl.Pattern)...)
	case *frontend.OrderByClause:
		for _, k := range cl.Keys {
			t := c.expr(k.X, nil)
			if _, ok := orderKey(t); !ok && t.Kind != KInvalid {
				c.errorf(k.X.Pos(), "order by not supported for complex type fields, order key should belong to a basic type")
			}
		}
	case *frontend.LimitClause:
		// the frames' variables are not in scope for the limit (spec)
		inner := c.sc
		c.sc = qc.outer
		c.expr(cl.N, Int)
		c.sc = inner
	case *frontend.GroupByClause:
		c.groupBy(qc, cl, i, next)
		return
	}
	next()
}

// boundBy returns the variables a clause or declaration binds: n's own
// (Defs), or those of the binding pattern p.
func (c *checker) boundBy(n frontend.Node, p frontend.Pattern) []*Symbol {
	if p == nil {
		if sym := c.prog.Defs[n]; sym != nil {
			return []*Symbol{sym}
		}
		return nil
	}
	return c.prog.PatternVars(p)
}

// iterationErrors adds the errors an iteration over a value of type it may
// complete with (a stream's, an iterable object's next) to the query's: a
// from or join clause that completes early with an error makes it the
// query's value (spec "Query expression").
func (c *checker) iterationErrors(q *Query, it *Type) {
	if _, errs, ok := IterElem(it); ok && errs.Kind != KNever && errs.Kind != KInvalid {
		q.Err = Union(q.Err, errs)
	}
}

// queryVar declares the variables of a from or join clause, bound to values
// of type elem.
func (c *checker) queryVar(cl frontend.QueryClause, typ frontend.TypeExpr, name string, namePos frontend.Pos, pat frontend.Pattern, elem *Type) {
	declared := elem
	if typ != nil {
		declared = c.resolveType(typ)
		if !IsSubtype(elem, declared) && elem.Kind != KInvalid {
			c.errorf(typ.Pos(), "incompatible types: expected '%s', found '%s'", declared, elem)
		}
	}
	if pat != nil {
		b := &binder{c: c, final: true, inferred: typ == nil, top: pat, topPos: pat.Pos()}
		b.bind(pat, declared)
		return
	}
	sym := &Symbol{Kind: SymVar, Name: name, Pos: namePos, Type: declared, Final: true, Owner: c.fc.fn}
	if !sym.Pos.IsKnown() {
		sym.Pos = cl.Pos()
	}
	c.prog.Defs[cl] = sym
	c.declare(sym)
}

// joinClause checks join T x in e on l equals r: e and r see none of the
// earlier clauses' variables, and l none of the join's (spec "Join clause").
func (c *checker) joinClause(cl *frontend.JoinClause, q *Query, outer *scope) {
	inner := c.sc
	c.sc = outer
	c.inForeachIter = frontend.Unparen(cl.Iter)
	it := c.expr(cl.Iter, nil)
	c.inForeachIter = nil
	elem := c.iterElem(cl.Iter, it)
	c.iterationErrors(q, it)
	c.pushScope()
	if cl.Outer && cl.Type != nil {
		c.errorf(cl.Type.Pos(), "outer join must be declared with 'var'")
	}
	if cl.Outer && cl.Pattern != nil {
		c.unsupported(cl.Pattern.Pos(), "binding patterns in outer join clauses")
	}
	if cl.Outer {
		// an outer join's variables are T? wherever they are seen (spec),
		// right of equals too
		elem = Optional(elem)
	}
	c.queryVar(cl, cl.Type, cl.Name, cl.NameP, cl.Pattern, elem)
	right := c.expr(cl.Equals, nil)
	joinScope := c.sc
	c.sc = inner
	left := c.expr(cl.On, nil)
	// the join's variables join the frame after the on condition
	for _, sym := range joinScope.names {
		c.declare(sym)
	}
	key := Widen(Union(left, right))
	if !IsSubtype(key, Anydata) && key.Kind != KInvalid {
		c.errorf(cl.On.Pos(), "incompatible types: expected '%s', found '%s'", Anydata, key)
	}
	q.JoinKeys[cl] = key
}

// queryEnd checks the select, collect or do that ends a query and returns
// the type of the value the query constructs.
func (c *checker) queryEnd(qc *queryCheck, first, want *Type) *Type {
	e, q := qc.e, qc.q
	if e.Do != nil {
		q.Kind = QueryAction
		// break, continue and return would leave the loops the query runs as
		loops := c.fc.loops
		c.fc.loops = 0
		c.fc.queryDo++
		c.block(e.Do)
		c.fc.queryDo--
		c.fc.loops = loops
		q.Result = Nil
		return Nil
	}
	if e.Collect != nil {
		return c.collect(qc, want)
	}
	if want != nil {
		want = Diff(want, Error)
	}
	switch {
	case e.Construct == "table" || e.Construct == "" && tableTarget(want) != nil && listElemWant(want) == nil:
		if !c.tableQuery(e, q, want) {
			return Invalid
		}
	case e.Construct == "map":
		q.Kind = QueryMap
		elemWant := mapElemWant(want)
		vt := c.mapSelect(e.Select, elemWant)
		if vt == nil {
			return Invalid
		}
		if elemWant == nil {
			elemWant = Widen(vt)
		}
		q.Emit = elemWant
		q.Result = MapOf(elemWant)
		if readOnlyWanted(want, KMap) {
			q.Result = ReadOnlyOf(q.Result)
		}
		if want != nil && want.Kind == KMap && IsSubtype(q.Result, want) {
			q.Result = want
		}
	case want != nil && mapElemWant(want) != nil && listElemWant(want) == nil:
		c.errorf(e.Pos(), "query expression that constructs a mapping must start with the map keyword")
		return Invalid
	case want != nil && want.Kind != KInvalid && IsSubtype(want, String) || want == nil && IsSubtype(first, String):
		q.Kind = QueryString
		c.expr(e.Select, String)
		q.Emit, q.Result = String, String
	case want == nil && (first.Kind == KMap || first.Kind == KRecord):
		// the basic type of the collection decides (spec), and a mapping is
		// built only by a query starting with map
		c.errorf(e.Pos(), "query expression that constructs a mapping must start with the map keyword")
		return Invalid
	default:
		q.Kind = QueryList
		var elemWant *Type
		if want != nil {
			elemWant = listElemWant(want)
		}
		st := c.expr(e.Select, elemWant)
		if elemWant == nil {
			elemWant = Widen(st)
		}
		q.Emit = elemWant
		q.Result = ArrayOf(elemWant, -1)
		if readOnlyWanted(want, KArray) {
			q.Result = ReadOnlyOf(q.Result)
		}
		if want != nil && want.Kind == KArray && want.Len < 0 && IsSubtype(q.Result, want) {
			q.Result = want // the named or read-only list type asked for
		}
	}
	if e.OnConflict != nil {
		if q.Kind != QueryMap && (q.Kind != QueryTable || len(q.Result.KeyFields) == 0) {
			c.errorf(e.OnConflict.Pos(), "on conflict can only be used with queries which produce maps or tables with key specifiers")
		}
		t := c.expr(e.OnConflict, Optional(Error))
		if IsSubtype(t, Optional(Error)) && (q.Kind == QueryMap || q.Kind == QueryTable && len(q.Result.KeyFields) > 0) {
			q.Err = Union(q.Err, Diff(t, Nil))
		}
	}
	return q.Result
}

// tableQuery checks the select of a query that constructs a table: of the
// expected table type (its row type is the select's expected type), or of
// the selected rows' type with the construct type's key (spec "Query
// expression": the key specifier works as in a table constructor).
func (c *checker) tableQuery(e *frontend.QueryExpr, q *Query, want *Type) bool {
	q.Kind = QueryTable
	target := tableTarget(want)
	var rowWant *Type
	if target != nil {
		rowWant = TableRow(target)
	}
	st := c.expr(e.Select, rowWant)
	if st.Kind == KInvalid {
		return false
	}
	row := rowWant
	if row == nil {
		row = Widen(st)
	}
	if !IsSubtype(row, MapOf(AnyOrError)) {
		c.errorf(e.Select.Pos(), "invalid constraint type. expected subtype of 'map<any|error>' but found '%s'", row)
		return false
	}
	var keys []string
	switch {
	case e.Key != nil:
		if !c.keyFieldsValid(row, e.Key) {
			return false
		}
		keys = e.Key.Names
		if target != nil && len(target.KeyFields) > 0 && !slices.Equal(keys, target.KeyFields) {
			c.errorf(e.Key.Pos(), "table key specifier mismatch. expected: '[%s]' but found '[%s]'", strings.Join(target.KeyFields, ", "), strings.Join(keys, ", "))
			return false
		}
	case target != nil:
		keys = target.KeyFields
	}
	q.Emit = row
	q.Result = TableOf(row, keys, nil)
	if target != nil && IsSubtype(q.Result, target) {
		q.Result = target
	}
	if readOnlyWanted(want, KTable) {
		q.Result = ReadOnlyOf(q.Result)
	}
	return true
}

// readOnlyWanted reports whether the expected type's member of kind k is
// read-only: the query then constructs a read-only value (spec "Query
// expression"), whose members the expected member type makes read-only.
func readOnlyWanted(want *Type, k Kind) bool {
	if want == nil {
		return false
	}
	for _, m := range MembersOf(want) {
		if m.Kind == k && m.ReadOnly {
			return true
		}
	}
	return false
}

// listElemWant is the member type a query building a list for want must
// select: T for T[] (or a union with one list type), nil when want says
// nothing about it.
func listElemWant(want *Type) *Type {
	var elem *Type
	for _, m := range MembersOf(want) {
		switch m.Kind {
		case KArray:
			if elem != nil {
				return nil // int[]|string[]: the select's type decides
			}
			elem = m.Elem
			if m.ReadOnly {
				elem = ReadOnlyOf(elem)
			}
		}
	}
	return elem
}

// mapElemWant is the value type a map query must select for want: T for
// map<T> (or a union with one map type), nil when want says nothing.
func mapElemWant(want *Type) *Type {
	if want == nil {
		return nil
	}
	var elem *Type
	for _, m := range MembersOf(want) {
		if m.Kind == KMap {
			if elem != nil {
				return nil
			}
			elem = m.Elem
			if m.ReadOnly {
				elem = ReadOnlyOf(elem)
			}
		}
	}
	return elem
}

// mapSelect checks the select of a map query, which must give [string, T]
// pairs (of T elemWant when it is not nil), and returns T (nil after an
// error). A pair written [k, v] is checked member by member, so that
// without an expected type the value's own type is T.
func (c *checker) mapSelect(sel frontend.Expr, elemWant *Type) *Type {
	if l, ok := frontend.Unparen(sel).(*frontend.ListExpr); ok && len(l.Elems) == 2 && !l.Bytes {
		_, spread0 := l.Elems[0].(*frontend.SpreadExpr)
		_, spread1 := l.Elems[1].(*frontend.SpreadExpr)
		if !spread0 && !spread1 {
			kt := c.expr(l.Elems[0], String)
			vt := c.expr(l.Elems[1], elemWant)
			if kt.Kind == KInvalid || vt.Kind == KInvalid {
				return nil
			}
			if elemWant != nil {
				vt = elemWant
			}
			pair := TupleOf([]*Type{String, vt}, nil)
			c.prog.Types[l] = pair
			c.prog.Types[sel] = pair
			return vt
		}
	}
	want := TupleOf([]*Type{String, elemWant}, nil)
	if elemWant == nil {
		want = TupleOf([]*Type{String, AnyOrError}, nil)
	}
	st := c.expr(sel, want)
	if st.Kind == KTuple && len(st.Members) == 2 && st.Rest == nil {
		return st.Members[1]
	}
	return nil
}
