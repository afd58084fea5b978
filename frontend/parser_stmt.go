package frontend

// Block = "{" { Stmt } "}" .
func (p *parser) block() *Block {
	b := &Block{stmt: stmt{At(p.pos())}}
	if p.kind() != _LBrace {
		p.syntaxError("'{'")
		// Tolerate a few stray tokens before the block, e.g. "returns int x {".
		for k := p.kind(); k != _LBrace; k = p.kind() {
			if k == _EOF || k == _Semi || k == _RBrace || stmtStart(k) || declStart(k) {
				b.Rbrace = p.pos()
				p.got(_Semi)
				return b
			}
			p.next()
		}
		b.P = p.pos()
	}
	if !p.enter() {
		p.leave()
		p.skipBalanced()
		b.Rbrace = p.pos()
		return b
	}
	defer p.leave()
	p.next() // {
	b.Stmts = p.stmtList()
	b.Rbrace = p.pos()
	p.want(_RBrace)
	return b
}

// stmtList parses statements up to a '}' or the end of the file.
func (p *parser) stmtList() []Stmt {
	var list []Stmt
	p.blocks++
	saveBegin := p.stmtBegin
	for p.kind() != _RBrace && p.kind() != _EOF {
		start := p.i
		p.quiet = false
		p.stmtBegin = p.i
		if s := p.stmt(); s != nil {
			list = append(list, s)
		}
		if p.i == start {
			p.next() // an error was reported at this token
		}
	}
	p.stmtBegin = saveBegin
	p.blocks--
	return list
}

// Stmt = Block | VarDecl | BindingDecl | AssignStmt | DestructureStmt | ExprStmt | SendStmt
//
//	| IfStmt | WhileStmt | ForeachStmt | BreakStmt | ContinueStmt | ReturnStmt | PanicStmt | FailStmt | MatchStmt
//	| DoStmt | LockStmt | ForkStmt | WorkerDecl .
func (p *parser) stmt() Stmt {
	pos := p.pos()
	switch p.kind() {
	case _LBrace:
		if p.assignAfterGroup() {
			return p.exprStmt(p.parseExpr()) // {x, y} = r;
		}
		return p.block()
	case _Semi:
		p.next() // empty statement
		return nil
	case _If:
		return p.ifStmt()
	case _While:
		s := &WhileStmt{stmt: stmt{At(pos)}}
		p.next()
		s.Cond = p.headExpr()
		s.Body = p.block()
		s.OnFail = p.onFail()
		return s
	case _Foreach:
		return p.foreachStmt()
	case _Break:
		p.next()
		p.wantSemi()
		return &BreakStmt{stmt{At(pos)}}
	case _Continue:
		p.next()
		p.wantSemi()
		return &ContinueStmt{stmt{At(pos)}}
	case _Return:
		s := &ReturnStmt{stmt: stmt{At(pos)}}
		p.next()
		if p.kind() != _Semi {
			s.X = p.parseExpr()
		}
		p.wantSemi()
		return s
	case _Panic:
		p.next()
		s := &PanicStmt{stmt: stmt{At(pos)}, X: p.parseExpr()}
		p.wantSemi()
		return s
	case _Fail:
		p.next()
		s := &FailStmt{stmt: stmt{At(pos)}, X: p.parseExpr()}
		p.wantSemi()
		return s
	case _Match:
		return p.matchStmt()
	case _Do:
		s := &DoStmt{stmt: stmt{At(pos)}}
		p.next()
		s.Body = p.block()
		s.OnFail = p.onFail()
		return s
	case _Lock:
		s := &LockStmt{stmt: stmt{At(pos)}}
		p.next()
		s.Body = p.block()
		s.OnFail = p.onFail()
		return s
	case _Fork:
		return p.forkStmt()
	case _Worker:
		return p.workerDecl(pos, nil)
	case _At:
		annots := p.annotations()
		switch p.kind() {
		case _Worker:
			return p.workerDecl(p.pos(), annots)
		case _Start:
			return p.exprStmt(p.startAction(p.pos(), annots))
		}
		p.warnAt(pos, "annotation", "annotations are ignored here")
		return p.stmt()
	case _Final:
		p.next()
		return p.localVarDecl(pos, true)
	case _Var:
		return p.localVarDecl(pos, false)
	case _From:
		// A query action (from … do { … }) or a query expression statement.
		return p.exprStmt(p.parseExpr())
	case _Transaction:
		p.unsupported(pos, "transaction statements")
		p.skipConstruct()
		return nil
	case _Name:
		switch p.tok.lit {
		case "rollback":
			if t1 := p.peek(1).kind; t1 == _Semi || p.exprStart(p.peek(1)) && t1 != _LParen {
				p.unsupported(pos, "rollback statements")
				p.skipConstruct()
				return nil
			}
		case "retry":
			switch p.peek(1).kind {
			case _LBrace, _Lt, _LParen, _Transaction:
				p.unsupported(pos, "retry statements")
				p.skipConstruct()
				return nil
			}
		case "xmlns":
			if p.peek(1).kind == _String {
				p.unsupported(pos, "XML namespace declarations")
				p.skipConstruct()
				return nil
			}
		}
	}
	// A declaration "T x = e;" or an expression statement.
	if p.typeOnlyStart() {
		return p.localVarDecl(pos, false)
	}
	if p.typeStart(p.tok) {
		if s, ok := p.tryLocalVarDecl(pos); ok {
			return s
		}
	}
	x, send := p.exprOrSend()
	if send != nil {
		p.wantSemi()
		return send
	}
	return p.exprStmt(x)
}

