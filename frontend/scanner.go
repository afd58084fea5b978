package frontend

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// scanner turns a whole source file into a slice of tokens, ending with one
// _EOF token. Lexical errors become diagnostics; the scanner always makes
// progress and never fails.
//
// String templates are split into several tokens so that the expressions
// inside ${…} are scanned like any other code and keep their positions:
//
//	`a ${x} b ${y} c`   →   _TmplHead("a ") x _TmplMid(" b ") y _TmplTail(" c")
//	`text`              →   _TmplFull("text")
type scanner struct {
	src       *Source
	text      string
	off       int
	line      int
	lineStart int // offset of the first byte of the current line
	toks      []token
	diags     []Diagnostic

	// One entry per template whose ${…} interpolation is being scanned:
	// the number of braces opened inside the interpolation, and the
	// position of the template's opening backtick.
	tmplDepth []int
	tmplStart []Pos
}

func scan(src *Source) ([]token, []Diagnostic) {
	s := &scanner{src: src, text: string(src.Text), line: 1}
	// Typical code has a token every 3.5 to 4 bytes; guessing a little high
	// avoids regrowing the slice.
	s.toks = make([]token, 0, len(s.text)/3+16)
	s.run()
	return s.toks, s.diags
}

func (s *scanner) pos(off int) Pos {
	return Pos{Src: s.src, Off: off, Line: s.line, Col: off - s.lineStart + 1}
}

func (s *scanner) errorAt(off int, format string, args ...any) {
	s.diags = append(s.diags, Errorf(s.pos(off), "syntax", format, args...))
}

func (s *scanner) emit(kind tokKind, start, startLine, startCol int, lit string) {
	s.toks = append(s.toks, token{kind: kind, off: int32(start), end: int32(s.off),
		line: int32(startLine), col: int32(startCol), lit: lit})
}

// emitHere emits a token that started at start on the current line.
func (s *scanner) emitHere(kind tokKind, start int, lit string) {
	s.emit(kind, start, s.line, start-s.lineStart+1, lit)
}

