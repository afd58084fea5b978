package check

import (
	"fmt"
	"slices"
	"strings"

	"github.com/bal2go/bal2go/check/semtype"
	"github.com/bal2go/bal2go/frontend"
)

// Objects: classes, object type descriptors and (later) object constructors. An
// object type is structural (spec "Objects › Typing"): a class C is also a T when
// C has every member of T with the same visibility and a subtype type, so its
// relations come from the semantic form (sem.go, semtype/object.go); the
// descriptive Object here keeps the members as written, for member access,
// messages and the Go struct of a class.

// The visibility regions of object members (spec "Visibility"): public members
// are seen everywhere, members without a qualifier in the module, and private
// members only in the methods of their class, whose region is its own
// ("private#N", N the class's ID).
const (
	// VisPublic and VisModule are the public and module regions.
	VisPublic = "public"
	VisModule = "module"
)

// Object describes the members of an object type.
type Object struct {
	Fields  []*ObjectField
	Methods []*Method
	// The qualifiers: only isolated (client, service) objects belong to an
	// isolated (client, service) object type.
	Isolated, Client, Service bool
	// ReadOnly marks a readonly class: its objects are read-only and its fields
	// hold read-only values.
	ReadOnly bool
	// Class is the class this is the type of; nil for an object type descriptor.
	Class *Class
}

// ObjectField is a field of an object type or class.
type ObjectField struct {
	Name  string
	Type  *Type
	Vis   string // VisPublic, VisModule or the class's private region
	Final bool
	Pos   frontend.Pos
	// Value is a class field's initializer (nil when init assigns it).
	Value frontend.Expr
}

// isolatedField reports whether f may be accessed in an isolated object without a
// lock: it is final and holds a read-only value or an isolated object.
func (f *ObjectField) isolatedField() bool { return f.Final && IsSubtype(f.Type, isolatedValue) }

// Method is a method of an object type or class.
type Method struct {
	Name     string
	Type     *Type // KFunc
	Vis      string
	Remote   bool
	Isolated bool
	Pos      frontend.Pos
	// Func is a class method's body (nil in an object type descriptor); its
	// Params name the parameters.
	Func *Function
	// Accessor and Path describe a resource method (Accessor "" for others), whose
	// Name is its accessor and path ("get albums/[string]/tracks"), and whose
	// parameters are its path parameters (a rest one as a list), then its own.
	Accessor string
	Path     []ResourceSeg
	// Defaultable marks the parameters declared with a default: a call through the
	// object type may leave them out, and the object's method computes its default.
	Defaultable []bool
	// Lib is an external method of a library class (check/lib) as a library
	// function taking the receiver first (libclass.go); nil for others.
	Lib *Function
}

// ResourceSeg is a segment of a resource method's path: a name, or a parameter
// of type Type ([T x], or [T... xs] when Rest).
type ResourceSeg struct {
	Name string
	Type *Type
	Rest bool
}

// Class is a class definition or an object constructor expression (whose class is
// anonymous): the code generator emits one Go struct per class.
type Class struct {
	Name string // "" for an object constructor
	Decl *frontend.ClassDecl
	// Expr is the object constructor of an anonymous class (Decl is nil): its
	// methods are closures over the locals around it.
	Expr *frontend.ObjectConstructorExpr
	Type *Type // KObject, Obj.Class == this class
	// Init is the init method, nil when the class has none (new then only
	// initializes the fields).
	Init *Function
	ID   int
	// HTTP marks a service class (or service object constructor) of type
	// http:Service, whose Resources an http:Listener dispatches requests to.
	HTTP      bool
	Resources []*Resource
	// filling guards against a class including itself.
	filling, filled bool
}

// InitError is the error init may return (never when it cannot, or there is no init):
// new then yields it instead of the object.
func (cls *Class) InitError() *Type {
	if cls.Init == nil {
		return Never
	}
	return ErrorPart(retOf(cls.Init.Type))
}

// NewType is the type of new C(...) and of an object constructor: C, or C|E when init
// may return an error E.
func (cls *Class) NewType() *Type {
	if ep := cls.InitError(); ep.Kind != KNever {
		return Union(cls.Type, ep)
	}
	return cls.Type
}

