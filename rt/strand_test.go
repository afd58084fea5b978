package rt

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var strandScenarios = []scenario{
	{
		// BBE asynchronous-function-calls.
		name: "start and wait",
		body: func(s *Strand, r *recorder) any {
			f := s.Start("add", false, func(s *Strand) any { return int64(10) })
			r.println(f.Wait(s, "a.bal:7"))
			return nil
		},
		want: []string{"10"},
	},
	{
		name: "the creator keeps running; new strands run last-created first",
		body: func(s *Strand, r *recorder) any {
			f1 := s.Start("one", false, func(s *Strand) any { r.println("one"); return nil })
			f2 := s.Start("two", false, func(s *Strand) any { r.println("two"); return nil })
			r.println("main")
			WaitAll(s, "o.bal:5", f1, f2)
			r.println("main again")
			return nil
		},
		want: []string{"main", "two", "one", "main again"},
	},
	{
		name: "re-readied strands go to the back of the queue",
		body: func(s *Strand, r *recorder) any {
			var fs []*Future
			for _, n := range []string{"x", "y", "z"} {
				fs = append(fs, s.Start(n, false, func(s *Strand) any {
					r.println(n, " 1")
					Sleep(s, 0) // yield
					r.println(n, " 2")
					return nil
				}))
			}
			WaitAll(s, "q.bal:9", fs...)
			return nil
		},
		want: []string{"z 1", "y 1", "x 1", "z 2", "y 2", "x 2"},
	},
	{
		name: "a wait that need not wait does not switch",
		body: func(s *Strand, r *recorder) any {
			f := s.Start("f", false, func(s *Strand) any { r.println("f"); return int64(1) })
			r.println("wait: ", f.Wait(s, "n.bal:3"))
			g := s.Start("g", false, func(s *Strand) any { r.println("g"); return nil })
			r.println("again: ", f.Wait(s, "n.bal:5")) // done: no switch, g has not run yet
			g.Wait(s, "n.bal:6")
			return nil
		},
		want: []string{"f", "wait: 1", `again: error("multiple waits on the same future is not allowed")`, "g"},
	},
	{
		name: "a strand that fails gives its error to wait",
		body: func(s *Strand, r *recorder) any {
			f := s.Start("f", false, func(s *Strand) any { return NewError("failed", nil, nil) })
			r.println(f.Wait(s, "e.bal:3"))
			return nil
		},
		want: []string{`error("failed")`},
	},
	{
		name: "wait re-panics a strand's panic",
		body: func(s *Strand, r *recorder) any {
			f := s.Start("f", false, func(s *Strand) any { return DivInt(1, 0) })
			r.println(trapped(func() { f.Wait(s, "p.bal:3") }))
			return nil
		},
		want: []string{`error("{ballerina}DivisionByZero",message=" / by zero")`},
	},
	{
		name: "several strands waiting for one future: only the first wait succeeds",
		body: func(s *Strand, r *recorder) any {
			f := s.Start("f", false, func(s *Strand) any { Sleep(s, 0.005); return int64(3) })
			var ws []*Future
			for i := 0; i < 3; i++ {
				ws = append(ws, s.Start(fmt.Sprint("w", i), false, func(s *Strand) any { return f.Wait(s, "m.bal:5") }))
			}
			for _, v := range WaitAll(s, "m.bal:7", ws...) {
				r.println(v)
			}
			return nil
		},
		// w2 runs first (last created), so its wait is the one that succeeds
		want: []string{`error("multiple waits on the same future is not allowed")`, `error("multiple waits on the same future is not allowed")`, "3"},
	},
	{
		name: "wait all",
		body: func(s *Strand, r *recorder) any {
			f1 := s.Start("f1", false, func(s *Strand) any { Sleep(s, 0.01); return "a" })
			f2 := s.Start("f2", false, func(s *Strand) any { return NewError("b", nil, nil) })
			f3 := s.Start("f3", false, func(s *Strand) any { return int64(3) })
			r.println(NewList[any](nil, WaitAll(s, "wa.bal:5", f1, f2, f3)...))
			return nil
		},
		want: []string{`["a",error("b"),3]`},
	},
	{
		name: "wait all panics as soon as one strand panicked",
		body: func(s *Strand, r *recorder) any {
			f1 := s.Start("f1", false, func(s *Strand) any { Sleep(s, 10); return "a" })
			f2 := s.Start("f2", false, func(s *Strand) any { Panic(NewError("f2 panicked", nil, nil)); return nil })
			start := time.Now()
			r.println(trapped(func() { WaitAll(s, "wa.bal:5", f1, f2) }), " ", time.Since(start) < 5*time.Second)
			f1.Cancel()
			return nil
		},
		want: []string{`error("f2 panicked") true`},
	},
	{
		// BBE alternate-wait: the first non-error result.
		name: "wait any",
		body: func(s *Strand, r *recorder) any {
			f1 := s.Start("f1", false, func(s *Strand) any { Sleep(s, 0.02); return "slow" })
			f2 := s.Start("f2", false, func(s *Strand) any { return NewError("f2 failed", nil, nil) })
			f3 := s.Start("f3", false, func(s *Strand) any { Sleep(s, 0.01); return "fast" })
			r.println(WaitAny(s, "wy.bal:5", f1, f2, f3))
			g1 := s.Start("g1", false, func(s *Strand) any { Sleep(s, 0.01); return NewError("last", nil, nil) })
			g2 := s.Start("g2", false, func(s *Strand) any { return NewError("first", nil, nil) })
			r.println(WaitAny(s, "wy.bal:8", g1, g2))
			h := s.Start("h", false, func(s *Strand) any { Panic(NewError("h panicked", nil, nil)); return nil })
			k := s.Start("k", false, func(s *Strand) any { Sleep(s, 0.01); return "k" })
			r.println(trapped(func() { WaitAny(s, "wy.bal:11", k, h) }))
			f1.Wait(s, "wy.bal:12")
			k.Wait(s, "wy.bal:13")
			return nil
		},
		want: []string{"fast", `error("last")`, `error("h panicked")`},
	},
	{
		name: "cancel a sleeping strand",
		body: func(s *Strand, r *recorder) any {
			f := s.Start("sleeper", false, func(s *Strand) any {
				r.println("sleeping")
				Sleep(s, 10)
				r.println("woke up") // never: cancelled at the yield point
				return nil
			})
			Sleep(s, 0)
			f.Cancel()
			start := time.Now()
			r.println(f.Wait(s, "c.bal:9"))
			r.println(f.Wait(s, "c.bal:10"))
			Sleep(s, 0.01) // the cancelled strand has stopped meanwhile
			r.println(time.Since(start) < 5*time.Second)
			return nil
		},
		want: []string{"sleeping", `error("{ballerina/lang.future}FutureAlreadyCancelled")`,
			`error("{ballerina/lang.future}FutureAlreadyCancelled")`, "true"},
	},
	{
		name: "cancel a strand before it runs, and after it ended",
		body: func(s *Strand, r *recorder) any {
			f := s.Start("never", false, func(s *Strand) any { r.println("ran"); return nil })
			f.Cancel()
			r.println(f.Wait(s, "c.bal:4"))
			g := s.Start("done", false, func(s *Strand) any { return int64(5) })
			Sleep(s, 0)
			g.Cancel() // no effect: it has ended
			r.println(g.Wait(s, "c.bal:8"))
			return nil
		},
		want: []string{`error("{ballerina/lang.future}FutureAlreadyCancelled")`, "5"},
	},
	{
		name: "cancel a strand blocked on a receive and on the lock",
		body: func(s *Strand, r *recorder) any {
			w := NewWorkers(s, []string{"A", "function"}, []ChannelSpec{{From: 1, To: 0, Slots: 1}})
			a := w.Start(s, 0, false, func(s *Strand) any { w.Receive(s, 0, 0, "cr.bal:3"); r.println("received"); return nil })
			l := s.Start("locker", false, func(s *Strand) any { Lock(s, "cr.bal:6"); r.println("locked"); return nil })
			Lock(s, "cr.bal:5")
			Sleep(s, 0)
			a.Cancel()
			l.Cancel()
			Sleep(s, 0)
			Unlock(s)
			r.println(a.Wait(s, "cr.bal:11"))
			r.println(l.Wait(s, "cr.bal:12"))
			Lock(s, "cr.bal:13") // the lock is free: the cancelled strand did not get it
			r.println("main locked")
			Unlock(s)
			return nil
		},
		want: []string{`error("{ballerina/lang.future}FutureAlreadyCancelled")`,
			`error("{ballerina/lang.future}FutureAlreadyCancelled")`, "main locked"},
	},
	{
		name: "runtime:sleep wakes strands in time order",
		body: func(s *Strand, r *recorder) any {
			f1 := s.Start("long", false, func(s *Strand) any { Sleep(s, 0.02); r.println("0.02"); return nil })
			f2 := s.Start("short", false, func(s *Strand) any { Sleep(s, 0.01); r.println("0.01"); return nil })
			WaitAll(s, "sl.bal:4", f1, f2)
			return nil
		},
		want: []string{"0.01", "0.02"},
	},
	{
		name: "the lock is re-entrant",
		body: func(s *Strand, r *recorder) any {
			Lock(s, "l.bal:1")
			Lock(s, "l.bal:2")
			r.println("nested")
			Unlock(s)
			Unlock(s)
			Lock(s, "l.bal:6")
			Unlock(s)
			return nil
		},
		want: []string{"nested"},
	},
	{
		name: "lock contention is a yield point",
		body: func(s *Strand, r *recorder) any {
			var fs []*Future
			for _, n := range []string{"a", "b", "c"} {
				fs = append(fs, s.Start(n, false, func(s *Strand) any {
					Lock(s, "lc.bal:4")
					r.println(n, " in")
					Sleep(s, 0.002) // others run meanwhile; they queue for the lock
					r.println(n, " out")
					Unlock(s)
					return nil
				}))
			}
			WaitAll(s, "lc.bal:10", fs...)
			return nil
		},
		want: []string{"c in", "c out", "b in", "b out", "a in", "a out"},
	},
	{
		name: "start inside a lock panics",
		body: func(s *Strand, r *recorder) any {
			Lock(s, "sl.bal:1")
			r.println(trapped(func() { s.Start("f", false, func(s *Strand) any { return nil }) }))
			Unlock(s)
			return nil
		},
		want: []string{`error("{ballerina}AsyncCallInsideLockError")`},
	},
	{
		name: "strands run after main returns",
		body: func(s *Strand, r *recorder) any {
			s.Start("late", false, func(s *Strand) any {
				Sleep(s, 0)
				r.println("late strand")
				return nil
			})
			r.println("main returns")
			return nil
		},
		want: []string{"main returns", "late strand"},
	},
	{
		name: "a blocking call lets the group run other strands",
		body: func(s *Strand, r *recorder) any {
			release := make(chan struct{})
			f := s.Start("other", false, func(s *Strand) any { r.println("other runs"); close(release); return nil })
			Blocking(s, "b.bal:3", func() { <-release })
			r.println("call returned")
			f.Wait(s, "b.bal:5")
			return nil
		},
		want: []string{"other runs", "call returned"},
	},
}

