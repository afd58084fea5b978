package rt

import (
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// # Strands, groups and the direct hand-off scheduler
//
// A Strand is one Ballerina strand. Every strand belongs to a group (the spec's
// "thread"): at most one strand of a group runs at a time, and it runs until it
// reaches a yield point that has to wait, or ends. A group is a mutex, a run queue and
// the strand that currently holds it (running); there is no scheduler goroutine.
//
//   - A strand that must wait registers itself where it waits (a future, a channel,
//     the lock, a timer), then parks: under the group's mutex it takes the next strand
//     off the queue, makes it the running one and wakes it (one send on that strand's
//     wake channel, or a new goroutine if it never ran), then blocks on its own wake
//     channel. If the queue is empty the group becomes idle.
//   - Whoever makes a parked strand ready (message sent, future completed, lock
//     released, timer fired, from this group or another) takes the strand's group
//     mutex: an idle group is restarted with that strand at once (one send on its wake
//     channel); otherwise the strand goes to the back of the queue.
//   - A new strand is only a struct at the front of its group's queue until it first
//     runs. A strand that ends hands the group to the next strand; if that one never
//     ran, it runs inline on the ending strand's goroutine. Strands that never block
//     never get a goroutine of their own.
//   - parallel=true (@strand{thread:"any"}) gives the new strand a new group, started at
//     once on its own goroutine.
//
// Wake-ups are exact: every registration records the strand's wake generation (gen);
// the waker wins the right to wake it by a compare-and-swap of gen, so a strand
// registered in several places (alternate wait, multiple receive, cancel) is made ready
// once per park, and stale registrations do nothing.
//
// The program counts the strands that are runnable or running (low 32 bits of count)
// and the pending timers and blocking calls (high 32 bits). When the runnable count
// drops to zero the program is quiescent: after main has returned, that is the normal
// end (pending timers do not keep the program alive, as in jBallerina); before, with no
// timer pending, it is a deadlock.

const (
	activeOne  = int64(1)
	pendingOne = int64(1) << 32
	activeMask = pendingOne - 1
)

// Strand kinds, for names in traces and deadlock reports.
const (
	kindStrand = iota // the main strand and strands made by start
	kindWorker        // named workers
)

// Outcome kinds of a program.
const (
	outNormal   = iota // main returned a non-error value and the strands ran out
	outError           // main returned an *Error
	outPanic           // main panicked
	outDeadlock        // every strand blocked while main had not returned
)

// outcome is how a program ended.
type outcome struct {
	kind   int
	result any
	err    *Error
	report string // the deadlock report
}

// program is the state of one running Ballerina program.
type program struct {
	count     atomic.Int64 // runnable strands | pending timers and blocking calls << 32
	mainDone  atomic.Bool
	closed    atomic.Bool // torn down: parking strands stop, nothing is made ready
	ids       atomic.Uint64
	seq       atomic.Uint64 // completion order of futures (alternate wait)
	gids      atomic.Int64
	lock      progLock
	gmu       sync.Mutex
	groups    map[*group]struct{}
	mainGroup *group
	pool      []*group // the parallel groups (parallelGroup)
	poolOnce  sync.Once
	poolNext  atomic.Uint64
	main      *Strand
	wg        sync.WaitGroup // strand goroutines
	once      sync.Once
	done      chan outcome
	mainOut   outcome
	exitEarly bool // Main: an error or panic of main ends the program at once
	goTrace   bool // BAL2GO_GOTRACE=1: re-raise main's panic to Go
	// oneGroup (BAL2GO_ONE_GROUP=1) keeps every strand in its creator's group, even
	// those that may run on another thread: a reproducible schedule.
	oneGroup bool
}

func newProgram() *program {
	return &program{groups: map[*group]struct{}{}, done: make(chan outcome, 1)}
}

// finish reports the program's outcome (the first report wins).
func (p *program) finish(o outcome) {
	p.once.Do(func() { p.done <- o })
}

// decActive records that one runnable strand parked or ended.
func (p *program) decActive() {
	if v := p.count.Add(-activeOne); v&activeMask == 0 {
		p.quiescent(v)
	}
}

// decPending records that a pending timer or blocking call is over without making a
// strand ready.
func (p *program) decPending() {
	if v := p.count.Add(-pendingOne); v == 0 {
		p.quiescent(v)
	}
}

// quiescent runs when no strand is runnable; v is the count at that moment.
func (p *program) quiescent(v int64) {
	if p.mainDone.Load() {
		p.finish(p.mainOut)
		return
	}
	if v>>32 == 0 {
		p.finish(outcome{kind: outDeadlock, report: p.deadlockReport()})
	}
}

// group is a set of strands of which at most one runs at a time.
type group struct {
	mu      sync.Mutex
	p       *program
	id      int64
	pooled  bool // one of the program's parallel groups (kept when idle)
	running *Strand
	q       strandQueue
	blocked []*Strand // parked strands, and named workers waiting to end (deadlock report, teardown)
	live    int       // strands of the group that have not ended
	// readers counts the strands of the group that hold the program-wide lock shared
	// (lock.go): a counter per group, so that leaf lock statements in parallel groups
	// do not contend for one cache line. lockReader: the group is in the lock's list
	// of reader groups. Padded: they change at every leaf lock statement.
	_          [64]byte
	readers    atomic.Int64
	lockReader atomic.Bool
	_          [64]byte
}

func (p *program) newGroup() *group {
	g := &group{p: p, id: p.gids.Add(1)}
	p.gmu.Lock()
	p.groups[g] = struct{}{}
	p.gmu.Unlock()
	return g
}

// parallelGroup returns the next of the program's parallel groups, creating them on
// first use: as many as Go runs goroutines in parallel.
func (p *program) parallelGroup() *group {
	p.poolOnce.Do(func() {
		p.pool = make([]*group, runtime.GOMAXPROCS(0))
		for i := range p.pool {
			p.pool[i] = p.newGroup()
			p.pool[i].pooled = true
		}
	})
	return p.pool[p.poolNext.Add(1)%uint64(len(p.pool))]
}

func (p *program) dropGroup(g *group) {
	p.gmu.Lock()
	delete(p.groups, g)
	p.gmu.Unlock()
}

func (g *group) addBlocked(s *Strand) {
	s.blocked = true
	s.bidx = int32(len(g.blocked))
	g.blocked = append(g.blocked, s)
}

func (g *group) removeBlocked(s *Strand) {
	s.blocked = false
	last := len(g.blocked) - 1
	i := s.bidx
	if int(i) != last {
		m := g.blocked[last]
		g.blocked[i] = m
		m.bidx = i
	}
	g.blocked[last] = nil
	g.blocked = g.blocked[:last]
	if cap(g.blocked) > 64 && len(g.blocked) < cap(g.blocked)/4 {
		g.blocked = append([]*Strand(nil), g.blocked...)
	}
}

// next takes the next strand off the queue and makes it the running one (nil: the
// group becomes idle). fresh reports that it never ran. Call with g.mu held.
func (g *group) next() (t *Strand, fresh bool) {
	t = g.q.popFront()
	g.running = t
	if t != nil && !t.started {
		t.started = true
		fresh = true
	}
	return t, fresh
}

// strandQueue is a double-ended queue of strands (a ring buffer).
type strandQueue struct {
	buf  []*Strand
	head int
	n    int
}

func (q *strandQueue) grow() {
	size := 2 * len(q.buf)
	if size == 0 {
		size = 8
	}
	buf := make([]*Strand, size)
	for i := 0; i < q.n; i++ {
		buf[i] = q.buf[(q.head+i)&(len(q.buf)-1)]
	}
	q.buf, q.head = buf, 0
}

func (q *strandQueue) pushFront(s *Strand) {
	if q.n == len(q.buf) {
		q.grow()
	}
	q.head = (q.head - 1) & (len(q.buf) - 1)
	q.buf[q.head] = s
	q.n++
}

func (q *strandQueue) pushBack(s *Strand) {
	if q.n == len(q.buf) {
		q.grow()
	}
	q.buf[(q.head+q.n)&(len(q.buf)-1)] = s
	q.n++
}

func (q *strandQueue) popFront() *Strand {
	if q.n == 0 {
		return nil
	}
	s := q.buf[q.head]
	q.buf[q.head] = nil
	q.head = (q.head + 1) & (len(q.buf) - 1)
	q.n--
	if q.n == 0 && len(q.buf) > 1024 {
		q.buf, q.head = nil, 0 // let a burst's buffer go
	}
	return s
}

// Strand is one Ballerina strand. Generated code passes the current strand to every
// function that may reach a yield point.
type Strand struct {
	g       *group
	body    func(s *Strand) any
	wake    chan struct{} // made on first park
	gen     atomic.Uint64 // wake generation
	parkGen uint64        // gen of the current park (under g.mu)
	id      uint64
	name    string
	// leafKey: inside a leaf lock statement on this Key (lock.go); only its own
	// goroutine uses it. Not at either end of the struct, where it would share a cache
	// line with the strand allocated next to it, which may run in parallel.
	leafKey *Key
	kind    uint8
	started bool // under g.mu
	blocked bool // parked or waiting to end (under g.mu)
	killed  bool // teardown of an in-process program
	// lockHanded: a release let it into the lock it waits for (under that lock's mu);
	// keyHeld, sharedHeld: in a leaf lock statement, it holds leafKey, and the
	// program-wide lock shared
	lockHanded, keyHeld, sharedHeld bool
	// a named worker that returned and waits for its messages to be received
	pendingEnd, handedOff bool
	cancelled             atomic.Bool
	bidx                  int32
	widx                  int32
	wk                    *Workers // named worker: its Workers
	waitKind              uint8
	waitN                 int32
	waitAt                string
	waitObj               any
	timer                 *time.Timer
	fut                   Future
	depth                 int32 // counted calls (depth.go); only its own goroutine uses it
}

// strandKill is what a strand's goroutine panics with when an in-process program is
// torn down; it unwinds the strand without running it further.
type strandKill struct{}

var killSignal = &strandKill{}

func (p *program) newStrand(g *group, name string, kind uint8, body func(*Strand) any) *Strand {
	t := &Strand{g: g, body: body, id: p.ids.Add(1), name: name, kind: kind}
	t.fut.s = t
	return t
}

// Start is `start f(args)`: a new strand running body, in s's group (parallel=false)
// or in a new group that runs in parallel (parallel=true, @strand{thread:"any"}). The
// new strand goes to the front of its group's run queue; s keeps running. body's
// result is a value, or an *Error when the strand terminated with failure; a panic in
// body is a Ballerina panic, kept for whoever waits on the future.
func (s *Strand) Start(name string, parallel bool, body func(s *Strand) any) *Future {
	t := s.newChild(name, kindStrand, body)
	s.launch(t, parallel)
	return &t.fut
}

func (s *Strand) newChild(name string, kind uint8, body func(*Strand) any) *Strand {
	p := s.g.p
	if s.insideLock() {
		Panic(NewError("{ballerina}AsyncCallInsideLockError", nil, nil))
	}
	return p.newStrand(nil, name, kind, body)
}

// launch makes t runnable: at the front of s's group, or alone in a new group.
func (s *Strand) launch(t *Strand, parallel bool) {
	p := s.g.p
	p.count.Add(activeOne)
	if parallel && !p.oneGroup {
		// One of GOMAXPROCS parallel groups, in turn (as a thread pool): a group per
		// strand would cost a goroutine and a group each (a million isolated starts).
		g := p.parallelGroup()
		t.g = g
		g.mu.Lock()
		g.live++
		if g.running == nil { // idle: its loop starts with t
			g.running = t
			t.started = true
			g.mu.Unlock()
			if traceOn {
				traceCreated(t, s)
			}
			p.wg.Add(1)
			go t.runLoop()
			return
		}
		g.q.pushBack(t)
		g.mu.Unlock()
		if traceOn {
			traceCreated(t, s)
		}
		return
	}
	g := s.g
	t.g = g
	g.mu.Lock()
	g.live++
	g.q.pushFront(t)
	g.mu.Unlock()
	if traceOn {
		traceCreated(t, s)
	}
}

// runLoop is the body of a strand goroutine: it runs t, then the never-started strands
// its group hands to it.
func (t *Strand) runLoop() {
	p := t.g.p
	defer p.wg.Done()
	for t != nil {
		t = t.run()
	}
}

// run runs t's body to its end and hands its group on; it returns the next strand to
// run inline (one that never ran), or nil.
func (t *Strand) run() *Strand {
	if traceOn {
		traceEvent(t, "started", "")
	}
	var res any
	var perr *Error
	if t.cancelled.Load() {
		perr = futureCancelledError()
	} else {
		var killed bool
		res, perr, killed = callBody(t)
		if killed {
			return nil
		}
		t.releaseLocks(0) // a panic left lock statements of the strand
	}
	if t.wk != nil {
		t.wk.endNamed(t, int(t.widx), res, perr)
	} else {
		if traceOn {
			traceEnded(t, res, perr)
		}
		t.fut.complete(res, perr)
	}
	return t.endHandoff()
}

// callBody runs s's body, turning a panic into its *Error. It is the bottom of every
// strand's Ballerina stack trace.
func callBody(s *Strand) (res any, perr *Error, killed bool) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if _, ok := r.(*strandKill); ok {
			killed = true
			return
		}
		if s == s.g.p.main && s.g.p.goTrace {
			Flush()
			panic(r)
		}
		perr = Recover(r)
	}()
	return s.body(s), nil, false
}

