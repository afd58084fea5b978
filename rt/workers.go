package rt

import "sync"

// ChannelSpec describes the message queue of one ordered pair of peers that has sends:
// From and To index the names given to NewWorkers, Slots is the number of send actions
// from From to To in the source (each fills one slot, in order).
type ChannelSpec struct{ From, To, Slots int }

// Slot names one slot of one channel, for multiple and alternate receive.
type Slot struct{ Chan, Index int }

// Slot states.
const (
	slotEmpty   = iota
	slotFilled  // a message waits in the slot
	slotSkipped // a conditional send that was not executed: the receive gives NoMessage
	slotTaken   // received
	slotDiscard // an alternate receive chose another slot: a later message is dropped
)

// Peer states.
const (
	peerRunning = iota // running or not started yet
	peerEnding         // returned; waits until the messages it sent are taken
	peerEnded
)

// Workers holds the peers of one function invocation that has named workers (or of
// one fork statement): their message queues and termination values. While all the
// peers run in one group, only one of them runs at a time and the group's hand-offs
// order their accesses; once a peer is started in a parallel group, every access takes
// the Workers' mutex.
type Workers struct {
	mu     sync.Mutex
	shared bool // a peer runs in another group: lock mu
	names  []string
	dflt   int // index of the function's default worker, or -1 in a fork
	peers  []peer
	chans  []channel
}

type peer struct {
	s        *Strand // the strand running the peer (the caller's strand for the default worker)
	state    uint8
	result   any    // the normal termination value
	failed   *Error // result, when it is an error ("terminated with failure")
	panicked *Error // the termination value of an abnormal termination
}

type channel struct {
	from, to int
	state    []uint8
	vals     []any
	pending  int    // filled slots not yet taken
	acked    int    // of those, how many a flush reported as failed (the receiver ended first)
	recv     waiter // the receiver, waiting for a slot or the sender's end
	flush    waiter // the sender, waiting for its messages to be taken
}

func (w *Workers) lock() {
	if w.shared {
		w.mu.Lock()
	}
}

func (w *Workers) unlock() {
	if w.shared {
		w.mu.Unlock()
	}
}

// NewWorkers creates the peers of a function invocation with named workers, or of a
// fork statement. names are the named workers in declaration order followed, unless
// this is a fork, by the function's default worker, named "function"; s is the strand
// that runs the default worker (calling a function creates no strand). chans lists the
// channels, one per ordered pair of peers that has sends.
func NewWorkers(s *Strand, names []string, chans []ChannelSpec) *Workers {
	w := &Workers{names: names, dflt: -1, peers: make([]peer, len(names)), chans: make([]channel, len(chans))}
	if n := len(names); n > 0 && names[n-1] == "function" {
		w.dflt = n - 1
		w.peers[n-1].s = s
	}
	total := 0
	for _, c := range chans {
		total += c.Slots
	}
	states := make([]uint8, total)
	vals := make([]any, total)
	for i, c := range chans {
		w.chans[i] = channel{from: c.From, to: c.To, state: states[:c.Slots:c.Slots], vals: vals[:c.Slots:c.Slots]}
		states, vals = states[c.Slots:], vals[c.Slots:]
	}
	return w
}

// Start starts the named worker names[idx] as a new strand running body: in s's group
// at the front of its run queue (so workers declared later run first), or in a new
// group if parallel. When body returns (a value, or an *Error for a failure), the
// worker first waits until every message it sent was taken or its receiver ended, then
// terminates; a panic terminates it abnormally at once.
func (w *Workers) Start(s *Strand, idx int, parallel bool, body func(s *Strand) any) *Future {
	t := s.newChild(w.names[idx], kindWorker, body)
	t.wk = w
	t.widx = int32(idx)
	if parallel && !w.shared {
		w.shared = true // before the new peer runs
	}
	w.lock()
	w.peers[idx].s = t
	w.unlock()
	s.launch(t, parallel)
	return &t.fut
}

// Future returns the future of named worker idx (`wait A`, or A used as a value).
func (w *Workers) Future(idx int) *Future {
	w.lock()
	defer w.unlock()
	return &w.peers[idx].s.fut
}

