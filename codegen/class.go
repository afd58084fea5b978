package codegen

import (
	"fmt"
	"strings"

	"github.com/bal2go/bal2go/check"
	"github.com/bal2go/bal2go/frontend"
	"github.com/dave/jennifer/jen"
)

// Classes. Each class is a Go struct with a constructor and one Go method per
// Ballerina method:
//
//	type Counter struct {
//		n int64
//	}
//
//	func newCounter_(n int64) *Counter {
//		self := &Counter{}
//		self.init_(n)
//		return self
//	}
//
//	func (self *Counter) get() int64 { return self.n }
//
// Object types are structural, so a value of type C may be an object of another
// class D when D is a subtype of C (it includes C's members). A class type without
// such subtypes in the program, the common case, is the Go pointer *C, its fields
// and methods used directly. Any other object type is rt.Object, its members
// reached by name (rt.ObjectField, rt.CallMethod), which the classes that may be
// held there implement (Field_, SetField_, Call_: rt.DynamicObject).

// classInfo is what the generator computes once about the program's classes.
type classInfo struct {
	subs    map[*check.Class][]*check.Class // classes (other than itself) that are subtypes of each
	dynamic map[*check.Class]bool           // classes whose objects may be held through an object type
}

func (g *gen) classInfo() *classInfo {
	if g.cls != nil {
		return g.cls
	}
	ci := &classInfo{subs: map[*check.Class][]*check.Class{}, dynamic: map[*check.Class]bool{}}
	g.cls = ci
	for _, c := range g.prog.Classes {
		for _, d := range g.prog.Classes {
			if d != c && check.IsSubtype(d.Type, c.Type) {
				ci.subs[c] = append(ci.subs[c], d)
			}
		}
	}
	// The object types the program holds values in through rt.Object: the classes
	// that belong to one with members must answer for them by name.
	seen := map[*check.Type]bool{}
	visit := func(t *check.Type) {
		for _, m := range check.MembersOf(t) {
			if m.Kind != check.KObject || m.Obj == nil || seen[m] {
				continue
			}
			seen[m] = true
			if g.exactClass(m) != nil || m.IsLibraryClass() || len(m.Obj.Fields)+len(m.Obj.Methods) == 0 {
				continue
			}
			for _, c := range g.prog.Classes {
				if check.IsSubtype(c.Type, m) {
					ci.dynamic[c] = true
				}
			}
		}
	}
	for _, t := range g.prog.TypeOf {
		visit(t)
	}
	for _, t := range g.prog.Types {
		visit(t)
	}
	return ci
}

// exactClass returns the class whose objects are the only values of object type t,
// or nil when t is not a class type or other classes are its subtypes.
func (g *gen) exactClass(t *check.Type) *check.Class {
	if !t.IsClass() || t.IsLibraryClass() {
		return nil
	}
	cls := t.Obj.Class
	if len(g.classInfo().subs[cls]) > 0 {
		return nil
	}
	return cls
}

// className is the Go name of a class's struct: an object constructor's class is
// objectN_, numbered in source order.
func (g *gen) className(cls *check.Class) string {
	if cls.Decl != nil {
		return g.names[g.prog.Defs[cls.Decl]]
	}
	if g.anonCls == nil {
		g.anonCls = map[*check.Class]string{}
		n := 0
		for _, c := range g.prog.Classes {
			if c.Expr != nil {
				n++
				g.anonCls[c] = fmt.Sprintf("object%d_", n)
			}
		}
	}
	return g.anonCls[cls]
}

// classLabel is the name a class's objects print with: its own, or for an object
// constructor the type it includes, else "object".
func classLabel(cls *check.Class) string {
	switch {
	case cls.Decl != nil:
		return cls.Name
	case cls.Expr.TypeRef != nil:
		return cls.Expr.TypeRef.Name
	}
	return "object"
}

// methodName is the Go name of a method. Remote methods have a symbol space of
// their own: one with the name of a plain method gets a suffix.
func (g *gen) methodName(fn *check.Function) string {
	switch d := fn.Decl.(type) {
	case *frontend.FuncDecl:
		if d.Remote && fn.Class.Type.Obj.MethodByName(fn.Name, false) != nil {
			return strings.TrimSuffix(goName(fn.Name), "_") + "Remote_"
		}
	case *frontend.ResourceFunc:
		return resourceMethodName(d)
	}
	return goName(fn.Name)
}

