package rt

import (
	"strings"
	"sync"
	"testing"

	"go.uber.org/goleak"
)

// recorder collects the lines a test program prints (safe across groups).
type recorder struct {
	mu    sync.Mutex
	lines []string
}

// println records the ToString form of the arguments, concatenated, as io:println.
func (r *recorder) println(args ...any) {
	var sb strings.Builder
	for _, a := range args {
		sb.WriteString(ToString(a))
	}
	r.mu.Lock()
	r.lines = append(r.lines, sb.String())
	r.mu.Unlock()
}

func (r *recorder) get() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.lines...)
}

// runProg runs a program in the process, then checks that it left no goroutine.
func runProg(t *testing.T, body func(s *Strand) any) Outcome {
	t.Helper()
	o := Run(body)
	goleak.VerifyNone(t)
	return o
}

// trapped runs f and returns the error it panicked with (nil if none).
func trapped(f func()) *Error {
	r := TrapNil(nil, f)
	if r == nil {
		return nil
	}
	return r.(*Error)
}
