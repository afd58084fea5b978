package check_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/bal2go/bal2go/check"
	"github.com/bal2go/bal2go/frontend"
	"github.com/stretchr/testify/require"
)

// checkSource parses and checks src, failing the test on syntax errors.
func checkSource(t testing.TB, src string) []frontend.Diagnostic {
	t.Helper()
	file, diags := frontend.Parse(&frontend.Source{Name: "input.bal", Text: []byte(src)})
	require.False(t, frontend.HasErrors(diags), "syntax errors: %v", diags)
	_, diags = check.Check(file)
	return diags
}

// render prints diagnostics as LINE:COL: MESSAGE, each followed by its
// notes as "  note LINE:COL: MESSAGE".
func render(ds []frontend.Diagnostic) string {
	var b strings.Builder
	for _, d := range ds {
		fmt.Fprintf(&b, "%d:%d: %s\n", d.Pos.Line, d.Pos.Col, d.Message)
		for _, n := range d.Notes {
			fmt.Fprintf(&b, "  note %d:%d: %s\n", n.Pos.Line, n.Pos.Col, n.Message)
		}
	}
	return b.String()
}

const stuck = "worker send/receive interactions are invalid; worker(s) cannot move onwards from the state: "

// TestInteractions runs the worker-interaction analysis on small functions:
// the deadlock state strings and notes, the rule about waits, and the
// types of receives and sync sends. The first cases are the examples of
// REFERENCE-NOTES.md §3.3 (jBallerina's wait-deadlock-negative.bal and the
// crossed sends of its commented-out test).
func TestInteractions(t *testing.T) {
	for _, tc := range []struct {
		name string
		src  string
		want string
	}{
		{"wait cycle of two", `
function f() {
    worker w {
        wait v;
    }
    worker v {
        wait w;
    }
}
`, `3:14: ` + stuck + `'[wait v, wait w, FINISHED]'
  note 4:9: worker 'w' cannot move onwards from 'wait v'
  note 7:9: worker 'v' cannot move onwards from 'wait w'
`},
		{"wait cycle of three", `
function f() {
    worker w {
        wait v;
    }
    worker x {
        wait w;
    }
    worker v {
        wait x;
    }
}
`, `3:14: ` + stuck + `'[wait v, wait w, wait x, FINISHED]'
  note 4:9: worker 'w' cannot move onwards from 'wait v'
  note 7:9: worker 'x' cannot move onwards from 'wait w'
  note 10:9: worker 'v' cannot move onwards from 'wait x'
`},
		{"wait and receive", `
function f() {
    worker w {
        int j = 0;
        wait w2;
        j -> w1;
    }
    worker w1 {
        int _ = <- w;
    }
    worker w2 {
        wait w1;
    }
}
`, `3:14: ` + stuck + `'[wait w2,  <- w, wait w1, FINISHED]'
  note 5:9: worker 'w' cannot move onwards from 'wait w2'
  note 9:17: worker 'w1' cannot move onwards from '<- w'
  note 12:9: worker 'w2' cannot move onwards from 'wait w1'
`},
		{"wait cycle in a fork", `
function f() {
    fork {
        worker w {
            wait v;
        }
        worker x {
            wait w;
        }
        worker v {
            wait x;
        }
    }
}
`, `4:18: ` + stuck + `'[wait v, wait w, wait x, FINISHED]'
  note 5:13: worker 'w' cannot move onwards from 'wait v'
  note 8:13: worker 'x' cannot move onwards from 'wait w'
  note 11:13: worker 'v' cannot move onwards from 'wait x'
`},
		{"fork within a worker", `
function f() {
    worker wi {
        fork {
            worker wi {
                wait vi;
            }
            worker xi {
                wait wi;
            }
            worker vi {
                wait xi;
            }
        }
    }
}
`, `5:23: ` + stuck + `'[wait vi, wait wi, wait xi, FINISHED, FINISHED]'
  note 6:17: worker 'wi' cannot move onwards from 'wait vi'
  note 9:17: worker 'xi' cannot move onwards from 'wait wi'
  note 12:17: worker 'vi' cannot move onwards from 'wait xi'
`},
		{"single unfinished worker: unmatched pairs are reported instead", `
function f() {
    worker w1 {
        11 -> w3;
        string fromw3 = <- w3;
    }
    worker w3 {
        "tow1-1" -> w2;
        int m4 = <- w2;
    }
    worker w2 {
        string m2 = <- w3;
        24 -> w3;
    }
    _ = wait {w1, w2, w3};
}
`, `4:9: invalid worker send, no matching worker receive
5:25: invalid worker receive, no matching worker send
`},
		{"order: fork workers where their fork ends, then named workers, default last", `
function f() {
    fork {
        worker a {
            wait b;
        }
        worker b {
            wait a;
        }
    }
    worker A {
        wait B;
    }
    worker B {
        wait A;
    }
}
`, `4:18: ` + stuck + `'[wait b, wait a, wait B, wait A, FINISHED]'
  note 5:13: worker 'a' cannot move onwards from 'wait b'
  note 8:13: worker 'b' cannot move onwards from 'wait a'
  note 12:9: worker 'A' cannot move onwards from 'wait B'
  note 15:9: worker 'B' cannot move onwards from 'wait A'
`},
		{"crossed sends", `
function f() {
    worker w1 {
        int a = 1;
        a -> w2;
        int _ = <- w2;
    }
    worker w2 {
        int b = 2;
        b -> w1;
        int _ = <- w1;
    }
}
`, `3:15: ` + stuck + `'[a -> w2, b -> w1, FINISHED]'
  note 5:9: worker 'w1' cannot move onwards from 'a -> w2'
  note 10:9: worker 'w2' cannot move onwards from 'b -> w1'
`},
		{"crossed sync sends render ->> and the value as written", `
function f() {
    worker w1 {
        error? v = (1 + 2) * 3 ->> w2;
        string _ = <- w2;
    }
    worker w2 {
        error? v = "b" ->> w1;
        int _ = <- w1;
    }
}
`, `3:15: ` + stuck + `'[(1 + 2) * 3 ->> w2, "b" ->> w1, FINISHED]'
  note 4:21: worker 'w1' cannot move onwards from '(1 + 2) * 3 ->> w2'
  note 8:20: worker 'w2' cannot move onwards from '"b" ->> w1'
`},
		{"default worker in the state, multiple wait rendering", `
function f() {
    worker a {
        int x = <- b;
        x -> b;
    }
    worker b {
        int y = <- a;
        y -> a;
    }
    _ = wait {a, q: b};
}
`, `3:14: ` + stuck + `'[ <- b,  <- a, wait {a,q:b}]'
  note 4:17: worker 'a' cannot move onwards from '<- b'
  note 8:17: worker 'b' cannot move onwards from '<- a'
  note 11:9: worker 'function' cannot move onwards from 'wait {a,q:b}'
`},
		{"a message after an alternate wait that names the worker", `
function f() {
    worker a returns int {
        return 1;
    }
    worker b returns int {
        int v = <- function;
        return v;
    }
    int r = wait a | b;
    r -> b;
}
`, `11:5: invalid worker message passing after waiting for the same worker
`},
		{"alternate wait blocked", `
function f() {
    worker a returns int {
        int v = <- c;
        return v;
    }
    worker b returns int {
        int v = <- c;
        return v;
    }
    worker c {
        int g = <- function;
        g -> a;
        g -> b;
    }
    int _ = wait a | b;
    1 -> c;
}
`, `3:26: ` + stuck + `'[ <- c,  <- c,  <- function, wait a|b]'
  note 4:17: worker 'a' cannot move onwards from '<- c'
  note 8:17: worker 'b' cannot move onwards from '<- c'
  note 12:17: worker 'c' cannot move onwards from '<- function'
  note 16:13: worker 'function' cannot move onwards from 'wait a|b'
`},
		{"a multiple receive holds up the sends it waits for", `
function f() {
    worker a {
        int g = <- function;
        1 -> function;
    }
    worker b {
        2 -> function;
    }
    worker c {
        "c" -> function;
    }
    map<int> m = <- {x: a, b};
    string s = <- c;
    0 -> a;
}
`, `3:14: ` + stuck + `'[ <- function, 2 -> function, "c" -> function,  <- { x:a, b }]'
  note 4:17: worker 'a' cannot move onwards from '<- function'
  note 8:9: worker 'b' cannot move onwards from '2 -> function'
  note 11:9: worker 'c' cannot move onwards from '"c" -> function'
  note 13:18: worker 'function' cannot move onwards from '<- { x:a, b }'
`},
		{"flush waits for the receiver", `
function f(boolean c) {
    worker A {
        if c {
            1 -> B;
        }
        error? v = flush B;
    }
    worker B {
        string _ = <- C;
        int|error:NoMessage v = <- A;
    }
    worker C {
        wait A;
        "s" -> B;
    }
}
`, `3:14: ` + stuck + `'[flush B,  <- C, wait A, FINISHED]'
  note 7:20: worker 'A' cannot move onwards from 'flush B'
  note 10:20: worker 'B' cannot move onwards from '<- C'
  note 14:9: worker 'C' cannot move onwards from 'wait A'
`},
		{"flush is fine once the receiver has finished", `
function f(boolean c) {
    worker A {
        if c {
            1 -> B;
        }
        wait B;
        error? v = flush B;
    }
    worker B {
        int|error:NoMessage v = <- A;
    }
}
`, ``},
		{"bare flush", `
function f() {
    worker A {
        1 -> B;
        2 -> C;
        error? v = flush;
        int _ = <- B;
    }
    worker B {
        int v = <- A;
        v -> A;
    }
    worker C {
        int _ = <- A;
    }
}
`, ``},
		{"a skipped send lets its receive advance", `
function f(boolean c) {
    worker A {
        if c {
            1 -> B;
        }
        int _ = <- B;
    }
    worker B {
        2 -> A;
        int|error:NoMessage v = <- A;
    }
}
`, ``},
		{"a conditional send is still needed before its receive", `
function f(boolean c) {
    worker A {
        int _ = <- B;
        if c {
            1 -> B;
        }
    }
    worker B {
        int|error:NoMessage v = <- A;
        2 -> A;
    }
}
`, `3:14: ` + stuck + `'[ <- B,  <- A, FINISHED]'
  note 4:17: worker 'A' cannot move onwards from '<- B'
  note 10:33: worker 'B' cannot move onwards from '<- A'
`},
		{"a conditional sync send waits for its receive", `
function f(boolean c) {
    worker A {
        if c {
            error? v = 1 ->> B;
        }
        "x" -> C;
    }
    worker B {
        string _ = <- C;
        int|error:NoMessage v = <- A;
    }
    worker C {
        string t = <- A;
        t -> B;
    }
}
`, `3:14: ` + stuck + `'[1 ->> B,  <- C,  <- A, FINISHED]'
  note 5:24: worker 'A' cannot move onwards from '1 ->> B'
  note 10:20: worker 'B' cannot move onwards from '<- C'
  note 14:20: worker 'C' cannot move onwards from '<- A'
`},
		{"conditional sync sends taken by an alternate receive", `
function f(boolean c) {
    worker A {
        if c {
            error? v = 1 ->> B;
        } else {
            error? v = 2 ->> B;
        }
    }
    worker B {
        int|error:NoMessage v = <- A | A;
    }
}
`, ``},
		{"alternate receive pre-consumes the other slot", `
function f() {
    worker fast {
        "fast" -> function;
    }
    worker slow {
        int _ = <- function;
        "slow" -> function;
    }
    string _ = <- fast | slow;
    1 -> slow;
}
`, ``},
		{"cross-set wait cycle through a fork in a worker", `
function f() {
    worker A {
        wait B;
    }
    worker B {
        fork {
            worker x {
                wait A;
            }
        }
        wait x;
    }
}
`, `3:14: ` + stuck + `'[wait B, wait A, wait x, FINISHED]'
  note 4:9: worker 'A' cannot move onwards from 'wait B'
  note 9:17: worker 'x' cannot move onwards from 'wait A'
  note 12:9: worker 'B' cannot move onwards from 'wait x'
`},
		{"no simulation when the pairing is wrong", `
function f() {
    worker w1 {
        20 -> w2;
        int _ = <- w2;
    }
    worker w2 {
        int _ = <- w1;
    }
}
`, `5:17: invalid worker receive, no matching worker send
`},
		{"anonymous functions are analysed on their own", `
function f() {
    worker a {
        int _ = <- function;
    }
    var g = function() {
        worker p {
            wait q;
        }
        worker q {
            wait p;
        }
    };
    1 -> a;
}
`, `7:18: ` + stuck + `'[wait q, wait p, FINISHED]'
  note 8:13: worker 'p' cannot move onwards from 'wait q'
  note 11:13: worker 'q' cannot move onwards from 'wait p'
`},
		// receive and sync-send types
		{"receive types per slot (send-receive-failure-type.bal)", `
function f(boolean b, boolean c) {
    worker w1 returns boolean|error {
        int i = 2;
        i -> w2;
        if 0 > 1 {
            return true;
        }
        i -> w2;
        if b {
            return error("A");
        }
        44 -> w2;
        "xxx" -> w2;
        return true;
    }
    worker w2 {
        int _ = <- w1;
        int _ = <- w1;
        int|error v = <- w1;
        int _ = <- w1;
    }
}
`, `19:17: incompatible types: expected 'int', found '(int|error:NoMessage)'
21:17: incompatible types: expected 'int', found '(string|error)'
`},
		{"errors after the send do not reach the receive", `
function f() returns error? {
    worker w returns error? {
        1 -> function;
        int _ = check int:fromString("x");
    }
    int _ = <- w;
}
`, ``},
		{"check inside do/on fail does not end the worker", `
function f() {
    worker w {
        do {
            int _ = check int:fromString("x");
        } on fail {
        }
        1 -> function;
    }
    int _ = <- w;
}
`, ``},
		{"a send after a check caught by on fail may be skipped", `
function f() {
    worker w {
        do {
            int v = check int:fromString("x");
            v -> function;
        } on fail {
        }
    }
    int _ = <- w;
}
`, `10:13: incompatible types: expected 'int', found '(int|error:NoMessage)'
`},
		{"alternate receive: NoMessage only when every send may be skipped", `
function f(boolean c) {
    worker a {
        if c {
            1 -> function;
        }
    }
    worker b {
        2 -> function;
    }
    worker x {
        if c {
            3 -> function;
        } else {
            4 -> function;
        }
    }
    int _ = <- a | b;
    int _ = <- x | x;
}
`, `19:13: incompatible types: expected 'int', found '(int|error:NoMessage)'
`},
		{"multiple receive with a conditional send", `
type Pair record {| int a; int b; |};

function f(boolean c) {
    worker w1 {
        if c {
            1 -> function;
        }
    }
    worker w2 {
        2 -> function;
    }
    Pair|error:NoMessage v = <- {a: w1, b: w2};
}
`, ``},
		{"multiple receive used with check", `
type Pair record {| int a; int b; |};

function f() returns error? {
    worker w1 returns error? {
        int v = check int:fromString("1");
        v -> function;
    }
    worker w2 {
        2 -> function;
    }
    Pair _ = check <- {a: w1, b: w2};
}
`, ``},
		{"sync send types", `
function f() {
    worker w1 returns error? {
        int _ = <- w2;
        int _ = check int:fromString("x");
        int _ = <- w2;
    }
    worker w2 {
        () _ = 1 ->> w1;
        () _ = 2 ->> w1;
    }
}
`, `10:16: incompatible types: expected '()', found 'error?'
`},
		{"sync send statement", `
function f() {
    worker w1 returns error? {
        int _ = <- w2;
        if 1 > 2 {
            return error("e");
        }
        int _ = <- w2;
    }
    worker w2 {
        1 ->> w1;
        2 ->> w1;
    }
}
`, `12:9: variable assignment is required
`},
		{"var takes the receiver's failure type", `
function f() {
    worker w1 returns error? {
        int _ = <- w2;
    }
    worker w2 {
        var r = 1 ->> w1;
        error? v = r;
    }
}
`, ``},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.Equal(t, tc.want, render(checkSource(t, tc.src)))
		})
	}
}