// resourceMethodName is the Go name of a resource method: its accessor and path,
// a path parameter as "By" and its name (get albums/[string id]/tracks is
// getAlbumsByIdTracks_; the underscore keeps it out of the Ballerina names).
func resourceMethodName(d *frontend.ResourceFunc) string {
	var b strings.Builder
	b.WriteString(d.Accessor)
	title := func(s string) {
		s = strings.TrimSuffix(goName(s), "_")
		b.WriteString(strings.ToUpper(s[:1]) + s[1:])
	}
	for _, seg := range d.Path {
		switch {
		case seg.Type != nil:
			b.WriteString("By")
			if seg.Param != "" {
				title(seg.Param)
			}
		case seg.Name != ".":
			title(seg.Name)
		}
	}
	return b.String() + "_"
}

// methodField is the Go field holding a method of an object constructor's class (Go
// name goMethod), a closure over the locals around the constructor (never a goName:
// see names.go).
func methodField(goMethod string) string { return strings.TrimSuffix(goMethod, "_") + "Fn_" }

// classVar is the Go variable holding a class's rt.Class.
func (g *gen) classVar(cls *check.Class) string {
	n := strings.TrimSuffix(g.className(cls), "_")
	return "class" + strings.ToUpper(n[:1]) + n[1:] + "_"
}

// methodFuncName names the helpers of method fn of a class (its parameters' defaults).
func (g *gen) methodFuncName(fn *check.Function) string {
	return g.className(fn.Class) + "_" + strings.TrimSuffix(g.methodName(fn), "_")
}

// newFunc is the Go name of a class's constructor.
func newFunc(name string) string { return "new" + name + "_" }

// classes emits the Go declarations of every class.
func (g *gen) classes() []jen.Code {
	var out []jen.Code
	for _, cls := range g.prog.Classes {
		out = append(out, g.class(cls)...)
	}
	return out
}

func (g *gen) class(cls *check.Class) []jen.Code {
	name := g.className(cls)
	o := cls.Type.Obj
	var fields []jen.Code
	for _, f := range o.Fields {
		fields = append(fields, jen.Id(goName(f.Name)).Add(g.goType(f.Type)))
	}
	fields = append(fields, g.objectKeyField(cls)...)
	recv := jen.Id("self").Op("*").Id(name)
	var out []jen.Code
	if cls.Expr != nil {
		out = g.anonClass(cls, fields)
	} else {
		out = []jen.Code{
			jen.Commentf("%s is the class %s.", name, cls.Name).Line().Type().Id(name).Struct(fields...),
			jen.Commentf("%s creates an object of class %s (new).", newFunc(name), cls.Name).Line().Add(g.constructor(cls)),
		}
	}
	var methods []*check.Function
	if cls.Decl != nil { // an object constructor's are closures, generated where it is
		methods = g.bodyMethods(cls)
	}
	for _, fn := range methods {
		g.names[fn.Self] = "self"
		mname := g.methodName(fn)
		for i, def := range fn.Defaults {
			if def != nil {
				out = append(out, g.defaultFunc(g.methodFuncName(fn), fn, i, def))
			}
		}
		params := g.params(fn)
		b, eb := bodyOf(fn)
		body, named := g.body(fn, b, eb)
		out = append(out, jen.Func().Params(recv).Id(mname).Params(params...).Add(g.results(fn.Type.Ret, named)).Block(body...))
	}
	cv := g.classVar(cls)
	out = append(out,
		jen.Var().Id(cv).Op("=").Op("&").Add(rtq("Class")).Values(g.classFields(cls)),
		jen.Comment("Class_ implements rt.Object.").Line().
			Func().Params(recv).Id("Class_").Params().Op("*").Add(rtq("Class")).Block(jen.Return(jen.Id(cv))),
	)
	if m := o.MethodByName("toString", false); m != nil && m.Func != nil && len(m.Type.Params) == 0 && m.Type.RestP == nil &&
		check.IsSubtype(m.Type.Ret, check.String) && !g.takesStrand(m.Func) && !g.takesDepth(m.Func) {
		// an object prints as its toString() (set in init: the method may refer to the class variable)
		g.tdInits = append(g.tdInits, jen.Id(cv).Dot("ToString").Op("=").Func().Params(jen.Id("o").Add(rtq("Object"))).String().Block(
			jen.Return(jen.Id("o").Assert(jen.Op("*").Id(name)).Dot(goName("toString")).Call()),
		))
	}
	if g.classInfo().dynamic[cls] {
		out = append(out, g.dynamicMembers(cls)...)
	}
	if cls.HTTP {
		out = append(out, g.httpServiceMethod(cls))
	}
	return out
}

