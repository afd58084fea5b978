package check

import (
	"strings"

	"github.com/bal2go/bal2go/frontend"
)

// HTTP: http:Client objects with remote and resource calls whose payload is
// bound to the contextual type, http:Request/Response, listeners and
// services with resource functions.

// HTTPObject returns the type of the library class http:NAME.
func HTTPObject(name string) *Type { return &Type{Kind: KObject, Module: "http", Name: name} }

func isHTTP(t *Type, name string) bool {
	return t != nil && t.Kind == KObject && t.Module == "http" && t.Name == name
}

// ParamKind says where a resource function parameter comes from.
type ParamKind int

// The kinds of resource parameters.
const (
	ParamQuery   ParamKind = iota // ?name=value
	ParamPayload                  // the request body bound to the parameter type
	ParamRequest                  // the http:Request
)

// ResourceParam is one parameter of a resource function.
type ResourceParam struct {
	Kind ParamKind
	Sym  *Symbol
	Decl *frontend.Param
}

// Resource is a checked resource function.
type Resource struct {
	Decl       *frontend.ResourceFunc
	Fn         *Function
	Method     string   // "GET", "POST", …, "DEFAULT"
	Path       []string // literal segments, "*" for a parameter, "**" for a rest parameter
	PathParams []*Symbol
	Params     []*ResourceParam
}

// Service is a checked service declaration.
type Service struct {
	Decl      *frontend.ServiceDecl
	BasePath  []string
	Resources []*Resource
}

// HTTPCall is a checked client call: c->get(…) or c->/a/[x].post(…).
type HTTPCall struct {
	Method  string // "GET", …
	Client  frontend.Expr
	Path    frontend.Expr               // remote calls: the path argument
	Segs    []*frontend.ResourceCallSeg // resource calls: the path
	Message frontend.Expr               // body, nil when none
	Headers frontend.Expr               // nil when none
	Query   []*frontend.Arg             // resource calls: named arguments
	Target  *Type                       // the binding target (the contextual type without error)
}

func (c *checker) newExpr(e *frontend.NewExpr, want *Type) *Type {
	var class *Type
	if e.Type != nil {
		class = c.resolveType(e.Type)
	} else if want != nil {
		for _, m := range MembersOf(want) {
			if m.Kind == KObject && (m.Obj == nil || m.IsClass()) {
				class = m
				break
			}
		}
	}
	if class == nil || class.Kind == KInvalid {
		c.argsOnly(e.Args)
		if class == nil && (want == nil || want.Kind != KInvalid) { // an invalid context was reported
			c.errorf(e.Pos(), "cannot infer the type of the object to create")
		}
		return Invalid
	}
	if class.Kind == KObject && class.Obj != nil {
		return c.newObject(e, class)
	}
	if class.Kind != KObject || class.Module != "http" {
		c.argsOnly(e.Args)
		c.errorf(e.Pos(), "cannot create a value of type '%s' with 'new'", class)
		return Invalid
	}
	call := &Call{Kind: CallBuiltin, Builtin: "http:new" + class.Name}
	c.prog.Calls[e] = call
	switch class.Name {
	case "Client":
		c.builtin(e.Pos(), call, "http:Client", e.Args, builtinSig{params: []*Type{String, MapOf(Anydata)}, opt: 1})
		return Union(class, Error)
	case "Listener":
		c.builtin(e.Pos(), call, "http:Listener", e.Args, builtinSig{params: []*Type{Int, MapOf(Anydata)}, opt: 1})
		return Union(class, Error)
	case "Request", "Response":
		c.builtin(e.Pos(), call, "http:"+class.Name, e.Args, builtinSig{})
		return class
	}
	c.argsOnly(e.Args)
	c.unsupported(e.Pos(), "creating an http:"+class.Name)
	return Invalid
}

// httpTarget is the payload type a client call binds to: the contextual
// type without its error part.
func (c *checker) httpTarget(pos frontend.Pos, want *Type, method string) *Type {
	if method == "HEAD" {
		return HTTPObject("Response")
	}
	if want == nil {
		c.errorf(pos, "cannot infer the target type of the client call: give the variable a type (string, json, a record, http:Response …)")
		return Invalid
	}
	t := NonErrorPart(want)
	if t.Kind == KNever {
		c.errorf(pos, "incompatible types: expected a payload type, found '%s'", want)
		return Invalid
	}
	if !IsSubtype(t, Union(Anydata, HTTPObject("Response"))) {
		c.errorf(pos, "incompatible types: '%s' is not a valid target type for a client call", t)
		return Invalid
	}
	return t
}

