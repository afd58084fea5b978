package frontend

import (
	"encoding/base64"
	"encoding/hex"
	"math"
	"strconv"
	"strings"
)

// Expr = CondExpr [ "->>" Peer ] .
func (p *parser) parseExpr() Expr {
	x, send := p.exprOrSend()
	if send != nil {
		// jBallerina's wording (worker_async_send_as_expression.bal), at
		// the start of the send
		start := Start(send.X)
		p.errorAt(start, "syntax", "async send action not yet supported as expression")
		return &BadExpr{expr{At(start)}}
	}
	return x
}

// exprOrSend parses an expression, or the async send that an expression
// statement may be instead.
//
//	ExprOrSend = CondExpr [ ( "->" | "->>" ) Peer ] .
func (p *parser) exprOrSend() (Expr, *SendStmt) {
	x := p.condExpr()
	k := p.kind()
	if (k != _Arrow && k != _SyncArrow) || !peerStart(p.peek(1).kind) {
		return x, nil
	}
	s := Send{X: x, ArrowP: p.pos()}
	p.next()
	s.Peer = p.peer()
	if k == _Arrow {
		return nil, &SendStmt{stmt: stmt{At(x.Pos())}, Send: s}
	}
	return &SendExpr{expr: expr{At(x.Pos())}, Send: s}, nil
}

func peerStart(k tokKind) bool { return k == _Name || k == _Function }

// Peer = name | "function" .
func (p *parser) peer() *PeerRef {
	r := &PeerRef{P: p.pos()}
	if p.got(_Function) {
		r.Name = "function"
		return r
	}
	r.Name, _ = p.name()
	return r
}

// CondExpr = ElvisExpr [ "?" Expr ":" CondExpr ] .
func (p *parser) condExpr() Expr {
	x := p.elvisExpr()
	if p.kind() != _Question {
		return x
	}
	// c1 ? t1 : c2 ? t2 : e is parsed as a loop and folded to the right.
	type arm struct{ cond, then Expr }
	var arms []arm
	for p.kind() == _Question {
		p.next()
		var then Expr
		if p.enter() {
			then = p.condExpr()
		} else {
			p.tooDeep()
			then = &BadExpr{expr{At(p.pos())}}
		}
		p.leave()
		p.want(_Colon)
		arms = append(arms, arm{x, then})
		x = p.elvisExpr()
	}
	for i := len(arms) - 1; i >= 0; i-- {
		a := arms[i]
		x = &CondExpr{expr: expr{At(a.cond.Pos())}, Cond: a.cond, Then: a.then, Else: x}
	}
	return x
}

// ElvisExpr = BinaryExpr { "?:" BinaryExpr } .   (right associative)
func (p *parser) elvisExpr() Expr {
	x := p.binaryExpr(PrecOrOr)
	if p.kind() != _Elvis {
		return x
	}
	xs := []Expr{x}
	var ops []Pos
	for p.kind() == _Elvis {
		ops = append(ops, p.pos())
		p.next()
		xs = append(xs, p.binaryExpr(PrecOrOr))
	}
	y := xs[len(xs)-1]
	for i := len(xs) - 2; i >= 0; i-- {
		y = &BinaryExpr{expr: expr{At(xs[i].Pos())}, Op: OpElvis, OpP: ops[i], X: xs[i], Y: y}
	}
	return y
}

// binaryOp recognizes a binary operator at the current token: the
// operator and its length in tokens (0 when there is none). Shifts >> and
// >>> are made of adjacent '>' tokens, and !is of '!' and 'is'.
func (p *parser) binaryOp() (Op, int) {
	switch p.kind() {
	case _Gt:
		t1, t2 := p.peek(1), p.peek(2)
		if adjacent(p.tok, t1) {
			switch t1.kind {
			case _Ge:
				return OpNone, 0 // >>= is an assignment
			case _Gt:
				if adjacent(t1, t2) {
					switch t2.kind {
					case _Gt:
						return OpUshr, 3
					case _Ge:
						return OpNone, 0 // >>>=
					}
				}
				return OpShr, 2
			}
		}
		return OpGt, 1
	case _Not:
		if p.peek(1).kind == _Is {
			return OpNotIs, 2
		}
		return OpNone, 0
	}
	if op := binaryOpOf[p.kind()]; op != OpNone {
		return op, 1
	}
	return OpNone, 0
}

