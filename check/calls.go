package check

import (
	"fmt"

	"github.com/bal2go/bal2go/frontend"
)

// call types f(args): a module function, a function value, a library
// function (io:println, int:fromString, …) or a langlib function called
// with the value as its first argument (string:length(s)).
func (c *checker) call(e *frontend.CallExpr, want *Type) *Type {
	if ne, ok := frontend.Unparen(e.Fun).(*frontend.NameExpr); ok {
		if ne.Prefix != "" {
			mod, ok := c.modulePrefix(ne.Pos(), ne.Prefix)
			if !ok {
				c.argsOnly(e.Args)
				return Invalid
			}
			return c.libraryCall(e, mod, ne.Name, want)
		}
		sym := c.sc.lookup(ne.Name)
		if sym == nil {
			c.errorf(ne.Pos(), "undefined function '%s'", ne.Name)
			c.argsOnly(e.Args)
			return Invalid
		}
		c.prog.Uses[ne] = sym
		sym.used = true
		if sym.Kind == SymFunc {
			c.prog.Types[ne] = sym.Type
			if sym.Func == nil || sym.Type == nil {
				c.argsOnly(e.Args)
				return Invalid
			}
			call := &Call{Kind: CallFunc, Func: sym.Func, Sig: sym.Type}
			c.prog.Calls[e] = call
			c.matchArgs(e.Pos(), ne.Name, call, e.Args, sym.Func.Params, sym.Func.Defaults)
			return retOf(sym.Type)
		}
	}
	// A call through a function value.
	ft := c.expr(e.Fun, nil)
	if ft.Kind == KInvalid {
		c.argsOnly(e.Args)
		return Invalid
	}
	if ft.Kind != KFunc || (ft.Params == nil && ft.Ret == nil && ft.RestP == nil) {
		c.errorf(e.Fun.Pos(), "invalid function call: '%s' is not a function", ft)
		c.argsOnly(e.Args)
		return Invalid
	}
	call := &Call{Kind: CallValue, Sig: ft}
	c.prog.Calls[e] = call
	params := make([]*Symbol, len(ft.Params))
	for i, p := range ft.Params {
		params[i] = &Symbol{Name: fmt.Sprintf("#%d", i), Type: p}
	}
	var rest *Symbol
	if ft.RestP != nil {
		rest = &Symbol{Type: ArrayOf(ft.RestP, -1)}
	}
	fn := &Function{Params: params, Rest: rest, Defaults: make([]frontend.Expr, len(params))}
	c.matchArgsFn(e.Pos(), "function", call, e.Args, fn)
	return retOf(ft)
}

func (c *checker) argsOnly(args []*frontend.Arg) {
	for _, a := range args {
		c.expr(a.Value, nil)
	}
}

func (c *checker) matchArgs(pos frontend.Pos, name string, call *Call, args []*frontend.Arg, params []*Symbol, defaults []frontend.Expr) {
	var fn *Function
	if call.Func != nil {
		fn = call.Func
	} else {
		fn = &Function{Params: params, Defaults: defaults}
	}
	c.matchArgsFn(pos, name, call, args, fn)
}

// matchArgsFn assigns arguments to parameters (assignArgs) and checks each
// against its parameter's type.
func (c *checker) matchArgsFn(pos frontend.Pos, name string, call *Call, args []*frontend.Arg, fn *Function) {
	for _, s := range c.assignArgs(pos, name, call, args, fn) {
		c.expr(s.e, s.paramType(fn))
	}
}

// argSlot is an argument assigned to a parameter by assignArgs.
type argSlot struct {
	e     frontend.Expr
	param int // index in fn.Params; restElem or restList for the rest parameter
}

const (
	restElem = -1 // an argument collected by the rest parameter
	restList = -2 // a spread argument (...xs) given for the rest parameter
)

// paramType is the declared type the argument of s must have.
func (s argSlot) paramType(fn *Function) *Type {
	switch s.param {
	case restElem:
		return fn.Rest.Type.Elem
	case restList:
		return fn.Rest.Type
	}
	return fn.Params[s.param].Type
}

