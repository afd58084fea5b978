package codegen

import (
	"fmt"

	"github.com/bal2go/bal2go/check"
	"github.com/bal2go/bal2go/frontend"
	"github.com/dave/jennifer/jen"
)

// funcDecl emits a module-level function and, for each defaultable
// parameter, a helper that computes its default from the earlier parameters:
//
//	func default_add_b_(a int64) int64 { return 1 }
//	func add(a int64, b int64) int64 { ... }
func (g *gen) funcDecl(d *frontend.FuncDecl) []jen.Code {
	fn := g.prog.Funcs[d]
	sym := g.prog.Defs[d]
	if fn == nil || sym == nil || fn.Type == nil {
		return nil
	}
	name := g.names[sym]
	var out []jen.Code
	for i, def := range fn.Defaults {
		if def == nil {
			continue
		}
		out = append(out, g.defaultFunc(name, fn, i, def))
	}
	params := g.params(fn)
	body, named := g.body(fn, d.Body, d.ExprBody)
	out = append(out, jen.Func().Id(name).Params(params...).Add(g.results(fn.Type.Ret, named)).Block(body...))
	return out
}

func defaultFuncName(fname, pname string) string {
	return fmt.Sprintf("default_%s_%s_", fname, pname)
}

func (g *gen) defaultFunc(fname string, fn *check.Function, i int, def frontend.Expr) jen.Code {
	var params []jen.Code
	if g.takesStrand(fn) {
		params = append(params, jen.Id(strandParam).Op("*").Add(rtq("Strand")))
	}
	for _, p := range fn.Params[:i] {
		params = append(params, jen.Id(g.local(p)).Add(g.goType(p.Type)))
	}
	p := fn.Params[i]
	saved := g.fn
	g.fn = &fnState{ret: p.Type, strand: g.takesStrand(fn), outer: saved}
	body := g.collect(func() {
		g.emit(jen.Return(g.exprTo(def, p.Type)))
	})
	g.fn = saved
	return jen.Func().Id(defaultFuncName(fname, p.Name)).Params(params...).Add(g.goType(p.Type)).Block(body...)
}

// local returns the Go name of a local symbol.
func (g *gen) local(sym *check.Symbol) string {
	if n, ok := g.names[sym]; ok {
		return n
	}
	n := goName(sym.Name)
	g.names[sym] = n
	return n
}

func (g *gen) params(fn *check.Function) []jen.Code {
	var ps []jen.Code
	if g.takesStrand(fn) {
		ps = append(ps, jen.Id(strandParam).Op("*").Add(rtq("Strand")))
	}
	if g.takesDepth(fn) {
		ps = append(ps, jen.Id(depthParam).Int32())
	}
	for _, p := range fn.Params {
		ps = append(ps, jen.Id(g.local(p)).Add(g.goType(p.Type)))
	}
	if fn.Rest != nil {
		ps = append(ps, jen.Id(g.local(fn.Rest)).Add(g.goType(fn.Rest.Type)))
	}
	return ps
}

// body generates the statements of a function body. A Go function with a
// result must end in a terminating statement: when the Ballerina body can
// fall off its end (its return type includes ()), return nil; when it
// cannot but Go does not see that, panic.
//
// A function with named workers creates their rt.Workers first and ends its
// default worker in a defer (named is then the name of its Go result):
//
//	func f(strand *rt.Strand) (result_ int64) {
//		workers1_ := rt.NewWorkers(…)
//		defer func() { workers1_.End(strand, 2, result_, recover()) }()
func (g *gen) body(fn *check.Function, body *frontend.Block, exprBody frontend.Expr) (stmts []jen.Code, named string) {
	saved := g.fn
	g.fn = &fnState{ret: fn.Type.Ret, strand: g.takesStrand(fn), depth: g.takesDepth(fn), outer: saved}
	if g.fn.ret == nil {
		g.fn.ret = check.Nil
	}
	out := g.collect(func() {
		g.enterCall(fn)
		if ws := g.prog.WorkerSets[fn.Decl]; ws != nil {
			set := g.newWorkerSet(ws, fn.Decl.Pos()) // the creation and end of the workers are the function's
			def := ws.Default()
			g.fn.worker = &workerCtx{set: ws, w: def}
			result := jen.Code(jen.Nil())
			if hasResult(g.fn.ret) {
				named = "result_"
				result = g.convert(jen.Id(named), g.fn.ret, check.Any, nil)
			}
			g.emit(jen.Defer().Func().Params().Block(
				jen.Id(set).Dot("End").Call(g.strand(), g.peerIndex(def), result, jen.Recover()),
			).Call())
		}
		if exprBody != nil {
			g.lineDirective(exprBody.Pos())
			g.returnValue(exprBody)
			return
		}
		g.stmts(body.Stmts)
		if hasResult(g.fn.ret) && !g.goTerminates(body.Stmts) {
			if check.IsNilable(g.fn.ret) {
				g.emit(jen.Return(jen.Nil()))
			} else {
				g.emit(jen.Panic(jen.Lit("unreachable")))
			}
		}
	})
	g.fn = saved
	return out, named
}