// endHandoff gives the group of the ending strand t to the next strand in its queue,
// and returns that strand if it is to run inline (it never ran).
func (t *Strand) endHandoff() *Strand {
	g := t.g
	p := g.p
	g.mu.Lock()
	if t.pendingEnd {
		t.handedOff = true // the worker's end completes later; it is still live
	} else {
		g.live--
	}
	next, fresh := g.next()
	empty := g.live == 0
	g.mu.Unlock()
	if empty && g != p.mainGroup && !g.pooled {
		p.dropGroup(g)
	}
	if next != nil && !fresh {
		next.wake <- struct{}{}
	}
	p.decActive()
	if fresh {
		return next
	}
	return nil
}

// What a parked strand waits for (deadlock report and trace).
const (
	waitNone     = iota
	waitReceive  // waitObj *Workers, waitN channel
	waitReceives // waitObj *multiWait
	waitFlush    // waitObj *Workers, waitN channel
	waitEnd      // waitObj *Workers, waitN peer index: a worker that waits for its messages to be taken
	waitFuture   // waitObj *Future
	waitFutures  // waitObj []*Future
	waitLock     // waitObj *slock
	waitSleep
	waitYield
	waitCall // a blocking call
)

// park blocks s, registered for wake-up with generation gen, and gives its group to
// the next runnable strand. It returns when s was made ready (at once if that already
// happened, or if s was cancelled).
func (s *Strand) park(gen uint64, kind uint8, at string, obj any, n int32) {
	if s.wake == nil {
		s.wake = make(chan struct{}, 1)
	}
	s.waitKind, s.waitAt, s.waitObj, s.waitN = kind, at, obj, n
	g := s.g
	g.mu.Lock()
	if g.p.closed.Load() {
		g.p.stop(g) // torn down: let the queue run out, and stop
	}
	if s.gen.Load() != gen || s.cancelled.Load() {
		if s.cancelled.Load() {
			s.gen.Add(1) // registrations made for this park are stale now
		}
		g.mu.Unlock()
		return
	}
	s.parkGen = gen
	g.addBlocked(s)
	next, fresh := g.next()
	g.mu.Unlock()
	if traceOn {
		traceEvent(s, "yielded", describeWait(s))
	}
	p := g.p
	if next != nil {
		p.resume(next, fresh)
	}
	p.decActive()
	<-s.wake
	s.waitObj = nil
	if s.killed {
		panic(killSignal)
	}
	if traceOn {
		traceEvent(s, "resumed", "")
	}
}

