// Classes and object types: the checker's rules for members, visibility,
// init, final fields and inclusion, with jBallerina's messages.
import ballerina/io;
import ballerina/http;

class Counter {
    private int n = 0;
    final string name = "c";
    int step;

    function init(int step) {
        self.step = step;
    }

    function inc() returns int {
        self.n += self.step;
        return self.n;
    }
}

class NoInit {
    int x; // ERROR "uninitialized field 'x'"
}

class PartInit {
    int x; // ERROR "uninitialized field 'x'"
    int y;

    function init(boolean b) {
        self.y = 1;
        if b {
            self.x = 1;
        }
    }
}

class BadInit {
    function init() returns int { // ERROR "invalid object constructor return type 'int', expected a subtype of 'error\?' containing '\(\)'"
        return 1;
    }
}

@display {label: "c"} // WARNING "annotation '@display' is ignored by bal2go"
public isolated client class Client2 {
    private final http:Client c; // the only use of http: not reported unused

    function init(string url) returns error? {
        self.c = check new (url);
    }

    remote function get() returns string => "x";
}

type Obj object {
    function f();
};

type Shape distinct object {
    function area() returns float;
};

class Impl {
    *Obj;

    function f() {}
}

class NoImpl { // ERROR "no implementation found for the method 'f' of class 'NoImpl'"
    *Obj;
}

class Square {
    *Shape;
    float side = 2;

    function area() returns float => self.side * self.side;
}

class NotObj {
    *Counter; // ERROR "invalid object type inclusion with an object that has private fields or methods"
}

type Rec record {};

class IncRec {
    *Rec; // ERROR "incompatible types: 'Rec' is not an object"
}

public function main() {
    Counter c = new (1);
    Counter d = new (2);
    var e = new Counter(3);
    io:println(c.inc(), d.inc(), e.inc());
    io:println(c.n); // ERROR "attempt to refer to non-accessible symbol 'n'"
    c.name = "x"; // ERROR "cannot update 'final' object field 'name'"
    c.step = 2;
    c.init(1); // ERROR "object 'init' method call is allowed only within the type descriptor"
    c.dec(); // ERROR "undefined method 'dec' in object 'Counter'"
    _ = c.size; // ERROR "undefined field 'size' in object 'Counter'"
    Counter f = new; // ERROR "missing required parameter 'step' in call to 'init'\(\)"
    Shape s = new Square();
    Obj o = s; // ERROR "incompatible types: expected 'Obj', found 'Shape'"
    Square sq = new;
    Shape s2 = sq;
    Obj o2 = new Impl();
    io:println(f, o, s2, o2);
    Obj o3 = object {
        function f() {
            undefinedInside(); // ERROR "undefined function 'undefinedInside'"
        }
    };
    isolated object {} p = object {};
    isolated object {} p2 = object { // ERROR "incompatible types: expected 'isolated object \{ \}', found 'object \{ int n; \}'"
        int n = 0;
    };
    object {} p3 = object {
        final int n = 1;
        function init(int x) { // ERROR "object constructor 'init' method cannot have parameters"
        }
    };
    io:println(p2, p3);
    io:println(o3, p);
}

client class Remote {
    remote function ping() returns string => "pong";

    function local() returns string => "local";
}

class Plain {
    remote function ping() {} // ERROR "remote qualifier only allowed in client and service objects"
}

function remotes(Remote r, Counter c) {
    _ = r.ping(); // ERROR "invalid remote method call '.ping\(\)': use '->ping\(\)' for remote method calls"
    _ = r->local(); // ERROR "invalid method call '->local\(\)': '->' can only be used with remote methods"
    _ = r->pong(); // ERROR "undefined remote method 'pong' in object 'Remote'"
    _ = c->inc(); // ERROR "invalid remote method call: expected a client object, but found 'Counter'"
    string s = r->ping();
    io:println(s);
}

readonly class Frozen {
    int[] xs;

    function init(int[] & readonly xs) {
        self.xs = xs;
    }

    function set() {
        self.xs = []; // ERROR "cannot update 'readonly' value of type 'Frozen'"
    }
}

