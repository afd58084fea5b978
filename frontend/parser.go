package frontend

import (
	"math"
	"strings"
)

// maxDepth bounds the nesting of blocks, expressions and types. Deeper
// input gets one "nesting too deep" diagnostic, and the over-deep part is
// skipped, so that recursion never grows the Go stack without bound.
const maxDepth = 1000

// Parse parses one .bal file. It never panics and always returns a non-nil
// *File, possibly partial, together with the diagnostics sorted by position.
func Parse(src *Source) (f *File, diags []Diagnostic) {
	return parse(src, false)
}

// ParseLibrary parses the declarations of a library module (check/lib):
// like Parse, but it accepts external function bodies ("= external;"),
// which a program cannot have yet.
func ParseLibrary(src *Source) (f *File, diags []Diagnostic) {
	return parse(src, true)
}

func parse(src *Source, library bool) (f *File, diags []Diagnostic) {
	if src == nil {
		src = &Source{}
	}
	f = &File{Src: src}
	if d, bad := notText(src); bad {
		return f, []Diagnostic{d}
	}
	p := &parser{src: src, errAt: make(map[int]bool), prefixes: make(map[string]bool), library: library}
	defer func() {
		// Last line of defence: an internal error must not take the tool down.
		if r := recover(); r != nil {
			var pos Pos
			if p.tok != nil {
				pos = p.pos()
			} else {
				pos = Pos{Src: src, Line: 1, Col: 1}
			}
			p.diags = append(p.diags, Errorf(pos, "internal", "internal error in the parser: %v", r))
			diags = SortDiagnostics(p.diags)
		}
	}()
	if len(src.Text) >= math.MaxInt32 {
		p.diags = []Diagnostic{Errorf(Pos{Src: src, Line: 1, Col: 1}, "syntax", "source file too large")}
		return f, p.diags
	}
	p.toks, p.diags = scan(src)
	for _, d := range p.diags {
		p.errAt[d.Pos.Off] = true
	}
	if n := len(p.toks); n > 1 && p.toks[n-2].bad {
		// A string or template left open at the end of the file: whatever
		// is missing at the end is a consequence.
		p.errAt[int(p.toks[n-1].off)] = true
	}
	p.tok = &p.toks[0]
	p.file(f)
	return f, SortDiagnostics(p.diags)
}

// parser is a recursive-descent parser over a pre-scanned token slice, so
// that speculative parsing can back up by resetting an index.
type parser struct {
	src   *Source
	toks  []token
	i     int    // index of the current token
	tok   *token // &toks[i]
	diags []Diagnostic
	errAt map[int]bool // offsets that already carry a diagnostic

	spec       int  // > 0 while parsing speculatively: diagnostics are not reported
	specFailed bool // a diagnostic was suppressed during the current speculation
	// specUnsupported holds the "not supported" diagnostics of the
	// speculations in progress: such a construct is valid Ballerina, so it
	// does not make a speculation fail, and it is reported if the parse is kept.
	specUnsupported []Diagnostic
	// notDecl holds the token indices where tryLocalVarDecl found no
	// declaration. A statement is parsed again when a speculation around it
	// fails (a statement in a function literal or an object constructor
	// inside the type of a declaration that was not one); without this, each
	// level of such nesting doubled the parsing time.
	notDecl map[int]bool

	depth      int             // nesting of blocks, expressions and types
	stmtBegin  int             // token index where the current statement or declaration began
	blocks     int             // nesting of statement blocks, to pick the recovery strategy
	prefixes   map[string]bool // import prefixes: p:x is a qualified name even with spaces
	quiet      bool            // after "nesting too deep": no syntax errors until the next statement or declaration
	noArrow    bool            // in a match pattern or guard, "x =>" does not start an arrow function
	typeInExpr bool            // in the type of an `is` test, "? expr" is a conditional expression
	// library is set when parsing a library module's declarations, whose
	// functions may have external bodies.
	library bool
}

// ----------------------------------------------------------------------------
// Tokens

func (p *parser) next() {
	if p.i < len(p.toks)-1 {
		p.i++
		p.tok = &p.toks[p.i]
	}
}

// reset backs up to token index i.
func (p *parser) reset(i int) {
	p.i = i
	p.tok = &p.toks[i]
}

func (p *parser) kind() tokKind { return p.tok.kind }

