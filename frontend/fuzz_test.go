package frontend

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// checkParse asserts the properties every input must have: Parse returns a
// file, every diagnostic has a known position inside the source, nothing
// is reported as an internal error, and the tree can be dumped.
func checkParse(t testing.TB, src []byte) {
	f, diags := Parse(&Source{Name: "fuzz.bal", Text: src})
	if f == nil {
		t.Fatalf("Parse returned a nil file")
	}
	for _, d := range diags {
		if !d.Pos.IsKnown() {
			t.Fatalf("diagnostic without a position: %s", d.Message)
		}
		if d.Pos.Off < 0 || d.Pos.Off > len(src) {
			t.Fatalf("diagnostic outside the source: %s at offset %d of %d", d.Message, d.Pos.Off, len(src))
		}
		if d.Code == "internal" {
			t.Fatalf("internal error: %s at %s", d.Message, d.Pos)
		}
	}
	_ = Dump(f)
}

// seedFiles returns every .bal file under testdata.
func seedFiles(t testing.TB) []string {
	var files []string
	err := filepath.WalkDir("testdata", func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".bal") {
			files = append(files, path)
		}
		return err
	})
	require.NoError(t, err)
	return files
}

var inlineSeeds = []string{
	"",
	"function main() {}",
	"function f() { x = string `a ${b} c ${ {d: 1}[\"d\"] }`; }",
	"function f() { int x = <- w1 | w2; x ->> function; wait {a: f1, b}; flush; }",
	"function f() { fork { worker a { 1 -> b; } worker b { int v = <- a; } } }",
	"service /a on new http:Listener(8080) { resource function get b/[string c]() {} }",
	"type R record {| int a; string...; |}; const X = -9223372036854775808;",
	"function f() { map<map<int>> m = {}; m[\"a\"][\"b\"] >>>= 1; }",
	"function f() { match x { 1 | -1 => {} var y if y > 0 => {} _ => {} } }",
	"function f() { match x { [1, var y, ...var r] | {a: var y, ...var r} => {} error E(var m, _, c = var y) => {} var [a, {b}] => {} } }",
	"function f() { [int, [string, int...]] [a, [b, ...c]] = t; var {x, y: [z, _], ...r} = p; error(m, c, k = v, ...d) = e; }",
	"function f() { [a, b] = [b, a]; {x, y: w, ...r} = p; foreach var [k, v] in m.entries() { } E error E(m) = e; }",
	"function f() { var g = (a, b) => a + b; c->/x/[y].get(z = 1); }",
	"`${`${`",
	"function f() { ((((((((",
	"{|}|{|",
	"'",
	"\"\\u{",
	"0x 1e 1.2.3 ..< ... ->> <-",
}

func FuzzParse(f *testing.F) {
	for _, file := range seedFiles(f) {
		b, err := os.ReadFile(file)
		require.NoError(f, err)
		f.Add(b)
	}
	for _, s := range inlineSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		checkParse(t, src)
	})
}

// TestParseMutations is a deterministic stand-in for fuzzing that runs with
// every `go test`: it parses many damaged versions of the test programs
// (truncated, with tokens deleted, duplicated or swapped).
func TestParseMutations(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for _, file := range seedFiles(t) {
		src, err := os.ReadFile(file)
		require.NoError(t, err)
		for range 150 {
			checkParse(t, mutate(rng, src))
		}
		for cut := 0; cut < len(src); cut += 1 + len(src)/97 {
			checkParse(t, src[:cut])
		}
	}
}

func mutate(rng *rand.Rand, src []byte) []byte {
	b := append([]byte(nil), src...)
	for range 1 + rng.Intn(4) {
		if len(b) == 0 {
			return b
		}
		i := rng.Intn(len(b))
		j := min(len(b), i+1+rng.Intn(12))
		switch rng.Intn(4) {
		case 0: // delete a range
			b = append(b[:i], b[j:]...)
		case 1: // duplicate a range
			b = append(b[:j], append(append([]byte(nil), b[i:j]...), b[j:]...)...)
		case 2: // insert a significant character
			c := "{}()[]<>;,.:?|`$\"'-=@/"[rng.Intn(22)]
			b = append(b[:i], append([]byte{c}, b[i:]...)...)
		case 3: // swap two bytes
			b[i], b[j-1] = b[j-1], b[i]
		}
	}
	return b
}

