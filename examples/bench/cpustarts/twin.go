//go:build ignore

// The Go twin of cpustarts.bal: four goroutines each count the primes in a quarter of the range.
package main

import "fmt"

func countPrimes(lo, hi int) int {
	count := 0
	for n := lo; n < hi; n++ {
		if n < 2 {
			continue
		}
		prime := true
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				prime = false
				break
			}
		}
		if prime {
			count++
		}
	}
	return count
}

func main() {
	const n, parts = 4000000, 4
	results := make(chan int, parts)
	for p := 0; p < parts; p++ {
		go func() { results <- countPrimes(p*n/parts, (p+1)*n/parts) }()
	}
	total := 0
	for p := 0; p < parts; p++ {
		total += <-results
	}
	fmt.Printf("primes below %d: %d\n", n, total)
}
