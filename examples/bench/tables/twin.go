//go:build ignore

// The Go twin of tables.bal. A Ballerina table keeps its rows in order and finds
// them by key, so the twin keeps the rows in a slice and indexes them by id in a
// map, as a Go programmer would.
package main

import "fmt"

type row struct {
	id      int
	payload int
}

func main() {
	var rows []*row
	byID := map[int]*row{}
	for i := 0; i < 1000000; i++ {
		r := &row{id: i * 7, payload: i % 1000}
		if old, ok := byID[r.id]; ok {
			*old = *r
			continue
		}
		rows = append(rows, r)
		byID[r.id] = r
	}
	sum := 0
	for i := 0; i < 1000000; i++ {
		sum += byID[i*7].payload
	}
	fmt.Printf("rows: %d, sum: %d\n", len(rows), sum)
}
