//go:build ignore

// The Go twin of accounts.bal: four structs, each guarded by its own sync.Mutex, each
// deposited into by its own goroutine.
package main

import (
	"fmt"
	"sync"
)

type account struct {
	mu       sync.Mutex
	balance  int
	deposits int
}

func (a *account) deposit(amount int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += amount
	a.deposits++
}

func (a *account) report() string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return fmt.Sprintf("deposits: %d, balance: %d", a.deposits, a.balance)
}

func work(a *account, n int) int {
	for i := 0; i < n; i++ {
		a.deposit(i % 7)
	}
	return n
}

func main() {
	var accounts []*account
	results := make(chan int, 4)
	for w := 0; w < 4; w++ {
		a := &account{}
		accounts = append(accounts, a)
		go func() { results <- work(a, 250000) }()
	}
	done := 0
	for w := 0; w < 4; w++ {
		done += <-results
	}
	fmt.Printf("done: %d\n", done)
	for _, a := range accounts {
		fmt.Println(a.report())
	}
}
