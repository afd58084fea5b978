package diagram

import (
	"github.com/bal2go/bal2go/check"
	"github.com/bal2go/bal2go/frontend"
)

// Load parses and checks a .bal file for drawing. A diagram needs the
// names and the slot table, not Go code, so the diagnostics of constructs
// bal2go cannot compile yet (code "unsupported", "not supported by bal2go
// yet: …") are dropped: a program with client calls or services is drawn
// while the code generator does not handle them. Any other error stops the
// drawing: prog is then nil. The returned diagnostics are those to show.
func Load(filename string, src []byte) (prog *check.Program, diags []frontend.Diagnostic) {
	file, pdiags := frontend.Parse(&frontend.Source{Name: filename, Text: src})
	pdiags = visible(pdiags)
	if frontend.HasErrors(pdiags) {
		return nil, pdiags
	}
	defer func() {
		if r := recover(); r != nil {
			pos := frontend.Pos{Src: file.Src, Line: 1, Col: 1}
			prog, diags = nil, append(pdiags, frontend.Errorf(pos, "internal",
				"internal error: the checker failed on this file (%v); please report it", r))
		}
	}()
	p, cdiags := check.Check(file)
	diags = frontend.SortDiagnostics(append(pdiags, visible(cdiags)...))
	if frontend.HasErrors(diags) {
		return nil, diags
	}
	return p, diags
}

// visible drops the diagnostics about what bal2go does not support yet.
func visible(ds []frontend.Diagnostic) []frontend.Diagnostic {
	var out []frontend.Diagnostic
	for _, d := range ds {
		if d.Code != "unsupported" {
			out = append(out, d)
		}
	}
	return out
}

// All builds the diagrams of every function of prog that has workers,
// forks or client calls, in declaration order.
func All(prog *check.Program) []*Diagram {
	var out []*Diagram
	for _, fn := range Functions(prog) {
		out = append(out, Build(prog, fn))
	}
	return out
}

// MermaidAll renders several diagrams one after another, separated by a
// blank line; each starts with its own %% comment and title.
func MermaidAll(ds []*Diagram) string {
	var s string
	for i, d := range ds {
		if i > 0 {
			s += "\n"
		}
		s += Mermaid(d)
	}
	return s
}
