package frontend

// Binding patterns and match patterns (Ballerina spec, "Binding patterns",
// "Match patterns"). Both are parsed by one set of methods; in a match
// pattern a name outside `var` is a constant and a rest pattern is written
// ...var r, in a binding pattern a name is a variable.

// BadPattern stands where a pattern failed to parse.
type BadPattern struct{ pattern }

// patternStart names the kind of list, mapping or error binding pattern
// that starts at the current token ("" when none does: a variable name
// follows), for the module level, where they stay unsupported.
func (p *parser) patternStart() string {
	switch p.kind() {
	case _LBrack:
		return "list binding patterns"
	case _LBrace:
		return "mapping binding patterns"
	case _Error:
		if p.errorPatternAhead() {
			return "error binding patterns"
		}
	}
	return ""
}

// errorPatternAhead reports whether an error pattern starts at the current
// "error" token: error( or error E( or error m:E(.
func (p *parser) errorPatternAhead() bool {
	switch p.peek(1).kind {
	case _LParen:
		return true
	case _Name:
		k := p.peek(2).kind
		return k == _LParen || k == _Colon && p.peek(3).kind == _Name && p.peek(4).kind == _LParen
	}
	return false
}

// BindingPattern = name | "_" | ListBindingPattern | MappingBindingPattern | ErrorBindingPattern .
func (p *parser) bindingPattern() Pattern { return p.patternOf(false) }

// MatchPattern = "var" BindingPattern | "_" | ConstExpr
//
//	| ListMatchPattern | MappingMatchPattern | ErrorMatchPattern .
func (p *parser) matchPattern() Pattern { return p.patternOf(true) }

// patternOf parses a match pattern (match) or a binding pattern.
func (p *parser) patternOf(match bool) Pattern {
	pos := p.pos()
	if !p.enter() {
		p.leave()
		p.tooDeep()
		return &BadPattern{pattern{At(pos)}}
	}
	defer p.leave()
	switch p.kind() {
	case _Var:
		if match {
			p.next()
			return &VarPattern{pattern: pattern{At(pos)}, P: p.bindingPattern()}
		}
	case _LBrack:
		return p.listPattern(match)
	case _LBrace:
		return p.mappingPattern(match)
	case _Error:
		if p.errorPatternAhead() {
			return p.errorPattern(match)
		}
	case _Name:
		if p.tok.lit == "_" && !p.qualifiedAhead() {
			p.next()
			return &WildcardPattern{pattern{At(pos)}}
		}
		if !match {
			name, _ := p.name()
			return &CapturePattern{pattern: pattern{At(pos)}, Name: name}
		}
	}
	if !match {
		p.syntaxError("binding pattern")
		return &BadPattern{pattern{At(pos)}}
	}
	x := p.binaryExpr(PrecXor)
	if _, ok := Unparen(x).(*WildcardExpr); ok {
		return &WildcardPattern{pattern{At(pos)}} // (_): parentheses only group
	}
	return &ConstPattern{pattern: pattern{At(pos)}, X: x}
}

// restPattern parses ...r (binding) or ...var r (match); the "..." is the
// current token.
func (p *parser) restPattern(match bool) *RestPattern {
	r := &RestPattern{pattern: pattern{At(p.pos())}}
	p.next() // ...
	if match {
		p.want(_Var)
	}
	r.Name, _ = p.name()
	return r
}

// ListBindingPattern = "[" [ BindingPattern { "," BindingPattern } [ "," RestBindingPattern ] | RestBindingPattern ] "]" .
// ListMatchPattern   = "[" [ MatchPattern { "," MatchPattern } [ "," RestMatchPattern ] | RestMatchPattern ] "]" .
// RestBindingPattern = "..." name .
// RestMatchPattern   = "..." "var" name .
func (p *parser) listPattern(match bool) Pattern {
	l := &ListPattern{pattern: pattern{At(p.pos())}}
	p.next() // [
	for p.kind() != _RBrack && p.kind() != _EOF {
		if p.kind() == _Ellipsis {
			l.Rest = p.restPattern(match)
			break
		}
		start := p.i
		l.Members = append(l.Members, p.patternOf(match))
		if p.i == start || !p.got(_Comma) {
			break
		}
	}
	p.want(_RBrack)
	return l
}

// MappingBindingPattern = "{" [ FieldBindingPattern { "," FieldBindingPattern } [ "," RestBindingPattern ] | RestBindingPattern ] "}" .
// FieldBindingPattern   = name [ ":" BindingPattern ] .
// MappingMatchPattern   = "{" [ FieldMatchPattern { "," FieldMatchPattern } [ "," RestMatchPattern ] | RestMatchPattern ] "}" .
// FieldMatchPattern     = name ":" MatchPattern .
func (p *parser) mappingPattern(match bool) Pattern {
	m := &MappingPattern{pattern: pattern{At(p.pos())}}
	p.next() // {
	for p.kind() != _RBrace && p.kind() != _EOF {
		if p.kind() == _Ellipsis {
			m.Rest = p.restPattern(match)
			break
		}
		f := &FieldPattern{node: At(p.pos())}
		name, pos := p.name()
		if name == "" {
			break
		}
		f.Name = name
		if match || p.kind() == _Colon {
			p.want(_Colon)
			f.P = p.patternOf(match)
		} else {
			f.P = &CapturePattern{pattern: pattern{At(pos)}, Name: name} // {x} is {x: x}
		}
		m.Fields = append(m.Fields, f)
		if !p.got(_Comma) {
			break
		}
	}
	p.want(_RBrace)
	return m
}

