import ballerina/io;

// Collatz: the total number of steps for every start value below a bound.

function collatzSteps(int first) returns int {
    int n = first;
    int steps = 0;
    while n != 1 {
        if n % 2 == 0 {
            n = n / 2;
        } else {
            n = 3 * n + 1;
        }
        steps += 1;
    }
    return steps;
}

public function main() {
    int total = 0;
    int longest = 0;
    int longestStart = 0;
    foreach int i in 1 ..< 1500000 {
        int s = collatzSteps(i);
        total += s;
        if s > longest {
            longest = s;
            longestStart = i;
        }
    }
    io:println("total steps: ", total, ", longest: ", longest, " from ", longestStart);
}
