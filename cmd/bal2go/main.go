// Command bal2go transpiles Ballerina programs to Go and builds and runs
// them as native binaries. See spec/CLI.md; `bal2go CMD -h` for each command.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/bal2go/bal2go"
	"github.com/bal2go/bal2go/frontend"
)

// Version is the bal2go release.
const Version = "0.1.0"

const usage = `bal2go turns Ballerina programs into native binaries through Go.

Usage:
  bal2go run [-json] [-e] FILE.bal [-- ARGS...]
                                             transpile, build (cached) and run
  bal2go build [-o BIN] [-json] [-e] FILE.bal
                                             build a native binary
  bal2go gen [-o OUT.go] [-pkg NAME] [-check] [-nolines] [-json] [-e] FILE.bal
                                             write the Go source (stdout without -o)
  bal2go check [-json] [-e] FILE.bal...      parse and type-check only
  bal2go diagram [-format mermaid|svg] [-func NAME] [-o OUT] FILE.bal
                                             sequence diagrams of workers, messages and client calls
  bal2go version                             print the version

Diagnostics stop after 10 errors per file ("too many errors"); -e reports all.
Run 'bal2go CMD -h' for the flags of a command.
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole command line; it returns the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "run":
		return cmdRun(rest, stdin, stdout, stderr)
	case "build":
		return cmdBuild(rest, stderr)
	case "gen":
		return cmdGen(rest, stdout, stderr)
	case "check":
		return cmdCheck(rest, stderr)
	case "version":
		fmt.Fprintf(stdout, "bal2go %s (%s, runtime %s)\n", Version, runtime.Version(), bal2go.RuntimeVersion())
		return 0
	case "diagram":
		return cmdDiagram(rest, stdout, stderr)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "bal2go: unknown command %q (run 'bal2go -h')\n", cmd)
	return 2
}

func newFlags(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: bal2go %s\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses the flags of a command; it returns the exit code to stop
// with, or -1 to go on.
func parseFlags(fs *flag.FlagSet, args []string) int {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	return -1
}

// readSource reads a .bal file; a missing file is a one-line error, exit 2.
func readSource(name string, stderr io.Writer) ([]byte, bool) {
	src, err := os.ReadFile(name)
	if err != nil {
		fmt.Fprintf(stderr, "bal2go: %v\n", err)
		return nil, false
	}
	return src, true
}

// allErrorsFlag adds -e: without it a command stops reporting after
// frontend.MaxErrors errors per file, so that a file full of errors (or a
// huge generated one) does not flood the terminal.
func allErrorsFlag(fs *flag.FlagSet) *bool {
	return fs.Bool("e", false, fmt.Sprintf("report all errors (default: stop after %d per file)", frontend.MaxErrors))
}

func printDiags(w io.Writer, diags []frontend.Diagnostic, asJSON, all bool) {
	if !all {
		diags = frontend.LimitErrors(diags, frontend.MaxErrors)
	}
	if asJSON {
		_ = frontend.WriteJSON(w, diags)
		return
	}
	frontend.WriteText(w, diags)
}

// transpile reads and transpiles one file, printing diagnostics. ok is
// false when there were errors.
func transpile(name string, opts bal2go.Options, asJSON, all bool, stderr io.Writer) (out []byte, code int) {
	src, ok := readSource(name, stderr)
	if !ok {
		return nil, 2
	}
	out, diags := bal2go.Transpile(name, src, opts)
	printDiags(stderr, diags, asJSON, all)
	if out == nil {
		return nil, 1
	}
	return out, 0
}

func oneFile(fs *flag.FlagSet, stderr io.Writer) (string, bool) {
	if fs.NArg() < 1 {
		fmt.Fprintln(stderr, "bal2go: missing FILE.bal")
		return "", false
	}
	return fs.Arg(0), true
}

func cmdGen(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("gen", "gen [-o OUT.go] [-pkg NAME] [-check] [-nolines] [-json] [-e] FILE.bal", stderr)
	out := fs.String("o", "", "write the Go source to this file (only when it changed) instead of stdout")
	pkg := fs.String("pkg", "main", "Go package name of the output")
	checkOnly := fs.Bool("check", false, "report whether -o is stale without writing it (exit 1 when stale)")
	noLines := fs.Bool("nolines", false, "omit //line directives")
	asJSON := fs.Bool("json", false, "print diagnostics as JSON lines")
	all := allErrorsFlag(fs)
	if c := parseFlags(fs, args); c >= 0 {
		return c
	}
	name, ok := oneFile(fs, stderr)
	if !ok || fs.NArg() > 1 {
		if ok {
			fmt.Fprintln(stderr, "bal2go: gen takes one FILE.bal")
		}
		return 2
	}
	src, code := transpile(name, bal2go.Options{Package: *pkg, NoLines: *noLines}, *asJSON, *all, stderr)
	if src == nil {
		return code
	}
	if *out == "" {
		if *checkOnly {
			fmt.Fprintln(stderr, "bal2go: -check needs -o")
			return 2
		}
		_, _ = stdout.Write(src)
		return 0
	}
	old, err := os.ReadFile(*out)
	same := err == nil && bytes.Equal(old, src)
	if *checkOnly {
		if !same {
			fmt.Fprintf(stderr, "%s is stale: run go generate\n", *out)
			return 1
		}
		return 0
	}
	if same {
		return 0
	}
	if err := writeFileAtomic(*out, src, 0o644); err != nil {
		fmt.Fprintf(stderr, "bal2go: %v\n", err)
		return 1
	}
	return 0
}

// writeFileAtomic writes through a temporary file and a rename, so a
// failure never leaves a half-written file behind.
func writeFileAtomic(name string, data []byte, perm os.FileMode) error {
	dir := filepath.Dir(name)
	tmp, err := os.CreateTemp(dir, ".bal2go-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), perm); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), name)
}

func cmdCheck(args []string, stderr io.Writer) int {
	fs := newFlags("check", "check [-json] [-e] FILE.bal...", stderr)
	asJSON := fs.Bool("json", false, "print diagnostics as JSON lines")
	all := allErrorsFlag(fs)
	if c := parseFlags(fs, args); c >= 0 {
		return c
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "bal2go: missing FILE.bal")
		return 2
	}
	code := 0
	for _, name := range fs.Args() {
		src, ok := readSource(name, stderr)
		if !ok {
			return 2
		}
		diags := bal2go.Check(name, src)
		printDiags(stderr, diags, *asJSON, *all)
		if frontend.HasErrors(diags) {
			code = 1
		}
	}
	return code
}

func cmdBuild(args []string, stderr io.Writer) int {
	fs := newFlags("build", "build [-o BIN] [-json] [-e] FILE.bal", stderr)
	out := fs.String("o", "", "the binary to write (default: next to the source, without .bal)")
	asJSON := fs.Bool("json", false, "print diagnostics as JSON lines")
	all := allErrorsFlag(fs)
	if c := parseFlags(fs, args); c >= 0 {
		return c
	}
	name, ok := oneFile(fs, stderr)
	if !ok {
		return 2
	}
	src, code := transpile(name, bal2go.Options{}, *asJSON, *all, stderr)
	if src == nil {
		return code
	}
	bin, err := buildCached(src, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "bal2go: %v\n", err)
		return 1
	}
	dest := *out
	if dest == "" {
		dest = strings.TrimSuffix(name, ".bal")
		if runtime.GOOS == "windows" {
			dest += ".exe"
		}
	}
	data, err := os.ReadFile(bin)
	if err == nil {
		err = writeFileAtomic(dest, data, 0o755)
	}
	if err != nil {
		fmt.Fprintf(stderr, "bal2go: %v\n", err)
		return 1
	}
	return 0
}

func cmdRun(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("run", "run [-json] [-e] FILE.bal [-- ARGS...]", stderr)
	asJSON := fs.Bool("json", false, "print diagnostics as JSON lines")
	all := allErrorsFlag(fs)
	if c := parseFlags(fs, args); c >= 0 {
		return c
	}
	name, ok := oneFile(fs, stderr)
	if !ok {
		return 2
	}
	progArgs := fs.Args()[1:]
	if len(progArgs) > 0 && progArgs[0] == "--" {
		progArgs = progArgs[1:]
	}
	src, code := transpile(name, bal2go.Options{}, *asJSON, *all, stderr)
	if src == nil {
		return code
	}
	bin, err := buildCached(src, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "bal2go: %v\n", err)
		return 1
	}
	cmd := exec.Command(bin, progArgs...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = stdin, stdout, stderr
	if err := cmd.Run(); err != nil {
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return exit.ExitCode()
		}
		fmt.Fprintf(stderr, "bal2go: %v\n", err)
		return 1
	}
	return 0
}