// Pos is where the class is defined: its name, or its object constructor.
func (cls *Class) Pos() frontend.Pos {
	if cls.Decl != nil {
		return cls.Decl.NameP
	}
	return cls.Expr.Pos()
}

// private returns the visibility region of the private members of class cls.
func (cls *Class) private() string { return fmt.Sprintf("private#%d", cls.ID) }

// FieldByName returns the object field called name, or nil.
func (o *Object) FieldByName(name string) *ObjectField {
	for _, f := range o.Fields {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// MethodByName returns the method called name (a remote method when remote), or nil.
func (o *Object) MethodByName(name string, remote bool) *Method {
	for _, m := range o.Methods {
		if m.Name == name && m.Remote == remote {
			return m
		}
	}
	return nil
}

// IsClass reports whether t is the type of a class of the program or of a
// library module.
func (t *Type) IsClass() bool { return t.Kind == KObject && t.Obj != nil && t.Obj.Class != nil }

// IsLibraryClass reports whether t is the type of a class a library module
// declares (http:Client): the runtime implements its objects.
func (t *Type) IsLibraryClass() bool { return t.IsClass() && t.Module != "" }

// declareClass declares the name of a class: its type is complete once
// fillClass has resolved its members (after the type definitions).
func (c *checker) declareClass(d *frontend.ClassDecl) *Symbol {
	c.classID++
	cls := &Class{Name: d.Name, Decl: d, ID: c.classID}
	t := &Type{Kind: KObject, Name: d.Name, Obj: &Object{Class: cls}, incomplete: true}
	cls.Type = t
	c.prog.Classes = append(c.prog.Classes, cls)
	c.classes[d] = cls
	return &Symbol{Kind: SymType, Name: d.Name, Pos: d.Pos(), Type: t}
}

// objectConstructor checks object { ... }: an anonymous class, whose field
// initializers and methods see the locals around it, and one object of it.
func (c *checker) objectConstructor(e *frontend.ObjectConstructorExpr, want *Type) *Type {
	c.classID++
	cls := &Class{Expr: e, ID: c.classID}
	t := &Type{Kind: KObject, Obj: &Object{Class: cls, Isolated: e.Quals.Isolated, Client: e.Quals.Client, Service: e.Quals.Service}, incomplete: true}
	cls.Type = t
	c.prog.Classes = append(c.prog.Classes, cls)
	c.prog.ObjectClasses[e] = cls
	m := e.ObjectMembers
	if e.TypeRef != nil {
		m.Includes = append([]frontend.TypeExpr{e.TypeRef}, m.Includes...)
	}
	c.objectMembers(t, &m, cls)
	if e.TypeRef == nil && want != nil && want.Kind == KObject && want.Obj != nil {
		// the object belongs to the distinct types of the type it is constructed
		// for (http:Service svc = service object { ... })
		t.Distinct = append(t.Distinct, want.Distinct...)
	}
	for _, a := range e.Annots {
		c.annotation(a, "object constructor")
	}
	if !t.Obj.Isolated {
		// implicitly isolated when every field is final with a read-only or isolated
		// object type (spec "Object constructor")
		iso := true
		for _, f := range t.Obj.Fields {
			iso = iso && f.isolatedField()
		}
		t.Obj.Isolated = iso
	}
	if cls.Init != nil && (len(cls.Init.Params) > 0 || cls.Init.Rest != nil) {
		c.errorf(cls.Init.Decl.Pos(), "object constructor 'init' method cannot have parameters")
	}
	t.incomplete = false
	cls.filled = true
	c.checkClass(cls)
	return cls.NewType()
}

// isolatedValue is readonly|isolated object {}: the values an isolated object's final
// fields may hold, and whose access needs no lock.
var isolatedValue = Union(Readonly, &Type{Kind: KObject, Obj: &Object{Isolated: true}})

// fillClass resolves the members of a class: its inclusions, field types and
// method signatures (bodies are checked by checkClass).
func (c *checker) fillClass(cls *Class) {
	if cls.filled || cls.filling {
		return
	}
	cls.filling = true
	d := cls.Decl
	t := cls.Type
	q := d.Quals
	t.Obj.Isolated, t.Obj.Client, t.Obj.Service, t.Obj.ReadOnly = q.Isolated, q.Client, q.Service, q.Readonly
	c.objectMembers(t, &d.ObjectMembers, cls)
	if q.Distinct {
		t.Distinct = append(t.Distinct, semtype.NewDistinctID(d.Name))
	}
	for _, a := range d.Annots {
		c.annotation(a, "class")
	}
	t.incomplete = false
	cls.filling, cls.filled = false, true
}

// objectTypeDesc resolves an object type descriptor into t.
func (c *checker) objectTypeDesc(t *Type, te *frontend.ObjectType) {
	t.Obj = &Object{Isolated: te.Quals.Isolated, Client: te.Quals.Client, Service: te.Quals.Service}
	c.objectMembers(t, &te.ObjectMembers, nil)
	t.incomplete = false
}

// objectMembers resolves the members of a class (cls != nil) or an object type:
// included types first, then its own fields and methods, which may override
// included ones with a subtype.
func (c *checker) objectMembers(t *Type, m *frontend.ObjectMembers, cls *Class) {
	o := t.Obj
	included := map[string]bool{}      // members that came from an inclusion
	twice := map[string]frontend.Pos{} // fields two inclusions bring: the second's position
	for _, inc := range m.Includes {
		for _, name := range c.includeObject(t, inc, included) {
			twice[name] = inc.Pos()
		}
	}
	vis := func(public, private bool) string {
		switch {
		case public:
			return VisPublic
		case private && cls != nil:
			return cls.private()
		}
		return VisModule
	}
	own := map[string]frontend.Pos{}
	for _, f := range m.Fields {
		if p, dup := own[f.Name]; dup && p.IsKnown() {
			c.errorf(f.NameP, "redeclared symbol '%s'", f.Name)
			continue
		}
		own[f.Name] = f.NameP
		ft := c.resolveType(f.Type)
		if f.Readonly || o.ReadOnly {
			ft = ReadOnlyOf(ft)
		}
		if f.Private && cls == nil {
			c.errorf(f.Pos(), "private qualifier is not allowed for object type descriptor fields")
		}
		fld := &ObjectField{Name: f.Name, Type: ft, Vis: vis(f.Public, f.Private), Final: f.Final || f.Readonly || o.ReadOnly, Pos: f.Pos(), Value: f.Value}
		for _, a := range f.Annots {
			c.annotation(a, "field")
		}
		if old := o.FieldByName(f.Name); old != nil && included[f.Name] {
			if !IsSubtype(ft, old.Type) {
				c.errorf(f.Type.Pos(), "included field '%s' of type '%s' cannot be overridden by a field of type '%s': expected a subtype of '%s'", f.Name, old.Type, ft, old.Type)
			} else if old.Vis != fld.Vis {
				c.errorf(f.Pos(), "mismatched visibility qualifiers for field '%s' with object type inclusion", f.Name)
			}
			*old = *fld
			delete(twice, f.Name)
			continue
		}
		if o.MethodByName(f.Name, false) != nil {
			c.errorf(f.NameP, "redeclared symbol '%s'", f.Name)
			continue
		}
		if o.Isolated && cls != nil && !strings.HasPrefix(fld.Vis, "private#") && !fld.isolatedField() {
			c.errorf(f.Pos(), "invalid non-private mutable field in an 'isolated' object")
		}
		o.Fields = append(o.Fields, fld)
	}
	for name, pos := range twice {
		// spec "Inclusion and type-ids": the including type must override such a field
		c.errorf(pos, "redeclared symbol '%s'", name)
	}
	for _, md := range m.Methods {
		c.objectMethod(t, md, cls, vis(md.Public, md.Private), own, included)
	}
	for _, rf := range m.Resources {
		c.resourceMethod(t, rf, cls)
	}
	if cls != nil {
		for _, mt := range o.Methods {
			if mt.Func == nil && mt.Name != "init" {
				pos, name := cls.Pos(), cls.Name
				if cls.Expr != nil {
					name = t.String()
				}
				c.errorf(pos, "no implementation found for the method '%s' of class '%s'", mt.Name, name)
			}
		}
	}
}

// objectMethod declares method md of t: its signature, and for a class its body's Function.
func (c *checker) objectMethod(t *Type, md *frontend.FuncDecl, cls *Class, vis string, own map[string]frontend.Pos, included map[string]bool) {
	o := t.Obj
	var fn *Function
	if cls != nil {
		fn = &Function{Name: md.Name, Decl: md, Class: cls}
		if cls.Expr != nil {
			fn.Outer = c.fnOrNil() // the methods of an object constructor are closures
		}
		c.prog.Funcs[md] = fn
	}
	sig := c.signature(&md.Sig, fn)
	if fn != nil {
		fn.Type = sig
	}
	sig.Isolated = sig.Isolated || md.Isolated // a method declared in an object type has no Function
	for _, a := range md.Annots {
		c.annotation(a, "method")
	}
	if md.Remote && !o.Client && !o.Service {
		c.errorf(md.Pos(), "remote qualifier only allowed in client and service objects")
	}
	if md.Name == "init" {
		switch {
		case cls == nil:
			c.errorf(md.Pos(), "object type descriptor '%s' cannot have an init method", t)
		case md.Private:
			c.errorf(md.Pos(), "object initializer function can not be declared as private")
		default:
			if ret := retOf(sig); !IsSubtype(ret, Optional(Error)) || !IsNilable(ret) {
				pos := md.Pos()
				if md.Sig.Return != nil {
					pos = md.Sig.Return.Pos()
				}
				c.errorf(pos, "invalid object constructor return type '%s', expected a subtype of 'error?' containing '()'", ret)
			}
			cls.Init = fn
		}
		return // init is not a member of the object's shape
	}
	key := md.Name // remote methods have a symbol space of their own
	if md.Remote {
		key = "->" + md.Name
	}
	if p, dup := own[key]; dup && p.IsKnown() {
		c.errorf(md.Pos(), "redeclared symbol '%s'", md.Name)
		return
	}
	own[key] = md.Pos()
	mt := &Method{Name: md.Name, Type: sig, Vis: vis, Remote: md.Remote, Isolated: md.Isolated, Pos: md.Pos(), Func: fn}
	for _, p := range md.Sig.Params {
		if !p.Rest {
			mt.Defaultable = append(mt.Defaultable, p.Default != nil)
		}
	}
	if old := o.MethodByName(md.Name, md.Remote); old != nil && included[key] {
		if !IsSubtype(sig, old.Type) || old.Vis != vis {
			c.errorf(md.Pos(), "mismatched function signatures: expected '%s', found '%s'", methodSig(old), methodSig(mt))
		}
		*old = *mt
		return
	}
	if !md.Remote && o.FieldByName(md.Name) != nil {
		c.errorf(md.Pos(), "redeclared symbol '%s'", md.Name)
		return
	}
	o.Methods = append(o.Methods, mt)
}

// Key is the name of a method in its object's symbol spaces: "->m" for a remote
// method m (rt.CallMethod knows methods by it too).
func (m *Method) Key() string {
	if m.Remote {
		return "->" + m.Name
	}
	return m.Name
}

// methodSig spells a method's signature as jBallerina's messages do.
func methodSig(m *Method) string {
	var b strings.Builder
	if m.Vis == VisPublic {
		b.WriteString("public ")
	}
	b.WriteString("function " + m.Name + "(")
	for i, p := range m.Type.Params {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(p.String())
		if i < len(m.Type.PNames) && m.Type.PNames[i] != "" {
			b.WriteString(" " + m.Type.PNames[i])
		}
	}
	if m.Type.RestP != nil {
		if len(m.Type.Params) > 0 {
			b.WriteString(", ")
		}
		b.WriteString(m.Type.RestP.String() + "...")
	}
	b.WriteString(")")
	if r := retOf(m.Type); r.Kind != KNil {
		b.WriteString(" returns " + r.String())
	}
	return b.String()
}

// includeObject copies the members of the object type inc names into t (spec
// "Inclusion and type-ids"): their types only, no initializers or bodies, and its
// type ids.
func (c *checker) includeObject(t *Type, inc frontend.TypeExpr, included map[string]bool) (dups []string) {
	it := c.resolveType(inc)
	if it.IsClass() {
		c.fillClass(it.Obj.Class)
	}
	if it.Kind == KInvalid {
		return nil
	}
	if it.Kind != KObject || it.Obj == nil {
		c.errorf(inc.Pos(), "incompatible types: '%s' is not an object", it)
		return nil
	}
	if it.incomplete {
		c.errorf(inc.Pos(), "invalid cyclic type reference in '[%s, %s]'", it, t)
		return nil
	}
	io, o := it.Obj, t.Obj
	var missing []string
	for _, q := range []struct {
		in, out bool
		name    string
	}{{io.Isolated, o.Isolated, "isolated"}, {io.Client, o.Client, "client"}, {io.Service, o.Service, "service"}} {
		if q.in && !q.out {
			missing = append(missing, q.name)
		}
	}
	if len(missing) > 0 {
		c.errorf(inc.Pos(), "invalid object type inclusion: missing '%s' qualifier(s) in the referencing object", strings.Join(missing, " "))
	}
	if io.ReadOnly && !o.ReadOnly {
		c.errorf(inc.Pos(), "object type inclusion cannot be used with a 'readonly class' in a 'class' that is not 'readonly'")
	}
	for _, f := range io.Fields {
		if strings.HasPrefix(f.Vis, "private#") {
			c.errorf(inc.Pos(), "invalid object type inclusion with an object that has private fields or methods")
			return nil
		}
	}
	for _, m := range io.Methods {
		if strings.HasPrefix(m.Vis, "private#") {
			c.errorf(inc.Pos(), "invalid object type inclusion with an object that has private fields or methods")
			return nil
		}
	}
	for _, f := range io.Fields {
		cp := *f
		cp.Value, cp.Final = nil, f.Final
		if old := o.FieldByName(f.Name); old != nil {
			*old = cp // a later inclusion's field: the including type must override it
			dups = append(dups, f.Name)
		} else {
			o.Fields = append(o.Fields, &cp)
		}
		included[f.Name] = true
	}
	for _, m := range io.Methods {
		cp := *m
		cp.Func = nil
		if old := o.MethodByName(m.Name, m.Remote); old != nil {
			*old = cp
		} else {
			o.Methods = append(o.Methods, &cp)
		}
		included[m.Key()] = true
	}
	t.Distinct = append(t.Distinct, it.Distinct...)
	return dups
}

// checkClass checks the bodies of a class: its field initializers, then its
// methods with self in scope.
func (c *checker) checkClass(cls *Class) {
	o := cls.Type.Obj
	outer := c.class
	c.class = cls
	defer func() { c.class = outer }()
	savedInit, savedFC := c.fieldInit, c.fieldInitFC
	c.fieldInit, c.fieldInitFC = cls, c.fc
	for _, f := range o.Fields {
		if f.Value != nil && cls.Expr != nil {
			c.expr(f.Value, f.Type) // evaluated where the object is constructed
		} else if f.Value != nil {
			c.atModuleLevel(func() { c.expr(f.Value, f.Type) })
		} else if cls.Init == nil {
			c.errorf(f.Pos, "uninitialized field '%s'", f.Name)
		}
	}
	c.fieldInit, c.fieldInitFC = savedInit, savedFC
	c.serviceClass(cls)
	if cls.Init != nil && !isExternal(cls.Init) {
		c.methodBody(cls, cls.Init)
	}
	for _, m := range o.Methods {
		if m.Func != nil && !isExternal(m.Func) {
			c.methodBody(cls, m.Func)
		}
	}
}

// methodBody checks a method of cls: a function with self, a final variable of the
// class's type, in scope. In init, fields without an initializer start unassigned
// and must be assigned on every path that completes normally.
func (c *checker) methodBody(cls *Class, fn *Function) {
	var params []*frontend.Param
	var body *frontend.Block
	var exprBody frontend.Expr
	switch d := fn.Decl.(type) {
	case *frontend.FuncDecl:
		params, body, exprBody = d.Sig.Params, d.Body, d.ExprBody
	case *frontend.ResourceFunc:
		params, body, exprBody = slices.Concat(fn.PathParams, d.Sig.Params), d.Body, d.ExprBody
	}
	self := &Symbol{Kind: SymVar, Name: "self", Pos: fn.Decl.Pos(), Type: cls.Type, Final: true, Owner: fn}
	fn.Self = self
	outer := c.sc
	c.sc = &scope{parent: c.sc, names: map[string]*Symbol{"self": self}}
	var fields map[string]*Symbol
	if fn == cls.Init {
		fields = map[string]*Symbol{}
		for _, f := range cls.Type.Obj.Fields {
			if f.Value == nil {
				fields[f.Name] = &Symbol{Kind: SymVar, Name: "self." + f.Name, Pos: f.Pos, Owner: fn}
			}
		}
	}
	var initFC *funcCtx
	c.funcBodyWith(fn, params, body, exprBody, func(fc *funcCtx) {
		fc.fields = fields
		for _, s := range fields {
			fc.unassigned[s] = unInit
		}
		initFC = fc
	})
	if fields != nil && body != nil {
		c.checkSelfUses(initFC, body)
	}
	c.sc = outer
}

// fieldInitFail checks a check expression in a field initializer of class cls:
// its error ends the construction, so init must be able to return it.
func (c *checker) fieldInitFail(pos frontend.Pos, errType *Type) {
	cls := c.fieldInit
	switch {
	case cls.Expr != nil:
		c.unsupported(pos, "'check' in a field initializer of an object constructor")
	case cls.Init == nil:
		c.errorf(pos, "cannot use 'check' in an object field initializer of an object with no 'init' method")
	case !IsSubtype(errType, retOf(cls.Init.Type)):
		c.errorf(pos, "invalid usage of the 'check' expression operator: expected a return type that can hold '%s', found '%s'", errType, retOf(cls.Init.Type))
	}
}

// selfUse records a use of self in init while some fields are unassigned.
func (c *checker) selfUse(e *frontend.NameExpr) {
	fc := c.fc
	var names []string
	for _, f := range fc.unassignedFields() {
		names = append(names, f.Name)
	}
	if len(names) > 0 {
		if fc.selfUses == nil {
			fc.selfUses = map[*frontend.NameExpr]string{}
		}
		fc.selfUses[e] = strings.Join(names, ", ")
	}
}

// checkSelfUses reports the uses of self in init body, at a point where some fields
// may be unassigned, other than to access a field (spec "Object constructor ›
// Initialization"): a method call on self or self passed on would see them.
func (c *checker) checkSelfUses(fc *funcCtx, body frontend.Node) {
	if len(fc.selfUses) == 0 || body == nil {
		return
	}
	frontend.Inspect(body, func(n frontend.Node) bool {
		if fe, ok := n.(*frontend.FieldExpr); ok {
			if ne, ok := frontend.Unparen(fe.X).(*frontend.NameExpr); ok {
				delete(fc.selfUses, ne)
			}
		}
		return true
	})
	for ne, names := range fc.selfUses {
		c.errorf(ne.Pos(), "field(s) '%s' not initialized", names)
	}
}

// checkInitFields reports the fields init has not assigned on every path when it
// completes (returning nil, or falling off its end).
func (c *checker) checkInitFields() {
	fc := c.fc
	if fc == nil {
		return
	}
	if fc.fields != nil {
		for _, f := range fc.unassignedFields() {
			c.errorf(f.Pos, "uninitialized field '%s'", f.Name)
		}
	}
	// the module's init: its variables declared without a value
	for _, sym := range fc.moduleVars {
		if fc.unassigned[sym] != 0 {
			c.errorf(sym.Pos, "variable '%s' is not initialized", sym.Name)
			delete(fc.unassigned, sym) // reported once, not at every return
		}
	}
}

// unassignedFields returns, in init, the fields not yet assigned on every path here.
func (fc *funcCtx) unassignedFields() []*ObjectField {
	var out []*ObjectField
	for _, f := range fc.fn.Class.Type.Obj.Fields {
		if s := fc.fields[f.Name]; s != nil && fc.unassigned[s] != 0 {
			out = append(out, f)
		}
	}
	return out
}

// accessible reports whether a member of region vis may be referred to here.
func (c *checker) accessible(vis string) bool {
	if vis == VisPublic || vis == VisModule {
		return true
	}
	return c.class != nil && c.class.private() == vis
}

// objectFieldType types a field access x.name on an object of type t.
func (c *checker) objectFieldType(e *frontend.FieldExpr, t *Type, assign bool) *Type {
	o := t.Obj
	f := o.FieldByName(e.Name)
	if f == nil {
		if m := o.MethodByName(e.Name, false); m != nil {
			c.unsupported(e.NameP, "method values (a method used as a function)")
			return Invalid
		}
		c.errorf(e.NameP, "undefined field '%s' in object '%s'", e.Name, t)
		return Invalid
	}
	if !c.accessible(f.Vis) {
		c.errorf(e.NameP, "attempt to refer to non-accessible symbol '%s'", e.Name)
		return Invalid
	}
	if assign {
		if f.Final && !c.inInitOf(e.X, t) && !IsSubtype(t, Readonly) { // a read-only object's update is reported as such

			c.errorf(e.Pos(), "cannot update 'final' object field '%s'", e.Name)
		}
		if fc := c.fc; fc != nil && fc.fields != nil && c.isSelf(e.X) {
			delete(fc.unassigned, fc.fields[e.Name])
		}
	} else if fc := c.fc; fc != nil && fc.fields != nil && c.isSelf(e.X) {
		if s := fc.fields[e.Name]; s != nil && fc.unassigned[s] != 0 {
			c.errorf(e.Pos(), "variable 'self.%s' is not initialized", e.Name)
		}
	}
	if c.isSelf(e.X) && t.Obj.Isolated && t.IsClass() && c.fc.fields == nil && c.fc.lock == 0 && !f.isolatedField() {
		// the state of an isolated object is touched only under its lock (init, which
		// runs before anyone else can see the object, is exempt)
		c.errorf(e.Pos(), "invalid access of a mutable field of an 'isolated' object outside a 'lock' statement")
	}
	return f.Type
}

// isSelf reports whether e is the self of the method being checked.
func (c *checker) isSelf(e frontend.Expr) bool {
	ne, ok := frontend.Unparen(e).(*frontend.NameExpr)
	return ok && ne.Prefix == "" && c.fc != nil && c.fc.fn.Self != nil && c.prog.Uses[ne] == c.fc.fn.Self
}

// inInitOf reports whether the code being checked is the init method of class
// type t and x is its self: where final fields are assigned.
func (c *checker) inInitOf(x frontend.Expr, t *Type) bool {
	return c.fc != nil && c.fc.fields != nil && c.isSelf(x) && c.fc.fn.Class.Type == t
}

// objectString spells an anonymous object type.
func objectString(t *Type) string {
	var b strings.Builder
	o := t.Obj
	for _, q := range []struct {
		on   bool
		name string
	}{{o.Isolated, "isolated "}, {o.Client, "client "}, {o.Service, "service "}} {
		if q.on {
			b.WriteString(q.name)
		}
	}
	b.WriteString("object {")
	for _, f := range o.Fields {
		b.WriteString(" ")
		if f.Vis == VisPublic {
			b.WriteString("public ")
		}
		b.WriteString(f.Type.String() + " " + f.Name + ";")
	}
	for _, m := range o.Methods {
		b.WriteString(" " + methodSig(m) + ";")
	}
	b.WriteString(" }")
	return b.String()
}

// objectSem is the semantic form of an object type: its members with their
// visibility regions, its qualifiers, its type ids, read-only for a readonly class.
func (cv *semConverter) objectSem(t *Type) semtype.SemType {
	if t.incomplete {
		cv.incomplete = true
	}
	o := t.Obj
	d := semtype.NewObjectDefinition()
	cv.defs[t] = d.SemType()
	var ms []semtype.Member
	for _, f := range o.Fields {
		ms = append(ms, semtype.Member{Name: f.Name, Kind: semtype.FieldMember, Visibility: f.Vis, Type: cv.conv(f.Type)})
	}
	for _, m := range o.Methods {
		name := m.Name
		if m.Remote {
			name = "\x01remote " + name // remote methods have a symbol space of their own
		}
		ms = append(ms, semtype.Member{Name: name, Kind: semtype.MethodMember, Visibility: m.Vis, Type: cv.conv(m.Type)})
	}
	s := d.Define(ms, semtype.ObjectQualifiers{Isolated: o.Isolated, Client: o.Client, Service: o.Service})
	for _, id := range t.Distinct {
		s = semtype.Intersect(s, semtype.ObjectDistinct(id))
	}
	if o.ReadOnly {
		s = semtype.Intersect(s, semtype.Readonly)
	}
	return s
}
