package check

import (
	"github.com/bal2go/bal2go/frontend"
)

// Binding patterns in declarations (T [a, b] = e; var {x, y} = p;), foreach
// statements and destructuring assignments ([a, b] = [b, a];). A binding
// pattern there must match every value of the type it is matched against
// (spec, "Typed binding patterns": it is irrefutable), so the checker takes
// the type apart as the pattern does and reports where they disagree, with
// jBallerina's messages.

// PatternInfo is what the checker found for one node of a binding or match
// pattern.
type PatternInfo struct {
	// Value is the static type of the value the pattern is matched against;
	// for a rest pattern, that of the list, mapping or error whose rest it binds.
	Value *Type
	// Rest is the type of the list or mapping a rest pattern binds.
	Rest *Type
	// Ref is the error type an error pattern names (nil when it names none).
	Ref *Type
	// Always reports that every value of type Value matches the pattern, so
	// matching it needs no test: a binding pattern always does; a match pattern
	// when its type contains Value's, or when it is the last one of an
	// exhaustive match statement, which the values that reach it all match.
	Always bool
}

// binder binds the variables of a binding pattern to the parts of a value of
// a given type: it declares them, or in a destructuring assignment assigns
// them.
type binder struct {
	c        *checker
	assign   bool // a destructuring assignment: the names are variables in scope
	final    bool // the declared variables are final
	inferred bool // the type was inferred (var): the variables take its broad types
	top      frontend.Pattern
	topPos   frontend.Pos // where a mismatch of the whole pattern is reported
	vars     int          // the variables bound
}

// at is where a mismatch between p and its type is reported: the statement
// for the whole pattern (as jBallerina does), else the pattern.
func (b *binder) at(p frontend.Pattern) frontend.Pos {
	if p == b.top {
		return b.topPos
	}
	return p.Pos()
}

// bind binds p to a value of type t.
func (b *binder) bind(p frontend.Pattern, t *Type) {
	c := b.c
	c.prog.Patterns[p] = &PatternInfo{Value: t, Always: true}
	switch p := p.(type) {
	case *frontend.CapturePattern:
		b.variable(p, p.Name, t)
	case *frontend.WildcardPattern:
		c.wildcardValue(p.Pos(), t)
	case *frontend.ListPattern:
		ms, rest, problem := listParts(t, len(p.Members), p.Rest != nil, true)
		switch problem {
		case partsKind:
			if b.inferred && p == b.top {
				c.errorf(b.at(p), "invalid list binding pattern: attempted to infer a list type, but found '%s'", t)
			} else {
				c.errorf(b.at(p), "invalid list binding pattern: expected an array or a tuple, but found '%s'", t)
			}
		case partsCount:
			c.errorf(b.at(p), "invalid list binding pattern; member variable count mismatch with member type count")
		}
		if problem != partsOK {
			b.invalid(p)
			return
		}
		for i, m := range p.Members {
			b.bind(m, ms[i])
		}
		b.rest(p.Rest, t, rest)
	case *frontend.MappingPattern:
		fs, rest, problem, bad := c.mappingParts(t, fieldNames(p.Fields), p.Rest != nil, true)
		switch problem {
		case partsKind:
			c.errorf(b.at(p), "invalid record binding pattern with type '%s'", t)
		case partsField:
			c.errorf(fieldPos(p.Fields, bad), "invalid field binding pattern; can only bind required fields")
		}
		if problem != partsOK {
			b.invalid(p)
			return
		}
		for i, f := range p.Fields {
			b.bind(f.P, fs[i])
		}
		b.rest(p.Rest, t, rest)
	case *frontend.ErrorPattern:
		b.errorPattern(p, t)
	case *frontend.ConstPattern, *frontend.VarPattern:
		c.errorf(p.Pos(), "invalid binding pattern") // the parser makes these in match patterns only
	}
}