// Send is `v -> B` on channel c, filling slot: it never blocks (v is already cloned).
func (w *Workers) Send(c, slot int, v any) {
	w.lock()
	ch := &w.chans[c]
	if ch.state[slot] == slotDiscard {
		ch.state[slot] = slotTaken
	} else {
		ch.state[slot] = slotFilled
		ch.vals[slot] = v
		ch.pending++
	}
	rw := ch.recv
	ch.recv = waiter{}
	w.unlock()
	rw.fire()
}

// Skip marks slot of channel c as never to be filled: the sender passed the point
// where a conditional send could still happen. Its receive gives error:NoMessage.
func (w *Workers) Skip(c, slot int) {
	w.lock()
	ch := &w.chans[c]
	if ch.state[slot] == slotEmpty || ch.state[slot] == slotDiscard {
		ch.state[slot] = slotSkipped
	}
	rw := ch.recv
	ch.recv = waiter{}
	w.unlock()
	rw.fire()
}

// NoMessage errors: message "NoMessage", as jBallerina's error:NoMessage.
func noMessageError(detail string) *Error {
	d := NewMap[any](nil)
	d.Put("message", detail)
	return NewTypedError("NoMessage", "NoMessage", nil, d)
}

func (w *Workers) noMessage(c int) *Error {
	ch := &w.chans[c]
	return noMessageError("no message received from worker '" + w.names[ch.from] + "' to worker '" + w.names[ch.to] + "'")
}

// IsNoMessage reports whether v is an error:NoMessage (a receive whose send was
// skipped).
func IsNoMessage(v any) bool {
	e, ok := v.(*Error)
	return ok && e.typeName == "NoMessage"
}

// Receive results (take).
const (
	recvWait    = iota // not available yet
	recvValue          // a message, or NoMessage
	recvFailure        // the sender terminated with failure: the value is its error
	recvPanic          // the sender terminated abnormally: the value is its error
)

// take tries to receive slot of channel c. Call with w.mu held.
func (w *Workers) take(c, slot int, wl *wakeList) (any, int) {
	ch := &w.chans[c]
	switch ch.state[slot] {
	case slotFilled:
		v := ch.vals[slot]
		ch.vals[slot] = nil
		ch.state[slot] = slotTaken
		ch.pending--
		if ch.pending == 0 {
			wl.add(ch.flush)
			ch.flush = waiter{}
			if w.peers[ch.from].state == peerEnding {
				w.checkEnding(ch.from, wl)
			}
		}
		return v, recvValue
	case slotSkipped, slotTaken:
		return w.noMessage(c), recvValue
	}
	snd := &w.peers[ch.from]
	switch {
	case snd.state == peerRunning:
		return nil, recvWait
	case snd.panicked != nil:
		return snd.panicked, recvPanic
	case snd.failed != nil:
		return snd.failed, recvFailure
	}
	return w.noMessage(c), recvValue
}

// Receive is `<- A` for slot of channel c: it yields until the slot is filled or the
// sender has terminated. The result is the message; the sender's *Error if it
// terminated with failure before filling the slot; an error:NoMessage if the send was
// skipped (or the sender ended normally without it). If the sender panicked, Receive
// panics with its error.
func (w *Workers) Receive(s *Strand, c, slot int, at string) any {
	var wl wakeList
	for {
		s.checkCancel()
		w.lock()
		v, r := w.take(c, slot, &wl)
		if r != recvWait {
			w.unlock()
			wl.fire()
			if r == recvPanic {
				panic(PanicValue(v.(*Error)))
			}
			return v
		}
		rw := s.waiter()
		w.chans[c].recv = rw
		w.unlock()
		s.park(rw.gen, waitReceive, at, w, int32(c))
	}
}

// multiWait describes a multiple or alternate receive, for the deadlock report.
type multiWait struct {
	w     *Workers
	slots []Slot
}