// BinaryExpr = UnaryExpr { binary_op UnaryExpr | ( "is" | "!is" ) Type } .
// binaryExpr parses operators of precedence prec and tighter; all are left
// associative.
func (p *parser) binaryExpr(prec Prec) Expr {
	x := p.unaryExpr()
	for {
		op, n := p.binaryOp()
		oprec := op.Prec()
		if oprec < prec || oprec == PrecNone {
			return x
		}
		opP := p.pos()
		for range n {
			p.next()
		}
		if op == OpIs || op == OpNotIs {
			save := p.typeInExpr
			p.typeInExpr = true
			t := p.parseType()
			p.typeInExpr = save
			x = &TypeTestExpr{expr: expr{At(x.Pos())}, X: x, Type: t, Not: op == OpNotIs}
			continue
		}
		y := p.binaryExpr(oprec + 1)
		x = &BinaryExpr{expr: expr{At(x.Pos())}, Op: op, OpP: opP, X: x, Y: y}
	}
}

// UnaryExpr = ( "-" | "+" | "!" | "~" ) UnaryExpr
//
//	| "<" Type ">" UnaryExpr | ( "check" | "checkpanic" | "typeof" ) UnaryExpr
//	| "trap" BinaryExpr | StartAction | WaitAction | ReceiveAction | FlushAction
//	| PostfixExpr .
func (p *parser) unaryExpr() Expr {
	if !p.enter() {
		p.leave()
		pos := p.pos()
		p.tooDeep()
		return &BadExpr{expr{At(pos)}}
	}
	defer p.leave()
	pos := p.pos()
	switch p.kind() {
	case _Minus:
		if t := p.peek(1); t.kind == _Int && isMinIntMagnitude(t.lit) && !p.postfixAt(p.i+2) {
			// -9223372036854775808: the one literal above MaxInt64 that is
			// legal, as the operand of unary minus.
			p.next()
			lit := &IntLit{expr: expr{At(p.pos())}, Raw: t.lit, Value: 1 << 63}
			p.next()
			return &UnaryExpr{expr: expr{At(pos)}, Op: OpNeg, X: lit}
		}
		fallthrough
	case _Plus, _Not, _Tilde:
		op := unaryOpOf[p.kind()]
		p.next()
		return &UnaryExpr{expr: expr{At(pos)}, Op: op, X: p.unaryExpr()}
	case _Lt:
		p.next()
		annots := p.annotations() // <@untainted> x: dropped
		if len(annots) > 0 && p.kind() == _Gt {
			p.next()
			return p.unaryExpr()
		}
		c := &CastExpr{expr: expr{At(pos)}}
		save := p.typeInExpr
		p.typeInExpr = false
		c.Type = p.parseType()
		p.typeInExpr = save
		p.want(_Gt)
		c.X = p.unaryExpr()
		return c
	case _Check, _Checkpanic:
		panicky := p.kind() == _Checkpanic
		p.next()
		return &CheckExpr{expr: expr{At(pos)}, X: p.unaryExpr(), Panic: panicky}
	case _Typeof:
		p.next()
		return &TypeofExpr{expr: expr{At(pos)}, X: p.unaryExpr()}
	case _Trap:
		p.next()
		return &TrapExpr{expr: expr{At(pos)}, X: p.binaryExpr(PrecOrOr)}
	case _Start:
		return p.startAction(pos, nil)
	case _At:
		annots := p.annotations()
		if p.kind() == _Start {
			return p.startAction(p.pos(), annots)
		}
		if p.objectAhead() {
			return p.postfixExpr(p.objectCtor(annots))
		}
		p.syntaxError("'start'")
		return &BadExpr{expr{At(pos)}}
	case _Wait:
		return p.waitAction()
	case _LArrow:
		return p.receiveAction()
	case _Flush:
		f := &FlushExpr{expr: expr{At(pos)}}
		p.next()
		if peerStart(p.kind()) {
			f.Peer = p.peer()
		}
		return f
	}
	return p.postfixExpr(p.primaryExpr())
}

