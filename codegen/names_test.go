package codegen

import (
	"go/token"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestGoNameEscapes(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"count", "count"},
		{"func", "func_"},
		{"len", "len_"},
		{"rt", "rt_"},
		{"strand", "strand_"},
		{"main", "main_"},
		{"x_", "x__"},
		{"_x", "_x"},
		{"café", "café"},
		{"a-b", "ax2db_"},
	} {
		require.Equal(t, tc.want, goName(tc.in), tc.in)
	}
}

// TestGoNameInjectiveAndAwayFromTemporaries: two Ballerina names never map
// to one Go name, and no user name maps into the generator's temporaries
// (a name that is not reserved, does not end in '_', plus one '_').
func TestGoNameInjectiveAndAwayFromTemporaries(t *testing.T) {
	names := []string{"x", "x_", "x__", "tmp1", "tmp1_", "type", "type_", "rt", "rt_", "strand", "strand_", "a-b", "ax2db", "ax2db_"}
	seen := map[string]string{}
	for _, n := range names {
		g := goName(n)
		if other, dup := seen[g]; dup {
			t.Fatalf("%q and %q both map to %q", n, other, g)
		}
		seen[g] = n
		require.False(t, token.IsKeyword(g), g)
		if strings.HasSuffix(g, "_") && !strings.HasSuffix(g, "__") {
			base := strings.TrimSuffix(g, "_")
			require.True(t, reserved[base] || token.IsKeyword(base) || base != n, "%q escapes into the temporaries' space as %q", n, g)
		}
	}
	for _, tmp := range []string{"tmp1_", "err2_", "initModule_", "workers1_", "result_"} {
		for _, n := range names {
			require.NotEqual(t, tmp, goName(n))
		}
	}
}
