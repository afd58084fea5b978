package check

import (
	"fmt"
	"strconv"

	"github.com/bal2go/bal2go/frontend"
)

// call types f(args): a module function, a function value or a library
// function (io:println, int:fromString, string:length(s), …).
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
		if n := len(e.Args); n > 0 && e.Args[n-1].Rest {
			if a, ok := e.Args[n-1].Value.(*frontend.NameExpr); ok && c.aggregatedRefs[a] {
				if agg := c.sc.lookup(a.Name); agg != nil && agg.Aggregated {
					return c.aggregateCall(e, ne, agg, want)
				}
			}
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
		name := fmt.Sprintf("#%d", i) // a function type's parameter may be unnamed
		if i < len(ft.PNames) && ft.PNames[i] != "" {
			name = ft.PNames[i] // named arguments are matched by it
		}
		params[i] = &Symbol{Name: name, Type: p}
	}
	var rest *Symbol
	if ft.RestP != nil {
		rest = &Symbol{Type: ArrayOf(ft.RestP, -1)}
	}
	fn := &Function{Params: params, Rest: rest, Defaults: make([]frontend.Expr, len(params))}
	for i, d := range ft.PDefaults {
		if d != nil {
			fn.Defaults[i] = d.(frontend.Expr)
		}
	}
	c.matchArgsFn(e.Pos(), "function", call, e.Args, fn)
	for i, a := range call.Args {
		if a == nil && fn.Defaults[i] != nil {
			call.Args[i] = fn.Defaults[i] // the function type's default, a constant
		}
	}
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

// spreadArgs expands a spread argument whose value has a known shape into the
// arguments it stands for (spec "Function call", rest-arg): the members of a
// tuple or fixed-length array are positional arguments (f(...pair) is
// f(pair[0], pair[1])), the fields of a closed record named ones (f(...opts) is
// f(a = opts.a, b = opts.b)). Any other spread list is the rest parameter's
// list. The value is read once per member, so only a variable is expanded.
func (c *checker) spreadArgs(args []*frontend.Arg, fn *Function) []*frontend.Arg {
	var out []*frontend.Arg
	for i, a := range args {
		if !a.Rest {
			out = append(out, a)
			continue
		}
		// Only a variable's spread is expanded: its type is known without
		// checking the expression twice.
		ne, isName := frontend.Unparen(a.Value).(*frontend.NameExpr)
		var sym *Symbol
		if isName && ne.Prefix == "" {
			sym = c.sc.lookup(ne.Name)
		}
		if sym == nil || sym.Type == nil || (sym.Kind != SymVar && sym.Kind != SymGlobal && sym.Kind != SymConst) {
			out = append(out, a)
			continue
		}
		t := c.currentType(sym)
		var members []*frontend.Arg
		switch {
		case t.Kind == KTuple && t.Rest == nil || t.Kind == KArray && t.Len >= 0:
			n := t.Len
			if t.Kind == KTuple {
				n = len(t.Members)
			}
			for j := range n {
				idx := &frontend.IntLit{Raw: strconv.Itoa(j), Value: uint64(j)}
				idx.P = a.Value.Pos()
				m := &frontend.IndexExpr{X: a.Value, Index: idx}
				m.P = a.Value.Pos()
				members = append(members, &frontend.Arg{Value: m})
			}
		case t.Kind == KRecord && t.Closed && t.Rest == nil && fn.Rest == nil:
			for _, f := range t.Fields {
				if f.Optional {
					c.unsupported(a.Value.Pos(), "spreading a record with optional fields over parameters")
					return append(out, args[i+1:]...)
				}
				m := &frontend.FieldExpr{X: a.Value, Name: f.Name, NameP: a.Value.Pos()}
				m.P = a.Value.Pos()
				members = append(members, &frontend.Arg{Name: f.Name, NameP: a.Value.Pos(), Value: m})
			}
		default:
			out = append(out, a)
			continue
		}
		out = append(out, members...)
	}
	return out
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
	// fields holds, per included record parameter not given, the record its
	// fields named in the call make (spec "Function call": f(x, timeout = 5)
	// passes {timeout: 5} for *Config c).
	var fields map[int]*frontend.MappingExpr
	next := 0
	namedSeen := false
	args = c.spreadArgs(args, fn)
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
			if next == 0 {
				c.spreadHead(call, a.Value, fn)
			}
		case a.Name != "":
			namedSeen = true
			idx := -1
			for i, p := range fn.Params {
				if p.Name == a.Name {
					idx = i
				}
			}
			if idx < 0 {
				if i := includedFor(fn, call, a.Name); i >= 0 {
					if fields == nil {
						fields = map[int]*frontend.MappingExpr{}
					}
					m := fields[i]
					if m == nil {
						m = &frontend.MappingExpr{}
						m.P = a.NameP
						fields[i] = m
					}
					f := &frontend.Field{Name: a.Name, Value: a.Value}
					f.P = a.NameP
					m.Fields = append(m.Fields, f)
					continue
				}
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
		if call.Args[i] == nil && fn.IsIncluded(i) {
			m := fields[i]
			if m == nil {
				m = &frontend.MappingExpr{}
				m.P = pos
			}
			call.Args[i] = m
			slots = append(slots, argSlot{m, i})
			continue
		}
		if call.Args[i] == nil && (i >= len(fn.Defaults) || fn.Defaults[i] == nil) && i >= call.SpreadHead {
			c.errorf(pos, "missing required parameter '%s' in call to '%s'()", p.Name, name)
		}
	}
	return slots
}

