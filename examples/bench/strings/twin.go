//go:build ignore

// The Go twin of strings.bal.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	total, checksum := 0, 0
	for round := 0; round < 2000; round++ {
		var parts []string
		for i := 0; i < 1000; i++ {
			parts = append(parts, "item-"+strconv.Itoa(i)+":"+strconv.Itoa(i*round))
		}
		line := strings.Join(parts, ",")
		total += len(line)
		s := ""
		for i := 0; i < 100; i++ {
			s += "ab" + strconv.Itoa(i)
		}
		checksum += len(s) + strings.Index(line, "item-500")
	}
	fmt.Printf("total length: %d, checksum: %d\n", total, checksum)
}
