package rt

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The two-level lock (lock.go): leaves on keys (LockOn) against each other and against
// the program-wide lock (Lock). The strands of one group run one at a time and switch
// only where they park, so the order of the lines is exact; Sleep(s, 0) inside a lock
// statement lets the others run while it is held.
var lockScenarios = []scenario{
	{
		name: "leaves on different keys are inside at once",
		body: func(s *Strand, r *recorder) any {
			var k1, k2 Key
			fs := []*Future{
				s.Start("a", false, func(s *Strand) any {
					LockOn(s, &k1, "k.bal:1")
					r.println("a in")
					Sleep(s, 0)
					r.println("a out")
					Unlock(s)
					return nil
				}),
				s.Start("b", false, func(s *Strand) any {
					LockOn(s, &k2, "k.bal:2")
					r.println("b in")
					Sleep(s, 0)
					r.println("b out")
					Unlock(s)
					return nil
				}),
			}
			WaitAll(s, "k.bal:3", fs...)
			return nil
		},
		want: []string{"b in", "a in", "b out", "a out"},
	},
	{
		name: "leaves on one key exclude each other, in order",
		body: func(s *Strand, r *recorder) any {
			var k Key
			var fs []*Future
			for _, n := range []string{"a", "b", "c"} {
				fs = append(fs, s.Start(n, false, func(s *Strand) any {
					LockOn(s, &k, "k.bal:1")
					r.println(n, " in")
					Sleep(s, 0)
					r.println(n, " out")
					Unlock(s)
					return nil
				}))
			}
			WaitAll(s, "k.bal:3", fs...)
			return nil
		},
		want: []string{"c in", "c out", "b in", "b out", "a in", "a out"},
	},
	{
		name: "the exclusive lock waits for the leaves, and they for it",
		body: func(s *Strand, r *recorder) any {
			var k1, k2 Key
			leaf := func(n string, k *Key) *Future {
				return s.Start(n, false, func(s *Strand) any {
					LockOn(s, k, "x.bal:1")
					r.println(n, " in")
					Sleep(s, 0)
					r.println(n, " out")
					Unlock(s)
					return nil
				})
			}
			// started last first: x1 runs first, then w (queued behind x1, which
			// holds the shared lock), then x2 (queued behind w: it does not overtake it)
			x2 := leaf("x2", &k2)
			w := s.Start("w", false, func(s *Strand) any {
				Lock(s, "x.bal:2")
				r.println("w in")
				Sleep(s, 0)
				r.println("w out")
				Unlock(s)
				return nil
			})
			x1 := leaf("x1", &k1)
			WaitAll(s, "x.bal:3", x1, w, x2)
			return nil
		},
		want: []string{"x1 in", "x1 out", "w in", "w out", "x2 in", "x2 out"},
	},
	{
		name: "shared waiters at the head of the queue are let in together",
		body: func(s *Strand, r *recorder) any {
			var k1, k2, k3 Key
			var fs []*Future
			for i, k := range []*Key{&k1, &k2, &k3} {
				n := string(rune('a' + i))
				fs = append(fs, s.Start(n, false, func(s *Strand) any {
					LockOn(s, k, "t.bal:2")
					r.println(n, " in")
					Sleep(s, 0)
					r.println(n, " out")
					Unlock(s)
					return nil
				}))
			}
			Lock(s, "t.bal:1") // before they run (a start inside a lock panics)
			Sleep(s, 0)        // they queue behind main
			r.println("main out")
			Unlock(s)
			WaitAll(s, "t.bal:3", fs...)
			return nil
		},
		want: []string{"main out", "c in", "b in", "a in", "c out", "b out", "a out"},
	},
	{
		name: "a leaf inside a lock statement holding the whole lock does not block",
		body: func(s *Strand, r *recorder) any {
			var k Key
			Lock(s, "r.bal:1")
			LockOn(s, &k, "r.bal:2")
			r.println("held: ", int64(s.heldLocks()))
			Unlock(s)
			r.println("held: ", int64(s.heldLocks()))
			Unlock(s)
			r.println("held: ", int64(s.heldLocks()))
			// both levels are free again: another strand takes them at once
			f := s.Start("other", false, func(s *Strand) any {
				LockOn(s, &k, "r.bal:3")
				Unlock(s)
				Lock(s, "r.bal:4")
				Unlock(s)
				return "other done"
			})
			r.println(f.Wait(s, "r.bal:5"))
			return nil
		},
		want: []string{"held: 2", "held: 1", "held: 0", "other done"},
	},
	{
		name: "a panic in a leaf leaves it (trap)",
		body: func(s *Strand, r *recorder) any {
			var k Key
			e := TrapNil(s, func() {
				LockOn(s, &k, "p.bal:1")
				Panic(NewError("boom", nil, nil))
			})
			r.println(e, " held: ", int64(s.heldLocks()))
			f := s.Start("after", false, func(s *Strand) any {
				Lock(s, "p.bal:3")
				Unlock(s)
				LockOn(s, &k, "p.bal:4")
				Unlock(s)
				return "free"
			})
			r.println(f.Wait(s, "p.bal:5"))
			return nil
		},
		want: []string{`error("boom") held: 0`, "free"},
	},
	{
		name: "a strand cancelled while it waits for the shared lock leaves its key",
		body: func(s *Strand, r *recorder) any {
			var k Key
			f := s.Start("waiter", false, func(s *Strand) any { LockOn(s, &k, "c.bal:2"); r.println("got it"); return nil })
			Lock(s, "c.bal:1")
			Sleep(s, 0) // the waiter holds k and waits for the shared lock
			f.Cancel()
			Sleep(s, 0)
			Unlock(s)
			r.println(f.Wait(s, "c.bal:3"))
			LockOn(s, &k, "c.bal:4") // nobody holds k any more
			r.println("k")
			Unlock(s)
			return nil
		},
		want: []string{`error("{ballerina/lang.future}FutureAlreadyCancelled")`, "k"},
	},
	{
		name: "a strand cancelled while it waits for a key holds nothing",
		body: func(s *Strand, r *recorder) any {
			var k Key
			f := s.Start("waiter", false, func(s *Strand) any { LockOn(s, &k, "c.bal:2"); r.println("got it"); return nil })
			LockOn(s, &k, "c.bal:1")
			Sleep(s, 0) // the waiter holds the shared lock and waits for k
			f.Cancel()
			Sleep(s, 0)
			Unlock(s)
			r.println(f.Wait(s, "c.bal:3"))
			Lock(s, "c.bal:4") // nobody holds the lock shared any more
			r.println("exclusive")
			Unlock(s)
			return nil
		},
		want: []string{`error("{ballerina/lang.future}FutureAlreadyCancelled")`, "exclusive"},
	},
	{
		name: "start inside a leaf panics",
		body: func(s *Strand, r *recorder) any {
			var k Key
			LockOn(s, &k, "sl.bal:1")
			r.println(trapped(func() { s.Start("f", false, func(s *Strand) any { return nil }) }))
			Unlock(s)
			return nil
		},
		want: []string{`error("{ballerina}AsyncCallInsideLockError")`},
	},
}

