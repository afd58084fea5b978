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
	names = append(names, "seed-concurrent/services") // a second program of that example
	require.GreaterOrEqual(t, len(names), 6)
	return names
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
		if strings.HasPrefix(name, "seed-concurrent") {
			continue // needs its services: TestSeedConcurrentEndToEnd
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

// TestSeedConcurrentEndToEnd runs the lookup and report services of
// examples/seed-concurrent, then its client program, whose two workers
// call the services while they exchange messages; SIGTERM then stops the
// services gracefully.
func TestSeedConcurrentEndToEnd(t *testing.T) {
	bin := buildExamples(t, "./examples/seed-concurrent/...")
	svc := exec.Command(filepath.Join(bin, "services"))
	// The services' stderr goes to a file: a buffer would be written by
	// exec's copying goroutine while the test reads it.
	errFile, err := os.Create(filepath.Join(bin, "services.stderr"))
	require.NoError(t, err)
	defer errFile.Close()
	svc.Stderr = errFile
	svcErr := func() string { data, _ := os.ReadFile(errFile.Name()); return string(data) }
	require.NoError(t, svc.Start())
	defer func() { _ = svc.Process.Kill() }()
	for _, port := range []string{"29091", "29092"} {
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
	}
	client := exec.Command(filepath.Join(bin, "seed-concurrent"), "http://127.0.0.1:29091", "http://127.0.0.1:29092")
	got, err := client.CombinedOutput()
	require.NoError(t, err, "%s", got)
	want, err := os.ReadFile(filepath.Join("examples", "seed-concurrent", "seed-concurrent.out"))
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
