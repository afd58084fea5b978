package codegen

import (
	"github.com/bal2go/bal2go/check"
	"github.com/bal2go/bal2go/frontend"
	"github.com/dave/jennifer/jen"
)

// Streams (rt/stream.go): every stream type is a *rt.Stream whose members are
// Go anys; a stream pulls from a Go function that takes the strand it is pulled
// on. An iterator object (the implementor of `new stream<T, C>(obj)`, or what
// an iterable object's iterator() returns) becomes such a pull function
// (pullFunc), which foreach calls too.

// streamBindings binds lang.stream and array:toStream in the library table.
// The functions that pull take the strand; map and filter take Ballerina
// function values (strandFuncs), which the streams they build call later, on
// the strand that pulls.
var streamBindings = map[string]libBinding{
	"lang.array:toStream":  {shape: rtFunc, sym: "ListToStream"},
	"lang.array:iterator":  {shape: custom, emit: emitCollectionIterator("ListToStream")},
	"lang.map:iterator":    {shape: custom, emit: emitCollectionIterator("MapToStream")},
	"lang.stream:next":     {shape: custom, strand: true, callsBack: true, emit: emitStreamNext},
	"lang.stream:iterator": {shape: custom, emit: emitStreamIterator},
	"lang.stream:close":    {shape: custom, strand: true, callsBack: true, emit: emitStreamClose},
	"lang.stream:map":      {shape: custom, strandFuncs: true, emit: emitStreamMap},
	"lang.stream:filter":   {shape: custom, strandFuncs: true, emit: emitStreamFilter},
	"lang.stream:forEach":  {shape: custom, strand: true, callsBack: true, strandFuncs: true, emit: emitStreamForEach},
	"lang.stream:reduce":   {shape: custom, strand: true, callsBack: true, strandFuncs: true, emit: emitStreamReduce},
}

// emitStreamNext is stream:next(s): rt.StreamNext(strand, s, wrap), wrap making
// the record {value: v} of the call's result type.
func emitStreamNext(g *gen, a *libArgs) jen.Code {
	ret := a.call.Sig.Ret
	return g.convert(rtCall("StreamNext", g.strand(), a.arg(0), g.valueRecordWrap(ret)), check.Any, ret, nil)
}

// emitStreamIterator is stream:iterator(s): rt.StreamIterator(s, wrap), an
// iterator object whose next method pulls from s.
func emitStreamIterator(g *gen, a *libArgs) jen.Code {
	it := a.call.Sig.Ret
	next := it.Obj.MethodByName("next", false)
	return rtCall("StreamIterator", a.arg(0), g.valueRecordWrap(check.FuncRet(next.Type)))
}

// emitCollectionIterator emits array:iterator or map:iterator: the iterator of a
// stream over the list or map (sym makes it), which reads it as it is pulled.
//
//	rt.StreamIterator(rt.ListToStream(xs), wrap)
func emitCollectionIterator(sym string) func(g *gen, a *libArgs) jen.Code {
	return func(g *gen, a *libArgs) jen.Code {
		next := a.call.Sig.Ret.Obj.MethodByName("next", false)
		return rtCall("StreamIterator", rtCall(sym, a.arg(0)), g.valueRecordWrap(check.FuncRet(next.Type)))
	}
}

// emitStreamClose is stream:close(s): rt.StreamClose(strand, s), () or the error.
func emitStreamClose(g *gen, a *libArgs) jen.Code {
	return g.convert(rtCall("StreamClose", g.strand(), a.arg(0)), check.Any, a.call.Sig.Ret, nil)
}

// emitStreamMap is stream:map(s, f): rt.StreamMap(s, U, func(strand, v) any),
// U the member type of the result.
func emitStreamMap(g *gen, a *libArgs) jen.Code {
	s, f, ft := g.streamFuncArgs(a)
	v := g.newTemp("v")
	call := jen.Id(f).Call(g.strand(), g.convert(jen.Id(v), check.Any, ft.Params[0], nil))
	body := []jen.Code{jen.Return(g.convert(call, ft.Ret, check.Any, nil))}
	if !hasResult(ft.Ret) {
		body = []jen.Code{call, jen.Return(jen.Nil())}
	}
	fn := jen.Func().Params(strandParamDecl(), jen.Id(v).Any()).Any().Block(body...)
	return rtCall("StreamMap", s, g.typeDesc(a.call.Sig.Ret.Elem), fn)
}