// anonClass emits the struct of an object constructor's class: its fields and a
// function field per method, which the constructor sets to a closure, and the Go
// methods calling them:
//
//	type object1_ struct {
//		greetFn_ func(*rt.Strand, string)
//	}
//
//	func (self *object1_) greet(strand *rt.Strand, name string) { self.greetFn_(strand, name) }
func (g *gen) anonClass(cls *check.Class, fields []jen.Code) []jen.Code {
	name := g.className(cls)
	var methods []jen.Code
	fns := g.bodyMethods(cls)
	for _, fn := range fns {
		fields = append(fields, jen.Id(methodField(g.methodName(fn))).Add(g.goType(fn.Type)))
	}
	for _, fn := range fns {
		params := g.params(fn) // the strand first: an object constructor's methods take it
		args := []jen.Code{g.strand()}
		for _, p := range fn.Params {
			args = append(args, jen.Id(g.local(p)))
		}
		if fn.Rest != nil {
			args = append(args, jen.Id(g.local(fn.Rest)))
		}
		call := jen.Id("self").Dot(methodField(g.methodName(fn))).Call(args...)
		body := call
		if hasResult(fn.Type.Ret) {
			body = jen.Return(call)
		}
		methods = append(methods, jen.Func().Params(jen.Id("self").Op("*").Id(name)).Id(g.methodName(fn)).Params(params...).Add(g.resultType(fn.Type.Ret)).Block(body))
	}
	out := []jen.Code{jen.Commentf("%s is the class of the object constructor at %s:%d.", name, g.srcName, cls.Expr.Pos().Line).Line().
		Type().Id(name).Struct(fields...)}
	return append(out, methods...)
}

// bodyMethods returns the methods of a class with their bodies, init first.
func (g *gen) bodyMethods(cls *check.Class) []*check.Function {
	var fns []*check.Function
	if cls.Init != nil {
		fns = append(fns, cls.Init)
	}
	for _, m := range cls.Type.Obj.Methods {
		if m.Func != nil && m.Func.Class == cls {
			fns = append(fns, m.Func)
		}
	}
	return fns
}

// objectConstructor generates object { ... }: the object, its fields' initial
// values and its methods' closures, then init.
func (g *gen) objectConstructor(e *frontend.ObjectConstructorExpr, t *check.Type) jen.Code {
	cls := g.prog.ObjectClasses[e]
	if cls == nil {
		return jen.Nil()
	}
	obj := g.newTemp("obj")
	g.emit(jen.Id(obj).Op(":=").Op("&").Id(g.className(cls)).Values())
	for _, f := range cls.Type.Obj.Fields {
		if f.Value != nil {
			g.emit(jen.Id(obj).Dot(goName(f.Name)).Op("=").Add(g.exprTo(f.Value, f.Type)))
		}
	}
	for _, fn := range g.bodyMethods(cls) {
		g.names[fn.Self] = obj
		saved := g.cur
		b, eb := bodyOf(fn)
		body, named := g.body(fn, b, eb)
		g.cur = saved
		lit := jen.Func().Params(g.params(fn)...).Add(g.results(fn.Type.Ret, named)).Block(body...)
		g.emit(jen.Id(obj).Dot(methodField(g.methodName(fn))).Op("=").Add(lit))
	}
	if cls.Init != nil {
		call := jen.Id(obj).Dot(goName("init")).Call(g.strand())
		if cls.InitError().Kind == check.KNever {
			g.emit(call)
		} else {
			v := g.newTemp("obj")
			g.emit(jen.Var().Id(v).Any().Op("=").Id(obj))
			g.emit(jen.If(jen.Id("err").Op(":=").Add(call), jen.Id("err").Op("!=").Nil()).Block(jen.Id(v).Op("=").Id("err")))
			obj = v
		}
	}
	return g.convert(jen.Id(obj), cls.NewType(), t, e)
}

