import ballerina/io;

// Concurrency the Ballerina way: two named workers exchange values while
// they compute, a started strand runs a calculation on another core, and
// the function collects every result with wait.

function sumOfSquares(int n) returns int {
    int total = 0;
    foreach int i in 1 ... n {
        total += i * i;
    }
    return total;
}

function parseAll(string[] inputs) returns int|error {
    int sum = 0;
    foreach string s in inputs {
        sum += check int:fromString(s);
    }
    return sum;
}

public function main() returns error? {
    io:println("main: starting");

    worker Producer returns int {
        int a = sumOfSquares(10);
        a -> Consumer;
        int reply = <- Consumer;
        io:println("Producer: got the reply ", reply);
        return a + reply;
    }

    worker Consumer returns int {
        int received = <- Producer;
        io:println("Consumer: received ", received);
        int doubled = received * 2;
        doubled -> Producer;
        return doubled;
    }

    future<int> big = start sumOfSquares(1000); // isolated (inferred): may run on another core
    future<int|error> parsed = start parseAll(["1", "2", "x"]);

    io:println("main: waiting");
    record {|int producer; int consumer;|} results = wait {producer: Producer, consumer: Consumer};
    io:println("main: workers returned ", results);
    int bigSum = check wait big;
    io:println("main: sum of squares up to 1000 is ", bigSum);
    int|error p = wait parsed;
    if p is error {
        io:println("main: parsing failed: ", p.message());
    }
}