// assignArgs assigns the arguments of a call of fn to its parameters, as
// the spec's argument list rules say: positional arguments first, then
// named ones; positional arguments beyond the parameters go to the rest
// parameter; parameters not given take their defaults. It fills call.Args
// (one per parameter, nil for a default), RestArg and Spread, reports
// the misplaced arguments (and types them on their own), and returns the
// assigned arguments in source order for the caller to check.
func (c *checker) assignArgs(pos frontend.Pos, name string, call *Call, args []*frontend.Arg, fn *Function) []argSlot {
	call.Args = make([]frontend.Expr, len(fn.Params))
	var slots []argSlot
	next := 0
	namedSeen := false
	for _, a := range args {
		switch {
		case a.Rest:
			if fn.Rest == nil {
				c.errorf(pos, "too many arguments in call to '%s()'", name)
				c.expr(a.Value, nil)
				continue
			}
			call.Spread = a.Value
			slots = append(slots, argSlot{a.Value, restList})
		case a.Name != "":
			namedSeen = true
			idx := -1
			for i, p := range fn.Params {
				if p.Name == a.Name {
					idx = i
				}
			}
			if idx < 0 {
				c.errorf(a.NameP, "undefined defaultable parameter '%s'", a.Name)
				c.expr(a.Value, nil)
				continue
			}
			if call.Args[idx] != nil {
				c.errorf(a.NameP, "parameter '%s' already given", a.Name)
			}
			call.Args[idx] = a.Value
			slots = append(slots, argSlot{a.Value, idx})
		default:
			if namedSeen {
				c.errorf(a.Value.Pos(), "positional argument not allowed after named arguments")
			}
			if next < len(fn.Params) {
				call.Args[next] = a.Value
				slots = append(slots, argSlot{a.Value, next})
				next++
				continue
			}
			if fn.Rest != nil && call.Spread == nil {
				call.RestArg = append(call.RestArg, a.Value)
				slots = append(slots, argSlot{a.Value, restElem})
				continue
			}
			c.errorf(pos, "too many arguments in call to '%s()'", name)
			c.expr(a.Value, nil)
		}
	}
	for i, p := range fn.Params {
		if call.Args[i] == nil && (i >= len(fn.Defaults) || fn.Defaults[i] == nil) {
			c.errorf(pos, "missing required parameter '%s' in call to '%s'()", p.Name, name)
		}
	}
	return slots
}

// builtinSig describes a library function: parameter types, an optional
// rest element type, and the result type.
type builtinSig struct {
	params []*Type
	opt    int // how many trailing params are optional
	rest   *Type
	ret    *Type
}

func (c *checker) libraryCall(e *frontend.CallExpr, mod, name string, want *Type) *Type {
	id := mod + ":" + name
	call := &Call{Kind: CallBuiltin, Builtin: id}
	c.prog.Calls[e] = call
	if fn := libFunc(mod, name); fn != nil {
		return c.libCall(e.Pos(), id, call, fn, nil, nil, e.Args, want)
	}
	// Langlib functions taking the value first: string:length(s), array:push(a, x), …
	if len(e.Args) > 0 && !e.Args[0].Rest && e.Args[0].Name == "" {
		if _, ok := langlibModules[mod]; ok {
			recv := e.Args[0].Value
			rt := c.expr(recv, nil)
			if rt.Kind == KInvalid {
				c.argsOnly(e.Args[1:])
				return Invalid
			}
			if !langlibAccepts(mod, rt) {
				if f := libraryFeature(mod, name, "function"); f != "" {
					// e.g. string:fromCodePointInt(65): not a method of its first argument
					c.unsupported(e.Fun.Pos(), f)
					c.argsLenient(e.Args[1:])
					return Invalid
				}
				c.errorf(recv.Pos(), "incompatible types: expected '%s', found '%s'", langlibModules[mod], rt)
				c.argsOnly(e.Args[1:])
				return Invalid
			}
			call.Recv = recv
			return c.method(e.Pos(), call, recv, rt, name, e.Args[1:], want, id)
		}
	}
	if f := libraryFeature(mod, name, "function"); f != "" {
		c.unsupported(e.Fun.Pos(), f)
		c.argsLenient(e.Args)
		return Invalid
	}
	c.errorf(e.Fun.Pos(), "undefined function '%s'", id)
	c.argsOnly(e.Args)
	return Invalid
}

