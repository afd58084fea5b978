package rt

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// programEnv selects a test program: the test binary re-runs itself with it set.
const programEnv = "RT_TEST_PROGRAM"

// programs are small Ballerina-like mains run in a subprocess by TestMainPrograms.
var programs = map[string]func(s *Strand) any{
	"hello": func(*Strand) any {
		Println("hello, ", int64(42))
		return nil
	},
	"return-error": func(*Strand) any {
		Println("before")
		return IntFromString("hello")
	},
	"return-plain-error": func(*Strand) any {
		return NewError("Input should less than 3", nil, nil)
	},
	"panic": func(*Strand) any { return demoMain() },
	"overflow": func(*Strand) any {
		Print("partial")
		return demoOverflow(9223372036854775807)
	},
	"args": func(*Strand) any {
		Println(ArgCount(), " ", ArgInt(0, "n"), " ", ArgFloat(1, "f"), " ", ArgString(2, "s"), " ", ArgBool(3, "b"))
		return nil
	},
	"optional-args": func(*Strand) any {
		n := OptionalArg(0, func() any { return ArgInt(0, "n") })
		ArgsEnd(1)
		Println("n=", n, " ", ArgPresent(-1))
		return nil
	},
}

func TestMain(m *testing.M) {
	if name := os.Getenv(programEnv); name != "" {
		SetModule("demo")
		Main(programs[name])
		return
	}
	os.Exit(m.Run())
}

// runProgram runs the named program in a subprocess and returns its stdout, stderr and
// exit code.
func runProgram(t *testing.T, name string, env []string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...) // TestMain runs the program before flag parsing
	cmd.Env = append(append(os.Environ(), programEnv+"="+name), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	var exitErr *exec.ExitError
	if errors.As(err, &exitErr) {
		code = exitErr.ExitCode()
	} else {
		require.NoError(t, err)
	}
	return stdout.String(), stderr.String(), code
}

func TestMainPrograms(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		env    []string
		stdout string
		stderr string
		code   int
	}{
		{name: "hello", stdout: "hello, 42\n", code: 0},
		{name: "return-error", stdout: "before\n",
			stderr: "error: {ballerina/lang.int}NumberParsingError {\"message\":\"'string' value 'hello' cannot be converted to 'int'\"}\n",
			code:   1},
		{name: "return-plain-error", stderr: "error: Input should less than 3\n", code: 1},
		{name: "panic", stdout: "start\n",
			stderr: "error: division by 0\n\tat demo:demoDivide(demo.bal:5)\n\t   demo:demoMain(demo.bal:12)\n",
			code:   1},
		{name: "overflow", stdout: "partial",
			stderr: "error: {ballerina}NumberOverflow {\"message\":\"int range overflow\"}\n\tat demo:demoOverflow(demo.bal:18)\n",
			code:   1},
		{name: "args", args: []string{"5", "2.5", "abc", "TRUE"}, stdout: "4 5 2.5 abc true\n"},
		{name: "args", args: []string{"0x1f", "1e3", "", "0"}, stdout: "4 31 1000.0  false\n"},
		{name: "args", args: []string{"x"},
			stderr: "error: invalid argument 'x' for parameter 'n', expected integer value\n", code: 1},
		{name: "args", args: []string{"1", "1.5f"},
			stderr: "error: invalid argument '1.5f' for parameter 'f', expected float value\n", code: 1},
		{name: "args", args: []string{"1", "2", "s"},
			stderr: "error: missing operand arguments for parameter 'b' of type 'boolean'\n", code: 1},
		{name: "args", args: []string{"1", "2", "s", "yes"},
			stderr: "error: invalid argument 'yes' for parameter 'b', expected boolean value\n", code: 1},
		{name: "optional-args", stdout: "n= false\n"},
		{name: "optional-args", args: []string{"-3"}, stdout: "n=-3 false\n"},
		{name: "optional-args", args: []string{"1", "extra"},
			stderr: "error: all operand arguments are not matched\n", code: 1},
	}
	for _, tt := range tests {
		stdout, stderr, code := runProgram(t, tt.name, tt.env, tt.args...)
		assert.Equal(t, tt.stdout, stdout, "%s %v: stdout", tt.name, tt.args)
		assert.Equal(t, tt.stderr, stderr, "%s %v: stderr", tt.name, tt.args)
		assert.Equal(t, tt.code, code, "%s %v: exit code", tt.name, tt.args)
	}
}

