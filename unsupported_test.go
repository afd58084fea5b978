package bal2go_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/bal2go/bal2go"
)

// inMain wraps statements in a main function: its first statement is on
// line 2, column 5.
func inMain(stmts string) string {
	return "public function main() returns error? {\n    " + stmts + "\n}\n"
}

// withImports puts imports of io and http before main: the first statement
// is then on line 4, column 5.
func withImports(stmts string) string {
	return "import ballerina/io;\nimport ballerina/http;\n" + inMain(stmts) +
		"function use(http:Client c) {\n    io:println(c is http:Client);\n}\n"
}

// unsupportedCases are Ballerina constructs outside the bal2go subset. Each
// must get exactly one kind of answer: "not supported by bal2go yet: …" at
// the start of the construct, never a syntax error or "unknown"/"undefined"
// (which would blame the user for a valid program).
var unsupportedCases = []struct {
	name, src, want string // want: "LINE:COL: feature"
}{
	// Types
	{"handle type", inMain(`handle? h = ();`), "2:5: type 'handle'"},
	{"value:JsonFloat", inMain(`value:JsonFloat j = 1.0;`), "2:5: type 'value:JsonFloat'"},
	{"xml type", inMain(`xml? x = ();`), "2:5: xml types"},
	{"transactional function type", "type F transactional function ();\n", "1:8: transactional functions"},
	{"http:NotFound", "import ballerina/http;\nservice / on new http:Listener(9090) {\n    resource function get a() returns http:NotFound {\n        return {};\n    }\n}\n", "3:39: type 'http:NotFound'"},
	{"http:Ok", "import ballerina/http;\nservice / on new http:Listener(9090) {\n    resource function get a() returns http:Ok|error {\n        return {};\n    }\n}\n", "3:39: type 'http:Ok'"},
	{"io:Error", withImports(`io:Error? e = ();`), "4:5: type 'io:Error'"},
	{"runtime:StackFrame", "import ballerina/lang.runtime;\n" + inMain(`runtime:StackFrame[] f = [];`), "3:5: type 'runtime:StackFrame'"},

	// Module-level declarations
	{"external function", "function f() returns int = external;\n", "1:26: external functions"},
	{"transactional function", "transactional function f() {\n}\n", "1:1: transactional functions"},
	{"inferred typedesc parameter", "function f(typedesc<anydata> t = <>) returns int => 1;\n", "1:34: inferred typedesc parameters ('<>')"},
	{"decimal constant expression", "const decimal D = 1.5 + 1;\n", "1:19: decimal operators in constant expressions"},
	{"function type default", "type F function (int a, int b = a) returns int;\n", "1:33: a default value in a function type that is not a constant expression"},
	{"XML namespace declaration", "xmlns \"http://example.com\" as ns;\n", "1:1: XML namespace declarations"},
	{"unsupported module", "import ballerina/log;\n" + inMain(`log:printInfo("x");`), "1:1: module 'ballerina/log'"},
	{"service field", "import ballerina/http;\nservice / on new http:Listener(9090) {\n    int count = 0;\n}\n", "3:5: service fields"},

	// Expressions
	{"group by after group by", inMain(`var ys = from var x in [1, 2] group by var k = x % 2 group by k select k;`), "2:58: a group by after a group by"},
	{"stream query", inMain(`var s = stream from var x in [1, 2] select x;`), "2:13: queries that construct streams"},
	{"return in a query action", "function f() returns int {\n    from var x in [1] do {\n        return x;\n    };\n    return 0;\n}\n", "3:9: return statements in the do clause of a query action"},

	{"xml literal", inMain("var x = xml `<a/>`;"), "2:13: xml literals"},
	{"regular expression", inMain("var r = re `a+`;"), "2:13: regular expressions"},
	{"hex float literal", inMain(`float f = 0x1.8p1;`), "2:15: hexadecimal floating-point literals"},
	{"range outside foreach", inMain(`var r = 1 ... 3;`), "2:13: range expressions outside a foreach statement"},

	// Statements
	{"module-level list binding", "var [a, b] = [1, 2];\n", "1:1: list binding patterns"},
	{"unsupported member of a declaration's type", "type R record {};\n" + inMain(`R|xml x = ();`), "3:7: xml types"},
	{"module-level mapping binding", "var {a} = {a: 1};\n", "1:1: mapping binding patterns"},
	{"module-level error binding", "var error(m) = error(\"x\");\n", "1:1: error binding patterns"},
	{"field access in a destructuring assignment", "type R record {| int a; |};\n" + inMain(`R r = {a: 0}; int b = 0; [r.a, b] = [1, 2];`), "3:31: field and member access in destructuring assignments"},
	{"transaction", inMain("transaction {\n        check commit;\n    }"), "2:5: transaction statements"},
	{"retry", inMain("retry {\n    }"), "2:5: retry statements"},
	{"rollback", inMain(`rollback;`), "2:5: rollback statements"},
	{"on fail on while", inMain("while false {\n    } on fail var e {\n    }"), "3:7: 'on fail' on a while statement"},

	// Library members Ballerina has and bal2go lacks
	{"string method", inMain(`string s = "a"; var t = s.iterator();`), "2:31: function 'lang.string:iterator'"},
	{"int module function", inMain(`var r = int:range(0, 3, 1);`), "2:13: function 'lang.int:range'"},
	{"error method", inMain(`error e = error("x"); var s = e.stackTrace();`), "2:37: function 'lang.error:stackTrace'"},
	{"io function", withImports(`string s = io:readln("x");`), "4:16: function 'io:readln'"},
	{"io file function", withImports(`string s = check io:fileReadString("x");`), "4:22: function 'io:fileReadString'"},
	{"runtime function", "import ballerina/lang.runtime;\n" + inMain(`var s = runtime:getStackTrace();`), "3:13: function 'lang.runtime:getStackTrace'"},
	{"fromBalString", inMain(`any|error v = "1".fromBalString();`), "2:23: function 'lang.value:fromBalString'"},
	{"fromJsonFloatString", inMain(`json j = {}; var k = "1".fromJsonFloatString();`), "2:30: function 'lang.value:fromJsonFloatString'"},
	{"lang.value function on a record", "type R record {| int a; |};\n" + inMain(`R r = {a: 1}; var n = r.fromBalString();`), "3:29: function 'lang.value:fromBalString'"},
	{"lang.typedesc function", inMain(`typedesc<int> t = int; var ids = t.typeIds();`), "2:40: function 'lang.typedesc:typeIds'"},
	{"http:Caller parameter", "import ballerina/http;\nservice / on new http:Listener(9090) {\n    resource function get a(http:Caller caller) {\n    }\n}\n", "3:29: 'http:Caller' parameters of resource functions"},
	{"http:Request method", "import ballerina/http;\nservice / on new http:Listener(9090) {\n    resource function get a(http:Request req) returns string {\n        return req.getQueryParams().toString();\n    }\n}\n", "4:20: method 'http:Request.getQueryParams'"},
	{"http:Client remote method", withImports(`http:Client c = check new ("http://localhost:9090"); http:Response r = check c->execute("GET", "/", new http:Request());`), "4:82: method 'http:Client.execute'"},
	{"io constant", withImports(`var d = io:OVERWRITE;`), "4:13: constant 'io:OVERWRITE'"},
}

