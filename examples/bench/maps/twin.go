//go:build ignore

// The Go twin of maps.bal. Ballerina maps keep insertion order, so the
// twin keeps the keys in a slice beside the map, as a Go programmer would.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	keys := make([]string, 0, 1000)
	for i := 0; i < 1000; i++ {
		keys = append(keys, "key"+strconv.Itoa(i))
	}
	counts := map[string]int{}
	var order []string
	for i := 0; i < 15000000; i++ {
		k := keys[(i*7)%1000]
		c, ok := counts[k]
		if !ok {
			order = append(order, k)
		}
		counts[k] = c + 1
	}
	sum := 0
	for _, k := range order {
		sum += counts[k] * len(k)
	}
	fmt.Printf("keys: %d, sum: %d\n", len(counts), sum)
}
