package check

import (
	"strings"

	"github.com/bal2go/bal2go/frontend"
)

// Resource methods of client classes and the client resource access action (spec
// "Resources", "Client resource access action").

// resourceMethod declares resource method rf of t (spec "Resources"): a method
// named by its accessor and path, whose path parameters come first.
func (c *checker) resourceMethod(t *Type, rf *frontend.ResourceFunc, cls *Class) {
	o := t.Obj
	if !o.Client && !o.Service {
		c.errorf(rf.Pos(), "resource methods are only allowed in 'service' or 'client' object types")
		return
	}
	var fn *Function
	if cls != nil {
		fn = &Function{Name: rf.Accessor, Decl: rf, Class: cls}
		if cls.Expr != nil {
			fn.Outer = c.fnOrNil()
		}
		c.prog.Funcs[rf] = fn
	}
	m := &Method{Accessor: rf.Accessor, Vis: VisPublic, Isolated: rf.Isolated, Pos: rf.Pos(), Func: fn}
	var pathTypes []*Type
	var names []string
	var b strings.Builder
	b.WriteString(rf.Accessor + " ")
	for i, seg := range rf.Path {
		if i > 0 {
			b.WriteString("/")
		}
		if seg.Type == nil {
			b.WriteString(seg.Name)
			m.Path = append(m.Path, ResourceSeg{Name: seg.Name})
			continue
		}
		pt, p, _ := c.pathParam(seg, fn)
		if p != nil {
			fn.PathParams = append(fn.PathParams, p)
		}
		m.Path = append(m.Path, ResourceSeg{Type: pt, Rest: seg.Rest})
		b.WriteString("[" + pt.String())
		if seg.Rest {
			b.WriteString("...")
			pt = ArrayOf(pt, -1)
		}
		b.WriteString("]")
		pathTypes = append(pathTypes, pt)
		names = append(names, seg.Param)
	}
	m.Name = b.String()
	sig := c.signature(&rf.Sig, fn)
	m.Type = FuncOf(append(pathTypes, sig.Params...), sig.RestP, sig.Ret)
	m.Type.PNames = append(names, sig.PNames...)
	if fn != nil {
		fn.Type = m.Type
	}
	for _, a := range rf.Annots {
		c.annotation(a, "resource method")
	}
	if o.MethodByName(m.Name, false) != nil {
		c.errorf(rf.Pos(), "redeclared symbol '%s'", m.Name)
		return
	}
	o.Methods = append(o.Methods, m)
}

// objectResourceCall types recv->/path.method(args) on a client object of type t:
// the resource method whose accessor is method (get when omitted) and whose path
// the call's path matches. The path's parameters are the call's first arguments.
func (c *checker) objectResourceCall(e *frontend.ResourceCallExpr, t *Type, want *Type) *Type {
	o := t.Obj
	if !o.Client {
		c.argsOnly(e.Args)
		c.errorf(e.Pos(), "client resource access action is only allowed on client objects")
		return Invalid
	}
	segTypes := make([]*Type, len(e.Path))
	for i, s := range e.Path {
		switch {
		case s.X == nil:
			segTypes[i] = SingletonOf(s.Name)
		default:
			if sp, ok := s.X.(*frontend.SpreadExpr); ok {
				c.expr(sp.X, nil)
				c.unsupported(sp.Pos(), "rest segments in a resource call path")
				c.argsOnly(e.Args)
				return Invalid
			}
			segTypes[i] = c.expr(s.X, nil)
			if segTypes[i].Kind == KInvalid {
				c.argsOnly(e.Args)
				return Invalid
			}
		}
	}
	accessor := e.Method
	if accessor == "" {
		accessor = "get"
	}
	var onPath *Method
	for _, m := range o.Methods {
		if m.Accessor == "" || !pathMatches(m.Path, segTypes) {
			continue
		}
		onPath = m
		if m.Accessor == accessor {
			return c.resourceArgs(e, t, m, want)
		}
	}
	c.argsOnly(e.Args)
	if onPath != nil {
		c.errorf(e.Pos(), "undefined resource method '%s' on target resource in object '%s'", accessor, t)
	} else {
		c.errorf(e.Pos(), "undefined resource path in object '%s'", t)
	}
	return Invalid
}

