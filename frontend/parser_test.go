package frontend

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// parseOK parses src and fails the test on any diagnostic.
func parseOK(t *testing.T, src string) *File {
	t.Helper()
	f, diags := Parse(&Source{Name: "t.bal", Text: []byte(src)})
	require.Empty(t, renderDiags(diags), "source:\n%s", src)
	return f
}

// dumpDecls parses a whole file and dumps its imports and declarations.
func dumpDecls(t *testing.T, src string) string {
	t.Helper()
	f := parseOK(t, src)
	var b strings.Builder
	for _, imp := range f.Imports {
		b.WriteString(Dump(imp))
	}
	for _, d := range f.Decls {
		b.WriteString(Dump(d))
	}
	return b.String()
}

// dumpStmts parses src as the body of a function (so the statements start
// on line 2) and dumps the statements.
func dumpStmts(t *testing.T, src string) string {
	t.Helper()
	f := parseOK(t, "function f() {\n"+src+"\n}\n")
	require.Len(t, f.Decls, 1)
	var b strings.Builder
	for _, s := range f.Decls[0].(*FuncDecl).Body.Stmts {
		b.WriteString(Dump(s))
	}
	return b.String()
}

// parseExpr parses src as the value of an assignment on line 3, column 1.
func parseExpr(t *testing.T, src string) Expr {
	t.Helper()
	f := parseOK(t, "function f() {\n_ =\n"+src+";\n}\n")
	require.Len(t, f.Decls, 1)
	stmts := f.Decls[0].(*FuncDecl).Body.Stmts
	require.Len(t, stmts, 1)
	return stmts[0].(*AssignStmt).Value
}

func trimDump(s string) string { return strings.TrimPrefix(s, "\n") }

// sexpr renders an expression compactly to check precedence and
// associativity: (op x y), (? c a b), (is x T), names and literals bare.
func sexpr(x Expr) string {
	switch x := x.(type) {
	case *ParenExpr:
		return "(paren " + sexpr(x.X) + ")"
	case *BinaryExpr:
		return "(" + x.Op.String() + " " + sexpr(x.X) + " " + sexpr(x.Y) + ")"
	case *UnaryExpr:
		return "(" + x.Op.String() + sexpr(x.X) + ")"
	case *CondExpr:
		return "(? " + sexpr(x.Cond) + " " + sexpr(x.Then) + " " + sexpr(x.Else) + ")"
	case *TypeTestExpr:
		op := "is"
		if x.Not {
			op = "!is"
		}
		return "(" + op + " " + sexpr(x.X) + " " + stype(x.Type) + ")"
	case *CastExpr:
		return "(<" + stype(x.Type) + "> " + sexpr(x.X) + ")"
	case *CheckExpr:
		kw := "check"
		if x.Panic {
			kw = "checkpanic"
		}
		return "(" + kw + " " + sexpr(x.X) + ")"
	case *TrapExpr:
		return "(trap " + sexpr(x.X) + ")"
	case *TypeofExpr:
		return "(typeof " + sexpr(x.X) + ")"
	case *NameExpr:
		return qualified(x.Prefix, x.Name)
	case *IntLit:
		return x.Raw
	case *FloatLit:
		return x.Raw
	case *StringLit:
		return strconv.Quote(x.Value)
	case *BoolLit:
		return strconv.FormatBool(x.Value)
	case *NilLit:
		return "()"
	case *CallExpr:
		var args []string
		for _, a := range x.Args {
			args = append(args, sexpr(a.Value))
		}
		return sexpr(x.Fun) + "(" + strings.Join(args, ",") + ")"
	case *MethodCallExpr:
		var args []string
		for _, a := range x.Args {
			args = append(args, sexpr(a.Value))
		}
		return sexpr(x.Recv) + "." + x.Name + "(" + strings.Join(args, ",") + ")"
	case *FieldExpr:
		if x.Optional {
			return sexpr(x.X) + "?." + x.Name
		}
		return sexpr(x.X) + "." + x.Name
	case *IndexExpr:
		return sexpr(x.X) + "[" + sexpr(x.Index) + "]"
	case *WaitExpr:
		var fs []string
		for _, f := range x.Futures {
			fs = append(fs, sexpr(f))
		}
		return "(wait " + strings.Join(fs, " | ") + ")"
	case *ReceiveExpr:
		var ps []string
		for _, r := range x.Peers {
			ps = append(ps, r.Name)
		}
		return "(<- " + strings.Join(ps, " | ") + ")"
	case *SendExpr:
		return "(->> " + sexpr(x.X) + " " + x.Peer.Name + ")"
	case *ArrowExpr:
		var ps []string
		for _, n := range x.Params {
			ps = append(ps, n.Name)
		}
		return "(=> (" + strings.Join(ps, ",") + ") " + sexpr(x.Body) + ")"
	case *StartExpr:
		return "(start " + sexpr(x.Call) + ")"
	case *ListExpr:
		var es []string
		for _, e := range x.Elems {
			es = append(es, sexpr(e))
		}
		return "[" + strings.Join(es, ",") + "]"
	case *WildcardExpr:
		return "_"
	}
	return fmt.Sprintf("%T", x)
}

