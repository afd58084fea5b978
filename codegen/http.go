package codegen

import (
	"fmt"
	"strings"

	"github.com/bal2go/bal2go/check"
	"github.com/bal2go/bal2go/frontend"
	"github.com/dave/jennifer/jen"
)

// HTTP clients, requests, responses, listeners and services, on rt/http.

// httpGoType is the Go type of an http object type.
func (g *gen) httpGoType(t *check.Type) jen.Code {
	return jen.Op("*").Add(httpq(t.Name))
}

// newObject generates `new http:Client(url)` and the like.
func (g *gen) newObject(e *frontend.NewExpr, t *check.Type) jen.Code {
	call := g.prog.Calls[e]
	if call == nil {
		return jen.Nil()
	}
	if call.Kind == check.CallNew {
		return g.newClassObject(e, call, t)
	}
	args := g.operands(len(call.Args), func(i int) (jen.Code, frontend.Expr) {
		a := call.Args[i]
		if a == nil {
			return jen.Nil(), nil
		}
		return g.exprTo(a, g.prog.TypeOfExpr(a)), a
	})
	for i := range args {
		if call.Args[i] == nil {
			args[i] = jen.Nil()
		}
	}
	for len(args) < 2 {
		args = append(args, jen.Nil())
	}
	switch call.Builtin {
	case "http:newClient":
		return httpq("NewClient").Call(g.exprToCode(call.Args[0], args[0], check.String), args[1])
	case "http:newListener":
		return httpq("NewListener").Call(g.exprToCode(call.Args[0], args[0], check.Int), args[1])
	case "http:newRequest":
		return httpq("NewRequest").Call()
	case "http:newResponse":
		return httpq("NewResponse").Call()
	}
	g.unsupported(e.Pos(), "this 'new' expression")
	return jen.Nil()
}

// exprToCode converts an already generated operand to target.
func (g *gen) exprToCode(e frontend.Expr, code jen.Code, target *check.Type) jen.Code {
	if e == nil {
		return code
	}
	return g.convert(code, g.prog.TypeOfExpr(e), target, e)
}

// httpCall generates a client call:
//
//	http.Bind[*Album](client.Execute(strand, "prog.bal:12", "GET", "/albums/"+http.PathSegment(id), nil, nil, nil), type3_)
func (g *gen) httpCall(e frontend.Expr, t *check.Type) jen.Code {
	hc := g.prog.HTTPCalls[e]
	if hc == nil || hc.Target == nil || hc.Target.Kind == check.KInvalid {
		g.unsupported(e.Pos(), "this client call")
		return jen.Nil()
	}
	client := g.pure(hc.Client)
	var path jen.Code
	if hc.Path != nil {
		path = g.exprTo(hc.Path, check.String)
	} else {
		path = g.resourcePath(hc.Segs)
	}
	message := jen.Code(jen.Nil())
	if hc.Message != nil {
		message = g.exprTo(hc.Message, check.Any)
	}
	headers := jen.Code(jen.Nil())
	if hc.Headers != nil {
		ht := g.prog.TypeOfExpr(hc.Headers)
		if ht.Kind == check.KNil || g.repr(ht) == "any" {
			headers = rtGeneric("AsMap", []jen.Code{jen.Any()}, g.exprTo(hc.Headers, check.Any))
		} else {
			headers = g.convert(g.expr(hc.Headers), ht, check.MapOf(check.Any), hc.Headers)
		}
	}
	query := jen.Code(jen.Nil())
	if len(hc.Query) > 0 {
		var ks, vs []jen.Code
		for _, a := range hc.Query {
			ks = append(ks, jen.Lit(a.Name))
			vs = append(vs, g.exprTo(a.Value, check.Any))
		}
		query = rtGeneric("NewMapFrom", []jen.Code{jen.Any()}, jen.Nil(), jen.Index().String().Values(ks...), jen.Index().Any().Values(vs...))
	}
	exec := jen.Add(client).Dot("Execute").Call(g.strand(), g.at(e.Pos()), jen.Lit(hc.Method), path, message, headers, query)
	bound := jen.Qual(HTTPPath, "Bind").Types(g.goType(hc.Target)).Call(exec, g.typeDesc(hc.Target))
	return g.convert(bound, check.Any, t, nil)
}

