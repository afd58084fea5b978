package frontend

import "strings"

// query dumps a query expression or one of its clauses.
func (d *dumper) query(label string, n Node) {
	binding := func(t TypeExpr, p Pattern) {
		d.node("", t)
		d.node("", p)
	}
	switch n := n.(type) {
	case *QueryExpr:
		construct := n.Construct
		if n.Key != nil {
			construct += " key(" + strings.Join(n.Key.Names, ", ") + ")"
		}
		d.line(label, n.Pos(), "QueryExpr", construct)
		d.children(func() {
			for _, c := range n.Clauses {
				d.node("", c)
			}
			d.node("select", n.Select)
			d.node("collect", n.Collect)
			d.node("do", n.Do)
			d.node("conflict", n.OnConflict)
		})
	case *FromClause:
		d.line(label, n.Pos(), "FromClause", n.Name, flag(n.Type == nil, "var"))
		d.children(func() {
			binding(n.Type, n.Pattern)
			d.node("in", n.Iter)
		})
	case *JoinClause:
		d.line(label, n.Pos(), "JoinClause", n.Name, flag(n.Type == nil, "var"), flag(n.Outer, "outer"))
		d.children(func() {
			binding(n.Type, n.Pattern)
			d.node("in", n.Iter)
			d.node("on", n.On)
			d.node("equals", n.Equals)
		})
	case *WhereClause:
		d.line(label, n.Pos(), "WhereClause")
		d.children(func() { d.node("", n.Cond) })
	case *LetClause:
		d.line(label, n.Pos(), "LetClause")
		d.children(func() {
			for _, s := range n.Decls {
				d.node("", s)
			}
		})
	case *OrderByClause:
		d.line(label, n.Pos(), "OrderByClause")
		d.children(func() {
			for _, k := range n.Keys {
				d.node(map[bool]string{false: "ascending", true: "descending"}[k.Descending], k.X)
			}
		})
	case *LimitClause:
		d.line(label, n.Pos(), "LimitClause")
		d.children(func() { d.node("", n.N) })
	case *GroupByClause:
		d.line(label, n.Pos(), "GroupByClause")
		d.children(func() {
			for _, k := range n.Keys {
				d.line("", k.P, "GroupKey", k.Name, flag(k.X != nil && k.Type == nil, "var"))
				d.children(func() {
					d.node("", k.Type)
					d.node("", k.X)
				})
			}
		})
	}
}
