package rt

import (
	"sync"
	"sync/atomic"
)

// # The lock of lock statements
//
// A Ballerina `lock { }` block runs as if one program-wide re-entrant lock guarded
// every lock block ("Naive implementation uses single, global, recursive lock.
// Efficient implementation can do compile-time lock inference", BBE lock-statement).
// bal2go's lock has two levels so that lock blocks on disjoint state run at once:
//
//   - Lock takes the program-wide lock exclusively: the naive semantics, for every
//     lock statement the compiler cannot see through. It is re-entrant.
//   - LockOn is for a leaf: a lock statement that, as the compiler proved, uses the
//     mutable state of exactly one isolated variable or isolated object and nothing
//     else that another strand could use, and takes no other lock inside. It takes
//     that state's Key, then the program-wide lock shared. Leaves on different keys
//     run together; a leaf excludes every exclusive holder and the leaves on its
//     key. Inside an exclusive holder (a leaf reached from a lock block through a
//     call) LockOn just counts one more level.
//
// A leaf holds nothing while it waits for its key, and only its key while it waits
// for the shared lock; an exclusive holder never waits for a key (a leaf inside it
// just counts a level), and the shared holders it waits for are leaves inside their
// blocks, which take no other lock: nothing can wait in a cycle. The key comes
// first and the shared lock is left first so that a leaf releasing a contended key
// takes it again soon after, in its group, rather than waking another group's
// waiter on every round (measured: the bank benchmark).
//
// Contention is a yield point: the waiting strand parks and its group runs other
// strands. Both levels queue waiters in order. A release hands the lock directly to
// the longest waiter when it belongs to the releasing strand's group (so the schedule
// of a group is the same on every run); a waiter of another group is woken to compete
// instead (handing it over would cost a switch of threads per critical section, as a
// FIFO mutex does). Shared waiters at the head of the queue are let in together.

// The bits of slock.state.
const (
	lkExcl   = 1 << iota // held exclusively
	lkQueued             // the queue may hold waiters: acquire and release through mu
)

// slock is a strand lock with an exclusive and a shared mode, the body of the
// program-wide lock and of a Key (which is only taken exclusively). Uncontended,
// taking and leaving it exclusively is one atomic operation on state each (plus the
// owner's record). The shared holders are counted per group (group.readers), in the
// groups listed in readers: a leaf in one parallel group does not write a cache line
// that a leaf in another writes. A shared holder announces itself in its group's
// counter, then checks state; an exclusive one sets state, then checks the counters:
// both cannot pass. A contended lock goes through mu and the queue.
type slock struct {
	state atomic.Int64
	// owner is the exclusive holder of the program-wide lock, which only progLock
	// records (re-entrancy, the deadlock report); nil for a Key.
	owner   atomic.Pointer[Strand]
	readers atomic.Pointer[[]*group]
	mu      sync.Mutex
	q       *lockQueue // made on first contention: a Key lives in every object it guards
}

// lockQueue is the FIFO of the strands waiting for an slock.
type lockQueue struct {
	waiters []lockWaiter
	head    int
}

// lockWaiter is a strand parked on an slock, for the mode it wants.
type lockWaiter struct {
	waiter
	shared bool
}

func (q *lockQueue) empty() bool { return q == nil || q.head == len(q.waiters) }

func (q *lockQueue) pushBack(w lockWaiter) { q.waiters = append(q.waiters, w) }

// pushFront puts back a waiter that was woken to compete and lost.
func (q *lockQueue) pushFront(w lockWaiter) {
	if q.head > 0 {
		q.head--
		q.waiters[q.head] = w
		return
	}
	q.waiters = append(q.waiters, lockWaiter{})
	copy(q.waiters[1:], q.waiters)
	q.waiters[0] = w
}

func (q *lockQueue) popFront() lockWaiter {
	w := q.waiters[q.head]
	q.waiters[q.head] = lockWaiter{}
	q.head++
	if q.head == len(q.waiters) {
		q.waiters, q.head = q.waiters[:0], 0
	} else if q.head > 1024 && q.head > len(q.waiters)/2 {
		n := copy(q.waiters, q.waiters[q.head:])
		clear(q.waiters[n:])
		q.waiters, q.head = q.waiters[:n], 0
	}
	return w
}

// lock takes l exclusively for s (not re-entrant).
func (l *slock) lock(s *Strand, at string) {
	if l.state.CompareAndSwap(0, lkExcl) {
		if !l.sharedHeld() {
			return
		}
		l.state.And(^int64(lkExcl)) // leaves hold it shared: wait in the queue
	}
	l.lockSlow(s, false, false, at)
}