// classFields are the fields of a class's rt.Class.
func (g *gen) classFields(cls *check.Class) jen.Dict {
	d := jen.Dict{jen.Id("Name"): jen.Lit(classLabel(cls))}
	if cls.Type.Obj.ReadOnly {
		d[jen.Id("ReadOnly")] = jen.True()
	}
	return d
}

// constructor emits new C(args): the fields' initializers in order, then init.
func (g *gen) constructor(cls *check.Class) jen.Code {
	name := g.className(cls)
	ctor := g.ctorFunc(cls)
	ret := cls.NewType()
	saved := g.fn
	g.fn = &fnState{ret: ret, strand: g.takesStrand(ctor), outer: saved}
	var params []jen.Code
	if g.fn.strand {
		params = append(params, jen.Id(strandParam).Op("*").Add(rtq("Strand")))
	}
	var args []jen.Code
	if cls.Init != nil {
		for _, p := range cls.Init.Params {
			params = append(params, jen.Id(g.local(p)).Add(g.goType(p.Type)))
			args = append(args, jen.Id(g.local(p)))
		}
		if r := cls.Init.Rest; r != nil {
			params = append(params, jen.Id(g.local(r)).Add(g.goType(r.Type)))
			args = append(args, jen.Id(g.local(r)))
		}
	}
	body := g.collect(func() {
		g.emit(jen.Id("self").Op(":=").Op("&").Id(name).Values())
		for _, f := range cls.Type.Obj.Fields {
			if f.Value != nil {
				g.emit(jen.Id("self").Dot(goName(f.Name)).Op("=").Add(g.exprTo(f.Value, f.Type)))
			}
		}
		if cls.Init == nil {
			g.emit(jen.Return(jen.Id("self")))
			return
		}
		call := jen.Id("self").Dot(goName("init")).Call(append(g.implicitArgs(cls.Init), args...)...)
		if cls.InitError().Kind == check.KNever {
			g.emit(call)
		} else {
			g.emit(jen.If(jen.Id("err").Op(":=").Add(call), jen.Id("err").Op("!=").Nil()).Block(jen.Return(jen.Id("err"))))
		}
		g.emit(jen.Return(jen.Id("self")))
	})
	g.fn = saved
	return jen.Func().Id(newFunc(name)).Params(params...).Add(g.goType(ret)).Block(body...)
}

// ctorFunc is the Function whose strand needs a constructor has: init's, whose
// yield analysis takes in the field initializers (computeYields).
func (g *gen) ctorFunc(cls *check.Class) *check.Function {
	if cls.Init != nil {
		return cls.Init
	}
	if g.ctors == nil {
		g.ctors = map[*check.Class]*check.Function{}
	}
	fn := g.ctors[cls]
	if fn == nil {
		fn = &check.Function{Name: "new", Decl: cls.Decl, Class: cls, Type: check.FuncOf(nil, nil, cls.Type)}
		g.ctors[cls] = fn
	}
	return fn
}

// newClassObject generates new C(args).
func (g *gen) newClassObject(e *frontend.NewExpr, call *check.Call, t *check.Type) jen.Code {
	cls := call.Class
	ctor := g.ctorFunc(cls)
	var args []jen.Code
	if cls.Init != nil {
		args = g.userArgs(call, g.methodFuncName(cls.Init), cls.Init)
	}
	code := jen.Id(newFunc(g.className(cls))).Call(append(g.strandArgs(ctor), args...)...)
	return g.convert(code, cls.NewType(), t, e)
}

// dynamic reports whether a method call or field access on a value of static
// type t goes by name.
func (g *gen) dynamic(t *check.Type) bool { return g.exactClass(t) == nil && !t.IsLibraryClass() }

// objectFieldName is the Go name of field name of an object of type t: a library
// class's is exported (http:Response's statusCode is StatusCode).
func objectFieldName(t *check.Type, name string) string {
	if t.IsLibraryClass() {
		return strings.ToUpper(name[:1]) + name[1:]
	}
	return goName(name)
}