// spreadHead lets an aggregated variable spread alone into a library
// function fill its leading required parameters of the rest parameter's
// type (spec "Function call expression": max(x) for int:max(n, ...ns)).
func (c *checker) spreadHead(call *Call, spread frontend.Expr, fn *Function) {
	ne, ok := spread.(*frontend.NameExpr)
	if !ok || !c.aggregatedRefs[ne] || fn.Library == "" || fn.Rest == nil {
		return
	}
	agg := c.sc.lookup(ne.Name)
	if agg == nil || !agg.Aggregated {
		return
	}
	n := 0
	for i, p := range fn.Params {
		if i < len(fn.Defaults) && fn.Defaults[i] != nil || !Identical(p.Type, fn.Rest.Type.Elem) {
			break
		}
		n++
	}
	call.SpreadHead = n
	call.SpreadMayBeEmpty = n > 0 && c.emptyAggregates[agg]
}

// includedFor returns the included record parameter of fn, not given in call
// so far, that a named argument called name sets a field of: one whose record
// has the field, else one whose record is open; -1 when none.
func includedFor(fn *Function, call *Call, name string) int {
	open := -1
	for i, p := range fn.Params {
		if !fn.IsIncluded(i) || call.Args[i] != nil {
			continue
		}
		r := Basic(p.Type)
		if r.Kind != KRecord {
			continue
		}
		if r.FieldByName(name) != nil {
			return i
		}
		if open < 0 && recordRest(r) != nil {
			open = i
		}
	}
	return open
}

// libraryCall types mod:name(args), a call of a library module's function
// (int:fromString(s), io:println(x), array:push(xs, 1)).
func (c *checker) libraryCall(e *frontend.CallExpr, mod, name string, want *Type) *Type {
	id := mod + ":" + name
	call := &Call{Kind: CallBuiltin, Builtin: id}
	c.prog.Calls[e] = call
	if fn := libFunc(mod, name); fn != nil {
		return c.libCall(e.Pos(), id, call, fn, nil, nil, e.Args, want)
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

// argExpr checks a library argument against its parameter type.
func (c *checker) argExpr(e frontend.Expr, param *Type) *Type {
	return c.expr(e, param)
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
	if rt.Kind == KObject && rt.Obj != nil {
		return c.objectMethodCall(e, call, rt, want)
	}
	return c.method(e.NameP, call, e.Recv, rt, e.Name, e.Args, want)
}

// method types a method call recv.name(args) on a value of type rt that is
// not an object: a call of the langlib module of rt's basic type, else of
// lang.value, with recv as the first argument.
func (c *checker) method(pos frontend.Pos, call *Call, recv frontend.Expr, rt *Type, name string, args []*frontend.Arg, want *Type) *Type {
	for _, mod := range langModulesOf(rt) {
		if fn := libFunc(mod, name); fn != nil {
			return c.libCall(pos, name, call, fn, recv, rt, args, want)
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
