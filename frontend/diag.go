package frontend

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"
)

// Severity tells whether a diagnostic stops compilation.
type Severity int

const (
	SevError Severity = iota
	SevWarning
	// SevHint is information about the program that is neither wrong nor
	// suspicious, as jBallerina's hints (which its build and run print too):
	// a resource whose requests are not run concurrently.
	SevHint
)

func (s Severity) String() string {
	switch s {
	case SevWarning:
		return "warning"
	case SevHint:
		return "hint"
	}
	return "error"
}

// Note is a further position attached to a diagnostic, e.g. one blocked
// worker of a deadlock.
type Note struct {
	Pos     Pos
	Message string
}

// Diagnostic is one message about the user's source.
type Diagnostic struct {
	Pos      Pos
	End      Pos // may be unknown
	Severity Severity
	Code     string // short stable identifier, e.g. "syntax", "type", "worker"
	Message  string
	Notes    []Note
}

// Errorf builds an error diagnostic at pos.
func Errorf(pos Pos, code, format string, args ...any) Diagnostic {
	return Diagnostic{Pos: pos, Severity: SevError, Code: code, Message: fmt.Sprintf(format, args...)}
}

// Warnf builds a warning diagnostic at pos.
func Warnf(pos Pos, code, format string, args ...any) Diagnostic {
	return Diagnostic{Pos: pos, Severity: SevWarning, Code: code, Message: fmt.Sprintf(format, args...)}
}

// Hintf builds a hint diagnostic at pos.
func Hintf(pos Pos, code, format string, args ...any) Diagnostic {
	return Diagnostic{Pos: pos, Severity: SevHint, Code: code, Message: fmt.Sprintf(format, args...)}
}

// Unsupported builds the error for a construct that is Ballerina but not
// yet part of the bal2go subset. Every package reports such constructs
// through it, so that the wording is the same everywhere: users must be
// able to tell "bal2go lacks this" from "my program is wrong".
func Unsupported(pos Pos, feature string) Diagnostic {
	return Errorf(pos, "unsupported", "not supported by bal2go yet: %s", feature)
}

// Error makes a Diagnostic usable as a Go error.
func (d Diagnostic) Error() string {
	return fmt.Sprintf("%s: %s: %s", d.Pos, d.Severity, d.Message)
}

// HasErrors reports whether any diagnostic is an error (not only warnings).
func HasErrors(ds []Diagnostic) bool {
	for _, d := range ds {
		if d.Severity == SevError {
			return true
		}
	}
	return false
}

// MaxErrors is how many errors a command reports per file before it stops
// with "too many errors" (as the Go compiler does); -e reports all.
const MaxErrors = 10

// LimitErrors keeps the diagnostics (sorted) up to the limit-th error; when
// more errors follow, it ends them with one "too many errors" at the next
// error. limit <= 0 keeps everything.
func LimitErrors(ds []Diagnostic, limit int) []Diagnostic {
	if limit <= 0 {
		return ds
	}
	n := 0
	for i, d := range ds {
		if d.Severity != SevError {
			continue
		}
		if n == limit {
			out := append([]Diagnostic(nil), ds[:i]...)
			return append(out, Errorf(d.Pos, "limit", "too many errors"))
		}
		n++
	}
	return ds
}

// SortDiagnostics orders diagnostics by file and position, keeping the
// original order of diagnostics at the same position, and drops exact duplicates.
func SortDiagnostics(ds []Diagnostic) []Diagnostic {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i].Pos, ds[j].Pos
		if a.Filename() != b.Filename() {
			return a.Filename() < b.Filename()
		}
		return a.Before(b)
	})
	out := ds[:0]
	for i, d := range ds {
		if i > 0 {
			p := ds[i-1]
			if p.Pos == d.Pos && p.Message == d.Message && p.Severity == d.Severity {
				continue
			}
		}
		out = append(out, d)
	}
	return out
}

// WriteText prints diagnostics as FILE:LINE:COL: error: MESSAGE, each followed
// by its source line and a caret under the column; notes follow indented.
func WriteText(w io.Writer, ds []Diagnostic) {
	for _, d := range ds {
		fmt.Fprintf(w, "%s: %s: %s\n", d.Pos, d.Severity, d.Message)
		writeCaret(w, d.Pos, "")
		for _, n := range d.Notes {
			fmt.Fprintf(w, "%s: note: %s\n", n.Pos, n.Message)
			writeCaret(w, n.Pos, "")
		}
	}
}

// maxShownLine is the longest source line a diagnostic quotes whole; a
// longer one (minified or generated text) is cut to a window around the
// column, so that ten diagnostics on one huge line stay short.
const maxShownLine = 160

func writeCaret(w io.Writer, p Pos, _ string) {
	line := p.LineText()
	if line == "" || !utf8.ValidString(line) || strings.IndexByte(line, 0) >= 0 {
		return // no source line, or bytes that are not text
	}
	col, full := p.Col, len(line)
	if full > maxShownLine {
		start := max(0, min(col-1-maxShownLine/2, len(line)-maxShownLine))
		for start > 0 && !utf8.RuneStart(line[start]) {
			start--
		}
		end := min(len(line), start+maxShownLine)
		for end < len(line) && !utf8.RuneStart(line[end]) {
			end++
		}
		line = line[start:end]
		col -= start
		if start > 0 {
			line = "..." + line
			col += 3
		}
		if end < full {
			line += "..."
		}
	}
	// Keep tabs so that the caret lines up under the same columns.
	var pad strings.Builder
	for i := 0; i < col-1 && i < len(line); i++ {
		if line[i] == '\t' {
			pad.WriteByte('\t')
		} else {
			pad.WriteByte(' ')
		}
	}
	fmt.Fprintf(w, "    %s\n    %s^\n", line, pad.String())
}

type jsonNote struct {
	File    string `json:"file"`
	Line    int    `json:"line"`
	Col     int    `json:"col"`
	Message string `json:"message"`
}

type jsonDiag struct {
	File     string     `json:"file"`
	Line     int        `json:"line"`
	Col      int        `json:"col"`
	EndLine  int        `json:"endLine"`
	EndCol   int        `json:"endCol"`
	Severity string     `json:"severity"`
	Code     string     `json:"code"`
	Message  string     `json:"message"`
	Notes    []jsonNote `json:"notes"`
}

// WriteJSON prints one JSON object per diagnostic per line, for editors.
func WriteJSON(w io.Writer, ds []Diagnostic) error {
	enc := json.NewEncoder(w)
	for _, d := range ds {
		end := d.End
		if !end.IsKnown() {
			end = d.Pos
		}
		jd := jsonDiag{
			File: d.Pos.Filename(), Line: d.Pos.Line, Col: d.Pos.Col,
			EndLine: end.Line, EndCol: end.Col,
			Severity: d.Severity.String(), Code: d.Code, Message: d.Message,
			Notes: []jsonNote{},
		}
		for _, n := range d.Notes {
			jd.Notes = append(jd.Notes, jsonNote{n.Pos.Filename(), n.Pos.Line, n.Pos.Col, n.Message})
		}
		if err := enc.Encode(jd); err != nil {
			return err
		}
	}
	return nil
}
