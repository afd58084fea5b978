//go:build ignore

// The Go twin of startwait.bal: a goroutine per call, a WaitGroup, results in a slice.
package main

import (
	"fmt"
	"sync"
)

func square(x int) int {
	return x * x % 1000
}

func main() {
	const n = 1000000
	results := make([]int, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = square(i)
		}()
	}
	wg.Wait()
	sum := 0
	for _, v := range results {
		sum += v
	}
	fmt.Printf("strands: %d, sum: %d\n", len(results), sum)
}