// lockShared takes l shared for s.
func (l *slock) lockShared(s *Strand, at string) {
	if g := s.g; g.lockReader.Load() {
		g.readers.Add(1)
		if l.state.Load()&(lkExcl|lkQueued) == 0 {
			return
		}
		g.readers.Add(-1)
		l.lockSlow(s, true, true, at)
		return
	}
	l.lockSlow(s, true, false, at)
}

// sharedHeld reports whether a strand holds l shared.
func (l *slock) sharedHeld() bool {
	if gs := l.readers.Load(); gs != nil {
		for _, g := range *gs {
			if g.readers.Load() != 0 {
				return true
			}
		}
	}
	return false
}

// addShared counts one more shared holder in group g, which it lists among the
// reader groups first. Call with l.mu held.
func (l *slock) addShared(g *group) {
	if !g.lockReader.Load() {
		var gs []*group
		if old := l.readers.Load(); old != nil {
			gs = append(gs, *old...)
		}
		gs = append(gs, g)
		l.readers.Store(&gs)
		g.lockReader.Store(true)
	}
	g.readers.Add(1)
}

// lockSlow takes l through mu: at once if the mode is free, else after parking in
// the queue until a release lets s in (s.lockHanded) or wakes it to compete.
// backedOff: s counted itself as a shared holder for a moment, which may have held
// up a release's dispatch to the head of the queue.
func (l *slock) lockSlow(s *Strand, shared, backedOff bool, at string) {
	var rl wakeList
	l.mu.Lock()
	// Queued first: from here every acquire and release goes through mu, so a
	// release between tryTake and parking cannot miss the waiter.
	l.state.Or(lkQueued)
	if backedOff {
		l.dispatch(s.g, &rl)
	}
	woken := false
	for {
		if l.tryTake(s, shared) {
			l.settle()
			l.mu.Unlock()
			rl.ready()
			return
		}
		if s.cancelled.Load() {
			if woken {
				l.dispatch(s.g, &rl) // pass on the wake-up it was given
			}
			l.settle()
			l.mu.Unlock()
			rl.ready()
			s.checkCancel()
		}
		w := lockWaiter{waiter: s.waiter(), shared: shared}
		if l.q == nil {
			l.q = &lockQueue{}
		}
		if woken {
			l.q.pushFront(w) // woken but beaten to the lock: first again
		} else {
			l.q.pushBack(w)
		}
		l.mu.Unlock()
		rl.ready()
		rl = wakeList{}
		s.park(w.gen, waitLock, at, l, 0)
		l.mu.Lock()
		if s.lockHanded { // let in by the release that woke it
			s.lockHanded = false
			l.mu.Unlock()
			return
		}
		woken = true
		l.state.Or(lkQueued)
	}
}

// tryTake takes l for s if its mode is free: exclusive when nobody holds l, shared
// when nobody holds it exclusively and no waiter is queued ahead while others hold
// it shared (a shared newcomer does not overtake a waiting exclusive one). Call with
// l.mu held and lkQueued set (no fast path takes l meanwhile).
func (l *slock) tryTake(s *Strand, shared bool) bool {
	if l.state.Load()&lkExcl != 0 {
		return false
	}
	if shared {
		if !l.q.empty() && l.sharedHeld() {
			return false
		}
		l.addShared(s.g)
		return true
	}
	if l.sharedHeld() {
		return false
	}
	l.state.Or(lkExcl)
	return true
}

// settle clears the queued bit when the queue is empty, so that the fast paths work
// again. Call with l.mu held.
func (l *slock) settle() {
	if l.q.empty() {
		if l.q != nil {
			l.q.waiters, l.q.head = l.q.waiters[:0], 0
		}
		l.state.And(^int64(lkQueued))
	}
}

// unlock leaves l, held exclusively by s.
func (l *slock) unlock(s *Strand) {
	if l.state.CompareAndSwap(lkExcl, 0) {
		return
	}
	var rl wakeList
	l.mu.Lock()
	l.state.And(^int64(lkExcl))
	l.dispatch(s.g, &rl)
	l.settle()
	l.mu.Unlock()
	rl.ready()
}

// unlockShared leaves l, held shared by s.
func (l *slock) unlockShared(s *Strand) {
	s.g.readers.Add(-1)
	if l.state.Load()&(lkExcl|lkQueued) == 0 {
		return // nobody waits
	}
	var rl wakeList
	l.mu.Lock()
	l.dispatch(s.g, &rl)
	l.settle()
	l.mu.Unlock()
	rl.ready()
}

