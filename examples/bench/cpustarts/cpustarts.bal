import ballerina/io;

// CPU work in four isolated strands started with no annotation: each counts the primes in
// a quarter of [2, 4,000,000) by trial division. Isolated calls may run on other threads
// (spec "Start action"), so the work spreads over the cores as goroutines' does.

isolated function countPrimes(int lo, int hi) returns int {
    int count = 0;
    foreach int n in lo ..< hi {
        if n < 2 {
            continue;
        }
        boolean prime = true;
        int d = 2;
        while d * d <= n {
            if n % d == 0 {
                prime = false;
                break;
            }
            d += 1;
        }
        if prime {
            count += 1;
        }
    }
    return count;
}

public function main() {
    int n = 4000000;
    int parts = 4;
    future<int>[] fs = [];
    foreach int p in 0 ..< parts {
        fs.push(start countPrimes(p * n / parts, (p + 1) * n / parts));
    }
    int total = 0;
    foreach future<int> f in fs {
        total += checkpanic wait f;
    }
    io:println("primes below ", n, ": ", total);
}
