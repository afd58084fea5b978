import ballerina/io;

// Messages: a function exchanges a value with its named worker; main calls it in a loop.

function exchange(int x) returns int {
    worker W {
        int v = <- function;
        v * 2 + 1 -> function;
    }
    x -> W;
    int reply = <- W;
    return reply;
}

public function main() {
    int sum = 0;
    foreach int i in 0 ..< 200000 {
        sum += exchange(i);
    }
    io:println("sum: ", sum);
}
