package frontend

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestInspectVisitsInSourceOrderAndPrunes(t *testing.T) {
	src := `function f(int a) returns int {
    int b = a + 1;
    if b > 2 {
        worker w {
            b -> function;
        }
    }
    var g = function(int x) returns int => x * 2;
    return g(b);
}
`
	file, diags := Parse(&Source{Name: "w.bal", Text: []byte(src)})
	require.Empty(t, diags)
	fd := file.Decls[0].(*FuncDecl)
	var kinds []string
	Inspect(fd.Body, func(n Node) bool {
		kinds = append(kinds, strings.TrimPrefix(fmt.Sprintf("%T", n), "*frontend."))
		_, isLambda := n.(*FuncExpr)
		return !isLambda // prune: the lambda's body is not visited
	})
	require.Equal(t, []string{
		"Block", "VarDecl", "BinaryExpr", "NameExpr", "IntLit",
		"IfStmt", "BinaryExpr", "NameExpr", "IntLit", "Block", "WorkerDecl", "Block", "SendStmt", "NameExpr",
		"VarDecl", "FuncExpr",
		"ReturnStmt", "CallExpr", "NameExpr", "NameExpr",
	}, kinds)
}

// Inspect visits the members of a class and an object constructor: field
// initializers, then each method under its own FuncDecl or ResourceFunc
// node (with its parameters' defaults), so that a caller can skip methods
// as it skips function literals.
func TestInspectVisitsObjectMembers(t *testing.T) {
	src := `class C {
    int a = 1;
    function m(int p = 2) returns int => self.a + p;
}
function f(int base) {
    var o = client object {
        int n = base;
        remote function r() {
            self.n += 1;
        }
        resource function get x() returns int => 3;
    };
}
`
	file, diags := Parse(&Source{Name: "w.bal", Text: []byte(src)})
	require.Empty(t, diags)
	kinds := func(n Node, prune bool) []string {
		var out []string
		Inspect(n, func(n Node) bool {
			out = append(out, strings.TrimPrefix(fmt.Sprintf("%T", n), "*frontend."))
			switch n.(type) {
			case *FuncDecl, *ResourceFunc:
				return !prune
			}
			return true
		})
		return out
	}
	require.Equal(t, []string{
		"File",
		"ClassDecl", "IntLit", "FuncDecl", "IntLit", "BinaryExpr", "FieldExpr", "NameExpr", "NameExpr",
		"FuncDecl", "Block", "VarDecl", "ObjectConstructorExpr", "NameExpr",
		"FuncDecl", "Block", "AssignStmt", "FieldExpr", "NameExpr", "IntLit",
		"ResourceFunc", "IntLit",
	}, kinds(file, false))
	body := file.Decls[1].(*FuncDecl).Body
	require.Equal(t, []string{"Block", "VarDecl", "ObjectConstructorExpr", "NameExpr", "FuncDecl", "ResourceFunc"},
		kinds(body, true))
}
