package frontend

// Type = IntersectionType { "|" IntersectionType } .
func (p *parser) parseType() TypeExpr {
	t := p.intersectionType()
	if p.kind() != _Or {
		return t
	}
	u := &UnionType{typ: typ{At(t.Pos())}, Members: []TypeExpr{t}}
	for p.got(_Or) {
		u.Members = append(u.Members, p.intersectionType())
	}
	return u
}

// IntersectionType = PostfixType { "&" PostfixType } .
func (p *parser) intersectionType() TypeExpr {
	t := p.postfixType()
	if p.kind() != _And {
		return t
	}
	x := &IntersectionType{typ: typ{At(t.Pos())}, Members: []TypeExpr{t}}
	for p.got(_And) {
		x.Members = append(x.Members, p.postfixType())
	}
	return x
}

// PostfixType = PrimaryType { "[" [ int | QualifiedName | "*" ] "]" | "?" } .
func (p *parser) postfixType() TypeExpr {
	t := p.primaryType()
	// dims holds a run of array suffixes: in T[3][2] the first is the outermost
	// dimension (three arrays of two), so the run is built from its last one in.
	var dims []*ArrayType
	build := func() {
		for i := len(dims) - 1; i >= 0; i-- {
			dims[i].Elem = t
			t = dims[i]
		}
		dims = nil
	}
	for {
		switch p.kind() {
		case _LBrack:
			a := &ArrayType{typ: typ{At(t.Pos())}}
			t1 := p.peek(1)
			switch {
			case t1.kind == _RBrack:
				p.next()
			case t1.kind == _Star && p.peek(2).kind == _RBrack:
				p.next()
				p.next()
				a.Inferred = true
			case t1.kind == _Int && p.peek(2).kind == _RBrack:
				p.next()
				a.Len = p.intLit()
			case t1.kind == _Name && p.peek(2).kind == _RBrack,
				t1.kind == _Name && p.peek(2).kind == _Colon && p.peek(3).kind == _Name && p.peek(4).kind == _RBrack:
				p.next()
				a.Len = p.qualifiedName()
			default:
				build()
				return t // not an array suffix, e.g. a[i + 1] in an expression statement
			}
			p.want(_RBrack)
			dims = append(dims, a)
		case _Question:
			if p.typeInExpr && p.exprStart(p.peek(1)) {
				build()
				return t // x is T ? a : b
			}
			p.next()
			build()
			t = &OptionalType{typ: typ{At(t.Pos())}, Elem: t}
		default:
			build()
			return t
		}
	}
}

// exprStart reports whether t can start an expression other than a mapping
// constructor; used to tell "T? x" from "x is T ? a : b".
func (p *parser) exprStart(t *token) bool {
	switch t.kind {
	case _Name, _Int, _Float, _String, _TmplFull, _TmplHead, _LParen, _LBrack,
		_Minus, _Plus, _Not, _Tilde, _Lt, _LArrow, _True, _False, _Null, _New,
		_Check, _Checkpanic, _Trap, _Typeof, _Error, _Function, _Wait, _Start, _Flush:
		return true
	}
	return t.kind.prefixKw()
}

// PrimaryType = builtin_type | "(" ")" | "null" | "(" Type ")" | TypeName
//
//	| "map" "<" Type ">" | "future" [ "<" Type ">" ] | "typedesc" [ "<" Type ">" ] | StreamType
//	| "error" [ "<" Type ">" ] | RecordType | TupleType | FuncType | SingletonType
//	| ObjectType | "distinct" PostfixType .
func (p *parser) primaryType() TypeExpr {
	pos := p.pos()
	if !p.enter() {
		p.leave()
		p.tooDeep()
		return &BadType{typ{At(pos)}}
	}
	defer p.leave()
	k := p.kind()
	if k != _Name && k.prefixKw() && p.qualifiedAhead() {
		return p.typeName() // error:NoMessage, int:Signed32
	}
	switch k {
	case _Name:
		if p.transactionalAhead() {
			p.unsupported(pos, "transactional functions")
			p.next()
			return p.primaryType()
		}
		if p.tok.lit == "stream" && p.peek(1).kind != _Colon {
			return p.streamType()
		}
		return p.typeName()
	case _Error:
		p.next()
		if p.kind() == _Lt {
			p.next()
			e := &ErrorType{typ: typ{At(pos)}, Detail: p.parseType()}
			p.want(_Gt)
			return e
		}
		return &BuiltinType{typ: typ{At(pos)}, Name: "error"}
	case _LParen:
		if p.peek(1).kind == _RParen {
			p.next()
			p.next()
			return &NilType{typ{At(pos)}}
		}
		p.next()
		save := p.typeInExpr
		p.typeInExpr = false
		t := p.parseType()
		p.typeInExpr = save
		p.want(_RParen)
		return t
	case _Null:
		p.next()
		return &NilType{typ{At(pos)}}
	case _Map:
		p.next()
		m := &MapType{typ: typ{At(pos)}}
		if !p.want(_Lt) {
			m.Elem = &BadType{typ{At(p.pos())}}
			return m
		}
		m.Elem = p.parseType()
		p.want(_Gt)
		return m
	case _Future:
		p.next()
		f := &FutureType{typ: typ{At(pos)}}
		if p.got(_Lt) {
			f.Elem = p.parseType()
			p.want(_Gt)
		}
		return f
	case _Typedesc:
		p.next()
		t := &TypedescType{typ: typ{At(pos)}}
		if p.got(_Lt) {
			t.Elem = p.parseType()
			p.want(_Gt)
		}
		return t
	case _Record:
		return p.recordType()
	case _LBrack:
		return p.tupleType()
	case _Function:
		return p.funcType(pos, false)
	case _Isolated:
		if p.peek(1).kind == _Function {
			p.next()
			return p.funcType(pos, true)
		}
	case _String, _Int, _Float, _True, _False:
		return &SingletonType{typ: typ{At(pos)}, Value: p.primaryExpr()}
	case _Minus:
		if t1 := p.peek(1).kind; t1 == _Int || t1 == _Float {
			p.next()
			x := &UnaryExpr{expr: expr{At(pos)}, Op: OpNeg, X: p.primaryExpr()}
			return &SingletonType{typ: typ{At(pos)}, Value: x}
		}
	case _Distinct:
		p.next()
		return &DistinctType{typ: typ{At(pos)}, Elem: p.postfixType()}
	case _Table:
		return p.tableType(pos)
	case _Xml:
		p.unsupported(pos, "xml types")
		p.next()
		p.skipAngles()
		return &BadType{typ{At(pos)}}
	}
	if k.builtinTypeKw() {
		p.next()
		return &BuiltinType{typ: typ{At(pos)}, Name: k.String()}
	}
	if p.objectAhead() {
		return p.objectType()
	}
	p.syntaxError("type")
	return &BadType{typ{At(pos)}}
}

