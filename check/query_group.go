package check

import (
	"slices"

	"github.com/bal2go/bal2go/frontend"
)

// Group is what the checker decides about a group by clause.
type Group struct {
	Keys       []*Symbol   // the grouping keys' variables, in order
	Aggregated []Aggregate // the other variables of the frame, aggregated
}

// Aggregate pairs a variable of the frames with the aggregated variable
// that holds the list of its values in a group (or in a collect).
type Aggregate struct {
	From, To *Symbol
}

// groupBy checks group by k1, T k2 = e: the grouping keys are variables of
// the frame (a key with an expression declares one, as a let would), of
// anydata types; every other variable of the frame becomes an aggregated
// variable, a list of its values in the group (spec "Group by clause",
// "Aggregated variable bindings").
func (c *checker) groupBy(qc *queryCheck, cl *frontend.GroupByClause, i int, next func()) {
	g := &Group{}
	qc.q.Groups[cl] = g
	saved := qc.frame
	defer func() { qc.frame = saved }()
	isKey := map[*Symbol]bool{}
	for _, k := range cl.Keys {
		var sym *Symbol
		if k.X != nil {
			var declared *Type
			if k.Type != nil {
				declared = c.resolveType(k.Type)
			}
			t := c.expr(k.X, declared)
			if declared == nil {
				declared = Widen(t)
			}
			sym = &Symbol{Kind: SymVar, Name: k.Name, Pos: k.NameP, Type: declared, Final: true, Owner: c.fc.fn}
			c.declare(sym)
			qc.frame = append(slices.Clip(qc.frame), sym)
		} else {
			sym = c.sc.lookup(k.Name)
			if sym == nil || !slices.Contains(qc.frame, sym) {
				c.errorf(k.NameP, "undefined symbol '%s'", k.Name)
				continue
			}
			sym.used = true
		}
		c.prog.Defs[k] = sym
		if sym.Aggregated {
			c.unsupported(k.NameP, "grouping by an aggregated variable")
			continue
		}
		if !IsSubtype(sym.Type, Anydata) && sym.Type.Kind != KInvalid {
			c.errorf(k.NameP, "invalid grouping key type '%s', expected a subtype of 'anydata'", sym.Type)
		}
		g.Keys = append(g.Keys, sym)
		isKey[sym] = true
	}
	c.pushScope()
	defer c.popScope()
	var frame []*Symbol
	for _, sym := range qc.frame {
		if isKey[sym] {
			frame = append(frame, sym)
			continue
		}
		if sym.Aggregated {
			c.unsupported(cl.Pos(), "a group by after a group by")
			return
		}
		agg := c.aggregate(sym)
		g.Aggregated = append(g.Aggregated, Aggregate{From: sym, To: agg})
		frame = append(frame, agg)
	}
	qc.frame = frame
	var later []frontend.Node
	for _, cl := range qc.e.Clauses[i+1:] {
		later = append(later, cl)
	}
	later = append(later, qc.e.Select, qc.e.Collect, qc.e.OnConflict)
	if qc.e.Do != nil {
		later = append(later, qc.e.Do)
	}
	c.markAggregated(later, g.Aggregated)
	next()
}

// collect checks a collect clause: every variable of the frame is
// aggregated over all the frames (a list, empty when there are none), and
// the query's value is the collect expression's, with the query's expected
// type (spec "Collect clause").
func (c *checker) collect(qc *queryCheck, want *Type) *Type {
	e, q := qc.e, qc.q
	q.Kind = QueryCollect
	if e.Construct != "" {
		c.errorf(e.Pos(), "query construct types cannot be used with collect clause")
	}
	c.pushScope()
	defer c.popScope()
	for _, sym := range qc.frame {
		if sym.Aggregated {
			c.unsupported(e.EndP, "a collect clause after a group by")
			return Invalid
		}
		agg := c.aggregate(sym)
		c.emptyAggregates[agg] = true
		q.Collected = append(q.Collected, Aggregate{From: sym, To: agg})
	}
	c.markAggregated([]frontend.Node{e.Collect}, q.Collected)
	t := c.expr(e.Collect, want)
	q.Result, q.Emit = t, t
	return t
}

// aggregate declares, in the current scope, the aggregated variable of
// sym: a T[] for a T (it hides sym, so it is not declared through declare,
// which forbids shadowing).
func (c *checker) aggregate(sym *Symbol) *Symbol {
	agg := &Symbol{Kind: SymVar, Name: sym.Name, Pos: sym.Pos, Type: ArrayOf(sym.Type, -1), Final: true, Owner: sym.Owner, Aggregated: true}
	c.sc.names[sym.Name] = agg
	return agg
}

// markAggregated makes the references to aggregated variables in nodes
// that the spec allows — a member of a list constructor, the last argument
// of a call — spreads, and records them as allowed; c.name reports any
// other reference.
func (c *checker) markAggregated(nodes []frontend.Node, aggs []Aggregate) {
	names := map[string]bool{}
	for _, a := range aggs {
		names[a.To.Name] = true
	}
	isAgg := func(x frontend.Expr) (*frontend.NameExpr, bool) {
		ne, ok := x.(*frontend.NameExpr)
		return ne, ok && ne.Prefix == "" && names[ne.Name]
	}
	lastArg := func(args []*frontend.Arg) {
		if n := len(args); n > 0 && args[n-1].Name == "" {
			if ne, ok := isAgg(args[n-1].Value); ok {
				args[n-1].Rest = true
				c.aggregatedRefs[ne] = true
			}
		}
	}
	for _, n := range nodes {
		if n == nil {
			continue
		}
		frontend.Inspect(n, func(n frontend.Node) bool {
			switch n := n.(type) {
			case *frontend.ListExpr:
				for i, el := range n.Elems {
					if ne, ok := isAgg(el); ok {
						n.Elems[i] = frontend.SpreadOf(ne)
						c.aggregatedRefs[ne] = true
					}
				}
			case *frontend.CallExpr:
				lastArg(n.Args)
			case *frontend.MethodCallExpr:
				lastArg(n.Args)
			}
			return true
		})
	}
}

// aggregateCall checks f(x) where x is an aggregated variable and f names
// no function of the program: f is the lang library's, in the module of
// x's member type when it has one named f (sum(prices) is float:sum), else
// in lang.value (spec "Function call expression").
func (c *checker) aggregateCall(e *frontend.CallExpr, ne *frontend.NameExpr, agg *Symbol, want *Type) *Type {
	if sym := c.sc.lookup(ne.Name); sym != nil && sym.Kind == SymFunc {
		c.errorf(ne.Pos(), "user defined functions are not allowed when arguments contain aggregated variable")
		c.argsOnly(e.Args)
		return Invalid
	}
	mod := "value"
	switch b := Basic(agg.Type.Elem); b.Kind {
	case KInt, KFloat, KDecimal, KString, KBoolean:
		if libFunc(b.String(), ne.Name) != nil {
			mod = b.String()
		}
	}
	return c.libraryCall(e, mod, ne.Name, want)
}