// stype renders a type compactly.
func stype(t TypeExpr) string {
	switch t := t.(type) {
	case *BuiltinType:
		return t.Name
	case *NamedType:
		return qualified(t.Prefix, t.Name)
	case *NilType:
		return "()"
	case *OptionalType:
		return stype(t.Elem) + "?"
	case *ArrayType:
		// the dimensions are written outermost first: T[3][2]
		dims := ""
		var elem TypeExpr = t
		for a, ok := elem.(*ArrayType); ok; a, ok = elem.(*ArrayType) {
			switch {
			case a.Inferred:
				dims += "[*]"
			case a.Len != nil:
				dims += "[" + sexpr(a.Len) + "]"
			default:
				dims += "[]"
			}
			elem = a.Elem
		}
		return stype(elem) + dims
	case *UnionType:
		var ms []string
		for _, m := range t.Members {
			ms = append(ms, stype(m))
		}
		return "(" + strings.Join(ms, "|") + ")"
	case *IntersectionType:
		var ms []string
		for _, m := range t.Members {
			ms = append(ms, stype(m))
		}
		return "(" + strings.Join(ms, "&") + ")"
	case *MapType:
		return "map<" + stype(t.Elem) + ">"
	case *FutureType:
		if t.Elem == nil {
			return "future"
		}
		return "future<" + stype(t.Elem) + ">"
	case *TypedescType:
		if t.Elem == nil {
			return "typedesc"
		}
		return "typedesc<" + stype(t.Elem) + ">"
	case *ErrorType:
		return "error<" + stype(t.Detail) + ">"
	case *TupleType:
		var ms []string
		for _, m := range t.Members {
			ms = append(ms, stype(m))
		}
		if t.Rest != nil {
			ms = append(ms, stype(t.Rest)+"...")
		}
		return "[" + strings.Join(ms, ",") + "]"
	case *SingletonType:
		return sexpr(t.Value)
	case *FuncType:
		if t.Any {
			return "function"
		}
		var ps []string
		for _, p := range t.Params {
			ps = append(ps, stype(p.Type))
		}
		s := "function(" + strings.Join(ps, ",") + ")"
		if t.Return != nil {
			s += " returns " + stype(t.Return)
		}
		return s
	case *RecordType:
		if t.Closed {
			return "record{||}"
		}
		return "record{}"
	}
	return fmt.Sprintf("%T", t)
}

