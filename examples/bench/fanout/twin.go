//go:build ignore

// The Go twin of fanout.bal: four goroutines, a WaitGroup.
package main

import (
	"fmt"
	"sync"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func fanOut(n int) int {
	var a, b, c, d int
	var wg sync.WaitGroup
	wg.Add(4)
	go func() { defer wg.Done(); a = fib(n) }()
	go func() { defer wg.Done(); b = fib(n + 1) }()
	go func() { defer wg.Done(); c = fib(n - 1) }()
	go func() { defer wg.Done(); d = fib(n) }()
	wg.Wait()
	return a + b + c + d
}

func main() {
	total := 0
	for round := 0; round < 3000; round++ {
		total += fanOut(19 + round%3)
	}
	fmt.Printf("total: %d\n", total)
}
