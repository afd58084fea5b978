package check

import (
	"strings"
	"testing"

	"github.com/bal2go/bal2go/frontend"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLibrary checks that every declaration file in check/lib parses and
// checks without a diagnostic, and declares external functions or types.
func TestLibrary(t *testing.T) {
	entries, err := libFiles.ReadDir("lib")
	require.NoError(t, err)
	require.NotEmpty(t, entries)
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), ".bal")
		m, diags := loadModule(name)
		assert.Empty(t, diags, name)
		assert.NotEmpty(t, len(m.funcs)+len(m.methods)+len(m.types), name)
		for fname, fn := range m.funcs {
			assert.Equal(t, name+":"+fname, fn.LibraryKey())
			assert.NotNil(t, fn.Type, fname)
		}
	}
}

// TestLibraryNotListed checks that a function bal2go declares is not also in
// the list of Ballerina's functions it lacks: each name is in one place.
func TestLibraryNotListed(t *testing.T) {
	for mod, m := range library() {
		for name := range m.funcs {
			assert.Empty(t, libraryIndex[mod][name], "%s:%s is declared in check/lib and listed in ballerinaLibrary", mod, name)
		}
		for name := range m.types {
			assert.Empty(t, libraryIndex[mod][name], "type %s:%s is declared in check/lib and listed in ballerinaLibrary", mod, name)
		}
		for name := range m.consts {
			assert.Empty(t, libraryIndex[mod][name], "constant %s:%s is declared in check/lib and listed in ballerinaLibrary", mod, name)
		}
		for _, fn := range m.methods {
			if fn.Class != nil && fn.Name != "init" {
				name := fn.Class.Name + "." + fn.Name
				assert.Empty(t, libraryIndex[mod][name], "method %s:%s is declared in check/lib and listed in ballerinaLibrary", mod, name)
			}
		}
	}
}

// TestLibrarySignature checks a declaration's signature as the checker
// resolves it: isolated (as Ballerina declares it), parameter names, rest
// parameter and return type.
func TestLibrarySignature(t *testing.T) {
	fn := libFunc("int", "max")
	require.NotNil(t, fn)
	assert.Equal(t, "isolated function (int,int...) returns (int)", fn.Type.String())
	assert.Equal(t, []string{"n"}, fn.Type.PNames)
}

// TestLibraryCallTypes checks the types of library calls: type parameters
// bound from the receiver (a list's member type, a record's field types),
// from a function argument's result or an initial value, and hinted by the
// context.
func TestLibraryCallTypes(t *testing.T) {
	for _, tc := range []struct{ decl, want string }{
		{`var v = [1, 2].pop();`, "int"},
		{`int[] xs = []; var v = xs.map(x => x.toString());`, "string[]"},
		{`int[] xs = []; float[] v = xs.map(x => 1);`, "float[]"},
		{`int[] xs = []; var v = xs.reduce((acc, x) => acc + x, 0);`, "int"},
		{`int[] xs = []; float v = xs.reduce((acc, x) => acc + <float>x, 0);`, "float"},
		{`int[] xs = []; var v = xs.reduce(function(string acc, int x) returns string => acc, "");`, "string"},
		{`record {| int a; string b; |} r = {a: 1, b: ""}; var v = r.toArray();`, "(int|string)[]"},
		{`record {| int a; string b; |} r = {a: 1, b: ""}; var v = map:get(r, "a");`, "(int|string)"},
		{`map<float> m = {}; var v = m.removeIfHasKey("k");`, "float?"},
		{`[int, string] t = [1, ""]; var v = t.length();`, "int"},
		{`string[] xs = []; var v = xs.indexOf("a");`, "int?"},
		{`int[] xs = []; var v = xs.cloneReadOnly();`, "(int[] & readonly)"},
		{`error e = error("x"); var v = e.detail();`, "(map<(any|error)> & readonly)"},
		{`error<record {| int code; |}> e = error("x", code = 1); var v = e.detail();`, "(record {| int code; |} & readonly)"},
		{`var v = int:max(1, 2);`, "int"},
		{`var v = "a".concat("b");`, "string"},
	} {
		src := "function f() {\n    " + tc.decl + "\n}\n"
		f, diags := frontend.Parse(&frontend.Source{Name: "t.bal", Text: []byte(src)})
		require.Empty(t, diags, tc.decl)
		prog, diags := Check(f)
		require.Empty(t, diags, tc.decl)
		var got *Type
		for n, sym := range prog.Defs {
			if vd, ok := n.(*frontend.VarDecl); ok && vd.Name == "v" {
				got = sym.Type
			}
		}
		if assert.NotNil(t, got, tc.decl) {
			assert.Equal(t, tc.want, got.String(), tc.decl)
		}
	}
}
