package check_test

import (
	"testing"

	"github.com/bal2go/bal2go/check"
	"github.com/bal2go/bal2go/frontend"
	"github.com/stretchr/testify/require"
)

// TestServiceConcurrency pins Service.Isolated and Resource.Concurrent, which the code
// generator reads: a resource is concurrent when its service and itself are isolated,
// declared or inferred. A service is inferred isolated unless a resource does something
// no inference makes isolated; a start with a mutable argument makes only its resource
// not isolated (jBallerina counts it against the function, not its object). Every other
// resource gets a hint, and only a hint.
func TestServiceConcurrency(t *testing.T) {
	src := `
import ballerina/http;

int hits = 0;
public int total = 0;

function sum(int[] xs) returns int => xs.length();

service /a on new http:Listener(1) {
    resource function get hello() returns string {
        return "hello";
    }

    resource function get hit() returns int {
        lock {
            hits += 1;
            return hits;
        }
    }

    resource function get starts(int n) returns int {
        int[] xs = [n];
        future<int> _ = start sum(xs);
        return n;
    }
}

service /b on new http:Listener(2) {
    isolated resource function get hello() returns string {
        return "hello";
    }

    resource function get total() returns int {
        return total;
    }
}

isolated service /c on new http:Listener(3) {
    resource function get hello() returns string {
        return "hello";
    }

    resource function get total() returns int {
        return total;
    }
}
`
	file, diags := frontend.Parse(&frontend.Source{Name: "services.bal", Text: []byte(src)})
	require.Empty(t, diags)
	prog, diags := check.Check(file)
	for _, d := range diags {
		require.Equal(t, frontend.SevHint, d.Severity, d.Error())
	}
	require.Len(t, diags, 4) // a:starts, b:hello, b:total, c:total
	got := map[string]bool{}
	for _, svc := range prog.Services {
		base := svc.BasePath[0]
		got[base] = svc.Isolated
		for _, r := range svc.Resources {
			got[base+"/"+r.Path[0]] = r.Concurrent
		}
	}
	require.Equal(t, map[string]bool{
		"a": true, "a/hello": true, "a/hit": true, "a/starts": false,
		"b": false, "b/hello": false, "b/total": false,
		"c": true, "c/hello": true, "c/total": false,
	}, got)
}
