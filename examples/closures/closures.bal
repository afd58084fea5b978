import ballerina/io;

// Functions as values: closures that capture and update variables,
// higher-order langlib functions, and function-typed parameters.

function makeCounter() returns function () returns int {
    int count = 0;
    return function() returns int {
        count += 1;
        return count;
    };
}

function applyTwice(function (int) returns int f, int x) returns int {
    return f(f(x));
}

function compose(function (int) returns int f, function (int) returns int g) returns function (int) returns int {
    return function(int x) returns int {
        return g(f(x));
    };
}

public function main() {
    var next = makeCounter();
    _ = next();
    _ = next();
    io:println("counter: ", next());

    var other = makeCounter();
    io:println("independent counter: ", other());

    io:println("applyTwice: ", applyTwice(x => x * 3, 2));
    var incThenDouble = compose(x => x + 1, x => x * 2);
    io:println("compose: ", incThenDouble(5));

    int[] numbers = [3, 1, 4, 1, 5, 9, 2, 6];
    int[] evens = numbers.filter(n => n % 2 == 0);
    int[] squares = numbers.map(n => n * n);
    int sum = numbers.reduce(function(int acc, int n) returns int => acc + n, 0);
    io:println("evens: ", evens, " squares: ", squares, " sum: ", sum);

    int total = 0;
    numbers.forEach(function(int n) {
        total += n;
    });
    io:println("total via forEach: ", total);
}
