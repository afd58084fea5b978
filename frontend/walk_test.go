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