// peek returns the token n places ahead (the EOF token past the end).
func (p *parser) peek(n int) *token {
	j := p.i + n
	if j >= len(p.toks) {
		j = len(p.toks) - 1
	}
	return &p.toks[j]
}

func (p *parser) posOf(t *token) Pos {
	return Pos{Src: p.src, Off: int(t.off), Line: int(t.line), Col: int(t.col)}
}

func (p *parser) pos() Pos { return p.posOf(p.tok) }

// got consumes the current token if it is of kind k.
func (p *parser) got(k tokKind) bool {
	if p.tok.kind == k {
		p.next()
		return true
	}
	return false
}

// want consumes a token of kind k or reports it missing.
func (p *parser) want(k tokKind) bool {
	if p.got(k) {
		return true
	}
	p.syntaxError("'" + k.String() + "'")
	return false
}

// adjacent reports whether token b immediately follows token a, with no
// white space in between.
func adjacent(a, b *token) bool { return a.end == b.off }

// name consumes an identifier. On error it returns "" and reports.
func (p *parser) name() (string, Pos) {
	pos := p.pos()
	if p.tok.kind == _Name {
		s := p.tok.lit
		p.next()
		return s, pos
	}
	p.syntaxError("identifier")
	return "", pos
}

// ----------------------------------------------------------------------------
// Diagnostics

func (p *parser) errorAt(pos Pos, code, msg string) {
	if p.spec > 0 {
		if code == "unsupported" {
			p.specUnsupported = append(p.specUnsupported, Diagnostic{Pos: pos, Severity: SevError, Code: code, Message: msg})
			return
		}
		p.specFailed = true
		return
	}
	if p.errAt[pos.Off] || p.quiet && code == "syntax" {
		return // one diagnostic per position: no cascades
	}
	p.errAt[pos.Off] = true
	p.diags = append(p.diags, Diagnostic{Pos: pos, Severity: SevError, Code: code, Message: msg})
}

func (p *parser) warnAt(pos Pos, code, msg string) {
	if p.spec > 0 {
		return
	}
	p.diags = append(p.diags, Diagnostic{Pos: pos, Severity: SevWarning, Code: code, Message: msg})
}

// syntaxError reports "unexpected X, expected Y" at the current token.
func (p *parser) syntaxError(expected string) {
	p.errorAt(p.pos(), "syntax", "unexpected "+p.tok.describe()+", expected "+expected)
}

// unsupported reports a construct outside the bal2go subset (see
// Unsupported) once at pos.
func (p *parser) unsupported(pos Pos, what string) {
	d := Unsupported(pos, what)
	p.errorAt(pos, d.Code, d.Message)
}

// ----------------------------------------------------------------------------
// Speculation, nesting and recovery

// speculate runs f with diagnostics suppressed. It keeps what f consumed
// when f returns true and nothing went wrong; otherwise it backs up.
func (p *parser) speculate(f func() bool) bool {
	save, saveFailed, saveNoArrow, saveTIE := p.i, p.specFailed, p.noArrow, p.typeInExpr
	saveUnsupported := len(p.specUnsupported)
	p.spec++
	p.specFailed = false
	ok := f() && !p.specFailed
	p.spec--
	p.specFailed = saveFailed
	p.noArrow, p.typeInExpr = saveNoArrow, saveTIE
	if !ok {
		p.reset(save)
		p.specUnsupported = p.specUnsupported[:saveUnsupported]
	} else if p.spec == 0 {
		pending := p.specUnsupported
		p.specUnsupported = nil
		for _, d := range pending {
			p.errorAt(d.Pos, d.Code, d.Message)
		}
	}
	return ok
}

// enter counts one level of nesting. When the input nests too deep it
// reports once, and returns false: the caller must call leave, skip what it
// was about to parse and return a Bad node.
func (p *parser) enter() bool {
	p.depth++
	if p.depth <= maxDepth {
		return true
	}
	p.errorAt(p.pos(), "syntax", "nesting too deep")
	return false
}

func (p *parser) leave() { p.depth-- }

// tooDeep skips the rest of an over-deep expression or type: everything up
// to a ';', ',' or unmatched closing bracket at the current level. Errors
// at the token where the skip stops are suppressed, so that the unwinding
// callers, each expecting some closing token, stay quiet.
func (p *parser) tooDeep() {
	p.skipNested()
	if p.spec == 0 {
		p.errAt[int(p.tok.off)] = true
		p.quiet = true
	}
}

