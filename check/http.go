package check

import (
	"strings"

	"github.com/bal2go/bal2go/frontend"
)

// HTTP services: listeners and the services attached to them, with their
// resource functions. (http:Client, http:Request, http:Response and
// http:Listener are classes declared in check/lib/http.bal.)

// httpClass is the class http:NAME of the http module's declarations.
func httpClass(name string) *Type { return libType("http", name) }

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
	Concurrent bool // its requests may run concurrently (service_isolation.go)
}

// Service is a checked service declaration.
type Service struct {
	Decl      *frontend.ServiceDecl
	BasePath  []string
	Resources []*Resource
	Isolated  bool // declared or inferred isolated (service_isolation.go)
}

// hasBody reports whether a method's second argument (or a resource call's
// first) is the message.
func hasBody(method string) bool {
	return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE"
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
	t := httpClass("Listener")
	if d.Type != nil {
		t = c.resolveType(d.Type)
		if t != httpClass("Listener") && t.Kind != KInvalid {
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
		c.expr(l, Union(httpClass("Listener"), Error))
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
	fn := &Function{Name: rf.Accessor, Decl: rf, IsWorker: false}
	c.prog.Funcs[rf] = fn
	// Path parameters come first in the function's parameters.
	for _, seg := range rf.Path {
		if seg.Type != nil {
			c.pathParam(seg, fn)
		}
	}
	t := c.signature(&rf.Sig, fn)
	fn.Type = &Type{Kind: KFunc, Params: t.Params, Ret: t.Ret, Isolated: t.Isolated}
	r := c.httpResource(rf, fn)
	if r == nil {
		return nil
	}
	// The body sees the path parameters, then the declared ones.
	c.pushScope()
	for _, sym := range r.PathParams {
		c.declare(sym)
	}
	c.funcBody(fn, rf.Sig.Params, rf.Body, nil)
	c.popScope()
	return r
}

// httpResource says how the requests of resource function rf bind to the parameters
// of fn, its function (path parameters first): the path pattern, where each declared
// parameter comes from; and checks the types HTTP can bind and answer with. It
// returns nil for a method HTTP does not have.
func (c *checker) httpResource(rf *frontend.ResourceFunc, fn *Function) *Resource {
	r := &Resource{Decl: rf, Fn: fn, Method: strings.ToUpper(rf.Accessor)}
	switch r.Method {
	case "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "DEFAULT":
	default:
		c.errorf(rf.Pos(), "invalid resource method '%s'", rf.Accessor)
		return nil
	}
	for _, seg := range rf.Path {
		switch {
		case seg.Type == nil:
			if seg.Name != "." {
				r.Path = append(r.Path, seg.Name)
			}
		case seg.Rest:
			r.Path = append(r.Path, "**")
		default:
			r.Path = append(r.Path, "*")
		}
		if seg.Type != nil && len(r.PathParams) < len(fn.Params) {
			r.PathParams = append(r.PathParams, fn.Params[len(r.PathParams)])
		}
	}
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
		case sym.Type == httpClass("Request"):
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
	if !IsSubtype(ret, Union(Anydata, httpClass("Response"), Error)) {
		c.errorf(rf.Pos(), "invalid resource function return type '%s'", ret)
	}
	return r
}

// serviceClass checks the resource methods of cls, a service class or service object
// constructor of type http:Service (it includes *http:Service, or was made for one),
// as resources an http:Listener can dispatch requests to (attach).
func (c *checker) serviceClass(cls *Class) {
	o := cls.Type.Obj
	if !o.Service || httpClass("Service") == nil || !IsSubtype(cls.Type, httpClass("Service")) {
		return
	}
	cls.HTTP = true
	for _, m := range o.Methods {
		if m.Remote && m.Func != nil {
			c.unsupported(m.Pos, "remote methods of HTTP services")
		}
		rf, ok := declOf(m).(*frontend.ResourceFunc)
		if !ok || m.Func == nil {
			continue
		}
		if r := c.httpResource(rf, m.Func); r != nil {
			cls.Resources = append(cls.Resources, r)
		}
	}
}

// declOf is the declaration of method m of a class.
func declOf(m *Method) frontend.Node {
	if m.Func == nil {
		return nil
	}
	return m.Func.Decl
}