// isMinIntMagnitude reports whether an int literal's text denotes 2^63.
func isMinIntMagnitude(lit string) bool {
	v, err := parseIntLit(lit)
	return err == nil && v == 1<<63
}

// parseIntLit converts the text of a decimal or hexadecimal int literal.
func parseIntLit(lit string) (uint64, error) {
	if len(lit) > 1 && (lit[1] == 'x' || lit[1] == 'X') {
		return strconv.ParseUint(lit[2:], 16, 64)
	}
	return strconv.ParseUint(lit, 10, 64)
}

// postfixAt reports whether the token at index j starts a postfix operation
// (member access, call, remote or resource call).
func (p *parser) postfixAt(j int) bool {
	t := p.peek(j - p.i)
	switch t.kind {
	case _Dot, _OptDot, _LBrack, _LParen:
		return true
	case _Arrow:
		t1 := p.peek(j - p.i + 1)
		return t1.kind == _Slash || t1.kind == _Name && p.peek(j-p.i+2).kind == _LParen
	}
	return false
}

// StartAction = [ Annotations ] "start" PostfixExpr .
func (p *parser) startAction(pos Pos, annots []*Annotation) Expr {
	s := &StartExpr{expr: expr{At(pos)}, Annots: annots}
	p.next() // start
	s.Call = p.postfixExpr(p.primaryExpr())
	switch s.Call.(type) {
	case *CallExpr, *MethodCallExpr, *RemoteCallExpr, *ResourceCallExpr, *BadExpr:
	default:
		p.errorAt(s.Call.Pos(), "syntax", "'start' must be followed by a function or method call")
	}
	return s
}

// WaitAction = "wait" ( "{" WaitField { "," WaitField } "}" | WaitOperand { "|" WaitOperand } ) .
// WaitField  = name [ ":" Expr ] .
// WaitOperand = BinaryExpr of precedence tighter than "|" .
func (p *parser) waitAction() Expr {
	pos := p.pos()
	p.next() // wait
	if p.kind() == _LBrace {
		m := &MultiWaitExpr{expr: expr{At(pos)}}
		p.next()
		for p.kind() != _RBrace && p.kind() != _EOF {
			f := &WaitField{KeyP: p.pos()}
			f.Key, _ = p.name()
			if p.got(_Colon) {
				f.Future = p.parseExpr()
			} else {
				f.Future = &NameExpr{expr: expr{At(f.KeyP)}, Name: f.Key}
			}
			m.Fields = append(m.Fields, f)
			if !p.listSep(_RBrace, "identifier") {
				break
			}
		}
		p.want(_RBrace)
		return m
	}
	w := &WaitExpr{expr: expr{At(pos)}}
	w.Futures = append(w.Futures, p.binaryExpr(PrecXor))
	for p.got(_Or) {
		w.Futures = append(w.Futures, p.binaryExpr(PrecXor))
	}
	return w
}

// ReceiveAction = "<-" ( Peer { "|" Peer } | "{" ReceiveField { "," ReceiveField } "}" ) .
// ReceiveField  = name [ ":" Peer ] .
func (p *parser) receiveAction() Expr {
	pos := p.pos()
	p.next() // <-
	if p.kind() == _LBrace {
		m := &MultiReceiveExpr{expr: expr{At(pos)}}
		p.next()
		for p.kind() != _RBrace && p.kind() != _EOF {
			f := &ReceiveField{KeyP: p.pos()}
			if p.kind() == _Function {
				f.Key = "function"
				f.Peer = p.peer()
			} else {
				f.Key, _ = p.name()
				if p.got(_Colon) {
					f.Peer = p.peer()
				} else {
					f.Peer = &PeerRef{P: f.KeyP, Name: f.Key}
				}
			}
			m.Fields = append(m.Fields, f)
			if !p.listSep(_RBrace, "identifier") {
				break
			}
		}
		p.want(_RBrace)
		return m
	}
	r := &ReceiveExpr{expr: expr{At(pos)}}
	if !peerStart(p.kind()) {
		p.syntaxError("worker name")
		return r
	}
	r.Peers = append(r.Peers, p.peer())
	for p.kind() == _Or && peerStart(p.peek(1).kind) {
		p.next()
		r.Peers = append(r.Peers, p.peer())
	}
	return r
}