func isOpener(k tokKind) bool {
	return k == _LParen || k == _LBrack || k == _LBrace || k == _LBracePipe || k == _TmplHead
}

func isCloser(k tokKind) bool {
	return k == _RParen || k == _RBrack || k == _RBrace || k == _PipeRBrace || k == _TmplTail
}

// skipNested skips tokens up to a ';' or ',' or an unmatched closer at
// bracket depth 0 (not consumed).
func (p *parser) skipNested() {
	d := 0
	for p.kind() != _EOF {
		k := p.kind()
		switch {
		case isOpener(k):
			d++
		case isCloser(k):
			if d == 0 {
				return
			}
			d--
		case k == _Semi || k == _Comma || k == _TmplMid:
			if d == 0 {
				return
			}
		}
		p.next()
	}
}

// skipBalanced skips one bracketed group if the current token opens one.
func (p *parser) skipBalanced() {
	if !isOpener(p.kind()) {
		return
	}
	d := 0
	for p.kind() != _EOF {
		k := p.kind()
		if isOpener(k) {
			d++
		} else if isCloser(k) {
			d--
			if d <= 0 {
				p.next()
				return
			}
		}
		p.next()
	}
}

// skipConstruct skips an unsupported construct: up to and including the
// first {…} block at depth 0 (and an `on fail` clause after it), or up to
// and including a ';' at depth 0, or up to an unmatched closer.
func (p *parser) skipConstruct() {
	for p.kind() != _EOF {
		switch k := p.kind(); {
		case k == _Semi:
			p.next()
			return
		case k == _LBrace || k == _LBracePipe:
			p.skipBalanced()
			if p.kind() == _On && p.peek(1).kind == _Fail {
				p.next()
				p.next()
				for p.kind() != _EOF && p.kind() != _LBrace && p.kind() != _Semi && p.kind() != _RBrace {
					p.next()
				}
				p.skipBalanced()
			}
			p.got(_Semi)
			return
		case isOpener(k):
			p.skipBalanced()
		case isCloser(k):
			return
		default:
			p.next()
		}
	}
}

// stmtStart reports whether k starts a statement that cannot continue an
// expression; recovery stops there.
func stmtStart(k tokKind) bool {
	switch k {
	case _If, _While, _Foreach, _Return, _Break, _Continue, _Panic, _Fail, _Match,
		_Do, _Lock, _Fork, _Worker, _Final, _Var, _Transaction:
		return true
	}
	return false
}

func declStart(k tokKind) bool {
	switch k {
	case _Import, _Public, _Function, _Type, _Const, _Listener, _Service, _Final,
		_Isolated, _Class, _At:
		return true
	}
	return false
}

// sync skips to where parsing can resume after an error: in a block, past
// the next ';' or up to a '}' or a statement keyword; at module level, past
// the next ';' or up to a declaration keyword.
func (p *parser) sync() {
	// Brackets opened since the statement began and not closed yet are
	// closed by the tokens skipped here, not by the end of the block.
	d := 0
	for j := p.stmtBegin; j < p.i && j < len(p.toks); j++ {
		if k := p.toks[j].kind; isOpener(k) {
			d++
		} else if isCloser(k) && d > 0 {
			d--
		}
	}
	for p.kind() != _EOF {
		k := p.kind()
		switch {
		case k == _Semi && d == 0:
			p.next()
			return
		case isOpener(k):
			d++
		case isCloser(k):
			if d == 0 {
				if p.blocks > 0 && (k == _RBrace || k == _PipeRBrace) {
					return
				}
			} else {
				d--
			}
		case d == 0 && p.blocks > 0 && stmtStart(k):
			return
		case d == 0 && p.blocks == 0 && declStart(k):
			return
		}
		p.next()
	}
}

// listSep consumes the ',' between the elements of a list closed by close
// and reports whether another element follows. A ',' right before close
// is an error: what names the missing element.
func (p *parser) listSep(close tokKind, what string) bool {
	if !p.got(_Comma) {
		return false
	}
	if p.kind() == close {
		p.syntaxError(what)
		return false
	}
	return true
}

// wantSemi expects the ';' that ends a statement or declaration.
func (p *parser) wantSemi() {
	if p.got(_Semi) {
		return
	}
	if p.i == 0 || !p.toks[p.i-1].bad {
		p.syntaxError("';'")
	}
	// A missing ';' at the end of a line: the next line is a new statement.
	if p.i > 0 && p.toks[p.i-1].line < p.tok.line && p.kind() != _EOF {
		return
	}
	p.sync()
}