func TestLockScenarios(t *testing.T) {
	for _, sc := range lockScenarios {
		t.Run(sc.name, func(t *testing.T) {
			var r recorder
			o := runProg(t, func(s *Strand) any { return sc.body(s, &r) })
			require.Nil(t, o.Panic, "panic")
			require.Empty(t, o.Deadlock)
			assert.Equal(t, sc.want, r.get())
		})
	}
}

// Strands of parallel groups update counters under leaves on their own keys, on a
// shared key and under the exclusive lock, all at once: the race detector checks that
// each counter is protected, and the totals that no update was lost.
func TestLockKeysAcrossParallelGroups(t *testing.T) {
	const n = 2000
	var own [4]int64
	var ownKeys [4]Key
	var shared, all int64
	var sharedKey Key
	o := runProg(t, func(s *Strand) any {
		var fs []*Future
		for i := 0; i < 4; i++ {
			fs = append(fs, s.Start("inc", true, func(s *Strand) any {
				for j := 0; j < n; j++ {
					LockOn(s, &ownKeys[i], "p.bal:4")
					own[i]++
					Unlock(s)
					LockOn(s, &sharedKey, "p.bal:5")
					shared++
					Unlock(s)
					if j%10 == 0 {
						Lock(s, "p.bal:6")
						all++
						own[i]++ // the exclusive lock covers every key's state
						shared++
						Unlock(s)
					}
				}
				return nil
			}))
		}
		WaitAll(s, "p.bal:9", fs...)
		return nil
	})
	require.Nil(t, o.Panic)
	for i := range own {
		assert.Equal(t, int64(n+n/10), own[i])
	}
	assert.Equal(t, int64(4*(n+n/10)), shared)
	assert.Equal(t, int64(4*n/10), all)
}

// A strand waiting for the shared lock is named in the deadlock report with the
// strand holding the lock exclusively.
func TestDeadlockReportLeaf(t *testing.T) {
	var k Key
	o := runProg(t, func(s *Strand) any {
		f := s.Start("leaf", false, func(s *Strand) any { LockOn(s, &k, "d.bal:2"); return nil })
		Lock(s, "d.bal:3")
		return f.Wait(s, "d.bal:4")
	})
	assert.Equal(t, strings.Join([]string{
		"error: deadlock: every strand is blocked",
		"\tstrand 'main' waits for strand 'leaf' at d.bal:4",
		"\tstrand 'leaf' waits for the lock held by strand 'main' at d.bal:2",
		"",
	}, "\n"), o.Deadlock)
}
