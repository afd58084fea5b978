package codegen

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/scanner"
	"go/token"
	"sort"
	"strconv"
	"strings"
)

// Line directives.
//
// The generator puts a `//line FILE.bal:N` before the Go code of each
// Ballerina statement (lineDirective). But Go gives such a directive to the
// next Go line only: the lines after it count up from N. A statement whose
// Go spans several lines (a spilled conditional expression, a check, a
// lambda, a call split by gofmt) would then report its later lines at later,
// wrong .bal lines. spreadLines fixes that once for all constructs, on the
// formatted Go:
//
//   - a directive holds, lexically, from where it stands to the end of the
//     Go block (or case clause) holding it, nested blocks included; inside,
//     a later directive takes over. So the Go of a statement maps to the
//     statement's line, except where a nested statement (a lambda body, a
//     clause of a match, a worker body) has its own directive, and code the
//     generator emits after a nested block belongs to the enclosing
//     statement again (the else branch of a spilled ?:, a lock's release).
//   - where the line Go would compute for a Go line differs from the line
//     the directive holding it says, spreadLines repeats the directive
//     before that line, at column 1.
//
// Only lines that can fail or show in a trace need the repeat: lines with a
// call, conversion or type assertion, an index, a field or method selection,
// a division, a channel operation or a Ballerina variable (a race report
// names its line). Lines of only braces, keywords, literals, the generator's
// temporaries and type names (`} else {`, `tmp1_ = 1`, `var c2_ int64`) are
// left alone, which keeps the output readable.

// directive is one `//line FILE:N` of the generated Go.
type directive struct {
	off     int    // byte offset of the comment
	line    int    // line (1-based) of the comment in the Go source
	text    string // the whole comment
	file    string // FILE
	balLine int    // N
	lo, hi  int    // offsets of the block or clause it holds in
}

// spreadLines repeats the //line directives of src where a Go line would
// otherwise map to the wrong .bal line (see above). src is gofmt'd Go; so is
// the result.
func spreadLines(src []byte) ([]byte, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	tf := fset.File(f.Pos())
	dirs, err := directives(f, tf, len(src))
	if err != nil || len(dirs) == 0 {
		return src, err
	}
	isDirective := map[int]*directive{}
	for i := range dirs {
		isDirective[dirs[i].line] = &dirs[i]
	}
	// active holds, innermost last, the directives met so far whose scope
	// is still open; the scopes nest, so the one holding an offset is the
	// last active one whose scope has not ended there.
	var active []*directive
	holding := func(off int) *directive {
		for len(active) > 0 && active[len(active)-1].hi <= off {
			active = active[:len(active)-1]
		}
		if len(active) == 0 {
			return nil
		}
		return active[len(active)-1]
	}
	imports := map[string]bool{}
	for _, im := range f.Imports {
		path, _ := strconv.Unquote(im.Path.Value)
		name := path[strings.LastIndexByte(path, '/')+1:]
		if im.Name != nil {
			name = im.Name.Name
		}
		imports[name] = true
	}
	loud, cont := loudLines(tf, src, imports)

	var out bytes.Buffer
	lines := bytes.SplitAfter(src, []byte("\n"))
	var cur *directive // the directive Go applies to the next line
	next := 0          // the .bal line Go gives the next line
	for i, text := range lines {
		ln := i + 1
		if d := isDirective[ln]; d != nil {
			holding(d.off) // close the scopes that ended before it
			active = append(active, d)
			cur, next = d, d.balLine
			out.Write(text)
			continue
		}
		if off, ok := loud[ln]; ok && !cont[ln] {
			if d := holding(off); d != nil && (cur == nil || next != d.balLine || cur.file != d.file) {
				out.WriteString(d.text + "\n")
				cur, next = d, d.balLine
			}
		}
		out.Write(text)
		next++
	}
	return format.Source(out.Bytes())
}

// directives lists the //line directives of f (at column 1) in source
// order, each with the innermost scope (blockScopes) it stands in; n is the
// length of the source. Scopes nest, so one sweep over both, in offset
// order, finds every directive's innermost scope.
func directives(f *ast.File, tf *token.File, n int) ([]directive, error) {
	scopes := blockScopes(f, tf)
	sort.Slice(scopes, func(i, j int) bool {
		if scopes[i][0] != scopes[j][0] {
			return scopes[i][0] < scopes[j][0]
		}
		return scopes[i][1] > scopes[j][1] // the outer one first
	})
	var open [][2]int // the scopes holding the current offset, innermost last
	closeBefore := func(off int) {
		for len(open) > 0 && open[len(open)-1][1] <= off {
			open = open[:len(open)-1]
		}
	}
	next := 0
	var dirs []directive
	for _, cg := range f.Comments {
		for _, c := range cg.List {
			p := tf.PositionFor(c.Pos(), false)
			if p.Column != 1 || !strings.HasPrefix(c.Text, "//line ") {
				continue
			}
			i := strings.LastIndexByte(c.Text, ':')
			bal, err := strconv.Atoi(c.Text[i+1:])
			if i < 0 || err != nil {
				return nil, fmt.Errorf("malformed line directive %q", c.Text)
			}
			for next < len(scopes) && scopes[next][0] <= p.Offset {
				closeBefore(scopes[next][0])
				open = append(open, scopes[next])
				next++
			}
			closeBefore(p.Offset)
			d := directive{off: p.Offset, line: p.Line, text: c.Text, file: c.Text[len("//line "):i], balLine: bal, lo: 0, hi: n}
			if len(open) > 0 {
				d.lo, d.hi = open[len(open)-1][0], open[len(open)-1][1]
			}
			dirs = append(dirs, d)
		}
	}
	return dirs, nil
}

