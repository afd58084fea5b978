import ballerina/io;

// Fan-out/fan-in: four workers, each in a group of its own (thread "any") so
// that they run in parallel, compute a Fibonacci number each; the function
// waits for all four. main calls it in a loop.

function fib(int n) returns int {
    if n < 2 {
        return n;
    }
    return fib(n - 1) + fib(n - 2);
}

function fanOut(int n) returns int {
    @strand {thread: "any"}
    worker A returns int {
        return fib(n);
    }
    @strand {thread: "any"}
    worker B returns int {
        return fib(n + 1);
    }
    @strand {thread: "any"}
    worker C returns int {
        return fib(n - 1);
    }
    @strand {thread: "any"}
    worker D returns int {
        return fib(n);
    }
    record {|int a; int b; int c; int d;|} r = wait {a: A, b: B, c: C, d: D};
    return r.a + r.b + r.c + r.d;
}

public function main() {
    int total = 0;
    foreach int round in 0 ..< 3000 {
        total += fanOut(19 + round % 3);
    }
    io:println("total: ", total);
}
