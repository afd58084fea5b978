package frontend

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestParsePatterns pins the binding patterns of declarations, destructuring
// assignments and foreach statements, and the match patterns.
func TestParsePatterns(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"typed list binding", "[int, [string, string]] [id, [first, last]] = f();", `
2:1 BindingDecl
  2:1 TupleType
    2:2 BuiltinType int
    2:7 TupleType
      2:8 BuiltinType string
      2:16 BuiltinType string
  2:25 ListPattern
    2:26 CapturePattern id
    2:30 ListPattern
      2:31 CapturePattern first
      2:38 CapturePattern last
  2:47 CallExpr
    2:47 NameExpr f
`},
		{"final var list binding with rest", "final var [a, ...rest] = xs;", `
2:1 BindingDecl var final
  2:11 ListPattern
    2:12 CapturePattern a
    rest: 2:15 RestPattern rest
  2:26 NameExpr xs
`},
		{"mapping binding", "Person {name: _, age, ...others} = p;", `
2:1 BindingDecl
  2:1 NamedType Person
  2:8 MappingPattern
    Field name at 2:9
      2:15 WildcardPattern
    Field age at 2:18
      2:18 CapturePattern age
    rest: 2:23 RestPattern others
  2:36 NameExpr p
`},
		{"error binding", "var error(_, cause, code = c, ...detail) = e;", `
2:1 BindingDecl var
  2:5 ErrorPattern
    message: 2:11 WildcardPattern
    cause: 2:14 CapturePattern cause
    Field code at 2:21
      2:28 CapturePattern c
    rest: 2:31 RestPattern detail
  2:44 NameExpr e
`},
		{"error binding with a type reference", "E error E(m) = e;", `
2:1 BindingDecl
  2:1 NamedType E
  2:3 ErrorPattern
    ref: 2:9 NamedType E
    message: 2:11 CapturePattern m
  2:16 NameExpr e
`},
		// A list or mapping constructor, or an error constructor, followed by '='
		// is a binding pattern (Ballerina spec, destructuring-assignment-stmt).
		{"list destructuring", "[a, [b, _], ...r] = f();", `
2:1 DestructureStmt
  2:1 ListPattern
    2:2 CapturePattern a
    2:5 ListPattern
      2:6 CapturePattern b
      2:9 WildcardPattern
    rest: 2:13 RestPattern r
  2:21 CallExpr
    2:21 NameExpr f
`},
		{"mapping destructuring", "{name: n, age} = p;", `
2:1 DestructureStmt
  2:1 MappingPattern
    Field name at 2:2
      2:8 CapturePattern n
    Field age at 2:11
      2:11 CapturePattern age
  2:18 NameExpr p
`},
		{"error destructuring", "error(m, c, code = k) = e;", `
2:1 DestructureStmt
  2:1 ErrorPattern
    message: 2:7 CapturePattern m
    cause: 2:10 CapturePattern c
    Field code at 2:13
      2:20 CapturePattern k
  2:25 NameExpr e
`},
		{"foreach with a list binding pattern", "foreach [string, int] [k, v] in m.entries() { }", `
2:1 ForeachStmt
  2:9 TupleType
    2:10 BuiltinType string
    2:18 BuiltinType int
  2:23 ListPattern
    2:24 CapturePattern k
    2:27 CapturePattern v
  2:33 MethodCallExpr entries
    2:33 NameExpr m
  2:45 Block
`},
		// A name in a match pattern is a constant, under var a variable.
		{"list and mapping match patterns", "match v {\n[var x, C, ...var r] => { }\n{command: \"add\", amount: var a, ...var o} => { }\n}", `
2:1 MatchStmt
  2:7 NameExpr v
  3:1 MatchClause
    3:1 ListPattern
      3:2 VarPattern
        3:6 CapturePattern x
      3:9 ConstPattern
        3:9 NameExpr C
      rest: 3:12 RestPattern r
    3:25 Block
  4:1 MatchClause
    4:1 MappingPattern
      Field command at 4:2
        4:11 ConstPattern
          4:11 StringLit "add"
      Field amount at 4:18
        4:26 VarPattern
          4:30 CapturePattern a
      rest: 4:33 RestPattern o
    4:46 Block
`},
		{"error and var match patterns", "match v {\nerror E(var m, _, code = var c) | error(\"x\") => { }\nvar {a, b: [c]} => { }\n}", `
2:1 MatchStmt
  2:7 NameExpr v
  3:1 MatchClause
    3:1 ErrorPattern
      ref: 3:7 NamedType E
      message: 3:9 VarPattern
        3:13 CapturePattern m
      cause: 3:16 WildcardPattern
      Field code at 3:19
        3:26 VarPattern
          3:30 CapturePattern c
    3:35 ErrorPattern
      message: 3:41 ConstPattern
        3:41 StringLit "x"
    3:49 Block
  4:1 MatchClause
    4:1 VarPattern
      4:5 MappingPattern
        Field a at 4:6
          4:6 CapturePattern a
        Field b at 4:9
          4:12 ListPattern
            4:13 CapturePattern c
    4:20 Block
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, trimDump(tt.want), dumpStmts(t, tt.src))
		})
	}
}