// ReceiveAll is the multiple receive `<- {a: A, b: B}`: it yields until every slot is
// resolved and returns the field values in order. A field is the message, an
// error:NoMessage for a skipped send, or the sender's *Error if it terminated with
// failure first (ReceiveAllOrFail gives the spec's whole-action failure instead). If a
// sender panicked, ReceiveAll panics with its error.
func (w *Workers) ReceiveAll(s *Strand, at string, slots ...Slot) []any {
	out, _ := w.receiveAll(s, at, slots, false)
	return out
}

// ReceiveAllOrFail is the multiple receive with the spec's failure rule: if a sender
// terminates with failure before its message is available, the action's result is
// that error (returned as err, out is nil).
func (w *Workers) ReceiveAllOrFail(s *Strand, at string, slots ...Slot) (out []any, err *Error) {
	return w.receiveAll(s, at, slots, true)
}

func (w *Workers) receiveAll(s *Strand, at string, slots []Slot, failFast bool) ([]any, *Error) {
	out := make([]any, len(slots))
	got := make([]bool, len(slots))
	var wl wakeList
	for {
		s.checkCancel()
		w.lock()
		remaining := 0
		for i, sl := range slots {
			if got[i] {
				continue
			}
			v, r := w.take(sl.Chan, sl.Index, &wl)
			switch r {
			case recvWait:
				remaining++
				continue
			case recvPanic:
				w.unlock()
				wl.fire()
				panic(PanicValue(v.(*Error)))
			case recvFailure:
				if failFast {
					w.unlock()
					wl.fire()
					return nil, v.(*Error)
				}
			}
			out[i], got[i] = v, true
		}
		if remaining == 0 {
			w.unlock()
			wl.fire()
			return out, nil
		}
		rw := s.waiter()
		for i, sl := range slots {
			if !got[i] {
				w.chans[sl.Chan].recv = rw
			}
		}
		w.unlock()
		wl.fire()
		wl = wakeList{}
		s.park(rw.gen, waitReceives, at, &multiWait{w, slots}, 0)
	}
}

// ReceiveAny is the alternate receive `<- A | B`: it yields until one of the slots
// gives a message that is not an error, and returns it; slots not yet filled are then
// dropped. If none does, the result is the last error received (a message that is an
// error, or a sender's failure), or an error:NoMessage if every slot was empty. If a
// sender panics first, ReceiveAny panics with its error.
func (w *Workers) ReceiveAny(s *Strand, at string, slots ...Slot) any {
	var got uint64 // resolved slots (bit i); alternate receives are small
	if len(slots) > 64 {
		panic("rt: alternate receive of more than 64 slots")
	}
	var lastErr any
	var wl wakeList
	for {
		s.checkCancel()
		w.lock()
		remaining := 0
		for i, sl := range slots {
			if got&(1<<i) != 0 {
				continue
			}
			v, r := w.take(sl.Chan, sl.Index, &wl)
			switch r {
			case recvWait:
				remaining++
				continue
			case recvPanic:
				w.unlock()
				wl.fire()
				panic(PanicValue(v.(*Error)))
			}
			got |= 1 << i
			e, isErr := v.(*Error)
			if !isErr {
				w.dropRest(slots, got, &wl)
				w.unlock()
				wl.fire()
				return v
			}
			if r == recvFailure || !IsNoMessage(e) {
				lastErr = e
			}
		}
		if remaining == 0 {
			w.unlock()
			wl.fire()
			if lastErr != nil {
				return lastErr
			}
			ch := &w.chans[slots[0].Chan]
			return noMessageError("no worker message received for channel '" + w.names[ch.from] + "->" + w.names[ch.to] + "'")
		}
		rw := s.waiter()
		for i, sl := range slots {
			if got&(1<<i) == 0 {
				w.chans[sl.Chan].recv = rw
			}
		}
		w.unlock()
		wl.fire()
		wl = wakeList{}
		s.park(rw.gen, waitReceives, at, &multiWait{w, slots}, 0)
	}
}

