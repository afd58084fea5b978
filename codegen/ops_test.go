package codegen

import (
	"regexp"
	"strings"
	"testing"

	"github.com/bal2go/bal2go/check"
	"github.com/bal2go/bal2go/frontend"
	"github.com/stretchr/testify/require"
)

// expectPrinted generates a function returning the Ballerina expression
// src (of type T) and compares the Go expression of its return statement
// with want. The parameters are a, b, c (int), x, y, z (float), p, q, r
// (boolean), s, t (string) and u (int|string?).
func expectPrinted(t *testing.T, typ, src, want string) {
	t.Helper()
	prog := "function f(int a, int b, int c, float x, float y, float z, boolean p, boolean q, boolean r, " +
		"string s, string t, int|string? u) returns " + typ + " {\n    return " + src + ";\n}\n"
	file, diags := frontend.Parse(&frontend.Source{Name: "t.bal", Text: []byte(prog)})
	require.Empty(t, diags, "%s", src)
	checked, diags := check.Check(file)
	require.Empty(t, diags, "%s", src)
	out, diags := Generate(checked, Options{NoLines: true})
	require.Empty(t, diags, "%s", src)
	m := regexp.MustCompile(`(?m)^\treturn (.*)$`).FindSubmatch(out)
	require.NotNil(t, m, "%s", out)
	require.Equal(t, want, strings.TrimSpace(string(m[1])), "%s", src)
}

// TestOperatorParentheses pins that the Go of an operator expression has
// parentheses exactly where Go's precedence and associativity need them,
// whatever the Ballerina source had.
func TestOperatorParentheses(t *testing.T) {
	for _, tc := range []struct{ typ, src, want string }{
		// redundant parentheses go, in the source or from precedence
		{"float", "(x * y) * z", "x * y * z"},
		{"float", "x * y + z", "x*y + z"},
		{"float", "x + (y * z)", "x + y*z"},
		{"boolean", "(a < b) && (b < c)", "a < b && b < c"},
		{"boolean", "p && q || r", "p && q || r"},
		{"boolean", "(p)", "p"},
		{"string", `"<" + s + ">"`, `"<" + s + ">"`},
		// needed ones stay
		{"float", "x - (y - z)", "x - (y - z)"},
		{"float", "x + (y + z)", "x + (y + z)"},
		{"float", "(x + y) * z", "(x + y) * z"},
		{"float", "x / (y * z)", "rt.DivFloat(x, y*z)"},
		{"boolean", "p && (q || r)", "p && (q || r)"},
		{"boolean", "!(p && q)", "!(p && q)"},
		{"boolean", "!p && q", "!p && q"},
		{"boolean", "p == (q == r)", "p == (q == r)"},
		{"boolean", "(p == q) == r", "p == q == r"},
		{"boolean", "!(a < b)", "!(a < b)"},
		{"boolean", "!(u is int)", "!rt.TInt.Contains(u)"},
		{"boolean", "u !is ()", "!(u == nil)"},
		{"string", "string `<${s + t}>`", `"<" + (s + t) + ">"`},
		{"float", "-(x + y)", "-(x + y)"},
		{"float", "-(-x)", "- -x"},
		// Ballerina's bitwise levels are three, Go's two: & binds tighter
		// than | and ^ in both, but Go puts ^ and | (and +) on one level
		{"int", "a | b ^ c", "a | (b ^ c)"},
		{"int", "a ^ b | c", "a ^ b | c"},
		{"int", "a & b | c", "a&b | c"},
		{"int", "a | b & c", "a | b&c"},
		{"int", "~(a & b)", "^(a & b)"},
		// checked int arithmetic is a call: its arguments need none
		{"int", "(a + b) * c", "rt.MulInt(rt.AddInt(a, b), c)"},
		{"int", "(a & b) + c", "rt.AddInt(a&b, c)"},
		{"boolean", "a + b < c", "rt.AddInt(a, b) < c"},
		{"boolean", "a != b", "a != b"},
		{"boolean", "!(x == y)", "!rt.FloatEqual(x, y)"},
		{"boolean", "x != y || p", "!rt.FloatEqual(x, y) || p"},
	} {
		t.Run(tc.src, func(t *testing.T) {
			expectPrinted(t, tc.typ, tc.src, tc.want)
		})
	}
}
