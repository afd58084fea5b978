package rt

import (
	"sync"
	"sync/atomic"
)

// progLock is the program-wide re-entrant lock of `lock { }` statements. Contention
// is a yield point: the waiting strand parks and its group runs other strands. The
// lock is handed directly to the longest waiter (FIFO) of the releasing strand's
// group, so nobody barges in there; a waiter of another group is woken to compete.
type progLock struct {
	mu      sync.Mutex
	owner   atomic.Pointer[Strand]
	depth   int
	waiters []waiter
	head    int
}

// Lock enters a `lock { }` statement on strand s (at is its .bal position). The lock
// is re-entrant: nested lock statements and locks in functions called from a lock
// statement do not block.
func Lock(s *Strand, at string) {
	l := &s.g.p.lock
	// Fast paths without mu: a free lock is taken with one CAS (a waiter of this
	// group is handed the lock directly, never left waiting on a free one), and only
	// the owner touches depth.
	if l.owner.CompareAndSwap(nil, s) {
		l.depth = 1
		return
	}
	if l.owner.Load() == s {
		l.depth++
		return
	}
	l.mu.Lock()
	if l.owner.CompareAndSwap(nil, s) {
		l.depth = 1
		l.mu.Unlock()
		return
	}
	woken := false
	for {
		if s.cancelled.Load() {
			l.mu.Unlock()
			s.checkCancel()
		}
		w := s.waiter()
		if woken && l.head > 0 { // woken but beaten to the lock: first again
			l.head--
			l.waiters[l.head] = w
		} else {
			l.waiters = append(l.waiters, w)
		}
		l.mu.Unlock()
		s.park(w.gen, waitLock, at, l, 0)
		l.mu.Lock()
		if l.owner.Load() == s { // handed over
			l.mu.Unlock()
			return
		}
		if l.owner.CompareAndSwap(nil, s) { // freed for it by another group's strand
			l.depth = 1
			l.mu.Unlock()
			return
		}
		woken = true
	}
}

// heldLocks returns how many `lock` statements s is inside (0 for a nil s).
func (s *Strand) heldLocks() int {
	if s == nil {
		return 0
	}
	l := &s.g.p.lock
	if l.owner.Load() != s {
		return 0
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.depth
}

// releaseLocks leaves the `lock` statements of s beyond the outermost n, those that a
// panic left without running their Unlock (trap, the end of a strand).
func (s *Strand) releaseLocks(n int) {
	for s.heldLocks() > n {
		Unlock(s)
	}
}

// Unlock leaves a `lock { }` statement on strand s. When the outermost lock statement
// ends, the lock goes to the strand that has waited longest, which becomes ready.
func Unlock(s *Strand) {
	l := &s.g.p.lock
	if l.owner.Load() != s {
		panic("rt: Unlock by a strand that does not hold the lock")
	}
	if l.depth > 1 {
		l.depth-- // a nested lock statement: only the owner touches depth
		return
	}
	l.mu.Lock()
	l.depth = 0
	// owner stays s until the lock is handed over or freed: a fast-path Lock must
	// not take it while a waiter is being handed it.
	for l.head < len(l.waiters) {
		w := l.waiters[l.head]
		l.waiters[l.head] = waiter{}
		l.head++
		if l.head == len(l.waiters) {
			l.waiters, l.head = l.waiters[:0], 0
		} else if l.head > 1024 && l.head > len(l.waiters)/2 {
			n := copy(l.waiters, l.waiters[l.head:])
			clear(l.waiters[n:])
			l.waiters, l.head = l.waiters[:n], 0
		}
		if w.s.gen.CompareAndSwap(w.gen, w.gen+1) {
			if w.s.g == s.g {
				// a strand of this group: handed over in order, so that the schedule
				// of a group is the same on every run
				l.owner.Store(w.s)
				l.depth = 1
			} else {
				// another group's: freed, and the waiter competes for it; a strand
				// of this group may take it first (handing it over would cost a
				// switch of threads per critical section, as a FIFO mutex does)
				l.owner.Store(nil)
			}
			l.mu.Unlock()
			w.s.ready(w.gen, false)
			return
		}
	}
	l.owner.Store(nil)
	l.mu.Unlock()
}