// stop ends the goroutine of a strand that reaches a yield point after the program was
// torn down, handing its group (g, locked) to the next strand in the queue first.
func (p *program) stop(g *group) {
	next, fresh := g.next()
	g.mu.Unlock()
	if next != nil {
		p.resume(next, fresh)
	}
	panic(killSignal)
}

// resume runs t, which was made the running strand of its group.
func (p *program) resume(t *Strand, fresh bool) {
	if fresh {
		p.wg.Add(1)
		go t.runLoop()
		return
	}
	t.wake <- struct{}{}
}

// waiter is a registration for a wake-up: strand s, parked with generation gen. With
// all set, it is one of several registrations of a wait for all of them (WaitAll).
type waiter struct {
	s   *Strand
	gen uint64
	all *waitCount
}

// waitCount counts the registrations of a WaitAll that have not fired yet (plus one
// while they are being made).
type waitCount struct{ n atomic.Int32 }

func (s *Strand) waiter() waiter { return waiter{s: s, gen: s.gen.Load()} }

// fire makes the registered strand ready, unless it was already woken for this park.
func (w waiter) fire() { w.fireUrgent(false) }

// fireUrgent is fire; a registration of a WaitAll wakes the strand only when it is the
// last to fire, or if urgent (a panic).
func (w waiter) fireUrgent(urgent bool) {
	if w.s == nil {
		return
	}
	if w.all != nil && w.all.n.Add(-1) > 0 && !urgent {
		return
	}
	if w.s.gen.CompareAndSwap(w.gen, w.gen+1) {
		w.s.ready(w.gen, false)
	}
}

