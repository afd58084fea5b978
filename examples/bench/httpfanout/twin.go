//go:build ignore

// The Go twin of httpfanout.bal: a goroutine per call, a WaitGroup per round,
// one client whose transport keeps enough idle connections for the fan-out.
package main

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"strconv"
	"sync"
)

func fetch(c *http.Client, url string, i int) (int, error) {
	resp, err := c.Get(url + "/item/" + strconv.Itoa(i))
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return 0, err
	}
	return len(body), nil
}

func main() {
	url := os.Args[1]
	c := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 128}}
	total := 0
	for round := 0; round < 100; round++ {
		var sizes [100]int
		var errs [100]error
		var wg sync.WaitGroup
		for i := range sizes {
			wg.Add(1)
			go func() {
				defer wg.Done()
				sizes[i], errs[i] = fetch(c, url, i)
			}()
		}
		wg.Wait()
		for i := range sizes {
			if errs[i] != nil {
				fmt.Fprintln(os.Stderr, "error:", errs[i])
				os.Exit(1)
			}
			total += sizes[i]
		}
	}
	fmt.Printf("bytes: %d\n", total)
}
