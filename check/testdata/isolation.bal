import ballerina/http;
import ballerina/io;

// Isolated functions (jBallerina IsolationAnalyzer; messages from compiler.properties).

int counter = 0;
int[] shared = [1, 2];
final int[] & readonly frozen = [1, 2];
final int[] finalMutable = [1];
final string name = "n";
configurable int port = 8080;
const LIMIT = 10;

isolated function reads() returns int {
    int local = counter; // ERROR "invalid access of mutable storage in an 'isolated' function"
    int i = shared[0] + frozen[1]; // ERROR "invalid access of mutable storage in an 'isolated' function"
    int j = finalMutable[0]; // ERROR "invalid access of mutable storage in an 'isolated' function"
    return local + i + j + name.length() + port + LIMIT;
}

isolated function writes() {
    counter = 1; // ERROR "invalid access of mutable storage in an 'isolated' function"
    shared[0] = 2; // ERROR "invalid access of mutable storage in an 'isolated' function"
}

function notIsolated() returns int => counter;

isolated function helper(int x) returns int => x + 1;

public function publicPlain() {
}

isolated function calls() {
    int a = helper(1) + notIsolated(); // ERROR "invalid invocation of a non-isolated function in an 'isolated' function"
    publicPlain(); // ERROR "invalid invocation of a non-isolated function in an 'isolated' function"
    io:println(a);
}

isolated function values(function () returns int f, isolated function () returns int g) returns int {
    return f() + g(); // ERROR "invalid invocation of a non-isolated function in an 'isolated' function"
}

isolated function captures(int[] xs, int n) returns int {
    int m = n;
    final int k = n;
    final int[] ys = xs;
    var f = isolated function () returns int {
        return k + xs.length() + n; // ERROR "invalid access of mutable storage in an 'isolated' function"
    };
    var g = isolated function () returns int {
        return m; // ERROR "invalid access of mutable storage in an 'isolated' function"
    };
    var h = isolated function () returns int => ys[0]; // ERROR "invalid access of mutable storage in an 'isolated' function"
    return f() + g() + h();
}

isolated function defaults(int x = counter) { // ERROR "invalid access of mutable storage in an 'isolated' function"
}

type IntFn isolated function (int) returns int;

IntFn arrow = x => x + counter; // ERROR "invalid access of mutable storage in an 'isolated' function"

isolated function langlib(int[] xs) returns int[] {
    int[] a = xs.map(x => x * 2);
    int[] b = xs.map(x => x + counter); // ERROR "incompatible types: expected an 'isolated' function"
    int[] c = xs.map(function (int x) returns int { return x; }); // ERROR "incompatible types: expected an 'isolated' function"
    return [...a, ...b, ...c];
}

isolated function starts(int[] xs) returns future<int> {
    future<int> a = start helper(1);
    future<int> b = start notIsolated(); // ERROR "invalid start action calling a non-isolated function in an 'isolated' function"
    future<int> c = start sum(xs); // ERROR "invalid start action accessing a non isolated expression in an argument of a async call of an 'isolated' function"
    future<int> d = start sum(xs.clone());
    future<int> e = start sum([1, 2]);
    _ = [b, c, d, e];
    return a;
}

isolated function sum(int[] xs) returns int => xs.length();

isolated function strands() {
    future<int> a = @strand {thread: "any"} start helper(1); // ERROR "'strand' annotation not allowed in a start action in an 'isolated' function"
    @strand {thread: "any"} // ERROR "'strand' annotation not allowed in a worker declaration in an 'isolated' function"
    worker w {
        int x = counter; // ERROR "invalid access of mutable storage in an 'isolated' function"
        io:println(x);
    }
    _ = a;
}

isolated function workers(int n) {
    int[] local = [n];
    worker w {
        io:println(local); // ERROR "invalid access of mutable storage in an 'isolated' function"
        io:println(n, notIsolated()); // ERROR "invalid invocation of a non-isolated function in an 'isolated' function"
    }
    local.push(1);
}

// Isolated variables and lock statements.

isolated int[] stack = [];
isolated map<int> counts = {};
isolated int total = 0;
int[][] outside = [];

