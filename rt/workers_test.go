package rt

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// scenario is a Ballerina-like program written by hand against the runtime API, the
// way generated code uses it; want is what it prints, in order.
type scenario struct {
	name string
	body func(s *Strand, r *recorder) any
	want []string
}

// Peer indices and channels used by the scenarios.
const (
	pA, pB, pF = 0, 1, 2 // workers A, B and the default worker (names abFunction)
)

var abFunction = []string{"A", "B", "function"}

var workerScenarios = []scenario{
	{
		// BBE named-workers: the function's output, then worker B, then worker A.
		name: "named workers run B then A after the function",
		body: func(s *Strand, r *recorder) any {
			r.println("Initializing")
			w := NewWorkers(s, abFunction, nil)
			w.Start(s, pA, false, func(s *Strand) any { r.println("Hello from worker A"); return nil })
			w.Start(s, pB, false, func(s *Strand) any { r.println("Hello from worker B"); return nil })
			r.println("Hello from function worker")
			w.End(s, pF, nil, nil)
			return nil
		},
		want: []string{"Initializing", "Hello from function worker", "Hello from worker B", "Hello from worker A"},
	},
	{
		// BBE waiting-for-workers.
		name: "wait for a named worker",
		body: func(s *Strand, r *recorder) any {
			r.println("Initializing")
			w := NewWorkers(s, []string{"A", "function"}, nil)
			w.Start(s, 0, false, func(s *Strand) any { r.println("In worker A"); return nil })
			r.println("In function worker")
			w.Future(0).Wait(s, "w.bal:9")
			r.println("After wait A")
			w.End(s, 1, nil, nil)
			return nil
		},
		want: []string{"Initializing", "In function worker", "In worker A", "After wait A"},
	},
	{
		// BBE inter-worker-message-passing: 1 -> B; B sends x+2 to function.
		name: "message passing between workers and the function",
		body: func(s *Strand, r *recorder) any {
			w := NewWorkers(s, abFunction, []ChannelSpec{{From: pA, To: pB, Slots: 1}, {From: pB, To: pF, Slots: 1}})
			w.Start(s, pA, false, func(s *Strand) any { w.Send(0, 0, int64(1)); return nil })
			w.Start(s, pB, false, func(s *Strand) any {
				x := w.Receive(s, 0, 0, "m.bal:8").(int64)
				w.Send(1, 0, x+2)
				return nil
			})
			r.println(w.Receive(s, 1, 0, "m.bal:12"))
			w.End(s, pF, nil, nil)
			return nil
		},
		want: []string{"3"},
	},
	{
		name: "ping-pong",
		body: func(s *Strand, r *recorder) any {
			w := NewWorkers(s, []string{"A", "function"}, []ChannelSpec{{From: 1, To: 0, Slots: 3}, {From: 0, To: 1, Slots: 3}})
			w.Start(s, 0, false, func(s *Strand) any {
				for i := 0; i < 3; i++ { // unrolled in generated code: one slot per send
					v := w.Receive(s, 0, i, "p.bal:5").(int64)
					r.println("A got ", v)
					w.Send(1, i, v+1)
				}
				return nil
			})
			v := int64(0)
			for i := 0; i < 3; i++ {
				w.Send(0, i, v+1)
				v = w.Receive(s, 1, i, "p.bal:14").(int64)
				r.println("function got ", v)
			}
			w.End(s, 1, nil, nil)
			return nil
		},
		want: []string{"A got 1", "function got 2", "A got 3", "function got 4", "A got 5", "function got 6"},
	},
	{
		// BBE asynchronize-message-passing: both directions, the worker replies.
		name: "two-way async messages",
		body: func(s *Strand, r *recorder) any {
			w := NewWorkers(s, abFunction, []ChannelSpec{{From: pA, To: pB, Slots: 1}, {From: pB, To: pA, Slots: 1}})
			w.Start(s, pA, false, func(s *Strand) any {
				w.Send(0, 0, int64(5))
				r.println(w.Receive(s, 1, 0, "a.bal:6"))
				return nil
			})
			w.Start(s, pB, false, func(s *Strand) any {
				n := w.Receive(s, 0, 0, "a.bal:10").(int64)
				r.println(`Received integer "`, n, `" from worker A`)
				w.Send(1, 0, "Hello from B")
				return nil
			})
			w.End(s, pF, nil, nil)
			return nil
		},
		want: []string{`Received integer "5" from worker A`, "Hello from B"},
	},
	{
		// BBE conditional-send: if c { 10 -> function; } ... and <- w2 | w2.
		name: "conditional sends and NoMessage",
		body: func(s *Strand, r *recorder) any {
			w := NewWorkers(s, []string{"w1", "w2", "function"}, []ChannelSpec{{From: 0, To: 2, Slots: 1}, {From: 1, To: 2, Slots: 2}})
			w.Start(s, 0, false, func(s *Strand) any {
				if false {
					w.Send(0, 0, int64(10))
				} else {
					w.Skip(0, 0)
				}
				return nil
			})
			w.Start(s, 1, false, func(s *Strand) any {
				if true {
					w.Skip(1, 1) // the else branch can no longer run
					w.Send(1, 0, int64(1))
				} else {
					w.Skip(1, 0)
					w.Send(1, 1, int64(2))
				}
				return nil
			})
			m := w.Receive(s, 0, 0, "c.bal:20")
			r.println(IsNoMessage(m), " ", m.(*Error).Message(), " ", m.(*Error).Detail())
			r.println(w.ReceiveAny(s, "c.bal:22", Slot{1, 0}, Slot{1, 1}))
			w.End(s, 2, nil, nil)
			return nil
		},
		want: []string{
			`true NoMessage {"message":"no message received from worker 'w1' to worker 'function'"}`,
			"1",
		},
	},
	{
		name: "a sender that ends normally without sending gives NoMessage",
		body: func(s *Strand, r *recorder) any {
			w := NewWorkers(s, []string{"A", "function"}, []ChannelSpec{{From: 0, To: 1, Slots: 1}})
			w.Start(s, 0, false, func(s *Strand) any { return nil }) // the send sat after a return
			r.println(IsNoMessage(w.Receive(s, 0, 0, "n.bal:5")))
			w.End(s, 1, nil, nil)
			return nil
		},
		want: []string{"true"},
	},
	{
		// BBE inter-worker-failure-propagation: the sender returns an error first.
		name: "a failed sender gives its error to the receiver",
		body: func(s *Strand, r *recorder) any {
			w := NewWorkers(s, []string{"A", "function"}, []ChannelSpec{{From: 0, To: 1, Slots: 2}})
			w.Start(s, 0, false, func(s *Strand) any {
				w.Send(0, 0, int64(42))
				return NewError("maximum count exceeded", nil, nil)
			})
			r.println(w.Receive(s, 0, 0, "f.bal:9"))
			r.println(w.Receive(s, 0, 1, "f.bal:10"))
			r.println(w.Future(0).Wait(s, "f.bal:11"))
			w.End(s, 1, nil, nil)
			return nil
		},
		want: []string{"42", `error("maximum count exceeded")`, `error("maximum count exceeded")`},
	},
	{
		name: "a panicking sender makes the receive panic",
		body: func(s *Strand, r *recorder) any {
			w := NewWorkers(s, []string{"A", "function"}, []ChannelSpec{{From: 0, To: 1, Slots: 1}})
			w.Start(s, 0, false, func(s *Strand) any {
				Panic(NewError("bad sender", nil, nil))
				return nil
			})
			r.println(trapped(func() { w.Receive(s, 0, 0, "p.bal:7") }))
			r.println(trapped(func() { w.Future(0).Wait(s, "p.bal:8") }))
			w.End(s, 1, nil, nil)
			return nil
		},
		want: []string{`error("bad sender")`, `error("bad sender")`},
	},
	{
		// BBE flush: B panics after the first message; trap flush B gives its error.
		name: "flush after the receiver panicked",
		body: func(s *Strand, r *recorder) any {
			w := NewWorkers(s, abFunction, []ChannelSpec{{From: pA, To: pB, Slots: 2}})
			w.Start(s, pA, false, func(s *Strand) any {
				w.Send(0, 0, int64(10))
				w.Send(0, 1, "Hello")
				res := TrapNil(nil, func() { w.Flush(s, 0, "flush.bal:13") })
				if res == nil {
					res = "nil"
				}
				r.println("Result from worker B : ", res)
				return nil
			})
			w.Start(s, pB, false, func(s *Strand) any {
				v := w.Receive(s, 0, 0, "flush.bal:22").(int64)
				r.println("Received integer ", v, " from worker A")
				if v == 10 {
					Panic(NewError("Error in worker B", nil, nil))
				}
				r.println(`Received string "`, w.Receive(s, 0, 1, "flush.bal:29"), `" from worker A`)
				return nil
			})
			w.End(s, pF, nil, nil)
			return nil
		},
		want: []string{"Received integer 10 from worker A", `Result from worker B : error("Error in worker B")`},
	},
	{
		// BBE synchronize-message-passing: B returns an error after the first message.
		name: "sync send to a receiver that returns an error",
		body: func(s *Strand, r *recorder) any {
			w := NewWorkers(s, abFunction, []ChannelSpec{{From: pA, To: pB, Slots: 2}})
			or := func(v any) any {
				if v == nil {
					return "Transmission to B is successful"
				}
				return v
			}
			w.Start(s, pA, false, func(s *Strand) any {
				r.println(or(w.SyncSend(s, 0, 0, int64(10), "sync.bal:9")))
				r.println(or(w.SyncSend(s, 0, 1, "Hello", "sync.bal:13")))
				return nil
			})
			w.Start(s, pB, false, func(s *Strand) any {
				v := w.Receive(s, 0, 0, "sync.bal:20").(int64)
				r.println("Received ", v, " from the A worker.")
				if v == 10 {
					return NewError("Error in the B worker.", nil, nil)
				}
				r.println("Received ", w.Receive(s, 0, 1, "sync.bal:27"), " from the A worker.")
				return nil
			})
			w.End(s, pF, nil, nil)
			return nil
		},
		want: []string{"Received 10 from the A worker.", "Transmission to B is successful", `error("Error in the B worker.")`},
	},
	{
		name: "sync send to a receiver that panics makes the send panic",
		body: func(s *Strand, r *recorder) any {
			w := NewWorkers(s, []string{"A", "function"}, []ChannelSpec{{From: 1, To: 0, Slots: 1}})
			w.Start(s, 0, false, func(s *Strand) any {
				Panic(NewError("receiver died", nil, nil))
				return nil
			})
			r.println(trapped(func() { w.SyncSend(s, 0, 0, int64(1), "ss.bal:7") }))
			return nil // End is not called: the function keeps the panic of its peer to itself
		},
		want: []string{`error("receiver died")`},
	},
	{
		// BBE multiple-receive: <- {a: w1, b: w2}.
		name: "multiple receive",
		body: func(s *Strand, r *recorder) any {
			w := NewWorkers(s, []string{"w1", "w2", "function"}, []ChannelSpec{{From: 0, To: 2, Slots: 1}, {From: 1, To: 2, Slots: 1}})
			w.Start(s, 0, false, func(s *Strand) any { w.Send(0, 0, "w1"); return nil })
			w.Start(s, 1, false, func(s *Strand) any { Sleep(s, 0); w.Send(1, 0, "w2"); return nil })
			rec := w.ReceiveAll(s, "mr.bal:12", Slot{0, 0}, Slot{1, 0})
			m := NewMap[any](nil)
			m.Put("a", rec[0])
			m.Put("b", rec[1])
			r.println(m)
			w.End(s, 2, nil, nil)
			return nil
		},
		want: []string{`{"a":"w1","b":"w2"}`},
	},
	{
		name: "multiple receive with a skipped send and a failed sender",
		body: func(s *Strand, r *recorder) any {
			w := NewWorkers(s, []string{"w1", "w2", "function"}, []ChannelSpec{{From: 0, To: 2, Slots: 1}, {From: 1, To: 2, Slots: 1}})
			w.Start(s, 0, false, func(s *Strand) any { w.Skip(0, 0); return nil })
			w.Start(s, 1, false, func(s *Strand) any { return NewError("w2 failed", nil, nil) })
			rec := w.ReceiveAll(s, "mr.bal:12", Slot{0, 0}, Slot{1, 0})
			r.println(IsNoMessage(rec[0]), " ", rec[1])
			w.End(s, 2, nil, nil)
			return nil
		},
		want: []string{`true error("w2 failed")`},
	},
	{
		name: "multiple receive or fail: the failure is the result",
		body: func(s *Strand, r *recorder) any {
			w := NewWorkers(s, []string{"w1", "w2", "function"}, []ChannelSpec{{From: 0, To: 2, Slots: 1}, {From: 1, To: 2, Slots: 1}})
			w.Start(s, 0, false, func(s *Strand) any { w.Send(0, 0, int64(1)); return nil })
			w.Start(s, 1, false, func(s *Strand) any { return NewError("w2 failed", nil, nil) })
			out, err := w.ReceiveAllOrFail(s, "mr.bal:12", Slot{0, 0}, Slot{1, 0})
			r.println(out == nil, " ", err)
			w.End(s, 2, nil, nil)
			return nil
		},
		want: []string{`true error("w2 failed")`},
	},
	{
		name: "multiple receive panics when a sender panicked",
		body: func(s *Strand, r *recorder) any {
			w := NewWorkers(s, []string{"w1", "w2", "function"}, []ChannelSpec{{From: 0, To: 2, Slots: 1}, {From: 1, To: 2, Slots: 1}})
			w.Start(s, 0, false, func(s *Strand) any { w.Send(0, 0, int64(1)); return nil })
			w.Start(s, 1, false, func(s *Strand) any { Panic(NewError("w2 panicked", nil, nil)); return nil })
			r.println(trapped(func() { w.ReceiveAll(s, "mr.bal:12", Slot{0, 0}, Slot{1, 0}) }))
			return nil
		},
		want: []string{`error("w2 panicked")`},
	},
	{
		// BBE alternate-receive: the first message that is not an error wins.
		name: "alternate receive takes the first non-error message",
		body: func(s *Strand, r *recorder) any {
			w := NewWorkers(s, []string{"w1", "w2", "function"}, []ChannelSpec{{From: 0, To: 2, Slots: 1}, {From: 1, To: 2, Slots: 1}})
			w.Start(s, 0, false, func(s *Strand) any {
				Sleep(s, 0.02)
				w.Send(0, 0, "w1")
				return nil
			})
			w.Start(s, 1, false, func(s *Strand) any { w.Send(1, 0, NewError("w2 error", nil, nil)); return nil })
			r.println(w.ReceiveAny(s, "ar.bal:14", Slot{0, 0}, Slot{1, 0}))
			w.End(s, 2, nil, nil)
			return nil
		},
		want: []string{"w1"},
	},
	{
		name: "alternate receive drops the other message",
		body: func(s *Strand, r *recorder) any {
			w := NewWorkers(s, []string{"w1", "w2", "function"}, []ChannelSpec{{From: 0, To: 2, Slots: 1}, {From: 1, To: 2, Slots: 1}})
			w.Start(s, 0, false, func(s *Strand) any {
				Sleep(s, 0.01)
				w.Send(0, 0, "w1")
				return nil
			})
			w.Start(s, 1, false, func(s *Strand) any { w.Send(1, 0, "w2"); return nil })
			r.println(w.ReceiveAny(s, "ar.bal:14", Slot{0, 0}, Slot{1, 0}))
			r.println(w.Future(0).Wait(s, "ar.bal:15"), "w1 ended") // w1's late message is dropped: it can end
			return nil
		},
		want: []string{"w2", "w1 ended"},
	},
	{
		name: "alternate receive: every sender fails or skips",
		body: func(s *Strand, r *recorder) any {
			w := NewWorkers(s, []string{"w1", "function"}, []ChannelSpec{{From: 0, To: 1, Slots: 2}})
			w.Start(s, 0, false, func(s *Strand) any { w.Skip(0, 0); return NewError("Error in worker 1", nil, nil) })
			r.println(w.ReceiveAny(s, "ar.bal:9", Slot{0, 0}, Slot{0, 1}))
			w2 := NewWorkers(s, []string{"w1", "function"}, []ChannelSpec{{From: 0, To: 1, Slots: 2}})
			w2.Start(s, 0, false, func(s *Strand) any { w2.Skip(0, 0); w2.Skip(0, 1); return NewError("Error in worker 1", nil, nil) })
			e := w2.ReceiveAny(s, "ar.bal:12", Slot{0, 0}, Slot{0, 1}).(*Error)
			r.println(IsNoMessage(e), " ", e.Detail())
			return nil
		},
		want: []string{`error("Error in worker 1")`, `true {"message":"no worker message received for channel 'w1->function'"}`},
	},
	{
		name: "alternate receive panics when a sender panicked",
		body: func(s *Strand, r *recorder) any {
			w := NewWorkers(s, []string{"w1", "w2", "function"}, []ChannelSpec{{From: 0, To: 2, Slots: 1}, {From: 1, To: 2, Slots: 1}})
			w.Start(s, 0, false, func(s *Strand) any { Sleep(s, 0.01); w.Send(0, 0, "w1"); return nil })
			w.Start(s, 1, false, func(s *Strand) any { Panic(NewError("w2 panicked", nil, nil)); return nil })
			r.println(trapped(func() { w.ReceiveAny(s, "ar.bal:14", Slot{0, 0}, Slot{1, 0}) }))
			return nil
		},
		want: []string{`error("w2 panicked")`},
	},
	{
		name: "flush all",
		body: func(s *Strand, r *recorder) any {
			w := NewWorkers(s, abFunction, []ChannelSpec{{From: pF, To: pA, Slots: 1}, {From: pF, To: pB, Slots: 1}})
			w.Start(s, pA, false, func(s *Strand) any { r.println("A got ", w.Receive(s, 0, 0, "fa.bal:3")); return nil })
			w.Start(s, pB, false, func(s *Strand) any { return NewError("B refuses", nil, nil) })
			w.Send(0, 0, int64(1))
			w.Send(1, 0, int64(2))
			r.println("flush: ", w.FlushAll(s, pF, "fa.bal:9"))
			w.End(s, pF, nil, nil)
			return nil
		},
		want: []string{"A got 1", `flush: error("B refuses")`},
	},
	{
		name: "a named worker ends only when its messages were taken",
		body: func(s *Strand, r *recorder) any {
			w := NewWorkers(s, abFunction, []ChannelSpec{{From: pA, To: pB, Slots: 1}})
			w.Start(s, pA, false, func(s *Strand) any { w.Send(0, 0, "x"); r.println("A returns"); return int64(7) })
			w.Start(s, pB, false, func(s *Strand) any {
				// long enough for A to have run first even on a loaded machine
				// (10 ms was not, once, under -race with the fuzzers running)
				Sleep(s, 0.05)
				r.println("A done before B receives: ", w.Future(pA).IsDone())
				r.println("B got ", w.Receive(s, 0, 0, "e.bal:9"))
				r.println("A done after: ", w.Future(pA).IsDone())
				return nil
			})
			f := w.Future(pA)
			r.println("wait A: ", f.Wait(s, "e.bal:14"))
			w.End(s, pF, nil, nil)
			return nil
		},
		want: []string{"A returns", "A done before B receives: false", "B got x", "A done after: true", "wait A: 7"},
	},
	{
		name: "a sender whose receiver panicked with its message unread ends abnormally",
		body: func(s *Strand, r *recorder) any {
			w := NewWorkers(s, abFunction, []ChannelSpec{{From: pA, To: pB, Slots: 1}})
			w.Start(s, pA, false, func(s *Strand) any { w.Send(0, 0, "x"); return nil })
			w.Start(s, pB, false, func(s *Strand) any {
				Sleep(s, 0.01)
				Panic(NewError("B gave up", nil, nil))
				return nil
			})
			r.println(trapped(func() { w.Future(pA).Wait(s, "e.bal:10") }))
			w.End(s, pF, nil, nil)
			return nil
		},
		want: []string{`error("B gave up")`},
	},
	{
		name: "the function's end waits for its messages to be taken",
		body: func(s *Strand, r *recorder) any {
			fn := func(s *Strand) (result any) {
				w := NewWorkers(s, []string{"A", "function"}, []ChannelSpec{{From: 1, To: 0, Slots: 1}})
				defer func() { w.End(s, 1, result, recover()) }()
				w.Start(s, 0, false, func(s *Strand) any {
					Sleep(s, 0.01)
					r.println("A got ", w.Receive(s, 0, 0, "fe.bal:5"))
					return nil
				})
				w.Send(0, 0, int64(5))
				r.println("function returns")
				return int64(1)
			}
			r.println("call gives ", fn(s))
			return nil
		},
		want: []string{"function returns", "A got 5", "call gives 1"},
	},
	{
		name: "a panic of the function's default worker reaches its peers",
		body: func(s *Strand, r *recorder) any {
			var w *Workers
			fn := func(s *Strand) (result any) {
				w = NewWorkers(s, []string{"A", "function"}, []ChannelSpec{{From: 1, To: 0, Slots: 1}})
				defer func() { w.End(s, 1, result, recover()) }()
				w.Start(s, 0, false, func(s *Strand) any {
					r.println("A: ", trapped(func() { w.Receive(s, 0, 0, "fp.bal:5") }))
					return nil
				})
				Panic(NewError("function failed", nil, nil))
				return nil
			}
			r.println("call: ", trapped(func() { fn(s) }))
			w.Future(0).Wait(s, "fp.bal:12")
			return nil
		},
		want: []string{`call: error("function failed")`, `A: error("function failed")`},
	},
	{
		// A fork: the peers are the fork's workers only.
		name: "fork workers",
		body: func(s *Strand, r *recorder) any {
			w := NewWorkers(s, []string{"A", "B"}, []ChannelSpec{{From: 0, To: 1, Slots: 1}})
			w.Start(s, 0, false, func(s *Strand) any { w.Send(0, 0, int64(2)); return int64(1) })
			w.Start(s, 1, false, func(s *Strand) any { return w.Receive(s, 0, 0, "fk.bal:4").(int64) * 10 })
			res := WaitAll(s, "fk.bal:6", w.Future(0), w.Future(1))
			r.println(res[0], " ", res[1])
			return nil
		},
		want: []string{"1 20"},
	},
}