func TestStrandScenarios(t *testing.T) {
	for _, sc := range strandScenarios {
		t.Run(sc.name, func(t *testing.T) {
			var r recorder
			o := runProg(t, func(s *Strand) any { return sc.body(s, &r) })
			require.Nil(t, o.Panic, "panic")
			require.Empty(t, o.Deadlock)
			assert.Equal(t, sc.want, r.get())
		})
	}
}

func TestRunOutcomes(t *testing.T) {
	o := runProg(t, func(s *Strand) any { return int64(5) })
	assert.Equal(t, Outcome{Result: int64(5)}, o)
	o = runProg(t, func(s *Strand) any { return NewError("bad", nil, nil) })
	assert.Equal(t, "bad", o.Result.(*Error).Message())
	o = runProg(t, func(s *Strand) any { Panic(NewError("boom", nil, nil)); return nil })
	assert.Equal(t, "boom", o.Panic.Message())
}

// After main returns, strands that are blocked or sleeping are abandoned.
func TestRunAbandonsBlockedStrands(t *testing.T) {
	var r recorder
	start := time.Now()
	o := runProg(t, func(s *Strand) any {
		w := NewWorkers(s, []string{"A", "function"}, []ChannelSpec{{From: 1, To: 0, Slots: 1}})
		w.Start(s, 0, false, func(s *Strand) any { w.Receive(s, 0, 0, "x.bal:2"); r.println("A"); return nil })
		s.Start("sleeper", false, func(s *Strand) any { Sleep(s, 5); r.println("sleeper"); return nil })
		s.Start("locker", false, func(s *Strand) any { Lock(s, "x.bal:4"); return nil })
		Lock(s, "x.bal:5")
		return nil
	})
	assert.Equal(t, Outcome{}, o)
	assert.Empty(t, r.get())
	assert.Less(t, time.Since(start), 3*time.Second)
}

