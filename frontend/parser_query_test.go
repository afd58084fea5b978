package frontend

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestParseQueries(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"every intermediate clause", "var r = from int x in xs where x > 1 let int y = x order by y descending, x limit 2 select y;", `
2:1 VarDecl r var
  2:9 QueryExpr
    2:9 FromClause x
      2:14 BuiltinType int
      in: 2:23 NameExpr xs
    2:26 WhereClause
      2:32 BinaryExpr >
        2:32 NameExpr x
        2:36 IntLit 1
    2:38 LetClause
      2:42 VarDecl y final
        2:42 BuiltinType int
        2:50 NameExpr x
    2:52 OrderByClause
      descending: 2:61 NameExpr y
      ascending: 2:75 NameExpr x
    2:77 LimitClause
      2:83 IntLit 2
    select: 2:92 NameExpr y
`},
		{"construct types and on conflict", "var m = map from var [k, v] in es select [k, v] on conflict e;\nvar t = table key(id, name) from var r in rs select r;\nvar s = stream from var x in xs select x;", `
2:1 VarDecl m var
  2:9 QueryExpr map
    2:13 FromClause var
      2:22 ListPattern
        2:23 CapturePattern k
        2:26 CapturePattern v
      in: 2:32 NameExpr es
    select: 2:42 ListExpr
      2:43 NameExpr k
      2:46 NameExpr v
    conflict: 2:61 NameExpr e
3:1 VarDecl t var
  3:9 QueryExpr table key(id, name)
    3:29 FromClause r var
      in: 3:43 NameExpr rs
    select: 3:53 NameExpr r
4:1 VarDecl s var
  4:9 QueryExpr stream
    4:16 FromClause x var
      in: 4:30 NameExpr xs
    select: 4:40 NameExpr x
`},
		{"joins, group by and collect", "var r = from var a in ys outer join var b in bs on a.id equals b.id group by var k = a.k, Item n = b select n;\nint s = from var x in xs collect sum(x);", `
2:1 VarDecl r var
  2:9 QueryExpr
    2:9 FromClause a var
      in: 2:23 NameExpr ys
    2:26 JoinClause b var outer
      in: 2:46 NameExpr bs
      on: 2:52 FieldExpr .id
        2:52 NameExpr a
      equals: 2:64 FieldExpr .id
        2:64 NameExpr b
    2:69 GroupByClause
      2:78 GroupKey k var
        2:86 FieldExpr .k
          2:86 NameExpr a
      2:91 GroupKey n
        2:91 NamedType Item
        2:100 NameExpr b
    select: 2:109 NameExpr n
3:1 VarDecl s
  3:1 BuiltinType int
  3:9 QueryExpr
    3:9 FromClause x var
      in: 3:23 NameExpr xs
    collect: 3:34 CallExpr
      3:34 NameExpr sum
      Arg
        3:38 NameExpr x
`},
		{"query actions", "from var x in xs do { f(x); }\ncheck from var x in xs where x > 0 do { f(x); };", `
2:1 ExprStmt
  2:1 QueryExpr
    2:1 FromClause x var
      in: 2:15 NameExpr xs
    do: 2:21 Block
      2:23 ExprStmt
        2:23 CallExpr
          2:23 NameExpr f
          Arg
            2:25 NameExpr x
3:1 ExprStmt
  3:1 CheckExpr check
    3:7 QueryExpr
      3:7 FromClause x var
        in: 3:21 NameExpr xs
      3:24 WhereClause
        3:30 BinaryExpr >
          3:30 NameExpr x
          3:34 IntLit 0
      do: 3:39 Block
        3:41 ExprStmt
          3:41 CallExpr
            3:41 NameExpr f
            Arg
              3:43 NameExpr x
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, trimDump(tt.want), dumpStmts(t, tt.src))
		})
	}
}
