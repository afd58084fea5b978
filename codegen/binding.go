package codegen

import (
	"strings"

	"github.com/bal2go/bal2go/check"
	"github.com/bal2go/bal2go/frontend"
	"github.com/dave/jennifer/jen"
)

// Binding patterns: the declaration of their variables, destructuring
// assignments and foreach statements bind the parts of a value, read with
// plain Go where the static type gives the Go type (t.Get(0) on a tuple, r.F
// on a record) and through rt where it does not (a union, any, json):
//
//	tmp1_ := f()               // [int, [string, string]] [id, [first, last]] = f();
//	id := tmp1_.Get(0).(int64)
//	tmp2_ := tmp1_.Get(1).(*rt.List[any])
//	first := tmp2_.Get(0).(string)
//	last := tmp2_.Get(1).(string)
//
// Match patterns (match.go) read the parts the same way.

// part is a value a pattern takes apart: its Go code and the Ballerina type
// whose Go representation the code has.
type part struct {
	code jen.Code
	t    *check.Type
}

// listElem is the Ballerina type of the Go members of a list of type t, when t's
// Go type is a *rt.List (ok false when it is any: a union of lists of several Go
// types, or a top type).
func (g *gen) listElem(t *check.Type) (elem *check.Type, ok bool) {
	if !strings.HasPrefix(g.repr(t), "*rt.List[") {
		return nil, false
	}
	for _, m := range check.MembersOf(t) {
		switch m.Kind {
		case check.KArray:
			return m.Elem, true
		case check.KTuple:
			return check.AnyOrError, true
		}
	}
	return nil, false
}

// member reads member i of the list v.
func (g *gen) member(v part, i int) part {
	if elem, ok := g.listElem(v.t); ok {
		return part{jen.Add(v.code).Dot("Get").Call(jen.Lit(i)), elem}
	}
	return part{rtCall("ListMember", g.boxed(v.code, v.t), jen.Lit(i)), check.AnyOrError}
}

// field reads field name of the mapping v (nil, boxed, when absent).
func (g *gen) field(v part, name string) part {
	if g.structRecord(v.t) {
		if f := v.t.FieldByName(name); f != nil {
			fv := jen.Add(v.code).Dot(g.fieldName(v.t, name))
			if f.Optional {
				return part{rtCall("OptionalField", fv), check.Optional(f.Type)}
			}
			return part{fv, f.Type}
		}
		return part{jen.Add(v.code).Dot(restField).Dot("Member").Call(jen.Lit(name)), check.AnyOrError}
	}
	if strings.HasPrefix(g.repr(v.t), "*rt.Map[") {
		return part{jen.Add(v.code).Dot("Member").Call(jen.Lit(name)), check.AnyOrError}
	}
	return part{rtCall("MappingMember", g.boxed(v.code, v.t), jen.Lit(name)), check.AnyOrError}
}

// errorValue is v, a value that is an error, as an *rt.Error.
func (g *gen) errorPart(v part) jen.Code {
	if g.repr(v.t) == "*rt.Error" {
		return v.code
	}
	return jen.Add(g.goOperand(g.boxed(v.code, v.t), goPrecPrimary)).Assert(jen.Op("*").Add(rtq("Error")))
}

// messagePart, causePart and detailPart read the parts of the error v.
func (g *gen) messagePart(v part) part {
	return part{jen.Add(g.errorPart(v)).Dot("Message").Call(), check.String}
}

func (g *gen) causePart(v part) part {
	return part{jen.Add(g.errorPart(v)).Dot("Cause").Call(), check.Optional(check.Error)}
}

func (g *gen) detailPart(v part, name string) part {
	return part{jen.Add(g.errorPart(v)).Dot("Detail").Call().Dot("Member").Call(jen.Lit(name)), check.AnyOrError}
}

// bindRest binds the variable of the rest pattern r: a new list of the members of
// the list v from index from on, or a new mapping of the fields of the mapping v
// (or of the detail of the error v) but names. The new value is made of the
// variable's own list, map or record type (a destructuring assignment may assign
// it to a variable of a wider type than the rest's), else of the rest's type.
func (g *gen) bindRest(r *frontend.RestPattern, v part, from int, names []string, detail, assign bool) {
	info, sym := g.prog.Patterns[r], g.prog.Defs[r]
	if info == nil || sym == nil {
		return
	}
	t := info.Rest
	switch sym.Type.Kind {
	case check.KArray, check.KTuple, check.KMap, check.KRecord:
		t = sym.Type
	}
	src := g.boxed(v.code, v.t)
	if detail {
		src = jen.Add(g.errorPart(v)).Dot("Detail").Call()
	}
	args := func() []jen.Code { // of rt.MapRest and rt.RecordRest
		as := []jen.Code{src, g.typeDesc(t)}
		for _, n := range names {
			as = append(as, jen.Lit(n))
		}
		return as
	}
	var code jen.Code
	_, list := g.listElem(t)
	switch {
	case t.Kind == check.KArray || t.Kind == check.KTuple:
		elem, _ := g.listElem(t)
		code = rtGeneric("ListRest", []jen.Code{g.goType(elem)}, src, jen.Lit(from), g.typeDesc(t))
	case list:
		// a union of list types of one Go type: the new list's type is that
		// of the value's members from index from on
		elem, _ := g.listElem(t)
		code = rtGeneric("ListRest", []jen.Code{g.goType(elem)}, src, jen.Lit(from), jen.Nil())
	case t.Kind == check.KMap:
		code = rtGeneric("MapRest", []jen.Code{g.goType(t.Elem)}, args()...)
	case t.Kind == check.KRecord && g.structRecord(t):
		code = rtCall("RecordRest", args()...).Assert(g.goType(t))
	case t.Kind == check.KRecord:
		code = rtCall("RecordRest", args()...)
	default:
		g.unsupported(r.Pos(), "a rest binding pattern of type '%s'", t)
		return
	}
	g.bindVar(r, part{code, t}, assign)
}

