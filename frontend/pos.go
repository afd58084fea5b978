package frontend

import "fmt"

// Source is one .bal file: its name as given on the command line and its text.
// Positions point back to it so that diagnostics can print the offending line.
type Source struct {
	Name string
	Text []byte
}

// Pos is a position in a Source. Line and Col are 1-based, Col counts bytes.
// The zero Pos means "unknown".
type Pos struct {
	Src  *Source
	Off  int // byte offset from the start of the file
	Line int
	Col  int
}

// IsKnown reports whether p points somewhere.
func (p Pos) IsKnown() bool { return p.Line > 0 }

// Filename is the name of the file p points into, or "" when unknown.
func (p Pos) Filename() string {
	if p.Src == nil {
		return ""
	}
	return p.Src.Name
}

// Before reports whether p comes before q in the same file.
func (p Pos) Before(q Pos) bool {
	if p.Line != q.Line {
		return p.Line < q.Line
	}
	return p.Col < q.Col
}

func (p Pos) String() string {
	if !p.IsKnown() {
		return fmt.Sprintf("%s:?", p.Filename())
	}
	return fmt.Sprintf("%s:%d:%d", p.Filename(), p.Line, p.Col)
}

// LineText returns the text of p's line without its newline.
func (p Pos) LineText() string {
	if p.Src == nil || !p.IsKnown() {
		return ""
	}
	text := p.Src.Text
	start := p.Off - (p.Col - 1)
	if start < 0 || start > len(text) {
		return ""
	}
	end := start
	for end < len(text) && text[end] != '\n' {
		end++
	}
	s := string(text[start:end])
	if n := len(s); n > 0 && s[n-1] == '\r' {
		s = s[:n-1]
	}
	return s
}
