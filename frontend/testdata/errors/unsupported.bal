import ballerina/io;

class Counter {                                    // ERROR "not supported by bal2go: class definitions"
    int n = 0;
    function inc() { self.n += 1; }
}

isolated client class Client2 {                    // ERROR "not supported by bal2go: class definitions"
    remote function get() returns string { return "x"; }
}

type Obj object {                                  // ERROR "not supported by bal2go: object types"
    function f();
};

type Id distinct error;                            // ERROR "not supported by bal2go: distinct types"

type Row record {| int id; |};
type Tbl table<Row> key(id);                       // ERROR "not supported by bal2go: table types"

enum Color {                                       // ERROR "not supported by bal2go: enum declarations"
    RED, GREEN
}

function ext() returns int = external;             // ERROR "not supported by bal2go: external functions"

service / on ep {
    int count = 0;                                 // ERROR "not supported by bal2go: service fields"
    resource function get .() returns int { return 1; }
}

function main() {
    var o = object { int x = 1; };                 // ERROR "not supported by bal2go: object constructors"
    int[] evens = from var n in [1, 2, 3] where n % 2 == 0 select n;   // ERROR "not supported by bal2go: query expressions"
    int y = let int z = 1 in z * 2;                // ERROR "not supported by bal2go: let expressions"
    var t = table [{id: 1}];                       // ERROR "not supported by bal2go: table constructors"
    transaction {                                  // ERROR "not supported by bal2go: transaction statements"
        check commit;
    } on fail var e {
        io:println(e);
    }
    retry<MyRetry> (3) {                           // ERROR "not supported by bal2go: retry statements"
        check f();
    }
    xml x = xml `<a/>`;                            // ERROR "not supported by bal2go: xml types" ERROR "not supported by bal2go: xml literals"
    stream<int> s = f();                           // ERROR "not supported by bal2go: stream types"
    [int, string] [a, b] = [1, "x"];               // ERROR "not supported by bal2go: destructuring binding patterns"
    var [c, d] = [1, 2];                           // ERROR "not supported by bal2go: destructuring binding patterns"
    Person {name, age: a2} = p;                    // ERROR "not supported by bal2go: destructuring binding patterns"
    var {name: n2} = p;                            // ERROR "not supported by bal2go: destructuring binding patterns"
    foreach var [k, v] in entries { }              // ERROR "not supported by bal2go: destructuring binding patterns"
    var r = re `a+`;                               // ERROR "not supported by bal2go: regular expressions"
    match x {
        var [p, q] => { }                          // ERROR "not supported by bal2go: binding patterns in match statements"
    }
    io:println("still parsing");
    int ok = 1 +;                                  // ERROR "unexpected ';', expected expression"
}
