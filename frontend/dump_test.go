package frontend

import (
	"fmt"
	"os"
	"testing"
)

// TestDumpFile prints the tree and the diagnostics of the file named by the
// BALDUMP environment variable; it is a tool for looking at the parser's
// output: BALDUMP=prog.bal go test -run TestDumpFile -v ./frontend
func TestDumpFile(t *testing.T) {
	path := os.Getenv("BALDUMP")
	if path == "" {
		t.Skip("set BALDUMP to a .bal file to dump it")
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, diags := Parse(&Source{Name: path, Text: b})
	fmt.Print(Dump(f))
	WriteText(os.Stdout, diags)
}
