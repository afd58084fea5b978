import ballerina/io;

// Lists: a sieve of Eratosthenes over boolean[] and the primes pushed to int[].

function sieve(int n) returns int[] {
    boolean[] composite = [];
    composite[n] = false;
    int[] primes = [];
    foreach int i in 2 ... n {
        if !composite[i] {
            primes.push(i);
            int j = i * i;
            while j <= n {
                composite[j] = true;
                j += i;
            }
        }
    }
    return primes;
}

public function main() {
    int count = 0;
    int sum = 0;
    foreach int round in 0 ..< 80 {
        int[] primes = sieve(1000000);
        count += primes.length();
        foreach int p in primes {
            sum += p % 1000;
        }
    }
    io:println("primes: ", count, ", sum: ", sum);
}