var clientMethods = map[string]string{
	"get": "GET", "post": "POST", "put": "PUT", "delete": "DELETE", "patch": "PATCH",
	"head": "HEAD", "options": "OPTIONS",
}

// hasBody reports whether a method's second argument (or a resource call's
// first) is the message.
func hasBody(method string) bool {
	return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE"
}

func (c *checker) remoteCall(e *frontend.RemoteCallExpr, want *Type) *Type {
	ct := c.expr(e.Client, nil)
	if ct.Kind == KInvalid {
		c.argsOnly(e.Args)
		return Invalid
	}
	if ct.Kind == KObject && ct.Obj != nil {
		return c.objectRemoteCall(e, ct)
	}
	if f := libraryFeature(ct.Module, ct.Name+"."+e.Method, "method"); ct.Kind == KObject && f != "" && (!isHTTP(ct, "Client") || clientMethods[e.Method] == "") {
		c.unsupported(e.Pos(), f) // caller->respond(…), c->execute(…)
		c.argsLenient(e.Args)
		return Invalid
	}
	if !isHTTP(ct, "Client") {
		c.errorf(e.Pos(), "invalid remote method call: '%s' is not a client object", ct)
		c.argsOnly(e.Args)
		return Invalid
	}
	method, ok := clientMethods[e.Method]
	if !ok {
		c.errorf(e.Pos(), "undefined remote method '%s' in object 'http:Client'", e.Method)
		c.argsOnly(e.Args)
		return Invalid
	}
	hc := &HTTPCall{Method: method, Client: e.Client}
	var pos []frontend.Expr
	for _, a := range e.Args {
		switch {
		case a.Rest:
			c.errorf(a.Value.Pos(), "invalid rest argument in a client call")
		case a.Name != "":
			switch a.Name {
			case "path":
				pos = append(pos, a.Value)
			case "message":
				hc.Message = a.Value
				c.expr(a.Value, Union(Anydata, HTTPObject("Request")))
			case "headers":
				hc.Headers = a.Value
				c.expr(a.Value, MapOf(Union(String, ArrayOf(String, -1))))
			default:
				c.unsupported(a.NameP, "the client call argument '"+a.Name+"'")
				c.expr(a.Value, nil)
			}
		default:
			pos = append(pos, a.Value)
		}
	}
	if len(pos) == 0 {
		c.errorf(e.Pos(), "missing required parameter 'path' in call to '%s'()", e.Method)
		return Invalid
	}
	hc.Path = pos[0]
	c.expr(pos[0], String)
	rest := pos[1:]
	if hasBody(method) && len(rest) > 0 {
		hc.Message = rest[0]
		c.expr(rest[0], Union(Anydata, HTTPObject("Request")))
		rest = rest[1:]
	}
	if len(rest) > 0 {
		hc.Headers = rest[0]
		c.expr(rest[0], Optional(MapOf(Union(String, ArrayOf(String, -1)))))
		rest = rest[1:]
	}
	for _, r := range rest {
		c.errorf(r.Pos(), "too many arguments in call to '%s()'", e.Method)
		c.expr(r, nil)
	}
	if method == "POST" || method == "PUT" || method == "PATCH" {
		if hc.Message == nil {
			c.errorf(e.Pos(), "missing required parameter 'message' in call to '%s'()", e.Method)
		}
	}
	hc.Target = c.httpTarget(e.Pos(), want, method)
	c.prog.HTTPCalls[e] = hc
	if hc.Target.Kind == KInvalid {
		return Invalid
	}
	return Union(hc.Target, Error)
}