// With BAL2GO_GOTRACE=1 the panic reaches Go, which prints its own trace (exit code 2).
func TestMainGoTrace(t *testing.T) {
	stdout, stderr, code := runProgram(t, "panic", []string{"BAL2GO_GOTRACE=1"})
	assert.Equal(t, "start\n", stdout)
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "panic: ballerina panic: division by 0")
	assert.Contains(t, stderr, "goroutine ")
	assert.Contains(t, stderr, "demo.bal:5")
}

// A real generated-style program: package main in its own module, //line directives,
// built with the go command against this repository's rt.
func TestGeneratedProgram(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a program with the go command")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	_, thisFile, _, _ := runtime.Caller(0)
	repo := filepath.Dir(filepath.Dir(thisFile))
	dir := t.TempDir()
	gomod := "module fibdemo\n\ngo 1.24\n\nrequire github.com/bal2go/bal2go v0.0.0\n\nreplace github.com/bal2go/bal2go => " + repo + "\n"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "go.mod"), []byte(gomod), 0o644))
	if sum, err := os.ReadFile(filepath.Join(repo, "go.sum")); err == nil {
		require.NoError(t, os.WriteFile(filepath.Join(dir, "go.sum"), sum, 0o644))
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, "main.go"), []byte(generatedProgram), 0o644))
	bin := filepath.Join(dir, "fib")
	build := exec.Command(goBin, "build", "-mod=mod", "-o", bin, ".")
	build.Dir = dir
	out, err := build.CombinedOutput()
	require.NoError(t, err, "go build: %s", out)

	cmd := exec.Command(bin, "10")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	var exitErr *exec.ExitError
	require.True(t, errors.As(err, &exitErr), "want exit code 1, got %v", err)
	assert.Equal(t, 1, exitErr.ExitCode())
	assert.Equal(t, "fib(10) = 55\n[1,2,3]\n", stdout.String())
	assert.Equal(t, strings.Join([]string{
		"error: {ballerina/lang.array}IndexOutOfRange {\"message\":\"array index out of range: index: 5, size: 3\"}",
		"\tat fib:pick(fib.bal:14)",
		"\t   fib:main(fib.bal:21)",
		"",
	}, "\n"), stderr.String())
}

const generatedProgram = `// Code generated by bal2go from fib.bal. DO NOT EDIT.

package main

import "github.com/bal2go/bal2go/rt"

func main() {
	rt.SetModule("fib")
	rt.Main(func(s *rt.Strand) any { return main_(rt.ArgInt(0, "n")) })
}

//line fib.bal:3
func fib(n int64) int64 {
//line fib.bal:4
	if n < 2 {
//line fib.bal:5
		return n
	}
//line fib.bal:7
	return rt.AddInt(fib(rt.SubInt(n, 1)), fib(rt.SubInt(n, 2)))
}

//line fib.bal:12
func pick(xs *rt.List[int64], i int64) int64 {
//line fib.bal:14
	return xs.Get(i)
}

//line fib.bal:17
func main_(n int64) any {
//line fib.bal:18
	rt.Println("fib(", n, ") = ", fib(n))
//line fib.bal:19
	xs := rt.NewList[int64](nil, 1, 2, 3)
//line fib.bal:20
	rt.Println(xs)
//line fib.bal:21
	rt.Println(pick(xs, 5))
	return nil
}
`
