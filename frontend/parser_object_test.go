package frontend

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestParseObjectDecls pins the trees of classes and object types, in the
// shapes of Ballerina by Example (classes, object types, isolated objects,
// client classes, resource methods, distinct object types).
func TestParseObjectDecls(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"counter class", `public class Counter {
    private int count = 0;
    final string name;

    public function init(string name) {
        self.name = name;
    }

    public function increment(int by = 1) returns int {
        self.count += by;
        return self.count;
    }

    function get() returns int => self.count;
}`, `
1:1 ClassDecl Counter public
  2:5 ObjectField count private
    2:13 BuiltinType int
    2:25 IntLit 0
  3:5 ObjectField name final
    3:11 BuiltinType string
  5:5 FuncDecl init public
    5:26 Param name
      5:26 BuiltinType string
    5:39 Block
      6:9 AssignStmt =
        6:9 FieldExpr .name
          6:9 NameExpr self
        6:21 NameExpr name
  9:5 FuncDecl increment public
    9:31 Param by
      9:31 BuiltinType int
      default: 9:40 IntLit 1
    returns: 9:51 BuiltinType int
    9:55 Block
      10:9 AssignStmt +=
        10:9 FieldExpr .count
          10:9 NameExpr self
        10:23 NameExpr by
      11:9 ReturnStmt
        11:16 FieldExpr .count
          11:16 NameExpr self
  14:5 FuncDecl get
    returns: 14:28 BuiltinType int
    14:35 FieldExpr .count
      14:35 NameExpr self
`},
		{"init returns error?", `class Config {
    string path;

    function init(string path) returns error? {
        self.path = check validate(path);
    }
};`, `
1:1 ClassDecl Config
  2:5 ObjectField path
    2:5 BuiltinType string
  4:5 FuncDecl init
    4:19 Param path
      4:19 BuiltinType string
    returns: 4:40 OptionalType
      4:40 BuiltinType error
    4:47 Block
      5:9 AssignStmt =
        5:9 FieldExpr .path
          5:9 NameExpr self
        5:21 CheckExpr check
          5:27 CallExpr
            5:27 NameExpr validate
            Arg
              5:36 NameExpr path
`},
		{"isolated class with lock", `isolated class Stack {
    private int[] items = [];

    isolated function push(int v) {
        lock {
            self.items.push(v);
        }
    }
}`, `
1:1 ClassDecl Stack isolated
  2:5 ObjectField items private
    2:13 ArrayType
      2:13 BuiltinType int
    2:27 ListExpr
  4:5 FuncDecl push isolated
    4:28 Param v
      4:28 BuiltinType int
    4:35 Block
      5:9 LockStmt
        5:14 Block
          6:13 ExprStmt
            6:13 MethodCallExpr push
              6:13 FieldExpr .items
                6:13 NameExpr self
              Arg
                6:29 NameExpr v
`},
		{"class qualifiers", `readonly class Point {
    int x;
    readonly int[] tags = [];
}
public distinct isolated service class S {
}
@display {label: "c"}
client class C {
}`, `
1:1 ClassDecl Point readonly
  2:5 ObjectField x
    2:5 BuiltinType int
  3:5 ObjectField tags readonly
    3:14 ArrayType
      3:14 BuiltinType int
    3:27 ListExpr
5:1 ClassDecl S public distinct isolated service
8:1 ClassDecl C client
  7:1 Annotation @display
    7:10 MappingExpr
      7:11 Field "label"
        7:18 StringLit "c"
`},
		{"client class with remote and resource methods", `client class Albums {
    remote isolated function get(string id) returns string {
        return self.fetch(id);
    }
    isolated resource function get albums/[string id]() returns string => self->get(id);
    resource function post albums(string title) returns int {
        return 201;
    }
    resource function get .() returns string => "root";
    private function fetch(string id) returns string => id;
}`, `
1:1 ClassDecl Albums client
  2:5 FuncDecl get isolated remote
    2:34 Param id
      2:34 BuiltinType string
    returns: 2:53 BuiltinType string
    2:60 Block
      3:9 ReturnStmt
        3:16 MethodCallExpr fetch
          3:16 NameExpr self
          Arg
            3:27 NameExpr id
  10:5 FuncDecl fetch private
    10:28 Param id
      10:28 BuiltinType string
    returns: 10:47 BuiltinType string
    10:57 NameExpr id
  5:5 ResourceFunc get isolated
    5:36 ResourceSeg albums
    5:43 ResourceSeg [id]
      5:44 BuiltinType string
    returns: 5:65 BuiltinType string
    5:75 RemoteCallExpr get
      5:75 NameExpr self
      Arg
        5:85 NameExpr id
  6:5 ResourceFunc post
    6:28 ResourceSeg albums
    6:35 Param title
      6:35 BuiltinType string
    returns: 6:57 BuiltinType int
    6:61 Block
      7:9 ReturnStmt
        7:16 IntLit 201
  9:5 ResourceFunc get
    9:27 ResourceSeg .
    returns: 9:39 BuiltinType string
    9:49 StringLit "root"
`},
		{"object types", `public type Shape object {
    public function area() returns float;
};
type Circle distinct object {
    *Shape;
    public float radius;
    isolated function scale(float f) returns Circle;
};
type Fetcher isolated client object {
    remote function fetch(string url) returns string|error;
    resource function get items/[int]/[string...]() returns int;
    function map(int x) returns int;
};`, `
1:1 TypeDecl Shape public
  1:19 ObjectType
    2:5 FuncDecl area public
      returns: 2:36 BuiltinType float
4:1 TypeDecl Circle
  4:13 DistinctType
    4:22 ObjectType
      include: 5:6 NamedType Shape
      6:5 ObjectField radius public
        6:12 BuiltinType float
      7:5 FuncDecl scale isolated
        7:29 Param f
          7:29 BuiltinType float
        returns: 7:46 NamedType Circle
9:1 TypeDecl Fetcher
  9:14 ObjectType isolated client
    10:5 FuncDecl fetch remote
      10:27 Param url
        10:27 BuiltinType string
      returns: 10:47 UnionType
        10:47 BuiltinType string
        10:54 BuiltinType error
    12:5 FuncDecl map
      12:18 Param x
        12:18 BuiltinType int
      returns: 12:33 BuiltinType int
    11:5 ResourceFunc get
      11:27 ResourceSeg items
      11:33 ResourceSeg []
        11:34 BuiltinType int
      11:39 ResourceSeg [] rest
        11:40 BuiltinType string
      returns: 11:61 BuiltinType int
`},
		{"fields of function and object types", `class Holder {
    isolated function (int) returns int f = x => x + 1;
    function () g;
    object {} o = object {};
}`, `
1:1 ClassDecl Holder
  2:5 ObjectField f
    2:5 FuncType isolated
      2:24 Param
        2:24 BuiltinType int
      returns: 2:37 BuiltinType int
    2:45 ArrowExpr (x)
      2:50 BinaryExpr +
        2:50 NameExpr x
        2:54 IntLit 1
  3:5 ObjectField g
    3:5 FuncType
  4:5 ObjectField o
    4:5 ObjectType
    4:19 ObjectConstructorExpr
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, trimDump(tt.want), dumpDecls(t, tt.src))
		})
	}
}

// TestParseObjectExprs pins object constructors, self and new.
func TestParseObjectExprs(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"object constructor capturing a local", `int limit = 3;
var counter = object {
    int n = limit;
    function next() returns int {
        self.n += 1;
        return self.n;
    }
};`, `
2:1 VarDecl limit
  2:1 BuiltinType int
  2:13 IntLit 3
3:1 VarDecl counter var
  3:15 ObjectConstructorExpr
    4:5 ObjectField n
      4:5 BuiltinType int
      4:13 NameExpr limit
    5:5 FuncDecl next
      returns: 5:29 BuiltinType int
      5:33 Block
        6:9 AssignStmt +=
          6:9 FieldExpr .n
            6:9 NameExpr self
          6:19 IntLit 1
        7:9 ReturnStmt
          7:16 FieldExpr .n
            7:16 NameExpr self
`},
		{"object constructor with qualifiers, type and annotation", `Shape s = isolated object Shape {
    public isolated function area() returns float => 4.0;
};
var c = @display {label: "o"} client object m:Base {
    remote function r() {}
};`, `
2:1 VarDecl s
  2:1 NamedType Shape
  2:11 ObjectConstructorExpr isolated
    ref: 2:27 NamedType Shape
    3:5 FuncDecl area public isolated
      returns: 3:45 BuiltinType float
      3:54 FloatLit 4.0
5:1 VarDecl c var
  5:31 ObjectConstructorExpr client
    5:9 Annotation @display
      5:18 MappingExpr
        5:19 Field "label"
          5:26 StringLit "o"
    ref: 5:45 NamedType m:Base
    6:5 FuncDecl r remote
      6:25 Block
`},
		{"new", `Counter a = new (10);
Counter b = new;
var c = new Counter(1, by = 2);
http:Client d = check new http:Client(url);`, `
2:1 VarDecl a
  2:1 NamedType Counter
  2:13 NewExpr
    Arg
      2:18 IntLit 10
3:1 VarDecl b
  3:1 NamedType Counter
  3:13 NewExpr
4:1 VarDecl c var
  4:9 NewExpr
    4:13 NamedType Counter
    Arg
      4:21 IntLit 1
    Arg by= 4:24
      4:29 IntLit 2
5:1 VarDecl d
  5:1 NamedType http:Client
  5:17 CheckExpr check
    5:23 NewExpr
      5:27 NamedType http:Client
      Arg
        5:39 NameExpr url
`},
		{"self", `self.x = v;
self.m(a);
self->r(a);
return self.x;`, `
2:1 AssignStmt =
  2:1 FieldExpr .x
    2:1 NameExpr self
  2:10 NameExpr v
3:1 ExprStmt
  3:1 MethodCallExpr m
    3:1 NameExpr self
    Arg
      3:8 NameExpr a
4:1 ExprStmt
  4:1 RemoteCallExpr r
    4:1 NameExpr self
    Arg
      4:9 NameExpr a
5:1 ReturnStmt
  5:8 FieldExpr .x
    5:8 NameExpr self
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, trimDump(tt.want), dumpStmts(t, tt.src))
		})
	}
}