// resourcePath builds the path of a resource call: literal segments and
// escaped [expr] segments.
func (g *gen) resourcePath(segs []*frontend.ResourceCallSeg) jen.Code {
	if len(segs) == 0 {
		return jen.Lit("/")
	}
	var parts []jen.Code
	lit := ""
	for _, s := range segs {
		if s.X == nil {
			lit += "/" + s.Name
			continue
		}
		lit += "/"
		parts = append(parts, jen.Lit(lit))
		lit = ""
		parts = append(parts, httpq("PathSegment").Call(g.exprTo(s.X, check.Any)))
	}
	if lit != "" {
		parts = append(parts, jen.Lit(lit))
	}
	out := jen.Add(parts[0])
	for _, p := range parts[1:] {
		out = out.Op("+").Add(p)
	}
	return out
}

// httpMethodCall generates a method of http:Request or http:Response.
func (g *gen) httpMethodCall(id string, recv jen.Code, fixed []jen.Code) (jen.Code, bool) {
	i := strings.LastIndex(id, ".")
	if !strings.HasPrefix(id, "http:") || i < 0 {
		return nil, false
	}
	name := id[i+1:]
	goName := strings.ToUpper(name[:1]) + name[1:]
	return jen.Add(recv).Dot(goName).Call(fixed...), true
}

// listenerInit initializes a listener declaration: a listener that cannot
// be created stops the program at initialization.
func (g *gen) listenerInit(d *frontend.ListenerDecl) jen.Code {
	sym := g.prog.Defs[d]
	v := g.exprTo(d.Value, check.Any)
	return jen.Id(g.names[sym]).Op("=").Add(rtGeneric("Must", []jen.Code{g.httpGoType(sym.Type)}, v))
}

// services registers every service with its listeners:
//
//	svc1_ := http.NewService([]string{"api"})
//	svc1_.Resource("GET", []string{"albums", "*"}, func(strand *rt.Strand, ctx *http.Context) any { … })
//	l.Attach(svc1_)
func (g *gen) services() []jen.Code {
	var out []jen.Code
	for i, svc := range g.prog.Services {
		name := fmt.Sprintf("service%d_", i+1)
		var base []jen.Code
		for _, s := range svc.BasePath {
			base = append(base, jen.Lit(s))
		}
		baseCode := jen.Code(jen.Nil())
		if len(base) > 0 {
			baseCode = jen.Index().String().Values(base...)
		}
		out = append(out, g.collect(func() { g.lineDirective(svc.Decl.Pos()) })...)
		out = append(out, jen.Id(name).Op(":=").Add(httpq("NewService").Call(baseCode)))
		for j, r := range svc.Resources {
			out = append(out, g.resourceRegistration(name, i, j, r))
		}
		for _, l := range svc.Decl.Listeners {
			stmts := g.collect(func() {
				g.lineDirective(l.Pos())
				lt := g.prog.TypeOfExpr(l)
				lc := g.expr(l)
				if g.repr(lt) == "any" {
					lc = rtGeneric("Must", []jen.Code{jen.Op("*").Add(httpq("Listener"))}, lc)
				}
				g.emit(jen.Add(lc).Dot("Attach").Call(jen.Id(name)))
			})
			out = append(out, stmts...)
		}
	}
	return out
}

