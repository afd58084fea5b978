package rt

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"
)

// TestGroupCallOneAtATime calls one Group from many goroutines: the strands run one at
// a time and interleave at yield points; the counter they share without a lock is
// never raced (go test -race).
func TestGroupCallOneAtATime(t *testing.T) {
	defer goleak.VerifyNone(t)
	gr := NewGroup()
	var running atomic.Int32
	var overlap atomic.Bool
	counter := 0
	step := func() {
		if running.Add(1) != 1 {
			overlap.Store(true)
		}
		counter++
		running.Add(-1)
	}
	var wg sync.WaitGroup
	results := make([]any, 40)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, perr := gr.Call("req", func(s *Strand) any {
				step()
				Sleep(s, 0) // a yield point
				step()
				Sleep(s, 0.001)
				step()
				return int64(i)
			})
			require.Nil(t, perr)
			results[i] = res
		}()
	}
	wg.Wait()
	assert.False(t, overlap.Load(), "two strands of one group ran at once")
	assert.Equal(t, 120, counter)
	for i, r := range results {
		assert.Equal(t, int64(i), r)
	}
}

func TestGroupCallPanic(t *testing.T) {
	defer goleak.VerifyNone(t)
	gr := NewGroup()
	res, perr := gr.Call("boom", func(s *Strand) any {
		Panic(NewError("boom", nil, nil))
		return nil
	})
	assert.Nil(t, res)
	require.NotNil(t, perr)
	assert.Equal(t, "boom", perr.Message())
	_, perr = gr.Call("runtime", func(s *Strand) any {
		var l []int
		_ = l[3]
		return nil
	})
	require.NotNil(t, perr)
	assert.Equal(t, "{ballerina/lang.array}IndexOutOfRange", perr.Message())
	res, perr = gr.Call("ok", func(s *Strand) any { return "fine" })
	assert.Equal(t, "fine", res)
	assert.Nil(t, perr)
}

// spinUntil spins, with no yield point, until released is set, or gives up after a
// while (so that a test whose calls do not run in parallel fails instead of hanging);
// it reports whether it was released.
func spinUntil(released *atomic.Bool) bool {
	deadline := time.Now().Add(10 * time.Second)
	for i := 0; !released.Load(); i++ {
		if i%1024 == 0 && time.Now().After(deadline) {
			return false
		}
	}
	return true
}

// TestGroupCallParallel: CallParallel runs each call on a strand of a group of its
// own, in parallel with the Group's other calls: a call that spins without a yield
// point until a later call has run ends (in one group it would spin on). The groups
// are dropped once their strands have ended.
func TestGroupCallParallel(t *testing.T) {
	defer goleak.VerifyNone(t)
	gr := NewGroup()
	p := currentProgram()
	groups := func() int {
		p.gmu.Lock()
		defer p.gmu.Unlock()
		return len(p.groups)
	}
	_, own := gr.bind() // the Group's own group, pinned
	before := groups()
	var released atomic.Bool
	started := make(chan struct{})
	spun := make(chan any, 1)
	go func() {
		res, perr := gr.CallParallel("spin", func(s *Strand) any {
			close(started)
			return spinUntil(&released)
		})
		assert.Nil(t, perr)
		spun <- res
	}()
	<-started
	res, perr := gr.CallParallel("release", func(s *Strand) any {
		released.Store(true)
		return "ok"
	})
	assert.Nil(t, perr)
	assert.Equal(t, "ok", res)
	assert.Equal(t, true, <-spun, "the spinning call ended: the two ran in parallel")
	res, _ = gr.CallParallel("group", func(s *Strand) any { return s.g })
	assert.NotSame(t, own, res, "not in the Group's own group")
	assert.Equal(t, before, groups(), "the calls' groups are dropped")
}

// TestGroupCallParallelOneGroup: with BAL2GO_ONE_GROUP=1, CallParallel runs its body
// in the Group's own group, as Call does.
func TestGroupCallParallelOneGroup(t *testing.T) {
	defer goleak.VerifyNone(t)
	gr := NewGroup()
	p := currentProgram()
	p.oneGroup = true
	defer func() { p.oneGroup = false }()
	res, perr := gr.CallParallel("one", func(s *Strand) any { return s.g })
	assert.Nil(t, perr)
	_, own := gr.bind()
	assert.Same(t, own, res)
}

// TestGroupCallJoinsRun: while a program runs (Run), calls join it; its main strand
// waits for an outside call (through Blocking) that sleeps, and nothing is reported as
// a deadlock.
func TestGroupCallJoinsRun(t *testing.T) {
	gr := NewGroup()
	var rec recorder
	o := runProg(t, func(s *Strand) any {
		var res any
		Blocking(s, "prog.bal:3", func() {
			done := make(chan struct{})
			go func() {
				defer close(done)
				res, _ = gr.Call("outside", func(s *Strand) any {
					rec.println("outside strand in the program: ", s.g.p == curProgram.Load())
					Sleep(s, 0.01)
					return "answer"
				})
			}()
			<-done
		})
		rec.println("main got ", res)
		return nil
	})
	assert.Nil(t, o.Panic)
	assert.Empty(t, o.Deadlock)
	assert.Equal(t, []string{"outside strand in the program: true", "main got answer"}, rec.get())
	// with no program running, calls run in the host program
	res, _ := gr.Call("later", func(s *Strand) any { return s.g.p == hostProgram() })
	assert.Equal(t, true, res)
}

type testServer struct{ stopped bool }

func (f *testServer) Start() error { return nil }

func (f *testServer) Stop(ctx context.Context) error {
	f.stopped = true
	return nil
}

func TestRegisterServer(t *testing.T) {
	a, b := &testServer{}, &testServer{}
	RegisterServer(a)
	RegisterServer(b)
	assert.Equal(t, []Server{a, b}, registeredServers())
	UnregisterServer(a)
	assert.Equal(t, []Server{b}, registeredServers())
	stopServers([]Server{b})
	assert.True(t, b.stopped)
	UnregisterServer(b)
	assert.Empty(t, registeredServers())
	code, served := serve()
	assert.False(t, served, "no server: Main exits at once")
	assert.Zero(t, code)
}