// ----------------------------------------------------------------------------
// Module level

// File = { ImportDecl } { Decl } .
func (p *parser) file(f *File) {
	for p.kind() != _EOF {
		start := p.i
		p.quiet = false
		p.stmtBegin = p.i
		if p.kind() == _Import {
			imp := p.importDecl()
			if len(f.Decls) > 0 {
				p.errorAt(imp.Pos(), "syntax", "imports must appear before other declarations")
			}
			f.Imports = append(f.Imports, imp)
		} else if d := p.decl(); d != nil {
			f.Decls = append(f.Decls, d)
		}
		if p.i == start {
			p.next() // an error was reported at this token
		}
	}
}

// ImportDecl = "import" [ name "/" ] name { "." name } [ "as" name ] ";" .
func (p *parser) importDecl() *ImportDecl {
	d := &ImportDecl{decl: decl{At(p.pos())}}
	p.next()
	d.PrefixP = p.pos()
	first, _ := p.name()
	if p.got(_Slash) {
		d.Org = first
		d.PrefixP = p.pos()
		m, _ := p.name()
		d.Modules = append(d.Modules, m)
	} else {
		d.Modules = append(d.Modules, first)
	}
	for p.got(_Dot) {
		d.PrefixP = p.pos()
		m, _ := p.name()
		d.Modules = append(d.Modules, m)
	}
	if p.got(_As) {
		d.AliasP = p.pos()
		d.PrefixP = d.AliasP
		d.Alias, _ = p.name()
	}
	p.wantSemi()
	prefix := d.Alias
	if prefix == "" && len(d.Modules) > 0 {
		prefix = d.Modules[len(d.Modules)-1]
	}
	if prefix != "" {
		p.prefixes[prefix] = true
	}
	return d
}

// Annotations = { "@" name [ ":" name ] [ MappingExpr ] } .
func (p *parser) annotations() []*Annotation {
	var list []*Annotation
	for p.kind() == _At {
		a := &Annotation{node: At(p.pos())}
		p.next()
		a.Name, _ = p.name()
		if p.kind() == _Colon && p.peek(1).kind == _Name {
			p.next()
			a.Prefix = a.Name
			a.Name, _ = p.name()
		}
		if p.kind() == _LBrace {
			a.Value = p.mappingExpr()
		}
		list = append(list, a)
	}
	return list
}

// isConfigurable reports whether the current token is the contextual
// keyword `configurable` used as a qualifier.
func (p *parser) isConfigurable() bool {
	if p.kind() != _Name || p.tok.lit != "configurable" {
		return false
	}
	switch p.peek(1).kind {
	case _Assign, _Colon, _Semi, _Or, _Question, _And, _EOF:
		return false
	}
	return true
}

// transactionalAhead reports whether the current token is the qualifier
// `transactional` of a function or function type.
func (p *parser) transactionalAhead() bool {
	if p.kind() != _Name || p.tok.lit != "transactional" {
		return false
	}
	k := p.peek(1).kind
	return k == _Function || k == _Isolated || k == _Public
}

