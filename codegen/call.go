package codegen

import (
	"github.com/bal2go/bal2go/check"
	"github.com/bal2go/bal2go/frontend"
	"github.com/dave/jennifer/jen"
)

// call generates f(args): a module function, a function value or a library function.
func (g *gen) call(e *frontend.CallExpr, t *check.Type) jen.Code {
	call := g.prog.Calls[e]
	if call == nil {
		g.unsupported(e.Pos(), "this call")
		return jen.Nil()
	}
	switch call.Kind {
	case check.CallFunc:
		sym := g.prog.Uses[frontend.Unparen(e.Fun).(*frontend.NameExpr)]
		args := g.userArgs(call, g.names[sym], call.Func)
		return jen.Id(g.names[sym]).Call(append(g.implicitArgs(call.Func), args...)...)
	case check.CallValue:
		var f jen.Code
		var args []jen.Code
		all := g.operands(1+len(call.Args)+len(call.RestArg), func(i int) (jen.Code, frontend.Expr) {
			if i == 0 {
				return g.expr(e.Fun), e.Fun
			}
			i--
			if i < len(call.Args) {
				return g.exprTo(call.Args[i], call.Sig.Params[i]), call.Args[i]
			}
			r := call.RestArg[i-len(call.Args)]
			return g.exprTo(r, call.Sig.RestP), r
		})
		if g.hoistAll {
			types := []*check.Type{nil}
			types = append(types, call.Sig.Params...)
			for range call.RestArg {
				types = append(types, call.Sig.RestP)
			}
			all = g.hoistCodes(all, types)
		}
		f, args = all[0], all[1:1+len(call.Args)]
		if call.Sig.RestP != nil {
			args = append(args, g.restList(call, call.Sig.RestP, all[1+len(call.Args):]))
		}
		return jen.Add(f).Call(append([]jen.Code{g.strand()}, args...)...)
	case check.CallBuiltin:
		return g.builtin(e.Pos(), call, t, nil)
	}
	g.unsupported(e.Pos(), "this call")
	return jen.Nil()
}

// implicitArgs are the arguments a call of the module function fn passes
// before the Ballerina ones: the strand or the call depth, when fn takes it.
func (g *gen) implicitArgs(fn *check.Function) []jen.Code {
	if g.takesDepth(fn) {
		return []jen.Code{g.depthArg()}
	}
	return g.strandArgs(fn)
}

// strandArgs is the strand argument of a call of fn's Go function or of its
// defaults' when they take it.
func (g *gen) strandArgs(fn *check.Function) []jen.Code {
	if g.takesStrand(fn) {
		return []jen.Code{g.strand()}
	}
	return nil
}

// hoistCodes moves every operand into a temporary (start evaluates its
// call's arguments before the new strand runs).
// types[i] is the Ballerina type codes[i] was converted to.
func (g *gen) hoistCodes(codes []jen.Code, types []*check.Type) []jen.Code {
	out := make([]jen.Code, len(codes))
	for i, c := range codes {
		if c == nil {
			continue
		}
		if g.untyped[c] && i < len(types) && types[i] != nil {
			c = jen.Id(g.repr(types[i])).Call(c) // arg := 5 would be a Go int
		}
		t := g.newTemp("arg")
		g.emit(jen.Id(t).Op(":=").Add(c))
		out[i] = jen.Id(t)
	}
	return out
}

// given is the arguments of a call up to the last one given: the optional
// parameters left out are the variadic tail of the rt function, which
// supplies their defaults.
func given(fixed []jen.Code) []jen.Code {
	n := len(fixed)
	for n > 0 && fixed[n-1] == nil {
		n--
	}
	return fixed[:n]
}

// goCall generates the Go call of a call expression as it is: a Go call
// without a result when it does not have one (see callHasValue). Any other
// expression (a client call) is generated as usual.
func (g *gen) goCall(e frontend.Expr) jen.Code {
	t := g.prog.TypeOfExpr(e)
	switch e := e.(type) {
	case *frontend.CallExpr:
		return g.call(e, t)
	case *frontend.MethodCallExpr:
		return g.methodCall(e, t)
	case *frontend.RemoteCallExpr, *frontend.ResourceCallExpr:
		call := g.prog.Calls[e]
		switch {
		case call != nil && call.Kind == check.CallBuiltin:
			return g.builtin(e.Pos(), call, t, nil) // a library class's method
		case call != nil:
			return g.objectMethodCall(clientOf(e), call, t)
		}
	}
	return g.expr(e)
}

