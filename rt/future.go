package rt

import "sync"

// Future is a Ballerina future: the handle of a strand made by start, or of a named
// worker (Workers.Future). It is embedded in the strand it stands for.
type Future struct {
	mu        sync.Mutex
	s         *Strand
	done      bool
	claimed   bool // a wait has taken the result
	cancelled bool
	result    any
	panicked  *Error
	seq       uint64 // completion (or cancellation) order, for alternate wait
	waiters   []waiter
}

const msgMultipleWaits = "multiple waits on the same future is not allowed"

func multipleWaitsError() *Error { return NewError(msgMultipleWaits, nil, nil) }

func futureCancelledError() *Error {
	return NewError("{ballerina/lang.future}FutureAlreadyCancelled", nil, nil)
}

// complete records the strand's termination value and wakes the strands waiting for it.
func (f *Future) complete(res any, perr *Error) {
	var wl wakeList
	f.mu.Lock()
	f.completeLocked(res, perr, &wl)
	f.mu.Unlock()
	wl.fire()
}

func (f *Future) completeLocked(res any, perr *Error, wl *wakeList) {
	f.done = true
	f.result = res
	f.panicked = perr
	if !f.cancelled {
		f.seq = f.s.g.p.seq.Add(1)
	}
	if perr != nil {
		for _, w := range f.waiters {
			w.fireUrgent(true) // only takes locks of groups: safe under f.mu
		}
	} else {
		for _, w := range f.waiters {
			wl.add(w)
		}
	}
	f.waiters = nil
}

// Wait is `wait f`: it yields until f's strand has ended and returns its result (a
// value, or the *Error it terminated with). If the strand panicked, Wait panics with
// the same error (its stack is the original one). A second wait on the same future
// returns the error "multiple waits on the same future is not allowed"; a wait on a
// cancelled future returns the error {ballerina/lang.future}FutureAlreadyCancelled.
// at is the .bal position of the wait, for the trace and the deadlock report.
func (f *Future) Wait(s *Strand, at string) any {
	for {
		s.checkCancel()
		f.mu.Lock()
		if f.done || f.cancelled {
			res, perr := f.claimLocked()
			f.mu.Unlock()
			if perr != nil {
				panic(PanicValue(perr))
			}
			return res
		}
		w := s.waiter()
		f.waiters = append(f.waiters, w)
		f.mu.Unlock()
		s.park(w.gen, waitFuture, at, f, 0)
	}
}

// claimLocked takes the result of a done or cancelled future for a wait.
func (f *Future) claimLocked() (any, *Error) {
	if f.cancelled {
		return futureCancelledError(), nil
	}
	if f.claimed {
		return multipleWaitsError(), nil
	}
	f.claimed = true
	return f.result, f.panicked
}

// Cancel is f.cancel(): f's strand stops at its next yield point (it terminates
// abnormally); a wait on f gives the error {ballerina/lang.future}FutureAlreadyCancelled.
// Cancelling a future whose strand has already ended has no effect.
func (f *Future) Cancel() {
	var wl wakeList
	f.mu.Lock()
	if f.done || f.cancelled {
		f.mu.Unlock()
		return
	}
	f.cancelled = true
	f.seq = f.s.g.p.seq.Add(1)
	for _, w := range f.waiters {
		wl.add(w)
	}
	f.waiters = nil
	f.mu.Unlock()
	s := f.s
	s.cancelled.Store(true)
	if traceOn {
		traceEvent(s, "cancelled", "")
	}
	wl.fire()
	s.interrupt()
}

// IsDone reports whether f's strand has ended or f was cancelled (future:isDone is not
// in the language, but it helps tests and tracing).
func (f *Future) IsDone() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.done || f.cancelled
}

// Name returns the name of f's strand.
func (f *Future) Name() string { return f.s.name }

// WaitAll is `wait {a: f1, b: f2}`: it yields until every future is done and returns
// their results in order (each as Wait would give it). If any of the strands panicked,
// WaitAll panics with that error as soon as it sees it.
func WaitAll(s *Strand, at string, fs ...*Future) []any {
	for {
		s.checkCancel()
		pending := 0
		for _, f := range fs {
			f.mu.Lock()
			if f.done && f.panicked != nil && !f.claimed && !f.cancelled {
				f.claimed = true
				perr := f.panicked
				f.mu.Unlock()
				panic(PanicValue(perr))
			}
			if !f.done && !f.cancelled {
				pending++
			}
			f.mu.Unlock()
		}
		if pending == 0 {
			out := make([]any, len(fs))
			for i, f := range fs {
				f.mu.Lock()
				res, perr := f.claimLocked()
				f.mu.Unlock()
				if perr != nil {
					panic(PanicValue(perr))
				}
				out[i] = res
			}
			return out
		}
		// One registration per pending future, woken once when the last one fires
		// (or at once by a panic): a WaitAll of n futures costs O(n).
		w := s.waiter()
		w.all = &waitCount{}
		w.all.n.Store(1)
		for _, f := range fs {
			f.mu.Lock()
			if !f.done && !f.cancelled {
				w.all.n.Add(1)
				f.waiters = append(f.waiters, w)
			}
			f.mu.Unlock()
		}
		if w.all.n.Add(-1) > 0 {
			s.park(w.gen, waitFutures, at, fs, 0)
		}
	}
}

// registerAll registers s as a waiter on every future of fs not yet done. It reports
// false, registering nothing more, if fewer than pending are still not done (one ended
// meanwhile: look again).
func registerAll(s *Strand, fs []*Future, pending int) (waiter, bool) {
	w := s.waiter()
	n := 0
	for _, f := range fs {
		f.mu.Lock()
		if !f.done && !f.cancelled {
			f.waiters = append(f.waiters, w)
			n++
		}
		f.mu.Unlock()
	}
	return w, n == pending
}

// WaitAny is `wait f1 | f2`: it yields until one of the strands ends with a non-error
// result and returns it; if all end with errors, the result is the error of the last
// to end. A panic of any of the strands before that makes WaitAny panic.
func WaitAny(s *Strand, at string, fs ...*Future) any {
	for {
		s.checkCancel()
		pending := 0
		var last *Future
		for _, f := range fs {
			f.mu.Lock()
			switch {
			case f.cancelled || f.done && f.claimed:
				if last == nil || f.seq > last.seq {
					last = f
				}
			case f.done && f.panicked != nil:
				f.claimed = true
				perr := f.panicked
				f.mu.Unlock()
				panic(PanicValue(perr))
			case f.done:
				if _, isErr := f.result.(*Error); !isErr {
					f.claimed = true
					res := f.result
					f.mu.Unlock()
					return res
				}
				if last == nil || f.seq > last.seq {
					last = f
				}
			default:
				pending++
			}
			f.mu.Unlock()
		}
		if pending == 0 {
			last.mu.Lock()
			res, _ := last.claimLocked()
			last.mu.Unlock()
			return res
		}
		if w, ok := registerAll(s, fs, pending); ok {
			s.park(w.gen, waitFutures, at, fs, 0)
		}
	}
}