// TestInteractionsNeverPanic runs the analysis on broken and odd inputs.
func TestInteractionsNeverPanic(t *testing.T) {
	for _, src := range []string{
		"function f() { worker a { wait a; wait a; } }",
		"function f() { worker a { 1 -> b; } worker a { int _ = <- a; } }",
		"function f() { fork { worker a { 1 -> a; } } wait a; }",
		"function f() { worker a { flush; flush a; flush function; } }",
		"function f() { worker a { int x = <- function | function; } 1 -> a; }",
		"function f() { worker a { var x = <- {a: function, b: function}; } 1 -> a; 2 -> a; }",
		"function f() { worker a returns int { return <- b; } worker b { _ = wait {a, a}; } }",
		"function f() { var g = function() { 1 -> a; }; worker a { } }",
		"function f() { worker a { if true { worker b { } } } }",
	} {
		file, diags := frontend.Parse(&frontend.Source{Name: "x.bal", Text: []byte(src)})
		if frontend.HasErrors(diags) {
			continue
		}
		require.NotPanics(t, func() { check.Check(file) }, src)
	}
}

// ringSource is a function with n workers passing a token around a ring.
func ringSource(n int) string {
	var b strings.Builder
	b.WriteString("function ring() {\n")
	for i := 0; i < n; i++ {
		next, prev := (i+1)%n, (i+n-1)%n
		fmt.Fprintf(&b, "    worker w%d {\n", i)
		if i == 0 {
			fmt.Fprintf(&b, "        0 -> w%d;\n        int t = <- w%d;\n", next, prev)
		} else {
			fmt.Fprintf(&b, "        int t = <- w%d;\n        t + 1 -> w%d;\n", prev, next)
		}
		b.WriteString("    }\n")
	}
	b.WriteString("}\n")
	return b.String()
}

func TestWorkerRing(t *testing.T) {
	require.Empty(t, render(checkSource(t, ringSource(50))))
	// Reversing one worker's order makes the ring deadlock.
	src := strings.Replace(ringSource(4), "0 -> w1;\n        int t = <- w3;", "int t = <- w3;\n        0 -> w1;", 1)
	require.Contains(t, render(checkSource(t, src)), "'[ <- w3,  <- w0,  <- w1,  <- w2, FINISHED]'")
}

// BenchmarkWorkerRing: Parse + Check of a function with 1,000 workers
// passing a message around a ring.
func BenchmarkWorkerRing(b *testing.B) {
	src := []byte(ringSource(1000))
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		file, diags := frontend.Parse(&frontend.Source{Name: "ring.bal", Text: src})
		if frontend.HasErrors(diags) {
			b.Fatal(diags)
		}
		if _, diags := check.Check(file); len(diags) != 0 {
			b.Fatal(diags)
		}
	}
}