// dropRest discards the slots of an alternate receive that were not used.
func (w *Workers) dropRest(slots []Slot, got uint64, wl *wakeList) {
	for i, sl := range slots {
		if got&(1<<i) != 0 {
			continue
		}
		ch := &w.chans[sl.Chan]
		switch ch.state[sl.Index] {
		case slotEmpty:
			ch.state[sl.Index] = slotDiscard
		case slotFilled:
			w.take(sl.Chan, sl.Index, wl)
		}
	}
}

// flushResult is the result of flushing channel c, or ok=false while it must wait.
// Call with w.mu held.
func (w *Workers) flushResult(c int) (res any, perr *Error, ok bool) {
	ch := &w.chans[c]
	if ch.pending == 0 {
		return nil, nil, true
	}
	r := &w.peers[ch.to]
	if r.state == peerRunning {
		return nil, nil, false
	}
	ch.acked = ch.pending // the sender has seen the failure: its end does not repeat it
	if r.panicked != nil {
		return nil, r.panicked, true
	}
	if r.failed != nil {
		return r.failed, nil, true
	}
	return nil, nil, true
}

// Flush is `flush B` for channel c: it yields until the receiver has taken every
// message sent so far on c, or has terminated. The result is nil, or the receiver's
// *Error if it terminated with failure first; if it panicked, Flush panics with its
// error.
func (w *Workers) Flush(s *Strand, c int, at string) any {
	for {
		s.checkCancel()
		w.lock()
		res, perr, ok := w.flushResult(c)
		if ok {
			w.unlock()
			if perr != nil {
				panic(PanicValue(perr))
			}
			return res
		}
		fw := s.waiter()
		w.chans[c].flush = fw
		w.unlock()
		s.park(fw.gen, waitFlush, at, w, int32(c))
	}
}

// SyncSend is `v ->> B`: Send, then Flush of channel c.
func (w *Workers) SyncSend(s *Strand, c, slot int, v any, at string) any {
	w.Send(c, slot, v)
	return w.Flush(s, c, at)
}

// FlushAll is `flush` in peer from: Flush of every channel from it, in order. The
// result is nil, or the first receiver failure.
func (w *Workers) FlushAll(s *Strand, from int, at string) any {
	var first any
	for c := range w.chans {
		if w.chans[c].from != from {
			continue
		}
		if r := w.Flush(s, c, at); r != nil && first == nil {
			first = r
		}
	}
	return first
}

// endNamed terminates named worker idx (strand t), whose body returned res or
// panicked with perr.
func (w *Workers) endNamed(t *Strand, idx int, res any, perr *Error) {
	var wl wakeList
	w.lock()
	if perr != nil {
		w.finishPeer(idx, nil, perr, &wl)
		w.unlock()
		wl.fire()
		return
	}
	w.beginEnding(idx, res, &wl)
	if !w.checkEnding(idx, &wl) {
		// The worker's end completes when its messages are taken; its goroutine is
		// free meanwhile. It shows as blocked in its group.
		g := t.g
		g.mu.Lock()
		t.pendingEnd = true
		t.waitKind, t.waitObj, t.waitN, t.waitAt = waitEnd, w, int32(idx), ""
		g.addBlocked(t)
		g.mu.Unlock()
		if traceOn {
			traceEvent(t, "returned", describeWait(t))
		}
	}
	w.unlock()
	wl.fire()
}

// beginEnding records the normal termination value of peer idx: its remaining slots
// are skipped (on success) and receivers waiting on it look again.
func (w *Workers) beginEnding(idx int, res any, wl *wakeList) {
	pe := &w.peers[idx]
	pe.result = res
	pe.failed, _ = res.(*Error)
	pe.state = peerEnding
	for c := range w.chans {
		ch := &w.chans[c]
		if ch.from != idx {
			continue
		}
		if pe.failed == nil {
			for i, st := range ch.state {
				if st == slotEmpty || st == slotDiscard {
					ch.state[i] = slotSkipped
				}
			}
		}
		wl.add(ch.recv)
		ch.recv = waiter{}
	}
}

