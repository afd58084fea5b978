//go:build ignore

// The Go twin of queryjoin.bal: the customers indexed by id in a map, then
// one pass over the orders, as a Go programmer would write the join.
package main

import (
	"fmt"
	"strconv"
)

type customer struct {
	id   int
	name string
}

type order struct {
	id, customerID, amount int
}

type row struct {
	name   string
	amount int
}

func main() {
	customers := make([]*customer, 0)
	for i := 0; i < 100000; i++ {
		customers = append(customers, &customer{id: i, name: "c" + strconv.Itoa(i)})
	}
	orders := make([]*order, 0)
	for i := 0; i < 100000; i++ {
		orders = append(orders, &order{id: i, customerID: (i * 7) % 100000, amount: i % 100})
	}
	total, count := 0, 0
	for round := 0; round < 3; round++ {
		byID := make(map[int][]*customer)
		for _, c := range customers {
			byID[c.id] = append(byID[c.id], c)
		}
		var rows []*row
		for _, o := range orders {
			for _, c := range byID[o.customerID] {
				if o.amount > round {
					rows = append(rows, &row{name: c.name, amount: o.amount})
				}
			}
		}
		count += len(rows)
		for _, r := range rows {
			total += r.amount
		}
	}
	fmt.Printf("rows: %d, total: %d\n", count, total)
}
