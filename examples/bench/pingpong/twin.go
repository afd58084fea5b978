//go:build ignore

// The Go twin of pingpong.bal: each call starts a goroutine and exchanges one
// value each way over unbuffered channels.
package main

import "fmt"

func exchange(x int) int {
	in, out := make(chan int), make(chan int)
	go func() {
		v := <-in
		out <- v*2 + 1
	}()
	in <- x
	return <-out
}

func main() {
	sum := 0
	for i := 0; i < 200000; i++ {
		sum += exchange(i)
	}
	fmt.Printf("sum: %d\n", sum)
}
