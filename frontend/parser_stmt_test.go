package frontend

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestParseStmts(t *testing.T) {
	tests := []struct{ name, src, want string }{
		// The declaration / expression-statement ambiguity.
		{"decl with a named type", "Person p = x;", `
2:1 VarDecl p
  2:1 NamedType Person
  2:12 NameExpr x
`},
		{"decl with a qualified type", "http:Client c = check new (u);", `
2:1 VarDecl c
  2:1 NamedType http:Client
  2:17 CheckExpr check
    2:23 NewExpr
      Arg
        2:28 NameExpr u
`},
		{"decl with an array type", "int[] a = [];", `
2:1 VarDecl a
  2:1 ArrayType
    2:1 BuiltinType int
  2:11 ListExpr
`},
		{"decl with an array of a named type", "Person[] ps = [];", `
2:1 VarDecl ps
  2:1 ArrayType
    2:1 NamedType Person
  2:15 ListExpr
`},
		{"decl with a map type", "map<int> m = {};", `
2:1 VarDecl m
  2:1 MapType
    2:5 BuiltinType int
  2:14 MappingExpr
`},
		{"decl with a union type", "int|error x = f();", `
2:1 VarDecl x
  2:1 UnionType
    2:1 BuiltinType int
    2:5 BuiltinType error
  2:15 CallExpr
    2:15 NameExpr f
`},
		{"decl with a union of named types", "Person|error p = f();", `
2:1 VarDecl p
  2:1 UnionType
    2:1 NamedType Person
    2:8 BuiltinType error
  2:18 CallExpr
    2:18 NameExpr f
`},
		{"decl with an optional type", "int? y = ();", `
2:1 VarDecl y
  2:1 OptionalType
    2:1 BuiltinType int
  2:10 NilLit
`},
		{"decl with a tuple type", `[int, string] t = [1, "a"];`, `
2:1 VarDecl t
  2:1 TupleType
    2:2 BuiltinType int
    2:7 BuiltinType string
  2:19 ListExpr
    2:20 IntLit 1
    2:23 StringLit "a"
`},
		{"decl with the nil type", "() n = ();", `
2:1 VarDecl n
  2:1 NilType
  2:8 NilLit
`},
		{"decl with a function type", "function (int) returns int f = g;", `
2:1 VarDecl f
  2:1 FuncType
    2:11 Param
      2:11 BuiltinType int
    returns: 2:24 BuiltinType int
  2:32 NameExpr g
`},
		{"decl of an error", `error e = error("x");`, `
2:1 VarDecl e
  2:1 BuiltinType error
  2:11 ErrorCtorExpr
    Arg
      2:17 StringLit "x"
`},
		{"decl without initializer", "Person p;", `
2:1 VarDecl p
  2:1 NamedType Person
`},
		{"var and final", "var v = 1;\nfinal int k = 2;\nfinal var z = 3;", `
2:1 VarDecl v var
  2:9 IntLit 1
3:1 VarDecl k final
  3:7 BuiltinType int
  3:15 IntLit 2
4:1 VarDecl z var final
  4:15 IntLit 3
`},
		{"call statement", "foo(x);", `
2:1 ExprStmt
  2:1 CallExpr
    2:1 NameExpr foo
    Arg
      2:5 NameExpr x
`},
		{"qualified call statement", "io:println(x);", `
2:1 ExprStmt
  2:1 CallExpr
    2:1 NameExpr io:println
    Arg
      2:12 NameExpr x
`},
		{"index assignment", "a[1] = 2;", `
2:1 AssignStmt =
  2:1 IndexExpr
    2:1 NameExpr a
    2:3 IntLit 1
  2:8 IntLit 2
`},
		{"index assignment with a computed index", "a[i + 1] = 2;", `
2:1 AssignStmt =
  2:1 IndexExpr
    2:1 NameExpr a
    2:3 BinaryExpr +
      2:3 NameExpr i
      2:7 IntLit 1
  2:12 IntLit 2
`},
		{"plain assignment", "x = 5;", `
2:1 AssignStmt =
  2:1 NameExpr x
  2:5 IntLit 5
`},
		{"method call on a list constructor", "[1, 2].forEach(f);", `
2:1 ExprStmt
  2:1 MethodCallExpr forEach
    2:1 ListExpr
      2:2 IntLit 1
      2:5 IntLit 2
    Arg
      2:16 NameExpr f
`},
		{"method call on a string literal", `"ab".length();`, `
2:1 ExprStmt
  2:1 MethodCallExpr length
    2:1 StringLit "ab"
`},
		{"assignment to the wildcard", "_ = f();", `
2:1 AssignStmt =
  2:1 WildcardExpr
  2:5 CallExpr
    2:5 NameExpr f
`},
		{"field assignment", "p.name = n;", `
2:1 AssignStmt =
  2:1 FieldExpr .name
    2:1 NameExpr p
  2:10 NameExpr n
`},
		{"compound assignments", "a += 1;\na -= 1;\na *= 1;\na /= 1;\na %= 1;\na &= 1;\na |= 1;\na ^= 1;\na <<= 1;\na >>= 1;\na >>>= 1;", `
2:1 AssignStmt +=
  2:1 NameExpr a
  2:6 IntLit 1
3:1 AssignStmt -=
  3:1 NameExpr a
  3:6 IntLit 1
4:1 AssignStmt *=
  4:1 NameExpr a
  4:6 IntLit 1
5:1 AssignStmt /=
  5:1 NameExpr a
  5:6 IntLit 1
6:1 AssignStmt %=
  6:1 NameExpr a
  6:6 IntLit 1
7:1 AssignStmt &=
  7:1 NameExpr a
  7:6 IntLit 1
8:1 AssignStmt |=
  8:1 NameExpr a
  8:6 IntLit 1
9:1 AssignStmt ^=
  9:1 NameExpr a
  9:6 IntLit 1
10:1 AssignStmt <<=
  10:1 NameExpr a
  10:7 IntLit 1
11:1 AssignStmt >>=
  11:1 NameExpr a
  11:7 IntLit 1
12:1 AssignStmt >>>=
  12:1 NameExpr a
  12:8 IntLit 1
`},
		{"check statement", "check f();\ncheckpanic g();", `
2:1 ExprStmt
  2:1 CheckExpr check
    2:7 CallExpr
      2:7 NameExpr f
3:1 ExprStmt
  3:1 CheckExpr checkpanic
    3:12 CallExpr
      3:12 NameExpr g
`},
		// Control flow.
		{"if else if else", "if a { x = 1; } else if (b) { } else { return; }", `
2:1 IfStmt
  2:4 NameExpr a
  2:6 Block
    2:8 AssignStmt =
      2:8 NameExpr x
      2:12 IntLit 1
  else: 2:22 IfStmt
    2:26 ParenExpr ( at 2:25 ) at 2:27
      2:26 NameExpr b
    2:29 Block
    else: 2:38 Block
      2:40 ReturnStmt
`},
		{"while with on fail", "while i < n { i += 1; } on fail var e { }", `
2:1 WhileStmt
  2:7 BinaryExpr <
    2:7 NameExpr i
    2:11 NameExpr n
  2:13 Block
    2:15 AssignStmt +=
      2:15 NameExpr i
      2:20 IntLit 1
  2:25 OnFail e var
    2:39 Block
`},
		{"foreach with a type and a range", "foreach int i in 0 ..< n { continue; }", `
2:1 ForeachStmt i
  2:9 BuiltinType int
  2:18 BinaryExpr ..<
    2:18 IntLit 0
    2:24 NameExpr n
  2:26 Block
    2:28 ContinueStmt
`},
		{"foreach with var", "foreach var x in xs { break; }", `
2:1 ForeachStmt x var
  2:18 NameExpr xs
  2:21 Block
    2:23 BreakStmt
`},
		{"return panic fail", "return x;\npanic error(\"p\");\nfail e;\nreturn;", `
2:1 ReturnStmt
  2:8 NameExpr x
3:1 PanicStmt
  3:7 ErrorCtorExpr
    Arg
      3:13 StringLit "p"
4:1 FailStmt
  4:6 NameExpr e
5:1 ReturnStmt
`},
		{"match", "match v {\n    1 | -2 | \"s\" | C | m:K => { }\n    var x if x > 0 => { }\n    _ => { }\n}", `
2:1 MatchStmt
  2:7 NameExpr v
  3:5 MatchClause
    3:5 ConstPattern
      3:5 IntLit 1
    3:9 ConstPattern
      3:9 UnaryExpr -
        3:10 IntLit 2
    3:14 ConstPattern
      3:14 StringLit "s"
    3:20 ConstPattern
      3:20 NameExpr C
    3:24 ConstPattern
      3:24 NameExpr m:K
    3:31 Block
  4:5 MatchClause
    4:5 VarPattern
      4:9 CapturePattern x
    guard: 4:14 BinaryExpr >
      4:14 NameExpr x
      4:18 IntLit 0
    4:23 Block
  5:5 MatchClause
    5:5 WildcardPattern
    5:10 Block
`},
		{"match on a constant name guard", "match v { K if flag => { } }", `
2:1 MatchStmt
  2:7 NameExpr v
  2:11 MatchClause
    2:11 ConstPattern
      2:11 NameExpr K
    guard: 2:16 NameExpr flag
    2:24 Block
`},
		{"do on fail with a typed variable", "do { check f(); } on fail error e { panic e; }", `
2:1 DoStmt
  2:4 Block
    2:6 ExprStmt
      2:6 CheckExpr check
        2:12 CallExpr
          2:12 NameExpr f
  2:19 OnFail e
    2:27 BuiltinType error
    2:35 Block
      2:37 PanicStmt
        2:43 NameExpr e
`},
		{"do on fail without a variable", "do { } on fail { }", `
2:1 DoStmt
  2:4 Block
  2:8 OnFail
    2:16 Block
`},
		{"nested blocks", "{ { x = 1; } }", `
2:1 Block
  2:3 Block
    2:5 AssignStmt =
      2:5 NameExpr x
      2:9 IntLit 1
`},
		{"empty statements are skipped", ";;x = 1;;", `
2:3 AssignStmt =
  2:3 NameExpr x
  2:7 IntLit 1
`},
		// Concurrency.
		{"foreach and lock with on fail", "foreach var x in xs { } on fail var e { }\nlock { } on fail { }", `
2:1 ForeachStmt x var
  2:18 NameExpr xs
  2:21 Block
  2:25 OnFail e var
    2:39 Block
3:1 LockStmt
  3:6 Block
  3:10 OnFail
    3:18 Block
`},
		{"lock", "lock { n += 1; }", `
2:1 LockStmt
  2:6 Block
    2:8 AssignStmt +=
      2:8 NameExpr n
      2:13 IntLit 1
`},
		{"workers with sends and receives", `worker w1 returns int {
    int x = <- function;
    x -> w2;
    x ->> function;
    return x;
}
@strand {thread: "any"}
worker w2 {
    int y = check <- w1;
    flush;
    flush w1;
} on fail var e {
    e -> function;
}
10 -> w1;
int r = wait w1;`, `
2:1 WorkerDecl w1
  returns: 2:19 BuiltinType int
  2:23 Block
    3:5 VarDecl x
      3:5 BuiltinType int
      3:13 ReceiveExpr
        3:16 Peer function
    4:5 SendStmt -> at 4:7
      4:5 NameExpr x
      4:10 Peer w2
    5:5 ExprStmt
      5:5 SendExpr ->> at 5:7
        5:5 NameExpr x
        5:11 Peer function
    6:5 ReturnStmt
      6:12 NameExpr x
9:1 WorkerDecl w2
  8:1 Annotation @strand
    8:9 MappingExpr
      8:10 Field "thread"
        8:18 StringLit "any"
  9:11 Block
    10:5 VarDecl y
      10:5 BuiltinType int
      10:13 CheckExpr check
        10:19 ReceiveExpr
          10:22 Peer w1
    11:5 ExprStmt
      11:5 FlushExpr
    12:5 ExprStmt
      12:5 FlushExpr
        12:11 Peer w1
  13:3 OnFail e var
    13:17 Block
      14:5 SendStmt -> at 14:7
        14:5 NameExpr e
        14:10 Peer function
16:1 SendStmt -> at 16:4
  16:1 IntLit 10
  16:7 Peer w1
17:1 VarDecl r
  17:1 BuiltinType int
  17:9 WaitExpr
    17:14 NameExpr w1
`},
		{"send of a full expression", "x + 1 -> w;\nf(a)[0] -> function;", `
2:1 SendStmt -> at 2:7
  2:1 BinaryExpr +
    2:1 NameExpr x
    2:5 IntLit 1
  2:10 Peer w
3:1 SendStmt -> at 3:9
  3:1 IndexExpr
    3:1 CallExpr
      3:1 NameExpr f
      Arg
        3:3 NameExpr a
    3:6 IntLit 0
  3:12 Peer function
`},
		{"sync send as an initializer", "error? r = 10 ->> w;", `
2:1 VarDecl r
  2:1 OptionalType
    2:1 BuiltinType error
  2:12 SendExpr ->> at 2:15
    2:12 IntLit 10
    2:19 Peer w
`},
		{"fork", "fork {\n    worker a { 1 -> b; }\n    @strand {thread: \"any\"} worker b { int v = <- a; }\n}", `
2:1 ForkStmt
  3:5 WorkerDecl a
    3:14 Block
      3:16 SendStmt -> at 3:18
        3:16 IntLit 1
        3:21 Peer b
  4:29 WorkerDecl b
    4:5 Annotation @strand
      4:13 MappingExpr
        4:14 Field "thread"
          4:22 StringLit "any"
    4:38 Block
      4:40 VarDecl v
        4:40 BuiltinType int
        4:48 ReceiveExpr
          4:51 Peer a
`},
		{"start statement with an annotation", `@strand {thread: "any"} start f();`, `
2:25 ExprStmt
  2:25 StartExpr
    2:1 Annotation @strand
      2:9 MappingExpr
        2:10 Field "thread"
          2:18 StringLit "any"
    2:31 CallExpr
      2:31 NameExpr f
`},
		{"wait statements", "wait f;\nint|error r = wait f1 | f2;\nmap<int> m = wait {a: f1, b};", `
2:1 ExprStmt
  2:1 WaitExpr
    2:6 NameExpr f
3:1 VarDecl r
  3:1 UnionType
    3:1 BuiltinType int
    3:5 BuiltinType error
  3:15 WaitExpr
    3:20 NameExpr f1
    3:25 NameExpr f2
4:1 VarDecl m
  4:1 MapType
    4:5 BuiltinType int
  4:14 MultiWaitExpr
    4:20 WaitField a
      4:23 NameExpr f1
    4:27 WaitField b
      4:27 NameExpr b
`},
		{"receives as initializers", "int|error a = <- w1 | w2;\nrecord {int x;} r = <- {x: w1, w2};", `
2:1 VarDecl a
  2:1 UnionType
    2:1 BuiltinType int
    2:5 BuiltinType error
  2:15 ReceiveExpr
    2:18 Peer w1
    2:23 Peer w2
3:1 VarDecl r
  3:1 RecordType
    3:9 RecordField x
      3:9 BuiltinType int
  3:21 MultiReceiveExpr
    3:25 ReceiveField x
      3:28 Peer w1
    3:32 ReceiveField w2
      3:32 Peer w2
`},
		{"remote and resource call statements", `json j = check c->get("/a");
c->/items/[id].put(body);`, `
2:1 VarDecl j
  2:1 BuiltinType json
  2:10 CheckExpr check
    2:16 RemoteCallExpr get
      2:16 NameExpr c
      Arg
        2:23 StringLit "/a"
3:1 ExprStmt
  3:1 ResourceCallExpr .put
    3:1 NameExpr c
    Seg items
    Seg []
      3:12 NameExpr id
    Arg
      3:20 NameExpr body
`},
		{"anonymous and arrow functions as initializers", "var f = function (int x) returns int { return x; };\nvar g = x => x;", `
2:1 VarDecl f var
  2:9 FuncExpr
    2:19 Param x
      2:19 BuiltinType int
    returns: 2:34 BuiltinType int
    2:38 Block
      2:40 ReturnStmt
        2:47 NameExpr x
3:1 VarDecl g var
  3:9 ArrowExpr (x)
    3:14 NameExpr x
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, trimDump(tt.want), dumpStmts(t, tt.src))
		})
	}
}

func TestParseDecls(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"imports", "import ballerina/io;\nimport ballerina/lang.'int as ints;\nimport mymod;", `
1:1 ImportDecl ballerina/io
2:1 ImportDecl ballerina/lang.int as ints
3:1 ImportDecl mymod
`},
		{"functions", `public isolated function add(int a, int b = 2, int... rest) returns int {
    return a + b;
}
function twice(int x) returns int => x * 2;
@display {label: "m"}
function main() returns error? {}`, `
1:1 FuncDecl add public isolated
  1:30 Param a
    1:30 BuiltinType int
  1:37 Param b
    1:37 BuiltinType int
    default: 1:45 IntLit 2
  1:48 Param rest rest
    1:48 BuiltinType int
  returns: 1:69 BuiltinType int
  1:73 Block
    2:5 ReturnStmt
      2:12 BinaryExpr +
        2:12 NameExpr a
        2:16 NameExpr b
4:1 FuncDecl twice
  4:16 Param x
    4:16 BuiltinType int
  returns: 4:31 BuiltinType int
  4:38 BinaryExpr *
    4:38 NameExpr x
    4:42 IntLit 2
6:1 FuncDecl main
  5:1 Annotation @display
    5:10 MappingExpr
      5:11 Field "label"
        5:18 StringLit "m"
  returns: 6:25 OptionalType
    6:25 BuiltinType error
  6:32 Block
`},
		{"constants", "const N = 3;\npublic const string S = \"s\";", `
1:1 ConstDecl N
  1:11 IntLit 3
2:1 ConstDecl S public
  2:14 BuiltinType string
  2:25 StringLit "s"
`},
		{"module variables", `configurable int port = 8080;
configurable string host = ?;
final string name = "n";
isolated int[] stack = [];
public var counter = 0;
Person p = {name: "x"};
function (int) returns int inc = x => x + 1;
isolated int total;`, `
1:1 ModuleVarDecl port configurable
  1:14 BuiltinType int
  1:25 IntLit 8080
2:1 ModuleVarDecl host configurable = ?
  2:14 BuiltinType string
3:1 ModuleVarDecl name final
  3:7 BuiltinType string
  3:21 StringLit "n"
4:1 ModuleVarDecl stack isolated
  4:10 ArrayType
    4:10 BuiltinType int
  4:24 ListExpr
5:1 ModuleVarDecl counter var public
  5:22 IntLit 0
6:1 ModuleVarDecl p
  6:1 NamedType Person
  6:12 MappingExpr
    6:13 Field "name"
      6:19 StringLit "x"
7:1 ModuleVarDecl inc
  7:1 FuncType
    7:11 Param
      7:11 BuiltinType int
    returns: 7:24 BuiltinType int
  7:34 ArrowExpr (x)
    7:39 BinaryExpr +
      7:39 NameExpr x
      7:43 IntLit 1
8:1 ModuleVarDecl total isolated no initializer
  8:10 BuiltinType int
`},
		{"record types", `public type Person record {|
    string name;
    int age?;
    readonly string id = "x";
    @a float score;
    *Base;
    readonly r;
    anydata...;
|};
type Open record { int a = 1; readonly & int[] b; };`, `
1:1 TypeDecl Person public
  1:20 RecordType closed
    include: 6:6 NamedType Base
    2:5 RecordField name
      2:5 BuiltinType string
    3:5 RecordField age optional
      3:5 BuiltinType int
    4:5 RecordField id readonly
      4:14 BuiltinType string
      default: 4:26 StringLit "x"
    5:8 RecordField score
      5:5 Annotation @a
      5:8 BuiltinType float
    7:5 RecordField r
      7:5 BuiltinType readonly
    rest: 8:5 BuiltinType anydata
10:1 TypeDecl Open
  10:11 RecordType
    10:20 RecordField a
      10:20 BuiltinType int
      default: 10:28 IntLit 1
    10:31 RecordField b
      10:31 IntersectionType
        10:31 BuiltinType readonly
        10:42 ArrayType
          10:42 BuiltinType int
`},
		{"listeners", "listener http:Listener ep = new (9090);\nlistener l2 = new http:Listener(8081);", `
1:1 ListenerDecl ep
  1:10 NamedType http:Listener
  1:29 NewExpr
    Arg
      1:34 IntLit 9090
2:1 ListenerDecl l2
  2:15 NewExpr
    2:19 NamedType http:Listener
    Arg
      2:33 IntLit 8081
`},
		{"service with resource functions", `@http:ServiceConfig {}
service /api/v1 on ep, new http:Listener(9) {
    resource function get albums/[string id](int limit = 10) returns json|error {
        return {id: id};
    }
    isolated resource function post .(@http:Payload Album a) returns string {
        return a.title;
    }
    resource function get files/[string... rest]() { }
    resource function default [string... path]() { }
    remote function hello() { }
    isolated function helper() { }
}
service "hello" on ep { }
service on ep { }
isolated service /iso on ep { }`, `
2:1 ServiceDecl /api/v1
  1:1 Annotation @http:ServiceConfig
    1:21 MappingExpr
  on: 2:20 NameExpr ep
  on: 2:24 NewExpr
    2:28 NamedType http:Listener
    Arg
      2:42 IntLit 9
  3:5 ResourceFunc get
    3:27 ResourceSeg albums
    3:34 ResourceSeg [id]
      3:35 BuiltinType string
    3:46 Param limit
      3:46 BuiltinType int
      default: 3:58 IntLit 10
    returns: 3:70 UnionType
      3:70 BuiltinType json
      3:75 BuiltinType error
    3:81 Block
      4:9 ReturnStmt
        4:16 MappingExpr
          4:17 Field "id"
            4:21 NameExpr id
  6:5 ResourceFunc post isolated
    6:37 ResourceSeg .
    6:53 Param a
      6:39 Annotation @http:Payload
      6:53 NamedType Album
    returns: 6:70 BuiltinType string
    6:77 Block
      7:9 ReturnStmt
        7:16 FieldExpr .title
          7:16 NameExpr a
  9:5 ResourceFunc get
    9:27 ResourceSeg files
    9:33 ResourceSeg [rest] rest
      9:34 BuiltinType string
    9:52 Block
  10:5 ResourceFunc default
    10:31 ResourceSeg [path] rest
      10:32 BuiltinType string
    10:50 Block
  11:5 FuncDecl hello remote
    11:29 Block
  12:5 FuncDecl helper isolated
    12:32 Block
14:1 ServiceDecl "hello"
  on: 14:20 NameExpr ep
15:1 ServiceDecl /
  on: 15:12 NameExpr ep
16:1 ServiceDecl /iso isolated
  on: 16:26 NameExpr ep
`},
		{"type definitions", `type IntOrString int|string;
type Fn isolated function (int a, string...) returns int;
type Color "red"|"green";
type Pair [int, string];
type E error<map<string>>;`, `
1:1 TypeDecl IntOrString
  1:18 UnionType
    1:18 BuiltinType int
    1:22 BuiltinType string
2:1 TypeDecl Fn
  2:9 FuncType isolated
    2:28 Param a
      2:28 BuiltinType int
    2:35 Param rest
      2:35 BuiltinType string
    returns: 2:54 BuiltinType int
3:1 TypeDecl Color
  3:12 UnionType
    3:12 SingletonType
      3:12 StringLit "red"
    3:18 SingletonType
      3:18 StringLit "green"
4:1 TypeDecl Pair
  4:11 TupleType
    4:12 BuiltinType int
    4:17 BuiltinType string
5:1 TypeDecl E
  5:8 ErrorType
    5:14 MapType
      5:18 BuiltinType string
`},
		{"type descriptors", "type A map<int>[]|future<int>?|future|typedesc<int>|typedesc|int[3]|int[*]|int:Signed32|null|();", `
1:1 TypeDecl A
  1:8 UnionType
    1:8 ArrayType
      1:8 MapType
        1:12 BuiltinType int
    1:19 OptionalType
      1:19 FutureType
        1:26 BuiltinType int
    1:32 FutureType
    1:39 TypedescType
      1:48 BuiltinType int
    1:53 TypedescType
    1:62 ArrayType
      1:62 BuiltinType int
      len: 1:66 IntLit 3
    1:69 ArrayType [*]
      1:69 BuiltinType int
    1:76 NamedType int:Signed32
    1:89 NilType
    1:94 NilType
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, trimDump(tt.want), dumpDecls(t, tt.src))
		})
	}
}
