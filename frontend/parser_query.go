package frontend

// Query expressions and actions. The clause keywords other than from,
// select and let are not reserved words: they are recognized by name where
// a clause may start, so programs may still use them as identifiers.

// clauseWord reports whether the current token is the contextual keyword w.
func (p *parser) clauseWord(w string) bool {
	return p.kind() == _Name && p.tok.lit == w
}

// QueryExpr      = [ QueryConstruct ] FromClause { Clause } ( SelectClause [ OnConflict ] | CollectClause | DoClause ) .
// QueryConstruct = "map" | "table" KeySpecifier | "stream" .
func (p *parser) queryExpr(pos Pos) Expr {
	q := &QueryExpr{expr: expr{At(pos)}}
	switch {
	case p.kind() == _Map:
		q.Construct = "map"
		p.next()
	case p.kind() == _Table:
		q.Construct = "table"
		p.next()
		if p.keyAhead() {
			q.Key = p.keySpec()
		}
	case p.clauseWord("stream"):
		q.Construct = "stream"
		p.next()
	}
	if p.kind() != _From {
		p.syntaxError("'from'")
		return &BadExpr{expr{At(pos)}}
	}
	for {
		c := p.queryClause()
		if c == nil {
			break
		}
		q.Clauses = append(q.Clauses, c)
	}
	q.EndP = p.pos()
	switch {
	case p.got(_Select):
		q.Select = p.parseExpr()
		if p.kind() == _On && p.peek(1).kind == _Name && p.peek(1).lit == "conflict" {
			p.next()
			p.next()
			q.OnConflict = p.parseExpr()
		}
	case p.clauseWord("collect"):
		p.next()
		q.Collect = p.parseExpr()
	case p.kind() == _Do:
		p.next()
		q.Do = p.block()
	default:
		p.syntaxError("'select', 'collect' or 'do'")
		return &BadExpr{expr{At(pos)}}
	}
	return q
}

// queryConstructAhead reports whether a query with a construct type starts
// here: "map from", "stream from", "table key(…) from".
func (p *parser) queryConstructAhead() bool {
	switch {
	case p.kind() == _Map, p.clauseWord("stream"):
		return p.peek(1).kind == _From
	case p.kind() == _Table:
		if p.peek(1).kind == _From {
			return true
		}
		if t := p.peek(1); t.kind != _Name || t.lit != "key" || p.peek(2).kind != _LParen {
			return false
		}
		i := 3
		for p.peek(i).kind == _Name || p.peek(i).kind == _Comma {
			i++
		}
		return p.peek(i).kind == _RParen && p.peek(i+1).kind == _From
	}
	return false
}

// KeySpecifier = "(" [ name { "," name } ] ")" .
func (p *parser) keySpecifier() ([]string, []Pos) {
	var names []string
	var poss []Pos
	if !p.want(_LParen) {
		return nil, nil
	}
	for p.kind() != _RParen && p.kind() != _EOF {
		n, np := p.name()
		if n == "" {
			break
		}
		names, poss = append(names, n), append(poss, np)
		if !p.got(_Comma) {
			break
		}
	}
	p.want(_RParen)
	return names, poss
}

