package check

import (
	"strings"

	"github.com/bal2go/bal2go/frontend"
)

// Library classes: the classes a library module declares in check/lib
// (http:Client, http:Request, ...) are ordinary classes of their module, typed
// and checked like a program's, whose methods are external. A call of such a
// method is typed as a call of a library function whose first parameter is the
// receiver (Method.Lib), with the rules of libCall: its typedesc parameters are
// dependent (`c->get("/a")` binds targetType from the type the call's context
// expects) and the code generator binds it, by its LibraryKey, in the same
// table as the module's functions.

// libMethods prepares the external methods of cls, a class of the library
// module mod, for calls: init keeps its parameters (new passes no receiver);
// every other method gets its Lib function, the receiver first.
func libMethods(mod string, cls *Class) (out []*Function, diags []frontend.Diagnostic) {
	if init := cls.Init; init != nil {
		if !isExternal(init) {
			diags = append(diags, frontend.Errorf(init.Decl.Pos(), "type", "a method of a library class must be external"))
		} else {
			init.Library, init.LibName = mod, cls.Name+".init"
			out = append(out, init)
		}
	}
	for _, m := range cls.Type.Obj.Methods {
		if m.Func == nil || !isExternal(m.Func) {
			diags = append(diags, frontend.Errorf(m.Pos, "type", "a method of a library class must be external"))
			continue
		}
		m.Lib = receiverFirst(cls, m)
		m.Lib.Library, m.Lib.LibName = mod, cls.Name+libMethodName(m)
		out = append(out, m.Lib)
	}
	return out, diags
}

// libMethodName is how LibraryKey names method m after its class's name.
func libMethodName(m *Method) string {
	switch {
	case m.Remote:
		return "->" + m.Name
	case m.Accessor != "":
		var segs []string
		for _, s := range m.Path {
			switch {
			case s.Rest:
				segs = append(segs, "**")
			case s.Type != nil:
				segs = append(segs, "*")
			default:
				segs = append(segs, s.Name)
			}
		}
		return "/" + strings.Join(segs, "/") + "." + m.Accessor
	}
	return "." + m.Name
}

// receiverFirst is method m of cls as a function taking the receiver first.
func receiverFirst(cls *Class, m *Method) *Function {
	fn := m.Func
	self := &Symbol{Kind: SymVar, Name: "self", Type: cls.Type, Final: true}
	lib := &Function{Name: m.Name, Decl: fn.Decl, Class: cls, Isolated: fn.Isolated, Rest: fn.Rest}
	lib.Params = append([]*Symbol{self}, fn.Params...)
	lib.Defaults = append([]frontend.Expr{nil}, fn.Defaults...)
	if fn.Included != nil {
		lib.Included = append([]bool{false}, fn.Included...)
	}
	lib.Type = FuncOf(append([]*Type{cls.Type}, fn.Type.Params...), fn.Type.RestP, fn.Type.Ret)
	lib.Type.PNames = append([]string{"self"}, fn.Type.PNames...)
	lib.Type.Isolated = fn.Type.Isolated
	return lib
}

// isExternal reports whether fn's body is "= external;".
func isExternal(fn *Function) bool {
	switch d := fn.Decl.(type) {
	case *frontend.FuncDecl:
		return d.External
	case *frontend.ResourceFunc:
		return d.External
	}
	return false
}

// adoptLibType records t, a type of a library module, as a type of the program
// when it is a record type: the code generator declares a struct for each record
// type of the program, and the program names this one or constructs a value of it
// (a call's named arguments for an included record parameter: timeout = 5).
func (c *checker) adoptLibType(t *Type) {
	r := t.Mutable()
	if r.Kind != KRecord || r.Module == "" || c.adopted[r] {
		return
	}
	if c.adopted == nil {
		c.adopted = map[*Type]bool{}
	}
	c.adopted[r] = true
	c.prog.Records = append(c.prog.Records, r)
}

// libMethodCall types a call of m, an external method of a library class, on
// recv of type recvT. pre are the arguments before the call's own: those a
// resource call's path gives.
func (c *checker) libMethodCall(pos frontend.Pos, shown string, call *Call, m *Method, recv frontend.Expr, recvT *Type, pre, args []*frontend.Arg, want *Type) *Type {
	return c.libCall(pos, shown, call, m.Lib, recv, recvT, append(pre, args...), want)
}