isolated int[] badInit = shared; // ERROR "invalid initial value expression: expected an isolated expression"
isolated int[][] badParts = [shared, [1], notIsolatedList()]; // ERROR "invalid initial value expression: expected an isolated expression" // ERROR "invalid initial value expression: expected an isolated expression"
isolated int[] cloned = shared.clone();
isolated int[] & readonly frozenIsolated = frozen;
isolated int uninitialized; // ERROR "an uninitialized module variable declaration cannot be marked as 'isolated'"

function notIsolatedList() returns int[] => [];

int[] leaks = stack; // ERROR "invalid access of an 'isolated' variable outside a 'lock' statement"

function outsideLock() returns int {
    total += 1; // ERROR "invalid access of an 'isolated' variable outside a 'lock' statement"
    lock {
        total += 1;
    }
    var f = function () returns int {
        lock {
            return total;
        }
    };
    var g = function () returns int => total; // ERROR "invalid access of an 'isolated' variable outside a 'lock' statement"
    return f() + g();
}

function twoRestricted() {
    lock {
        stack.push(total); // ERROR "cannot access more than one variable for which usage is restricted in a single 'lock' statement" // ERROR "cannot access more than one variable for which usage is restricted in a single 'lock' statement"
    }
    lock {
        lock {
            int t = total; // ERROR "cannot access more than one variable for which usage is restricted in a single 'lock' statement"
            io:println(t);
        }
        counts["a"] = 1; // ERROR "cannot access more than one variable for which usage is restricted in a single 'lock' statement"
    }
}

function transfers(int[] xs, int n) returns int[] {
    int[] mine = [];
    lock {
        stack.push(n);
        stack.push(...xs); // ERROR "invalid attempt to transfer a value into a 'lock' statement with restricted variable usage"
        stack.push(...xs.clone());
        mine.push(stack[0]); // ERROR "invalid attempt to transfer a value into a 'lock' statement with restricted variable usage"
        int len = mine.length();
        outside = [stack]; // ERROR "invalid attempt to transfer out a value from a 'lock' statement with restricted variable usage: expected an isolated expression"
        outside = [stack.clone()];
        mine = stack; // ERROR "invalid attempt to transfer out a value from a 'lock' statement with restricted variable usage: expected an isolated expression"
        _ = notIsolatedList(); // ERROR "invalid invocation of a non-isolated function in a 'lock' statement with restricted variable usage"
        if len > 3 {
            return stack; // ERROR "invalid attempt to transfer out a value from a 'lock' statement with restricted variable usage: expected an isolated expression"
        }
        return stack.clone();
    }
}

isolated function transfersIsolated(int[] xs) returns int {
    lock {
        _ = notIsolatedList(); // ERROR "invalid invocation of a non-isolated function in a 'lock' statement with restricted variable usage" // ERROR "invalid invocation of a non-isolated function in an 'isolated' function"
        stack = xs; // ERROR "invalid attempt to transfer a value into a 'lock' statement with restricted variable usage" // ERROR "invalid attempt to transfer out a value from a 'lock' statement with restricted variable usage: expected an isolated expression"
        stack = xs.clone();
        return stack.length();
    }
}

function noRestricted(int[] xs) returns int[] {
    int[] mine = [];
    lock {
        mine = xs;
        outside.push(xs);
        _ = notIsolatedList();
        return mine;
    }
}

// A start with a @strand annotation is not isolated, but its arguments keep the
// rules (jBallerina does not walk them; the spec's rule on isolated variables
// holds everywhere).
function strandStart() {
    future<int> f = @strand {thread: "any"} start sum(stack); // WARNING "the 'strand' annotation will be deprecated" // ERROR "invalid access of an 'isolated' variable outside a 'lock' statement"
    _ = f;
}

// Methods are functions whose self is a parameter; new calls init.
class Box {
    int n = 0;

    function init() {
        counter += 1;
    }

    isolated function get() returns int => self.n;

    function peek() returns int => self.n;
}

class Plain {
    int n = 0;
}

isolated function objects() returns int {
    Box b = new; // ERROR "invalid non-isolated initialization expression in an 'isolated' function"
    Plain p = new;
    return b.get() + b.peek() + p.n; // ERROR "invalid invocation of a non-isolated function in an 'isolated' function"
}

service / on new http:Listener(8080) {
    isolated resource function get count() returns int {
        return counter; // ERROR "invalid access of mutable storage in an 'isolated' function"
    }
}
