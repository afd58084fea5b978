package codegen

import (
	"github.com/bal2go/bal2go/check"
	"github.com/bal2go/bal2go/frontend"
	"github.com/dave/jennifer/jen"
)

// trapCtx is a trap expression whose operand is being generated: its Go
// runs in the closure given to rt.Trap, from which a failing check cannot
// return from the Go function or jump to an on-fail label.
type trapCtx struct {
	errVar string // the variable a failing check stores its error in ("" while none has)
}

// trap emits `trap e`. rt.Trap runs e in a closure and turns a panic into
// its error; the statements e needs (temporaries, the test of a check) go
// into the closure as well, so that a panic in them is trapped too. A check
// failing in e is no panic (spec: trap expression, checking expression): it
// is not trapped but fails the enclosing function or on-fail block. The
// closure stores the error and leaves, and the code after rt.Trap fails:
//
//	var err3_ *rt.Error
//	trap5_ := rt.Trap[int64](strand, func() (v4_ int64) {
//		tmp1_ := g(s)
//		if err2_, ok := tmp1_.(*rt.Error); ok {
//			err3_ = err2_
//			return
//		}
//		return f(tmp1_.(int64))
//	})
//	if err3_ != nil {
//		return err3_
//	}
func (g *gen) trap(e *frontend.TrapExpr) jen.Code {
	xt := g.prog.TypeOfExpr(e.X)
	call := frontend.Unparen(e.X)
	noValue := g.isCall(call) && !g.callHasValue(call)
	tc := &trapCtx{}
	saved := g.fn.trap
	g.fn.trap = tc
	var inner jen.Code
	body := g.collect(func() {
		if noValue {
			inner = g.goCall(call)
		} else {
			inner = g.expr(e.X)
		}
	})
	g.fn.trap = saved
	var trap jen.Code
	if noValue {
		trap = rtCall("TrapNil", g.strandOrNil(), jen.Func().Params().Block(append(body, inner)...))
	} else {
		result := jen.Add(g.goType(xt))
		if tc.errVar != "" {
			// named, for the bare return of a failing check
			result = jen.Parens(jen.Id(g.newTemp("v")).Add(g.goType(xt)))
		}
		trap = rtGeneric("Trap", []jen.Code{g.goType(xt)}, g.strandOrNil(), jen.Func().Params().Add(result).Block(append(body, jen.Return(inner))...))
	}
	if !noValue {
		// rt.Trap returns T|error boxed; when T is an error type, so is the
		// trap's type, whose Go type is *rt.Error
		trap = g.convert(trap, check.Any, g.prog.TypeOfExpr(e), nil)
	}
	if tc.errVar == "" {
		return trap
	}
	// the declaration goes before the statement that runs the closure
	g.emit(jen.Var().Id(tc.errVar).Op("*").Add(rtq("Error")))
	t := g.newTemp("trap")
	g.emit(jen.Id(t).Op(":=").Add(trap))
	g.emit(jen.If(jen.Id(tc.errVar).Op("!=").Nil()).Block(g.collect(func() { g.fail(jen.Id(tc.errVar)) })...))
	return jen.Id(t)
}

// trapFail is fail inside the operand of a trap: store the error and leave
// the closure (see trap).
func (g *gen) trapFail(tc *trapCtx, err jen.Code) {
	if tc.errVar == "" {
		tc.errVar = g.newTemp("err")
	}
	g.emit(jen.Id(tc.errVar).Op("=").Add(err))
	g.emit(jen.Return())
}