// blockScopes returns the offset ranges [lo, hi) that a directive can hold
// in: the inside of each block and each case clause (up to the next clause).
func blockScopes(f *ast.File, tf *token.File) [][2]int {
	var scopes [][2]int
	off := func(p token.Pos) int { return tf.Offset(p) }
	ast.Inspect(f, func(n ast.Node) bool {
		b, ok := n.(*ast.BlockStmt)
		if !ok {
			return true
		}
		scopes = append(scopes, [2]int{off(b.Lbrace) + 1, off(b.Rbrace)})
		for i, s := range b.List {
			var colon token.Pos
			switch c := s.(type) {
			case *ast.CaseClause:
				colon = c.Colon
			case *ast.CommClause:
				colon = c.Colon
			default:
				continue
			}
			end := b.Rbrace
			if i+1 < len(b.List) {
				end = b.List[i+1].Pos()
			}
			scopes = append(scopes, [2]int{off(colon) + 1, off(end)})
		}
		return true
	})
	return scopes
}

// loudLines finds the lines that can fail or show in a trace (see above):
// loud maps each to the offset of its first such token. cont holds the
// lines inside a multi-line token, where nothing can be inserted.
func loudLines(tf *token.File, src []byte, imports map[string]bool) (loud map[int]int, cont map[int]bool) {
	type tok struct {
		off  int
		line int
		tok  token.Token
		lit  string
	}
	toks := make([]tok, 0, len(src)/4) // about one token per four bytes of Go
	var s scanner.Scanner
	s.Init(tf, src, nil, 0)
	for {
		pos, t, lit := s.Scan()
		if t == token.EOF {
			break
		}
		if t == token.SEMICOLON && lit == "\n" {
			continue
		}
		toks = append(toks, tok{tf.Offset(pos), tf.PositionFor(pos, false).Line, t, lit})
	}
	loud, cont = map[int]int{}, map[int]bool{}
	isImport := func(i int) bool { return i >= 0 && toks[i].tok == token.IDENT && imports[toks[i].lit] }
	// qualified: toks[i] is the name in pkg.Name
	qualified := func(i int) bool { return i >= 2 && toks[i-1].tok == token.PERIOD && isImport(i-2) }
	// declared: the names a line declares (x, ok := …; var x T), which no
	// other strand can see yet
	declared := map[int]map[string]bool{}
	declare := func(line int, name string) {
		if declared[line] == nil {
			declared[line] = map[string]bool{}
		}
		declared[line][name] = true
	}
	for i, t := range toks {
		switch t.tok {
		case token.DEFINE:
			for j := i - 1; j >= 0 && toks[j].line == t.line; j -= 2 {
				if toks[j].tok != token.IDENT {
					break
				}
				declare(t.line, toks[j].lit)
				if j == 0 || toks[j-1].tok != token.COMMA {
					break
				}
			}
		case token.VAR:
			if i+1 < len(toks) && toks[i+1].tok == token.IDENT {
				declare(t.line, toks[i+1].lit)
			}
		case token.STRING:
			for l := t.line + 1; l <= t.line+strings.Count(t.lit, "\n"); l++ {
				cont[l] = true
			}
		}
	}
	for i, t := range toks {
		if _, seen := loud[t.line]; seen {
			continue
		}
		var isLoud bool
		switch t.tok {
		case token.LPAREN: // a call or conversion; not a func's parameters, not a type assertion (the checker proved it), not a const or var group
			isLoud = i == 0 || (toks[i-1].tok != token.FUNC && toks[i-1].tok != token.PERIOD && toks[i-1].tok != token.CONST && toks[i-1].tok != token.VAR)
		case token.LBRACK: // an index; not a slice type or a type's instantiation
			isLoud = i > 0 && i+1 < len(toks) && toks[i+1].tok != token.RBRACK && !qualified(i-1) &&
				(toks[i-1].tok == token.IDENT || toks[i-1].tok == token.RPAREN || toks[i-1].tok == token.RBRACK)
		case token.PERIOD: // a selection; not a package's name, not a type assertion
			isLoud = !isImport(i-1) && (i+1 == len(toks) || toks[i+1].tok != token.LPAREN)
		case token.QUO, token.REM, token.QUO_ASSIGN, token.REM_ASSIGN, token.ARROW:
			isLoud = true
		case token.IDENT: // a Ballerina variable; not a temporary, a predeclared name, a selected name or one being declared
			isLoud = !reserved[t.lit] && !isTemp(t.lit) && !isImport(i) && !declared[t.line][t.lit] &&
				(i == 0 || toks[i-1].tok != token.PERIOD)
		}
		if isLoud {
			loud[t.line] = t.off
		}
	}
	return loud, cont
}
