package codegen

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/bal2go/bal2go/check"
	"github.com/bal2go/bal2go/frontend"
	"github.com/dave/jennifer/jen"
)

// HTTP clients, requests, responses, listeners and services, on rt/http.

// httpGoType is the Go type of a class of the http module: *http.Client, ...
func (g *gen) httpGoType(t *check.Type) jen.Code {
	return jen.Op("*").Add(httpq(t.Name))
}

// newObject generates new C(args): a class of the program's (newClassObject), or
// one of a library module's, whose external init the library table binds.
func (g *gen) newObject(e *frontend.NewExpr, t *check.Type) jen.Code {
	call := g.prog.Calls[e]
	switch {
	case call == nil:
		return jen.Nil()
	case call.Kind == check.CallNew:
		return g.newClassObject(e, call, t)
	case call.Kind == check.CallNewStream:
		return g.convert(g.newStream(call), call.Sig.Ret, t, e)
	case call.Func != nil:
		code := g.libCall(e.Pos(), call)
		if call.Class.NewType() == call.Class.Type {
			return code // http.NewRequest()
		}
		return g.convert(code, check.Any, t, nil) // the object or the error init returned
	}
	g.unsupported(e.Pos(), "this 'new' expression")
	return jen.Nil()
}

// The bindings of http's classes (check/lib/http.bal) in the library table.
var httpBindings = map[string]libBinding{
	"http:Client.init":   {shape: custom, emit: emitNew("NewClient", true)},
	"http:Listener.init": {shape: custom, emit: emitNew("NewListener", true)},
	"http:Request.init":  {shape: custom, emit: emitNew("NewRequest", false)},
	"http:Response.init": {shape: custom, emit: emitNew("NewResponse", false)},

	"http:Listener.attach":        {shape: custom, emit: emitAttach},
	"http:Listener.detach":        {shape: method, sym: "DetachService"},
	"http:Listener.start":         {shape: method, sym: "StartListening"},
	"http:Listener.gracefulStop":  {shape: method, sym: "GracefulStop"},
	"http:Listener.immediateStop": {shape: method, sym: "ImmediateStop"},

	"http:Request.setPayload":      {shape: method, sym: "SetPayload"},
	"http:Request.setTextPayload":  {shape: method, sym: "SetTextPayload"},
	"http:Request.setJsonPayload":  {shape: method, sym: "SetJsonPayload"},
	"http:Request.setHeader":       {shape: method, sym: "SetHeader"},
	"http:Request.getHeader":       {shape: method, sym: "GetHeader"},
	"http:Request.getTextPayload":  {shape: method, sym: "GetTextPayload"},
	"http:Request.getJsonPayload":  {shape: method, sym: "GetJsonPayload"},
	"http:Response.setPayload":     {shape: method, sym: "SetPayload"},
	"http:Response.setTextPayload": {shape: method, sym: "SetTextPayload"},
	"http:Response.setJsonPayload": {shape: method, sym: "SetJsonPayload"},
	"http:Response.setHeader":      {shape: method, sym: "SetHeader"},
	"http:Response.getHeader":      {shape: method, sym: "GetHeader"},
	"http:Response.getTextPayload": {shape: method, sym: "GetTextPayload"},
	"http:Response.getJsonPayload": {shape: method, sym: "GetJsonPayload"},

	"http:Client->get":     {shape: custom, strand: true, emit: emitClientCall("GET")},
	"http:Client->post":    {shape: custom, strand: true, emit: emitClientCall("POST")},
	"http:Client->put":     {shape: custom, strand: true, emit: emitClientCall("PUT")},
	"http:Client->patch":   {shape: custom, strand: true, emit: emitClientCall("PATCH")},
	"http:Client->delete":  {shape: custom, strand: true, emit: emitClientCall("DELETE")},
	"http:Client->head":    {shape: custom, strand: true, emit: emitClientCall("HEAD")},
	"http:Client->options": {shape: custom, strand: true, emit: emitClientCall("OPTIONS")},

	"http:Client/**.get":     {shape: custom, strand: true, path: true, emit: emitClientCall("GET")},
	"http:Client/**.post":    {shape: custom, strand: true, path: true, emit: emitClientCall("POST")},
	"http:Client/**.put":     {shape: custom, strand: true, path: true, emit: emitClientCall("PUT")},
	"http:Client/**.patch":   {shape: custom, strand: true, path: true, emit: emitClientCall("PATCH")},
	"http:Client/**.delete":  {shape: custom, strand: true, path: true, emit: emitClientCall("DELETE")},
	"http:Client/**.head":    {shape: custom, strand: true, path: true, emit: emitClientCall("HEAD")},
	"http:Client/**.options": {shape: custom, strand: true, path: true, emit: emitClientCall("OPTIONS")},
}

// emitNew emits new C(args) of an http class: http.NewClient(url, config) and the
// like, whose result is the object or an error; config, the included record, is
// passed when the constructor takes one.
func emitNew(sym string, config bool) func(g *gen, a *libArgs) jen.Code {
	return func(g *gen, a *libArgs) jen.Code {
		if !config {
			return httpq(sym).Call()
		}
		return httpq(sym).Call(a.arg(0), a.argOrNil(1))
	}
}

