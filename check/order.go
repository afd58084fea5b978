package check

import (
	"strings"

	"github.com/bal2go/bal2go/frontend"
)

// Module variables are initialized in dependency order, not source order:
// a variable's initializer runs after those of the module variables it
// refers to, directly or through the bodies of the module functions it
// calls or refers to (as jBallerina's global variable reference analysis
// does). A cycle through a variable cannot be ordered and is an error.

// orderNode is a module variable, listener or function in the dependency
// graph.
type orderNode struct {
	decl  frontend.Decl
	sym   *Symbol
	isVar bool
	deps  []*orderNode
}

// orderModuleVars sets prog.InitOrder and reports cycles. It runs after
// every body is checked, since it reads the resolved names (prog.Uses).
// Each strongly connected component of the graph comes after what it
// depends on, so independent variables keep their source order.
func (c *checker) orderModuleVars() {
	nodes := map[*Symbol]*orderNode{}
	var all, vars []*orderNode
	for _, d := range c.prog.File.Decls {
		n := &orderNode{decl: d}
		switch d.(type) {
		case *frontend.ModuleVarDecl, *frontend.ListenerDecl:
			n.isVar = true
		case *frontend.FuncDecl:
		default:
			continue
		}
		n.sym = c.prog.Defs[d]
		if n.sym == nil || nodes[n.sym] != nil {
			continue // a redeclared name
		}
		nodes[n.sym] = n
		all = append(all, n)
		if n.isVar {
			vars = append(vars, n)
		}
	}
	for _, n := range all {
		for _, sym := range c.moduleRefs(n.decl) {
			if dep := nodes[sym]; dep != nil {
				n.deps = append(n.deps, dep)
			}
		}
	}
	var order []frontend.Decl
	for _, scc := range Components(vars, func(n *orderNode) []*orderNode { return n.deps }) {
		if len(scc) > 1 {
			c.initCycle(scc)
		}
		for _, m := range scc {
			if m.isVar {
				order = append(order, m.decl)
			}
		}
	}
	c.prog.InitOrder = order
}

// initCycle reports a cycle through at least one variable at the variable
// declared first, naming the members from there in discovery order:
// illegal cyclic reference '[a, f, b]'.
func (c *checker) initCycle(scc []*orderNode) {
	first := -1
	for i, m := range scc {
		if m.isVar && (first < 0 || m.decl.Pos().Off < scc[first].decl.Pos().Off) {
			first = i
		}
	}
	if first < 0 {
		return // mutually recursive functions are fine
	}
	var names []string
	for i := range scc {
		names = append(names, scc[(first+i)%len(scc)].sym.Name)
	}
	c.errorf(scc[first].decl.Pos(), "illegal cyclic reference '[%s]'", strings.Join(names, ", "))
}

// moduleRefs lists the module-level symbols a declaration's initializer or
// body refers to, in source order.
func (c *checker) moduleRefs(d frontend.Decl) []*Symbol {
	var roots []frontend.Node
	switch d := d.(type) {
	case *frontend.ModuleVarDecl:
		if d.Value != nil {
			roots = append(roots, d.Value)
		}
	case *frontend.ListenerDecl:
		roots = append(roots, d.Value)
	case *frontend.FuncDecl:
		for _, p := range d.Sig.Params {
			if p.Default != nil {
				roots = append(roots, p.Default)
			}
		}
		if d.Body != nil {
			roots = append(roots, d.Body)
		}
		if d.ExprBody != nil {
			roots = append(roots, d.ExprBody)
		}
	}
	var out []*Symbol
	seen := map[*Symbol]bool{}
	add := func(sym *Symbol) {
		if sym != nil && sym.Owner == nil && !seen[sym] && (sym.Kind == SymGlobal || sym.Kind == SymFunc) {
			seen[sym] = true
			out = append(out, sym)
		}
	}
	for _, r := range roots {
		frontend.Inspect(r, func(n frontend.Node) bool {
			switch n := n.(type) {
			case *frontend.NameExpr:
				add(c.prog.Uses[n])
			case *frontend.MappingExpr:
				for _, f := range n.Fields {
					add(c.prog.Shorthands[f])
				}
			}
			return true
		})
	}
	return out
}
