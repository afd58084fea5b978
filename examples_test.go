package bal2go_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

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
	require.GreaterOrEqual(t, len(names), 6)
	return names
}

// TestExamplesFresh fails when a checked-in examples/NAME/main.go is not what
// bal2go generates now: run `go generate ./...`.
func TestExamplesFresh(t *testing.T) {
	for _, name := range exampleNames(t) {
		t.Run(name, func(t *testing.T) {
			balPath := filepath.Join("examples", name, name+".bal")
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
	bin := t.TempDir()
	build := exec.Command("go", "build", "-o", bin+string(filepath.Separator), "./examples/...")
	out, err := build.CombinedOutput()
	require.NoError(t, err, "%s", out)
	for _, name := range exampleNames(t) {
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