// PostfixExpr = PrimaryExpr { "." name [ Args ] | "?." name | "[" Expr "]" | Args
//
//	| "->" name Args | "->" ResourcePath [ "." name ] [ Args ] } .
func (p *parser) postfixExpr(x Expr) Expr {
	for {
		switch p.kind() {
		case _Dot:
			p.next()
			if p.kind() == _At { // x.@a: annotation access
				p.next()
				a := &AnnotAccessExpr{expr: expr{At(x.Pos())}, X: x, NameP: p.pos()}
				a.Name, _ = p.name()
				if p.kind() == _Colon && p.peek(1).kind == _Name {
					p.next()
					a.Prefix = a.Name
					a.Name, _ = p.name()
				}
				x = a
				continue
			}
			nameP := p.pos()
			var name string
			if p.kind() == _Name || p.kind().isKeyword() && p.peek(1).kind == _LParen {
				// Keywords are method names in x.map(f), x.filter(f), x.'start().
				name = p.tok.lit
				p.next()
			} else {
				p.syntaxError("identifier")
				return x
			}
			if p.kind() == _LParen {
				args, rp := p.args()
				x = &MethodCallExpr{expr: expr{At(x.Pos())}, Recv: x, Name: name, NameP: nameP, Args: args, Rparen: rp}
			} else {
				x = &FieldExpr{expr: expr{At(x.Pos())}, X: x, Name: name, NameP: nameP}
			}
		case _OptDot:
			p.next()
			nameP := p.pos()
			name, _ := p.name()
			if name == "" {
				return x
			}
			x = &FieldExpr{expr: expr{At(x.Pos())}, X: x, Name: name, NameP: nameP, Optional: true}
		case _LBrack:
			p.next()
			save := p.noArrow
			p.noArrow = false
			idx := p.parseExpr()
			multi := false
			if p.kind() == _Comma {
				// t[k1, k2]: a multi-key member access, the keys as a list
				l := &ListExpr{expr: expr{At(idx.Pos())}, Elems: []Expr{idx}}
				for p.got(_Comma) {
					l.Elems = append(l.Elems, p.parseExpr())
				}
				idx, multi = l, true
			}
			p.noArrow = save
			p.want(_RBrack)
			x = &IndexExpr{expr: expr{At(x.Pos())}, X: x, Index: idx, Multi: multi}
		case _LParen:
			args, rp := p.args()
			x = &CallExpr{expr: expr{At(x.Pos())}, Fun: x, Args: args, Rparen: rp}
		case _Arrow:
			t1 := p.peek(1)
			switch {
			case t1.kind == _Slash:
				x = p.resourceCall(x)
			case t1.kind == _Name && p.peek(2).kind == _LParen:
				p.next()
				method := p.tok.lit
				p.next()
				args, _ := p.args()
				x = &RemoteCallExpr{expr: expr{At(x.Pos())}, Client: x, Method: method, Args: args}
			default:
				return x // a send: see parseExpr
			}
		default:
			return x
		}
	}
}

// ResourceCall = "->" "/" [ Seg { "/" Seg } ] [ "." name ] [ Args ] .
// Seg          = name | "[" [ "..." ] Expr "]" .
func (p *parser) resourceCall(client Expr) Expr {
	r := &ResourceCallExpr{expr: expr{At(client.Pos())}, Client: client}
	p.next() // ->
	p.next() // /
	if p.kind() == _Name || p.kind() == _LBrack {
		for {
			seg := &ResourceCallSeg{}
			if p.got(_LBrack) {
				save := p.noArrow
				p.noArrow = false
				if p.kind() == _Ellipsis {
					sp := &SpreadExpr{expr: expr{At(p.pos())}}
					p.next()
					sp.X = p.parseExpr()
					seg.X = sp
				} else {
					seg.X = p.parseExpr()
				}
				p.noArrow = save
				p.want(_RBrack)
			} else {
				seg.Name, _ = p.name()
			}
			r.Path = append(r.Path, seg)
			if p.kind() != _Slash || !(p.peek(1).kind == _Name || p.peek(1).kind == _LBrack) {
				break
			}
			p.next()
		}
	}
	if p.kind() == _Dot && p.peek(1).kind == _Name {
		p.next()
		r.Method = p.tok.lit
		p.next()
	}
	if p.kind() == _LParen {
		r.Args, _ = p.args()
	}
	return r
}

