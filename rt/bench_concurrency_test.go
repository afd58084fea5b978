package rt

import (
	"runtime"
	"sync"
	"testing"
	"time"
)

// Benchmarks of the strand runtime, each against a hand-written Go twin measured in
// the same run. Each reports rt's figure, the twin's, and their ratio:
//
//	go test -run XXX -bench Concurrency -benchtime 2x ./rt
//
// An op is a fixed batch (named in each benchmark), so that -benchtime 2x is enough.

// --- 1. message round trip between a function and one worker ---

const roundTrips = 200_000 // per op

var (
	rtNames = []string{"A", "function"}
	rtChans = []ChannelSpec{{From: 1, To: 0, Slots: 1}, {From: 0, To: 1, Slots: 1}}
)

// rtRoundTrip is what bal2go generates for
//
//	function roundTrip(int x) returns int {
//	    worker A { int v = <- function; v + 1 -> function; }
//	    x -> A;
//	    return <- A;
//	}
func rtRoundTrip(s *Strand, x int64) (result any) {
	w := NewWorkers(s, rtNames, rtChans)
	defer func() { w.End(s, 1, result, recover()) }()
	w.Start(s, 0, false, func(s *Strand) any {
		v := w.Receive(s, 0, 0, "rt.bal:2").(int64)
		w.Send(1, 0, v+1)
		return nil
	})
	w.Send(0, 0, x)
	return w.Receive(s, 1, 0, "rt.bal:4")
}

// goRoundTrip is its Go twin: a goroutine and two unbuffered channels per call.
func goRoundTrip(x int64) int64 {
	in, out := make(chan int64), make(chan int64)
	go func() {
		v := <-in
		out <- v + 1
	}()
	in <- x
	return <-out
}

func BenchmarkConcurrencyRoundTrip(b *testing.B) {
	var rtDur, goDur time.Duration
	for i := 0; i < b.N; i++ {
		start := time.Now()
		o := Run(func(s *Strand) any {
			sum := int64(0)
			for k := int64(0); k < roundTrips; k++ {
				sum += rtRoundTrip(s, k).(int64)
			}
			return sum
		})
		rtDur += time.Since(start)
		start = time.Now()
		sum := int64(0)
		for k := int64(0); k < roundTrips; k++ {
			sum += goRoundTrip(k)
		}
		goDur += time.Since(start)
		if o.Result != sum {
			b.Fatalf("rt %v, go %v", o.Result, sum)
		}
	}
	report(b, "round-trip", rtDur, goDur, b.N*roundTrips)
}

func report(b *testing.B, what string, rtDur, goDur time.Duration, n int) {
	b.ReportMetric(float64(rtDur.Nanoseconds())/float64(n), "rt-ns/"+what)
	b.ReportMetric(float64(goDur.Nanoseconds())/float64(n), "go-ns/"+what)
	b.ReportMetric(float64(rtDur)/float64(goDur), "rt/go")
}

// --- 1b. the hand-off alone: one worker, many round trips ---

const pingPongs = 100 // slots per direction, as if the sends were written out

// BenchmarkConcurrencyPingPong measures the switch between two strands of one group:
// a worker and the function exchange 100 messages each way per call (generated code
// would have 100 send and receive actions, one per slot), against a goroutine doing
// the same over two unbuffered channels.
func BenchmarkConcurrencyPingPong(b *testing.B) {
	const calls = 2_000 // per op
	chans := []ChannelSpec{{From: 1, To: 0, Slots: pingPongs}, {From: 0, To: 1, Slots: pingPongs}}
	var rtDur, goDur time.Duration
	for i := 0; i < b.N; i++ {
		start := time.Now()
		Run(func(s *Strand) any {
			for c := 0; c < calls; c++ {
				w := NewWorkers(s, rtNames, chans)
				w.Start(s, 0, false, func(s *Strand) any {
					for k := 0; k < pingPongs; k++ {
						w.Send(1, k, w.Receive(s, 0, k, "pp.bal:3").(int64)+1)
					}
					return nil
				})
				v := int64(0)
				for k := 0; k < pingPongs; k++ {
					w.Send(0, k, v)
					v = w.Receive(s, 1, k, "pp.bal:9").(int64)
				}
				w.End(s, 1, nil, nil)
			}
			return nil
		})
		rtDur += time.Since(start)
		start = time.Now()
		for c := 0; c < calls; c++ {
			in, out := make(chan int64), make(chan int64)
			go func() {
				for k := 0; k < pingPongs; k++ {
					out <- (<-in) + 1
				}
			}()
			v := int64(0)
			for k := 0; k < pingPongs; k++ {
				in <- v
				v = <-out
			}
		}
		goDur += time.Since(start)
	}
	report(b, "round-trip", rtDur, goDur, b.N*calls*pingPongs)
}

