package bal2go_test

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bal2go/bal2go"
	"golang.org/x/tools/txtar"
)

// seedCorpus adds the golden inputs and the examples to f.
func seedCorpus(f *testing.F) {
	_ = filepath.WalkDir("golden/testdata", func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txtar") {
			return nil
		}
		a, err := txtar.ParseFile(path)
		if err != nil {
			return nil
		}
		for _, file := range a.Files {
			if file.Name == "input.bal" {
				f.Add(file.Data)
			}
		}
		return nil
	})
	matches, _ := filepath.Glob("examples/*/*.bal")
	for _, m := range matches {
		if data, err := os.ReadFile(m); err == nil {
			f.Add(data)
		}
	}
}

// FuzzTranspile: the whole pipeline on any input ends in diagnostics or in
// Go source that parses.
func FuzzTranspile(f *testing.F) {
	seedCorpus(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		out, diags := bal2go.Transpile("fuzz.bal", src, bal2go.Options{})
		for _, d := range diags {
			if strings.Contains(d.Message, "internal error") {
				t.Fatalf("internal error: %v", d)
			}
		}
		if out != nil {
			if _, err := parser.ParseFile(token.NewFileSet(), "out.go", out, 0); err != nil {
				t.Fatalf("generated Go does not parse: %v", err)
			}
		}
	})
}

// FuzzCheck: any byte string given to the front end and the checker ends in
// diagnostics or success — never a panic or a hang — and every diagnostic
// has a position. Seeds are the golden inputs and the examples.
func FuzzCheck(f *testing.F) {
	seedCorpus(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, d := range bal2go.Check("fuzz.bal", src) {
			if !d.Pos.IsKnown() {
				t.Fatalf("diagnostic without a position: %v", d)
			}
		}
	})
}