func TestPrecedence(t *testing.T) {
	tests := []struct{ src, want string }{
		// each level against its neighbours, both ways round
		{"a * b + c", "(+ (* a b) c)"},
		{"a + b * c", "(+ a (* b c))"},
		{"a / b % c * d", "(* (% (/ a b) c) d)"},
		{"a - b - c", "(- (- a b) c)"},
		{"a + b << c", "(<< (+ a b) c)"},
		{"a << b + c", "(<< a (+ b c))"},
		{"a >> b >>> c", "(>>> (>> a b) c)"},
		{"a << b ... c", "(... (<< a b) c)"},
		{"a ..< b << c", "(..< a (<< b c))"},
		{"a ... b < c", "(< (... a b) c)"},
		{"a < b ..< c", "(< a (..< b c))"},
		{"a < b == c", "(== (< a b) c)"},
		{"a == b >= c", "(== a (>= b c))"},
		{"a > b != c <= d", "(!= (> a b) (<= c d))"},
		{"a === b & c", "(& (=== a b) c)"},
		{"a & b !== c", "(& a (!== b c))"},
		{"a & b ^ c", "(^ (& a b) c)"},
		{"a ^ b & c", "(^ a (& b c))"},
		{"a ^ b | c", "(| (^ a b) c)"},
		{"a | b ^ c", "(| a (^ b c))"},
		{"a | b && c", "(&& (| a b) c)"},
		{"a && b | c", "(&& a (| b c))"},
		{"a && b || c", "(|| (&& a b) c)"},
		{"a || b && c", "(|| a (&& b c))"},
		{"a || b ?: c", "(?: (|| a b) c)"},
		{"a ?: b || c", "(?: a (|| b c))"},
		{"a ?: b ?: c", "(?: a (?: b c))"},
		{"a ?: b ? c : d", "(? (?: a b) c d)"},
		{"a ? b : c ? d : e", "(? a b (? c d e))"},
		{"a ? b ? c : d : e", "(? a (? b c d) e)"},
		{"a ? b : c ?: d", "(? a b (?: c d))"},
		// unary and postfix bind tightest
		{"-a * b", "(* (-a) b)"},
		{"!a && b", "(&& (!a) b)"},
		{"~a.b[c](d)", "(~a.b[c](d))"},
		{"-x.y", "(-x.y)"},
		{"- - a", "(-(-a))"},
		{"+a - -b", "(- (+a) (-b))"},
		{"<int>a + b", "(+ (<int> a) b)"},
		{"<map<int>>m", "(<map<int>> m)"},
		{"typeof a == b", "(== (typeof a) b)"},
		{"check f() + 1", "(+ (check f()) 1)"},
		{"checkpanic a.b()", "(checkpanic a.b())"},
		{"check check f()", "(check (check f()))"},
		{"trap f() ?: 0", "(?: (trap f()) 0)"},
		{"trap a || b", "(trap (|| a b))"},
		// type tests
		{"a is int && b", "(&& (is a int) b)"},
		{"a !is string|int", "(!is a (string|int))"},
		{"a + 1 is int", "(is (+ a 1) int)"},
		{"a is int ? 1 : 2", "(? (is a int) 1 2)"},
		{"a is int? ? 1 : 2", "(? (is a int?) 1 2)"},
		{"a is int?", "(is a int?)"},
		{"a is int[] == b", "(== (is a int[]) b)"},
		{"a is error:NoMessage", "(is a error:NoMessage)"},
		// actions inside expressions
		{"wait a | b", "(wait a | b)"},
		{"wait f", "(wait f)"},
		{"<- a | b | function", "(<- a | b | function)"},
		{"check <- w", "(check (<- w))"},
		{"x ->> w", "(->> x w)"},
		{"a + 1 ->> function", "(->> (+ a 1) function)"},
		{"x => x + 1", "(=> (x) (+ x 1))"},
		{"(x, y) => x * y", "(=> (x,y) (* x y))"},
		{"() => 1", "(=> () 1)"},
		{"f(x => x)", "f((=> (x) x))"},
		{"start f(x)", "(start f(x))"},
		// literal folding of the most negative int
		{"-9223372036854775808", "(-9223372036854775808)"},
		{"- 1", "(-1)"},
		{"-0x8000000000000000", "(-0x8000000000000000)"},
		// qualified names
		{"int:MAX_VALUE - 1", "(- int:MAX_VALUE 1)"},
		{"a ? b : c", "(? a b c)"},
		{"a ? b:c : d", "(? a b:c d)"},
		{"string:concat(a, b)", "string:concat(a,b)"},
		{"x.map(f).filter(g)", "x.map(f).filter(g)"},
		{"x?.y.z", "x?.y.z"},
		{"(a + b) * c", "(* (paren (+ a b)) c)"},
		{"a - (b - c)", "(- a (paren (- b c)))"},
		{"((a))", "(paren (paren a))"},
		{"-(1)", "(-(paren 1))"},
		{"(a)(b)", "(paren a)(b)"},
		{"(a, b) => a", "(=> (a,b) a)"},
		{"(a) => a", "(=> (a) a)"},
		{"()", "()"},
		{"[1, 2].length()", "[1,2].length()"},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			assert.Equal(t, tt.want, sexpr(parseExpr(t, tt.src)))
		})
	}
}

