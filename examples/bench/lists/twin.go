//go:build ignore

// The Go twin of lists.bal.
package main

import "fmt"

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if !composite[i] {
			primes = append(primes, i)
			for j := i * i; j <= n; j += i {
				composite[j] = true
			}
		}
	}
	return primes
}

func main() {
	count, sum := 0, 0
	for round := 0; round < 80; round++ {
		primes := sieve(1000000)
		count += len(primes)
		for _, p := range primes {
			sum += p % 1000
		}
	}
	fmt.Printf("primes: %d, sum: %d\n", count, sum)
}
