import ballerina/http;
import ballerina/lang.'int as ints;
import ballerina/lang.runtime;

# A person.
public type Person record {|
    string name;
    int age?;
    readonly string id = "x";
    @display {label: "n"} float score;
    *Base;
    anydata...;
|};

type Base record {
    int a;
    readonly & int[] b;
};

type IntOrString int|string?;
type Tup [int, string, float...];
type Fn isolated function (int a, string...) returns int;
type Color "red"|"green"|-1|2.5|true|();
type E error<map<string>>;
type F future<int>|future;
type Arr int[3][]|int[*]|map<int>[N]|int:Signed32;

const int N = 3;
const MAX = 10;
public const string GREETING = "hi";

configurable int port = 8080;
configurable string host = ?;
final string name = "n";
isolated int[] stack = [];
var counter = 0;
function (int) returns int doubler = x => x * 2;

listener http:Listener ep = new (9090);
listener l2 = new http:Listener(8081);

@http:ServiceConfig {cors: {}}
service /api/v1 on ep, l2 {
    resource function get albums/[string id](int limit = 10) returns json|error {
        return {id: id};
    }
    isolated resource function post .(@http:Payload Person p) returns string {
        return p.name;
    }
    resource function get files/[string... rest]() returns string { return "x"; }
    remote function hello() {}
    function helper() {}
}

service "svc" on ep {}

public isolated function add(int a, int b = 2, int... rest) returns int => a + b;

function main() returns error? {
    @strand {thread: "any"}
    worker w1 returns int {
        int x = check <- function;
        x -> w2;
        return x;
    } on fail error e {
        return -1;
    }
    worker w2 {
        int|error y = <- w1 | w1;
        error? r = y ->> function;
        flush;
        flush w1;
    }
    10 -> w1;
    map<int> m = <- {a: w1, w2};
    record {int a;} rr = <- {w1, w2};
    future<int> f = @strand {thread: "any"} start add(1, 2);
    future<int> g = start obj.m(1);
    var f2 = start cl->get("/p");
    int r1 = check wait f;
    int|error r2 = wait f | g;
    var r3 = wait {a: f, b: g};
    var r4 = wait {f, g};
    fork {
        worker a { 1 -> b; }
        @strand {thread: "any"} worker b { int v = <- a; }
    }
    lock {
        counter += 1;
    }
    http:Client c = check new ("http://x", timeout = 5);
    json j = check c->get("/p", {Accept: "x"});
    json k = check c->/albums/[id]/tracks.get(q = 1);
    string s = check c->/albums;
    Person p = {name: "a", "age": 3, [k]: v, score, ...other};
    int[] arr = [1, 2, ...xs];
    () n = ();
    [int, string] t = [1, "a"];
    function (int) returns int fn = function (int x) returns int { return x; };
    var fn2 = isolated function (int x) => x + 1;
    var fn3 = (a, b) => a + b;
    var fn4 = () => 1;
    int|error v = trap foo() ?: 0;
    int neg = -9223372036854775808;
    int cast = <int>3.5 + typeof x;
    boolean b1 = x is int && y !is string?;
    var cnd = x is int ? 1 : 2;
    var nested = a ? b : c ? d : e;
    var el = a ?: b ?: c;
    int bits = a & b ^ c | d << 1 >> 2 >>> 3;
    foreach int i in 0 ..< 10 {
        if i % 2 == 0 { continue; } else if i == 5 { break; } else { i += 1; }
    }
    foreach var i in 1 ... 3 {
    }
    while x < 10 {
        x += 1;
    } on fail var e {
    }
    match x {
        1 | -2 | "a" | ints:MAX_VALUE | C => {}
        var z if z > 3 => {}
        [1, var y, ...var ys] | [var y, 2, ...var ys] => {}
        {a: 1, b: var bv, ...var others} => {}
        error(var m) | error E(var m, _, code = 1) => {}
        var [p, {q, r: [s, _]}, ...t] => {}
        var error(m2, cause, code = c, ...detail) => {}
        _ => {}
    }
    [int, string] [a, b] = [1, "x"];
    final var [c, d, ...ds] = [1, 2];
    Person {name, age: a2, ...more} = p;
    var {name: n2} = p;
    error error(m3) = e;
    var error(m4, cause4, code = c4, ...rest4) = e;
    E error E(m5) = e;
    foreach var [k, v] in entries { }
    foreach [string, [int, int]] [k2, [v1, v2]] in entries { }
    [a, b] = [b, a];
    [a, [b, _], ...ds] = f();
    {name, age: a2, ...more} = p;
    error(msg, cause, code = c, ...rest) = e;
    error E(msg2) = e;
    do {
        check foo();
    } on fail var e {
        panic e;
    }
    _ = foo();
    arr[0] = 1;
    p.name = "b";
    a.b[c].d = 3;
    x >>= 1;
    x >>>= 2;
    x <<= 3;
    x ^= 1;
    io:println(x?.y, m["k"], ints:fromString("1"), int:MAX_VALUE, error:message(e));
    [1, 2].forEach(function (int i) {});
    fail error("x", cause, code = 1);
    error MyErr("m");
    return;
}

// Enum declarations and let expressions.
public enum Suit { HEARTS, SPADES = "spades", @deprecated CLUBS }
enum Empty { ONLY }

function lets() returns int {
    int a = let int x = 1, var [p, q] = [x, 2], @tainted int y = p + q in x * y;
    return let var v = a in v + (let int w = v in w);
}

// Byte array literals.
byte[] hexBytes = base16 `00 ff A0`;
byte[] b64Bytes = base64 `SGVs bG8=`;

// Annotation declarations and access.
type AnnotInfo record {| string author; |};
public annotation AnnotInfo docInfo on type, source var, object function, record field;
const annotation marker on function;
annotation plain;
function readAnnot() returns AnnotInfo? => AnnotInfo.@docInfo;
