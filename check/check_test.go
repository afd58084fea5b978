package check_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/bal2go/bal2go/check"
	"github.com/bal2go/bal2go/frontend"
	"github.com/stretchr/testify/require"
)

var errorComment = regexp.MustCompile(`// (ERROR|WARNING) "((?:[^"\\]|\\.)*)"`)

// TestDiagnostics checks every testdata/*.bal: each line that must produce
// a diagnostic carries `// ERROR "regexp"` (or WARNING); the test fails on a
// missing or an extra diagnostic.
func TestDiagnostics(t *testing.T) {
	files, err := filepath.Glob("testdata/*.bal")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			require.NoError(t, err)
			type want struct {
				sev string
				re  *regexp.Regexp
				hit bool
			}
			wants := map[int][]*want{}
			for i, line := range strings.Split(string(src), "\n") {
				for _, m := range errorComment.FindAllStringSubmatch(line, -1) {
					wants[i+1] = append(wants[i+1], &want{sev: strings.ToLower(m[1]), re: regexp.MustCompile(m[2])})
				}
			}
			file, diags := frontend.Parse(&frontend.Source{Name: path, Text: src})
			require.False(t, frontend.HasErrors(diags), "syntax errors: %v", diags)
			_, diags = check.Check(file)
			for _, d := range diags {
				matched := false
				for _, w := range wants[d.Pos.Line] {
					if !w.hit && w.sev == d.Severity.String() && w.re.MatchString(d.Message) {
						w.hit, matched = true, true
						break
					}
				}
				if !matched {
					t.Errorf("%s: unexpected %s: %s", d.Pos, d.Severity, d.Message)
				}
			}
			for line, ws := range wants {
				for _, w := range ws {
					if !w.hit {
						t.Errorf("%s:%d: missing %s matching %q", path, line, w.sev, w.re)
					}
				}
			}
		})
	}
}

func TestTypeStrings(t *testing.T) {
	for _, tc := range []struct {
		t    *check.Type
		want string
	}{
		{check.Int, "int"},
		{check.Union(check.Int, check.Error), "(int|error)"},
		{check.Optional(check.String), "string?"},
		{check.ArrayOf(check.Union(check.Int, check.String), -1), "(int|string)[]"},
		{check.ArrayOf(check.Float, 3), "float[3]"},
		{check.MapOf(check.JSON), "map<json>"},
		{check.TupleOf([]*check.Type{check.Int, check.String}, nil), "[int,string]"},
		{check.Union(check.Int, check.SingletonOf(int64(1))), "int"},
		{check.Union(check.SingletonOf("a"), check.SingletonOf("b")), `("a"|"b")`},
	} {
		require.Equal(t, tc.want, tc.t.String())
	}
}

func TestSubtype(t *testing.T) {
	rec := &check.Type{Kind: check.KRecord, Closed: true, Fields: []*check.Field{{Name: "a", Type: check.Int}}}
	open := &check.Type{Kind: check.KRecord, Fields: []*check.Field{{Name: "a", Type: check.Int}}}
	for _, tc := range []struct {
		a, b *check.Type
		want bool
	}{
		{check.Int, check.Any, true},
		{check.Error, check.Any, false},
		{check.Union(check.Int, check.Error), check.Union(check.Any, check.Error), true},
		{check.Nil, check.Optional(check.Int), true},
		{check.Int, check.Float, false},
		{check.ArrayOf(check.Int, -1), check.ArrayOf(check.Any, -1), true},
		{check.ArrayOf(check.Int, 3), check.ArrayOf(check.Int, -1), true},
		{check.ArrayOf(check.Int, -1), check.ArrayOf(check.Int, 3), false},
		{check.ArrayOf(check.Int, -1), check.JSON, true},
		{check.MapOf(check.Int), check.Anydata, true},
		{rec, check.MapOf(check.Int), true},
		{open, check.MapOf(check.Int), false},
		{open, check.MapOf(check.Anydata), true},
		{rec, open, true},
		{open, rec, false},
		{check.SingletonOf("x"), check.String, true},
		{check.Boolean, check.Union(check.SingletonOf(true), check.SingletonOf(false)), true},
		{check.TupleOf([]*check.Type{check.Int, check.Int}, nil), check.ArrayOf(check.Int, -1), true},
		{check.FuncOf([]*check.Type{check.Any}, nil, check.Int), check.FuncOf([]*check.Type{check.Int}, nil, check.Any), true},
		{check.FuncOf([]*check.Type{check.Int}, nil, check.Int), check.FuncOf([]*check.Type{check.Any}, nil, check.Int), false},
	} {
		require.Equal(t, tc.want, check.IsSubtype(tc.a, tc.b), "%s <: %s", tc.a, tc.b)
	}
}

// TestRedeclaredNotesFirst pins that a redeclaration is reported at the
// second declaration (as jBallerina does) with a note at the first, so that
// both declarations are shown.
func TestRedeclaredNotesFirst(t *testing.T) {
	src := []byte("function f() {\n    int total = 1;\n    string total = \"a\";\n}\n")
	file, diags := frontend.Parse(&frontend.Source{Name: "r.bal", Text: src})
	require.Empty(t, diags)
	_, diags = check.Check(file)
	require.Len(t, diags, 1)
	d := diags[0]
	require.Equal(t, "redeclared symbol 'total'", d.Message)
	require.Equal(t, [2]int{3, 12}, [2]int{d.Pos.Line, d.Pos.Col})
	require.Len(t, d.Notes, 1)
	require.Equal(t, "'total' is first declared here", d.Notes[0].Message)
	require.Equal(t, [2]int{2, 9}, [2]int{d.Notes[0].Pos.Line, d.Notes[0].Pos.Col})
}