// emitAttach emits l.attach(svc, name): http.Listener.AttachService(svc, name), name
// nil when left out.
func emitAttach(g *gen, a *libArgs) jen.Code {
	return jen.Add(a.arg(0)).Dot("AttachService").Call(a.arg(1), a.argOrNil(2))
}

// emitClientCall emits a remote or resource method of http:Client, which sends a
// request of the given method and binds the response's payload to the call's target
// type (its typedesc argument, explicit or inferred; http:Response for head):
//
//	http.Bind[*Album](client.Execute(strand, "prog.bal:12", "GET", "/albums/"+http.PathSegment(id), nil, nil, nil, nil), typeAlbum_)
func emitClientCall(method string) func(g *gen, a *libArgs) jen.Code {
	return func(g *gen, a *libArgs) jen.Code {
		params := a.call.Func.Params
		arg := func(name string) jen.Code {
			for i, p := range params {
				if p.Name == name {
					return a.argOrNil(i)
				}
			}
			return jen.Nil()
		}
		var target *check.Type
		for i, p := range params {
			if p.Type.Kind == check.KTypedesc {
				target = a.call.Sig.Params[i].Elem
			}
		}
		if target == nil {
			target = check.NonErrorPart(a.call.Sig.Ret)
		}
		exec := jen.Add(a.arg(0)).Dot("Execute").Call(g.strand(), g.at(a.call.Recv.Pos()), jen.Lit(method),
			a.arg(1), arg("message"), arg("headers"), arg("params"), arg("mediaType"))
		bound := httpq("Bind").Types(g.goType(target)).Call(exec, g.typeDesc(target))
		return g.convert(bound, check.Any, a.call.Sig.Ret, nil)
	}
}

// resourcePath builds the path of a resource call from the list the checker made of
// its segments: literal segments as they are, [expr] segments escaped.
//
//	"/albums/" + http.PathSegment(id)
func (g *gen) resourcePath(l *frontend.ListExpr) jen.Code {
	if len(l.Elems) == 0 {
		return jen.Lit("/")
	}
	var parts []jen.Code
	lit := ""
	for _, x := range l.Elems {
		if s, ok := x.(*frontend.StringLit); ok && s.Pos() == l.Pos() { // a name segment
			lit += "/" + url.PathEscape(s.Value)
			continue
		}
		lit += "/"
		parts = append(parts, jen.Lit(lit))
		lit = ""
		parts = append(parts, httpq("PathSegment").Call(g.exprTo(x, check.Any)))
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
//	svc1_.ConcurrentResource("GET", []string{"hello"}, func(strand *rt.Strand, ctx *http.Context) any { … })
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
			out = append(out, g.resourceRegistration(name, r, jen.Id(resourceFuncName(i, j)), []jen.Code{g.strand()}))
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

// resourceRegistration registers one resource function r with service svc: a handler
// that binds the request to its parameters and calls callee, passing implicit first.
// A service declaration's resource function is the Go function resourceN_M_ generated
// by resourceFuncs; a service class's is a method.
// Go function resourceN_M_ generated by resourceFuncs.
func (g *gen) resourceRegistration(svc string, r *check.Resource, callee jen.Code, implicit []jen.Code) jen.Code {
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
	args = append(args, implicit...)
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
	call := jen.Add(callee).Call(args...)
	if hasResult(r.Fn.Type.Ret) {
		body = append(body, jen.Return(g.convert(call, r.Fn.Type.Ret, check.Any, nil)))
	} else {
		body = append(body, call, jen.Return(jen.Nil()))
	}
	handler := jen.Func().Params(jen.Id(strandParam).Op("*").Add(rtq("Strand")), jen.Id("ctx").Op("*").Add(httpq("Context"))).Any().Block(body...)
	register := "Resource"
	if r.Concurrent { // an isolated resource of an isolated service: requests run in parallel
		register = "ConcurrentResource"
	}
	return jen.Id(svc).Dot(register).Call(jen.Lit(r.Method), pathCode, handler)
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

// httpServiceMethod emits the method by which an http:Listener attaches an object of
// cls, a service class of type http:Service (Listener.AttachService):
//
//	// HTTPService implements http.Servable: the service an object of Greeter is.
//	func (self *Greeter) HTTPService(base []string) *http.Service {
//		svc := http.NewService(base)
//		svc.Resource("GET", []string{"greeting"}, func(strand *rt.Strand, ctx *http.Context) any { … })
//		return svc
//	}
func (g *gen) httpServiceMethod(cls *check.Class) jen.Code {
	saved := g.fn
	defer func() { g.fn = saved }()
	g.fn = &fnState{ret: check.Any, strand: true}
	body := []jen.Code{jen.Id("svc").Op(":=").Add(httpq("NewService").Call(jen.Id("base")))}
	for _, r := range cls.Resources {
		callee := jen.Id("self").Dot(g.methodName(r.Fn))
		body = append(body, g.resourceRegistration("svc", r, callee, g.implicitArgs(r.Fn)))
	}
	body = append(body, jen.Return(jen.Id("svc")))
	return jen.Commentf("HTTPService implements http.Servable: the service an object of %s is.", g.className(cls)).Line().
		Func().Params(jen.Id("self").Op("*").Id(g.className(cls))).Id("HTTPService").
		Params(jen.Id("base").Index().String()).Op("*").Add(httpq("Service")).Block(body...)
}