// checkEnding finishes peer idx, which is ending, if every message it sent was taken
// or its receiver terminated; it reports whether it did. If a receiver terminated
// abnormally without taking a message, the peer terminates abnormally with that
// receiver's error — unless a flush (or sync send) of the peer already reported that
// failure for those messages.
func (w *Workers) checkEnding(idx int, wl *wakeList) bool {
	var perr *Error
	for c := range w.chans {
		ch := &w.chans[c]
		if ch.from != idx || ch.pending == 0 {
			continue
		}
		r := &w.peers[ch.to]
		if r.state == peerRunning {
			return false
		}
		if r.panicked != nil && perr == nil && ch.pending > ch.acked {
			perr = r.panicked
		}
	}
	pe := &w.peers[idx]
	if perr != nil {
		w.finishPeer(idx, nil, perr, wl)
	} else {
		w.finishPeer(idx, pe.result, nil, wl)
	}
	return true
}

// finishPeer records the termination of peer idx (perr: abnormal) and wakes everything
// that waited for it: the waiters of its future, receivers of its messages, senders
// flushing to it, and peers that wait to end until it takes their messages.
func (w *Workers) finishPeer(idx int, res any, perr *Error, wl *wakeList) {
	pe := &w.peers[idx]
	pe.state = peerEnded
	pe.panicked = perr
	if perr == nil {
		pe.result = res
		pe.failed, _ = res.(*Error)
	}
	if idx != w.dflt && pe.s != nil {
		t := pe.s
		if traceOn {
			traceEnded(t, res, perr)
		}
		g := t.g
		g.mu.Lock()
		drop := false
		if t.pendingEnd {
			t.pendingEnd = false
			g.removeBlocked(t)
			if t.handedOff {
				g.live--
				drop = g.live == 0 && g != g.p.mainGroup && !g.pooled
			}
		}
		g.mu.Unlock()
		if drop {
			g.p.dropGroup(g)
		}
		t.fut.mu.Lock()
		t.fut.completeLocked(res, perr, wl)
		t.fut.mu.Unlock()
	}
	for c := range w.chans {
		ch := &w.chans[c]
		if ch.from == idx {
			wl.add(ch.recv)
			ch.recv = waiter{}
		}
		if ch.to == idx {
			wl.add(ch.flush)
			ch.flush = waiter{}
			if ch.pending > 0 && w.peers[ch.from].state == peerEnding {
				w.checkEnding(ch.from, wl)
			}
		}
	}
}

// End is the termination of the default worker idx, called by generated code in a
// defer at the end of a function with workers:
//
//	defer func() { w.End(s, idx, result, recover()) }()
//
// It follows the rules of a named worker's end: on a normal return it first waits
// until every message the function sent was taken or its receiver ended, and records
// the result (a failure if it is an *Error) for the peers. If panicked is not nil, the
// panic is recorded and End panics with it again.
func (w *Workers) End(s *Strand, idx int, result any, panicked any) {
	var wl wakeList
	if panicked != nil {
		if k, ok := panicked.(*strandKill); ok {
			panic(k)
		}
		e := Recover(panicked)
		w.lock()
		w.finishPeer(idx, nil, e, &wl)
		w.unlock()
		wl.fire()
		panic(PanicValue(e))
	}
	w.lock()
	w.beginEnding(idx, result, &wl)
	for {
		if w.peers[idx].state == peerEnded || w.checkEnding(idx, &wl) {
			perr := w.peers[idx].panicked
			w.unlock()
			wl.fire()
			if perr != nil {
				panic(PanicValue(perr))
			}
			return
		}
		fw := s.waiter()
		for c := range w.chans {
			if ch := &w.chans[c]; ch.from == idx && ch.pending > 0 {
				ch.flush = fw
			}
		}
		w.unlock()
		wl.fire()
		wl = wakeList{}
		s.park(fw.gen, waitEnd, "", w, int32(idx))
		if s.cancelled.Load() {
			// stop waiting: the function terminates abnormally
			e := futureCancelledError()
			w.lock()
			w.finishPeer(idx, nil, e, &wl)
			w.unlock()
			wl.fire()
			panic(PanicValue(e))
		}
		w.lock()
	}
}
