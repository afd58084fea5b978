package check

import (
	"fmt"

	"github.com/bal2go/bal2go/frontend"
)

// Calls on objects: new, method calls and remote method calls, typed from the
// members of the receiver's object type.

// newExpr types new C(args), or new (args) when the context says which class.
func (c *checker) newExpr(e *frontend.NewExpr, want *Type) *Type {
	var class *Type
	if e.Type != nil {
		class = c.resolveType(e.Type)
	} else if want != nil {
		for _, m := range MembersOf(want) {
			if m.IsClass() || m.Kind == KStream {
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
	if class.Kind == KStream {
		return c.newStream(e, class)
	}
	c.argsOnly(e.Args)
	c.errorf(e.Pos(), "cannot create a value of type '%s' with 'new'", class)
	return Invalid
}

// remoteCall types recv->name(args), a call of a remote method of a client object.
func (c *checker) remoteCall(e *frontend.RemoteCallExpr, want *Type) *Type {
	ct := c.clientOperand(e.Client, e.Args, func(t *Type) {
		c.errorf(e.Pos(), "invalid remote method call: expected a client object, but found '%s'", t)
	})
	if ct == nil {
		return Invalid
	}
	return c.objectRemoteCall(e, ct, want)
}

// clientOperand types the object of a remote call or resource access action: nil
// (with its arguments checked) when it is invalid, or not an object (notObject
// reports it).
func (c *checker) clientOperand(x frontend.Expr, args []*frontend.Arg, notObject func(*Type)) *Type {
	t := c.expr(x, nil)
	if t.Kind == KInvalid || t.Kind != KObject || t.Obj == nil {
		c.argsOnly(args)
		if t.Kind != KInvalid {
			notObject(t)
		}
		return nil
	}
	return t
}

// newObject types new C(args) for class type t: the arguments are init's, and the
// result is C, or C|E when init may return an error E.
func (c *checker) newObject(e *frontend.NewExpr, t *Type) *Type {
	cls := t.Obj.Class
	if cls == nil {
		c.argsOnly(e.Args)
		c.errorf(e.Pos(), "invalid usage of 'new' with type '%s'", t)
		return Invalid
	}
	c.fillClass(cls)
	call := &Call{Kind: CallNew, Class: cls}
	c.prog.Calls[e] = call
	if cls.Init != nil && cls.Init.Library != "" {
		// a library class: its external init makes the object
		c.libCall(e.Pos(), "init", call, cls.Init, nil, nil, e.Args, nil)
		return cls.NewType()
	}
	if cls.Init == nil {
		if len(e.Args) > 0 {
			c.argsOnly(e.Args)
			c.errorf(e.Args[0].Value.Pos(), "too many arguments in call to 'init()'")
		}
		return t
	}
	c.matchArgsFn(e.Pos(), "init", call, e.Args, cls.Init)
	return cls.NewType()
}

// objectMethodCall types recv.name(args) on an object of type t.
func (c *checker) objectMethodCall(e *frontend.MethodCallExpr, call *Call, t *Type, want *Type) *Type {
	o := t.Obj
	if e.Name == "init" {
		c.argsOnly(e.Args)
		if c.isSelf(e.Recv) {
			c.unsupported(e.NameP, "calling init through self")
		} else {
			c.errorf(e.NameP, "object 'init' method call is allowed only within the type descriptor")
		}
		return Invalid
	}
	m := o.MethodByName(e.Name, false)
	if m == nil {
		if o.MethodByName(e.Name, true) != nil {
			c.argsOnly(e.Args)
			c.errorf(e.NameP, "invalid remote method call '.%s()': use '->%s()' for remote method calls", e.Name, e.Name)
			return Invalid
		}
		if f := o.FieldByName(e.Name); f != nil && f.Type.Kind == KFunc {
			c.argsOnly(e.Args)
			c.unsupported(e.NameP, "calling a function stored in an object field")
			return Invalid
		}
		// the langlib methods of every value (lang.value): toString, ...
		if fn := libFunc("value", e.Name); fn != nil {
			return c.libCall(e.NameP, e.Name, call, fn, e.Recv, t, e.Args, want)
		}
		if c.unsupportedLibMember(e.NameP, t, e.Name, e.Args) {
			return Invalid
		}
		c.argsOnly(e.Args)
		c.errorf(e.NameP, "undefined method '%s' in object '%s'", e.Name, t)
		return Invalid
	}
	if !c.accessible(m.Vis) {
		c.argsOnly(e.Args)
		c.errorf(e.NameP, "attempt to refer to non-accessible symbol '%s'", e.Name)
		return Invalid
	}
	if m.Lib != nil {
		return c.libMethodCall(e.NameP, e.Name, call, m, e.Recv, t, nil, e.Args, want)
	}
	call.Kind, call.Method, call.Sig = CallMethod, m, m.Type
	c.matchArgsFn(e.NameP, e.Name, call, e.Args, m.argsFunc(t))
	return retOf(m.Type)
}

// objectRemoteCall types recv->name(args) on an object of type t: a remote method
// of a client object.
func (c *checker) objectRemoteCall(e *frontend.RemoteCallExpr, t *Type, want *Type) *Type {
	o := t.Obj
	if !o.Client {
		c.argsOnly(e.Args)
		c.errorf(e.Pos(), "invalid remote method call: expected a client object, but found '%s'", t)
		return Invalid
	}
	m := o.MethodByName(e.Method, true)
	if m == nil {
		if c.unsupportedLibMember(e.Pos(), t, e.Method, e.Args) {
			return Invalid
		}
		c.argsOnly(e.Args)
		if o.MethodByName(e.Method, false) != nil {
			c.errorf(e.Pos(), "invalid method call '->%s()': '->' can only be used with remote methods", e.Method)
		} else {
			c.errorf(e.Pos(), "undefined remote method '%s' in object '%s'", e.Method, t)
		}
		return Invalid
	}
	call := &Call{Kind: CallMethod, Recv: e.Client, Method: m, Sig: m.Type}
	c.prog.Calls[e] = call
	if m.Lib != nil {
		return c.libMethodCall(e.Pos(), e.Method, call, m, e.Client, t, nil, e.Args, want)
	}
	c.matchArgsFn(e.Pos(), e.Method, call, e.Args, m.argsFunc(t))
	return retOf(m.Type)
}

// argsFunc is the Function a call of m on a value of type t matches its arguments
// to: the method's own on a class, else one standing for its declaration.
func (m *Method) argsFunc(t *Type) *Function {
	if m.Func == nil || !t.IsClass() {
		return m.signatureFunc()
	}
	return m.Func
}

// signatureFunc is a Function standing for a method of an object type descriptor,
// for argument matching: parameters named p0, p1, ... unless the method has a body.
func (m *Method) signatureFunc() *Function {
	if m.Func != nil {
		return m.Func
	}
	fn := &Function{Name: m.Name, Type: m.Type}
	for i, p := range m.Type.Params {
		name := fmt.Sprintf("p%d", i)
		if i < len(m.Type.PNames) {
			name = m.Type.PNames[i]
		}
		fn.Params = append(fn.Params, &Symbol{Kind: SymVar, Name: name, Type: p, Final: true})
		var def frontend.Expr
		if i < len(m.Defaultable) && m.Defaultable[i] {
			def = defaultMarker // the object's own method computes it
		}
		fn.Defaults = append(fn.Defaults, def)
	}
	if m.Type.RestP != nil {
		fn.Rest = &Symbol{Kind: SymVar, Name: "rest", Type: ArrayOf(m.Type.RestP, -1), Final: true}
	}
	return fn
}

// defaultMarker stands for the default of a parameter of a method declared in an
// object type: only its presence matters to argument matching.
var defaultMarker frontend.Expr = &frontend.NilLit{}

// unsupportedLibMember reports a method of a library class that Ballerina's module
// has but bal2go does not declare yet (http:Request's getQueryParams, http:Client's
// execute) as not supported, checking the arguments as far as it can; it returns
// false for a name the module does not have (a typo, reported as undefined).
func (c *checker) unsupportedLibMember(pos frontend.Pos, t *Type, name string, args []*frontend.Arg) bool {
	if !t.IsLibraryClass() {
		return false
	}
	f := libraryFeature(t.Module, t.Name+"."+name, "method")
	if f == "" {
		return false
	}
	c.unsupported(pos, f)
	c.argsLenient(args)
	return true
}