// results is the Go result list of a function returning ret.
func (g *gen) results(ret *check.Type, named string) jen.Code {
	if named != "" {
		return jen.Parens(jen.Id(named).Add(g.goType(ret)))
	}
	return g.resultType(ret)
}

// returnValue emits `return e` for the current function.
func (g *gen) returnValue(e frontend.Expr) {
	res := g.fn.result()
	if !hasResult(res) {
		g.exprStmt(e)
		g.unlocks("")
		g.emit(jen.Return())
		return
	}
	v := g.exprTo(e, g.fn.ret)
	if res != g.fn.ret {
		v = g.convert(v, g.fn.ret, res, e)
	}
	if g.lockDepth() > 0 {
		t := g.newTemp("ret")
		if isNilCode(v) || g.untyped[v] {
			// ret := nil does not compile, ret := 5 may have the wrong type
			g.emit(jen.Var().Id(t).Add(g.goType(res)).Op("=").Add(v))
		} else {
			g.emit(jen.Id(t).Op(":=").Add(v))
		}
		g.unlocks("")
		v = jen.Id(t)
	}
	g.emit(jen.Return(v))
}

func (g *gen) lockDepth() int {
	n := 0
	for _, k := range g.fn.nest {
		if k == "lock" {
			n++
		}
	}
	return n
}

// funcLit emits an anonymous function as a Go function literal; Go closures
// capture variables by reference, as Ballerina's do.
//
// withStrand false leaves out the strand parameter: a literal passed to a
// langlib function (map, forEach, …) runs on the caller's strand and uses
// its strand variable.
func (g *gen) funcLit(e frontend.Expr, withStrand bool) jen.Code {
	fn := g.prog.Funcs[e]
	if fn == nil || fn.Type == nil {
		return jen.Nil()
	}
	savedCur := g.cur
	var body []jen.Code
	var named string
	switch e := e.(type) {
	case *frontend.FuncExpr:
		body, named = g.body(fn, e.Body, e.ExprBody)
	case *frontend.ArrowExpr:
		body, named = g.body(fn, nil, e.Body)
	}
	g.cur = savedCur
	params := g.params(fn)
	if !withStrand {
		params = params[1:]
	}
	return jen.Func().Params(params...).Add(g.results(fn.Type.Ret, named)).Block(body...)
}

// goTerminates mirrors Go's "terminating statement" rule for the Go this
// generator emits for stmts.
func (g *gen) goTerminates(stmts []frontend.Stmt) bool {
	if len(stmts) == 0 {
		return false
	}
	return g.stmtTerminates(stmts[len(stmts)-1])
}

func (g *gen) stmtTerminates(s frontend.Stmt) bool {
	switch s := s.(type) {
	case *frontend.ReturnStmt, *frontend.PanicStmt:
		return true
	case *frontend.FailStmt:
		return true // return err or goto on-fail label
	case *frontend.Block:
		return g.goTerminates(s.Stmts)
	case *frontend.IfStmt:
		if s.Else == nil {
			return false
		}
		return g.goTerminates(s.Then.Stmts) && g.stmtTerminates(s.Else)
	case *frontend.WhileStmt:
		if lit, ok := frontend.Unparen(s.Cond).(*frontend.BoolLit); ok && lit.Value {
			return !hasBreakStmt(s.Body.Stmts)
		}
	case *frontend.MatchStmt:
		hasDefault := false
		for _, cl := range s.Clauses {
			// a clause that matches all the values left ends the Go chain in an else
			hasDefault = hasDefault || g.clauseEnds(cl)
			if !g.goTerminates(cl.Body.Stmts) {
				return false
			}
		}
		return hasDefault
	case *frontend.LockStmt:
		return g.goTerminates(s.Body.Stmts)
	}
	return false
}

func hasBreakStmt(stmts []frontend.Stmt) bool {
	for _, s := range stmts {
		switch s := s.(type) {
		case *frontend.BreakStmt:
			return true
		case *frontend.Block:
			if hasBreakStmt(s.Stmts) {
				return true
			}
		case *frontend.IfStmt:
			if hasBreakStmt(s.Then.Stmts) || (s.Else != nil && hasBreakStmt([]frontend.Stmt{s.Else})) {
				return true
			}
		case *frontend.MatchStmt:
			for _, cl := range s.Clauses {
				if hasBreakStmt(cl.Body.Stmts) {
					return true
				}
			}
		case *frontend.DoStmt:
			if hasBreakStmt(s.Body.Stmts) || (s.OnFail != nil && hasBreakStmt(s.OnFail.Body.Stmts)) {
				return true
			}
		case *frontend.LockStmt:
			if hasBreakStmt(s.Body.Stmts) {
				return true
			}
		}
	}
	return false
}