func TestDeadlockReport(t *testing.T) {
	o := runProg(t, func(s *Strand) any {
		w := NewWorkers(s, abFunction, []ChannelSpec{{From: pA, To: pB, Slots: 1}, {From: pB, To: pA, Slots: 1}, {From: pF, To: pA, Slots: 1}})
		w.Start(s, pA, false, func(s *Strand) any { w.Receive(s, 1, 0, "prog.bal:12"); return nil })
		w.Start(s, pB, false, func(s *Strand) any { w.Receive(s, 0, 0, "prog.bal:16"); return nil })
		s.Start("locker", false, func(s *Strand) any { Lock(s, "prog.bal:18"); return nil })
		Lock(s, "prog.bal:19")
		return w.Future(pA).Wait(s, "prog.bal:20")
	})
	assert.Equal(t, strings.Join([]string{
		"error: deadlock: every strand is blocked",
		"\tstrand 'main' waits for worker 'A' at prog.bal:20",
		"\tworker 'A' waits to receive from worker 'B' at prog.bal:12",
		"\tworker 'B' waits to receive from worker 'A' at prog.bal:16",
		"\tstrand 'locker' waits for the lock held by strand 'main' at prog.bal:18",
		"",
	}, "\n"), o.Deadlock)

	o = runProg(t, func(s *Strand) any {
		w := NewWorkers(s, []string{"A", "function"}, []ChannelSpec{{From: 0, To: 1, Slots: 1}, {From: 1, To: 0, Slots: 1}})
		w.Start(s, 0, false, func(s *Strand) any {
			w.Send(0, 0, int64(1))
			return nil
		})
		f := s.Start("f", false, func(s *Strand) any { return w.Flush(s, 1, "prog.bal:7") })
		w.Send(1, 0, int64(2))
		return WaitAll(s, "prog.bal:9", f)
	})
	assert.Equal(t, strings.Join([]string{
		"error: deadlock: every strand is blocked",
		"\tstrand 'main' waits for strand 'f' at prog.bal:9",
		"\tworker 'A' has returned and waits for function to receive its messages",
		"\tstrand 'f' waits for worker 'A' to receive its messages at prog.bal:7",
		"",
	}, "\n"), o.Deadlock)
}

