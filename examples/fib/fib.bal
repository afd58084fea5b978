import ballerina/io;

// Recursion and loops: the Fibonacci numbers two ways, and factorials up
// to the largest one an int can hold.

function fib(int n) returns int {
    if n < 2 {
        return n;
    }
    return fib(n - 1) + fib(n - 2);
}

function fibIter(int n) returns int {
    int a = 0;
    int b = 1;
    foreach int _ in 0 ..< n {
        int next = a + b;
        a = b;
        b = next;
    }
    return a;
}

function factorial(int n) returns int {
    return n <= 1 ? 1 : n * factorial(n - 1);
}

public function main() {
    int[] firstTen = [];
    foreach int i in 0 ..< 10 {
        firstTen.push(fib(i));
    }
    io:println("fib 0..9: ", firstTen);
    io:println("fib(30) = ", fib(30), ", iteratively ", fibIter(30));
    io:println("fib(90) = ", fibIter(90));
    foreach int n in [5, 10, 20] {
        io:println(n, "! = ", factorial(n));
    }
    // 21! does not fit in 64 bits: Ballerina panics instead of wrapping.
    int|error big = trap factorial(21);
    io:println("21! -> ", big is error ? big.message() : big.toString());
}