var langlibModules = map[string]string{
	"array": "(any|error)[]", "map": "map<(any|error)>",
}

func langlibAccepts(mod string, t *Type) bool {
	switch mod {
	case "array":
		return t.Kind == KArray || t.Kind == KTuple
	case "map":
		return t.Kind == KMap || t.Kind == KRecord
	}
	return false
}

// builtin checks the arguments of a library function against sig.
func (c *checker) builtin(pos frontend.Pos, call *Call, id string, args []*frontend.Arg, sig builtinSig) *Type {
	n := 0
	named := false
	for _, a := range args {
		switch {
		case a.Name != "":
			// Valid Ballerina (s.substring(startIndex = 1)); bal2go's
			// library signatures do not carry parameter names yet.
			c.unsupported(a.NameP, "named arguments in a call to '"+id+"'")
			named = true
			c.expr(a.Value, nil)
		case a.Rest:
			if sig.rest == nil {
				c.errorf(pos, "too many arguments in call to '%s()'", id)
				c.expr(a.Value, nil)
				continue
			}
			call.Spread = a.Value
			c.expr(a.Value, ArrayOf(sig.rest, -1))
		default:
			if n < len(sig.params) {
				call.Args = append(call.Args, a.Value)
				c.argExpr(a.Value, sig.params[n])
			} else if sig.rest != nil {
				call.RestArg = append(call.RestArg, a.Value)
				c.expr(a.Value, sig.rest)
			} else {
				c.errorf(pos, "too many arguments in call to '%s()'", id)
				c.expr(a.Value, nil)
			}
			n++
		}
	}
	if n < len(sig.params)-sig.opt && !named {
		c.errorf(pos, "missing required parameter in call to '%s'()", id)
	}
	for len(call.Args) < len(sig.params) {
		call.Args = append(call.Args, nil)
	}
	return sig.ret
}

// argExpr checks a library argument against its parameter type. bal2go
// has no decimal values yet: a decimal parameter (runtime:sleep's seconds)
// takes a float, or a numeric literal typed as one, which the runtime uses
// as the decimal; any other argument is reported against 'decimal', the
// declared type, so the message matches the library's signature.
func (c *checker) argExpr(e frontend.Expr, param *Type) *Type {
	if param.Kind != KDecimal {
		return c.expr(e, param)
	}
	t := c.exprHint(e, Float)
	if t.Kind != KInvalid && !IsSubtype(t, Float) {
		c.mismatch(e.Pos(), param, t)
	}
	return t
}

func (c *checker) methodCall(e *frontend.MethodCallExpr, want *Type) *Type {
	rt := c.expr(e.Recv, nil)
	if rt.Kind == KInvalid {
		c.argsOnly(e.Args)
		return Invalid
	}
	call := &Call{Kind: CallBuiltin, Recv: e.Recv}
	c.prog.Calls[e] = call
	// A record field holding a function: r.f(x).
	if rt.Kind == KRecord {
		if f := rt.FieldByName(e.Name); f != nil && f.Type.Kind == KFunc {
			c.unsupported(e.NameP, "calling a function stored in a record field")
			c.argsOnly(e.Args)
			return Invalid
		}
	}
	return c.method(e.NameP, call, e.Recv, rt, e.Name, e.Args, want, "")
}