// Sleeping strands are pending timers, not a deadlock.
func TestSleepIsNotDeadlock(t *testing.T) {
	o := runProg(t, func(s *Strand) any {
		f := s.Start("sleeper", false, func(s *Strand) any { Sleep(s, 0.02); return int64(1) })
		return f.Wait(s, "s.bal:3")
	})
	assert.Equal(t, Outcome{Result: int64(1)}, o)
}

func TestManyBlockedStrands(t *testing.T) {
	const n = 100_000
	var ran atomic.Int64
	o := runProg(t, func(s *Strand) any {
		fs := make([]*Future, n)
		for i := range fs {
			fs[i] = s.Start("s", false, func(s *Strand) any {
				Lock(s, "m.bal:4")
				ran.Add(1)
				Unlock(s)
				return nil
			})
		}
		Lock(s, "m.bal:10")
		Sleep(s, 0) // every strand runs and blocks on the lock
		if ran.Load() != 0 {
			return NewError("a strand got the lock", nil, nil)
		}
		Unlock(s)
		WaitAll(s, "m.bal:12", fs...)
		return ran.Load()
	})
	assert.Equal(t, Outcome{Result: int64(n)}, o)
}

func TestLockAcrossParallelGroups(t *testing.T) {
	counter := 0
	o := runProg(t, func(s *Strand) any {
		var fs []*Future
		for i := 0; i < 4; i++ {
			fs = append(fs, s.Start("inc", true, func(s *Strand) any {
				for j := 0; j < 2000; j++ {
					Lock(s, "p.bal:4")
					counter++ // the race detector checks that the lock protects it
					Unlock(s)
				}
				return nil
			}))
		}
		WaitAll(s, "p.bal:9", fs...)
		return int64(counter)
	})
	assert.Equal(t, Outcome{Result: int64(8000)}, o)
}