// Decl = [ Annotations ] ( ClassDecl | { "public" | "isolated" | "final" | "configurable" } ( FuncDecl | ConstDecl | TypeDecl | ListenerDecl | ServiceDecl | ModuleVarDecl ) ) .
func (p *parser) decl() Decl {
	annots := p.annotations()
	pos := p.pos()
	if p.classAhead() {
		return p.classDecl(pos, annots)
	}
	var public, isolated, final, configurable bool
quals:
	for {
		switch {
		case p.kind() == _Public:
			public = true
		case p.kind() == _Private:
		case p.kind() == _Isolated && !(p.peek(1).kind == _Function && p.peek(2).kind == _LParen):
			isolated = true
		case p.kind() == _Final:
			final = true
		case p.isConfigurable():
			configurable = true
		case p.transactionalAhead():
			p.unsupported(p.pos(), "transactional functions")
		default:
			break quals
		}
		p.next()
	}
	switch p.kind() {
	case _Function:
		if p.peek(1).kind != _LParen {
			d := p.funcDecl(pos, annots)
			d.Public, d.Isolated = public, isolated
			return d
		}
	case _Const:
		if p.peek(1).kind == _Name && p.peek(1).lit == "annotation" {
			p.next()
			return p.annotationDecl(pos, annots, public, true)
		}
		return p.constDecl(pos, annots, public)
	case _Type:
		return p.typeDecl(pos, annots, public)
	case _Listener:
		return p.listenerDecl(pos, annots)
	case _Service:
		if !p.objectAhead() { // service object { … } s = …; is a variable
			d := p.serviceDecl(pos, annots)
			d.Isolated = isolated
			return d
		}
	case _Client:
		if !p.objectAhead() {
			p.unsupported(pos, "client declarations")
			p.skipConstruct()
			return nil
		}
	case _Name:
		switch p.tok.lit {
		case "enum", "annotation", "xmlns":
			if p.tok.lit == "enum" && p.peek(1).kind == _Name && p.peek(2).kind == _LBrace {
				return p.enumDecl(pos, annots, public)
			}
			if p.tok.lit == "annotation" && p.peek(1).kind != _Assign && p.peek(1).kind != _Semi {
				return p.annotationDecl(pos, annots, public, false)
			}
			if p.tok.lit == "xmlns" && (p.peek(1).kind == _Name || p.peek(1).kind == _String) {
				p.unsupported(pos, "XML namespace declarations")
				p.skipConstruct()
				return nil
			}
		}
	case _Var:
	default:
		if !p.typeStart(p.tok) {
			p.syntaxError("declaration")
			p.sync()
			return nil
		}
	}
	d := &ModuleVarDecl{decl: decl{At(pos)}, Annots: annots, Public: public, Final: final,
		Isolated: isolated, Configurable: configurable}
	if !p.got(_Var) {
		d.Type = p.parseType()
	}
	if what := p.patternStart(); what != "" {
		p.unsupported(pos, what)
		p.skipNested()
		p.got(_Semi)
		return nil
	}
	d.Name, _ = p.name()
	if d.Type != nil && p.kind() == _Semi {
		// T x; (module-no-init-var-decl): the module's init assigns it
		d.NoInit = true
		p.next()
		return d
	}
	if !p.want(_Assign) {
		d.Value = &BadExpr{expr{At(p.pos())}} // nil would mean "= ?"
		p.sync()
		return d
	}
	if p.kind() == _Question && (p.peek(1).kind == _Semi || p.peek(1).kind == _EOF) {
		if !configurable {
			p.errorAt(p.pos(), "syntax", "only a configurable variable may be initialized with '?'")
		}
		p.next()
	} else {
		d.Value = p.parseExpr()
	}
	p.wantSemi()
	return d
}

// FuncDecl = "function" name Signature FuncBody .
// FuncBody = Block | "=>" Expr ";" | "=" "external" ";" .
func (p *parser) funcDecl(pos Pos, annots []*Annotation) *FuncDecl {
	d := &FuncDecl{decl: decl{At(pos)}, Annots: annots}
	p.next() // function
	d.Name, _ = p.name()
	d.Sig = p.signature(true)
	if p.externalBody() {
		d.External = true
		return d
	}
	d.Body, d.ExprBody = p.funcBody(true)
	return d
}

// externalBody parses "= external ;" in a library module's declarations,
// reporting whether it was there.
func (p *parser) externalBody() bool {
	if !p.library || p.kind() != _Assign {
		return false
	}
	if t := p.peek(1); t.kind != _Name || t.lit != "external" {
		return false
	}
	p.next()
	p.next()
	p.wantSemi()
	return true
}

// funcBody parses a block body or an expression body ("=> e", followed by
// ';' when semi). One of the results is always non-nil.
func (p *parser) funcBody(semi bool) (*Block, Expr) {
	switch p.kind() {
	case _FatArrow:
		p.next()
		x := p.parseExpr()
		if semi {
			p.wantSemi()
		}
		return nil, x
	case _Assign:
		if t := p.peek(1); t.kind == _Name && t.lit == "external" {
			p.unsupported(p.pos(), "external functions")
			p.skipConstruct()
			return &Block{stmt: stmt{At(p.pos())}, Rbrace: p.pos()}, nil
		}
	}
	return p.block(), nil
}

// Signature = "(" [ Param { "," Param } ] ")" [ "returns" [ Annotations ] Type ] .
func (p *parser) signature(named bool) FuncSig {
	var sig FuncSig
	sig.Params = p.params(named)
	if p.got(_Returns) {
		p.annotations() // e.g. returns @http:Payload T: accepted and dropped
		sig.Return = p.parseType()
	}
	return sig
}

