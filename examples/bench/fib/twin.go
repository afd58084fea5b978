//go:build ignore

// The Go twin of fib.bal.
package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	fmt.Printf("fib(40) = %d\n", fib(40))
}