func (c *checker) resourceCall(e *frontend.ResourceCallExpr, want *Type) *Type {
	ct := c.expr(e.Client, nil)
	if ct.Kind == KInvalid {
		c.argsOnly(e.Args)
		return Invalid
	}
	if ct.Kind == KObject && ct.Obj != nil {
		return c.objectResourceCall(e, ct)
	}
	if !isHTTP(ct, "Client") {
		c.errorf(e.Pos(), "invalid resource access: '%s' is not a client object", ct)
		c.argsOnly(e.Args)
		return Invalid
	}
	name := e.Method
	if name == "" {
		name = "get"
	}
	method, ok := clientMethods[name]
	if !ok {
		c.errorf(e.Pos(), "undefined resource method '%s' on target resource", name)
		c.argsOnly(e.Args)
		return Invalid
	}
	hc := &HTTPCall{Method: method, Client: e.Client, Segs: e.Path}
	for _, s := range e.Path {
		if s.X != nil {
			if sp, ok := s.X.(*frontend.SpreadExpr); ok {
				c.expr(sp.X, ArrayOf(Union(String, Int, Float, Boolean), -1))
				c.unsupported(sp.Pos(), "rest segments in a resource call path")
				continue
			}
			c.expr(s.X, Union(String, Int, Float, Boolean))
		}
	}
	var pos []frontend.Expr
	for _, a := range e.Args {
		switch {
		case a.Rest:
			c.errorf(a.Value.Pos(), "invalid rest argument in a resource call")
		case a.Name != "":
			hc.Query = append(hc.Query, a)
			c.expr(a.Value, Union(String, Int, Float, Boolean, ArrayOf(String, -1), Nil))
		default:
			pos = append(pos, a.Value)
		}
	}
	if hasBody(method) && len(pos) > 0 {
		hc.Message = pos[0]
		c.expr(pos[0], Union(Anydata, HTTPObject("Request")))
		pos = pos[1:]
	} else if (method == "POST" || method == "PUT" || method == "PATCH") && len(pos) == 0 {
		c.errorf(e.Pos(), "missing required parameter 'message' in call to '%s'()", name)
	}
	if len(pos) > 0 {
		hc.Headers = pos[0]
		c.expr(pos[0], Optional(MapOf(Union(String, ArrayOf(String, -1)))))
		pos = pos[1:]
	}
	for _, r := range pos {
		c.errorf(r.Pos(), "too many arguments in call to '%s()'", name)
		c.expr(r, nil)
	}
	hc.Target = c.httpTarget(e.Pos(), want, method)
	c.prog.HTTPCalls[e] = hc
	if hc.Target.Kind == KInvalid {
		return Invalid
	}
	return Union(hc.Target, Error)
}

// httpMethod types a method of http:Request or http:Response.
func (c *checker) httpMethod(pos frontend.Pos, call *Call, rt *Type, name string, args []*frontend.Arg) *Type {
	sig := func(s builtinSig) *Type {
		call.Builtin = "http:" + rt.Name + "." + name
		return c.builtin(pos, call, name, args, s)
	}
	switch name {
	case "setPayload":
		return sig(builtinSig{params: []*Type{Anydata}, ret: Nil})
	case "setTextPayload":
		return sig(builtinSig{params: []*Type{String}, ret: Nil})
	case "setJsonPayload":
		return sig(builtinSig{params: []*Type{JSON}, ret: Nil})
	case "setHeader":
		return sig(builtinSig{params: []*Type{String, String}, ret: Nil})
	case "getHeader":
		return sig(builtinSig{params: []*Type{String}, ret: Union(String, Error)})
	case "getTextPayload":
		return sig(builtinSig{ret: Union(String, Error)})
	case "getJsonPayload":
		return sig(builtinSig{ret: Union(JSON, Error)})
	}
	return c.undefinedMethod(pos, rt, name, args)
}

// pathParam resolves the parameter segment seg ([T x] or [T... xs]) of a resource
// function or method fn: its type T, and the parameter (of type T, or T[] for a rest
// segment) it adds to fn's parameters when fn is not nil.
func (c *checker) pathParam(seg *frontend.ResourceSeg, fn *Function) (*Type, *frontend.Param, *Symbol) {
	t := c.resolveType(seg.Type)
	if t.Kind != KInvalid && !IsSubtype(t, Union(String, Int, Float, Boolean)) {
		c.errorf(seg.Pos(), "invalid path parameter type '%s': expected string, int, float or boolean", t)
	}
	if fn == nil {
		return t, nil, nil
	}
	pt := t
	if seg.Rest {
		pt = ArrayOf(t, -1)
	}
	p := &frontend.Param{Type: seg.Type, Name: seg.Param}
	p.P = seg.Pos()
	sym := &Symbol{Kind: SymVar, Name: seg.Param, Pos: seg.Pos(), Type: pt, Final: true, Owner: fn}
	c.prog.Defs[p] = sym
	c.prog.Defs[seg] = sym
	fn.Params = append(fn.Params, sym)
	fn.Defaults = append(fn.Defaults, nil)
	return t, p, sym
}