// StreamType = "stream" [ "<" Type [ "," Type ] ">" ] .
func (p *parser) streamType() TypeExpr {
	t := &StreamType{typ: typ{At(p.pos())}}
	p.next()
	if p.got(_Lt) {
		t.Elem = p.parseType()
		if p.got(_Comma) {
			t.Completion = p.parseType()
		}
		p.want(_Gt)
	}
	return t
}

// skipAngles skips a <…> group of an unsupported type, if there is one.
func (p *parser) skipAngles() {
	if p.kind() != _Lt {
		return
	}
	d := 0
	for p.kind() != _EOF {
		switch p.kind() {
		case _Lt:
			d++
		case _Gt:
			d--
			if d == 0 {
				p.next()
				return
			}
		case _Semi, _LBrace, _RBrace:
			return
		}
		p.next()
	}
}

// RecordType   = "record" ( "{" { RecordMember } "}" | "{|" { RecordMember } "|}" ) .
// RecordMember = "*" Type ";" | Type "..." ";" | [ Annotations ] [ "readonly" ] Type name [ "?" ] [ "=" Expr ] ";" .
func (p *parser) recordType() TypeExpr {
	r := &RecordType{typ: typ{At(p.pos())}}
	p.next() // record
	closer := _RBrace
	switch p.kind() {
	case _LBrace:
	case _LBracePipe:
		r.Closed = true
		closer = _PipeRBrace
	default:
		p.syntaxError("'{'")
		return r
	}
	p.next()
	save := p.typeInExpr
	p.typeInExpr = false
	p.blocks++ // recovery inside the body stops at the closing brace
	saveBegin := p.stmtBegin
	for p.kind() != closer && p.kind() != _EOF && p.kind() != _RBrace && p.kind() != _PipeRBrace {
		start := p.i
		p.stmtBegin = p.i
		p.recordMember(r)
		if p.i == start {
			p.next()
		}
	}
	p.stmtBegin = saveBegin
	p.blocks--
	p.typeInExpr = save
	p.want(closer)
	return r
}

func (p *parser) recordMember(r *RecordType) {
	if p.got(_Star) {
		r.Includes = append(r.Includes, p.parseType())
		p.wantSemi()
		return
	}
	annots := p.annotations()
	f := &RecordField{node: At(p.pos()), Annots: annots}
	if p.kind() == _Readonly && p.readonlyQualifier() {
		f.Readonly = true
		p.next()
	}
	f.Type = p.parseType()
	if p.got(_Ellipsis) {
		if r.Rest != nil {
			p.errorAt(f.Pos(), "syntax", "a record type has at most one rest field")
		}
		r.Rest = f.Type
		p.wantSemi()
		return
	}
	f.Name, _ = p.name()
	if f.Name == "" {
		p.sync()
		return
	}
	if p.got(_Question) {
		f.Optional = true
	}
	if p.got(_Assign) {
		f.Default = p.parseExpr()
	}
	p.wantSemi()
	r.Fields = append(r.Fields, f)
}

// TupleType = "[" [ Type { "," Type } [ "..." ] ] "]" .
func (p *parser) tupleType() TypeExpr {
	t := &TupleType{typ: typ{At(p.pos())}}
	p.next() // [
	save := p.typeInExpr
	p.typeInExpr = false
	for p.kind() != _RBrack && p.kind() != _EOF {
		p.annotations()
		m := p.parseType()
		if p.got(_Ellipsis) {
			t.Rest = m
			break
		}
		t.Members = append(t.Members, m)
		if !p.listSep(_RBrack, "type") {
			break
		}
	}
	p.typeInExpr = save
	p.want(_RBrack)
	return t
}

// FuncType = [ "isolated" ] "function" [ "(" [ Param { "," Param } ] ")" [ "returns" Type ] ] .
// The "isolated" has been consumed by the caller; pos is the first token.
func (p *parser) funcType(pos Pos, isolated bool) TypeExpr {
	f := &FuncType{typ: typ{At(pos)}, Isolated: isolated}
	p.next() // function
	if p.kind() != _LParen {
		f.Any = true
		return f
	}
	save := p.typeInExpr
	p.typeInExpr = false
	sig := p.signature(false)
	p.typeInExpr = save
	f.Params, f.Return = sig.Params, sig.Return
	return f
}
