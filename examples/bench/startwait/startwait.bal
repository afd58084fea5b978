import ballerina/io;

// One million strands: start a call for each number, then wait for every result.

function square(int x) returns int {
    return x * x % 1000;
}

public function main() {
    future<int>[] futures = [];
    foreach int i in 0 ..< 1000000 {
        futures.push(start square(i));
    }
    int sum = 0;
    foreach future<int> f in futures {
        int v = checkpanic wait f;
        sum += v;
    }
    io:println("strands: ", futures.length(), ", sum: ", sum);
}