// listenerDecl checks `listener http:Listener l = new (port);`.
func (c *checker) listenerDecl(d *frontend.ListenerDecl) {
	sym := c.prog.Defs[d]
	t := HTTPObject("Listener")
	if d.Type != nil {
		t = c.resolveType(d.Type)
		if !isHTTP(t, "Listener") && t.Kind != KInvalid {
			c.errorf(d.Type.Pos(), "incompatible types: expected a listener type, found '%s'", t)
		}
	}
	c.expr(d.Value, Union(t, Error))
	sym.Type = t
}

// serviceDecl checks a service and its resource functions.
func (c *checker) serviceDecl(d *frontend.ServiceDecl) {
	svc := &Service{Decl: d, BasePath: d.Path}
	if d.PathLit != "" {
		for _, s := range strings.Split(strings.Trim(d.PathLit, "/"), "/") {
			if s != "" {
				svc.BasePath = append(svc.BasePath, s)
			}
		}
	}
	for _, l := range d.Listeners {
		c.expr(l, Union(HTTPObject("Listener"), Error))
	}
	if len(d.Listeners) == 0 {
		c.errorf(d.Pos(), "a service needs a listener: service on l { … }")
	}
	for _, m := range d.Methods {
		c.unsupported(m.Pos(), "functions in a service other than resource functions")
	}
	for _, a := range d.Annots {
		c.annotation(a, "service")
	}
	for _, rf := range d.Resources {
		if r := c.resource(rf); r != nil {
			svc.Resources = append(svc.Resources, r)
		}
	}
	c.prog.Services = append(c.prog.Services, svc)
}

func (c *checker) resource(rf *frontend.ResourceFunc) *Resource {
	r := &Resource{Decl: rf, Method: strings.ToUpper(rf.Accessor)}
	switch r.Method {
	case "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "DEFAULT":
	default:
		c.errorf(rf.Pos(), "invalid resource method '%s'", rf.Accessor)
		return nil
	}
	fn := &Function{Name: rf.Accessor, Decl: rf, IsWorker: false}
	c.prog.Funcs[rf] = fn
	// Path parameters come first in the function's parameters.
	for _, seg := range rf.Path {
		switch {
		case seg.Type == nil:
			if seg.Name != "." {
				r.Path = append(r.Path, seg.Name)
			}
		default:
			if seg.Rest {
				r.Path = append(r.Path, "**")
			} else {
				r.Path = append(r.Path, "*")
			}
			_, _, sym := c.pathParam(seg, fn)
			r.PathParams = append(r.PathParams, sym)
		}
	}
	t := c.signature(&rf.Sig, fn)
	fn.Type = &Type{Kind: KFunc, Params: t.Params, Ret: t.Ret}
	for _, p := range rf.Sig.Params {
		sym := c.prog.Defs[p]
		rp := &ResourceParam{Sym: sym, Decl: p}
		payload := false
		for _, a := range p.Annots {
			c.useAnnotationPrefix(a)
			if a.Prefix == "http" && a.Name == "Payload" {
				payload = true
			}
		}
		switch {
		case isHTTP(sym.Type, "Request"):
			rp.Kind = ParamRequest
		case sym.Type.Kind == KObject && sym.Type.Module == "http":
			// http:Caller: valid Ballerina, which bal2go does not pass yet.
			c.unsupported(p.Pos(), "'http:"+sym.Type.Name+"' parameters of resource functions")
		case payload || (hasBody(r.Method) && !IsSubtype(sym.Type, Union(String, Int, Float, Boolean, Nil, ArrayOf(String, -1)))):
			rp.Kind = ParamPayload
			if !IsSubtype(sym.Type, Anydata) {
				c.errorf(p.Pos(), "invalid payload parameter type '%s'", sym.Type)
			}
		default:
			rp.Kind = ParamQuery
			if !IsSubtype(sym.Type, Union(String, Int, Float, Boolean, Nil)) {
				c.errorf(p.Pos(), "invalid resource parameter type '%s': a query parameter is string, int, float, boolean or optional", sym.Type)
			}
		}
		r.Params = append(r.Params, rp)
	}
	ret := retOf(fn.Type)
	if !IsSubtype(ret, Union(Anydata, HTTPObject("Response"), Error)) {
		c.errorf(rf.Pos(), "invalid resource function return type '%s'", ret)
	}
	// The body sees the path parameters, then the declared ones.
	c.pushScope()
	for _, sym := range r.PathParams {
		c.declare(sym)
	}
	c.funcBody(fn, rf.Sig.Params, rf.Body, nil)
	c.popScope()
	r.Fn = fn
	return r
}