// --- 2. start + wait ---

const startWaits = 1_000_000 // strands per op

func BenchmarkConcurrencyStartWait(b *testing.B) {
	var rtDur, goDur time.Duration
	for i := 0; i < b.N; i++ {
		runtime.GC()
		start := time.Now()
		o := Run(func(s *Strand) any {
			fs := make([]*Future, startWaits)
			for k := range fs {
				k := int64(k)
				fs[k] = s.Start("f", false, func(s *Strand) any { return k * 2 })
			}
			sum := int64(0)
			for _, f := range fs {
				sum += f.Wait(s, "sw.bal:5").(int64)
			}
			return sum
		})
		rtDur += time.Since(start)
		runtime.GC()
		start = time.Now()
		res := make([]int64, startWaits)
		var wg sync.WaitGroup
		for k := range res {
			wg.Add(1)
			go func() {
				res[k] = int64(k) * 2
				wg.Done()
			}()
		}
		wg.Wait()
		sum := int64(0)
		for _, v := range res {
			sum += v
		}
		goDur += time.Since(start)
		if o.Result != sum {
			b.Fatalf("rt %v, go %v", o.Result, sum)
		}
	}
	report(b, "strand", rtDur, goDur, b.N*startWaits)
}

// --- 3. memory of blocked strands ---

const blockedStrands = 100_000

func liveBytes() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc + m.StackInuse
}

func BenchmarkConcurrencyBlockedMemory(b *testing.B) {
	var rtBytes, goBytes float64
	for i := 0; i < b.N; i++ {
		before := liveBytes()
		var during uint64
		Run(func(s *Strand) any {
			fs := make([]*Future, blockedStrands)
			for k := range fs {
				fs[k] = s.Start("blocked", false, func(s *Strand) any {
					Lock(s, "bm.bal:3")
					Unlock(s)
					return nil
				})
			}
			Lock(s, "bm.bal:7")
			Sleep(s, 0) // all of them run and block on the lock
			during = liveBytes()
			Unlock(s)
			for _, f := range fs {
				f.Wait(s, "bm.bal:11")
			}
			return nil
		})
		rtBytes += float64(during-before) / blockedStrands

		before = liveBytes()
		var mu sync.Mutex
		var wg sync.WaitGroup
		mu.Lock()
		for k := 0; k < blockedStrands; k++ {
			wg.Add(1)
			go func() {
				mu.Lock()
				mu.Unlock() //nolint:staticcheck // empty critical section: just block
				wg.Done()
			}()
		}
		for runtime.NumGoroutine() < blockedStrands {
			time.Sleep(time.Millisecond)
		}
		time.Sleep(10 * time.Millisecond)
		during = liveBytes()
		mu.Unlock()
		wg.Wait()
		goBytes += float64(during-before) / blockedStrands
	}
	b.ReportMetric(rtBytes/float64(b.N), "rt-B/strand")
	b.ReportMetric(goBytes/float64(b.N), "go-B/goroutine")
	b.ReportMetric(rtBytes/goBytes, "rt/go")
}

// --- 4. parallel groups ---

