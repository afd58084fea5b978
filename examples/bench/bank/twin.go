//go:build ignore

// The Go twin of bank.bal: a struct guarded by a sync.Mutex, four goroutines depositing.
package main

import (
	"fmt"
	"sync"
)

type bank struct {
	mu       sync.Mutex
	balance  int
	deposits int
}

func (b *bank) deposit(amount int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.balance += amount
	b.deposits++
}

func (b *bank) report() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return fmt.Sprintf("deposits: %d, balance: %d", b.deposits, b.balance)
}

func work(b *bank, n int) int {
	for i := 0; i < n; i++ {
		b.deposit(i % 7)
	}
	return n
}

func main() {
	b := &bank{}
	results := make(chan int, 4)
	for w := 0; w < 4; w++ {
		go func() { results <- work(b, 250000) }()
	}
	done := 0
	for w := 0; w < 4; w++ {
		done += <-results
	}
	fmt.Printf("done: %d, %s\n", done, b.report())
}
