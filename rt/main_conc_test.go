package rt

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func init() {
	programs["conc-deadlock"] = func(s *Strand) any {
		Println("before")
		w := NewWorkers(s, []string{"A", "function"}, []ChannelSpec{{From: 1, To: 0, Slots: 1}})
		w.Start(s, 0, false, func(s *Strand) any { return w.Receive(s, 0, 0, "prog.bal:12") })
		return w.Future(0).Wait(s, "prog.bal:20")
	}
	programs["conc-after-main"] = func(s *Strand) any {
		w := NewWorkers(s, []string{"A", "B", "function"}, nil)
		w.Start(s, 0, false, func(s *Strand) any { Println("Hello from worker A"); return nil })
		w.Start(s, 1, false, func(s *Strand) any { Println("Hello from worker B"); return nil })
		s.Start("sleeper", false, func(s *Strand) any { Sleep(s, 30); Println("never"); return nil })
		Println("Hello from function worker")
		w.End(s, 2, nil, nil)
		return nil
	}
	programs["conc-main-error"] = func(s *Strand) any {
		s.Start("late", false, func(s *Strand) any { Println("late"); return nil })
		return NewError("main failed", nil, nil)
	}
	programs["conc-worker-panic"] = concMain
}

func TestMainConcurrency(t *testing.T) {
	tests := []struct {
		name   string
		env    []string
		stdout string
		stderr string
		code   int
	}{
		{name: "conc-deadlock", stdout: "before\n", code: 1, stderr: strings.Join([]string{
			"error: deadlock: every strand is blocked",
			"\tstrand 'main' waits for worker 'A' at prog.bal:20",
			"\tworker 'A' waits to receive from function at prog.bal:12",
			""}, "\n")},
		{name: "conc-after-main", code: 0,
			stdout: "Hello from function worker\nHello from worker B\nHello from worker A\n"},
		{name: "conc-main-error", code: 1, stderr: "error: main failed\n"},
		{name: "conc-worker-panic", stdout: "start\n", code: 1, stderr: strings.Join([]string{
			`error: {ballerina}DivisionByZero {"message":" / by zero"}`,
			"\tat demo:concDivide(conc.bal:4)",
			"\t   demo:$lambda$1(conc.bal:11)",
			""}, "\n")},
	}
	for _, tt := range tests {
		start := time.Now()
		stdout, stderr, code := runProgram(t, tt.name, tt.env)
		assert.Equal(t, tt.stdout, stdout, "%s: stdout", tt.name)
		assert.Equal(t, tt.stderr, stderr, "%s: stderr", tt.name)
		assert.Equal(t, tt.code, code, "%s: exit code", tt.name)
		assert.Less(t, time.Since(start), 20*time.Second, "%s: sleeping strands do not keep the program alive", tt.name)
	}
}

func TestMainTraceEnv(t *testing.T) {
	stdout, stderr, code := runProgram(t, "conc-after-main", []string{"BAL2GO_TRACE=1"})
	assert.Equal(t, 0, code)
	assert.Equal(t, "Hello from function worker\nHello from worker B\nHello from worker A\n", stdout)
	assert.Contains(t, stderr, "bal2go trace: created strand 'main' #1 in group 1\n")
	assert.Contains(t, stderr, "bal2go trace: created worker 'B' #3 in group 1 by strand 'main' #1\n")
	assert.Contains(t, stderr, "bal2go trace: yielded strand 'sleeper' #4: sleeps\n")
	assert.Contains(t, stderr, "bal2go trace: ended worker 'A' #2: returned\n")
}

// BAL2GO_GOTRACE=1 still re-raises a panic of main to Go.
func TestMainGoTraceStrand(t *testing.T) {
	_, stderr, code := runProgram(t, "conc-worker-panic", []string{"BAL2GO_GOTRACE=1"})
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "panic: ballerina panic: {ballerina}DivisionByZero")
}