func (s *scanner) newline(off int) {
	s.line++
	s.lineStart = off + 1
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isHex(c byte) bool    { return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

func (s *scanner) peekAt(off int) byte {
	if off < len(s.text) {
		return s.text[off]
	}
	return 0
}

func (s *scanner) run() {
	for {
		s.skipSpace()
		if s.off >= len(s.text) {
			s.closeTemplatesAtEOF()
			s.emitHere(_EOF, s.off, "")
			return
		}
		s.next()
	}
}

// skipSpace skips white space, // comments and # documentation lines.
func (s *scanner) skipSpace() {
	for s.off < len(s.text) {
		switch c := s.text[s.off]; c {
		case ' ', '\t', '\r', '\f', '\v':
			s.off++
		case '\n':
			s.newline(s.off)
			s.off++
		case '/':
			if s.peekAt(s.off+1) != '/' {
				return
			}
			s.skipLine()
		case '#':
			// Ballerina's markdown documentation lines.
			s.skipLine()
		default:
			return
		}
	}
}

func (s *scanner) skipLine() {
	i := strings.IndexByte(s.text[s.off:], '\n')
	if i < 0 {
		s.off = len(s.text)
	} else {
		s.off += i // the newline itself is handled by skipSpace
	}
}

// next scans one token starting at s.off (not white space).
func (s *scanner) next() {
	start := s.off
	c := s.text[start]
	switch {
	case isLetter(c) || s.identEscapeAt(start) || s.unicodeLetterAt(start):
		s.ident()
		return
	case isDigit(c):
		s.number()
		return
	}
	two := func(second byte, k2, k1 tokKind) {
		if s.peekAt(start+1) == second {
			s.off = start + 2
			s.emitHere(k2, start, "")
			return
		}
		s.off = start + 1
		s.emitHere(k1, start, "")
	}
	switch c {
	case '\'':
		if c := s.peekAt(start + 1); isLetter(c) || isDigit(c) {
			s.ident() // 'int, '5xx
			return
		}
		s.invalid()
	case '"':
		s.stringLit()
	case '`':
		s.off++
		s.template(start, true, s.pos(start))
	case '.':
		switch {
		case isDigit(s.peekAt(start + 1)):
			s.number()
		case s.peekAt(start+1) == '.' && s.peekAt(start+2) == '.':
			s.off = start + 3
			s.emitHere(_Ellipsis, start, "")
		case s.peekAt(start+1) == '.' && s.peekAt(start+2) == '<':
			s.off = start + 3
			s.emitHere(_DotDotLt, start, "")
		default:
			s.off = start + 1
			s.emitHere(_Dot, start, "")
		}
	case '{':
		if n := len(s.tmplDepth); n > 0 {
			s.tmplDepth[n-1]++
		}
		two('|', _LBracePipe, _LBrace)
	case '}':
		if n := len(s.tmplDepth); n > 0 {
			if s.tmplDepth[n-1] == 0 {
				// The end of an interpolation: the template text goes on.
				open := s.tmplStart[n-1]
				s.tmplDepth = s.tmplDepth[:n-1]
				s.tmplStart = s.tmplStart[:n-1]
				s.off++
				s.template(start, false, open)
				return
			}
			s.tmplDepth[n-1]--
		}
		s.off++
		s.emitHere(_RBrace, start, "")
	case '|':
		switch s.peekAt(start + 1) {
		case '|':
			s.off = start + 2
			s.emitHere(_OrOr, start, "")
		case '=':
			s.off = start + 2
			s.emitHere(_OrAssign, start, "")
		case '}':
			if n := len(s.tmplDepth); n > 0 {
				if s.tmplDepth[n-1] == 0 {
					// `${a|}`: the brace ends the interpolation.
					s.off = start + 1
					s.emitHere(_Or, start, "")
					return
				}
				s.tmplDepth[n-1]--
			}
			s.off = start + 2
			s.emitHere(_PipeRBrace, start, "")
		default:
			s.off = start + 1
			s.emitHere(_Or, start, "")
		}
	case '(':
		s.off++
		s.emitHere(_LParen, start, "")
	case ')':
		s.off++
		s.emitHere(_RParen, start, "")
	case '[':
		s.off++
		s.emitHere(_LBrack, start, "")
	case ']':
		s.off++
		s.emitHere(_RBrack, start, "")
	case ';':
		s.off++
		s.emitHere(_Semi, start, "")
	case ',':
		s.off++
		s.emitHere(_Comma, start, "")
	case ':':
		s.off++
		s.emitHere(_Colon, start, "")
	case '@':
		s.off++
		s.emitHere(_At, start, "")
	case '~':
		s.off++
		s.emitHere(_Tilde, start, "")
	case '+':
		two('=', _PlusAssign, _Plus)
	case '*':
		two('=', _StarAssign, _Star)
	case '/':
		two('=', _SlashAssign, _Slash)
	case '%':
		two('=', _PercentAssign, _Percent)
	case '^':
		two('=', _XorAssign, _Xor)
	case '-':
		if s.peekAt(start+1) == '>' {
			if s.peekAt(start+2) == '>' {
				s.off = start + 3
				s.emitHere(_SyncArrow, start, "")
				return
			}
			s.off = start + 2
			s.emitHere(_Arrow, start, "")
			return
		}
		two('=', _MinusAssign, _Minus)
	case '=':
		switch s.peekAt(start + 1) {
		case '=':
			if s.peekAt(start+2) == '=' {
				s.off = start + 3
				s.emitHere(_EqEq, start, "")
				return
			}
			s.off = start + 2
			s.emitHere(_Eq, start, "")
		case '>':
			s.off = start + 2
			s.emitHere(_FatArrow, start, "")
		default:
			s.off = start + 1
			s.emitHere(_Assign, start, "")
		}
	case '!':
		if s.peekAt(start+1) == '=' {
			if s.peekAt(start+2) == '=' {
				s.off = start + 3
				s.emitHere(_NeEq, start, "")
				return
			}
			s.off = start + 2
			s.emitHere(_Ne, start, "")
			return
		}
		s.off = start + 1
		s.emitHere(_Not, start, "")
	case '&':
		switch s.peekAt(start + 1) {
		case '&':
			s.off = start + 2
			s.emitHere(_AndAnd, start, "")
		case '=':
			s.off = start + 2
			s.emitHere(_AndAssign, start, "")
		default:
			s.off = start + 1
			s.emitHere(_And, start, "")
		}
	case '<':
		switch s.peekAt(start + 1) {
		case '<':
			if s.peekAt(start+2) == '=' {
				s.off = start + 3
				s.emitHere(_ShlAssign, start, "")
				return
			}
			s.off = start + 2
			s.emitHere(_Shl, start, "")
		case '=':
			s.off = start + 2
			s.emitHere(_Le, start, "")
		case '-':
			s.off = start + 2
			s.emitHere(_LArrow, start, "")
		default:
			s.off = start + 1
			s.emitHere(_Lt, start, "")
		}
	case '>':
		// Never combine > with a following >: the parser does that for
		// shifts, so that map<map<int>> closes two type parameter lists.
		two('=', _Ge, _Gt)
	case '?':
		switch s.peekAt(start + 1) {
		case ':':
			s.off = start + 2
			s.emitHere(_Elvis, start, "")
		case '.':
			if isDigit(s.peekAt(start + 2)) { // c ?.5 : 1
				s.off = start + 1
				s.emitHere(_Question, start, "")
				return
			}
			s.off = start + 2
			s.emitHere(_OptDot, start, "")
		default:
			s.off = start + 1
			s.emitHere(_Question, start, "")
		}
	default:
		s.invalid()
	}
}

// invalid reports a run of characters that cannot start a token, once.
func (s *scanner) invalid() {
	start := s.off
	r, size := utf8.DecodeRuneInString(s.text[s.off:])
	if r == utf8.RuneError && size <= 1 {
		s.errorAt(start, "invalid byte 0x%02x", s.text[s.off])
	} else if r < utf8.RuneSelf && strconv.IsPrint(r) {
		s.errorAt(start, "invalid character %q", r)
	} else {
		s.errorAt(start, "invalid character %U", r)
	}
	s.off += max(size, 1)
	for s.off < len(s.text) && s.startsNothing() {
		_, size := utf8.DecodeRuneInString(s.text[s.off:])
		s.off += max(size, 1)
	}
}

// startsNothing reports whether the byte at s.off is neither white space nor
// the start of a token (so that a run of junk is reported once).
func (s *scanner) startsNothing() bool {
	c := s.text[s.off]
	if c >= utf8.RuneSelf {
		return true
	}
	switch c {
	case '$', '\\', '\'':
		next := s.peekAt(s.off + 1)
		return !(c == '\'' && (isLetter(next) || isDigit(next)))
	}
	return false
}

// ident scans an identifier: ASCII and Unicode letters and digits, and the
// escapes \u{XXXX} (a code point) and \c (an ASCII character that is not a
// letter, digit or white space: first\-name); its token's text is the name with
// the escapes resolved. A quoted identifier ('int) is never a keyword.
func (s *scanner) ident() {
	start := s.off
	quoted := s.text[start] == '\''
	if quoted {
		s.off++
	}
	var b strings.Builder
	escaped := false
scan:
	for s.off < len(s.text) {
		c := s.text[s.off]
		switch {
		case isLetter(c) || isDigit(c):
			b.WriteByte(c)
			s.off++
		case s.identEscapeAt(s.off):
			escaped = true
			if s.peekAt(s.off+1) != 'u' {
				b.WriteByte(s.text[s.off+1])
				s.off += 2
				continue
			}
			end := strings.IndexByte(s.text[s.off:], '}')
			cp, err := strconv.ParseUint(s.text[s.off+3:s.off+end], 16, 32)
			if err != nil || cp > unicode.MaxRune || cp >= 0xD800 && cp <= 0xDFFF {
				s.errorAt(s.off, "invalid unicode escape in identifier")
			}
			b.WriteRune(rune(cp))
			s.off += end + 1
		case c >= utf8.RuneSelf && s.unicodeLetterAt(s.off) || c >= utf8.RuneSelf && s.unicodeDigitAt(s.off):
			r, size := utf8.DecodeRuneInString(s.text[s.off:])
			b.WriteRune(r)
			s.off += size
		default:
			break scan
		}
	}
	name := b.String()
	if quoted || escaped {
		s.emitHere(_Name, start, name)
		return
	}
	if k, ok := keywords[name]; ok {
		s.emitHere(k, start, name)
		return
	}
	s.emitHere(_Name, start, name)
}

// identEscapeAt reports whether an identifier escape starts at off: \u{hex}
// or a backslash before an ASCII character that is not a letter, digit or
// white space.
func (s *scanner) identEscapeAt(off int) bool {
	if s.peekAt(off) != '\\' {
		return false
	}
	c := s.peekAt(off + 1)
	if c == 'u' && s.peekAt(off+2) == '{' {
		end := strings.IndexByte(s.text[off:], '}')
		return end > 3 && isHexString(s.text[off+3:off+end])
	}
	// any ASCII character but a letter and the white space that ends a line or
	// is a tab (first\ name and a\1 are identifiers)
	return c >= ' ' && c < utf8.RuneSelf && !(isLetter(c) && c != '_') && c != 0x7f
}

func isHexString(t string) bool {
	for i := 0; i < len(t); i++ {
		if !isHex(t[i]) {
			return false
		}
	}
	return t != ""
}

// unicodeLetterAt reports whether a non-ASCII letter (which Ballerina allows in
// identifiers) starts at off.
func (s *scanner) unicodeLetterAt(off int) bool {
	if off >= len(s.text) || s.text[off] < utf8.RuneSelf {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.text[off:])
	return unicode.IsLetter(r)
}

// unicodeDigitAt reports whether a non-ASCII digit or combining mark, which may
// follow the first character of an identifier, starts at off.
func (s *scanner) unicodeDigitAt(off int) bool {
	r, _ := utf8.DecodeRuneInString(s.text[off:])
	return unicode.IsDigit(r) || unicode.IsMark(r)
}

// number scans an int or float literal; the parser converts the value.
//
//	int   = "0" | nonzero {digit} | ("0x"|"0X") hexdigit {hexdigit} .
//	float = ( digits "." digits [exp] | "." digits [exp] | digits exp | digits ) [ "f"|"F"|"d"|"D" ] .
func (s *scanner) number() {
	start := s.off
	kind := _Int
	if s.text[s.off] == '0' && (s.peekAt(s.off+1) == 'x' || s.peekAt(s.off+1) == 'X') {
		s.off += 2
		digits := s.off
		for s.off < len(s.text) && isHex(s.text[s.off]) {
			s.off++
		}
		if s.off == digits {
			s.errorAt(start, "hexadecimal literal has no digits")
		}
		if s.hexFloatTail() {
			kind = _Float
			s.diags = append(s.diags, Unsupported(s.pos(start), "hexadecimal floating-point literals"))
		}
	} else {
		for s.off < len(s.text) && isDigit(s.text[s.off]) {
			s.off++
		}
		if s.off-start > 1 && s.text[start] == '0' {
			s.errorAt(start, "invalid numeric literal: leading zeros are not allowed")
		}
		if s.peekAt(s.off) == '.' && isDigit(s.peekAt(s.off+1)) {
			kind = _Float
			s.off++
			for s.off < len(s.text) && isDigit(s.text[s.off]) {
				s.off++
			}
		}
		if c := s.peekAt(s.off); c == 'e' || c == 'E' {
			kind = _Float
			s.off++
			if c := s.peekAt(s.off); c == '+' || c == '-' {
				s.off++
			}
			digits := s.off
			for s.off < len(s.text) && isDigit(s.text[s.off]) {
				s.off++
			}
			if s.off == digits {
				s.errorAt(start, "exponent has no digits")
			}
		}
		switch s.peekAt(s.off) {
		case 'f', 'F', 'd', 'D':
			kind = _Float
			s.off++
		}
	}
	if s.off < len(s.text) && (isLetter(s.text[s.off]) || isDigit(s.text[s.off])) {
		s.errorAt(start, "invalid numeric literal")
		for s.off < len(s.text) && (isLetter(s.text[s.off]) || isDigit(s.text[s.off])) {
			s.off++
		}
	}
	s.emitHere(kind, start, s.text[start:s.off])
}

// hexFloatTail consumes the fraction and binary exponent of a hexadecimal
// floating-point literal (0x1.8p3) after its integer digits, if any, and
// reports whether there was one.
func (s *scanner) hexFloatTail() bool {
	found := false
	if s.peekAt(s.off) == '.' && isHex(s.peekAt(s.off+1)) {
		found = true
		s.off++
		for s.off < len(s.text) && isHex(s.text[s.off]) {
			s.off++
		}
	}
	if c := s.peekAt(s.off); c == 'p' || c == 'P' {
		found = true
		s.off++
		if c := s.peekAt(s.off); c == '+' || c == '-' {
			s.off++
		}
		for s.off < len(s.text) && isDigit(s.text[s.off]) {
			s.off++
		}
	}
	return found
}

// stringLit scans "…" and resolves its escapes.
func (s *scanner) stringLit() {
	start := s.off
	s.off++
	var b []byte // nil until an escape forces a copy
	from := s.off
	for {
		if s.off >= len(s.text) || s.text[s.off] == '\n' {
			s.errorAt(start, "unterminated string literal")
			break
		}
		c := s.text[s.off]
		if c == '"' {
			break
		}
		if c != '\\' {
			s.off++
			continue
		}
		if b == nil {
			b = make([]byte, 0, s.off-from+16)
		}
		b = append(b, s.text[from:s.off]...)
		b = s.escape(b)
		from = s.off
	}
	var val string
	if b == nil {
		val = s.text[from:s.off]
	} else {
		val = string(append(b, s.text[from:s.off]...))
	}
	if s.off < len(s.text) && s.text[s.off] == '"' {
		s.off++
		s.emitHere(_String, start, val)
		return
	}
	s.emitHere(_String, start, val)
	s.toks[len(s.toks)-1].bad = true
}

// escape decodes the escape sequence at s.off (a backslash) into b.
func (s *scanner) escape(b []byte) []byte {
	at := s.off
	s.off++ // backslash
	if s.off >= len(s.text) || s.text[s.off] == '\n' {
		s.errorAt(at, "invalid escape sequence")
		return b
	}
	c := s.text[s.off]
	switch c {
	case 'n':
		s.off++
		return append(b, '\n')
	case 't':
		s.off++
		return append(b, '\t')
	case 'r':
		s.off++
		return append(b, '\r')
	case '\\', '"', '\'':
		s.off++
		return append(b, c)
	case 'u':
		if s.peekAt(s.off+1) != '{' {
			break
		}
		i := s.off + 2
		j := i
		for j < len(s.text) && isHex(s.text[j]) && j-i < 9 {
			j++
		}
		if j == i || s.peekAt(j) != '}' {
			s.errorAt(at, "invalid unicode escape sequence")
			s.off = j
			return b
		}
		v, _ := strconv.ParseUint(s.text[i:j], 16, 32)
		s.off = j + 1
		if v > utf8.MaxRune || v >= 0xD800 && v <= 0xDFFF {
			s.errorAt(at, "invalid unicode code point in escape sequence")
			return b
		}
		return utf8.AppendRune(b, rune(v))
	}
	r, size := utf8.DecodeRuneInString(s.text[s.off:])
	s.off += max(size, 1)
	if r < utf8.RuneSelf && strconv.IsPrint(r) {
		s.errorAt(at, "invalid escape sequence '\\%c'", r)
	} else {
		s.errorAt(at, "invalid escape sequence")
	}
	return b
}

// template scans template text from s.off (just after the opening backtick
// when first, else just after the '}' closing an interpolation) up to the
// closing backtick or the next "${". start is the offset of the backtick or
// the '}'; open is the position of the template's opening backtick.
func (s *scanner) template(start int, first bool, open Pos) {
	startLine, startCol := s.line, start-s.lineStart+1
	from := s.off
	for s.off < len(s.text) {
		switch s.text[s.off] {
		case '`':
			text := s.text[from:s.off]
			s.off++
			kind := _TmplTail
			if first {
				kind = _TmplFull
			}
			s.emit(kind, start, startLine, startCol, text)
			return
		case '$':
			if s.peekAt(s.off+1) == '{' {
				text := s.text[from:s.off]
				s.off += 2
				kind := _TmplMid
				if first {
					kind = _TmplHead
				}
				s.emit(kind, start, startLine, startCol, text)
				s.tmplDepth = append(s.tmplDepth, 0)
				s.tmplStart = append(s.tmplStart, open)
				return
			}
			s.off++
		case '\n':
			s.newline(s.off)
			s.off++
		default:
			s.off++
		}
	}
	// End of file inside the template text.
	s.diags = append(s.diags, Errorf(open, "syntax", "unterminated string template"))
	kind := _TmplTail
	if first {
		kind = _TmplFull
	}
	s.emit(kind, start, startLine, startCol, s.text[from:s.off])
	s.toks[len(s.toks)-1].bad = true
}

// closeTemplatesAtEOF ends every template left open at the end of the file
// with an empty _TmplTail, so the parser sees well-formed templates.
func (s *scanner) closeTemplatesAtEOF() {
	for n := len(s.tmplDepth); n > 0; n-- {
		open := s.tmplStart[n-1]
		s.diags = append(s.diags, Errorf(open, "syntax", "unterminated string template"))
		s.emitHere(_TmplTail, s.off, "")
		s.toks[len(s.toks)-1].bad = true
	}
	s.tmplDepth, s.tmplStart = nil, nil
}
