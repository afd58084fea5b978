package frontend

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOKPrograms parses the programs under testdata/ok: they must parse
// without a diagnostic, and every node must have a position.
func TestOKPrograms(t *testing.T) {
	files, err := filepath.Glob("testdata/ok/*.bal")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			text, err := os.ReadFile(file)
			require.NoError(t, err)
			f, diags := Parse(&Source{Name: file, Text: text})
			assert.Empty(t, renderDiags(diags))
			dump := Dump(f)
			for i, line := range strings.Split(dump, "\n") {
				assert.NotContains(t, line, " 0:0 ", "node without a position on dump line %d", i+1)
				assert.False(t, strings.HasPrefix(strings.TrimLeft(line, " "), "0:0"), "node without a position on dump line %d: %s", i+1, line)
			}
		})
	}
}

// An unterminated string is reported once; the statements after it parse.
func TestUnterminatedStringRecovery(t *testing.T) {
	src := "function f() {\n    string s = \"abc\n    int x = 1;\n    io:println(x);\n}\n"
	f, diags := Parse(&Source{Name: "t.bal", Text: []byte(src)})
	assert.Equal(t, []string{"2:16 unterminated string literal"}, renderDiags(diags))
	stmts := f.Decls[0].(*FuncDecl).Body.Stmts
	require.Len(t, stmts, 3)
	assert.Equal(t, "x", stmts[1].(*VarDecl).Name)
}

// Parse never returns a nil file, whatever it is given.
func TestParseNilAndEmpty(t *testing.T) {
	f, diags := Parse(nil)
	require.NotNil(t, f)
	assert.Empty(t, diags)
	f, diags = Parse(&Source{Name: "empty.bal"})
	require.NotNil(t, f)
	assert.Empty(t, diags)
	assert.Equal(t, "File empty.bal\n", Dump(f))
}
