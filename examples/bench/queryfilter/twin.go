//go:build ignore

// The Go twin of queryfilter.bal: a slice of structs filtered into new
// slices with append, as a Go programmer would.
package main

import "fmt"

type reading struct {
	id     int
	sensor int
	value  float64
}

func main() {
	readings := make([]*reading, 0)
	for i := 0; i < 1000000; i++ {
		readings = append(readings, &reading{id: i, sensor: i % 100, value: float64(i%1000) / 10.0})
	}
	hot := 0
	for round := 0; round < 5; round++ {
		var selected []*reading
		for _, r := range readings {
			if r.value > 50.0 && r.sensor != round {
				selected = append(selected, r)
			}
		}
		hot += len(selected)
	}
	var doubled []float64
	for _, r := range readings {
		if r.sensor == 7 {
			doubled = append(doubled, r.value*2.0)
		}
	}
	fmt.Printf("hot: %d, doubled: %d, first: %.1f\n", hot, len(doubled), doubled[0])
}
