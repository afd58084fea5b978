//go:build race

package golden

// raceEnabled: under `go test -race` the golden programs are built with
// -race too, so the race detector watches every generated program.
const raceEnabled = true
