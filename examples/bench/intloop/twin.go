//go:build ignore

// The Go twin of intloop.bal.
package main

import "fmt"

func collatzSteps(first int) int {
	n := first
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n = n / 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	total, longest, longestStart := 0, 0, 0
	for i := 1; i < 1500000; i++ {
		s := collatzSteps(i)
		total += s
		if s > longest {
			longest, longestStart = s, i
		}
	}
	fmt.Printf("total steps: %d, longest: %d from %d\n", total, longest, longestStart)
}
