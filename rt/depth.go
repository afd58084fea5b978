package rt

// The depth of Ballerina calls is bounded, so that unbounded recursion is a Ballerina
// panic, {ballerina}StackOverflow, which trap catches, rather than Go's fatal "stack
// overflow" (which nothing can recover). Generated code counts only where a call may
// recurse: a recursive module function that takes no strand carries the depth as a
// parameter (CheckCallDepth at its entry), and one that takes the strand, or that calls
// function values, counts on the strand (Enter and a deferred Leave).

// MaxCallDepth is the deepest nesting of counted calls, well within Go's stack limit
// (1 GB on 64-bit systems) even for large frames.
const MaxCallDepth = 100_000

// CheckCallDepth panics with a StackOverflow error when depth exceeds MaxCallDepth.
func CheckCallDepth(depth int32) {
	if depth > MaxCallDepth {
		stackOverflow()
	}
}

// Enter counts a call on strand s; it panics with a StackOverflow error when s is
// MaxCallDepth calls deep. Leave must follow (deferred) when it returns.
func (s *Strand) Enter() {
	if s.depth >= MaxCallDepth {
		stackOverflow()
	}
	s.depth++
}

// Leave ends a call counted by Enter.
func (s *Strand) Leave() { s.depth-- }

// CallDepth is the number of counted calls s is inside, the depth a recursive
// function without the strand starts from when s's code calls it.
func (s *Strand) CallDepth() int32 { return s.depth }

// stackOverflow raises the error jBallerina raises when its call stack overflows.
//
//go:noinline
func stackOverflow() {
	Panic(NewError("{ballerina}StackOverflow", nil, nil))
}
