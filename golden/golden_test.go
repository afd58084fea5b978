// Package golden holds the whole-program tests: each testdata/**/*.txtar
// is one Ballerina program with what bal2go must make of it.
//
// Sections: input.bal (always); output.go (the exact generated Go);
// diagnostics (FILE:LINE:COL: severity: message lines); stdout, stderr and
// exit (what the built program prints and its exit code); args (program
// arguments, one per line); requests and responses (what to ask a program
// that serves, and its answers: serve_test.go). `go test ./golden -update` rewrites the
// expected sections from the actual results — read the diff before
// committing it.
package golden

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/bal2go/bal2go"
	"github.com/bal2go/bal2go/frontend"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/txtar"
)

var (
	update   = flag.Bool("update", false, "rewrite the expected sections of the golden files")
	casesRun = flag.String("case", "", "run only the cases whose name (e.g. values/floats) matches this regexp")
)

var knownSections = map[string]bool{
	"input.bal": true, "output.go": true, "diagnostics": true,
	"stdout": true, "stderr": true, "exit": true, "args": true,
	// requests and responses: what to ask a program that serves, and its answers
	// (serve_test.go).
	"requests": true, "responses": true,
	// Config.toml: the file a program finds in its working directory; env: lines
	// NAME=value added to its environment (configurable variables).
	"Config.toml": true, "env": true,
	// parallel: run with the strands that may run on another thread in groups of their
	// own (the default of a bal2go program); without it a case runs with
	// BAL2GO_ONE_GROUP=1, so that its output does not depend on the threads' schedule.
	"parallel": true,
}

type goldenCase struct {
	path    string // file path
	name    string // relative name, e.g. values/floats
	archive *txtar.Archive
	src     []byte
	gen     []byte // generated Go, nil when transpiling failed
	diags   []frontend.Diagnostic
	dir     string // package dir in the build module
}

func (c *goldenCase) section(name string) ([]byte, bool) {
	for _, f := range c.archive.Files {
		if f.Name == name {
			return f.Data, true
		}
	}
	return nil, false
}

func (c *goldenCase) setSection(name string, data []byte) {
	for i, f := range c.archive.Files {
		if f.Name == name {
			c.archive.Files[i].Data = data
			return
		}
	}
	c.archive.Files = append(c.archive.Files, txtar.File{Name: name, Data: data})
}

func (c *goldenCase) runnable() bool {
	_, out := c.section("stdout")
	_, exit := c.section("exit")
	_, reqs := c.section("requests")
	return out || exit || reqs
}

func loadCases(t *testing.T) []*goldenCase {
	var cases []*goldenCase
	err := filepath.WalkDir("testdata", func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(path, ".txtar") {
			return nil
		}
		a, err := txtar.ParseFile(path)
		if err != nil {
			return err
		}
		name := strings.TrimSuffix(strings.TrimPrefix(filepath.ToSlash(path), "testdata/"), ".txtar")
		c := &goldenCase{path: path, name: name, archive: a}
		cases = append(cases, c)
		return nil
	})
	require.NoError(t, err)
	sort.Slice(cases, func(i, j int) bool { return cases[i].name < cases[j].name })
	if *casesRun != "" {
		re := regexp.MustCompile(*casesRun)
		kept := cases[:0]
		for _, c := range cases {
			if re.MatchString(c.name) {
				kept = append(kept, c)
			}
		}
		cases = kept
	}
	return cases
}

func diagLines(ds []frontend.Diagnostic) string {
	var b strings.Builder
	for _, d := range ds {
		fmt.Fprintf(&b, "%s: %s: %s\n", d.Pos, d.Severity, d.Message)
	}
	return b.String()
}

func TestGolden(t *testing.T) {
	cases := loadCases(t)
	require.NotEmpty(t, cases)
	var runnable []*goldenCase
	for _, c := range cases {
		c := c
		src, ok := c.section("input.bal")
		if !ok {
			t.Errorf("%s: no input.bal section (orphaned golden file)", c.path)
			continue
		}
		for _, f := range c.archive.Files {
			if !knownSections[f.Name] {
				t.Errorf("%s: unknown section %q", c.path, f.Name)
			}
		}
		if len(c.archive.Files) == 1 {
			t.Errorf("%s: only input.bal: the case asserts nothing (add stdout/exit, diagnostics or output.go)", c.path)
		}
		c.src = src
		c.gen, c.diags = bal2go.Transpile("input.bal", src, bal2go.Options{})
		again, _ := bal2go.Transpile("input.bal", src, bal2go.Options{})
		if !bytes.Equal(c.gen, again) {
			t.Errorf("%s: generated Go differs between two runs", c.path)
		}
		gotDiags := diagLines(c.diags)
		if want, ok := c.section("diagnostics"); ok {
			if *update {
				c.setSection("diagnostics", []byte(gotDiags))
			} else if string(want) != gotDiags {
				t.Errorf("%s: diagnostics differ\n--- want\n%s--- got\n%s", c.path, want, gotDiags)
			}
		} else if gotDiags != "" {
			if *update {
				c.setSection("diagnostics", []byte(gotDiags))
			} else {
				t.Errorf("%s: unexpected diagnostics:\n%s", c.path, gotDiags)
			}
		}
		if want, ok := c.section("output.go"); ok {
			if *update {
				c.setSection("output.go", c.gen)
			} else if !bytes.Equal(want, c.gen) {
				t.Errorf("%s: generated Go differs (run go test ./golden -update and read the diff)", c.path)
			}
		}
		if c.runnable() && c.gen == nil {
			t.Errorf("%s: expected a runnable program, but transpiling failed:\n%s", c.path, gotDiags)
			continue
		}
		if c.gen != nil {
			// Every program the checker accepts is built and vetted (so that
			// "check accepts, Go does not build" cannot pass unnoticed);
			// runnable ones also run.
			runnable = append(runnable, c)
		}
	}
	if len(runnable) > 0 {
		runPrograms(t, runnable)
	}
	if *update {
		for _, c := range cases {
			require.NoError(t, os.WriteFile(c.path, txtar.Format(c.archive), 0o644))
		}
	}
}