// Args = "(" [ Arg { "," Arg } ] ")" .
// Arg  = Expr | name "=" Expr | "..." Expr .
func (p *parser) args() ([]*Arg, Pos) {
	var list []*Arg
	save := p.noArrow
	p.noArrow = false
	p.next() // (
	for p.kind() != _RParen && p.kind() != _EOF {
		a := &Arg{}
		switch {
		case p.kind() == _Ellipsis:
			p.next()
			a.Rest = true
		case p.kind() == _Name && p.peek(1).kind == _Assign:
			a.NameP = p.pos()
			a.Name = p.tok.lit
			p.next()
			p.next()
		}
		a.Value = p.parseExpr()
		list = append(list, a)
		if !p.listSep(_RParen, "expression") {
			break
		}
	}
	p.noArrow = save
	rp := p.pos()
	p.want(_RParen)
	return list, rp
}

// PrimaryExpr = Literal | QualifiedName | "(" Expr ")" | "(" ")" | ArrowFunc
//
//	| ListExpr | MappingExpr | TemplateExpr | NewExpr | ErrorCtor | FuncExpr | ObjectCtor .
func (p *parser) primaryExpr() Expr {
	pos := p.pos()
	t := p.tok
	if p.queryConstructAhead() {
		return p.queryExpr(pos)
	}
	switch k := p.kind(); k {
	case _Int:
		return p.intLit()
	case _Float:
		return p.floatLit()
	case _String:
		p.next()
		return &StringLit{expr: expr{At(pos)}, Value: t.lit}
	case _True, _False:
		p.next()
		return &BoolLit{expr: expr{At(pos)}, Value: k == _True}
	case _Null:
		p.next()
		return &NilLit{expr{At(pos)}}
	case _TmplFull, _TmplHead:
		return p.template("", pos)
	case _Name:
		t1 := p.peek(1)
		switch {
		case (t1.kind == _TmplFull || t1.kind == _TmplHead) && (t.lit == "base16" || t.lit == "base64"):
			p.next()
			return p.byteArrayLit(t.lit, pos)
		case t1.kind == _TmplFull || t1.kind == _TmplHead:
			what := map[string]string{"re": "regular expressions"}[t.lit]
			if what == "" {
				what = "tagged templates"
			}
			p.unsupported(pos, what)
			p.next()
			p.skipTemplate()
			return &BadExpr{expr{At(pos)}}
		case t1.kind == _FatArrow && !p.noArrow:
			p.next()
			p.next()
			a := &ArrowExpr{expr: expr{At(pos)}, Params: []*NameExpr{{expr: expr{At(pos)}, Name: t.lit}}}
			a.Body = p.parseExpr()
			return a
		case t.lit == "_" && !p.qualifiedAhead():
			p.next()
			return &WildcardExpr{expr{At(pos)}}
		}
		return p.qualifiedName()
	case _StringKw, _Xml:
		t1 := p.peek(1)
		if t1.kind == _TmplFull || t1.kind == _TmplHead {
			p.next()
			if k == _StringKw {
				return p.template("string", pos)
			}
			p.unsupported(pos, "xml literals")
			p.skipTemplate()
			return &BadExpr{expr{At(pos)}}
		}
	case _Error:
		if p.qualifiedAhead() {
			return p.qualifiedName()
		}
		if p.typeValueAhead() {
			break
		}
		e := &ErrorCtorExpr{expr: expr{At(pos)}}
		p.next()
		if p.kind() == _Name {
			e.Type = p.typeName()
		}
		if p.kind() != _LParen {
			p.syntaxError("'('")
			return e
		}
		e.Args, _ = p.args()
		return e
	case _LParen:
		if !p.noArrow {
			if params, ok := p.arrowParamsAhead(); ok {
				a := &ArrowExpr{expr: expr{At(pos)}, Params: params}
				a.Body = p.parseExpr()
				return a
			}
		}
		if p.peek(1).kind == _RParen {
			p.next()
			p.next()
			return &NilLit{expr{At(pos)}}
		}
		p.next()
		save := p.noArrow
		p.noArrow = false
		x := &ParenExpr{X: p.parseExpr(), Lparen: pos}
		p.noArrow = save
		x.P = x.X.Pos()
		x.Rparen = p.pos()
		p.want(_RParen)
		return x
	case _LBrack:
		return p.listExpr()
	case _LBrace:
		return p.mappingExpr()
	case _New:
		n := &NewExpr{expr: expr{At(pos)}}
		p.next()
		switch {
		case p.kind() == _Name && p.tok.lit == "stream" && p.peek(1).kind != _Colon:
			n.Type = p.streamType() // new stream<T, C>(implementor)
		case p.kind() == _Name:
			n.Type = p.typeName()
		}
		if p.kind() == _LParen {
			n.Args, _ = p.args()
		}
		return n
	case _Function:
		return p.funcExpr(pos, false)
	case _Isolated:
		if p.peek(1).kind == _Function {
			p.next()
			return p.funcExpr(pos, true)
		}
		if p.objectAhead() {
			return p.objectCtor(nil)
		}
	case _From:
		return p.queryExpr(pos)
	case _Let:
		return p.letExpr(pos)
	case _Table:
		if !p.qualifiedAhead() {
			return p.tableExpr(pos)
		}
	case _Object, _Client, _Service:
		if p.objectAhead() {
			return p.objectCtor(nil)
		}
	}
	if p.kind().prefixKw() && p.qualifiedAhead() {
		return p.qualifiedName()
	}
	if p.typeValueAhead() {
		// A type descriptor as a value: j.ensureType(int). The checker
		// decides what to say about it.
		save := p.typeInExpr
		p.typeInExpr = true
		t := p.parseType()
		p.typeInExpr = save
		return &TypeDescExpr{expr: expr{At(pos)}, Type: t}
	}
	p.syntaxError("expression")
	return &BadExpr{expr{At(pos)}}
}

