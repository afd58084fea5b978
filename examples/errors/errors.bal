import ballerina/io;

// Error handling: check, trap, do/on fail, error causes and details.

function parseAge(string text) returns int|error {
    int age = check int:fromString(text);
    if age < 0 || age > 150 {
        return error("age out of range", value = age);
    }
    return age;
}

function describe(string text) returns string {
    int|error age = parseAge(text);
    if age is error {
        return "invalid (" + age.message() + ")";
    }
    return "age " + age.toString();
}

function sumAll(string[] inputs) returns int|error {
    int sum = 0;
    foreach string s in inputs {
        sum += check parseAge(s);
    }
    return sum;
}

function divide(int a, int b) returns int {
    return a / b;
}

public function main() returns error? {
    foreach string s in ["42", "-3", "abc"] {
        io:println(s, " -> ", describe(s));
    }

    error e = error("outer failure", error("root cause"), code = 7);
    io:println(e);
    error? cause = e.cause();
    if cause is error {
        io:println("cause: ", cause.message());
    }
    io:println("detail: ", e.detail());

    int|error q = trap divide(1, 0);
    if q is error {
        io:println("trapped: ", q.message());
    }

    do {
        int total = check sumAll(["1", "2", "x"]);
        io:println("total ", total);
    } on fail error err {
        io:println("on fail: ", err.message());
    }

    int total = check sumAll(["10", "20", "30"]);
    io:println("total ", total);
    // main returns the error: the program prints it to stderr and exits with 1.
    _ = check sumAll(["1", "200"]);
    io:println("not reached");
}