// errorPattern binds error E(m, cause, f = p, ...r) to a value of type t.
func (b *binder) errorPattern(p *frontend.ErrorPattern, t *Type) {
	c := b.c
	if p.Type != nil {
		ref := c.errorRef(p)
		switch {
		case ref.Kind == KInvalid:
			t = Invalid
		case t.Kind != KInvalid && !IsSubtype(t, ref):
			c.mismatch(b.at(p), ref, t)
			t = ref
		}
	}
	fs, rest, problem, bad := c.errorParts(t, fieldNames(p.Fields), p.Rest != nil, true)
	switch problem {
	case partsKind:
		c.errorf(b.at(p), "invalid error binding pattern with type '%s'", t)
	case partsUndefine:
		c.errorf(fieldPos(p.Fields, bad), "cannot bind undefined error detail field '%s'", bad)
	}
	if problem != partsOK {
		b.invalid(p)
		return
	}
	if p.Message != nil {
		b.bind(p.Message, String)
	}
	if p.Cause != nil {
		b.bind(p.Cause, Optional(Error))
	}
	for i, f := range p.Fields {
		b.bind(f.P, fs[i])
	}
	b.rest(p.Rest, t, rest)
}

// errorRef resolves the error type an error pattern names.
func (c *checker) errorRef(p *frontend.ErrorPattern) *Type {
	ref := c.resolveType(p.Type)
	if ref.Kind != KInvalid && ref.Kind != KError {
		c.errorf(p.Type.Pos(), "incompatible types: expected an error type, found '%s'", ref)
		return Invalid
	}
	return ref
}

// rest binds the rest pattern r (if any) of a pattern matched against a value of
// type t to the value of the other members or fields, of type rest.
func (b *binder) rest(r *frontend.RestPattern, t, rest *Type) {
	if r == nil {
		return
	}
	b.c.prog.Patterns[r] = &PatternInfo{Value: t, Rest: rest, Always: true}
	b.variable(r, r.Name, rest)
}

// invalid binds the variables of p, which does not fit its type, as invalid:
// their uses then report nothing more.
func (b *binder) invalid(p frontend.Pattern) {
	for _, v := range frontend.Captures(p) {
		b.variable(v, frontend.VarName(v), Invalid)
	}
}

// variable binds the variable name of p (a capture or rest pattern) to a value
// of type t: declares it, or checks that the variable assigned can hold it.
func (b *binder) variable(p frontend.Pattern, name string, t *Type) {
	c := b.c
	if name == "" {
		return
	}
	b.vars++
	if b.assign {
		sym, vt, ok := c.varTarget(name, p.Pos())
		if sym == nil {
			return
		}
		c.prog.Defs[p] = sym
		if sym.Kind == SymGlobal && sym.Isolated {
			// spec: a destructuring assignment must not refer to an isolated module variable
			c.errorf(p.Pos(), "invalid binding pattern, variable reference '%s' cannot be used with binding pattern", name)
		}
		if ok && t.Kind != KInvalid && !IsSubtype(t, vt) {
			c.mismatch(p.Pos(), vt, t)
		}
		delete(c.fc.unassigned, sym)
		c.resetNarrowing(sym)
		return
	}
	if b.inferred {
		t = Widen(t)
	}
	sym := &Symbol{Kind: SymVar, Name: name, Pos: p.Pos(), Type: t, Final: b.final, Owner: c.fc.fn}
	c.prog.Defs[p] = sym
	c.declare(sym)
}

func fieldNames(fs []*frontend.FieldPattern) []string {
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = f.Name
	}
	return names
}

func fieldPos(fs []*frontend.FieldPattern, name string) frontend.Pos {
	for _, f := range fs {
		if f.Name == name {
			return f.Pos()
		}
	}
	return frontend.Pos{}
}