// typeValueAhead reports whether the current token starts a type
// descriptor that cannot be read as anything else in an expression: a
// built-in type name (int, string, json, …; error only where no error
// constructor can follow) or map<…>, future<…>, typedesc<…>, record {…}.
func (p *parser) typeValueAhead() bool {
	k, t1 := p.kind(), p.peek(1).kind
	switch k {
	case _Error:
		return t1 == _RParen || t1 == _Comma || t1 == _Or || t1 == _Question || t1 == _Lt
	case _Map, _Future, _Typedesc:
		return t1 == _Lt
	case _Record:
		return t1 == _LBrace || t1 == _LBracePipe
	}
	return k.builtinTypeKw()
}

// qualifiedAhead reports whether the current token starts prefix:name. A
// prefix is an import prefix, a predeclared langlib prefix (int, string,
// error, …), or any identifier written with no space around the colon.
func (p *parser) qualifiedAhead() bool {
	c, n := p.peek(1), p.peek(2)
	if c.kind != _Colon || n.kind != _Name {
		return false
	}
	if p.kind() != _Name {
		return p.kind().prefixKw()
	}
	return p.prefixes[p.tok.lit] || adjacent(p.tok, c) && adjacent(c, n)
}

// QualifiedName = [ prefix ":" ] name .
func (p *parser) qualifiedName() Expr {
	n := &NameExpr{expr: expr{At(p.pos())}}
	if p.qualifiedAhead() {
		n.Prefix = p.tok.lit
		p.next()
		p.next()
	}
	n.Name, _ = p.name()
	return n
}

// TypeName = [ prefix ":" ] name .
func (p *parser) typeName() *NamedType {
	t := &NamedType{typ: typ{At(p.pos())}}
	if p.qualifiedAhead() {
		t.Prefix = p.tok.lit
		p.next()
		p.next()
	}
	t.Name, _ = p.name()
	return t
}