// ready makes s runnable after its park with generation gen: an idle group restarts
// with it, otherwise it goes to the back of the queue. If s has not parked yet, its
// park will see the new generation and not block. timer says that a pending timer or
// blocking call made it ready.
func (s *Strand) ready(gen uint64, timer bool) {
	g := s.g
	p := g.p
	g.mu.Lock()
	if !s.blocked || s.parkGen != gen || s.pendingEnd || p.closed.Load() {
		g.mu.Unlock()
		if timer {
			p.decPending()
		}
		return
	}
	g.removeBlocked(s)
	if timer {
		p.count.Add(activeOne - pendingOne)
	} else {
		p.count.Add(activeOne)
	}
	if g.running == nil {
		g.running = s
		g.mu.Unlock()
		s.wake <- struct{}{}
		return
	}
	g.q.pushBack(s)
	g.mu.Unlock()
}

// interrupt wakes s if it is parked (for cancel).
func (s *Strand) interrupt() {
	g := s.g
	if g == nil {
		return
	}
	g.mu.Lock()
	if !s.blocked || s.pendingEnd {
		g.mu.Unlock()
		return
	}
	gen := s.parkGen
	g.mu.Unlock()
	if s.gen.CompareAndSwap(gen, gen+1) {
		s.ready(gen, false)
	}
}