func TestTypes(t *testing.T) {
	tests := []struct{ src, want string }{
		{"int", "int"},
		{"int?", "int?"},
		{"int|string?", "(int|string?)"},
		{"int[]?", "int[]?"},
		{"int?[]", "int?[]"},
		{"int[3][]", "int[3][]"},
		{"int[*]", "int[*]"},
		{"int[N]", "int[N]"},
		{"int[m:N]", "int[m:N]"},
		{"(int|string)[]", "(int|string)[]"},
		{"readonly & int[]", "(readonly&int[])"},
		{"A & B | C", "((A&B)|C)"},
		{"map<map<int>>", "map<map<int>>"},
		{"map<future<int>>", "map<future<int>>"},
		{"future", "future"},
		{"typedesc<int>", "typedesc<int>"},
		{"typedesc", "typedesc"},
		{"error", "error"},
		{"error<map<string>>", "error<map<string>>"},
		{"error:NoMessage", "error:NoMessage"},
		{"http:Client", "http:Client"},
		{"()", "()"},
		{"null", "()"},
		{"[int, string...]", "[int,string...]"},
		{"[int...]", "[int...]"},
		{"[]", "[]"},
		{`"a"|"b"|1|-1|2.5|true`, `("a"|"b"|1|(-1)|2.5|true)`},
		{"function", "function"},
		{"function (int, string) returns int", "function(int,string) returns int"},
		{"isolated function ()", "function()"},
		{"function () returns int|error", "function() returns (int|error)"},
		{"(function () returns int)?", "function() returns int?"},
		{"record {| int a; |}", "record{||}"},
		{"any|anydata|json|never|handle|byte|decimal|float|boolean|readonly", "(any|anydata|json|never|handle|byte|decimal|float|boolean|readonly)"},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			f := parseOK(t, "type T "+tt.src+";")
			require.Len(t, f.Decls, 1)
			assert.Equal(t, tt.want, stype(f.Decls[0].(*TypeDecl).Type))
		})
	}
}

