package bal2go_test

import (
	"bytes"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/bal2go/bal2go"
	"github.com/stretchr/testify/require"
)

// exampleNames lists examples/NAME/NAME.bal.
func exampleNames(t *testing.T) []string {
	dirs, err := os.ReadDir("examples")
	require.NoError(t, err)
	var names []string
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join("examples", d.Name(), d.Name()+".bal")); err == nil {
			names = append(names, d.Name())
		}
	}
	for _, e := range endToEnd {
		names = append(names, e.example+"/"+e.services) // the example's second program
	}
	require.GreaterOrEqual(t, len(names), 6)
	return names
}

// endToEnd lists the examples that are a client program and the services it
// calls (a second program, in a directory of the example's own).
var endToEnd = []struct {
	example, services string
	ports             []string // the services listen on 127.0.0.1:PORT
}{
	{"seed-concurrent", "services", []string{"29091", "29092"}},
	{"albums", "service", []string{"29093"}},
}

// needsServices reports whether example name (or a program of it) needs its
// services to run.
func needsServices(name string) bool {
	for _, e := range endToEnd {
		if name == e.example || strings.HasPrefix(name, e.example+"/") {
			return true
		}
	}
	return false
}

// TestExamplesFresh fails when a checked-in examples/NAME/main.go is not what
// bal2go generates now: run `go generate ./...`.
func TestExamplesFresh(t *testing.T) {
	for _, name := range exampleNames(t) {
		t.Run(name, func(t *testing.T) {
			balPath := filepath.Join("examples", name, filepath.Base(name)+".bal")
			src, err := os.ReadFile(balPath)
			require.NoError(t, err)
			out, diags := bal2go.Transpile(balPath, src, bal2go.Options{})
			require.NotNil(t, out, "diagnostics: %v", diags)
			have, err := os.ReadFile(filepath.Join("examples", name, "main.go"))
			require.NoError(t, err)
			require.True(t, bytes.Equal(out, have), "examples/%s/main.go is stale: run go generate ./...", name)
		})
	}
}

// TestExamplesRun builds every example and compares its output with
// examples/NAME/NAME.out (stdout, then "exit N" when it is not 0).
func TestExamplesRun(t *testing.T) {
	bin := buildExamples(t, "./examples/...")
	for _, name := range exampleNames(t) {
		if needsServices(name) {
			continue // TestEndToEnd
		}
		t.Run(name, func(t *testing.T) {
			want, err := os.ReadFile(filepath.Join("examples", name, name+".out"))
			require.NoError(t, err)
			cmd := exec.Command(filepath.Join(bin, name))
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err = cmd.Run()
			got := stdout.String()
			if ee, ok := err.(*exec.ExitError); ok {
				got += "exit " + strconv.Itoa(ee.ExitCode()) + "\n" + stderr.String()
			} else {
				require.NoError(t, err)
			}
			require.Equal(t, string(want), got)
		})
	}
}

// TestEndToEnd runs the services of each example of endToEnd, then its client
// program with the services' URLs (seed-concurrent: two workers call the lookup
// and report services while they exchange messages; albums: resource and remote
// calls of http:Client with path and query parameters, headers and payloads),
// compares the client's output with examples/NAME/NAME.out, and stops the
// services gracefully with SIGTERM.
func TestEndToEnd(t *testing.T) {
	for _, e := range endToEnd {
		t.Run(e.example, func(t *testing.T) {
			bin := buildExamples(t, "./examples/"+e.example+"/...")
			svc := exec.Command(filepath.Join(bin, e.services))
			// The services' stderr goes to a file: a buffer would be written by
			// exec's copying goroutine while the test reads it.
			errFile, err := os.Create(filepath.Join(bin, "services.stderr"))
			require.NoError(t, err)
			defer errFile.Close()
			svc.Stderr = errFile
			svcErr := func() string { data, _ := os.ReadFile(errFile.Name()); return string(data) }
			require.NoError(t, svc.Start())
			defer func() { _ = svc.Process.Kill() }()
			var urls []string
			for _, port := range e.ports {
				deadline := time.Now().Add(10 * time.Second)
				for {
					c, err := net.DialTimeout("tcp", "127.0.0.1:"+port, 200*time.Millisecond)
					if err == nil {
						c.Close()
						break
					}
					require.True(t, time.Now().Before(deadline), "service on port %s did not start: %s", port, svcErr())
					time.Sleep(50 * time.Millisecond)
				}
				urls = append(urls, "http://127.0.0.1:"+port)
			}
			client := exec.Command(filepath.Join(bin, e.example), urls...)
			got, err := client.CombinedOutput()
			require.NoError(t, err, "%s", got)
			want, err := os.ReadFile(filepath.Join("examples", e.example, e.example+".out"))
			require.NoError(t, err)
			require.Equal(t, string(want), string(got))

			require.NoError(t, svc.Process.Signal(syscall.SIGTERM))
			done := make(chan error, 1)
			go func() { done <- svc.Wait() }()
			select {
			case err := <-done:
				require.NoError(t, err, "services did not exit 0 on SIGTERM: %s", svcErr())
			case <-time.After(40 * time.Second):
				t.Fatal("services did not stop on SIGTERM")
			}
		})
	}
}

// buildExamples builds the example programs matching pattern into a
// temporary directory, with -race when the tests run under it.
func buildExamples(t *testing.T, pattern string) string {
	bin := t.TempDir()
	args := []string{"build", "-o", bin + string(filepath.Separator)}
	if raceBuild {
		args = append(args, "-race")
	}
	out, err := exec.Command("go", append(args, pattern)...).CombinedOutput()
	require.NoError(t, err, "%s", out)
	return bin
}
