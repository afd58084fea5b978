package frontend

import (
	"bytes"
	"unicode/utf8"
)

// notText reports whether src's bytes are not source text: a NUL byte or
// an invalid UTF-8 sequence (a binary file named .bal). Such a file gets
// one diagnostic, at the first offending byte, instead of one per token.
func notText(src *Source) (Diagnostic, bool) {
	text := src.Text
	bad, what := -1, ""
	if i := bytes.IndexByte(text, 0); i >= 0 {
		bad, what = i, "invalid NUL byte"
	}
	limit := len(text)
	if bad >= 0 {
		limit = bad
	}
	valid := utf8.Valid(text[:limit]) // fast; the loop below only finds where
	for i := 0; i < limit && !valid; {
		r, n := utf8.DecodeRune(text[i:])
		if r == utf8.RuneError && n == 1 {
			bad, what = i, "invalid UTF-8 encoding"
			break
		}
		i += n
	}
	if bad < 0 {
		return Diagnostic{}, false
	}
	line := 1 + bytes.Count(text[:bad], []byte{'\n'})
	col := bad - bytes.LastIndexByte(text[:bad], '\n')
	pos := Pos{Src: src, Line: line, Col: col, Off: bad}
	return Errorf(pos, "syntax", "%s: the file is not Ballerina source text", what), true
}
