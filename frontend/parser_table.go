package frontend

// Table type descriptors and table constructors (spec, "Tables").

// TableType   = "table" "<" Type ">" [ KeySpec | "key" "<" Type ">" ] .
func (p *parser) tableType(pos Pos) TypeExpr {
	p.next() // table
	t := &TableType{typ: typ{At(pos)}}
	if !p.want(_Lt) {
		t.Row = &BadType{typ{At(p.pos())}}
		return t
	}
	t.Row = p.parseType()
	p.want(_Gt)
	if !p.keyAhead() {
		return t
	}
	if p.peek(1).kind == _Lt {
		t.KeyTypeP = p.pos()
		p.next() // key
		p.next() // <
		t.KeyType = p.parseType()
		p.want(_Gt)
		return t
	}
	t.Key = p.keySpec()
	return t
}

// keyAhead reports whether a key specifier or key type constraint follows: `key`
// then `(` or `<` (`key` alone may be a variable's name: table<R> key = …).
func (p *parser) keyAhead() bool {
	if p.kind() != _Name || p.tok.lit != "key" {
		return false
	}
	k := p.peek(1).kind
	return k == _LParen || k == _Lt
}

// KeySpec = "key" "(" [ name { "," name } ] ")" .
func (p *parser) keySpec() *KeySpec {
	k := &KeySpec{node: At(p.pos())}
	p.next() // key
	k.Names, k.NamePs = p.keySpecifier()
	return k
}

// TableExpr = "table" [ KeySpec ] "[" [ MappingExpr { "," MappingExpr } ] "]" .
// (table [key(…)] from … is a query expression: see queryConstructAhead.)
func (p *parser) tableExpr(pos Pos) Expr {
	p.next() // table
	t := &TableExpr{expr: expr{At(pos)}}
	if p.keyAhead() && p.peek(1).kind == _LParen {
		t.Key = p.keySpec()
	}
	if !p.want(_LBrack) {
		p.skipNested()
		return &BadExpr{expr{At(pos)}}
	}
	save := p.noArrow
	p.noArrow = false
	for p.kind() != _RBrack && p.kind() != _EOF {
		if p.kind() != _LBrace {
			p.syntaxError("mapping constructor")
			p.skipNested()
			break
		}
		t.Rows = append(t.Rows, p.mappingExpr())
		if !p.got(_Comma) {
			break
		}
	}
	p.noArrow = save
	p.want(_RBrack)
	return t
}
