package rt

import (
	"math"
	"time"
)

// Sleep is runtime:sleep(seconds): a yield point driven by a timer (no goroutine or
// thread is busy while the strand sleeps). Stdout is flushed first, so that output
// written before a long sleep shows. A sleep of zero or less yields: the strand goes
// to the back of its group's queue if other strands are runnable.
//
// Pending sleeps keep a program alive while main runs (they are not a deadlock), but
// not after main has returned: like jBallerina, the program exits once no strand is
// runnable, abandoning sleeping strands.
func Sleep(s *Strand, seconds float64) {
	s.checkCancel()
	Flush()
	if !(seconds > 0) {
		s.yield()
		return
	}
	d := time.Duration(math.MaxInt64)
	if seconds < float64(math.MaxInt64)/float64(time.Second) {
		d = time.Duration(seconds * float64(time.Second))
	}
	p := s.g.p
	gen := s.gen.Load()
	p.count.Add(pendingOne)
	t := time.AfterFunc(d, func() {
		if s.gen.CompareAndSwap(gen, gen+1) {
			s.ready(gen, true)
		} else {
			p.decPending()
		}
	})
	s.timer = t
	s.park(gen, waitSleep, "", nil, 0)
	if t.Stop() {
		p.count.Add(-pendingOne) // woken otherwise (cancel)
	}
	s.timer = nil
	s.checkCancel()
}

// yield lets the other runnable strands of s's group run first: s goes to the back of
// the queue. It does not switch if no other strand is runnable.
func (s *Strand) yield() {
	if s.wake == nil {
		s.wake = make(chan struct{}, 1)
	}
	g := s.g
	g.mu.Lock()
	if g.p.closed.Load() {
		g.p.stop(g)
	}
	if g.q.n == 0 {
		g.mu.Unlock()
		return
	}
	g.q.pushBack(s)
	next, fresh := g.next()
	g.mu.Unlock()
	if traceOn {
		s.waitKind, s.waitAt = waitYield, ""
		traceEvent(s, "yielded", describeWait(s))
	}
	g.p.resume(next, fresh)
	<-s.wake
	if s.killed {
		panic(killSignal)
	}
	if traceOn {
		traceEvent(s, "resumed", "")
	}
}
