//go:build ignore

// The Go twin of querygroup.bal: a map from region to its running total,
// with the regions in first-seen order in a slice, as a Go programmer
// would group and sum.
package main

import (
	"fmt"
	"strconv"
)

type sale struct {
	region string
	amount int
}

func main() {
	regions := make([]string, 0, 50)
	for i := 0; i < 50; i++ {
		regions = append(regions, "region"+strconv.Itoa(i))
	}
	sales := make([]*sale, 0)
	for i := 0; i < 1000000; i++ {
		sales = append(sales, &sale{region: regions[(i*7)%50], amount: i % 1000})
	}
	checksum := 0
	for round := 0; round < 10; round++ {
		totals := map[string]int{}
		var order []string
		for _, s := range sales {
			if s.amount < round {
				continue
			}
			if _, ok := totals[s.region]; !ok {
				order = append(order, s.region)
			}
			totals[s.region] += s.amount
		}
		for _, r := range order {
			checksum += totals[r] * len(r)
		}
	}
	fmt.Printf("checksum: %d\n", checksum)
}