func BenchmarkConcurrencyParallelFib(b *testing.B) {
	const n = 30
	var rtSeq, rtPar, goSeq, goPar time.Duration
	for i := 0; i < b.N; i++ {
		Run(func(s *Strand) any {
			work := func(s *Strand) any { return int64(fib(n)) }
			start := time.Now()
			s.Start("one", true, func(s *Strand) any { work(s); return work(s) }).Wait(s, "pf.bal:3")
			rtSeq += time.Since(start)
			start = time.Now()
			w := NewWorkers(s, []string{"A", "B", "function"}, nil)
			w.Start(s, 0, true, work)
			w.Start(s, 1, true, work)
			WaitAll(s, "pf.bal:8", w.Future(0), w.Future(1))
			w.End(s, 2, nil, nil)
			rtPar += time.Since(start)
			return nil
		})
		start := time.Now()
		done := make(chan int)
		go func() { fib(n); done <- fib(n) }()
		<-done
		goSeq += time.Since(start)
		start = time.Now()
		go func() { done <- fib(n) }()
		go func() { done <- fib(n) }()
		<-done
		<-done
		goPar += time.Since(start)
	}
	b.ReportMetric(float64(rtSeq)/float64(rtPar), "rt-speedup")
	b.ReportMetric(float64(goSeq)/float64(goPar), "go-speedup")
	b.ReportMetric(float64(rtPar.Nanoseconds())/float64(b.N), "rt-par-ns/op")
}

// --- 6. an uncontended lock statement ---

const lockOps = 1_000_000 // per op

// BenchmarkConcurrencyLock measures `lock { n += 1; }` on one strand against a
// sync.Mutex around the same increment.
func BenchmarkConcurrencyLock(b *testing.B) {
	var rtDur, goDur time.Duration
	for i := 0; i < b.N; i++ {
		start := time.Now()
		o := Run(func(s *Strand) any {
			n := int64(0)
			for k := 0; k < lockOps; k++ {
				Lock(s, "rt.bal:1")
				n++
				Unlock(s)
			}
			return n
		})
		rtDur += time.Since(start)
		start = time.Now()
		var mu sync.Mutex
		n := int64(0)
		for k := 0; k < lockOps; k++ {
			mu.Lock()
			n++
			mu.Unlock()
		}
		goDur += time.Since(start)
		if o.Result != n {
			b.Fatalf("rt %v, go %v", o.Result, n)
		}
	}
	report(b, "lock", rtDur, goDur, b.N*lockOps)
}

// --- 7. lock statements on disjoint state in parallel groups ---

// account is the state of one strand of BenchmarkConcurrencyLockKeys, alone on its
// cache lines (as a separately allocated object is).
type account struct {
	_   [64]byte
	key Key
	mu  sync.Mutex
	n   int64
	_   [64]byte
}

// BenchmarkConcurrencyLockKeys measures four strands of parallel groups, each doing
// `lock { self.n += 1; }` on an isolated object of its own (LockOn its Key), against
// four goroutines each locking a sync.Mutex of its own; rt-global-ns is the same
// program with the program-wide lock (Lock), as before lock statements had keys.
func BenchmarkConcurrencyLockKeys(b *testing.B) {
	const strands = 4
	run := func(keyed bool) time.Duration {
		var accts [strands]*account
		for i := range accts {
			accts[i] = &account{}
		}
		start := time.Now()
		Run(func(s *Strand) any {
			var fs []*Future
			for _, a := range accts {
				fs = append(fs, s.Start("inc", true, func(s *Strand) any {
					for k := 0; k < lockOps/strands; k++ {
						if keyed {
							LockOn(s, &a.key, "lk.bal:3")
						} else {
							Lock(s, "lk.bal:3")
						}
						a.n++
						Unlock(s)
					}
					return nil
				}))
			}
			return WaitAll(s, "lk.bal:6", fs...)
		})
		return time.Since(start)
	}
	var rtDur, globalDur, goDur time.Duration
	for i := 0; i < b.N; i++ {
		rtDur += run(true)
		globalDur += run(false)
		var accts [strands]*account
		var wg sync.WaitGroup
		start := time.Now()
		for w := range accts {
			a := &account{}
			accts[w] = a
			wg.Add(1)
			go func() {
				defer wg.Done()
				for k := 0; k < lockOps/strands; k++ {
					a.mu.Lock()
					a.n++
					a.mu.Unlock()
				}
			}()
		}
		wg.Wait()
		goDur += time.Since(start)
	}
	b.ReportMetric(float64(globalDur.Nanoseconds())/float64(b.N*lockOps), "rt-global-ns/lock")
	report(b, "lock", rtDur, goDur, b.N*lockOps)
}
