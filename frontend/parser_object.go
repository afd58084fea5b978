package frontend

// Classes, object types and object constructors (Ballerina spec 2024R1,
// "Objects", "Object constructor", "Module class definition"). The three
// share one member grammar: the parser takes the union of their members
// and records every qualifier, and reports only what changes the shape of
// a member (a body where none may be, a field initializer in an object
// type, a type inclusion in an object constructor). Which qualifier fits
// where (remote outside a client, private init, ...) is left to the
// checker, as jBallerina does.

// objectCtx tells which construct a member list belongs to.
type objectCtx int

const (
	inClass      objectCtx = iota // class C { … }: methods with bodies, fields with initializers
	inObjectType                  // object { … } as a type: declarations only
	inObjectCtor                  // object { … } as an expression: like a class, without inclusions
	inService                     // service … { … }: resource functions with block bodies
)

// classAhead reports whether the tokens from the current one are class
// qualifiers followed by `class`.
func (p *parser) classAhead() bool {
	for j := 0; ; j++ {
		switch p.peek(j).kind {
		case _Class:
			return true
		case _Client, _Distinct, _Readonly, _Isolated, _Service, _Public:
		default:
			return false
		}
	}
}

// objectAhead reports whether the tokens from the current one are object
// qualifiers followed by `object`, which then starts an object type or an
// object constructor (object:Foo is a qualified name).
func (p *parser) objectAhead() bool {
	for j := 0; ; j++ {
		switch p.peek(j).kind {
		case _Object:
			return p.peek(j+1).kind != _Colon
		case _Isolated, _Client, _Service:
		default:
			return false
		}
	}
}

// objectQuals consumes the qualifiers that objectAhead found.
func (p *parser) objectQuals() ObjectQuals {
	var q ObjectQuals
	for {
		switch p.kind() {
		case _Isolated:
			q.Isolated = true
		case _Client:
			q.Client = true
		case _Service:
			q.Service = true
		default:
			return q
		}
		p.next()
	}
}

// ClassDecl = [ "public" ] { "distinct" | "readonly" | "isolated" | "client" | "service" } "class" name ObjectBody [ ";" ] .
func (p *parser) classDecl(pos Pos, annots []*Annotation) *ClassDecl {
	d := &ClassDecl{decl: decl{At(pos)}, Annots: annots}
	for p.kind() != _Class && p.kind() != _EOF {
		switch p.kind() {
		case _Public:
			d.Public = true
		case _Distinct:
			d.Quals.Distinct = true
		case _Readonly:
			d.Quals.Readonly = true
		case _Isolated:
			d.Quals.Isolated = true
		case _Client:
			d.Quals.Client = true
		case _Service:
			d.Quals.Service = true
		}
		p.next()
	}
	p.next() // class
	d.NameP = p.pos()
	d.Name, _ = p.name()
	p.objectBody(&d.ObjectMembers, inClass)
	p.got(_Semi)
	return d
}

// ObjectType = { "isolated" | "client" | "service" } "object" ObjectBody .
func (p *parser) objectType() TypeExpr {
	t := &ObjectType{typ: typ{At(p.pos())}}
	t.Quals = p.objectQuals()
	p.next() // object
	p.objectBody(&t.ObjectMembers, inObjectType)
	return t
}

// ObjectCtor = [ Annotations ] { "isolated" | "client" | "service" } "object" [ TypeName ] ObjectBody .
// The annotations have been consumed by the caller.
func (p *parser) objectCtor(annots []*Annotation) Expr {
	e := &ObjectConstructorExpr{expr: expr{At(p.pos())}, Annots: annots}
	e.Quals = p.objectQuals()
	p.next() // object
	if p.kind() == _Name {
		e.TypeRef = p.typeName()
	}
	p.objectBody(&e.ObjectMembers, inObjectCtor)
	return e
}

