package check_test

import (
	"strings"
	"testing"

	"github.com/bal2go/bal2go/check"
	"github.com/bal2go/bal2go/frontend"
	"github.com/stretchr/testify/require"
)

// TestIsolationInference pins which functions are isolated (Function.Isolated,
// which the code generator reads): declared ones, and those inferred as jBallerina
// infers them (check/objects_study.md 3.3): a function that is not public and
// keeps the rules of an isolated function, counting the functions it calls and
// the module variables it uses (isolated if used only in locks that keep the
// rules of locks on isolated variables) as isolated until disproved.
func TestIsolationInference(t *testing.T) {
	src := `
int counter = 0;
int[] items = [];
int[] leaked = [];
int[] exposed = [];
public int published = 0;
final int[] & readonly frozen = [1];

function leaf(int x) returns int => x + 1;
function rec(int n) returns int => n == 0 ? 0 : rec(n - 1) + leaf(n);
function ping(int n) returns int => n == 0 ? 0 : pong(n - 1);
function pong(int n) returns int => n == 0 ? counter2 : ping(n - 1);
function evenOdd(int n) returns boolean => n == 0 || oddEven(n - 1);
function oddEven(int n) returns boolean => n != 0 && evenOdd(n - 1);
public function publicLeaf(int x) returns int => x;
function callsPublic() returns int => publicLeaf(1);
isolated function declared() returns int => frozen[0];
function readsFrozen() returns int => frozen[0];
function increment() { lock { counter += 1; } }
function push(int x) { lock { items.push(x); } }
function readsOutside() returns int => exposed.length();
function pushExposed(int x) { lock { exposed.push(x); } }
function returnsLeaked() returns int[] { lock { return leaked; } }
function pushLeaked(int x) { lock { leaked.push(x); } }
function usesPublished() { lock { published += 1; } }
function callsValue(function () returns int f) returns int => f();
function callsIsolatedValue(isolated function () returns int f) returns int => f();
function sum(int[] xs) returns int => xs.length();
function startsMutable(int[] xs) returns future<int> { return start sum(xs); }
function startsClone(int[] xs) returns future<int> { return start sum(xs.clone()); }
function startsStrand() returns future<int> { return @strand {thread: "any"} start leaf(1); }
function mapsArrow(int[] xs) returns int[] => xs.map(x => leaf(x));
function mapsMutable(int[] xs) returns int[] => xs.map(x => x + counter2);
int counter2 = 0;
function counter2Outside() returns int => counter2;
isolated function withWorker() {
    worker w {
        int v = declared();
        _ = v;
    }
}
function plainWithWorker() {
    worker w2 {
        _ = counter2;
    }
}
`
	file, diags := frontend.Parse(&frontend.Source{Name: "inference.bal", Text: []byte(src)})
	require.Empty(t, diags)
	prog, diags := check.Check(file)
	require.Len(t, diags, 1) // the @strand of startsStrand
	require.Equal(t, "the 'strand' annotation will be deprecated", diags[0].Message)
	isolated := map[string]bool{}
	for n, fn := range prog.Funcs {
		switch n.(type) {
		case *frontend.FuncDecl, *frontend.WorkerDecl:
			isolated[fn.Name] = fn.Isolated
		}
	}
	for name, want := range map[string]bool{
		"leaf": true, "rec": true,
		"ping": false, "pong": false, // pong reads a variable used outside locks
		"evenOdd": true, "oddEven": true,
		"publicLeaf": false, "callsPublic": false,
		"declared": true, "readsFrozen": true,
		"increment": true, "push": true, // counter and items are used only in locks
		"readsOutside": false, "pushExposed": false,
		"returnsLeaked": false, "pushLeaked": false, // a lock moves leaked out
		"usesPublished": false, // a public variable is never inferred isolated
		"callsValue":    false, "callsIsolatedValue": true,
		"startsMutable": false, "startsClone": true, "startsStrand": false,
		"mapsArrow": true, "mapsMutable": false, "counter2Outside": false,
		"withWorker": true, "w": true, "plainWithWorker": false, "w2": false,
	} {
		got, ok := isolated[name]
		require.True(t, ok, name)
		require.Equal(t, want, got, "%s isolated", name)
	}
	// The type of an inferred function has the bit; a declared one's had it.
	for n, fn := range prog.Funcs {
		if d, ok := n.(*frontend.FuncDecl); ok && (d.Name == "leaf" || d.Name == "declared") {
			require.True(t, fn.Type.Isolated, d.Name)
			require.True(t, strings.HasPrefix(fn.Type.String(), "isolated function ("), fn.Type.String())
		}
	}
}