// typeOnlyStart reports whether the current token can start a type but not
// an expression, so that no speculation is needed.
func (p *parser) typeOnlyStart() bool {
	t1 := p.peek(1)
	switch k := p.kind(); k {
	case _Record, _Future, _Typedesc, _Object, _Distinct, _Readonly, _Map, _Table, _Xml:
		return t1.kind != _Colon && !(k == _Xml && (t1.kind == _TmplFull || t1.kind == _TmplHead)) &&
			!(k == _Table && t1.kind != _Lt)
	case _Error:
		return t1.kind != _Colon && t1.kind != _LParen && t1.kind != _Name
	case _StringKw:
		return t1.kind != _Colon && t1.kind != _TmplFull && t1.kind != _TmplHead
	case _Name:
		return p.tok.lit == "stream" && t1.kind == _Lt
	case _Isolated, _Client, _Service:
		return t1.kind == _Object // isolated object { … } o = …;
	}
	return p.kind().builtinTypeKw() && t1.kind != _Colon
}

// tryLocalVarDecl parses "Type name (= | ;)" speculatively; it returns
// false, having consumed nothing, when the statement is not a declaration.
func (p *parser) tryLocalVarDecl(pos Pos) (Stmt, bool) {
	if p.notDecl[p.i] {
		return nil, false
	}
	start := p.i
	var t TypeExpr
	binding := false
	ok := p.speculate(func() bool {
		t = p.parseType()
		if _, tuple := t.(*TupleType); tuple && p.kind() == _LBrack || p.kind() == _LBrace && p.assignAfterGroup() ||
			p.kind() == _Error && p.errorPatternAhead() {
			binding = true // [int, string] [a, b] = …   Person {name, age} = …   E error(m) = …
			return true
		}
		if p.kind() != _Name {
			return false
		}
		k := p.peek(1).kind
		return k == _Assign || k == _Semi
	})
	if !ok {
		if p.notDecl == nil {
			p.notDecl = map[int]bool{}
		}
		p.notDecl[start] = true
		return nil, false
	}
	if binding {
		return p.bindingDeclRest(pos, false, t), true
	}
	return p.varDeclRest(pos, false, t), true
}

// assignAfterGroup reports whether the bracketed group at the current token
// is followed by '='. The scan gives up at a ';'.
func (p *parser) assignAfterGroup() bool {
	d := 0
	for j := p.i; j < len(p.toks); j++ {
		switch k := p.toks[j].kind; {
		case isOpener(k):
			d++
		case isCloser(k):
			d--
			if d == 0 {
				return j+1 < len(p.toks) && p.toks[j+1].kind == _Assign
			}
		case k == _Semi || k == _EOF:
			return false
		}
	}
	return false
}

// VarDecl     = [ "final" ] ( Type | "var" ) name [ "=" Expr ] ";" .
// BindingDecl = [ "final" ] ( Type | "var" ) BindingPattern "=" Expr ";" .
// (the "final" has been consumed by the caller)
func (p *parser) localVarDecl(pos Pos, final bool) Stmt {
	var t TypeExpr
	if !p.got(_Var) {
		t = p.parseType()
	}
	if p.patternStart() != "" {
		return p.bindingDeclRest(pos, final, t)
	}
	return p.varDeclRest(pos, final, t)
}

// LetExpr    = "let" LetVarDecl { "," LetVarDecl } "in" Expr .
// LetVarDecl = [ Annotations ] ( Type | "var" ) ( name | BindingPattern ) "=" Expr .
func (p *parser) letExpr(pos Pos) Expr {
	e := &LetExpr{expr: expr{At(pos)}}
	p.next() // let
	if e.Decls = p.letVarDecls(); e.Decls == nil {
		return &BadExpr{expr{At(pos)}}
	}
	if !p.want(_In) {
		return &BadExpr{expr{At(pos)}}
	}
	e.Body = p.parseExpr()
	return e
}