// runPrograms builds every runnable case in one module with one go build
// (the runtime is compiled once) and compares each program's output.
func runPrograms(t *testing.T, cases []*goldenCase) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "bin")
	files := bal2go.ProgramModule("goldenprogs")
	for i, c := range cases {
		c.dir = fmt.Sprintf("p%03d", i)
		files[c.dir+"/main.go"] = c.gen
	}
	for name, data := range files {
		p := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, data, 0o644))
	}
	require.NoError(t, os.MkdirAll(bin, 0o755))
	env := append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "GOPROXY=off")
	// Under -race, the programs that run more than one strand are built with the race
	// detector; the sequential ones (most of them) without, which halves the time of
	// the race suite.
	var racy, plain []string
	for _, c := range cases {
		if raceEnabled && concurrent(c) {
			racy = append(racy, "./"+c.dir)
		} else {
			plain = append(plain, "./"+c.dir)
		}
	}
	for _, b := range []struct {
		pkgs []string
		race bool
	}{{racy, true}, {plain, false}} {
		if len(b.pkgs) == 0 {
			continue
		}
		args := []string{"build", "-o", bin + string(filepath.Separator)}
		if b.race {
			args = append(args, "-race")
		}
		build := exec.Command("go", append(args, b.pkgs...)...)
		build.Dir = dir
		build.Env = env
		if out, err := build.CombinedOutput(); err != nil {
			t.Fatalf("go build of the golden programs failed: %v\n%s\n(packages: %s)", err, out, caseDirs(cases))
		}
	}
	vet := exec.Command("go", "vet", "./...")
	vet.Dir = dir
	vet.Env = env
	if out, err := vet.CombinedOutput(); err != nil {
		t.Errorf("go vet of the generated programs failed: %v\n%s\n(packages: %s)", err, out, caseDirs(cases))
	}
	for _, c := range cases {
		c := c
		if !c.runnable() {
			continue
		}
		t.Run(c.name, func(t *testing.T) {
			var args []string
			if a, ok := c.section("args"); ok {
				args = strings.Fields(string(a))
			}
			var responses string
			run := func() (string, string, int) {
				cmd := exec.Command(filepath.Join(bin, c.dir), args...)
				var stdout, stderr bytes.Buffer
				cmd.Stdout, cmd.Stderr = &stdout, &stderr
				cmd.Env = append(os.Environ(), "BAL2GO_GOTRACE=", "BAL2GO_TRACE=", "BAL2GO_ONE_GROUP=1")
				if _, ok := c.section("parallel"); ok {
					cmd.Env[len(cmd.Env)-1] = "BAL2GO_ONE_GROUP="
				}
				if env, ok := c.section("env"); ok {
					cmd.Env = append(cmd.Env, strings.Fields(string(env))...)
				}
				if toml, ok := c.section("Config.toml"); ok {
					cmd.Dir = t.TempDir()
					require.NoError(t, os.WriteFile(filepath.Join(cmd.Dir, "Config.toml"), toml, 0o644))
				}
				var err error
				if reqs, ok := c.section("requests"); ok {
					responses, err = serveRequests(t, cmd, reqs)
				} else {
					err = cmd.Run()
				}
				code := 0
				if ee, ok := err.(*exec.ExitError); ok {
					code = ee.ExitCode()
				} else if err != nil {
					t.Fatalf("running: %v", err)
				}
				return stdout.String(), stderr.String(), code
			}
			out, errOut, code := run()
			// Concurrent programs must print the same every time (the
			// scheduling order is fixed by CONCURRENCY.md).
			if strings.HasPrefix(c.name, "concurrency/") {
				for i := 0; i < 4; i++ {
					o2, e2, c2 := run()
					if o2 != out || e2 != errOut || c2 != code {
						t.Errorf("%s: run %d differs from the first run:\n%s%s(exit %d)\nvs\n%s%s(exit %d)", c.path, i+2, out, errOut, code, o2, e2, c2)
						break
					}
				}
			}
			check := func(section, got string) {
				want, ok := c.section(section)
				if *update {
					if section != "stderr" || ok || got != "" {
						c.setSection(section, []byte(got))
					}
					return
				}
				if !ok {
					if got != "" && section == "stderr" {
						t.Errorf("%s: unexpected stderr:\n%s", c.path, got)
					}
					return
				}
				if string(want) != got {
					t.Errorf("%s: %s differs\n--- want\n%s--- got\n%s", c.path, section, want, got)
				}
			}
			check("stdout", out)
			check("stderr", errOut)
			check("exit", strconv.Itoa(code)+"\n")
			if _, ok := c.section("requests"); ok {
				check("responses", responses)
			}
		})
	}
}

// concurrentSource matches the constructs that run more than one strand.
var concurrentSource = regexp.MustCompile(`\b(worker|fork|start|wait|lock|http)\b|->|<-`)

// concurrent reports whether a case's program may run strands in parallel (the race
// detector has something to find there).
func concurrent(c *goldenCase) bool {
	return strings.HasPrefix(c.name, "concurrency/") || strings.HasPrefix(c.name, "workers/") ||
		strings.HasPrefix(c.name, "http/") || concurrentSource.Match(c.src)
}

func caseDirs(cases []*goldenCase) string {
	var parts []string
	for _, c := range cases {
		parts = append(parts, c.dir+"="+c.name)
	}
	return strings.Join(parts, " ")
}