// dispatch lets in the waiters at the head of the queue that the lock's state
// admits now, after a release by a strand of group rg, and adds them to rl (to be
// made ready once mu is released). Shared waiters at the head are let in together;
// an exclusive one of group rg is handed the lock; one of another group is woken to
// compete for the free lock. Call with l.mu held; settle afterwards (not before
// lkQueued has done its work).
func (l *slock) dispatch(rg *group, rl *wakeList) {
	for !l.q.empty() {
		w := l.q.waiters[l.q.head]
		if l.state.Load()&lkExcl != 0 || !w.shared && l.sharedHeld() {
			break // busy for it: the release that frees it dispatches again
		}
		l.q.popFront()
		if !w.s.gen.CompareAndSwap(w.gen, w.gen+1) {
			continue // cancelled, or gone otherwise
		}
		rl.add(w.waiter)
		if w.shared {
			l.addShared(w.s.g)
			w.s.lockHanded = true
			continue
		}
		if w.s.g == rg {
			l.state.Or(lkExcl)
			w.s.lockHanded = true
		}
		break
	}
}

// progLock is the program-wide lock: an slock whose exclusive mode is re-entrant.
type progLock struct {
	slock
	depth int // nested lock statements of the owner; only the owner touches it
}

// Key is the lock of the mutable state of one isolated variable or isolated object,
// which the leaf lock statements on that state take (LockOn). The zero Key is ready to
// use; generated code declares one per isolated module variable and embeds one in
// each object of an isolated class whose methods lock on self.
type Key struct{ l slock }

// Lock enters a `lock { }` statement on strand s (at is its .bal position), taking
// the program-wide lock exclusively. The lock is re-entrant: nested lock statements
// and locks in functions called from a lock statement do not block.
func Lock(s *Strand, at string) {
	l := &s.g.p.lock
	if l.owner.Load() == s {
		l.depth++ // only the owner touches depth
		return
	}
	if s.leafKey != nil {
		panic("rt: Lock inside a lock statement on a Key")
	}
	l.lock(s, at)
	l.owner.Store(s)
	l.depth = 1
}

// LockOn enters a leaf `lock { }` statement, one that uses only the state that k
// guards (see the top of this file): it takes the program-wide lock shared, then k.
// Inside a lock statement holding the program-wide lock it only counts a level.
func LockOn(s *Strand, k *Key, at string) {
	l := &s.g.p.lock
	if l.owner.Load() == s {
		l.depth++
		return
	}
	if s.leafKey != nil {
		panic("rt: LockOn inside a lock statement on a Key")
	}
	s.leafKey = k // from here a panic (cancel) leaves what it holds (releaseLocks)
	k.l.lock(s, at)
	s.keyHeld = true
	l.lockShared(s, at)
	s.sharedHeld = true
}

// heldLocks returns how many `lock` statements s is inside (0 for a nil s).
func (s *Strand) heldLocks() int {
	if s == nil {
		return 0
	}
	if s.leafKey != nil {
		return 1 // a leaf has no lock statement inside
	}
	if l := &s.g.p.lock; l.owner.Load() == s {
		return l.depth
	}
	return 0
}

// releaseLocks leaves the `lock` statements of s beyond the outermost n, those that a
// panic left without running their Unlock (trap, the end of a strand).
func (s *Strand) releaseLocks(n int) {
	for s.heldLocks() > n {
		Unlock(s)
	}
}

// Unlock leaves a `lock { }` statement on strand s, entered by Lock or LockOn. When
// the outermost lock statement ends, the lock goes to the waiters that may have it
// (see the top of this file), which become ready.
func Unlock(s *Strand) {
	if k := s.leafKey; k != nil {
		s.leafKey = nil
		if s.sharedHeld {
			s.sharedHeld = false
			s.g.p.lock.unlockShared(s)
		}
		if s.keyHeld {
			s.keyHeld = false
			k.l.unlock(s)
		}
		return
	}
	l := &s.g.p.lock
	if l.owner.Load() != s {
		panic("rt: Unlock by a strand that does not hold the lock")
	}
	if l.depth > 1 {
		l.depth-- // a nested lock statement
		return
	}
	l.depth = 0
	l.owner.Store(nil)
	l.unlock(s)
}

// insideLock reports whether s is inside a lock statement (a start there panics).
func (s *Strand) insideLock() bool {
	return s.leafKey != nil || s.g.p.lock.owner.Load() == s
}