// bindingDeclRest parses the binding pattern of a BindingDecl and what follows it.
func (p *parser) bindingDeclRest(pos Pos, final bool, t TypeExpr) Stmt {
	d := &BindingDecl{stmt: stmt{At(pos)}, Final: final, Type: t}
	d.Pattern = p.bindingPattern()
	if !p.want(_Assign) {
		d.Value = &BadExpr{expr{At(p.pos())}}
		p.sync()
		return d
	}
	d.Value = p.parseExpr()
	p.wantSemi()
	return d
}

func (p *parser) varDeclRest(pos Pos, final bool, t TypeExpr) Stmt {
	d := &VarDecl{stmt: stmt{At(pos)}, Final: final, Type: t}
	d.NameP = p.pos()
	d.Name, _ = p.name()
	if d.Name == "" {
		p.sync()
		return d
	}
	if p.got(_Assign) {
		d.Value = p.parseExpr()
	}
	p.wantSemi()
	return d
}

// assignOp recognizes an assignment operator at the current token and
// returns its Op (see AssignStmt) and its length in tokens. The shift
// assignments >>= and >>>= are scanned as '>' '>=' and '>' '>' '>='.
func (p *parser) assignOp() (op Op, n int, ok bool) {
	switch p.kind() {
	case _Assign:
		return OpNone, 1, true
	case _Gt:
		t1, t2 := p.peek(1), p.peek(2)
		if !adjacent(p.tok, t1) {
			break
		}
		if t1.kind == _Ge {
			return OpShr, 2, true
		}
		if t1.kind == _Gt && t2.kind == _Ge && adjacent(t1, t2) {
			return OpUshr, 3, true
		}
	default:
		if op := assignOpOf[p.kind()]; op != OpNone {
			return op, 1, true
		}
	}
	return OpNone, 0, false
}

// ExprStmt        = Expr ";" .
// AssignStmt      = Expr ( "=" | "+=" | "-=" | … ) Expr ";" .
// DestructureStmt = BindingPattern "=" Expr ";" .  (the pattern is parsed as an expression first)
func (p *parser) exprStmt(x Expr) Stmt {
	if op, n, ok := p.assignOp(); ok {
		for range n {
			p.next()
		}
		if isDestructuring(x) && op == OpNone {
			d := &DestructureStmt{stmt: stmt{At(x.Pos())}, Pattern: p.exprPattern(x)}
			d.Value = p.parseExpr()
			p.wantSemi()
			return d
		}
		s := &AssignStmt{stmt: stmt{At(x.Pos())}, Lhs: x, Op: op}
		s.Value = p.parseExpr()
		p.wantSemi()
		return s
	}
	if pe, ok := x.(*ParenExpr); ok {
		// Ballerina's parser: a braced expression is not an expression statement
		p.errorAt(pe.Lparen, "syntax", "invalid expression statement")
	}
	s := &ExprStmt{stmt: stmt{At(x.Pos())}, X: x}
	if q, ok := unwrapCheck(x).(*QueryExpr); ok && q.Do != nil {
		p.got(_Semi) // a query action ends with its block; a ';' may follow
		return s
	}
	p.wantSemi()
	return s
}

// unwrapCheck returns the operand of check and checkpanic, and x otherwise.
func unwrapCheck(x Expr) Expr {
	for {
		c, ok := x.(*CheckExpr)
		if !ok {
			return x
		}
		x = c.X
	}
}

// isDestructuring reports whether x, the target of an assignment, is a
// binding pattern ([a, b] = …, {x, y} = …, error(m) = …).
func isDestructuring(x Expr) bool {
	switch x.(type) {
	case *ListExpr, *MappingExpr, *ErrorCtorExpr:
		return true
	}
	return false
}

// headExpr parses the expression that precedes the block of an if, while,
// foreach or match statement. A '{' there is the block, not a mapping
// constructor: the expression is missing.
func (p *parser) headExpr() Expr {
	if p.kind() == _LBrace {
		p.syntaxError("expression")
		return &BadExpr{expr{At(p.pos())}}
	}
	return p.parseExpr()
}

// IfStmt = "if" Expr Block [ "else" ( IfStmt | Block ) ] .
func (p *parser) ifStmt() Stmt {
	first := &IfStmt{stmt: stmt{At(p.pos())}}
	p.next()
	first.Cond = p.headExpr()
	first.Then = p.block()
	// else-if chains are parsed iteratively: a long chain is not nesting.
	cur := first
	for p.got(_Else) {
		if p.kind() != _If {
			cur.Else = p.block()
			break
		}
		n := &IfStmt{stmt: stmt{At(p.pos())}}
		p.next()
		n.Cond = p.headExpr()
		n.Then = p.block()
		cur.Else = n
		cur = n
	}
	return first
}

