package bal2go_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/bal2go/bal2go"
	"github.com/bal2go/bal2go/check"
	"github.com/bal2go/bal2go/codegen"
	"github.com/bal2go/bal2go/frontend"
	"github.com/stretchr/testify/require"
)

// Transpiler speed. BenchmarkTranspile reports lines per second for parse, check and
// emit on a generated 20,000-line program; BenchmarkCLI times the bal2go binary:
// `gen` of that program, and the time `bal2go run` adds to a program's own run time
// when its binary is cached:
//
//	go test -run XXX -bench 'Transpile|CLI' -benchtime 5x .

// bigProgram returns a Ballerina program of at least lines lines: record types,
// functions with loops, branches, lists, maps, templates, match and check, and
// functions with a worker exchanging messages, each chunk different, and a main that
// calls some of them.
func bigProgram(lines int) []byte {
	var b bytes.Buffer
	b.WriteString("import ballerina/io;\n\n")
	var calls []string
	for k := 0; bytes.Count(b.Bytes(), []byte("\n")) < lines-20; k++ {
		fmt.Fprintf(&b, `type Rec%[1]d record {|
    int id;
    string name;
    float score;
|};

function compute%[1]d(int n, string label) returns int|error {
    int total = %[2]d;
    map<int> counts = {};
    Rec%[1]d[] recs = [];
    foreach int i in 0 ..< n {
        int sq = i * i %% 97;
        if sq > 50 {
            total += sq - %[3]d;
        } else if sq == %[3]d {
            total -= 1;
        } else {
            total += i;
        }
        counts[label] = total;
        recs.push({id: i, name: label + i.toString(), score: <float>i * 1.5});
    }
    string msg = string `+"`${label}: ${total}`"+`;
    match total %% 3 {
        0 => {
            msg += "!";
        }
        1 => {
            msg += "?";
        }
        _ => {
            msg += ".";
        }
    }
    int parsed = check int:fromString("%[1]d");
    return total + parsed + msg.length() + recs.length() + counts.length();
}

function exchange%[1]d(int x) returns int {
    worker W returns int {
        int v = <- function;
        v * 2 -> function;
        return v;
    }
    x -> W;
    int r = <- W;
    int w = wait W;
    return r + w;
}

`, k, k%13, k%7)
		if k < 10 {
			calls = append(calls, fmt.Sprintf("    sum += check compute%d(%d, \"c%d\") + exchange%d(%d);\n", k, 10+k, k, k, k))
		}
	}
	b.WriteString("public function main() returns error? {\n    int sum = 0;\n")
	for _, c := range calls {
		b.WriteString(c)
	}
	b.WriteString("    io:println(sum);\n}\n")
	return b.Bytes()
}

// TestBigProgram keeps the benchmarks' input a valid program.
func TestBigProgram(t *testing.T) {
	src := bigProgram(300)
	out, diags := bal2go.Transpile("big.bal", src, bal2go.Options{})
	require.NotNil(t, out, "%v", diags)
	require.Empty(t, diags)
}

const bigLines = 20_000

func BenchmarkTranspile(b *testing.B) {
	src := bigProgram(bigLines)
	lines := float64(bytes.Count(src, []byte("\n")))
	var parse, chk, emit []time.Duration
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		file, diags := frontend.Parse(&frontend.Source{Name: "big.bal", Text: src})
		t1 := time.Now()
		prog, cdiags := check.Check(file)
		t2 := time.Now()
		out, gdiags := codegen.Generate(prog, codegen.Options{Package: "main"})
		t3 := time.Now()
		if len(diags)+len(cdiags)+len(gdiags) > 0 || out == nil {
			b.Fatalf("diagnostics: %v %v %v", diags, cdiags, gdiags)
		}
		parse, chk, emit = append(parse, t1.Sub(t0)), append(chk, t2.Sub(t1)), append(emit, t3.Sub(t2))
	}
	perSec := func(d time.Duration) float64 { return lines / d.Seconds() }
	p, c, e := median(parse), median(chk), median(emit)
	b.ReportMetric(0, "ns/op")
	b.ReportMetric(perSec(p), "parse-lines/s")
	b.ReportMetric(perSec(c), "check-lines/s")
	b.ReportMetric(perSec(p+c), "parse+check-lines/s")
	b.ReportMetric(perSec(e), "emit-lines/s")
	b.ReportMetric(float64((p+c+e).Microseconds())/1000, "total-ms")
}

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}

// BenchmarkCLI builds the bal2go command and times, as processes: `bal2go gen` of the
// 20,000-line program (gen-ms), and for examples/hello, `bal2go run` with its binary
// cached (run-ms) against that binary run directly (direct-ms); run-overhead-ms is
// their difference.
func BenchmarkCLI(b *testing.B) {
	dir := b.TempDir()
	tool := filepath.Join(dir, "bal2go")
	if out, err := exec.Command("go", "build", "-o", tool, "./cmd/bal2go").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	big := filepath.Join(dir, "big.bal")
	require.NoError(b, os.WriteFile(big, bigProgram(bigLines), 0o644))
	cache := filepath.Join(dir, "cache")
	env := append(os.Environ(), "BAL2GO_CACHE="+cache)
	timed := func(name string, args ...string) time.Duration {
		cmd := exec.Command(name, args...)
		cmd.Env = env
		start := time.Now()
		out, err := cmd.CombinedOutput()
		if err != nil {
			b.Fatalf("%s %v: %v\n%s", name, args, err, out)
		}
		return time.Since(start)
	}
	hello := filepath.Join("examples", "hello", "hello.bal")
	timed(tool, "run", hello) // builds and caches the binary
	bins, err := filepath.Glob(filepath.Join(cache, "bin", "*"))
	require.NoError(b, err)
	require.Len(b, bins, 1)
	var gen, run, direct []time.Duration
	for i := 0; i < b.N; i++ {
		gen = append(gen, timed(tool, "gen", "-o", filepath.Join(dir, "big.go"), big))
		run = append(run, timed(tool, "run", hello))
		direct = append(direct, timed(bins[0]))
	}
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	b.ReportMetric(0, "ns/op")
	b.ReportMetric(ms(median(gen)), "gen-ms")
	b.ReportMetric(ms(median(run)), "run-ms")
	b.ReportMetric(ms(median(direct)), "direct-ms")
	b.ReportMetric(ms(median(run)-median(direct)), "run-overhead-ms")
}