func TestParallelMessagesAndWaits(t *testing.T) {
	// Workers in different groups exchange messages and wait for each other.
	for i := 0; i < 50; i++ {
		o := runProg(t, func(s *Strand) any {
			w := NewWorkers(s, abFunction, []ChannelSpec{
				{From: pA, To: pB, Slots: 3}, {From: pB, To: pA, Slots: 3}, {From: pB, To: pF, Slots: 1}})
			w.Start(s, pA, true, func(s *Strand) any {
				sum := int64(0)
				for k := 0; k < 3; k++ {
					w.Send(0, k, int64(k))
					sum += w.Receive(s, 1, k, "pm.bal:5").(int64)
				}
				return sum
			})
			w.Start(s, pB, true, func(s *Strand) any {
				for k := 0; k < 3; k++ {
					v := w.Receive(s, 0, k, "pm.bal:10").(int64)
					w.Send(1, k, v*10)
				}
				return w.SyncSend(s, 2, 0, "done", "pm.bal:13")
			})
			got := w.Receive(s, 2, 0, "pm.bal:15")
			res := WaitAll(s, "pm.bal:16", w.Future(pA), w.Future(pB))
			w.End(s, pF, nil, nil)
			return fmt.Sprint(got, res)
		})
		require.Equal(t, Outcome{Result: "done[30 <nil>]"}, o)
	}
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

// Parallel groups really run in parallel: measured, not asserted (the machine is
// shared).
func TestParallelGroupsRunInParallel(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("timing")
	}
	work := func(s *Strand) any { return int64(fib(27)) }
	var seq, par time.Duration
	runProg(t, func(s *Strand) any {
		start := time.Now()
		s.Start("one", false, func(s *Strand) any { work(s); return work(s) }).Wait(s, "")
		seq = time.Since(start)
		start = time.Now()
		WaitAll(s, "", s.Start("a", true, work), s.Start("b", true, work))
		par = time.Since(start)
		return nil
	})
	t.Logf("GOMAXPROCS=%d: two fib(27) sequentially %v, in two parallel groups %v: speedup %.2fx",
		runtime.GOMAXPROCS(0), seq, par, float64(seq)/float64(par))
}

func TestTrace(t *testing.T) {
	var buf bytes.Buffer
	old, oldOut := traceOn, traceOut
	traceOn, traceOut = true, &buf
	defer func() { traceOn, traceOut = old, oldOut }()
	program := func(s *Strand) any {
		w := NewWorkers(s, abFunction, []ChannelSpec{{From: pA, To: pB, Slots: 1}, {From: pB, To: pF, Slots: 1}})
		w.Start(s, pA, false, func(s *Strand) any { w.Send(0, 0, int64(1)); return nil })
		w.Start(s, pB, false, func(s *Strand) any {
			w.Send(1, 0, w.Receive(s, 0, 0, "t.bal:6"))
			return NewError("B failed", nil, nil)
		})
		f := s.Start("f", false, func(s *Strand) any { Sleep(s, 0); return nil })
		w.Receive(s, 1, 0, "t.bal:10")
		f.Wait(s, "t.bal:11")
		w.End(s, pF, nil, nil)
		return nil
	}
	var first string
	for i := 0; i < 20; i++ {
		buf.Reset()
		runProg(t, program)
		if i == 0 {
			first = buf.String()
			continue
		}
		require.Equal(t, first, buf.String(), "run %d", i)
	}
	assert.Equal(t, strings.Join([]string{
		"bal2go trace: created strand 'main' #1 in group 1",
		"bal2go trace: started strand 'main' #1",
		"bal2go trace: created worker 'A' #2 in group 1 by strand 'main' #1",
		"bal2go trace: created worker 'B' #3 in group 1 by strand 'main' #1",
		"bal2go trace: created strand 'f' #4 in group 1 by strand 'main' #1",
		"bal2go trace: yielded strand 'main' #1: waits to receive from worker 'B' at t.bal:10",
		"bal2go trace: started strand 'f' #4",
		"bal2go trace: yielded strand 'f' #4: yields",
		"bal2go trace: started worker 'B' #3",
		"bal2go trace: yielded worker 'B' #3: waits to receive from worker 'A' at t.bal:6",
		"bal2go trace: started worker 'A' #2",
		"bal2go trace: returned worker 'A' #2: has returned and waits for worker 'B' to receive its messages",
		"bal2go trace: resumed strand 'f' #4",
		"bal2go trace: ended strand 'f' #4: returned",
		"bal2go trace: resumed worker 'B' #3",
		"bal2go trace: ended worker 'A' #2: returned",
		"bal2go trace: returned worker 'B' #3: has returned and waits for function to receive its messages",
		"bal2go trace: resumed strand 'main' #1",
		"bal2go trace: ended worker 'B' #3: failed: B failed",
		"bal2go trace: ended strand 'main' #1: returned",
		"",
	}, "\n"), first)
}