// ObjectBody = "{" { ObjectMember } "}" .
func (p *parser) objectBody(m *ObjectMembers, ctx objectCtx) {
	if p.kind() != _LBrace {
		p.syntaxError("'{'")
		m.Rbrace = p.pos()
		return
	}
	if !p.enter() {
		p.leave()
		p.skipBalanced()
		m.Rbrace = p.pos()
		return
	}
	defer p.leave()
	p.next() // {
	// Members are parsed like statements: recovery stops at the closing
	// brace, and the expression state of an enclosing constructor or type
	// test does not leak in.
	saveTIE, saveArrow, saveBegin := p.typeInExpr, p.noArrow, p.stmtBegin
	p.typeInExpr, p.noArrow = false, false
	p.blocks++
	for p.kind() != _RBrace && p.kind() != _EOF {
		start := p.i
		p.stmtBegin = p.i
		p.objectMember(m, ctx)
		if p.i == start {
			p.next() // an error was reported at this token
		}
	}
	p.blocks--
	p.typeInExpr, p.noArrow, p.stmtBegin = saveTIE, saveArrow, saveBegin
	m.Rbrace = p.pos()
	p.want(_RBrace)
}

// ObjectMember = "*" Type ";" | [ Annotations ] ( Method | ResourceMethod | ObjectField ) .
func (p *parser) objectMember(m *ObjectMembers, ctx objectCtx) {
	if p.kind() == _Star {
		pos := p.pos()
		p.next()
		t := p.parseType()
		p.wantSemi()
		if ctx == inObjectCtor {
			// jBallerina's wording (object_constructor_expression_negative.bal)
			p.errorAt(pos, "syntax", "type inclusions are not allowed in object constructor")
			return
		}
		m.Includes = append(m.Includes, t)
		return
	}
	annots := p.annotations()
	pos := p.pos()
	if p.methodAhead() {
		p.method(m, ctx, pos, annots)
		return
	}
	p.objectField(m, ctx, pos, annots)
}

// methodAhead reports whether the tokens from the current one are method
// qualifiers followed by `function` and a name: a method, where
// `function (` would start the function type of a field.
func (p *parser) methodAhead() bool {
	for j := 0; ; j++ {
		t := p.peek(j)
		switch {
		case t.kind == _Function:
			return p.peek(j+1).kind != _LParen
		case t.kind == _Public, t.kind == _Private, t.kind == _Isolated, t.kind == _Remote, t.kind == _Resource,
			t.kind == _Name && t.lit == "transactional":
		default:
			return false
		}
	}
}

// Method         = { "public" | "private" | "isolated" | "remote" | "transactional" } "function" MethodName Signature MethodBody .
// ResourceMethod = { "isolated" | "resource" | "transactional" } "function" ResourceFunc .
// MethodName     = name | "map" | "start" .
func (p *parser) method(m *ObjectMembers, ctx objectCtx, pos Pos, annots []*Annotation) {
	f := &FuncDecl{decl: decl{At(pos)}, Annots: annots}
	resource := false
	for p.kind() != _Function {
		switch p.kind() {
		case _Public:
			f.Public = true
		case _Private:
			f.Private = true
		case _Isolated:
			f.Isolated = true
		case _Remote:
			f.Remote = true
		case _Resource:
			resource = true
		default: // transactional (see methodAhead)
			p.unsupported(p.pos(), "transactional functions")
		}
		p.next()
	}
	if resource {
		m.Resources = append(m.Resources, p.resourceFunc(pos, annots, f.Isolated, ctx))
		return
	}
	p.next() // function
	switch p.kind() {
	case _Map, _Start: // keywords allowed as method names
		f.Name = p.kind().String()
		p.next()
	default:
		f.Name, _ = p.name()
	}
	f.Sig = p.signature(true)
	if p.externalBody() {
		f.External = true
	} else {
		f.Body, f.ExprBody = p.methodBody(ctx)
	}
	m.Methods = append(m.Methods, f)
}