// TestUnsupported checks that each construct of unsupportedCases is
// reported as unsupported, at its position, and with nothing else.
func TestUnsupported(t *testing.T) {
	if len(unsupportedCases) < 40 {
		t.Fatalf("only %d cases", len(unsupportedCases))
	}
	for _, tc := range unsupportedCases {
		t.Run(tc.name, func(t *testing.T) {
			diags := bal2go.Check("x.bal", []byte(tc.src))
			var got []string
			for _, d := range diags {
				if d.Severity.String() != "error" {
					continue
				}
				got = append(got, fmt.Sprintf("%d:%d: %s", d.Pos.Line, d.Pos.Col, d.Message))
				if d.Code != "unsupported" || !strings.HasPrefix(d.Message, "not supported by bal2go yet: ") {
					t.Errorf("not an unsupported diagnostic: %s", d)
				}
			}
			want := strings.Replace(tc.want, ": ", ": not supported by bal2go yet: ", 1)
			if len(got) == 0 || got[0] != want {
				t.Errorf("want first error %q, got %q\nsource:\n%s", want, got, tc.src)
			}
		})
	}
}

// TestUnsupportedNotForTypos checks that the table of Ballerina's library
// members does not excuse a misspelt name: those keep the normal error.
func TestUnsupportedNotForTypos(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"unknown type", inMain(`Foo x = 1;`), "2:5: unknown type 'Foo'"},
		{"undefined function", inMain(`foo();`), "2:5: undefined function 'foo'"},
		{"misspelt method", inMain(`string s = "a"; int n = s.lenght();`), "2:31: undefined function 'lenght' in type 'string'"},
		{"misspelt method on a record", "type R record {| int a; |};\n" + inMain(`R r = {a: 1}; string s = r.toStrin();`), "3:32: undefined function 'toStrin' in type 'R'"},
		{"misspelt method on a tuple", inMain(`[int, int] t = [1, 2]; int n = t.lenght();`), "2:38: undefined function 'lenght' in type '[int,int]'"},
		{"method of another type", inMain(`json j = 1; int n = j.length();`), "2:27: undefined function 'length' in type 'json'"},
		{"misspelt langlib type", inMain(`string:Chr c = "a";`), "2:5: unknown type 'Chr'"},
		{"misspelt io function", withImports(`io:printn("x");`), "4:5: undefined function 'io:printn'"},
		{"misspelt constant", inMain(`float p = float:PIE;`), "2:15: undefined symbol 'float:PIE'"},
		{"misspelt http type", "import ballerina/http;\n" + inMain(`http:NotFund? r = ();`), "3:5: unknown type 'NotFund'"},
		{"misspelt http method", "import ballerina/http;\nservice / on new http:Listener(9090) {\n    resource function get a(http:Request req) returns string|error {\n        return req.getTxtPayload();\n    }\n}\n", "4:20: undefined method 'getTxtPayload' in object 'http:Request'"},
		{"unknown module", inMain(`foo:bar();`), "2:5: undefined module 'foo'"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			diags := bal2go.Check("x.bal", []byte(tc.src))
			var got []string
			for _, d := range diags {
				if d.Severity.String() == "error" {
					got = append(got, fmt.Sprintf("%d:%d: %s", d.Pos.Line, d.Pos.Col, d.Message))
				}
			}
			if len(got) == 0 || got[0] != tc.want {
				t.Errorf("want first error %q, got %q", tc.want, got)
			}
		})
	}
}
