package check_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/bal2go/bal2go/check"
	"github.com/bal2go/bal2go/frontend"
	"github.com/stretchr/testify/require"
)

// TestLockKeys pins which lock statements are leaves keyed by the state they protect
// (check/lockkey.go) and which take the program-wide lock: each lock statement of the
// source ends its line with a comment naming its key, or "none".
func TestLockKeys(t *testing.T) {
	src := `
import ballerina/io;
import ballerina/lang.runtime;

isolated int counter = 0;
isolated int[] items = [];
isolated int other = 0;
int inferred = 0;
int plain = 0;
public int published = 0;
final int[] & readonly frozen = [1];
final int[] mutableFinal = [];

type Rec record {| int a = 1; |};
type CallsTwice record {| int a = twice(1); |};

isolated class Box {
    private int n = 0;
    private int[] log = [];
    final string name = "box";

    isolated function add(int k) {
        lock { self.n += k; } // self
    }
    isolated function get() returns int {
        lock { return self.n; } // self
    }
    isolated function logs(int k) {
        lock { self.log.push(k); } // self
    }
    isolated function prints(int k) {
        lock { self.log.push(k); io:println(self.name, k); } // none
    }
    isolated function copyFrom(Box b) {
        lock { self.n = b.name.length(); } // self
    }
    isolated function readsOther(Box b) {
        lock { self.n = b.n; } // none
    }
    isolated function helper() returns int => 1;
    isolated function callsMethod() {
        lock { self.n = self.helper(); } // none
    }
    isolated function nested() {
        lock { lock { self.n += 1; } } // none
    }
}

class Plain {
    int n = 0;
    function bump() {
        lock { self.n += 1; counter += 1; } // none
    }
}

isolated function twice(int x) returns int => x * 2;

function f(int k, int[] xs, string s, readonly & int[] ro) returns int {
    lock { counter += k; } // counter
    lock { counter += s.length() + ro[0] + frozen[0]; } // counter
    lock { items.push(k); } // items
    lock { int[] local = [k]; items.push(...local); } // items
    lock { counter += twice(k); } // none
    lock { counter += xs[0]; } // none
    lock { counter += mutableFinal.length(); } // none
    lock { counter += plain; } // none
    lock { plain += 1; } // none
    lock { inferred += 1; } // inferred
    lock { published += 1; } // none
    lock { runtime:sleep(0); counter += 1; } // counter
    lock { items.push(items.map(x => x + 1).length()); } // none
    lock { Rec r = {}; counter += r.a; } // counter
    lock { CallsTwice r = {}; counter += r.a; } // none
    lock { Box b = new; counter += b.get(); } // none
    lock { other += 1; } // other
    return k;
}

function g() {
    int local = 0;
    worker w {
        lock { counter += local; } // none
    }
    final int fixed = 1;
    worker v {
        lock { counter += fixed; } // counter
    }
}
`
	file, diags := frontend.Parse(&frontend.Source{Name: "keys.bal", Text: []byte(src)})
	require.Empty(t, diags)
	prog, diags := check.Check(file)
	for _, d := range diags {
		require.NotEqual(t, frontend.SevError, d.Severity, "%s: %s", d.Pos, d.Message)
	}
	want := map[int]string{}
	marker := regexp.MustCompile(`\block \{.*// (\w+)$`)
	for i, line := range strings.Split(src, "\n") {
		if m := marker.FindStringSubmatch(line); m != nil {
			want[i+1] = m[1]
		}
	}
	got := map[int]string{}
	frontend.Inspect(file, func(n frontend.Node) bool {
		if l, ok := n.(*frontend.LockStmt); ok && want[l.Pos().Line] != "" && got[l.Pos().Line] == "" {
			got[l.Pos().Line] = "none"
			if key := prog.LockKeys[l]; key != nil {
				got[l.Pos().Line] = key.Name
			}
		}
		return true
	})
	require.Equal(t, want, got)
}