// Clause        = FromClause | WhereClause | LetClause | JoinClause | OrderByClause | LimitClause | GroupByClause .
// FromClause    = "from" ( Type | "var" ) ( name | BindingPattern ) "in" Expr .
// WhereClause   = "where" Expr .
// JoinClause    = [ "outer" ] "join" ( Type | "var" ) ( name | BindingPattern ) "in" Expr "on" Expr "equals" Expr .
// OrderByClause = "order" "by" Expr [ "ascending" | "descending" ] { "," … } .
// LimitClause   = "limit" Expr .
// GroupByClause = "group" "by" GroupKey { "," GroupKey } .
//
// queryClause returns nil at a token that starts no clause.
func (p *parser) queryClause() QueryClause {
	pos := p.pos()
	switch {
	case p.kind() == _From:
		p.next()
		c := &FromClause{clause: clause{At(pos)}}
		c.Type, c.Name, c.NameP, c.Pattern = p.queryBinding()
		p.want(_In)
		c.Iter = p.parseExpr()
		return c
	case p.clauseWord("where"):
		p.next()
		return &WhereClause{clause: clause{At(pos)}, Cond: p.parseExpr()}
	case p.kind() == _Let:
		p.next()
		return &LetClause{clause: clause{At(pos)}, Decls: p.letVarDecls()}
	case p.clauseWord("join"), p.clauseWord("outer") && p.peek(1).kind == _Name && p.peek(1).lit == "join":
		c := &JoinClause{clause: clause{At(pos)}}
		if p.clauseWord("outer") {
			c.Outer = true
			p.next()
		}
		p.next()
		c.Type, c.Name, c.NameP, c.Pattern = p.queryBinding()
		p.want(_In)
		c.Iter = p.parseExpr()
		if !p.want(_On) {
			return c
		}
		c.On = p.parseExpr()
		if !p.clauseWord("equals") {
			p.syntaxError("'equals'")
			return c
		}
		p.next()
		c.Equals = p.parseExpr()
		return c
	case p.clauseWord("order") && p.peek(1).kind == _Name && p.peek(1).lit == "by":
		p.next()
		p.next()
		c := &OrderByClause{clause: clause{At(pos)}}
		for {
			k := &OrderKey{X: p.parseExpr()}
			if p.clauseWord("ascending") {
				p.next()
			} else if p.clauseWord("descending") {
				k.Descending = true
				p.next()
			}
			c.Keys = append(c.Keys, k)
			if !p.got(_Comma) {
				return c
			}
		}
	case p.clauseWord("limit"):
		p.next()
		return &LimitClause{clause: clause{At(pos)}, N: p.parseExpr()}
	case p.clauseWord("group") && p.peek(1).kind == _Name && p.peek(1).lit == "by":
		p.next()
		p.next()
		c := &GroupByClause{clause: clause{At(pos)}}
		for {
			c.Keys = append(c.Keys, p.groupKey())
			if !p.got(_Comma) {
				return c
			}
		}
	}
	return nil
}

// GroupKey = name | ( Type | "var" ) name "=" Expr .
func (p *parser) groupKey() *GroupKey {
	k := &GroupKey{P: p.pos()}
	if p.kind() == _Name && !p.typedGroupKey() {
		k.Name, k.NameP = p.name()
		return k
	}
	if !p.got(_Var) {
		k.Type = p.parseType()
	}
	k.Name, k.NameP = p.name()
	if p.want(_Assign) {
		k.X = p.parseExpr()
	}
	return k
}

// typedGroupKey reports whether the grouping key at a name declares a
// variable of a named type (T k = e, m:T k = e, T[] k = e, T? k = e) rather
// than naming a variable of the pipeline (k, or k followed by a clause).
func (p *parser) typedGroupKey() bool {
	switch p.peek(1).kind {
	case _Colon, _LBrack, _Question, _Or, _Lt, _And:
		return true
	case _Name:
		return p.peek(2).kind == _Assign
	}
	return false
}

// queryBinding parses the typed binding pattern of a from or join clause.
func (p *parser) queryBinding() (t TypeExpr, name string, namePos Pos, pat Pattern) {
	if !p.got(_Var) {
		t = p.parseType()
	}
	namePos = p.pos()
	if p.patternStart() != "" {
		pat = p.bindingPattern()
	} else {
		name, _ = p.name()
	}
	return
}

// letVarDecls parses the declarations of a let expression or clause:
//
//	LetVarDecl = [ Annotations ] ( Type | "var" ) ( name | BindingPattern ) "=" Expr .
//
// It returns nil after reporting a syntax error.
func (p *parser) letVarDecls() []Stmt {
	var decls []Stmt
	for {
		dpos := p.pos()
		p.annotations() // an annotation on a let variable has no effect bal2go implements
		var t TypeExpr
		if !p.got(_Var) {
			t = p.parseType()
		}
		var value *Expr
		if p.patternStart() != "" {
			d := &BindingDecl{stmt: stmt{At(dpos)}, Final: true, Type: t, Pattern: p.bindingPattern()}
			decls, value = append(decls, d), &d.Value
		} else {
			d := &VarDecl{stmt: stmt{At(dpos)}, Final: true, Type: t, NameP: p.pos()}
			if d.Name, _ = p.name(); d.Name == "" {
				return nil
			}
			decls, value = append(decls, d), &d.Value
		}
		if !p.want(_Assign) {
			return nil
		}
		*value = p.parseExpr()
		if !p.got(_Comma) {
			return decls
		}
	}
}
