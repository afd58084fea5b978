import ballerina/io;

// Naive doubly recursive Fibonacci: function calls and checked int arithmetic.

function fib(int n) returns int {
    if n < 2 {
        return n;
    }
    return fib(n - 1) + fib(n - 2);
}

public function main() {
    io:println("fib(40) = ", fib(40));
}