// ForeachStmt = "foreach" ( Type | "var" ) ( name | BindingPattern ) "in" Expr Block [ OnFail ] .
func (p *parser) foreachStmt() Stmt {
	s := &ForeachStmt{stmt: stmt{At(p.pos())}}
	p.next()
	if !p.got(_Var) {
		s.Type = p.parseType()
	}
	s.NameP = p.pos()
	if p.patternStart() != "" {
		s.Pattern = p.bindingPattern()
	} else {
		s.Name, _ = p.name()
	}
	p.want(_In)
	s.Iter = p.headExpr()
	s.Body = p.block()
	s.OnFail = p.onFail()
	return s
}

// OnFail = "on" "fail" [ ( Type | "var" ) name ] Block .
func (p *parser) onFail() *OnFail {
	if p.kind() != _On || p.peek(1).kind != _Fail {
		return nil
	}
	o := &OnFail{node: At(p.pos())}
	p.next()
	p.next()
	if p.kind() != _LBrace {
		if !p.got(_Var) {
			o.Type = p.parseType()
		}
		o.VarP = p.pos()
		o.VarName, _ = p.name()
	}
	o.Body = p.block()
	return o
}

// MatchStmt   = "match" Expr "{" { MatchClause } "}" .
// MatchClause = MatchPattern { "|" MatchPattern } [ "if" Expr ] "=>" Block .
func (p *parser) matchStmt() Stmt {
	s := &MatchStmt{stmt: stmt{At(p.pos())}}
	p.next()
	s.X = p.headExpr()
	if !p.want(_LBrace) {
		p.sync()
		return s
	}
	p.blocks++
	saveBegin := p.stmtBegin
	for p.kind() != _RBrace && p.kind() != _EOF {
		start := p.i
		p.stmtBegin = p.i
		s.Clauses = append(s.Clauses, p.matchClause())
		if p.i == start {
			p.next()
		}
	}
	p.stmtBegin = saveBegin
	p.blocks--
	p.want(_RBrace)
	return s
}

func (p *parser) matchClause() *MatchClause {
	c := &MatchClause{node: At(p.pos())}
	saveNoArrow := p.noArrow
	p.noArrow = true
	for {
		c.Patterns = append(c.Patterns, p.matchPattern())
		if !p.got(_Or) {
			break
		}
	}
	if p.got(_If) {
		c.Guard = p.parseExpr()
	}
	p.noArrow = saveNoArrow
	if !p.got(_FatArrow) {
		p.syntaxError("'=>'")
		d := 0
		for k := p.kind(); k != _EOF; k = p.kind() {
			if d == 0 && (k == _FatArrow || k == _LBrace || k == _RBrace) {
				break
			}
			if isOpener(k) {
				d++
			} else if isCloser(k) {
				if d == 0 {
					break
				}
				d--
			}
			p.next()
		}
		p.got(_FatArrow)
	}
	c.Body = p.block()
	return c
}

// ForkStmt = "fork" "{" { [ Annotations ] WorkerDecl } "}" .
func (p *parser) forkStmt() Stmt {
	s := &ForkStmt{stmt: stmt{At(p.pos())}}
	p.next()
	if !p.want(_LBrace) {
		p.sync()
		return s
	}
	p.blocks++
	saveBegin := p.stmtBegin
	for p.kind() != _RBrace && p.kind() != _EOF {
		start := p.i
		p.stmtBegin = p.i
		annots := p.annotations()
		if p.kind() == _Worker {
			s.Workers = append(s.Workers, p.workerDecl(p.pos(), annots))
		} else {
			p.syntaxError("'worker'")
			p.sync()
		}
		if p.i == start {
			p.next()
		}
	}
	p.stmtBegin = saveBegin
	p.blocks--
	s.Rbrace = p.pos()
	p.want(_RBrace)
	return s
}

// WorkerDecl = [ Annotations ] "worker" name [ "returns" Type ] Block [ OnFail ] .
func (p *parser) workerDecl(pos Pos, annots []*Annotation) *WorkerDecl {
	w := &WorkerDecl{stmt: stmt{At(pos)}, Annots: annots}
	p.next() // worker
	w.NameP = p.pos()
	w.Name, _ = p.name()
	if p.got(_Returns) {
		w.Return = p.parseType()
	}
	w.Body = p.block()
	w.OnFail = p.onFail()
	return w
}