// pathMatches reports whether a call path whose segments have types segs reaches a
// resource method with path p.
func pathMatches(p []ResourceSeg, segs []*Type) bool {
	for i, ps := range p {
		if ps.Rest {
			for _, s := range segs[i:] {
				if !IsSubtype(s, ps.Type) {
					return false
				}
			}
			return true
		}
		if i >= len(segs) {
			return false
		}
		if ps.Type == nil {
			if segs[i].Kind != KSingleton || segs[i].Value != ps.Name {
				return false
			}
		} else if !IsSubtype(segs[i], ps.Type) {
			return false
		}
	}
	return len(segs) == len(p)
}

// resourceArgs matches the path and the arguments of a resource call to the
// parameters of resource method m.
func (c *checker) resourceArgs(e *frontend.ResourceCallExpr, t *Type, m *Method, want *Type) *Type {
	call := &Call{Kind: CallMethod, Recv: e.Client, Method: m, Sig: m.Type}
	c.prog.Calls[e] = call
	pathArgs := c.pathArgs(e, m)
	if m.Lib != nil {
		pre := make([]*frontend.Arg, len(pathArgs))
		for i, a := range pathArgs {
			pre[i] = &frontend.Arg{Value: a}
		}
		accessor := m.Accessor
		return c.libMethodCall(e.Pos(), accessor, call, m, e.Client, t, pre, e.Args, want)
	}
	fn := m.argsFunc(t)
	// the arguments in parentheses match the parameters after the path's
	rest := &Function{Name: fn.Name, Type: fn.Type, Params: fn.Params[len(pathArgs):], Defaults: fn.Defaults[len(pathArgs):], Rest: fn.Rest}
	if fn.Included != nil {
		rest.Included = fn.Included[min(len(pathArgs), len(fn.Included)):]
	}
	c.matchArgsFn(e.Pos(), m.Accessor, call, e.Args, rest)
	call.Args = append(pathArgs, call.Args...)
	return retOf(m.Type)
}

// pathArgs are the arguments the path of resource call e passes for the path
// parameters of resource method m: a segment's expression, a name matching a
// string parameter as a string, the segments a rest parameter takes as a list.
func (c *checker) pathArgs(e *frontend.ResourceCallExpr, m *Method) []frontend.Expr {
	var pathArgs []frontend.Expr
	for i, ps := range m.Path {
		if ps.Type == nil {
			continue
		}
		arg := func(s *frontend.ResourceCallSeg) frontend.Expr {
			if s.X != nil {
				return s.X
			}
			lit := &frontend.StringLit{Value: s.Name} // a name matching a string parameter
			lit.P = e.Pos()
			c.prog.Types[lit] = SingletonOf(s.Name)
			return lit
		}
		if ps.Rest {
			l := &frontend.ListExpr{}
			l.P = e.Pos()
			for _, s := range e.Path[i:] {
				l.Elems = append(l.Elems, arg(s))
			}
			c.prog.Types[l] = ArrayOf(ps.Type, -1)
			pathArgs = append(pathArgs, l)
			continue
		}
		pathArgs = append(pathArgs, arg(e.Path[i]))
	}
	return pathArgs
}

// resourceCall types recv->/path.method(args), the client resource access action.
func (c *checker) resourceCall(e *frontend.ResourceCallExpr, want *Type) *Type {
	ct := c.clientOperand(e.Client, e.Args, func(*Type) {
		c.errorf(e.Pos(), "client resource access action is only allowed on client objects")
	})
	if ct == nil {
		return Invalid
	}
	return c.objectResourceCall(e, ct, want)
}