// method types a langlib method call recv.name(args).
func (c *checker) method(pos frontend.Pos, call *Call, recv frontend.Expr, rt *Type, name string, args []*frontend.Arg, want *Type, shown string) *Type {
	for _, mod := range langModulesOf(rt) {
		if fn := libFunc(mod, name); fn != nil && shown == "" {
			return c.libCall(pos, name, call, fn, recv, rt, args, want)
		}
	}
	sig := func(kind string, s builtinSig) *Type {
		call.Builtin = kind + ":" + name
		if shown == "" {
			shown = name
		}
		return c.builtin(pos, call, shown, args, s)
	}
	switch {
	case rt.Kind == KObject && rt.Module == "http" && (rt.Name == "Request" || rt.Name == "Response"):
		return c.httpMethod(pos, call, rt, name, args)
	case rt.Kind == KArray || rt.Kind == KTuple:
		elem := rt.Elem
		if rt.Kind == KTuple {
			elem = Union(append(append([]*Type{}, rt.Members...), rt.Rest)...)
			switch name {
			case "length":
			default:
				if libraryFeature("array", name, "function") == "" {
					return c.undefinedMethod(pos, rt, name, args)
				}
				c.unsupported(pos, "the langlib method '"+name+"' on tuples")
				c.argsOnly(args)
				return Invalid
			}
		}
		fixed := rt.Kind == KArray && rt.Len >= 0
		switch name {
		case "length":
			return sig("array", builtinSig{ret: Int})
		case "push":
			if fixed {
				c.errorf(pos, "cannot call 'push' on a fixed-length array '%s'", rt)
			}
			return sig("array", builtinSig{rest: elem, ret: Nil})
		case "pop", "shift":
			if fixed {
				c.errorf(pos, "cannot call '%s' on a fixed-length array '%s'", name, rt)
			}
			return sig("array", builtinSig{ret: elem})
		case "remove":
			return sig("array", builtinSig{params: []*Type{Int}, ret: elem})
		case "reverse":
			return sig("array", builtinSig{ret: ArrayOf(elem, -1)})
		case "slice":
			return sig("array", builtinSig{params: []*Type{Int, Int}, opt: 1, ret: ArrayOf(elem, -1)})
		case "indexOf", "lastIndexOf":
			return sig("array", builtinSig{params: []*Type{elem, Int}, opt: 1, ret: Optional(Int)})
		case "sort":
			switch elem.Kind {
			case KInt, KFloat, KString:
			default:
				c.unsupported(pos, "sort of '"+rt.String()+"'")
			}
			if len(args) > 0 {
				// sort(array:DESCENDING, key): valid Ballerina; only the
				// ascending sort without a key is implemented.
				c.unsupported(args[0].Value.Pos(), "the direction and key arguments of 'sort'")
				return ArrayOf(elem, -1)
			}
			return sig("array", builtinSig{ret: ArrayOf(elem, -1)})
		case "forEach":
			return sig("array", builtinSig{params: []*Type{FuncOf([]*Type{elem}, nil, Nil)}, ret: Nil})
		case "map":
			return c.hofMap(pos, call, "array", elem, args, want, rt)
		case "filter":
			return sig("array", builtinSig{params: []*Type{FuncOf([]*Type{elem}, nil, Boolean)}, ret: ArrayOf(elem, -1)})
		case "reduce":
			return c.hofReduce(pos, call, "array", elem, args, want)
		case "some", "every":
			return sig("array", builtinSig{params: []*Type{FuncOf([]*Type{elem}, nil, Boolean)}, ret: Boolean})
		}
	case rt.Kind == KMap || rt.Kind == KRecord:
		var elem *Type
		if rt.Kind == KMap {
			elem = rt.Elem
		} else {
			var ms []*Type
			for _, f := range rt.Fields {
				ms = append(ms, f.Type)
			}
			if r := recordRest(rt); r != nil {
				ms = append(ms, r)
			}
			elem = Union(ms...)
			switch name {
			case "length", "keys", "hasKey", "toArray":
			default:
				if libraryFeature("map", name, "function") == "" {
					return c.undefinedMethod(pos, rt, name, args)
				}
				c.unsupported(pos, "the langlib method '"+name+"' on records")
				c.argsOnly(args)
				return Invalid
			}
		}
		switch name {
		case "length":
			return sig("map", builtinSig{ret: Int})
		case "keys":
			return sig("map", builtinSig{ret: ArrayOf(String, -1)})
		case "hasKey":
			return sig("map", builtinSig{params: []*Type{String}, ret: Boolean})
		case "get", "remove":
			return sig("map", builtinSig{params: []*Type{String}, ret: elem})
		case "removeIfHasKey":
			return sig("map", builtinSig{params: []*Type{String}, ret: Optional(elem)})
		case "toArray":
			return sig("map", builtinSig{ret: ArrayOf(elem, -1)})
		case "forEach":
			return sig("map", builtinSig{params: []*Type{FuncOf([]*Type{elem}, nil, Nil)}, ret: Nil})
		case "filter":
			return sig("map", builtinSig{params: []*Type{FuncOf([]*Type{elem}, nil, Boolean)}, ret: MapOf(elem)})
		case "map":
			return c.hofMap(pos, call, "map", elem, args, want, rt)
		case "reduce":
			return c.hofReduce(pos, call, "map", elem, args, want)
		}
	}
	return c.undefinedMethod(pos, rt, name, args)
}

