package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

const twoWorkers = `import ballerina/io;

public function main() {
    worker A {
        10 -> B;
    }
    worker B {
        int x = <- A;
        io:println(x);
    }
    wait A;
}

function helper() {
    fork {
        worker f1 {
            "hi" -> f2;
        }
        worker f2 {
            string s = <- f1;
            io:println(s);
        }
    }
}

function plain() returns int {
    return 1;
}
`

func TestDiagramUsageErrors(t *testing.T) {
	code, _, stderr := runCLI(t, "diagram", "-h")
	require.Equal(t, 0, code)
	require.Contains(t, stderr, "usage: bal2go diagram [-format mermaid|svg] [-func NAME] [-o OUT]")
	require.Contains(t, stderr, "-format")

	file := writeBal(t, "w.bal", twoWorkers)
	for _, args := range [][]string{
		{"diagram", "-nosuchflag", file},
		{"diagram", "-format", "png", file},
		{"diagram", filepath.Join(t.TempDir(), "missing.bal")},
		{"diagram"},
		{"diagram", file, file},
	} {
		code, stdout, stderr := runCLI(t, args...)
		require.Equal(t, 2, code, "%v", args)
		require.Empty(t, stdout, "%v", args)
		require.Equal(t, 1, strings.Count(stderr, "\n"), "%v: a one-line error, got %q", args, stderr)
	}
}

func TestDiagramMermaid(t *testing.T) {
	file := writeBal(t, "w.bal", twoWorkers)
	code, stdout, stderr := runCLI(t, "diagram", file)
	require.Equal(t, 0, code, stderr)
	require.Empty(t, stderr)
	// every function with workers, each headed by its own comment and title
	require.Equal(t, 2, strings.Count(stdout, "sequenceDiagram\n"))
	require.Contains(t, stdout, "%% main in w.bal\nsequenceDiagram\n    title main\n")
	require.Contains(t, stdout, "    A->>B: 10\n")
	require.Contains(t, stdout, "    Note over function: wait A\n")
	require.Contains(t, stdout, "%% helper in w.bal\n")
	require.Contains(t, stdout, "    box fork\n")
	require.NotContains(t, stdout, "plain")

	code, stdout, _ = runCLI(t, "diagram", "-func", "plain", file)
	require.Equal(t, 0, code)
	require.Contains(t, stdout, "participant function as plain")

	code, _, stderr = runCLI(t, "diagram", "-func", "nosuch", file)
	require.Equal(t, 1, code)
	require.Contains(t, stderr, "has no function 'nosuch'")
}

func TestDiagramErrorsAndUnsupported(t *testing.T) {
	bad := writeBal(t, "bad.bal", "public function main() {\n    int x = \"s\";\n}\n")
	code, stdout, stderr := runCLI(t, "diagram", bad)
	require.Equal(t, 1, code)
	require.Empty(t, stdout)
	require.Contains(t, stderr, "bad.bal:2:13: error: incompatible types")

	// what bal2go cannot compile yet does not stop a diagram
	unsup := writeBal(t, "u.bal", `import ballerina/io;

public function main() {
    worker w {
        xml? price = ();
        io:println(price);
        1 -> function;
    }
    int n = <- w;
    io:println(n);
}
`)
	code, _, stderr = runCLI(t, "check", unsup)
	require.Equal(t, 1, code)
	require.Contains(t, stderr, "not supported by bal2go yet")
	code, stdout, stderr = runCLI(t, "diagram", unsup)
	require.Equal(t, 0, code, stderr)
	require.Empty(t, stderr)
	require.Contains(t, stdout, "w->>function: 1")

	none := writeBal(t, "none.bal", hello)
	code, _, stderr = runCLI(t, "diagram", none)
	require.Equal(t, 1, code)
	require.Contains(t, stderr, "no function has workers or client calls")
}

func TestDiagramSVGFiles(t *testing.T) {
	file := writeBal(t, "w.bal", twoWorkers)
	dir := t.TempDir()

	// several functions: a directory, or -func
	code, _, stderr := runCLI(t, "diagram", "-format", "svg", file)
	require.Equal(t, 2, code)
	require.Contains(t, stderr, "2 functions have diagrams (main, helper)")
	code, _, stderr = runCLI(t, "diagram", "-format", "svg", "-o", filepath.Join(dir, "svgs"), file)
	require.Equal(t, 0, code, stderr)
	for _, name := range []string{"main.svg", "helper.svg"} {
		data, err := os.ReadFile(filepath.Join(dir, "svgs", name))
		require.NoError(t, err)
		require.True(t, strings.HasPrefix(string(data), "<svg xmlns=\"http://www.w3.org/2000/svg\""))
	}

	// one function to stdout and to a file, written only when it changed
	code, stdout, _ := runCLI(t, "diagram", "-format", "svg", "-func", "main", file)
	require.Equal(t, 0, code)
	require.Contains(t, stdout, "<title>Sequence diagram of main (w.bal)</title>")
	out := filepath.Join(dir, "main.svg")
	code, _, _ = runCLI(t, "diagram", "-format", "svg", "-func", "main", "-o", out, file)
	require.Equal(t, 0, code)
	data, err := os.ReadFile(out)
	require.NoError(t, err)
	require.Equal(t, stdout, string(data))
	old := time.Now().Add(-time.Hour)
	require.NoError(t, os.Chtimes(out, old, old))
	code, _, _ = runCLI(t, "diagram", "-format", "svg", "-func", "main", "-o", out, file)
	require.Equal(t, 0, code)
	st, err := os.Stat(out)
	require.NoError(t, err)
	require.True(t, st.ModTime().Equal(old), "an unchanged diagram is not rewritten")
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	for _, e := range entries {
		require.False(t, strings.HasPrefix(e.Name(), ".bal2go-"), "temporary file left behind: %s", e.Name())
	}

	// a file that does not check leaves the old diagram alone
	require.NoError(t, os.WriteFile(file, []byte("public function main() {\n    int x = \"s\";\n}\n"), 0o644))
	code, _, _ = runCLI(t, "diagram", "-format", "svg", "-func", "main", "-o", out, file)
	require.Equal(t, 1, code)
	again, err := os.ReadFile(out)
	require.NoError(t, err)
	require.Equal(t, data, again)
}