// bindingDecl checks T p = e; and var p = e; with a list, mapping or error
// binding pattern p.
func (c *checker) bindingDecl(s *frontend.BindingDecl) {
	var t *Type
	if s.Type != nil {
		t = c.resolveType(s.Type)
		c.expr(s.Value, t)
	} else {
		t = c.patternValue(s.Pattern, s.Value)
	}
	b := &binder{c: c, final: s.Final, inferred: s.Type == nil, top: s.Pattern, topPos: s.Pos()}
	b.bind(s.Pattern, t)
	if b.vars == 0 {
		c.errorf(s.Pos(), "no new variables on left side")
	}
}

// patternValue checks e, the value of var p = e; or of a destructuring
// assignment p = e;, which has no contextually expected type. A list
// constructor matched by a list pattern is typed as a tuple, member by member
// as the pattern takes it apart (var [a, b] = [1, "x"]; binds an int and a
// string), not as the array it would be on its own.
func (c *checker) patternValue(p frontend.Pattern, e frontend.Expr) *Type {
	lp, ok := p.(*frontend.ListPattern)
	le, isList := e.(*frontend.ListExpr)
	if !ok || !isList {
		return c.expr(e, nil)
	}
	for _, el := range le.Elems {
		if _, spread := el.(*frontend.SpreadExpr); spread {
			return c.expr(e, nil)
		}
	}
	ms := make([]*Type, len(le.Elems))
	for i, el := range le.Elems {
		if i < len(lp.Members) {
			ms[i] = Widen(c.patternValue(lp.Members[i], el))
		} else {
			ms[i] = Widen(c.expr(el, nil))
		}
	}
	t := TupleOf(ms, nil)
	c.prog.Types[le] = t
	return t
}

// destructure checks a destructuring assignment p = e;. The value must belong
// to the type of the pattern, which the types of its variables make (spec,
// "Destructuring assignment statement"): for a list pattern jBallerina
// reports a mismatch of the whole value against it, for the others a
// mismatch of each part against its variable.
func (c *checker) destructure(s *frontend.DestructureStmt) {
	t := c.patternValue(s.Pattern, s.Value)
	if _, ok := s.Pattern.(*frontend.ListPattern); ok && t.Kind != KInvalid {
		if want := c.assignedType(s.Pattern); !hasInvalid(want) && !IsSubtype(t, want) {
			c.mismatch(s.Value.Pos(), want, t)
			t = want
		}
	}
	b := &binder{c: c, assign: true, top: s.Pattern, topPos: s.Value.Pos()}
	b.bind(s.Pattern, t)
}

// assignedType is the type of the values a destructuring assignment of p can
// assign (spec: "the binding-pattern has a static type implied by the static
// type of the variables occurring in it"); Invalid where a variable is unknown.
func (c *checker) assignedType(p frontend.Pattern) *Type {
	varType := func(name string) *Type {
		if sym := c.sc.lookup(name); sym != nil && (sym.Kind == SymVar || sym.Kind == SymGlobal) {
			return sym.Type
		}
		return Invalid
	}
	switch p := p.(type) {
	case *frontend.CapturePattern:
		return varType(p.Name)
	case *frontend.WildcardPattern:
		return Any
	case *frontend.ListPattern:
		ms := make([]*Type, len(p.Members))
		for i, m := range p.Members {
			ms[i] = c.assignedType(m)
		}
		if p.Rest == nil {
			return TupleOf(ms, nil)
		}
		switch rt := varType(p.Rest.Name); rt.Kind {
		case KArray:
			if rt.Len < 0 {
				return TupleOf(ms, rt.Elem)
			}
			for range rt.Len {
				ms = append(ms, rt.Elem)
			}
			return TupleOf(ms, nil)
		case KTuple:
			return TupleOf(append(ms, rt.Members...), rt.Rest)
		}
		return Invalid
	case *frontend.MappingPattern:
		r := &Type{Kind: KRecord, Closed: true, Rest: AnyOrError}
		for _, f := range p.Fields {
			r.Fields = append(r.Fields, &Field{Name: f.Name, Type: c.assignedType(f.P)})
		}
		return r
	case *frontend.ErrorPattern:
		if p.Type != nil {
			return c.resolveType(p.Type)
		}
		return Error
	}
	return Invalid
}
