import ballerina/io;

function conditional(boolean c) {
    worker w1 {
        if c {
            10 -> function;
        }
    }
    int x = <- w1; // ERROR "incompatible types: expected 'int', found '\(int\|error:NoMessage\)'"
    int|error y = <- w1; // ERROR "invalid worker receive, no matching worker send"
    io:println(x, y);
}

function failing() returns error? {
    worker A returns error? {
        int v = check int:fromString("x");
        v -> function;
    }
    int a = <- A; // ERROR "incompatible types: expected 'int', found '\(int\|error\)'"
    int b = check <- A; // ERROR "invalid worker receive, no matching worker send"
    io:println(a, b);
}

function positions(int[] xs) {
    worker w {
        foreach int x in xs {
            x -> function; // ERROR "worker send statement position not supported yet, must be a top level statement in a worker"
        }
        lock {
            1 -> function; // ERROR "using send action within the lock statement is not allowed to prevent possible deadlocks"
        }
    }
    if xs.length() > 0 {
        int v = <- w; // ERROR "invalid worker receive statement position, must be a top level statement in a worker"
        io:println(v);
    }
    int z = <- w;
    io:println(z);
    lock {
        future<int> f = start twice(2); // ERROR "cannot use an async call inside a lock statement"
        io:println(f);
    }
}

function twice(int n) returns int => n * 2;

function refs() {
    1 -> w2; // ERROR "undefined worker 'w2'"
    worker w2 returns int {
        int v = <- function; // ERROR "invalid worker receive, no matching worker send"
        return v;
    }
    future<int> f = w2;
    int r = wait w2; // ERROR "multiple references to a named worker 'w2' as a variable reference is not allowed"
    io:println(f, r);
    var g = function() {
        2 -> w2; // ERROR "undefined worker 'w2'"
    };
    g();
}

function unmatched() {
    worker a {
        20 -> b; // ERROR "invalid worker send, no matching worker receive"
    }
    worker b {
        flush a; // ERROR "invalid worker flush expression for 'a', there are no worker send statements to 'a' from 'b'"
    }
    fork {
        worker f1 {
            1 -> function; // ERROR "worker interactions are only allowed between peers"
        }
    }
    fork { // ERROR "empty fork statement is not allowed"
    }
}

function emptyFork() {
    fork { // ERROR "empty fork statement is not allowed"
    }
}

function notCloneable() {
    worker a {
        function () f = function() {};
        f -> function; // ERROR "invalid type for worker send 'function \(\)', expected value:Cloneable"
    }
    any v = <- a;
    io:println(v);
}