// undefinedMethod reports a method call bal2go cannot resolve: not
// supported yet when Ballerina's langlib has it, undefined otherwise.
func (c *checker) undefinedMethod(pos frontend.Pos, rt *Type, name string, args []*frontend.Arg) *Type {
	if c.unsupportedMethod(pos, rt, name, args) {
		return Invalid
	}
	c.errorf(pos, "undefined function '%s' in type '%s'", name, rt)
	c.argsOnly(args)
	return Invalid
}

// hofMap types xs.map(f): the result element type is f's return type.
func (c *checker) hofMap(pos frontend.Pos, call *Call, kind string, elem *Type, args []*frontend.Arg, want *Type, rt *Type) *Type {
	call.Builtin = kind + ":map"
	if len(args) != 1 || args[0].Name != "" || args[0].Rest {
		c.errorf(pos, "expected one function argument in call to 'map()'")
		c.argsOnly(args)
		return Invalid
	}
	var retHint *Type = Any
	if want != nil {
		if want.Kind == KArray && kind == "array" {
			retHint = want.Elem
		} else if want.Kind == KMap && kind == "map" {
			retHint = want.Elem
		}
	}
	ft := c.expr(args[0].Value, FuncOf([]*Type{elem}, nil, retHint))
	call.Args = []frontend.Expr{args[0].Value}
	if ft.Kind != KFunc {
		return Invalid
	}
	out := retOf(ft)
	if kind == "map" {
		return MapOf(out)
	}
	return ArrayOf(out, -1)
}

// hofReduce types xs.reduce(f, init). As in lang.array's
// reduce(function(Type1 accum, Type val) returns Type1 func, Type1 initial),
// the type parameter Type1 is inferred from the arguments: from f when its
// type does not depend on the context (a function expression or a named
// function), else from init. The context only guides the typing of a
// literal initial value (0 where a float is expected); it is never the
// accumulator type itself, so io:println(xs.reduce(f, 0)) works.
func (c *checker) hofReduce(pos frontend.Pos, call *Call, kind string, elem *Type, args []*frontend.Arg, want *Type) *Type {
	call.Builtin = kind + ":reduce"
	if len(args) != 2 || args[0].Name != "" || args[1].Name != "" {
		c.errorf(pos, "expected a function and an initial value in call to 'reduce()'")
		c.argsOnly(args)
		return Invalid
	}
	fn, init := args[0].Value, args[1].Value
	call.Args = []frontend.Expr{fn, init}
	if _, arrow := frontend.Unparen(fn).(*frontend.ArrowExpr); !arrow {
		ft := c.expr(fn, nil)
		if ft.Kind != KFunc {
			if ft.Kind != KInvalid {
				c.mismatch(fn.Pos(), FuncOf([]*Type{AnyOrError, elem}, nil, AnyOrError), ft)
			}
			c.expr(init, nil)
			return Invalid
		}
		acc := retOf(ft)
		if fwant := FuncOf([]*Type{acc, elem}, nil, acc); !IsSubtype(ft, fwant) {
			c.mismatch(fn.Pos(), fwant, ft)
		}
		c.expr(init, acc)
		return acc
	}
	acc := Widen(c.exprHint(init, want))
	c.expr(fn, FuncOf([]*Type{acc, elem}, nil, acc))
	return acc
}
