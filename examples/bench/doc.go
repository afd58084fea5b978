// Package bench is bal2go's performance suite: Ballerina programs, each with
// an idiomatic hand-written Go twin that does the same work and prints the
// same result.
//
// Each program lives in examples/bench/NAME: NAME.bal and twin.go (kept out of
// this module's build by a //go:build ignore line). The benchmark transpiles
// every NAME.bal with bal2go.Transpile, builds it and its twin in one
// temporary module against the embedded runtime, then runs the two binaries
// back to back, checks that they print the same, and reports the median wall
// time of each and the ratio bal2go/Go:
//
//	go test -bench . -benchtime 5x ./examples/bench
//
// Each iteration runs both programs once; the figures are medians over the
// iterations. A program that imports ballerina/http, and its twin, get the URL of
// a server the benchmark runs (GET /item/N answers after a millisecond) as their
// argument. After the run a Markdown table with the geometric mean of the
// ratios is printed (the one in the README's Performance section). Plain
// `go test` builds and runs nothing.
package bench