func TestParseExprDump(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"literals", `[42, 0x2A, 1.5, 2f, 1.2d, "s\n", true, false, null, ()]`, `
3:1 ListExpr
  3:2 IntLit 42
  3:6 IntLit 42 raw=0x2A
  3:12 FloatLit 1.5
  3:17 FloatLit 2f
  3:21 FloatLit 1.2d decimal
  3:27 StringLit "s\n"
  3:34 BoolLit true
  3:40 BoolLit false
  3:47 NilLit
  3:53 NilLit
`},
		{"string template", "string `a ${x + 1} b ${y}`", `
3:1 TemplateExpr string ["a " " b " ""]
  3:13 BinaryExpr +
    3:13 NameExpr x
    3:17 IntLit 1
  3:24 NameExpr y
`},
		{"raw template", "`plain`", `
3:1 TemplateExpr raw ["plain"]
`},
		{"nested template", "string `<${string `${a}`}>`", `
3:1 TemplateExpr string ["<" ">"]
  3:12 TemplateExpr string ["" ""]
    3:22 NameExpr a
`},
		{"list with spread", "[a, ...b]", `
3:1 ListExpr
  3:2 NameExpr a
  3:5 SpreadExpr
    3:8 NameExpr b
`},
		{"mapping constructor", `{a: 1, "b": 2, [k]: v, c, ...m, readonly d: 3}`, `
3:1 MappingExpr
  3:2 Field "a"
    3:5 IntLit 1
  3:8 Field "b"
    3:13 IntLit 2
  3:16 Field [computed]
    key: 3:17 NameExpr k
    3:21 NameExpr v
  3:24 Field "c" shorthand
  3:27 Field ...
    3:30 NameExpr m
  3:33 Field "d" readonly
    3:45 IntLit 3
`},
		{"new forms", "[new, new (1), new http:Client(u, timeout = 5), new Foo]", `
3:1 ListExpr
  3:2 NewExpr
  3:7 NewExpr
    Arg
      3:12 IntLit 1
  3:16 NewExpr
    3:20 NamedType http:Client
    Arg
      3:32 NameExpr u
    Arg timeout= 3:35
      3:45 IntLit 5
  3:49 NewExpr
    3:53 NamedType Foo
`},
		{"error constructors", `[error("m"), error("m", cause, code = 1), error MyError("x")]`, `
3:1 ListExpr
  3:2 ErrorCtorExpr
    Arg
      3:8 StringLit "m"
  3:14 ErrorCtorExpr
    Arg
      3:20 StringLit "m"
    Arg
      3:25 NameExpr cause
    Arg code= 3:32
      3:39 IntLit 1
  3:43 ErrorCtorExpr
    3:49 NamedType MyError
    Arg
      3:57 StringLit "x"
`},
		{"calls and access", "f(a, ...r).m(k = 1)[i]?.x.y", `
3:1 FieldExpr .y
  3:1 FieldExpr ?.x
    3:1 IndexExpr
      3:1 MethodCallExpr m
        3:1 CallExpr
          3:1 NameExpr f
          Arg
            3:3 NameExpr a
          Arg ...
            3:9 NameExpr r
        Arg k= 3:14
          3:18 IntLit 1
      3:21 NameExpr i
`},
		{"cast typeof check trap", "<int>typeof checkpanic trap f()", `
3:1 CastExpr
  3:2 BuiltinType int
  3:6 TypeofExpr
    3:13 CheckExpr checkpanic
      3:24 TrapExpr
        3:29 CallExpr
          3:29 NameExpr f
`},
		{"min int", "-9223372036854775808", `
3:1 UnaryExpr -
  3:2 IntLit 9223372036854775808
`},
		{"anonymous function", "isolated function (int x, string... s) returns int { return x; }", `
3:1 FuncExpr isolated
  3:20 Param x
    3:20 BuiltinType int
  3:27 Param s rest
    3:27 BuiltinType string
  returns: 3:48 BuiltinType int
  3:52 Block
    3:54 ReturnStmt
      3:61 NameExpr x
`},
		{"expression-bodied anonymous function", "function (int x) => x * 2", `
3:1 FuncExpr
  3:11 Param x
    3:11 BuiltinType int
  3:21 BinaryExpr *
    3:21 NameExpr x
    3:25 IntLit 2
`},
		{"arrow functions", "[x => x, (a, b) => a + b, () => 0]", `
3:1 ListExpr
  3:2 ArrowExpr (x)
    3:7 NameExpr x
  3:10 ArrowExpr (a, b)
    3:20 BinaryExpr +
      3:20 NameExpr a
      3:24 NameExpr b
  3:27 ArrowExpr ()
    3:33 IntLit 0
`},
		{"remote call", `c->post("/p", {a: 1})`, `
3:1 RemoteCallExpr post
  3:1 NameExpr c
  Arg
    3:9 StringLit "/p"
  Arg
    3:15 MappingExpr
      3:16 Field "a"
        3:19 IntLit 1
`},
		{"resource call with path params and method", `c->/albums/[id]/tracks/[...rest].post(payload, q = 1)`, `
3:1 ResourceCallExpr .post
  3:1 NameExpr c
  Seg albums
  Seg []
    3:13 NameExpr id
  Seg tracks
  Seg []
    3:25 SpreadExpr
      3:28 NameExpr rest
  Arg
    3:39 NameExpr payload
  Arg q= 3:48
    3:52 IntLit 1
`},
		{"resource call without method or arguments", "c->/albums", `
3:1 ResourceCallExpr
  3:1 NameExpr c
  Seg albums
`},
		{"resource call at the root", "c->/.get()", `
3:1 ResourceCallExpr .get
  3:1 NameExpr c
`},
		{"start with annotation", `@strand {thread: "any"} start obj.run(1)`, `
3:25 StartExpr
  3:1 Annotation @strand
    3:9 MappingExpr
      3:10 Field "thread"
        3:18 StringLit "any"
  3:31 MethodCallExpr run
    3:31 NameExpr obj
    Arg
      3:39 IntLit 1
`},
		{"start remote call", `start cl->get("/")`, `
3:1 StartExpr
  3:7 RemoteCallExpr get
    3:7 NameExpr cl
    Arg
      3:15 StringLit "/"
`},
		{"single wait", "wait f", `
3:1 WaitExpr
  3:6 NameExpr f
`},
		{"alternate wait", "wait f1 | f2 | w", `
3:1 WaitExpr
  3:6 NameExpr f1
  3:11 NameExpr f2
  3:16 NameExpr w
`},
		{"multiple wait with keys", "wait {a: f1, b: f2}", `
3:1 MultiWaitExpr
  3:7 WaitField a
    3:10 NameExpr f1
  3:14 WaitField b
    3:17 NameExpr f2
`},
		{"multiple wait shorthand", "wait {w1, w2}", `
3:1 MultiWaitExpr
  3:7 WaitField w1
    3:7 NameExpr w1
  3:11 WaitField w2
    3:11 NameExpr w2
`},
		{"single receive", "<- w", `
3:1 ReceiveExpr
  3:4 Peer w
`},
		{"receive from the default worker", "<- function", `
3:1 ReceiveExpr
  3:4 Peer function
`},
		{"alternate receive", "<- w1 | w2", `
3:1 ReceiveExpr
  3:4 Peer w1
  3:9 Peer w2
`},
		{"multiple receive with keys", "<- {a: w1, b: function}", `
3:1 MultiReceiveExpr
  3:5 ReceiveField a
    3:8 Peer w1
  3:12 ReceiveField b
    3:15 Peer function
`},
		{"multiple receive shorthand", "<- {w1, w2}", `
3:1 MultiReceiveExpr
  3:5 ReceiveField w1
    3:5 Peer w1
  3:9 ReceiveField w2
    3:9 Peer w2
`},
		{"sync send", "x + 1 ->> w", `
3:1 SendExpr ->> at 3:7
  3:1 BinaryExpr +
    3:1 NameExpr x
    3:5 IntLit 1
  3:11 Peer w
`},
		{"flush", "[flush, flush w, flush function]", `
3:1 ListExpr
  3:2 FlushExpr
  3:9 FlushExpr
    3:15 Peer w
  3:18 FlushExpr
    3:24 Peer function
`},
		{"type test and conditional", "x !is int ? a : b", `
3:1 CondExpr
  3:1 TypeTestExpr !is
    3:1 NameExpr x
    3:7 BuiltinType int
  3:13 NameExpr a
  3:17 NameExpr b
`},
		{"qualified names", "[io:println, ints:sum, int:MAX_VALUE, error:message]", `
3:1 ListExpr
  3:2 NameExpr io:println
  3:14 NameExpr ints:sum
  3:24 NameExpr int:MAX_VALUE
  3:39 NameExpr error:message
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, trimDump(tt.want), Dump(parseExpr(t, tt.src)))
		})
	}
}

// TestParseLibrary checks that external function bodies are accepted in a
// library module's declarations and only there.
func TestParseLibrary(t *testing.T) {
	src := "@typeParam\ntype Type any|error;\npublic isolated function push(Type[] arr, Type... vals) returns () = external;\n"
	f, diags := ParseLibrary(&Source{Name: "lib.bal", Text: []byte(src)})
	require.Empty(t, renderDiags(diags))
	require.Len(t, f.Decls, 2)
	fd := f.Decls[1].(*FuncDecl)
	assert.True(t, fd.External)
	assert.Nil(t, fd.Body)
	assert.Nil(t, fd.ExprBody)
	assert.Equal(t, "push", fd.Name)

	_, diags = Parse(&Source{Name: "prog.bal", Text: []byte(src)})
	require.Len(t, diags, 1)
	assert.Equal(t, "not supported by bal2go yet: external functions", diags[0].Message)
	assert.Equal(t, 3, diags[0].Pos.Line)
}
