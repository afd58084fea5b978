//go:build ignore

// The Go twin of decimal.bal, with apd as a Go programmer would use it: one
// context with decimal128's parameters, values updated in place.
package main

import (
	"fmt"

	"github.com/cockroachdb/apd/v3"
)

func main() {
	ctx := apd.Context{Precision: 34, MaxExponent: 6144, MinExponent: -6143,
		Rounding: apd.RoundHalfEven, Traps: apd.DefaultTraps}
	var price, total, taxed apd.Decimal
	cent := apd.New(1, -2)
	taxRate := apd.New(1075, -3)
	for i := 0; i < 1000000; i++ {
		if _, err := ctx.Add(&price, &price, cent); err != nil {
			panic(err)
		}
		if _, err := ctx.Mul(&taxed, &price, taxRate); err != nil {
			panic(err)
		}
		if _, err := ctx.Quantize(&taxed, &taxed, -2); err != nil {
			panic(err)
		}
		if _, err := ctx.Add(&total, &total, &taxed); err != nil {
			panic(err)
		}
	}
	fmt.Println("total: " + total.String())
}