// params parses a parenthesized parameter list. Parameter names are
// required when named is set (functions), optional otherwise (function types).
func (p *parser) params(named bool) []*Param {
	var list []*Param
	if !p.want(_LParen) {
		return nil
	}
	for p.kind() != _RParen && p.kind() != _EOF {
		list = append(list, p.param(named))
		if !p.listSep(_RParen, "type") {
			break
		}
	}
	if !p.got(_RParen) {
		p.syntaxError("')'")
		// Skip the rest of a broken parameter list, but not the body.
		d := 0
		for k := p.kind(); k != _EOF; k = p.kind() {
			if d == 0 && (k == _LBrace || k == _Semi || k == _Returns || k == _FatArrow) {
				break
			}
			if k == _RParen && d == 0 {
				p.next()
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
	}
	return list
}

// Param = [ Annotations ] [ "*" ] Type [ "..." ] name [ "=" Expr ] .   (name optional in function types)
func (p *parser) param(named bool) *Param {
	annots := p.annotations()
	prm := &Param{node: At(p.pos()), Annots: annots}
	if named && p.got(_Star) {
		prm.Included = true // *R r: an included record parameter
	}
	prm.Type = p.parseType()
	if p.got(_Ellipsis) {
		prm.Rest = true
	}
	if named || p.kind() == _Name {
		prm.Name, _ = p.name()
	}
	if named && p.got(_Assign) {
		if p.kind() == _Lt && p.peek(1).kind == _Gt {
			// typedesc<anydata> t = <>: the argument is inferred from the
			// contextually expected type of the call.
			prm.Default = &InferTypedescExpr{expr{At(p.pos())}}
			p.next()
			p.next()
			return prm
		}
		prm.Default = p.parseExpr()
	} else if !named && prm.Name != "" && p.got(_Assign) {
		// a defaultable parameter of a function type: a call through a value
		// of the type takes this default
		prm.Default = p.parseExpr()
	}
	return prm
}

// ConstDecl = "const" [ Type ] name "=" Expr ";" .
func (p *parser) constDecl(pos Pos, annots []*Annotation, public bool) *ConstDecl {
	d := &ConstDecl{decl: decl{At(pos)}, Annots: annots, Public: public}
	p.next() // const
	if !(p.kind() == _Name && p.peek(1).kind == _Assign || p.kind() == _Assign) {
		d.Type = p.parseType()
	}
	d.Name, _ = p.name()
	if p.want(_Assign) {
		d.Value = p.parseExpr()
	} else {
		d.Value = &BadExpr{expr{At(p.pos())}}
	}
	p.wantSemi()
	return d
}

// EnumDecl = "enum" name "{" EnumMember { "," EnumMember } "}" .
// EnumMember = [ Annotations ] name [ "=" Expr ] .
func (p *parser) enumDecl(pos Pos, annots []*Annotation, public bool) *EnumDecl {
	d := &EnumDecl{decl: decl{At(pos)}, Annots: annots, Public: public}
	p.next() // enum
	d.Name, _ = p.name()
	p.want(_LBrace)
	for p.kind() != _RBrace && p.kind() != _EOF {
		mpos := p.pos()
		m := &ConstDecl{decl: decl{At(mpos)}, Annots: p.annotations(), Public: public, Enum: true}
		if m.Name, _ = p.name(); m.Name == "" {
			p.sync()
			break
		}
		if p.got(_Assign) {
			m.Value = p.parseExpr()
		} else {
			// The member's value is its name (as written, without a quote).
			m.Value = &StringLit{expr: expr{At(mpos)}, Value: m.Name}
		}
		d.Members = append(d.Members, m)
		if !p.got(_Comma) {
			break
		}
	}
	p.want(_RBrace)
	return d
}

// AnnotationDecl = [ "const" ] "annotation" [ Type ] name [ "on" AttachPoint { "," AttachPoint } ] ";" .
// AttachPoint    = [ "source" ] word { word } .   (type, function, object function, record field, …)
func (p *parser) annotationDecl(pos Pos, annots []*Annotation, public, isConst bool) *AnnotationDecl {
	d := &AnnotationDecl{decl: decl{At(pos)}, Annots: annots, Public: public, Const: isConst}
	p.next() // annotation
	if !(p.kind() == _Name && (p.peek(1).kind == _Semi || p.peek(1).kind == _On)) {
		d.Type = p.parseType()
	}
	d.NameP = p.pos()
	d.Name, _ = p.name()
	if p.got(_On) {
		for {
			var words []string
			for p.kind() != _Comma && p.kind() != _Semi && p.kind() != _EOF {
				w := p.tok.lit
				if p.kind() != _Name {
					w = p.kind().String()
				}
				words = append(words, w)
				p.next()
			}
			d.Points = append(d.Points, strings.Join(words, " "))
			if !p.got(_Comma) {
				break
			}
		}
	}
	p.wantSemi()
	return d
}

// TypeDecl = "type" name Type ";" .
func (p *parser) typeDecl(pos Pos, annots []*Annotation, public bool) *TypeDecl {
	d := &TypeDecl{decl: decl{At(pos)}, Annots: annots, Public: public}
	p.next() // type
	d.Name, _ = p.name()
	d.Type = p.parseType()
	p.wantSemi()
	return d
}

// ListenerDecl = "listener" [ Type ] name "=" Expr ";" .
func (p *parser) listenerDecl(pos Pos, annots []*Annotation) *ListenerDecl {
	d := &ListenerDecl{decl: decl{At(pos)}, Annots: annots}
	p.next() // listener
	if !(p.kind() == _Name && p.peek(1).kind == _Assign) {
		d.Type = p.parseType()
	}
	d.Name, _ = p.name()
	if p.want(_Assign) {
		d.Value = p.parseExpr()
	} else {
		d.Value = &BadExpr{expr{At(p.pos())}}
	}
	p.wantSemi()
	return d
}

// ServiceDecl = "service" [ "/" [ name { "/" name } ] | string ] "on" Expr { "," Expr } "{" { ServiceMember } "}" .
func (p *parser) serviceDecl(pos Pos, annots []*Annotation) *ServiceDecl {
	d := &ServiceDecl{decl: decl{At(pos)}, Annots: annots}
	p.next() // service
	switch p.kind() {
	case _Slash:
		for p.got(_Slash) {
			if p.kind() == _Name {
				d.Path = append(d.Path, p.tok.lit)
				p.next()
			}
		}
	case _String:
		d.PathLit = p.tok.lit
		p.next()
	}
	if p.want(_On) {
		for {
			d.Listeners = append(d.Listeners, p.headExpr())
			if !p.got(_Comma) {
				break
			}
		}
	}
	if !p.want(_LBrace) {
		p.sync()
		return d
	}
	p.blocks++
	saveBegin := p.stmtBegin
	for p.kind() != _RBrace && p.kind() != _EOF {
		start := p.i
		p.stmtBegin = p.i
		p.serviceMember(d)
		if p.i == start {
			p.next()
		}
	}
	p.stmtBegin = saveBegin
	p.blocks--
	p.want(_RBrace)
	return d
}

// ServiceMember = [ Annotations ] { "isolated" | "remote" | "resource" | "public" | "private" } ( ResourceFunc | FuncDecl ) .
func (p *parser) serviceMember(d *ServiceDecl) {
	annots := p.annotations()
	pos := p.pos()
	var isolated, remote, resource, public bool
quals:
	for {
		switch p.kind() {
		case _Isolated:
			isolated = true
		case _Remote:
			remote = true
		case _Resource:
			resource = true
		case _Public:
			public = true
		case _Private:
		default:
			break quals
		}
		p.next()
	}
	if p.kind() != _Function {
		if p.kind() == _Final || p.typeStart(p.tok) {
			p.unsupported(pos, "service fields")
			p.skipConstruct()
			return
		}
		p.syntaxError("'function'")
		p.sync()
		return
	}
	if !resource {
		f := p.funcDecl(pos, annots)
		f.Public, f.Isolated, f.Remote = public, isolated, remote
		d.Methods = append(d.Methods, f)
		return
	}
	d.Resources = append(d.Resources, p.resourceFunc(pos, annots, isolated, inService))
}

// typeStart reports whether t can start a type descriptor.
func (p *parser) typeStart(t *token) bool {
	switch t.kind {
	case _Name, _LParen, _LBrack, _Record, _Map, _Future, _Typedesc, _Function,
		_Isolated, _Null, _String, _Int, _Float, _True, _False, _Minus, _Object,
		_Table, _Distinct, _Xml, _Client, _Service:
		return true
	}
	return t.kind.builtinTypeKw()
}