function frozen(int[] ys) returns Frozen {
    Frozen f = new ([1]);
    f.xs = [2]; // ERROR "cannot update 'readonly' value of type 'Frozen'"
    return new (ys); // ERROR "incompatible types: expected '\(int\[\] & readonly\)', found 'int\[\]'"
}

isolated class Bank {
    private int balance = 0;
    private int[] log = [];
    final string name = "b";
    final int[] & readonly ids = [1];
    int open = 1; // ERROR "invalid non-private mutable field in an 'isolated' object"
    final int[] hist = []; // ERROR "invalid non-private mutable field in an 'isolated' object"

    function init(int initial) {
        self.balance = initial;
    }

    isolated function deposit(int n) {
        lock {
            self.balance += n;
        }
        self.balance += 1; // ERROR "invalid access of a mutable field of an 'isolated' object outside a 'lock' statement"
    }

    isolated function describe() returns string {
        return self.name + self.ids.toString();
    }
}

client class Res {
    resource function get items/[int id]() returns int => id;

    resource function post items(int v) returns int => v;
}

class NoRes {
    resource function get a() {} // ERROR "resource methods are only allowed in 'service' or 'client' object types"
}

function resources(Res r, Counter c) {
    int a = r->/items/[1];
    int b = r->/items.post(2);
    _ = r->/items/["x"]; // ERROR "undefined resource path in object 'Res'"
    _ = r->/items/[1].put(); // ERROR "undefined resource method 'put' on target resource in object 'Res'"
    _ = r->/items.post(); // ERROR "missing required parameter 'v' in call to 'post'\(\)"
    _ = c->/items; // ERROR "client resource access action is only allowed on client objects"
    io:println(a + b);
}

// Found by the objects golden-case helper (bugs 06, 09, 11, 12).
isolated function parseInt(string s) returns int|error => int:fromString(s);

class CheckNoInit {
    int x = check parseInt("1"); // ERROR "cannot use 'check' in an object field initializer of an object with no 'init' method"
}

class CheckInit {
    int x = check parseInt("1"); // ERROR "invalid usage of the 'check' expression operator: expected a return type that can hold 'error', found '\(\)'"

    function init() {
    }
}

class CheckInitError {
    int x = check parseInt("1");
    function (string) returns int f = function(string s) returns int {
        return checkpanic parseInt(s);
    };

    function init() returns error? {
    }

    function again() {
        self.init(); // ERROR "not supported by bal2go yet: calling init through self"
    }
}

type Employee object {
    public float salary;
    public function bonus(float ratio) returns float;
};

class Manager {
    *Employee;
    float salary = 1.0; // ERROR "mismatched visibility qualifiers for field 'salary' with object type inclusion"

    function bonus(float ratio) returns float => ratio; // ERROR "mismatched function signatures: expected 'public function bonus\(float ratio\) returns float', found 'function bonus\(float ratio\) returns float'"
}

type Named object {
    string name;
};

type Titled object {
    string name;
};

class Both {
    *Named;
    *Titled; // ERROR "redeclared symbol 'name'"

    function init() {
        self.name = "b";
    }
}

class Overridden {
    *Named;
    *Titled;
    string name = "o";
}

// Found by the objects golden-case helper (bug 13): init may use self other than for
// its fields only once every field is assigned.
function register(Widget w) {
}

class Widget {
    int width;
    string name;

    function init(int w) {
        self.log(); // ERROR "field\(s\) 'width, name' not initialized"
        self.width = w;
        register(self); // ERROR "field\(s\) 'name' not initialized"
        self.name = "w";
        self.log();
        register(self);
    }

    function log() {
    }
}

// A method declared isolated in an object type admits only isolated methods (found by the
// isolation helper: the bit was dropped from object type method declarations).
type IsoQux object {
    isolated function qux();
};

class PlainQux {
    function qux() {}
}

class IsoQuxImpl {
    isolated function qux() {}
}

function quxes() {
    IsoQux a = new IsoQuxImpl();
    IsoQux b = new PlainQux(); // ERROR "incompatible types: expected 'IsoQux', found 'PlainQux'"
    io:println(a, b);
}