// objectField generates x.name on an object.
func (g *gen) objectField(x jen.Code, xt *check.Type, name string, t *check.Type) jen.Code {
	f := xt.Obj.FieldByName(name)
	if g.dynamic(xt) {
		return g.convert(rtCall("ObjectField", x, jen.Lit(name)), check.Any, t, nil)
	}
	return g.convert(jen.Add(x).Dot(objectFieldName(xt, name)), f.Type, t, nil)
}

// setObjectField generates x.name = v on an object.
func (g *gen) setObjectField(x jen.Code, xt *check.Type, name string, lt *check.Type, e frontend.Expr, value func(func() jen.Code) jen.Code) jen.Code {
	if g.dynamic(xt) {
		v := value(func() jen.Code { return g.objectField(x, xt, name, lt) })
		return rtCall("SetObjectField", x, jen.Lit(name), g.convert(v, lt, check.Any, e))
	}
	f := xt.Obj.FieldByName(name)
	fname := objectFieldName(xt, name)
	v := value(func() jen.Code { return g.convert(jen.Add(x).Dot(fname), f.Type, lt, nil) })
	return jen.Add(x).Dot(fname).Op("=").Add(g.convert(v, lt, f.Type, e))
}

// objectMethodCall generates recv.m(args).
func (g *gen) objectMethodCall(recvExpr frontend.Expr, call *check.Call, t *check.Type) jen.Code {
	rt := g.prog.TypeOfExpr(recvExpr)
	m := call.Method
	recv := g.expr(recvExpr)
	if !isPureExpr(recvExpr) && !g.argsPure(call) {
		tmp := g.newTemp("recv")
		g.emit(jen.Id(tmp).Op(":=").Add(recv))
		recv = jen.Id(tmp)
	}
	if !g.dynamic(rt) {
		fn := m.Func
		args := g.userArgs(call, g.methodFuncName(fn), fn)
		code := jen.Add(recv).Dot(g.methodName(fn)).Call(append(g.implicitArgs(fn), args...)...)
		if !hasResult(m.Type.Ret) {
			return code
		}
		return g.convert(code, check.FuncRet(m.Type), t, nil)
	}
	sig := m.Type
	args := []jen.Code{g.strand(), recv, jen.Lit(m.Key())}
	for i, a := range call.Args {
		if a == nil {
			args = append(args, rtq("DefaultArg")) // the object's method computes it
			continue
		}
		args = append(args, g.convert(g.exprTo(a, sig.Params[i]), sig.Params[i], check.Any, a))
	}
	if sig.RestP != nil {
		args = append(args, g.restList(call, sig.RestP, g.restCodes(call, sig.RestP)))
	}
	code := rtCall("CallMethod", args...)
	if !hasResult(m.Type.Ret) {
		return code
	}
	return g.convert(code, check.Any, t, nil)
}

func (g *gen) restCodes(call *check.Call, elem *check.Type) []jen.Code {
	var out []jen.Code
	for _, r := range call.RestArg {
		out = append(out, g.exprTo(r, elem))
	}
	return out
}

// argsPure reports whether evaluating a call's arguments has no effects (so the
// receiver need not be evaluated into a temporary first).
func (g *gen) argsPure(call *check.Call) bool {
	for _, a := range call.Args {
		if a != nil && !isPureExpr(a) {
			return false
		}
	}
	for _, a := range call.RestArg {
		if !isPureExpr(a) {
			return false
		}
	}
	return call.Spread == nil || isPureExpr(call.Spread)
}

