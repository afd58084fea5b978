package diagram

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/bal2go/bal2go/check"
	"github.com/bal2go/bal2go/frontend"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/txtar"
)

func TestTextWidth(t *testing.T) {
	for _, tc := range []struct {
		s     string
		cells int
	}{
		{"", 0},
		{"wait A", 6},
		{"héllo", 5},       // precomposed é: one cell
		{"he\u0301llo", 5}, // e + combining acute: the accent takes none
		{"日本", 4},          // wide characters take two
		{"a\u200bb", 2},    // zero-width space
	} {
		require.InDelta(t, float64(tc.cells)*charWidth*10, textWidth(tc.s, 10), 1e-9, "%q", tc.s)
	}
}

func TestWrapAndShorten(t *testing.T) {
	require.Equal(t, []string{"wait {producer: Producer,", "consumer: Consumer}"},
		wrap("wait {producer: Producer, consumer: Consumer}", 30))
	require.Equal(t, []string{"short"}, wrap("short", 30))
	require.Equal(t, []string{"averyveryverylongword", "x"}, wrap("averyveryverylongword x", 5))
	require.Equal(t, "abc", shorten("abc"))
	long := strings.Repeat("x", 100)
	require.Equal(t, maxLabel, len([]rune(shorten(long))))
	require.True(t, strings.HasSuffix(shorten(long), "…"))
}

func TestMermaidNames(t *testing.T) {
	for id, ok := range map[string]bool{
		"Producer": true, "w1": true, "_x": true, "function": true,
		"end": false, "left": false, "Note": false, "1w": false, "a-b": false, "élan": false, "": false,
	} {
		require.Equal(t, ok, plainID(id), id)
	}
	require.Equal(t, "n #62; 0 #38;#38; a#59; b #35;1 #60;- w", mermaidText("n > 0 && a; b #1 <- w"))
	require.Equal(t, "a b", mermaidText("a\nb"))
}

func TestExprText(t *testing.T) {
	src := `function f(int a, int b, int[] xs, map<int> m) {
    _ = (a + b) * 2;
    _ = a + b * 2;
    _ = a - (b - 1);
    _ = a is int ? xs[0] : m["k"];
    _ = check int:fromString(string ` + "`n=${a}`" + `);
    _ = {x: a, "y": [1, 2.5, true, ()], ...m};
    _ = <float>a;
    _ = !(a > b) || xs.length() == 0;
}
`
	file, diags := frontend.Parse(&frontend.Source{Name: "t.bal", Text: []byte(src)})
	require.Empty(t, diags)
	var got []string
	for _, s := range file.Decls[0].(*frontend.FuncDecl).Body.Stmts {
		got = append(got, exprText(s.(*frontend.AssignStmt).Value))
	}
	require.Equal(t, []string{
		"(a + b) * 2",
		"a + b * 2",
		"a - (b - 1)",
		"a is int ? xs[0] : m[\"k\"]",
		"check int:fromString(string `n=${a}`)",
		"{x: a, y: [1, 2.5, true, ()], ...m}",
		"<float>a",
		"!(a > b) || xs.length() == 0",
	}, got)
}

func TestFileName(t *testing.T) {
	require.Equal(t, "main.svg", (&Diagram{Func: "main"}).FileName())
	require.Equal(t, "get_albums__string_id.svg", (&Diagram{Func: "get albums/[string id]"}).FileName())
}

// TestDrawsWithoutTheChecker: a program the checker has not seen still
// gives its client calls (the worker messages need the slot table).
func TestDrawsWithoutTheChecker(t *testing.T) {
	src := `function f() {
    worker w {
        1 -> function;
    }
    int x = <- w;
    string s = check c->get("/x");
}
`
	file, diags := frontend.Parse(&frontend.Source{Name: "t.bal", Text: []byte(src)})
	require.Empty(t, diags)
	fn := funcOf(file.Decls[0].(*frontend.FuncDecl))
	require.True(t, interesting(fn))
	d := Build(nil, fn)
	require.Equal(t, "%% f in t.bal\nsequenceDiagram\n    title f\n    participant function as f\n    participant w\n    participant c\n"+
		"    function->>+c: get(\"/x\")\n    c-->>-function: s\n", Mermaid(d))
}

// TestNoPanicOnTheWholeCorpus draws every function of every program of the
// golden corpus, the rejected ones included (with whatever the checker
// gives), in both formats.
func TestNoPanicOnTheWholeCorpus(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "..", "golden", "testdata", "*", "*.txtar"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	drawn := 0
	for _, p := range paths {
		a, err := txtar.ParseFile(p)
		require.NoError(t, err)
		for _, f := range a.Files {
			if f.Name != "input.bal" {
				continue
			}
			file, _ := frontend.Parse(&frontend.Source{Name: "input.bal", Text: f.Data})
			prog, _ := check.Check(file)
			for _, fn := range funcs(file) {
				d := Build(prog, fn)
				require.NotEmpty(t, Mermaid(d), p)
				checkSVG(t, p+": "+fn.Name, SVG(d))
				drawn++
			}
		}
	}
	require.Greater(t, drawn, 300)
}
