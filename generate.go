// Package bal2go transpiles Ballerina programs to Go that links against the
// runtime package rt. Transpile is the whole pipeline: parse (frontend),
// check (check) and emit (codegen).
package bal2go

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"sort"
	"strings"

	"github.com/bal2go/bal2go/check"
	"github.com/bal2go/bal2go/codegen"
	"github.com/bal2go/bal2go/codegen/diagram"
	"github.com/bal2go/bal2go/frontend"
)

// Regenerate the checked-in examples; a test fails when they are stale.
//go:generate go run ./cmd/bal2go gen -o examples/hello/main.go examples/hello/hello.bal
//go:generate go run ./cmd/bal2go gen -o examples/fib/main.go examples/fib/fib.bal
//go:generate go run ./cmd/bal2go gen -o examples/records/main.go examples/records/records.bal
//go:generate go run ./cmd/bal2go gen -o examples/errors/main.go examples/errors/errors.bal
//go:generate go run ./cmd/bal2go gen -o examples/closures/main.go examples/closures/closures.bal
//go:generate go run ./cmd/bal2go gen -o examples/strings/main.go examples/strings/strings.bal
//go:generate go run ./cmd/bal2go gen -o examples/workers/main.go examples/workers/workers.bal
//go:generate go run ./cmd/bal2go gen -o examples/seed-concurrent/main.go examples/seed-concurrent/seed-concurrent.bal
//go:generate go run ./cmd/bal2go gen -o examples/seed-concurrent/services/main.go examples/seed-concurrent/services/services.bal
//go:generate go run ./cmd/bal2go gen -o examples/albums/main.go examples/albums/albums.bal
//go:generate go run ./cmd/bal2go gen -o examples/albums/service/main.go examples/albums/service/service.bal
//go:generate go run ./cmd/bal2go diagram -func main -o examples/workers/workers.mmd examples/workers/workers.bal
//go:generate go run ./cmd/bal2go diagram -format svg -func main -o examples/workers/workers.svg examples/workers/workers.bal

// Options control transpilation.
type Options struct {
	Package string // Go package name of the output; "main" when empty
	NoLines bool   // omit //line directives
}

// Diagnostic is a positioned message about the source.
type Diagnostic = frontend.Diagnostic

// Check parses and type-checks src without generating code.
func Check(filename string, src []byte) []Diagnostic {
	_, diags := analyze(filename, src)
	return diags
}

func analyze(filename string, src []byte) (*check.Program, []Diagnostic) {
	file, diags := frontend.Parse(&frontend.Source{Name: filename, Text: src})
	if frontend.HasErrors(diags) {
		return nil, diags
	}
	prog, cdiags := check.Check(file)
	return prog, frontend.SortDiagnostics(append(diags, cdiags...))
}

// initializes reports whether the module declares a listener or a module
// variable: a program without main runs its initialization (configurable
// variables included) and serves its listeners.
func initializes(prog *check.Program) bool {
	for _, d := range prog.File.Decls {
		switch d.(type) {
		case *frontend.ListenerDecl, *frontend.ModuleVarDecl:
			return true
		}
	}
	return false
}

// Transpile turns one .bal file into gofmt'd Go source. When the returned
// diagnostics contain an error the source is nil.
func Transpile(filename string, src []byte, opts Options) ([]byte, []Diagnostic) {
	prog, diags := analyze(filename, src)
	if prog == nil || frontend.HasErrors(diags) {
		return nil, diags
	}
	pkg := opts.Package
	if pkg == "" {
		pkg = "main"
	}
	if pkg == "main" && prog.Main == nil && len(prog.Services) == 0 && prog.Init == nil && !initializes(prog) {
		diags = append(diags, frontend.Errorf(frontend.Pos{Src: prog.File.Src, Line: 1, Col: 1}, "main", "no 'main' function: a program needs 'public function main()'"))
		return nil, frontend.SortDiagnostics(diags)
	}
	out, gdiags := codegen.Generate(prog, codegen.Options{Package: pkg, NoLines: opts.NoLines})
	diags = frontend.SortDiagnostics(append(diags, gdiags...))
	if frontend.HasErrors(diags) {
		return nil, diags
	}
	return out, diags
}

//go:embed rt
var runtimeFS embed.FS