// emitStreamFilter is stream:filter(s, f): rt.StreamFilter(s, func(strand, v) bool).
func emitStreamFilter(g *gen, a *libArgs) jen.Code {
	s, f, ft := g.streamFuncArgs(a)
	v := g.newTemp("v")
	call := jen.Id(f).Call(g.strand(), g.convert(jen.Id(v), check.Any, ft.Params[0], nil))
	fn := jen.Func().Params(strandParamDecl(), jen.Id(v).Any()).Bool().Block(jen.Return(call))
	return rtCall("StreamFilter", s, fn)
}

// emitStreamForEach is stream:forEach(s, f): rt.StreamForEach(strand, s,
// func(strand, v)), the completion value.
func emitStreamForEach(g *gen, a *libArgs) jen.Code {
	s, f, ft := g.streamFuncArgs(a)
	v := g.newTemp("v")
	call := jen.Id(f).Call(g.strand(), g.convert(jen.Id(v), check.Any, ft.Params[0], nil))
	fn := jen.Func().Params(strandParamDecl(), jen.Id(v).Any()).Block(call)
	return g.convert(rtCall("StreamForEach", g.strand(), s, fn), check.Any, a.call.Sig.Ret, nil)
}

// emitStreamReduce is stream:reduce(s, f, initial): rt.StreamReduce(strand, s,
// func(strand, acc, v) any, initial), the result or the error s completed with.
func emitStreamReduce(g *gen, a *libArgs) jen.Code {
	s, f, ft := g.streamFuncArgs(a)
	init := g.convert(a.arg(2), a.call.Sig.Params[2], check.Any, nil)
	acc, v := g.newTemp("acc"), g.newTemp("v")
	call := jen.Id(f).Call(g.strand(), g.convert(jen.Id(acc), check.Any, ft.Params[0], nil),
		g.convert(jen.Id(v), check.Any, ft.Params[1], nil))
	fn := jen.Func().Params(strandParamDecl(), jen.Id(acc).Any(), jen.Id(v).Any()).Any().Block(
		jen.Return(g.convert(call, ft.Ret, check.Any, nil)))
	return g.convert(rtCall("StreamReduce", g.strand(), s, fn, init), check.Any, a.call.Sig.Ret, nil)
}

// streamFuncArgs evaluates a lang.stream call's stream and function arguments, in
// order, into temporaries (the function value is called each time a member is
// pulled); it returns them and the function's type at the call.
func (g *gen) streamFuncArgs(a *libArgs) (s jen.Code, f string, ft *check.Type) {
	st := g.newTemp("stm")
	g.emit(jen.Id(st).Op(":=").Add(a.arg(0)))
	f = g.newTemp("fn")
	g.emit(jen.Id(f).Op(":=").Add(a.arg(1)))
	return jen.Id(st), f, a.call.Sig.Params[1]
}

// strandParamDecl is the strand parameter of a Go function the runtime calls on
// the strand it runs on.
func strandParamDecl() jen.Code { return jen.Id(strandParam).Op("*").Add(rtq("Strand")) }

// valueRecordWrap generates the Go function that makes the record {value: v} of
// the record member of t (an iterator's next result type):
//
//	func(v any) any { return &record3_{Value: v.(int64)} }
func (g *gen) valueRecordWrap(t *check.Type) jen.Code {
	var rec *check.Type
	for _, m := range check.MembersOf(t) {
		if m.Kind == check.KRecord {
			rec = m
		}
	}
	v := g.newTemp("v")
	if rec == nil {
		return jen.Nil()
	}
	f := rec.FieldByName("value")
	return jen.Func().Params(jen.Id(v).Any()).Any().Block(jen.Return(
		jen.Op("&").Id(g.recordName(rec)).Values(jen.Id(g.fieldName(rec, "value")).Op(":").Add(g.convert(jen.Id(v), check.Any, f.Type, nil)))))
}

// newStream generates new stream<T, C>(impl): a stream pulling from impl's next
// method, closed by its close method when it has one; new stream<T, C>() is empty.
//
//	impl1_ := impl
//	rt.NewStream(rt.TInt, rt.TNil, func(strand *rt.Strand) (any, *rt.Error, bool) {
//		return rt.StreamStep(impl1_.Next(strand))
//	}, nil)
func (g *gen) newStream(call *check.Call) jen.Code {
	st := call.Sig.Ret
	elem, compl := g.typeDesc(st.Elem), g.typeDesc(st.Ret)
	if len(call.Args) == 0 {
		return rtCall("NewStream", elem, compl, rtq("EmptyPull"), jen.Nil())
	}
	it := g.prog.TypeOfExpr(call.Args[0])
	v := g.newTemp("impl")
	g.emit(jen.Id(v).Op(":=").Add(g.expr(call.Args[0])))
	closeFn := jen.Code(jen.Nil())
	if it.Obj.MethodByName("close", false) != nil {
		c, ret := g.callMethod0(jen.Id(v), it, "close")
		body := []jen.Code{jen.Return(rtCall("StreamCloseStep", g.convert(c, ret, check.Any, nil)))}
		if !hasResult(ret) {
			body = []jen.Code{c, jen.Return(jen.Nil())} // close() returns ()
		}
		closeFn = jen.Func().Params(strandParamDecl()).Op("*").Add(rtq("Error")).Block(body...)
	}
	return rtCall("NewStream", elem, compl, g.pullFunc(v, it), closeFn)
}