// MethodBody = ";" (in an object type) | FuncBody [ ";" ] .
func (p *parser) methodBody(ctx objectCtx) (*Block, Expr) {
	if ctx != inObjectType {
		b, x := p.funcBody(true)
		if b != nil {
			p.got(_Semi) // a block body may be followed by ';'
		}
		return b, x
	}
	switch p.kind() {
	case _LBrace:
		// A method of an object type has no body: report it, skip it.
		p.syntaxError("';'")
		p.skipBalanced()
		p.got(_Semi)
	case _FatArrow:
		p.syntaxError("';'")
		p.next()
		p.parseExpr()
		p.wantSemi()
	default:
		p.wantSemi()
	}
	return nil, nil
}

// ObjectField = { "public" | "private" | "final" | "readonly" } Type name [ "=" Expr ] ";" .
func (p *parser) objectField(m *ObjectMembers, ctx objectCtx, pos Pos, annots []*Annotation) {
	f := &ObjectField{node: At(pos), Annots: annots}
quals:
	for {
		switch p.kind() {
		case _Public:
			f.Public = true
		case _Private:
			f.Private = true
		case _Final:
			f.Final = true
		case _Readonly:
			if !p.readonlyQualifier() {
				break quals
			}
			f.Readonly = true
		default:
			break quals
		}
		p.next()
	}
	f.Type = p.parseType()
	f.NameP = p.pos()
	f.Name, _ = p.name()
	if f.Name == "" {
		p.sync()
		return
	}
	if p.kind() == _Assign {
		eq := p.pos()
		p.next()
		x := p.parseExpr()
		if ctx == inObjectType {
			// jBallerina's wording (abstract_anon_object_negative.bal)
			p.errorAt(eq, "syntax", "field initialization not allowed in object type")
		} else {
			f.Value = x
		}
	}
	p.wantSemi()
	m.Fields = append(m.Fields, f)
}

// readonlyQualifier reports whether the `readonly` at the current token
// qualifies a field, as in "readonly T x;", rather than being its type, as
// in "readonly x;" and "readonly & T x;".
func (p *parser) readonlyQualifier() bool {
	t1 := p.peek(1)
	return p.typeStart(t1) && !(t1.kind == _Name && (p.peek(2).kind == _Semi ||
		p.peek(2).kind == _Question || p.peek(2).kind == _Assign))
}

// ResourceFunc = "resource" "function" name ResourcePath Signature MethodBody .
// ResourcePath = "." | PathSeg { "/" PathSeg } .
// PathSeg      = name | "[" [ Annotations ] Type [ "..." ] name "]" .
//
// In a service the body is a block; in an object type there is none, and
// a path parameter's name may be omitted.
func (p *parser) resourceFunc(pos Pos, annots []*Annotation, isolated bool, ctx objectCtx) *ResourceFunc {
	r := &ResourceFunc{node: At(pos), Annots: annots, Isolated: isolated}
	p.next() // function
	r.Accessor, _ = p.name()
	if p.kind() == _Dot {
		r.Path = append(r.Path, &ResourceSeg{node: At(p.pos()), Name: "."})
		p.next()
	} else if p.kind() != _LParen {
		for {
			seg := &ResourceSeg{node: At(p.pos())}
			if p.got(_LBrack) {
				p.annotations()
				seg.Type = p.parseType()
				if p.got(_Ellipsis) {
					seg.Rest = true
				}
				if ctx != inObjectType || p.kind() != _RBrack {
					seg.Param, _ = p.name()
				}
				p.want(_RBrack)
			} else {
				seg.Name, _ = p.name()
			}
			r.Path = append(r.Path, seg)
			if !p.got(_Slash) {
				break
			}
		}
	}
	r.Sig = p.signature(true)
	if p.externalBody() {
		r.External = true
	} else if ctx == inService {
		r.Body = p.block()
	} else {
		r.Body, r.ExprBody = p.methodBody(ctx)
	}
	return r
}
