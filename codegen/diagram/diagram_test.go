package diagram

// The golden tests: each testdata/NAME.txtar is one Ballerina program
// (-- input.bal --) with its expected diagrams: -- diagram.mmd -- (the
// Mermaid of every function with workers or client calls, as `bal2go
// diagram` prints it) and one -- F.svg -- per drawn function F (the file
// `bal2go diagram -format svg -o DIR` writes, see Diagram.FileName).
// `go test ./codegen/diagram -update` rewrites the expected sections; read
// the diff (and open the SVGs) before committing it. A failing case writes
// its actual output under $TMPDIR/bal2go-diagram-actual/NAME/.

import (
	"bytes"
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/bal2go/bal2go/check"
	"github.com/bal2go/bal2go/frontend"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the expected diagrams in testdata/*.txtar")

type goldenCase struct {
	name     string
	path     string
	archive  *txtar.Archive
	prog     *check.Program
	diagrams []*Diagram
	mermaid  string
	svgs     map[string]string // section name → SVG
}

func (c *goldenCase) section(name string) ([]byte, bool) {
	for _, f := range c.archive.Files {
		if f.Name == name {
			return f.Data, true
		}
	}
	return nil, false
}

// loadGolden reads and draws every testdata/*.txtar.
func loadGolden(t *testing.T) []*goldenCase {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "*.txtar"))
	require.NoError(t, err)
	sort.Strings(paths)
	var cases []*goldenCase
	for _, p := range paths {
		a, err := txtar.ParseFile(p)
		require.NoError(t, err)
		c := &goldenCase{name: strings.TrimSuffix(filepath.Base(p), ".txtar"), path: p, archive: a, svgs: map[string]string{}}
		src, ok := c.section("input.bal")
		require.True(t, ok, "%s: no input.bal section", p)
		prog, diags := Load("input.bal", src)
		require.NotNil(t, prog, "%s: the program does not check:\n%v", p, diags)
		c.prog = prog
		c.diagrams = All(prog)
		require.NotEmpty(t, c.diagrams, "%s: no function to draw", p)
		c.mermaid = MermaidAll(c.diagrams)
		for _, d := range c.diagrams {
			c.svgs[d.FileName()] = SVG(d)
		}
		cases = append(cases, c)
	}
	return cases
}

func TestGolden(t *testing.T) {
	cases := loadGolden(t)
	require.GreaterOrEqual(t, len(cases), 10, "the golden corpus shrank")
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			want := map[string]string{"diagram.mmd": c.mermaid}
			for name, svg := range c.svgs {
				want[name] = svg
			}
			for _, f := range c.archive.Files {
				if _, ok := want[f.Name]; !ok && f.Name != "input.bal" {
					t.Errorf("%s: unexpected section %q (orphaned, or the function is no longer drawn)", c.path, f.Name)
				}
			}
			if *update {
				files := []txtar.File{{Name: "input.bal", Data: mustSection(t, c, "input.bal")}}
				files = append(files, txtar.File{Name: "diagram.mmd", Data: []byte(c.mermaid)})
				for _, d := range c.diagrams {
					files = append(files, txtar.File{Name: d.FileName(), Data: []byte(c.svgs[d.FileName()])})
				}
				c.archive.Files = files
				require.NoError(t, os.WriteFile(c.path, txtar.Format(c.archive), 0o644))
				return
			}
			var bad []string
			names := make([]string, 0, len(want))
			for name := range want {
				names = append(names, name)
			}
			sort.Strings(names)
			for _, name := range names {
				have, ok := c.section(name)
				if !ok {
					t.Errorf("%s: missing section %q (run go test ./codegen/diagram -update)", c.path, name)
					bad = append(bad, name)
					continue
				}
				if string(have) != want[name] {
					t.Errorf("%s: %s differs from what bal2go draws now:\n%s", c.path, name, firstDiff(string(have), want[name]))
					bad = append(bad, name)
				}
			}
			if len(bad) > 0 {
				dir := filepath.Join(os.TempDir(), "bal2go-diagram-actual", c.name)
				if os.MkdirAll(dir, 0o755) == nil {
					for _, name := range bad {
						_ = os.WriteFile(filepath.Join(dir, name), []byte(want[name]), 0o644)
					}
					t.Logf("actual output written to %s", dir)
				}
			}
		})
	}
}

func mustSection(t *testing.T, c *goldenCase, name string) []byte {
	data, ok := c.section(name)
	require.True(t, ok)
	return data
}

// firstDiff shows the first line where two texts differ.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d:\n  want %q\n  got  %q", i+1, w, g)
		}
	}
	return "(same lines, different line endings)"
}

// TestDeterministic draws every golden program twice.
func TestDeterministic(t *testing.T) {
	for _, c := range loadGolden(t) {
		again := All(c.prog)
		require.Equal(t, c.mermaid, MermaidAll(again), c.name)
		for _, d := range again {
			require.Equal(t, c.svgs[d.FileName()], SVG(d), c.name)
		}
	}
}

// TestArrowsFollowTheSlotTable checks that the arrows join exactly the
// sends and receives the checker pairs: for every channel of every worker
// set of a drawn function, the messages from its sender to its receiver
// are its sends, in slot order, and nothing else is drawn between them.
func TestArrowsFollowTheSlotTable(t *testing.T) {
	total := 0
	for _, c := range loadGolden(t) {
		for _, f := range Functions(c.prog) {
			d := Build(c.prog, f)
			index := map[string]int{}
			for i, p := range d.Participants {
				if p.Kind == KindFunction {
					index["function"] = i
				} else if p.Kind != KindClient {
					index[p.Name] = i
				}
			}
			drawn := map[[2]int][]string{}
			for _, s := range d.Steps {
				if s.Kind == StepMessage {
					k := [2]int{s.From, s.To}
					drawn[k] = append(drawn[k], s.Label)
				}
			}
			expected := map[[2]int][]string{}
			for node, ws := range c.prog.WorkerSets {
				if !inside(node, f) {
					continue
				}
				for _, ch := range ws.Channels {
					from, to := index[ws.Workers[ch.From].Name], index[ws.Workers[ch.To].Name]
					k := [2]int{from, to}
					require.Equal(t, len(ch.Sends), len(ch.Receives), "%s: unpaired channel", c.name)
					for _, s := range ch.Sends {
						send, _ := frontend.SendOf(s.Node)
						expected[k] = append(expected[k], shorten(exprText(send.X)))
						total++
					}
				}
			}
			require.Equal(t, expected, drawn, "%s: %s", c.name, f.Name)
		}
	}
	require.Greater(t, total, 30, "the golden programs send too few messages to mean anything")
}

// inside reports whether a worker set's node (a function or a fork
// statement) belongs to the function f.
func inside(node frontend.Node, f *Func) bool {
	if node == f.Node {
		return true
	}
	fork, ok := node.(*frontend.ForkStmt)
	if !ok {
		return false
	}
	end := f.Pos.Off + 1<<30
	if f.Body != nil {
		end = f.Body.Rbrace.Off
	}
	return fork.Pos().Off > f.Pos.Off && fork.Pos().Off < end
}

// TestSVGIsWellFormedXML parses every golden SVG and the example's with
// encoding/xml and checks the root element's size attributes.
func TestSVGIsWellFormedXML(t *testing.T) {
	n := 0
	for _, c := range loadGolden(t) {
		for name, svg := range c.svgs {
			checkSVG(t, c.name+"/"+name, svg)
			n++
		}
	}
	require.GreaterOrEqual(t, n, 10)
	// awkward names and labels are escaped
	d := &Diagram{Func: `a<b>&"c'`, File: "x&y.bal", Participants: []*Participant{
		{ID: "function", Name: `a<b>&"c'`, Kind: KindFunction, Caption: "function", Group: -1},
		{ID: "w", Name: "w]]>", Kind: KindWorker, Caption: "worker", Group: -1},
	}, Steps: []Step{
		{Kind: StepMessage, From: 1, To: 0, Label: `"</svg>" + x < y && z`},
		{Kind: StepNote, From: 0, To: 0, Over: []int{0}, Note: "wait", Label: "wait <w>"},
		{Kind: StepBegin, From: 0, Block: "opt", Label: "a > b"},
		{Kind: StepMessage, From: 0, To: 1, Label: "\x01bad control", Conditional: true},
		{Kind: StepEnd, From: 0},
	}}
	checkSVG(t, "escaping", SVG(d))
}

func checkSVG(t *testing.T, name, svg string) (width, height float64) {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(svg))
	depth, roots, titles := 0, 0, 0
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		require.NoError(t, err, "%s: not well-formed XML", name)
		switch tok := tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				roots++
				require.Equal(t, "svg", tok.Name.Local, name)
				require.Equal(t, "http://www.w3.org/2000/svg", tok.Name.Space, name)
				attrs := map[string]string{}
				for _, a := range tok.Attr {
					attrs[a.Name.Local] = a.Value
				}
				var err1, err2 error
				width, err1 = strconv.ParseFloat(attrs["width"], 64)
				height, err2 = strconv.ParseFloat(attrs["height"], 64)
				require.NoError(t, err1, name)
				require.NoError(t, err2, name)
				require.Equal(t, fmt.Sprintf("0 0 %s %s", attrs["width"], attrs["height"]), attrs["viewBox"], name)
			}
			if tok.Name.Local == "title" && depth == 1 {
				titles++
			}
			depth++
		case xml.EndElement:
			depth--
		}
	}
	require.Equal(t, 1, roots, name)
	require.Equal(t, 1, titles, "%s: one <title>", name)
	return width, height
}

// TestExamplesFresh fails when examples/workers/workers.mmd or .svg is not
// what bal2go draws now (run go generate ./...), or when the README does
// not show the current Mermaid.
func TestExamplesFresh(t *testing.T) {
	bal := filepath.Join("..", "..", "examples", "workers", "workers.bal")
	src, err := os.ReadFile(bal)
	require.NoError(t, err)
	prog, diags := Load(bal, src)
	require.NotNil(t, prog, "%v", diags)
	fn := Lookup(prog, "main")
	require.NotNil(t, fn)
	d := Build(prog, fn)
	mmd, svg := Mermaid(d), SVG(d)
	for file, want := range map[string]string{"workers.mmd": mmd, "workers.svg": svg} {
		have, err := os.ReadFile(filepath.Join("..", "..", "examples", "workers", file))
		require.NoError(t, err)
		require.True(t, bytes.Equal(have, []byte(want)), "examples/workers/%s is stale: run go generate ./...", file)
	}
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	require.NoError(t, err)
	require.Contains(t, string(readme), "```mermaid\n"+mmd+"```\n",
		"README.md does not show the current examples/workers/workers.mmd: paste it into the Diagrams section")
}
