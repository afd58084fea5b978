import ballerina/io;
import ballerina/lang.runtime;

// Named workers, fork, futures, alternate and multiple receive, locks.
isolated int counter = 0;

function fetch(int id) returns int|error {
    runtime:sleep(0.1);
    if id < 0 {
        return error("bad id", id = id);
    }
    return id * 10;
}

public function main() returns error? {
    io:println("Initializing");

    worker A returns int|error {
        int x = check fetch(1);
        x -> B;
        string reply = <- B;
        io:println("A got ", reply);
        return x;
    }

    worker B returns error? {
        int|error v = <- A;
        if v is error {
            return v;
        }
        "ack" -> A;
        error? r = v ->> function;
        return r;
    }

    int fromB = check <- B;
    future<int|error> f1 = start fetch(2);
    future<int|error> f2 = @strand {thread: "any"} start fetch(3);
    int|error first = wait f1 | f2;
    record {int|error a; int|error b;} both = wait {a: f1, b: f2};
    map<int|error> all = wait {A, f2};
    io:println(first, " ", both, " ", all, " ", fromB);

    fork {
        worker C returns int {
            int n = <- D;
            return n + 1;
        }
        worker D {
            41 -> C;
            flush C;
        }
    }
    int c = wait C;

    lock {
        counter += c;
    }

    worker E {
        int m = <- function;
        io:println(m);
    } on fail error e {
        io:println(e.message());
    }
    5 -> E;
    flush;
    io:println(string `done: ${c}, ${counter}`);
}