// resourceRegistration registers one resource function; its body is the
// Go function resourceN_M_ generated by resourceFuncs.
func (g *gen) resourceRegistration(svc string, i, j int, r *check.Resource) jen.Code {
	var path []jen.Code
	for _, s := range r.Path {
		path = append(path, jen.Lit(s))
	}
	pathCode := jen.Code(jen.Nil())
	if len(path) > 0 {
		pathCode = jen.Index().String().Values(path...)
	}
	var args []jen.Code
	// the binding of the parameters is reported at the resource function
	body := g.collect(func() { g.lineDirective(r.Decl.Pos()) })
	args = append(args, g.strand())
	pi := 0
	for k, sym := range r.PathParams {
		v := fmt.Sprintf("p%d_", k)
		var get jen.Code
		base := sym.Type
		switch {
		case base.Kind == check.KArray:
			switch check.Basic(base.Elem).Kind {
			case check.KInt:
				get = jen.Id("ctx").Dot("RestPathInt").Call()
			case check.KFloat:
				get = jen.Id("ctx").Dot("RestPathFloat").Call()
			case check.KBoolean:
				get = jen.Id("ctx").Dot("RestPathBool").Call()
			default:
				get = jen.Id("ctx").Dot("RestPath").Call()
			}
		case check.Basic(base).Kind == check.KInt:
			get = jen.Id("ctx").Dot("PathInt").Call(jen.Lit(pi))
		case check.Basic(base).Kind == check.KFloat:
			get = jen.Id("ctx").Dot("PathFloat").Call(jen.Lit(pi))
		case check.Basic(base).Kind == check.KBoolean:
			get = jen.Id("ctx").Dot("PathBool").Call(jen.Lit(pi))
		default:
			get = jen.Id("ctx").Dot("PathString").Call(jen.Lit(pi))
		}
		pi++
		body = append(body, jen.Id(v).Op(":=").Add(get))
		args = append(args, jen.Id(v))
	}
	for k, p := range r.Params {
		v := fmt.Sprintf("q%d_", k)
		var get jen.Code
		switch p.Kind {
		case check.ParamRequest:
			get = jen.Id("ctx").Dot("Request").Call()
		case check.ParamPayload:
			get = jen.Qual(HTTPPath, "Payload").Types(g.goType(p.Sym.Type)).Call(jen.Id("ctx"), g.typeDesc(p.Sym.Type))
		default:
			optional := check.IsNilable(p.Sym.Type)
			base := check.Basic(check.NonNilPart(p.Sym.Type))
			kind := "string"
			switch base.Kind {
			case check.KInt:
				kind = "int"
			case check.KFloat:
				kind = "float"
			case check.KBoolean:
				kind = "boolean"
			}
			def := jen.Code(jen.Nil())
			if p.Decl.Default != nil {
				def = g.exprTo(p.Decl.Default, check.Any)
				optional = true
			}
			get = g.convert(jen.Id("ctx").Dot("Query").Call(jen.Lit(p.Sym.Name), jen.Lit(kind), jen.Lit(optional), def), check.Any, p.Sym.Type, nil)
		}
		body = append(body, jen.Id(v).Op(":=").Add(get))
		args = append(args, jen.Id(v))
	}
	body = append(body, jen.If(jen.Id("ctx").Dot("Failed").Call()).Block(jen.Return(jen.Nil())))
	call := jen.Id(resourceFuncName(i, j)).Call(args...)
	if hasResult(r.Fn.Type.Ret) {
		body = append(body, jen.Return(g.convert(call, r.Fn.Type.Ret, check.Any, nil)))
	} else {
		body = append(body, call, jen.Return(jen.Nil()))
	}
	handler := jen.Func().Params(jen.Id(strandParam).Op("*").Add(rtq("Strand")), jen.Id("ctx").Op("*").Add(httpq("Context"))).Any().Block(body...)
	return jen.Id(svc).Dot("Resource").Call(jen.Lit(r.Method), pathCode, handler)
}

func resourceFuncName(i, j int) string { return fmt.Sprintf("resource%d_%d_", i+1, j+1) }

// resourceFuncs emits each resource function's body as a Go function
// taking the strand, the path parameters and the declared parameters.
func (g *gen) resourceFuncs() []jen.Code {
	var out []jen.Code
	for i, svc := range g.prog.Services {
		for j, r := range svc.Resources {
			body, named := g.body(r.Fn, r.Decl.Body, nil)
			out = append(out, jen.Comment(fmt.Sprintf("%s is resource function %s %s.", resourceFuncName(i, j), r.Decl.Accessor, resourcePathText(r))).Line().
				Func().Id(resourceFuncName(i, j)).Params(g.params(r.Fn)...).Add(g.results(r.Fn.Type.Ret, named)).Block(body...))
		}
	}
	return out
}

func resourcePathText(r *check.Resource) string {
	var parts []string
	for _, s := range r.Decl.Path {
		switch {
		case s.Type == nil:
			parts = append(parts, s.Name)
		case s.Rest:
			parts = append(parts, "[..."+s.Param+"]")
		default:
			parts = append(parts, "["+s.Param+"]")
		}
	}
	return strings.Join(parts, "/")
}