// arrowParamsAhead checks for "(" [ name { "," name } ] ")" "=>" and, if
// found, consumes it up to and including the "=>". The scan stops at the
// first token that does not fit, so it is cheap.
func (p *parser) arrowParamsAhead() ([]*NameExpr, bool) {
	j := 1
	for {
		t := p.peek(j)
		if t.kind == _RParen {
			if p.peek(j+1).kind != _FatArrow {
				return nil, false
			}
			break
		}
		if t.kind != _Name {
			return nil, false
		}
		j++
		switch p.peek(j).kind {
		case _Comma:
			j++
		case _RParen:
		default:
			return nil, false
		}
	}
	var params []*NameExpr
	p.next() // (
	for p.kind() == _Name {
		params = append(params, &NameExpr{expr: expr{At(p.pos())}, Name: p.tok.lit})
		p.next()
		p.got(_Comma)
	}
	p.next() // )
	p.next() // =>
	return params, true
}

// IntLit = decimal_int | hex_int .
func (p *parser) intLit() Expr {
	t := p.tok
	lit := &IntLit{expr: expr{At(p.pos())}, Raw: t.lit}
	p.next()
	v, err := parseIntLit(t.lit)
	lit.Value = v
	if err != nil || v > math.MaxInt64 {
		lit.Bad = true
		msg := "integer literal out of range"
		if ne, ok := err.(*strconv.NumError); ok && ne.Err != strconv.ErrRange {
			msg = "invalid numeric literal" // already reported by the scanner
		}
		p.errorAt(lit.Pos(), "syntax", msg)
	}
	return lit
}

// FloatLit = decimal_float [ "f" | "F" | "d" | "D" ] .
func (p *parser) floatLit() Expr {
	t := p.tok
	lit := &FloatLit{expr: expr{At(p.pos())}, Raw: t.lit}
	p.next()
	s := t.lit
	if n := len(s); n > 0 {
		switch s[n-1] {
		case 'f', 'F':
			s = s[:n-1]
		case 'd', 'D':
			s = s[:n-1]
			lit.Decimal = true
		}
	}
	v, err := strconv.ParseFloat(s, 64)
	lit.Value = v
	switch {
	case err == nil:
	case math.IsInf(v, 0):
		// with the f suffix a float; otherwise its type comes from the context
		// (a decimal has a larger range), so the checker reports it
		if !lit.Decimal && strings.ContainsAny(t.lit, "fF") {
			p.errorAt(lit.Pos(), "syntax", "float literal out of range")
		}
	case err.(*strconv.NumError).Err != strconv.ErrRange:
		p.errorAt(lit.Pos(), "syntax", "invalid numeric literal") // already reported by the scanner
	}
	return lit
}

// TemplateExpr = [ "string" ] ( tmpl_full | tmpl_head Expr { tmpl_mid Expr } tmpl_tail ) .
func (p *parser) template(tag string, pos Pos) Expr {
	te := &TemplateExpr{expr: expr{At(pos)}, Tag: tag}
	if p.kind() == _TmplFull {
		te.Strings = []string{p.tok.lit}
		p.next()
		return te
	}
	te.Strings = []string{p.tok.lit}
	p.next() // head
	save := p.noArrow
	p.noArrow = false
	defer func() { p.noArrow = save }()
	for {
		te.Exprs = append(te.Exprs, p.parseExpr())
		if p.kind() != _TmplMid && p.kind() != _TmplTail {
			p.syntaxError("'}'")
			p.skipToTemplatePart()
		}
		switch p.kind() {
		case _TmplMid:
			te.Strings = append(te.Strings, p.tok.lit)
			p.next()
		case _TmplTail:
			te.Strings = append(te.Strings, p.tok.lit)
			p.next()
			return te
		default: // end of file
			te.Strings = append(te.Strings, "")
			return te
		}
	}
}

// byteArrayLit parses the template of base16 `…` or base64 `…` (white space
// may separate any two characters) into a list of its bytes.
func (p *parser) byteArrayLit(base string, pos Pos) Expr {
	tpos := p.pos()
	interpolated := p.kind() == _TmplHead // ${…} is not base16 or base64 content
	text := strings.Join(strings.Fields(p.tok.lit), "")
	p.skipTemplate()
	decode := hex.DecodeString
	if base == "base64" {
		decode = base64.StdEncoding.Strict().DecodeString
	}
	bytes, err := decode(text)
	if err != nil || interpolated {
		// jBallerina's wording, at the opening backtick
		p.errorAt(tpos, "syntax", "invalid "+base+" content in byte array literal")
		return &BadExpr{expr{At(pos)}}
	}
	l := &ListExpr{expr: expr{At(pos)}, Bytes: true}
	for _, b := range bytes {
		l.Elems = append(l.Elems, &IntLit{expr: expr{At(tpos)}, Raw: strconv.Itoa(int(b)), Value: uint64(b)})
	}
	return l
}

