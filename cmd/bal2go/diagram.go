package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/bal2go/bal2go"
)

const diagramSynopsis = "diagram [-format mermaid|svg] [-func NAME] [-o OUT] [-json] FILE.bal"

const diagramHelp = `Draws the sequence diagram of a function: a lifeline per worker (the
function's default worker first) and per client, an arrow for each message
(send to receive, as the compiler pairs them), for each client call and its
response, opt/alt/loop blocks for branches, and notes for wait, start,
flush and fork.

Without -func, every function with workers, fork statements or client
calls is drawn:
  mermaid  the diagrams one after another, each starting with its own
           "%% NAME in FILE" line and title (paste one per mermaid block);
  svg      one SVG per function: with one function, stdout or the file -o;
           with several, -o names a directory that receives NAME.svg.
Files are written atomically, and only when their content changed.
`

// cmdDiagram is `bal2go diagram`.
func cmdDiagram(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("diagram", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are reported below, on one line
	fs.Usage = func() {}
	format := fs.String("format", "mermaid", "mermaid (text for a mermaid code block) or svg")
	fn := fs.String("func", "", "draw only the function `NAME` (default: every function with workers or client calls)")
	out := fs.String("o", "", "write to `OUT` instead of stdout (svg with several functions: a directory)")
	asJSON := fs.Bool("json", false, "print diagnostics as JSON lines")
	all := allErrorsFlag(fs)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintf(stderr, "usage: bal2go %s\n\n%s\n", diagramSynopsis, diagramHelp)
			fs.SetOutput(stderr)
			fs.PrintDefaults()
			return 0
		}
		fmt.Fprintf(stderr, "bal2go: diagram: %v (run 'bal2go diagram -h')\n", err)
		return 2
	}
	if *format != "mermaid" && *format != "svg" {
		fmt.Fprintf(stderr, "bal2go: unknown -format %q (want mermaid or svg)\n", *format)
		return 2
	}
	name, ok := oneFile(fs, stderr)
	if !ok {
		return 2
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(stderr, "bal2go: diagram takes one FILE.bal")
		return 2
	}
	src, ok := readSource(name, stderr)
	if !ok {
		return 2
	}
	ds, diags, err := bal2go.Diagrams(name, src, *fn)
	printDiags(stderr, diags, *asJSON, *all)
	if err != nil {
		fmt.Fprintf(stderr, "bal2go: %v\n", err)
		return 1
	}
	if ds == nil {
		return 1
	}
	if *format == "mermaid" {
		return emit(*out, bal2go.MermaidOf(ds), stdout, stderr)
	}
	if len(ds) == 1 {
		dest := *out
		if st, err := os.Stat(dest); err == nil && st.IsDir() {
			dest = filepath.Join(dest, ds[0].FileName())
		}
		return emit(dest, bal2go.SVGOf(ds[0]), stdout, stderr)
	}
	var names []string
	for _, d := range ds {
		names = append(names, d.Func)
	}
	if *out == "" || strings.HasSuffix(*out, ".svg") {
		fmt.Fprintf(stderr, "bal2go: %d functions have diagrams (%s): choose one with -func NAME, or give -o DIR for NAME.svg files\n",
			len(ds), strings.Join(names, ", "))
		return 2
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintf(stderr, "bal2go: %v\n", err)
		return 1
	}
	for _, d := range ds {
		if c := emit(filepath.Join(*out, d.FileName()), bal2go.SVGOf(d), stdout, stderr); c != 0 {
			return c
		}
	}
	return 0
}

// emit writes data to the file dest (only when it changed), or to stdout
// when dest is empty.
func emit(dest string, data []byte, stdout, stderr io.Writer) int {
	if dest == "" {
		_, _ = stdout.Write(data)
		return 0
	}
	if old, err := os.ReadFile(dest); err == nil && bytes.Equal(old, data) {
		return 0
	}
	if err := writeFileAtomic(dest, data, 0o644); err != nil {
		fmt.Fprintf(stderr, "bal2go: %v\n", err)
		return 1
	}
	return 0
}
