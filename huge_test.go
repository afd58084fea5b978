package bal2go_test

import (
	"fmt"
	"go/parser"
	"go/token"
	"strings"
	"testing"
	"time"

	"github.com/bal2go/bal2go"
	"github.com/bal2go/bal2go/frontend"
	"github.com/stretchr/testify/require"
)

// TestHugeExpression: a 100,000-term expression transpiles (deep
// expressions are spilled into temporaries, so gofmt accepts the Go).
func TestHugeExpression(t *testing.T) {
	src := "public function main() {\n    int x = " + strings.Repeat("1 + ", 99_999) + "1;\n    _ = x;\n}\n"
	start := time.Now()
	out, diags := bal2go.Transpile("huge.bal", []byte(src), bal2go.Options{})
	require.NotNil(t, out, "%v", diags)
	_, err := parser.ParseFile(token.NewFileSet(), "huge.go", out, 0)
	require.NoError(t, err)
	t.Logf("100,000 terms: %v", time.Since(start))
}

// TestHugeFile: a file of hugeFileBytes (10 MB; 2 MB under -race, which is
// ten times slower) checks in seconds.
func TestHugeFile(t *testing.T) {
	var b strings.Builder
	b.WriteString("import ballerina/io;\n")
	for i := 0; b.Len() < hugeFileBytes; i++ {
		fmt.Fprintf(&b, "function f%d(int a, int b) returns int {\n    int c = a * %d + b;\n    if c > 100 {\n        return c - 1;\n    }\n    return c + %d;\n}\n", i, i, i)
	}
	b.WriteString("public function main() {\n    io:println(f1(2, 3));\n}\n")
	start := time.Now()
	diags := bal2go.Check("big.bal", []byte(b.String()))
	require.False(t, frontend.HasErrors(diags), "%v", diags)
	t.Logf("%d bytes checked in %v", b.Len(), time.Since(start))
}

// TestDeepNesting: 20,000-deep nesting gets a diagnostic, not a crash.
func TestDeepNesting(t *testing.T) {
	for name, src := range map[string]string{
		"parens": "public function main() {\n    int x = " + strings.Repeat("(", 20_000) + "1" + strings.Repeat(")", 20_000) + ";\n}\n",
		"blocks": "public function main() {\n" + strings.Repeat("{\n", 20_000) + strings.Repeat("}\n", 20_000) + "}\n",
		"ifs":    "public function main() {\n" + strings.Repeat("if true {\n", 20_000) + strings.Repeat("}\n", 20_000) + "}\n",
	} {
		diags := bal2go.Check(name+".bal", []byte(src))
		require.True(t, frontend.HasErrors(diags), name)
		require.Contains(t, diags[0].Message, "nesting too deep", name)
	}
}