// skipToTemplatePart skips the rest of a broken interpolation up to the
// template text that follows it.
func (p *parser) skipToTemplatePart() {
	d := 0
	for p.kind() != _EOF {
		switch p.kind() {
		case _TmplHead:
			d++
		case _TmplMid:
			if d == 0 {
				return
			}
		case _TmplTail:
			if d == 0 {
				return
			}
			d--
		}
		p.next()
	}
}

// skipTemplate skips a whole template starting at the current token.
func (p *parser) skipTemplate() {
	switch p.kind() {
	case _TmplFull:
		p.next()
	case _TmplHead:
		p.next()
		p.skipToTemplatePart()
		for p.kind() == _TmplMid {
			p.next()
			p.skipToTemplatePart()
		}
		p.got(_TmplTail)
	}
}

// ListExpr = "[" [ ListElem { "," ListElem } ] "]" .
// ListElem = Expr | "..." Expr .
func (p *parser) listExpr() Expr {
	l := &ListExpr{expr: expr{At(p.pos())}}
	save := p.noArrow
	p.noArrow = false
	p.next()
	for p.kind() != _RBrack && p.kind() != _EOF {
		if p.kind() == _Ellipsis {
			sp := &SpreadExpr{expr: expr{At(p.pos())}}
			p.next()
			sp.X = p.parseExpr()
			l.Elems = append(l.Elems, sp)
		} else {
			l.Elems = append(l.Elems, p.parseExpr())
		}
		if !p.listSep(_RBrack, "expression") {
			break
		}
	}
	p.noArrow = save
	p.want(_RBrack)
	return l
}

// MappingExpr = "{" [ Field { "," Field } ] "}" .
// Field       = [ "readonly" ] ( name | string ) [ ":" Expr ] | "[" Expr "]" ":" Expr | "..." Expr .
func (p *parser) mappingExpr() *MappingExpr {
	m := &MappingExpr{expr: expr{At(p.pos())}}
	save := p.noArrow
	p.noArrow = false
	p.next() // {
	for p.kind() != _RBrace && p.kind() != _EOF {
		f := &Field{node: At(p.pos())}
		switch p.kind() {
		case _Ellipsis:
			p.next()
			f.Spread = p.parseExpr()
		case _LBrack:
			p.next()
			f.Computed = p.parseExpr()
			p.want(_RBrack)
			p.want(_Colon)
			f.Value = p.parseExpr()
		default:
			if p.kind() == _Readonly {
				f.Readonly = true
				p.next()
			}
			switch p.kind() {
			case _String:
				f.Name = p.tok.lit
				p.next()
				p.want(_Colon)
				f.Value = p.parseExpr()
			case _Name:
				f.Name = p.tok.lit
				p.next()
				if p.got(_Colon) {
					f.Value = p.parseExpr()
				}
			default:
				p.syntaxError("field name")
				f.Value = &BadExpr{expr{At(p.pos())}}
			}
		}
		m.Fields = append(m.Fields, f)
		if !p.listSep(_RBrace, "field name") {
			break
		}
	}
	p.noArrow = save
	m.Rbrace = p.pos()
	p.want(_RBrace)
	return m
}

// FuncExpr = [ "isolated" ] "function" Signature ( Block | "=>" Expr ) .
// The "isolated" has been consumed by the caller; pos is the first token.
func (p *parser) funcExpr(pos Pos, isolated bool) Expr {
	f := &FuncExpr{expr: expr{At(pos)}, Isolated: isolated}
	p.next() // function
	f.Sig = p.signature(true)
	save := p.noArrow
	p.noArrow = false
	f.Body, f.ExprBody = p.funcBody(false)
	p.noArrow = save
	return f
}