func TestWorkerScenarios(t *testing.T) {
	for _, sc := range workerScenarios {
		t.Run(sc.name, func(t *testing.T) {
			var r recorder
			o := runProg(t, func(s *Strand) any { return sc.body(s, &r) })
			require.Nil(t, o.Panic, "panic")
			require.Empty(t, o.Deadlock)
			assert.Equal(t, sc.want, r.get())
		})
	}
}

// With no parallel strands and no timing, every run prints the same thing.
func TestWorkerScenariosAreDeterministic(t *testing.T) {
	for _, sc := range workerScenarios {
		var first []string
		for i := 0; i < 20; i++ {
			var r recorder
			Run(func(s *Strand) any { return sc.body(s, &r) })
			if i == 0 {
				first = r.get()
				continue
			}
			require.Equal(t, first, r.get(), "%s: run %d", sc.name, i)
		}
	}
}

func TestIsNoMessage(t *testing.T) {
	assert.True(t, IsNoMessage(noMessageError("x")))
	assert.False(t, IsNoMessage(NewError("NoMessage", nil, nil)))
	assert.False(t, IsNoMessage(int64(1)))
	assert.False(t, IsNoMessage(nil))
	assert.Equal(t, "NoMessage", noMessageError("x").TypeName())
}

// A worker whose receiver panicked ends abnormally because of its unread messages,
// unless a flush already reported the panic (golden concurrency/flush_trap).
func TestEndAfterTrappedFlush(t *testing.T) {
	for _, flush := range []bool{true, false} {
		var r recorder
		o := runProg(t, func(s *Strand) any {
			w := NewWorkers(s, abFunction, []ChannelSpec{{From: pA, To: pB, Slots: 2}})
			w.Start(s, pA, false, func(s *Strand) any {
				w.Send(0, 0, int64(10))
				w.Send(0, 1, "Hello")
				if flush {
					r.println(TrapNil(nil, func() { w.Flush(s, 0, "ft.bal:7") }))
				}
				return nil
			})
			w.Start(s, pB, false, func(s *Strand) any {
				w.Receive(s, 0, 0, "ft.bal:11")
				Panic(NewError("Error in worker B", nil, nil))
				return nil
			})
			r.println("wait A: ", TrapNil(nil, func() { w.Future(pA).Wait(s, "ft.bal:19") }))
			w.End(s, pF, nil, nil)
			return nil
		})
		require.Nil(t, o.Panic)
		if flush {
			assert.Equal(t, []string{`error("Error in worker B")`, "wait A: "}, r.get())
		} else {
			assert.Equal(t, []string{`wait A: error("Error in worker B")`}, r.get())
		}
	}
}
