package check

// Components returns the strongly connected components of the graph
// reachable from roots, whose edges are given by succ (Tarjan's algorithm).
// Each component comes after every component it reaches, so a node comes
// after what it depends on, and nodes that do not depend on each other keep
// the order of roots; the members of a component are in discovery order.
// The module-variable initialization order and the code generator's
// recursion analysis both derive from it.
func Components[N comparable](roots []N, succ func(N) []N) [][]N {
	t := tarjan[N]{succ: succ, index: map[N]int{}, low: map[N]int{}, onStack: map[N]bool{}}
	for _, r := range roots {
		if _, seen := t.index[r]; !seen {
			t.visit(r)
		}
	}
	return t.comps
}

type tarjan[N comparable] struct {
	succ    func(N) []N
	index   map[N]int // discovery number
	low     map[N]int
	onStack map[N]bool
	stack   []N
	comps   [][]N
}

func (t *tarjan[N]) visit(n N) {
	t.index[n], t.low[n] = len(t.index), len(t.index)
	t.stack = append(t.stack, n)
	t.onStack[n] = true
	for _, m := range t.succ(n) {
		if _, seen := t.index[m]; !seen {
			t.visit(m)
			t.low[n] = min(t.low[n], t.low[m])
		} else if t.onStack[m] {
			t.low[n] = min(t.low[n], t.index[m])
		}
	}
	if t.low[n] != t.index[n] {
		return
	}
	i := len(t.stack) - 1
	for t.stack[i] != n {
		i--
	}
	comp := append([]N(nil), t.stack[i:]...)
	t.stack = t.stack[:i]
	for _, m := range comp {
		t.onStack[m] = false
	}
	t.comps = append(t.comps, comp)
}
