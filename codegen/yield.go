package codegen

import (
	"github.com/bal2go/bal2go/check"
	"github.com/bal2go/bal2go/frontend"
)

// Strands. Code that may reach a yield point (receive, wait, flush, sync
// send, start, workers, lock, sleep) needs the strand it runs on, so such
// functions take it as their first parameter, named strandParam. Function
// values always take it (their callers cannot know), and so do worker
// bodies; a module function that can never yield does not, so that pure
// code such as fib stays plain Go.

// strandParam is the name of the strand parameter; the namer reserves it.
const strandParam = "strand"

// takesStrand reports whether fn's Go function has the strand parameter.
func (g *gen) takesStrand(fn *check.Function) bool {
	if fn == nil {
		return true
	}
	if fn.IsMain || fn.IsWorker {
		return true
	}
	if fn.Class != nil && fn.Class.Expr != nil {
		return true // an object constructor's methods are closures, like function values
	}
	switch fn.Decl.(type) {
	case *frontend.FuncDecl, *frontend.ClassDecl: // a class's ClassDecl: its constructor without init
	default:
		return true // anonymous functions are function values
	}
	g.computeYields()
	return g.yields[fn]
}

// computeYields finds the module functions that may yield: those with a
// yield point, a call through a function value, or a call to another such
// function (a fixed point over the call graph).
func (g *gen) computeYields() {
	if g.yields != nil {
		return
	}
	g.yields = map[*check.Function]bool{}
	infos := map[*check.Function]*callInfo{}
	g.calls = infos
	for _, fr := range g.funcRoots() {
		fn, roots := fr.fn, fr.roots
		in := &callInfo{}
		infos[fn] = in
		for _, r := range roots {
			frontend.Inspect(r, func(n frontend.Node) bool {
				switch n := n.(type) {
				case *frontend.FuncExpr, *frontend.ArrowExpr, *frontend.FuncDecl, *frontend.ResourceFunc:
					return false // a function value's (or a method's) body yields on its caller's strand
				case *frontend.ReceiveExpr, *frontend.MultiReceiveExpr, *frontend.WaitExpr, *frontend.MultiWaitExpr,
					*frontend.FlushExpr, *frontend.StartExpr, *frontend.WorkerDecl, *frontend.ForkStmt, *frontend.LockStmt:
					in.direct = true
				case *frontend.SendExpr: // a sync send waits for the receiver; an async one does not
					in.direct = true
				case *frontend.RemoteCallExpr, *frontend.ResourceCallExpr:
					in.direct = true
				case *frontend.ForeachStmt:
					if g.foreachPulls(n.Iter) {
						in.direct = true // it calls next methods, passing the strand
					}
				case *frontend.FromClause:
					if g.foreachPulls(n.Iter) {
						in.direct = true // a query's from clause too
					}
				case *frontend.JoinClause:
					if g.foreachPulls(n.Iter) {
						in.direct = true
					}
				case *frontend.NewExpr:
					if call := g.prog.Calls[n]; call != nil && call.Kind == check.CallNew {
						in.callees = append(in.callees, g.ctorFunc(call.Class))
					}
				case *frontend.CallExpr, *frontend.MethodCallExpr:
					call := g.prog.Calls[n.(frontend.Expr)]
					if call == nil {
						break
					}
					if callsValue(call) {
						in.indirect = true
					}
					switch call.Kind {
					case check.CallValue:
						in.direct = true
					case check.CallFunc:
						in.callees = append(in.callees, call.Func)
					case check.CallMethod:
						if g.dynamic(g.prog.TypeOfExpr(call.Recv)) {
							in.direct = true // rt.CallMethod passes the strand
						} else {
							in.callees = append(in.callees, call.Method.Func)
						}
					case check.CallBuiltin:
						if builtinYields(call) {
							in.direct = true
						}
					}
				}
				return true
			})
		}
	}
	for fn, in := range infos {
		if in.direct || fn.IsMain || (fn.Class != nil && fn.Class.Expr != nil) {
			g.yields[fn] = true
		}
	}
	for changed := true; changed; {
		changed = false
		for fn, in := range infos {
			if g.yields[fn] {
				continue
			}
			for _, c := range in.callees {
				if g.yields[c] {
					g.yields[fn] = true
					changed = true
					break
				}
			}
		}
	}
}

// funcRoot is a Go function the analyses look into: its Ballerina function and the
// code of its body.
type funcRoot struct {
	fn    *check.Function
	roots []frontend.Node
}

// funcRoots returns the module functions and the methods of classes with the code
// each runs: its body and its parameters' defaults; a class's constructor (init, or
// a Function standing for new when there is none) runs the field initializers too.
func (g *gen) funcRoots() []funcRoot {
	var out []funcRoot
	add := func(fn *check.Function) {
		var roots []frontend.Node
		body, exprBody := bodyOf(fn)
		if body != nil {
			roots = append(roots, body)
		}
		if exprBody != nil {
			roots = append(roots, exprBody)
		}
		for _, def := range fn.Defaults {
			if def != nil {
				roots = append(roots, def)
			}
		}
		if cls := fn.Class; cls != nil && g.ctorFunc(cls) == fn {
			for _, f := range cls.Type.Obj.Fields {
				if f.Value != nil {
					roots = append(roots, f.Value)
				}
			}
		}
		out = append(out, funcRoot{fn, roots})
	}
	for _, d := range g.prog.File.Decls {
		if fd, ok := d.(*frontend.FuncDecl); ok {
			if fn := g.prog.Funcs[fd]; fn != nil {
				add(fn)
			}
		}
	}
	for _, fn := range g.classMethods() {
		add(fn)
	}
	return out
}

// bodyOf returns the body of a declared function or method (nil for a class's
// constructor without init).
func bodyOf(fn *check.Function) (*frontend.Block, frontend.Expr) {
	switch d := fn.Decl.(type) {
	case *frontend.FuncDecl:
		return d.Body, d.ExprBody
	case *frontend.ResourceFunc:
		return d.Body, d.ExprBody
	}
	return nil, nil
}

// callInfo is what computeYields finds in a module function's body and
// defaults (not in its function literals).
type callInfo struct {
	direct   bool              // has a yield point or a call through a function value
	indirect bool              // calls function values (see callsValue)
	callees  []*check.Function // module functions it calls directly
}

// builtinYields reports whether a library call may yield or calls function
// values (which take the strand); http methods do neither.
func builtinYields(call *check.Call) bool {
	return call.Func != nil && libYields(call)
}

// builtinCallsValues reports whether a library call calls the function
// values it is given.
func builtinCallsValues(call *check.Call) bool {
	return call.Func != nil && libCallsValues(call)
}

// callsValue reports whether call calls a function value, directly or
// through a library function.
func callsValue(call *check.Call) bool {
	return call.Kind == check.CallValue || (call.Kind == check.CallBuiltin && builtinCallsValues(call))
}
