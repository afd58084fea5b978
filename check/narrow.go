package check

import "github.com/bal2go/bal2go/frontend"

// Type narrowing: inside `if x is T { … }` the local x has type T, in the
// else branch the rest; an assignment to x ends its narrowing.

type narrowing map[*Symbol]*Type

// currentType is the type of sym at this point of the function.
func (c *checker) currentType(sym *Symbol) *Type {
	for s := c.sc; s != nil; s = s.parent {
		if t, ok := s.narrow[sym]; ok {
			return t
		}
	}
	return sym.Type
}

func (c *checker) withNarrowing(n narrowing, f func()) {
	c.pushScope()
	c.applyNarrowing(n)
	f()
	c.popScope()
}

func (c *checker) applyNarrowing(n narrowing) {
	if len(n) == 0 {
		return
	}
	if c.sc.narrow == nil {
		c.sc.narrow = map[*Symbol]*Type{}
	}
	for sym, t := range n {
		c.sc.narrow[sym] = t
	}
}

// resetNarrowing forgets every narrowing of sym (after an assignment).
func (c *checker) resetNarrowing(sym *Symbol) {
	for s := c.sc; s != nil; s = s.parent {
		delete(s.narrow, sym)
	}
}

// dropNarrowingFor resets the narrowing of variables a loop body assigns, so
// that the first iteration does not see a type the next iteration breaks.
func (c *checker) dropNarrowingFor(body *frontend.Block) {
	for _, name := range assignedNames(body) {
		if sym := c.sc.lookup(name); sym != nil {
			c.resetNarrowing(sym)
		}
	}
}

func assignedNames(n frontend.Node) []string {
	var names []string
	frontend.Inspect(n, func(n frontend.Node) bool {
		switch n := n.(type) {
		case *frontend.FuncExpr, *frontend.ArrowExpr, *frontend.FuncDecl, *frontend.ResourceFunc:
			return false // a closure's (or a method's) assignments happen when it is called
		case *frontend.AssignStmt:
			if ne, ok := frontend.Unparen(n.Lhs).(*frontend.NameExpr); ok {
				names = append(names, ne.Name)
			}
		case *frontend.DestructureStmt:
			for _, v := range frontend.Captures(n.Pattern) {
				names = append(names, frontend.VarName(v))
			}
		}
		return true
	})
	return names
}

// narrowings computes what a condition tells about local variables when it
// is true and when it is false. It must be called after the condition was
// checked (it reads recorded uses and types).
func (c *checker) narrowings(cond frontend.Expr) (then, els narrowing) {
	switch e := frontend.Unparen(cond).(type) {
	case *frontend.TypeTestExpr:
		ne, ok := frontend.Unparen(e.X).(*frontend.NameExpr)
		if !ok {
			return nil, nil
		}
		sym := c.prog.Uses[ne]
		if sym == nil || sym.Kind != SymVar {
			return nil, nil
		}
		cur := c.currentType(sym)
		t := c.prog.TypeOf[e.Type]
		if t == nil || cur.Kind == KInvalid || t.Kind == KInvalid {
			return nil, nil
		}
		yes, no := narrowing{sym: Intersect(cur, t)}, narrowing{sym: Diff(cur, t)}
		if e.Not {
			return no, yes
		}
		return yes, no
	case *frontend.UnaryExpr:
		if e.Op == frontend.OpNot {
			t, f := c.narrowings(e.X)
			return f, t
		}
	case *frontend.BinaryExpr:
		switch e.Op {
		case frontend.OpAndAnd:
			t1, _ := c.narrowings(e.X)
			c.withNarrowing(t1, func() {
				t2, _ := c.narrowings(e.Y)
				then = merge(t1, t2)
			})
			return then, nil
		case frontend.OpOrOr:
			_, f1 := c.narrowings(e.X)
			c.withNarrowing(f1, func() {
				_, f2 := c.narrowings(e.Y)
				els = merge(f1, f2)
			})
			return nil, els
		case frontend.OpEq, frontend.OpNe:
			// x == () narrows x to () and x != () removes ().
			ne, ok := frontend.Unparen(e.X).(*frontend.NameExpr)
			other := e.Y
			if !ok {
				ne, ok = frontend.Unparen(e.Y).(*frontend.NameExpr)
				other = e.X
			}
			if !ok {
				return nil, nil
			}
			if _, isNil := frontend.Unparen(other).(*frontend.NilLit); !isNil {
				return nil, nil
			}
			sym := c.prog.Uses[ne]
			if sym == nil || sym.Kind != SymVar {
				return nil, nil
			}
			cur := c.currentType(sym)
			yes, no := narrowing{sym: Intersect(cur, Nil)}, narrowing{sym: Diff(cur, Nil)}
			if e.Op == frontend.OpNe {
				return no, yes
			}
			return yes, no
		}
	}
	return nil, nil
}

func merge(a, b narrowing) narrowing {
	if len(a) == 0 {
		return b
	}
	out := narrowing{}
	for k, v := range a {
		out[k] = v
	}
	for k, v := range b {
		out[k] = v
	}
	return out
}