// ErrorBindingPattern = "error" [ TypeName ] "(" ErrorArgPatterns ")" .
// ErrorMatchPattern   = "error" [ TypeName ] "(" ErrorArgPatterns ")" .
// ErrorArgPatterns    = [ Pattern [ "," Pattern ] ] { "," name "=" Pattern } [ "," RestPattern ] .
//
// The message and the cause are positional; the detail fields are named.
func (p *parser) errorPattern(match bool) Pattern {
	e := &ErrorPattern{pattern: pattern{At(p.pos())}}
	p.next() // error
	if p.kind() == _Name {
		t := &NamedType{typ: typ{At(p.pos())}}
		t.Name, _ = p.name()
		if p.got(_Colon) {
			t.Prefix = t.Name
			t.Name, _ = p.name()
		}
		e.Type = t
	}
	p.want(_LParen)
	positional := 0
	for p.kind() != _RParen && p.kind() != _EOF {
		start := p.i
		switch {
		case p.kind() == _Ellipsis:
			e.Rest = p.restPattern(match)
		case p.kind() == _Name && p.peek(1).kind == _Assign:
			f := &FieldPattern{node: At(p.pos())}
			f.Name, _ = p.name()
			p.next() // =
			f.P = p.patternOf(match)
			e.Fields = append(e.Fields, f)
		default:
			arg := p.patternOf(match)
			switch {
			case len(e.Fields) > 0:
				p.errorAt(arg.Pos(), "syntax", "positional argument not allowed after named arguments")
			case positional == 0:
				e.Message = arg
			case positional == 1:
				e.Cause = arg
			default:
				p.errorAt(arg.Pos(), "syntax", "too many arguments in an error pattern")
			}
			positional++
		}
		if e.Rest != nil || p.i == start || !p.got(_Comma) {
			break
		}
	}
	p.want(_RParen)
	return e
}

// exprPattern turns x, the target of a destructuring assignment parsed as
// an expression (a list or mapping constructor, an error constructor), into
// the binding pattern it stands for: Ballerina's grammar reads
// `[a, b] = …` as a binding pattern, which a statement can only be told
// from a list constructor by the '=' after it.
func (p *parser) exprPattern(x Expr) Pattern {
	pos := x.Pos()
	switch x := x.(type) {
	case *NameExpr:
		if x.Prefix == "" {
			return &CapturePattern{pattern: pattern{At(pos)}, Name: x.Name}
		}
	case *WildcardExpr:
		return &WildcardPattern{pattern{At(pos)}}
	case *ListExpr:
		l := &ListPattern{pattern: pattern{At(pos)}}
		for i, el := range x.Elems {
			if sp, ok := el.(*SpreadExpr); ok && i == len(x.Elems)-1 {
				l.Rest = p.restOf(sp)
				continue
			}
			l.Members = append(l.Members, p.exprPattern(el))
		}
		return l
	case *MappingExpr:
		m := &MappingPattern{pattern: pattern{At(pos)}}
		for i, f := range x.Fields {
			switch {
			case f.Spread != nil && i == len(x.Fields)-1:
				m.Rest = p.restOf(&SpreadExpr{expr: expr{At(f.Pos())}, X: f.Spread})
			case f.Spread != nil || f.Computed != nil || f.Readonly:
				p.errorAt(f.Pos(), "syntax", "invalid binding pattern")
			case f.Value == nil:
				m.Fields = append(m.Fields, &FieldPattern{node: At(f.Pos()), Name: f.Name,
					P: &CapturePattern{pattern: pattern{At(f.Pos())}, Name: f.Name}})
			default:
				m.Fields = append(m.Fields, &FieldPattern{node: At(f.Pos()), Name: f.Name, P: p.exprPattern(f.Value)})
			}
		}
		return m
	case *ErrorCtorExpr:
		e := &ErrorPattern{pattern: pattern{At(pos)}, Type: x.Type}
		positional := 0
		for _, a := range x.Args {
			switch {
			case a.Rest:
				e.Rest = p.restOf(&SpreadExpr{expr: expr{At(a.Value.Pos())}, X: a.Value})
			case a.Name != "":
				e.Fields = append(e.Fields, &FieldPattern{node: At(a.NameP), Name: a.Name, P: p.exprPattern(a.Value)})
			case positional == 0:
				e.Message = p.exprPattern(a.Value)
				positional++
			case positional == 1:
				e.Cause = p.exprPattern(a.Value)
				positional++
			default:
				p.errorAt(a.Value.Pos(), "syntax", "too many arguments in an error pattern")
			}
		}
		return e
	case *FieldExpr, *IndexExpr:
		p.unsupported(pos, "field and member access in destructuring assignments")
		return &BadPattern{pattern{At(pos)}}
	}
	p.errorAt(pos, "syntax", "invalid binding pattern")
	return &BadPattern{pattern{At(pos)}}
}

// restOf turns the spread ...x at the end of a list or mapping constructor
// (or of an error constructor's arguments) into the rest binding pattern ...x.
func (p *parser) restOf(sp *SpreadExpr) *RestPattern {
	if ne, ok := sp.X.(*NameExpr); ok && ne.Prefix == "" {
		return &RestPattern{pattern: pattern{At(sp.Pos())}, Name: ne.Name}
	}
	p.errorAt(sp.X.Pos(), "syntax", "invalid binding pattern")
	return &RestPattern{pattern: pattern{At(sp.Pos())}}
}