// RuntimeFiles returns the runtime's Go sources (tests and test data
// excluded) by path relative to rt/, e.g. "strand.go" and "http/client.go",
// so that a generated program can be built anywhere.
func RuntimeFiles() map[string][]byte {
	files := map[string][]byte{}
	_ = fs.WalkDir(runtimeFS, "rt", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			if d.Name() == "testdata" {
				return fs.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		if data, err := runtimeFS.ReadFile(path); err == nil {
			files[strings.TrimPrefix(path, "rt/")] = data
		}
		return nil
	})
	return files
}

// RuntimeVersion is a hash of the runtime sources: part of the build cache
// key, so a changed runtime never reuses a stale binary.
func RuntimeVersion() string {
	files := RuntimeFiles()
	var names []string
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	h := sha256.New()
	for _, n := range names {
		h.Write([]byte(n))
		h.Write(files[n])
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// ModulePath is the Go module path generated programs import rt from.
const ModulePath = "github.com/bal2go/bal2go"

// SequenceDiagram is one function's sequence diagram (see codegen/diagram).
type SequenceDiagram = diagram.Diagram

// Diagrams draws the sequence diagrams of a file: the function funcName, or
// every function with workers, forks or client calls when funcName is "".
// Constructs bal2go cannot compile yet are still drawn. ds is nil when the
// file has errors (in diags) or err says why there is nothing to draw.
func Diagrams(filename string, src []byte, funcName string) (ds []*SequenceDiagram, diags []Diagnostic, err error) {
	prog, diags := diagram.Load(filename, src)
	if prog == nil {
		return nil, diags, nil
	}
	if funcName != "" {
		decl := diagram.Lookup(prog, funcName)
		if decl == nil {
			return nil, diags, fmt.Errorf("%s has no function '%s'", filename, funcName)
		}
		return []*SequenceDiagram{diagram.Build(prog, decl)}, diags, nil
	}
	ds = diagram.All(prog)
	if len(ds) == 0 {
		return nil, diags, fmt.Errorf("%s: no function has workers or client calls (draw one with -func NAME)", filename)
	}
	return ds, diags, nil
}

// MermaidOf renders diagrams as Mermaid sequenceDiagram text.
func MermaidOf(ds []*SequenceDiagram) []byte { return []byte(diagram.MermaidAll(ds)) }

// SVGOf renders one diagram as a standalone SVG document.
func SVGOf(d *SequenceDiagram) []byte { return []byte(diagram.SVG(d)) }

//go:embed go.mod go.sum
var moduleFiles embed.FS

// runtimeDeps are the modules the runtime imports: apd (rt.Decimal) and go-toml
// (configurable variables, rt/config.go). TestRuntimeDeps keeps the list whole.
var runtimeDeps = []string{"github.com/cockroachdb/apd/v3", "github.com/pelletier/go-toml/v2"}

// ProgramModule returns the files of a self-contained Go module named name in
// which generated programs build: its go.mod and go.sum, and the runtime as the
// module ModulePath under bal2go/ (bal2go/go.mod and the sources under
// bal2go/rt/). The caller adds the programs. The runtime's dependencies are
// required at the versions bal2go is built with, with their go.sum lines, so a
// build with GOPROXY=off finds them in the module cache (where building bal2go
// put them).
func ProgramModule(name string) map[string][]byte {
	gomod, _ := moduleFiles.ReadFile("go.mod")
	gosum, _ := moduleFiles.ReadFile("go.sum")
	var requires, sums []string
	for _, dep := range runtimeDeps {
		for _, line := range strings.Split(string(gomod), "\n") {
			if f := strings.Fields(line); len(f) >= 2 && f[0] == dep {
				requires = append(requires, "require "+f[0]+" "+f[1]+"\n")
			} else if len(f) >= 3 && f[0] == "require" && f[1] == dep {
				requires = append(requires, "require "+f[1]+" "+f[2]+"\n")
			}
		}
		for _, line := range strings.Split(string(gosum), "\n") {
			if strings.HasPrefix(line, dep+" ") {
				sums = append(sums, line+"\n")
			}
		}
	}
	deps := strings.Join(requires, "")
	files := map[string][]byte{
		"go.mod": fmt.Appendf(nil, "module %s\n\ngo 1.24\n\nrequire %s v0.0.0\n%s\nreplace %s => ./bal2go\n",
			name, ModulePath, deps, ModulePath),
		"go.sum":        []byte(strings.Join(sums, "")),
		"bal2go/go.mod": fmt.Appendf(nil, "module %s\n\ngo 1.24\n\n%s", ModulePath, deps),
		"bal2go/go.sum": []byte(strings.Join(sums, "")),
	}
	for path, data := range RuntimeFiles() {
		files["bal2go/rt/"+path] = data
	}
	return files
}