func TestDeepNesting(t *testing.T) {
	const n = 20000
	tests := []struct{ name, src string }{
		{"parentheses", "function f() { int x = " + strings.Repeat("(", n) + "1" + strings.Repeat(")", n) + "; }"},
		{"parenthesized statement", "function f() { " + strings.Repeat("(", n) + "g()" + strings.Repeat(")", n) + "; }"},
		{"blocks", "function f() { " + strings.Repeat("{", n) + strings.Repeat("}", n) + " }"},
		{"if statements", "function f() { " + strings.Repeat("if x { ", n) + strings.Repeat("} ", n) + "}"},
		{"unary operators", "function f() { int x = " + strings.Repeat("-", n) + "1; }"},
		{"lists", "function f() { x = " + strings.Repeat("[", n) + strings.Repeat("]", n) + "; }"},
		{"mappings", "function f() { x = " + strings.Repeat("{a: ", n) + "1" + strings.Repeat("}", n) + "; }"},
		{"map types", "function f() { " + strings.Repeat("map<", n) + "int" + strings.Repeat(">", n) + " m = {}; }"},
		{"tuple types", "function f() { " + strings.Repeat("[", n) + "int" + strings.Repeat("]", n) + " t = x; }"},
		{"arrow functions", "function f() { x = " + strings.Repeat("a => ", n) + "1; }"},
		{"conditionals", "function f() { x = " + strings.Repeat("a ? ", n) + "1" + strings.Repeat(" : 2", n) + "; }"},
		{"templates", "function f() { x = " + strings.Repeat("string `${", n) + strings.Repeat("}`", n) + "; }"},
		{"anonymous functions", "function f() { x = " + strings.Repeat("function () { ", n) + strings.Repeat("}; ", n) + "}"},
		{"object constructors", "function f() { x = " + strings.Repeat("object { int a = ", n) + "1" + strings.Repeat("; }", n) + "; }"},
		{"object types", "function f() { " + strings.Repeat("object { ", n) + strings.Repeat("} a; ", n) + "}"},
		{"methods of object constructors", "function f() { x = " + strings.Repeat("object { function f() { x = ", n) + "1" +
			strings.Repeat("; } }", n) + "; }"},
		// A statement that is not a declaration is parsed twice, after the
		// speculation that it was one; the statements nested in it are not
		// speculated on twice, or each level would double the time.
		{"statements in the types of statements", "function f() { " +
			strings.Repeat("isolated client object { int a = object { function f() { ", n) +
			strings.Repeat("} }; }.x(); ", n) + "}"},
		{"statements in the record types of statements", "function f() { " +
			strings.Repeat("T|record { int a = function () { ", n) + strings.Repeat("}; }.x(); ", n) + "}"},
		{"unclosed parentheses", "function f() { x = " + strings.Repeat("(", n)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, diags := Parse(&Source{Name: "deep.bal", Text: []byte(tt.src)})
			require.NotNil(t, f)
			require.NotEmpty(t, diags)
			assert.Equal(t, "nesting too deep", diags[0].Message)
			if tt.name != "unclosed parentheses" {
				assert.Len(t, diags, 1, "%v", renderDiags(diags))
			}
		})
	}
}

// Long flat chains are not nesting: they must parse without complaint.
func TestLongChains(t *testing.T) {
	const n = 20000
	for name, src := range map[string]string{
		"else if":    "function f() { if a {}" + strings.Repeat(" else if a {}", n) + " }",
		"binary":     "function f() { x = 1" + strings.Repeat(" + 1", n) + "; }",
		"elvis":      "function f() { x = a" + strings.Repeat(" ?: a", n) + "; }",
		"postfix":    "function f() { x = a" + strings.Repeat(".b(1)[2]", n) + "; }",
		"statements": "function f() {" + strings.Repeat(" x = 1;", n) + " }",
		"union":      "type T int" + strings.Repeat("|int", n) + ";",
	} {
		t.Run(name, func(t *testing.T) {
			_, diags := Parse(&Source{Name: "long.bal", Text: []byte(src)})
			assert.Empty(t, renderDiags(diags))
		})
	}
}

// genProgram builds a realistic program of about the given number of lines.
func genProgram(lines int) []byte {
	var b strings.Builder
	b.WriteString("import ballerina/io;\n\ntype Point record {| int x; int y; |};\n\n")
	for i := 0; b.Len() < lines*30; i++ {
		b.WriteString("function f")
		b.WriteString(strings.Repeat("x", i%3))
		b.WriteString(`(int n, Point p, map<int> m) returns int|error {
    int total = 0;
    foreach int i in 0 ..< n {
        if i % 2 == 0 && p.x > i {
            total += m["k"] ?: i * 2;
        } else {
            total -= check int:fromString("1");
        }
    }
    worker w returns int {
        int v = <- function;
        return v + 1;
    }
    total -> w;
    int r = wait w;
    io:println(string ` + "`total ${total} r ${r}`" + `);
    return total;
}

`)
	}
	return []byte(b.String())
}

func BenchmarkParse(b *testing.B) {
	src := genProgram(20000)
	lines := strings.Count(string(src), "\n")
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for range b.N {
		_, diags := Parse(&Source{Name: "bench.bal", Text: src})
		if len(diags) != 0 {
			b.Fatal(diags[0].Error())
		}
	}
	b.ReportMetric(float64(lines)*float64(b.N)/b.Elapsed().Seconds(), "lines/s")
}

func TestGeneratedProgramParses(t *testing.T) {
	src := genProgram(2000)
	_, diags := Parse(&Source{Name: "gen.bal", Text: src})
	assert.Empty(t, renderDiags(diags))
}
