package check

import (
	"slices"

	"github.com/bal2go/bal2go/frontend"
)

// Annotations declared by the program (annotation T a on type, function;):
// their uses are checked against the attach points and the value type, and
// the values of those on record types are kept for annotation access
// (T.@a, typed T?); the others have no effect bal2go implements.

// annotAttach maps the construct an annotation is written on (as c.annotation
// names it) to the attach points that allow it (spec, "Annotations").
var annotAttach = map[string][]string{
	"function":           {"function"},
	"method":             {"function", "object function"},
	"resource method":    {"function", "object function", "service remote function"},
	"parameter":          {"parameter"},
	"service":            {"service"},
	"class":              {"class", "type"},
	"object constructor": {"class", "type"},
	"field":              {"field", "object field"},
	"record field":       {"field", "record field"},
	"worker":             {"worker"},
	"start":              {"worker"},
	"type":               {"type"},
	"var":                {"var"},
	"const":              {"const"},
	"listener":           {"listener"},
	"annotation":         {"annotation"},
}

// declareAnnotation declares an annotation in pass 1.
func (c *checker) declareAnnotation(d *frontend.AnnotationDecl) {
	sym := &Symbol{Kind: SymAnnot, Name: d.Name, Pos: d.NameP}
	c.prog.Defs[d] = sym
	c.declare(sym)
}

// annotType resolves the value type of a declared annotation once: true when
// it has none, else a mapping type (an array of them, which collects every
// use, is not supported yet).
func (c *checker) annotType(sym *Symbol) *Type {
	if sym.Type != nil {
		return sym.Type
	}
	d := c.moduleDecls[sym].(*frontend.AnnotationDecl)
	sym.Type = SingletonOf(true)
	if d.Type == nil {
		return sym.Type
	}
	t := c.resolveType(d.Type)
	switch {
	case t.Kind == KInvalid:
		sym.Type = Invalid
	case IsSubtype(t, SingletonOf(true)) || IsSubtype(t, MapOf(Union(Anydata, Readonly))):
		sym.Type = t
	case IsSubtype(t, ArrayOf(MapOf(Union(Anydata, Readonly)), -1)):
		c.unsupported(d.Type.Pos(), "annotations of an array type")
		sym.Type = Invalid
	default:
		// jBallerina's wording (AnnotationDeclarationNegativeTest)
		c.errorf(d.Type.Pos(), "annotation declaration requires a subtype of 'true', 'map<value:Cloneable>' or 'map<value:Cloneable>[]', but found '%s'", t)
		sym.Type = Invalid
	}
	return sym.Type
}

// userAnnotation checks a use of an annotation the program declares; false
// when a is not one.
func (c *checker) userAnnotation(a *frontend.Annotation, where string) bool {
	if a.Prefix != "" {
		return false
	}
	sym := c.module.names[a.Name]
	if sym == nil || sym.Kind != SymAnnot {
		return false
	}
	sym.used = true
	d := c.moduleDecls[sym].(*frontend.AnnotationDecl)
	allowed := false
	for _, p := range d.Points {
		p = stripSource(p)
		if slices.Contains(annotAttach[where], p) {
			allowed = true
		}
	}
	if !allowed {
		c.errorf(a.Pos(), "annotation '%s' is not allowed on %s", a.Name, where)
	}
	t := c.annotType(sym)
	switch {
	case t.Kind == KInvalid:
		if a.Value != nil {
			c.expr(a.Value, nil)
		}
		return true
	case IsSubtype(t, SingletonOf(true)):
		if a.Value != nil {
			c.errorf(a.Value.Pos(), "no annotation value expected for annotation '%s'", a.Name)
			c.expr(a.Value, nil)
			return true
		}
	case a.Value == nil:
		if t.Kind == KRecord && hasRequiredField(t) {
			c.errorf(a.Pos(), "annotation value expected for annotation of record type '%s' with required fields", t)
			return true
		}
	default:
		c.expr(a.Value, ReadOnlyOf(t))
	}
	c.prog.AnnotValues[a] = t
	return true
}

func stripSource(point string) string {
	if len(point) > 7 && point[:7] == "source " {
		return point[7:]
	}
	return point
}

func hasRequiredField(t *Type) bool {
	for _, f := range t.Fields {
		if !f.Optional && !f.HasDefault {
			return true
		}
	}
	return false
}

// annotAccess types t.@a: the value of annotation a on the type of the
// typedesc t, or () when the type has none.
func (c *checker) annotAccess(e *frontend.AnnotAccessExpr) *Type {
	xt := c.expr(e.X, nil)
	if xt.Kind == KInvalid {
		return Invalid
	}
	if xt.Kind != KTypedesc {
		c.errorf(e.X.Pos(), "incompatible types: expected 'typedesc', found '%s'", xt)
		return Invalid
	}
	if e.Prefix != "" {
		c.unsupported(e.NameP, "access to annotations of other modules")
		return Invalid
	}
	sym := c.module.names[e.Name]
	if sym == nil || sym.Kind != SymAnnot {
		c.errorf(e.NameP, "undefined annotation '%s'", e.Name)
		return Invalid
	}
	sym.used = true
	t := c.annotType(sym)
	if t.Kind == KInvalid {
		return Invalid
	}
	if xt.Elem != nil && xt.Elem.Name != "" && xt.Elem.Kind != KRecord {
		// Only a record type's descriptor is its own; the annotations of
		// `type Id int;` would attach to int.
		c.unsupported(e.Pos(), "annotation access on a type that is not a record type")
		return Invalid
	}
	return Optional(ReadOnlyOf(t))
}

// moduleAnnotations checks the annotations of the module-level declarations
// that have no other place where they are checked.
func (c *checker) moduleAnnotations(f *frontend.File) {
	for _, d := range f.Decls {
		var annots []*frontend.Annotation
		where := ""
		switch d := d.(type) {
		case *frontend.TypeDecl:
			annots, where = d.Annots, "type"
		case *frontend.EnumDecl:
			annots, where = d.Annots, "type"
		case *frontend.ModuleVarDecl:
			annots, where = d.Annots, "var"
		case *frontend.ConstDecl:
			annots, where = d.Annots, "const"
		case *frontend.ListenerDecl:
			annots, where = d.Annots, "listener"
		case *frontend.AnnotationDecl:
			annots, where = d.Annots, "annotation"
			if sym := c.prog.Defs[d]; sym != nil {
				c.annotType(sym)
			}
		}
		for _, a := range annots {
			if !c.userAnnotation(a, where) {
				c.useAnnotationPrefix(a)
			}
		}
	}
}
