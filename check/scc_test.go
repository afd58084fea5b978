package check

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestComponents(t *testing.T) {
	graph := map[string][]string{
		"a": {"b"},      // a depends on b
		"b": {"c", "d"}, // b and d form a cycle
		"c": nil,
		"d": {"b"},
		"e": nil, // independent of the others
		"f": {"f"},
	}
	succ := func(n string) []string { return graph[n] }
	got := Components([]string{"e", "a", "f"}, succ)
	require.Equal(t, [][]string{{"e"}, {"c"}, {"b", "d"}, {"a"}, {"f"}}, got)
	require.Empty(t, Components(nil, succ))
}