// checkCancel stops a cancelled strand at a yield point: it terminates abnormally.
func (s *Strand) checkCancel() {
	if s.cancelled.Load() {
		panic(PanicValue(futureCancelledError()))
	}
}

// wakeList collects waiters to fire once locks are released, in order.
type wakeList struct {
	n    int
	a    [4]waiter
	more []waiter
}

func (l *wakeList) add(w waiter) {
	if w.s == nil {
		return
	}
	if l.n < len(l.a) {
		l.a[l.n] = w
		l.n++
		return
	}
	l.more = append(l.more, w)
}

// ready makes ready the strands whose registrations were already won (their gen
// swapped by the caller).
func (l *wakeList) ready() {
	for i := 0; i < l.n; i++ {
		l.a[i].s.ready(l.a[i].gen, false)
	}
	for _, w := range l.more {
		w.s.ready(w.gen, false)
	}
}

func (l *wakeList) fire() {
	for i := 0; i < l.n; i++ {
		l.a[i].fire()
	}
	for _, w := range l.more {
		w.fire()
	}
}

// run runs body as the main strand of p and waits for the program's outcome.
func (p *program) run(body func(*Strand) any) outcome {
	g := p.newGroup()
	p.mainGroup = g
	m := p.newStrand(g, "main", kindStrand, body)
	m.started = true
	g.running = m
	g.live = 1
	p.main = m
	p.count.Store(activeOne)
	curProgram.Store(p) // incoming requests join this program (listen.go)
	if traceOn {
		traceCreated(m, nil)
	}
	p.wg.Add(1)
	go p.runMain(m)
	return <-p.done
}