// binds reports whether p binds a variable.
func binds(p frontend.Pattern) bool { return len(frontend.Captures(p)) > 0 }

// bindPattern emits the statements that bind the variables of p to the parts of
// v: declarations (x := …), or with assign assignments (x = …) to variables
// declared before (a destructuring assignment, a match clause whose variables
// are declared before its patterns are tried).
func (g *gen) bindPattern(p frontend.Pattern, v part, assign bool) {
	info := g.prog.Patterns[p]
	if info == nil || !binds(p) {
		return
	}
	switch p.(type) {
	case *frontend.ListPattern, *frontend.MappingPattern, *frontend.ErrorPattern:
		// the parts of a list, mapping or error are read from a temporary of
		// the pattern's own static type
		v = g.settle(v, info.Value)
	}
	switch p := p.(type) {
	case *frontend.CapturePattern:
		g.bindVar(p, v, assign)
	case *frontend.VarPattern:
		g.bindPattern(p.P, v, assign)
	case *frontend.ListPattern:
		for i, m := range p.Members {
			g.bindPattern(m, g.member(v, i), assign)
		}
		if p.Rest != nil {
			g.bindRest(p.Rest, v, len(p.Members), nil, false, assign)
		}
	case *frontend.MappingPattern:
		var names []string
		for _, f := range p.Fields {
			names = append(names, f.Name)
			g.bindPattern(f.P, g.field(v, f.Name), assign)
		}
		if p.Rest != nil {
			g.bindRest(p.Rest, v, 0, names, false, assign)
		}
	case *frontend.ErrorPattern:
		if p.Message != nil {
			g.bindPattern(p.Message, g.messagePart(v), assign)
		}
		if p.Cause != nil {
			g.bindPattern(p.Cause, g.causePart(v), assign)
		}
		var names []string
		for _, f := range p.Fields {
			names = append(names, f.Name)
			g.bindPattern(f.P, g.detailPart(v, f.Name), assign)
		}
		if p.Rest != nil {
			g.bindRest(p.Rest, v, 0, names, true, assign)
		}
	}
}

// settle converts v to the Go representation of t (which the value belongs to)
// and puts it in a temporary unless it is one already: the parts of a value are
// read from it one by one.
func (g *gen) settle(v part, t *check.Type) part {
	code := g.convert(v.code, v.t, t, nil)
	if s, ok := code.(*jen.Statement); ok && isIdent(s) {
		return part{code, t}
	}
	tmp := g.newTemp("tmp")
	g.emit(jen.Id(tmp).Op(":=").Add(code))
	return part{jen.Id(tmp), t}
}

// isIdent reports whether s is a plain Go identifier.
func isIdent(s *jen.Statement) bool {
	text := s.GoString()
	for i, r := range text {
		if !(r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || i > 0 && '0' <= r && r <= '9') {
			return false
		}
	}
	return text != ""
}

// bindVar binds the variable of the capture or rest pattern p to v.
func (g *gen) bindVar(p frontend.Pattern, v part, assign bool) {
	sym := g.prog.Defs[p]
	if sym == nil {
		return
	}
	code := g.convert(v.code, v.t, sym.Type, nil)
	if assign {
		g.emit(jen.Id(g.symRef(sym)).Op("=").Add(code))
		return
	}
	name := g.local(sym)
	// convert gives code of sym's Go type, but leaves a value it boxes into an
	// any as it is (an int64 for an int?): := would then type the variable int64
	if g.repr(sym.Type) != "any" || g.repr(v.t) == "any" {
		g.emit(jen.Id(name).Op(":=").Add(code))
	} else {
		g.emit(jen.Var().Id(name).Add(g.goType(sym.Type)).Op("=").Add(code))
	}
	if !g.isUsed(sym) {
		g.emit(jen.Id("_").Op("=").Id(name))
	}
}

// bindingDecl emits T p = e; with a list, mapping or error binding pattern p.
func (g *gen) bindingDecl(s *frontend.BindingDecl) {
	info := g.prog.Patterns[s.Pattern]
	if info == nil {
		return
	}
	v := part{g.exprTo(s.Value, info.Value), info.Value}
	if !binds(s.Pattern) {
		g.exprStmt(s.Value)
		return
	}
	g.bindPattern(s.Pattern, v, false)
}

// destructure emits the destructuring assignment p = e;. The value is read
// whole before any variable is assigned ([a, b] = [b, a] swaps).
func (g *gen) destructure(s *frontend.DestructureStmt) {
	info := g.prog.Patterns[s.Pattern]
	if info == nil {
		return
	}
	if !binds(s.Pattern) {
		g.exprStmt(s.Value)
		return
	}
	v := g.settle(part{g.expr(s.Value), g.prog.TypeOfExpr(s.Value)}, info.Value)
	g.bindPattern(s.Pattern, v, true)
}
