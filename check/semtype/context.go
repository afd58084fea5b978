package semtype

// Context memoizes emptiness decisions. One Context may answer many questions; it is
// not safe for concurrent use.
type Context struct {
	memo  map[string]*memoEntry // by the formula's structural key
	stack []*memoEntry          // entries decided while an enclosing decision is still open
}

type memoState int8

const (
	stOpen        memoState = iota // being decided: met again, it is assumed empty
	stProvisional                  // decided empty, but assuming an open entry was empty
	stEmpty
	stNonEmpty
)

type memoEntry struct {
	key   string
	state memoState
}

// NewContext returns an empty Context.
func NewContext() *Context { return &Context{memo: map[string]*memoEntry{}} }

// memoEmpty decides whether the formula b is empty with decide, memoized. A formula met
// again while it is being decided is assumed empty: a shape is finite, so a witness of
// non-emptiness never needs the formula itself. A result that depended on such an
// assumption is provisional until the outermost open decision is known: if that one is
// empty, the assumptions held; if not, the provisional results are forgotten.
func (cx *Context) memoEmpty(b bdd, decide func() bool) bool {
	key := b.structKey()
	if e, ok := cx.memo[key]; ok {
		switch e.state {
		case stEmpty:
			return true
		case stNonEmpty:
			return false
		}
		return true // open or provisional: assumed empty
	}
	e := &memoEntry{key: key, state: stOpen}
	cx.memo[key] = e
	mark := len(cx.stack)
	cx.stack = append(cx.stack, e)
	empty := decide()
	switch {
	case !empty:
		// Whatever was decided empty under e's assumption may be wrong.
		for _, x := range cx.stack[mark+1:] {
			if x.state == stProvisional {
				delete(cx.memo, x.key)
			}
		}
		cx.stack = cx.stack[:mark]
		e.state = stNonEmpty
	case mark == 0:
		for _, x := range cx.stack {
			x.state = stEmpty
		}
		cx.stack = cx.stack[:0]
	default:
		e.state = stProvisional
	}
	return empty
}

// IsEmpty reports whether no value (or absence) belongs to t.
func (cx *Context) IsEmpty(t SemType) bool {
	if t.all != 0 {
		return false
	}
	for i, bt := 0, BasicType(0); bt < numBasic; bt++ {
		if t.some&bitOf(bt) == 0 {
			continue
		}
		if !ops[bt].isEmpty(cx, t.subs[i]) {
			return false
		}
		i++
	}
	return true
}

// IsSubtype reports whether every value of a belongs to b.
func (cx *Context) IsSubtype(a, b SemType) bool { return cx.IsEmpty(Diff(a, b)) }

// IsEmpty reports whether t is empty, in a fresh Context.
func IsEmpty(t SemType) bool { return NewContext().IsEmpty(t) }

// IsSubtype reports whether a ≤ b, in a fresh Context.
func IsSubtype(a, b SemType) bool { return NewContext().IsSubtype(a, b) }
