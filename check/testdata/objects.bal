// Classes, object types, object constructors and distinct types parse, and
// the checker rejects each once, at its first token, without checking what
// is inside and without follow-on errors where they are used.
import ballerina/io;
import ballerina/http;

class Counter { // ERROR "not supported by bal2go yet: class definitions"
    private int n = 0;

    function inc() returns int {
        self.n += 1;
        return self.n;
    }
}

@display {label: "c"}
public isolated client class Client2 { // ERROR "not supported by bal2go yet: class definitions"
    private final http:Client c; // the only use of http: not reported unused

    function init(string url) returns error? {
        self.c = check new (url);
    }

    remote function get() returns string => "x";
}

type Obj object { // ERROR "not supported by bal2go yet: object types"
    function f();
};

type Id distinct error; // distinct error types are supported

type Shape distinct object { // ERROR "not supported by bal2go yet: distinct types"
    function area() returns float;
};

public function main() {
    Counter c = new;
    Counter d = new ();
    var e = new Counter();
    io:println(c.inc(), d.inc(), e.inc());
    Obj o = object { // ERROR "not supported by bal2go yet: object constructors"
        function f() {
            undefinedInside();
        }
    };
    o.f();
    isolated object {} p = object {}; // ERROR "not supported by bal2go yet: object types" // ERROR "not supported by bal2go yet: object constructors"
    Shape s = o;
    io:println(p, s);
}
