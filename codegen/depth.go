package codegen

import (
	"github.com/bal2go/bal2go/check"
	"github.com/bal2go/bal2go/frontend"
	"github.com/dave/jennifer/jen"
)

// Call depth. Unbounded recursion must be a Ballerina panic,
// {ballerina}StackOverflow, not Go's fatal stack overflow (rt/depth.go), so
// calls are counted — but only where they can nest without bound, along a
// cycle of calls: a cycle of direct calls among module functions (a
// strongly connected component of the call graph), or a cycle through a
// function value, which passes through a function that calls function
// values. Only those functions count:
//
//   - a recursive module function without the strand takes the depth as a
//     parameter, checks it on entry and passes it on plus one, so that pure
//     code such as fib pays only an add and a compare per call:
//
//     func fib(depth_ int32, n int64) int64 {
//     rt.CheckCallDepth(depth_)
//     … fib(depth_+1, n-1) …
//
//   - a recursive function with the strand, and any function that calls
//     function values, counts on the strand:
//
//     strand.Enter()
//     defer strand.Leave()
//
// A call from other code into a function with the depth parameter passes
// the depth it has: its own plus one, the strand's, or 0 in pure code that
// does not count (which is not on a cycle, so the total stays bounded).

// depthParam is the name of the depth parameter (a generator name, see names.go).
const depthParam = "depth_"

// takesDepth reports whether fn's Go function has the depth parameter.
func (g *gen) takesDepth(fn *check.Function) bool {
	if fn == nil || g.takesStrand(fn) {
		return false
	}
	g.computeRecursion()
	return g.rec[fn]
}

// countsOnStrand reports whether fn's body counts its calls on the strand.
func (g *gen) countsOnStrand(fn *check.Function) bool {
	if fn == nil || !g.takesStrand(fn) {
		return false
	}
	g.computeRecursion()
	if in := g.calls[fn]; in != nil {
		return g.rec[fn] || in.indirect
	}
	return g.callsValuesIn(fn.Decl) // a function literal, a resource function
}

// enterCall emits the counting of a call at the entry of fn's body.
func (g *gen) enterCall(fn *check.Function) {
	if g.fn.depth || g.countsOnStrand(fn) {
		g.lineDirective(fn.Decl.Pos()) // an overflow is reported at the function
	}
	switch {
	case g.fn.depth:
		g.emit(rtCall("CheckCallDepth", jen.Id(depthParam)))
	case g.countsOnStrand(fn):
		g.emit(jen.Id(strandParam).Dot("Enter").Call())
		g.emit(jen.Defer().Id(strandParam).Dot("Leave").Call())
	}
}

// depthArg is the depth the code being generated passes to a function with
// the depth parameter.
func (g *gen) depthArg() jen.Code {
	switch {
	case g.fn != nil && g.fn.depth:
		return jen.Id(depthParam).Op("+").Lit(1)
	case g.fn != nil && g.fn.strand:
		return jen.Id(strandParam).Dot("CallDepth").Call()
	}
	return jen.Lit(0)
}

// callsValuesIn reports whether the body of the function n (a declaration or
// a literal) calls function values; nested function literals are theirs.
func (g *gen) callsValuesIn(n frontend.Node) bool {
	found := false
	frontend.Inspect(n, func(x frontend.Node) bool {
		if found {
			return false
		}
		switch x := x.(type) {
		case *frontend.FuncExpr, *frontend.ArrowExpr, *frontend.FuncDecl, *frontend.ResourceFunc:
			return frontend.Node(x) == n // nested functions (and methods) count their own calls
		case *frontend.CallExpr, *frontend.MethodCallExpr:
			if c := g.prog.Calls[x.(frontend.Expr)]; c != nil && callsValue(c) {
				found = true
			}
		}
		return true
	})
	return found
}

// computeRecursion finds the module functions on a cycle of direct calls:
// the members of the call graph's strongly connected components that have
// more than one function or a call to themselves.
func (g *gen) computeRecursion() {
	if g.rec != nil {
		return
	}
	g.computeYields()
	g.rec = map[*check.Function]bool{}
	var roots []*check.Function
	for _, fr := range g.funcRoots() {
		roots = append(roots, fr.fn)
	}
	callees := func(f *check.Function) []*check.Function {
		var out []*check.Function
		for _, c := range g.calls[f].callees {
			if g.calls[c] != nil {
				out = append(out, c)
			}
			if c == f {
				g.rec[f] = true
			}
		}
		return out
	}
	for _, comp := range check.Components(roots, callees) {
		if len(comp) > 1 {
			for _, f := range comp {
				g.rec[f] = true
			}
		}
	}
}