func (p *program) runMain(m *Strand) {
	defer p.wg.Done()
	if traceOn {
		traceEvent(m, "started", "")
	}
	res, perr, killed := callBody(m)
	if killed {
		return
	}
	if traceOn {
		traceEnded(m, res, perr)
	}
	o := outcome{kind: outNormal, result: res}
	if perr != nil {
		o = outcome{kind: outPanic, err: perr}
	} else if e, ok := res.(*Error); ok {
		o = outcome{kind: outError, err: e, result: res}
	}
	if o.kind != outNormal && p.exitEarly {
		p.finish(o) // the process exits: main's group runs nothing more
		return
	}
	p.mainOut = o
	p.mainDone.Store(true)
	for t := m.endHandoff(); t != nil; {
		t = t.run()
	}
}

// teardown stops every strand still blocked once the program has ended (for programs
// run inside the process, which must leave no goroutine behind), and waits for the
// strand goroutines to exit.
func (p *program) teardown() {
	p.closed.Store(true)
	curProgram.CompareAndSwap(p, nil)
	p.gmu.Lock()
	groups := make([]*group, 0, len(p.groups))
	for g := range p.groups {
		groups = append(groups, g)
	}
	p.gmu.Unlock()
	for _, g := range groups {
		g.mu.Lock()
		blocked := append([]*Strand(nil), g.blocked...)
		for _, s := range blocked {
			g.removeBlocked(s)
		}
		g.mu.Unlock()
		for _, s := range blocked {
			s.gen.Add(1) // stale every registration
			if s.pendingEnd {
				continue // no goroutine
			}
			if s.timer != nil {
				s.timer.Stop()
			}
			s.killed = true
			s.wake <- struct{}{}
		}
	}
	p.wg.Wait()
}

// Outcome is how a program run by Run ended.
type Outcome struct {
	Result   any    // main's result (a value or an *Error it returned)
	Panic    *Error // main's panic, or nil
	Deadlock string // the deadlock report, or ""
}

// Run runs body as the main strand of a new program inside the current process, as
// Main does, and returns once main has returned and no strand is runnable any more (or
// on a deadlock). Strands still blocked then are stopped, so no goroutine is left
// behind. It is meant for tests and examples; generated programs use Main.
func Run(body func(s *Strand) any) Outcome {
	p := newProgram()
	o := p.run(body)
	p.teardown()
	switch o.kind {
	case outPanic:
		return Outcome{Panic: o.err}
	case outDeadlock:
		return Outcome{Deadlock: o.report}
	}
	return Outcome{Result: o.result}
}

// Blocking runs f, a Go call that may block for long (network, files), on s's
// goroutine while s's group runs its other strands: it is a yield point. Afterwards s
// waits for its turn in the group.
func Blocking(s *Strand, at string, f func()) {
	s.checkCancel()
	Flush() // output written before a long call shows
	g := s.g
	p := g.p
	if s.wake == nil {
		s.wake = make(chan struct{}, 1)
	}
	s.waitKind, s.waitAt = waitCall, at
	p.count.Add(pendingOne) // pending call; this strand stays counted while it hands off
	g.mu.Lock()
	next, fresh := g.next()
	g.mu.Unlock()
	if traceOn {
		traceEvent(s, "yielded", describeWait(s))
	}
	if next != nil {
		p.resume(next, fresh)
	}
	p.decActive()
	defer func() {
		// back into the group: run at once if it is idle, else queue at the back
		g.mu.Lock()
		if p.closed.Load() {
			g.mu.Unlock()
			panic(killSignal)
		}
		p.count.Add(activeOne - pendingOne)
		if g.running == nil {
			g.running = s
			g.mu.Unlock()
		} else {
			g.q.pushBack(s)
			g.mu.Unlock()
			<-s.wake
		}
		if traceOn {
			traceEvent(s, "resumed", "")
		}
	}()
	f()
}
