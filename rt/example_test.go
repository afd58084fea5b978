package rt_test

import (
	"fmt"

	"github.com/bal2go/bal2go/rt"
)

// start + wait, as generated for:
//
//	function add(int a, int b) returns int => a + b;
//
//	public function main() {
//	    future<int> f = start add(3, 4);
//	    int|error r = wait f;
//	    io:println(r);
//	}
//
// A generated program calls rt.Main instead of rt.Run.
func ExampleStrand_Start() {
	rt.Run(func(s *rt.Strand) any {
		f := s.Start("add", false, func(s *rt.Strand) any { return int64(3 + 4) })
		fmt.Println("started")
		fmt.Println(rt.ToString(f.Wait(s, "prog.bal:5")))
		fmt.Println(rt.ToString(f.Wait(s, "prog.bal:6"))) // only one wait on a future succeeds
		return nil
	})
	// Output:
	// started
	// 7
	// error("multiple waits on the same future is not allowed")
}

// Two named workers exchanging messages, as generated for:
//
//	public function main() {
//	    worker A {
//	        10 -> B;
//	        string reply = <- B;
//	        io:println("A got ", reply);
//	    }
//	    worker B {
//	        int n = <- A;
//	        io:println("B got ", n);
//	        "thanks" -> A;
//	    }
//	    io:println("function");
//	}
//
// The function's statements run first, then worker B (declared last), then A.
func ExampleWorkers() {
	rt.Run(func(s *rt.Strand) any {
		const a, b, function = 0, 1, 2
		const aToB, bToA = 0, 1
		w := rt.NewWorkers(s, []string{"A", "B", "function"}, []rt.ChannelSpec{
			aToB: {From: a, To: b, Slots: 1},
			bToA: {From: b, To: a, Slots: 1},
		})
		w.Start(s, a, false, func(s *rt.Strand) any {
			w.Send(aToB, 0, int64(10))
			reply := w.Receive(s, bToA, 0, "prog.bal:4")
			fmt.Println("A got", reply)
			return nil
		})
		w.Start(s, b, false, func(s *rt.Strand) any {
			n := w.Receive(s, aToB, 0, "prog.bal:8")
			fmt.Println("B got", n)
			w.Send(bToA, 0, "thanks")
			return nil
		})
		fmt.Println("function")
		w.End(s, function, nil, nil)
		return nil
	})
	// Output:
	// function
	// B got 10
	// A got thanks
}

// A lock statement protecting a counter shared by strands, as generated for:
//
//	int count = 0;
//
//	function inc() {
//	    foreach int i in 0 ..< 3 {
//	        lock { count += 1; }
//	        runtime:sleep(0);
//	    }
//	}
//
//	public function main() {
//	    future<()> f1 = start inc();
//	    future<()> f2 = start inc();
//	    _ = wait {f1, f2};
//	    lock { io:println(count); }
//	}
func ExampleLock() {
	count := 0
	inc := func(s *rt.Strand) any {
		for i := 0; i < 3; i++ {
			rt.Lock(s, "prog.bal:5")
			count++
			rt.Unlock(s)
			rt.Sleep(s, 0)
		}
		return nil
	}
	rt.Run(func(s *rt.Strand) any {
		f1 := s.Start("inc", true, inc) // @strand{thread: "any"}: a parallel group
		f2 := s.Start("inc", true, inc)
		rt.WaitAll(s, "prog.bal:13", f1, f2)
		rt.Lock(s, "prog.bal:14")
		fmt.Println(count)
		rt.Unlock(s)
		return nil
	})
	// Output:
	// 6
}

// A leaf lock statement, one that uses the state of a single isolated variable or
// object and nothing else another strand could use, takes that state's Key: leaves on
// different keys run at once, while the program-wide lock (Lock) excludes them all.
//
//	isolated int a = 0;
//	isolated int b = 0;
//
//	isolated function incA() { lock { a += 1; } }
//	isolated function incB() { lock { b += 1; } }
func ExampleLockOn() {
	var keyA, keyB rt.Key // generated: var locks_ struct { a, b rt.Key }
	a, b := 0, 0
	rt.Run(func(s *rt.Strand) any {
		fa := s.Start("incA", true, func(s *rt.Strand) any {
			for i := 0; i < 1000; i++ {
				rt.LockOn(s, &keyA, "prog.bal:4")
				a++
				rt.Unlock(s)
			}
			return nil
		})
		fb := s.Start("incB", true, func(s *rt.Strand) any {
			for i := 0; i < 1000; i++ {
				rt.LockOn(s, &keyB, "prog.bal:5")
				b++
				rt.Unlock(s)
			}
			return nil
		})
		rt.WaitAll(s, "prog.bal:9", fa, fb)
		fmt.Println(a, b) // both strands have ended
		return nil
	})
	// Output:
	// 1000 1000
}
