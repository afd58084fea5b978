package bench

import (
	"bytes"
	"fmt"
	"math"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bal2go/bal2go"
)

// A program of the suite: NAME/NAME.bal and its twin NAME/twin.go.
type program struct {
	name     string
	bal, twn string // built binaries
	http     bool   // imports ballerina/http: both get the URL of the test server as argument
}

// result is what one program's benchmark measured (medians over its iterations).
type result struct {
	bal, twin time.Duration
	runs      int
}

var (
	buildOnce sync.Once
	buildErr  error
	workDir   string // the temporary module, removed by TestMain
	suite     []*program
	server    *httptest.Server // for the programs that use HTTP, closed by TestMain

	resultsMu sync.Mutex
	results   = map[string]result{}
)

func TestMain(m *testing.M) {
	code := m.Run()
	if server != nil {
		server.Close()
	}
	if workDir != "" {
		os.RemoveAll(workDir)
	}
	if len(results) > 0 {
		fmt.Print(table())
	}
	os.Exit(code)
}

// programNames lists the directories NAME holding NAME/NAME.bal and NAME/twin.go.
func programNames() ([]string, error) {
	entries, err := os.ReadDir(".")
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		n := e.Name()
		if !e.IsDir() {
			continue
		}
		if _, err := os.Stat(filepath.Join(n, n+".bal")); err != nil {
			continue
		}
		if _, err := os.Stat(filepath.Join(n, "twin.go")); err != nil {
			return nil, fmt.Errorf("%s: %s.bal has no twin.go", n, n)
		}
		names = append(names, n)
	}
	return names, nil
}

// buildSuite transpiles every program and builds it and its twin in one
// temporary module (the runtime is compiled once), like the golden tests do.
func buildSuite() error {
	names, err := programNames()
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "bal2go-bench-")
	if err != nil {
		return err
	}
	workDir = dir
	files := bal2go.ProgramModule("benchprogs")
	for _, n := range names {
		src, err := os.ReadFile(filepath.Join(n, n+".bal"))
		if err != nil {
			return err
		}
		gen, diags := bal2go.Transpile(n+".bal", src, bal2go.Options{})
		if gen == nil {
			var msgs strings.Builder
			for _, d := range diags {
				fmt.Fprintf(&msgs, "%s: %s\n", d.Pos, d.Message)
			}
			return fmt.Errorf("transpiling %s.bal failed:\n%s", n, msgs.String())
		}
		twin, err := os.ReadFile(filepath.Join(n, "twin.go"))
		if err != nil {
			return err
		}
		files[n+"_bal/main.go"] = gen
		files[n+"_go/main.go"] = bytes.Replace(twin, []byte("//go:build ignore\n"), nil, 1)
		bin := filepath.Join(dir, "bin", n)
		p := &program{name: n, bal: bin + "_bal", twn: bin + "_go", http: bytes.Contains(src, []byte("import ballerina/http;"))}
		suite = append(suite, p)
		if p.http && server == nil {
			server = httptest.NewServer(http.HandlerFunc(serveItem))
		}
	}
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			return err
		}
	}
	build := exec.Command("go", "build", "-o", filepath.Join(dir, "bin")+string(filepath.Separator), "./...")
	build.Dir = dir
	build.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "GOPROXY=off")
	if out, err := build.CombinedOutput(); err != nil {
		return fmt.Errorf("go build of the suite failed: %v\n%s", err, out)
	}
	return nil
}

// serveItem answers the HTTP programs' calls (GET /item/N): a short text after a
// millisecond, as a service across a fast network would.
func serveItem(w http.ResponseWriter, r *http.Request) {
	time.Sleep(time.Millisecond)
	w.Header().Set("Content-Type", "text/plain")
	fmt.Fprintf(w, "%s %s", r.URL.Path, strings.Repeat("x", 64))
}

// runOnce runs a binary and returns its wall time and standard output; a
// non-zero exit or any standard error output is a failure.
func runOnce(bin string, args ...string) (time.Duration, string, error) {
	cmd := exec.Command(bin, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.Env = append(os.Environ(), "BAL2GO_TRACE=", "BAL2GO_GOTRACE=")
	start := time.Now()
	err := cmd.Run()
	d := time.Since(start)
	if err != nil || stderr.Len() > 0 {
		return d, "", fmt.Errorf("%s: %v\n%s", filepath.Base(bin), err, stderr.String())
	}
	return d, stdout.String(), nil
}

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	if n := len(s); n%2 == 0 {
		return (s[n/2-1] + s[n/2]) / 2
	}
	return s[len(s)/2]
}

// BenchmarkProgram runs each program of the suite and its Go twin back to back
// (alternating which goes first) once per iteration. It reports the median
// wall times (bal2go-ms, go-ms) and their ratio (bal2go/go).
func BenchmarkProgram(b *testing.B) {
	buildOnce.Do(func() { buildErr = buildSuite() })
	if buildErr != nil {
		b.Fatal(buildErr)
	}
	for _, p := range suite {
		b.Run(p.name, func(b *testing.B) {
			var args []string
			if p.http {
				args = []string{server.URL}
			}
			var balTimes, goTimes []time.Duration
			for i := 0; i < b.N; i++ {
				order := []string{p.bal, p.twn}
				if i%2 == 1 {
					order[0], order[1] = order[1], order[0]
				}
				out := map[string]string{}
				for _, bin := range order {
					d, stdout, err := runOnce(bin, args...)
					if err != nil {
						b.Fatal(err)
					}
					out[bin] = stdout
					if bin == p.bal {
						balTimes = append(balTimes, d)
					} else {
						goTimes = append(goTimes, d)
					}
				}
				if out[p.bal] != out[p.twn] {
					b.Fatalf("%s: outputs differ\n--- bal2go\n%s--- go\n%s", p.name, out[p.bal], out[p.twn])
				}
			}
			r := result{bal: median(balTimes), twin: median(goTimes), runs: b.N}
			resultsMu.Lock()
			results[p.name] = r
			resultsMu.Unlock()
			b.ReportMetric(0, "ns/op")
			b.ReportMetric(float64(r.bal.Microseconds())/1000, "bal2go-ms")
			b.ReportMetric(float64(r.twin.Microseconds())/1000, "go-ms")
			b.ReportMetric(float64(r.bal)/float64(r.twin), "bal2go/go")
		})
	}
}

// table renders the results as the Markdown table of the README.
func table() string {
	var names []string
	for n := range results {
		names = append(names, n)
	}
	slices.Sort(names)
	var sb strings.Builder
	fmt.Fprintf(&sb, "\nMachine: %s, %d CPUs; %s %s/%s\n\n", cpuModel(), runtime.NumCPU(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
	sb.WriteString("| program | bal2go | Go | bal2go/Go | runs |\n|---|---:|---:|---:|---:|\n")
	logSum := 0.0
	for _, n := range names {
		r := results[n]
		ratio := float64(r.bal) / float64(r.twin)
		logSum += math.Log(ratio)
		fmt.Fprintf(&sb, "| %s | %s | %s | %.2f | %d |\n", n, ms(r.bal), ms(r.twin), ratio, r.runs)
	}
	fmt.Fprintf(&sb, "| **geometric mean** | | | **%.2f** | |\n", math.Exp(logSum/float64(len(names))))
	return sb.String()
}

func ms(d time.Duration) string { return fmt.Sprintf("%.0f ms", float64(d.Microseconds())/1000) }

// cpuModel is the processor's name from /proc/cpuinfo, where there is one.
func cpuModel() string {
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return runtime.GOARCH
	}
	for _, line := range strings.Split(string(data), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return runtime.GOARCH
}