// dynamicMembers emits the rt.DynamicObject methods of a class: its fields and
// methods by name.
func (g *gen) dynamicMembers(cls *check.Class) []jen.Code {
	name := g.className(cls)
	o := cls.Type.Obj
	recv := jen.Id("self").Op("*").Id(name)
	saved := g.fn
	defer func() { g.fn = saved }()
	g.fn = &fnState{ret: check.Any, strand: true}
	var get, set, call []jen.Code
	for _, f := range o.Fields {
		if f.Vis != check.VisPublic && f.Vis != check.VisModule {
			continue // private: never reached through an object type
		}
		fn := goName(f.Name)
		get = append(get, jen.Case(jen.Lit(f.Name)).Block(jen.Return(g.convert(jen.Id("self").Dot(fn), f.Type, check.Any, nil))))
		if f.Final { // a readonly class's fields are final too
			set = append(set, jen.Case(jen.Lit(f.Name)).Block(rtCall("PanicFieldUpdate", jen.Id("self"), jen.Lit(f.Name))))
			continue
		}
		set = append(set, jen.Case(jen.Lit(f.Name)).Block(jen.Id("self").Dot(fn).Op("=").Add(
			rtGeneric("StoreField", []jen.Code{g.goType(f.Type)}, jen.Id("v"), jen.Lit(f.Name), g.typeDesc(f.Type)))))
	}
	for _, m := range o.Methods {
		if m.Func == nil || (m.Vis != check.VisPublic && m.Vis != check.VisModule) {
			continue
		}
		var body []jen.Code
		stmts := g.collect(func() {
			var args []jen.Code
			for i, p := range m.Func.Params {
				arg := g.convert(jen.Id("args").Index(jen.Lit(i)), check.AnyOrError, p.Type, nil)
				if def := m.Func.Defaults[i]; def != nil {
					// left out by the caller: this method's own default, from the arguments before it
					v := g.newTemp("arg")
					dargs := append(g.strandArgs(m.Func), args...)
					g.emit(jen.Var().Id(v).Add(g.goType(p.Type)))
					g.emit(jen.If(jen.Id("args").Index(jen.Lit(i)).Op("==").Add(rtq("DefaultArg"))).Block(
						jen.Id(v).Op("=").Id(defaultFuncName(g.methodFuncName(m.Func), p.Name)).Call(dargs...),
					).Else().Block(jen.Id(v).Op("=").Add(arg)))
					arg = jen.Id(v)
				}
				args = append(args, arg)
			}
			if r := m.Func.Rest; r != nil {
				args = append(args, g.convert(jen.Id("args").Index(jen.Lit(len(m.Func.Params))), check.AnyOrError, r.Type, nil))
			}
			c := jen.Id("self").Dot(g.methodName(m.Func)).Call(append(g.implicitArgs(m.Func), args...)...)
			if hasResult(m.Type.Ret) {
				body = []jen.Code{jen.Return(g.convert(c, check.FuncRet(m.Type), check.Any, nil))}
			} else {
				body = []jen.Code{c, jen.Return(jen.Nil())}
			}
		})
		call = append(call, jen.Case(jen.Lit(m.Key())).Block(append(stmts, body...)...))
	}
	unreachable := jen.Panic(jen.Lit("unreachable: the checker resolved the member"))
	return []jen.Code{
		jen.Comment("Field_ implements rt.DynamicObject.").Line().
			Func().Params(recv).Id("Field_").Params(jen.Id("name").String()).Any().Block(
			jen.Switch(jen.Id("name")).Block(get...), unreachable),
		jen.Comment("SetField_ implements rt.DynamicObject.").Line().
			Func().Params(recv).Id("SetField_").Params(jen.Id("name").String(), jen.Id("v").Any()).Block(
			jen.Switch(jen.Id("name")).Block(append(set, jen.Default().Block(unreachable))...)),
		jen.Comment("Call_ implements rt.DynamicObject.").Line().
			Func().Params(recv).Id("Call_").Params(jen.Id(strandParam).Op("*").Add(rtq("Strand")), jen.Id("name").String(), jen.Id("args").Index().Any()).Any().Block(
			jen.Switch(jen.Id("name")).Block(call...), unreachable),
	}
}

// objectTypeDesc is the runtime descriptor of an object type: the classes of the
// program whose objects belong to it.
func (g *gen) objectTypeDesc(t *check.Type) jen.Code {
	args := []jen.Code{jen.Lit(t.String())}
	for _, c := range g.prog.Classes {
		if check.IsSubtype(c.Type, t) {
			args = append(args, jen.Id(g.classVar(c)))
		}
	}
	for _, c := range check.LibraryClasses() {
		if check.IsSubtype(c.Type, t) {
			args = append(args, httpq(c.Name+"Class")) // the classes of rt/http
		}
	}
	return rtCall("ObjectTypeOf", args...)
}

// classMethods returns the methods of the program's classes with bodies (init
// included), for the yield and recursion analyses.
func (g *gen) classMethods() []*check.Function {
	var out []*check.Function
	for _, cls := range g.prog.Classes {
		if cls.Init == nil && cls.Decl != nil {
			out = append(out, g.ctorFunc(cls))
		}
		out = append(out, g.bodyMethods(cls)...)
	}
	return out
}