// callHasValue reports whether the Go call generated for e returns a value.
func (g *gen) callHasValue(e frontend.Expr) bool {
	call := g.prog.Calls[e]
	if call == nil {
		return true
	}
	switch call.Kind {
	case check.CallFunc, check.CallValue, check.CallMethod:
		return hasResult(call.Sig.Ret)
	case check.CallBuiltin:
		return hasResult(g.prog.TypeOfExpr(e))
	}
	return true
}

// userArgs generates the arguments of a call to a Ballerina function:
// given ones converted to the parameter types, defaults through their
// helper functions, rest arguments as one list.
func (g *gen) userArgs(call *check.Call, fname string, fn *check.Function) []jen.Code {
	n := len(call.Args) + len(call.RestArg)
	if call.Spread != nil {
		n++
	}
	codes := g.operands(n, func(i int) (jen.Code, frontend.Expr) {
		if i < len(call.Args) {
			a := call.Args[i]
			if a == nil {
				return nil, nil
			}
			return g.exprTo(a, fn.Params[i].Type), a
		}
		i -= len(call.Args)
		if i < len(call.RestArg) {
			r := call.RestArg[i]
			return g.exprTo(r, fn.Rest.Type.Elem), r
		}
		return g.exprTo(call.Spread, fn.Rest.Type), call.Spread
	})
	if g.hoistAll {
		var types []*check.Type
		for _, p := range fn.Params {
			types = append(types, p.Type)
		}
		for range call.RestArg {
			types = append(types, fn.Rest.Type.Elem)
		}
		codes = g.hoistCodes(codes, types)
	}
	// Defaults: computed from the earlier arguments, which must then be
	// evaluated once; hoist impure ones.
	args := make([]jen.Code, len(fn.Params))
	hasDefault := false
	for i := range fn.Params {
		if call.Args[i] == nil {
			hasDefault = true
		}
	}
	for i := range fn.Params {
		if call.Args[i] != nil {
			if hasDefault && !isPureExpr(call.Args[i]) {
				t := g.newTemp("arg")
				g.emit(jen.Id(t).Op(":=").Add(codes[i]))
				codes[i] = jen.Id(t)
			}
			args[i] = codes[i]
			continue
		}
		dargs := append(g.strandArgs(fn), args[:i]...)
		args[i] = jen.Id(defaultFuncName(fname, fn.Params[i].Name)).Call(dargs...)
	}
	if fn.Rest != nil {
		rest := codes[len(call.Args):]
		if call.Spread != nil {
			// a fresh list: the callee must not alias the caller's
			args = append(args, jen.Add(rest[len(rest)-1]).Dot("Clone").Call())
		} else {
			args = append(args, rtGeneric("NewList", []jen.Code{g.goType(fn.Rest.Type.Elem)}, append([]jen.Code{g.listInherent(fn.Rest.Type)}, rest...)...))
		}
	}
	return args
}

func (g *gen) restList(call *check.Call, elem *check.Type, rest []jen.Code) jen.Code {
	if call.Spread != nil {
		return jen.Add(g.exprTo(call.Spread, check.ArrayOf(elem, -1))).Dot("Clone").Call()
	}
	lt := check.ArrayOf(elem, -1)
	return rtGeneric("NewList", []jen.Code{g.goType(elem)}, append([]jen.Code{g.listInherent(lt)}, rest...)...)
}

func (g *gen) methodCall(e *frontend.MethodCallExpr, t *check.Type) jen.Code {
	call := g.prog.Calls[e]
	if call == nil {
		g.unsupported(e.Pos(), "this method call")
		return jen.Nil()
	}
	if call.Kind == check.CallMethod {
		return g.objectMethodCall(e.Recv, call, t)
	}
	return g.builtin(e.NameP, call, t, nil)
}

// builtin generates a call of a library function (libCall).
func (g *gen) builtin(pos frontend.Pos, call *check.Call, t *check.Type, _ any) jen.Code {
	if call.Func != nil {
		return g.libCall(pos, call)
	}
	g.unsupported(pos, "the library function '%s'", call.Builtin)
	return jen.Nil()
}

// clientOf is the object of a remote call or of a resource access action.
func clientOf(e frontend.Expr) frontend.Expr {
	switch e := e.(type) {
	case *frontend.RemoteCallExpr:
		return e.Client
	case *frontend.ResourceCallExpr:
		return e.Client
	}
	return nil
}