// pullFunc generates the pull function of the iterator object in the variable v,
// of type it:
//
//	func(strand *rt.Strand) (any, *rt.Error, bool) { return rt.StreamStep(v.Next(strand)) }
func (g *gen) pullFunc(v string, it *check.Type) jen.Code {
	call, ret := g.callMethod0(jen.Id(v), it, "next")
	return jen.Func().Params(strandParamDecl()).Params(jen.Any(), jen.Op("*").Add(rtq("Error")), jen.Bool()).Block(
		jen.Return(rtCall("StreamStep", g.convert(call, ret, check.Any, nil))))
}

// callMethod0 generates recv.name() on an object of type t, for a method without
// parameters, and returns the call and the Ballerina type of its Go result.
func (g *gen) callMethod0(recv jen.Code, t *check.Type, name string) (jen.Code, *check.Type) {
	m := t.Obj.MethodByName(name, false)
	if !g.dynamic(t) {
		return jen.Add(recv).Dot(g.methodName(m.Func)).Call(g.implicitArgs(m.Func)...), check.FuncRet(m.Type)
	}
	return rtCall("CallMethod", g.strand(), recv, jen.Lit(m.Key())), check.Any
}

// foreachPull emits a foreach over a stream or an iterable object (x, of type it),
// binding each member to name (of type varType) before body:
//
//	for {
//		v1_, _, ok2_ := s.Next(strand)
//		if !ok2_ {
//			break
//		}
//		n := v1_.(int64)
//		…
//	}
//
// The checker allows only iterations that cannot complete with an error (the
// completion value is dropped).
func (g *gen) foreachPull(x jen.Code, it *check.Type, name string, varType *check.Type, body []jen.Code) {
	var next jen.Code
	if it.Kind == check.KStream {
		s := g.newTemp("stm")
		g.emit(jen.Id(s).Op(":=").Add(x))
		next = jen.Id(s).Dot("Next")
	} else {
		// the iterable object's iterator, and its pull function
		o := g.newTemp("obj")
		g.emit(jen.Id(o).Op(":=").Add(x))
		call, ret := g.callMethod0(jen.Id(o), it, "iterator")
		iter := check.IteratorOf(it)
		itv := g.newTemp("iter")
		g.emit(jen.Id(itv).Op(":=").Add(g.convert(call, ret, iter, nil)))
		pull := g.newTemp("next")
		g.emit(jen.Id(pull).Op(":=").Add(g.pullFunc(itv, iter)))
		next = jen.Id(pull)
	}
	v, ok := g.newTemp("v"), g.newTemp("ok")
	if name == "_" {
		v = "_"
	}
	loop := []jen.Code{
		jen.List(jen.Id(v), jen.Id("_"), jen.Id(ok)).Op(":=").Add(next).Call(g.strand()),
		jen.If(jen.Op("!").Id(ok)).Block(jen.Break()),
	}
	if _, errs, _ := check.IterElem(it); errs != nil && errs.Kind != check.KNever {
		// a query's from or join clause (a foreach's iteration cannot fail):
		// the error that ends the iteration ends the query with it
		err := g.newTemp("err")
		failing := g.collect(func() { g.fail(jen.Id(err)) })
		loop = []jen.Code{
			jen.List(jen.Id(v), jen.Id(err), jen.Id(ok)).Op(":=").Add(next).Call(g.strand()),
			jen.If(jen.Op("!").Id(ok)).Block(append([]jen.Code{jen.If(jen.Id(err).Op("!=").Nil()).Block(failing...)}, jen.Break())...),
		}
	}
	if name != "_" {
		loop = append(loop, jen.Id(name).Op(":=").Add(g.convert(jen.Id(v), check.Any, varType, nil)))
	}
	g.emit(jen.For().Block(append(loop, body...)...))
}

// foreachPulls reports whether a foreach over x pulls from a stream or an
// iterable object (which takes the strand).
func (g *gen) foreachPulls(x frontend.Expr) bool {
	k := g.prog.TypeOfExpr(x).Kind
	return k == check.KStream || k == check.KObject
}
