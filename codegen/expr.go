package codegen

import (
	"math"
	"strings"

	"github.com/bal2go/bal2go/check"
	"github.com/bal2go/bal2go/frontend"
	"github.com/dave/jennifer/jen"
)

// constLit is a Go literal for a constant value of type t.
func (g *gen) constLit(v any, t *check.Type) jen.Code {
	switch v := v.(type) {
	case int64:
		if t != nil && t.Kind == check.KFloat {
			return jen.Lit(float64(v))
		}
		if v == math.MinInt64 {
			return jen.Qual("math", "MinInt64")
		}
		return jen.Lit(int(v))
	case float64:
		return floatLit(v)
	case check.DecimalConst:
		return g.decimalConst(v)
	case bool:
		return jen.Lit(v)
	case string:
		return jen.Lit(v)
	}
	return jen.Nil()
}

// untypedConst marks code as an untyped Go constant, which convert types
// explicitly before boxing (Go would box 5 as int, not int64).
func (g *gen) untypedConst(code jen.Code) jen.Code {
	g.untyped[code] = true
	return code
}

func floatLit(f float64) jen.Code {
	switch {
	case f == 0 && math.Signbit(f):
		// Go constants have no negative zero
		return jen.Qual("math", "Copysign").Call(jen.Lit(0.0), jen.Lit(-1.0))
	case math.IsNaN(f):
		return jen.Qual("math", "NaN").Call()
	case math.IsInf(f, 1):
		return jen.Qual("math", "Inf").Call(jen.Lit(1))
	case math.IsInf(f, -1):
		return jen.Qual("math", "Inf").Call(jen.Lit(-1))
	}
	return jen.Lit(f)
}

// symRef is the Go expression naming sym.
func (g *gen) symRef(sym *check.Symbol) string {
	if n, ok := g.names[sym]; ok {
		return n
	}
	return g.local(sym)
}

// expr generates e with the Go representation of its recorded type. It may
// emit statements before the one being built (temporaries, check).
func (g *gen) expr(e frontend.Expr) jen.Code {
	g.depth++
	defer func() { g.depth-- }()
	code := g.expr1(e)
	// gofmt refuses deeply nested Go: spill deep subexpressions into
	// temporaries (evaluation order is unchanged, they are evaluated now).
	if g.depth > maxExprDepth && g.depth%maxExprDepth == 0 && g.cur != nil {
		if _, isLit := e.(*frontend.FuncExpr); !isLit && hasResult(g.prog.TypeOfExpr(e)) && !isUntypedLit(e) {
			t := g.newTemp("deep")
			g.emit(jen.Var().Id(t).Add(g.goType(g.prog.TypeOfExpr(e))).Op("=").Add(code))
			return jen.Id(t)
		}
	}
	return code
}

// callValue generates a call expression for its value: a call of a function
// returning () is a Go call without a result, made a statement (now, in evaluation
// order, as operands does with the statements of later operands), its value ().
func (g *gen) callValue(e frontend.Expr) jen.Code {
	code := g.goCall(e)
	if !g.callHasValue(e) && g.cur != nil {
		g.emit(code)
		return jen.Nil()
	}
	return code
}

// maxExprDepth bounds the nesting of one generated Go expression.
const maxExprDepth = 40

func (g *gen) expr1(e frontend.Expr) jen.Code {
	if c, ok := g.folded[e]; ok {
		return c
	}
	t := g.prog.TypeOfExpr(e)
	if t.Kind == check.KDecimal {
		switch e.(type) {
		case *frontend.IntLit, *frontend.FloatLit:
			return g.decimalConst(check.DecimalLiteral(e))
		}
	}
	switch e := e.(type) {
	case *frontend.NameExpr:
		return g.nameExpr(e, t)
	case *frontend.IntLit:
		if t.Kind == check.KFloat {
			return g.untypedConst(jen.Lit(float64(e.Value)))
		}
		if e.Value > math.MaxInt64 {
			return jen.Qual("math", "MinInt64") // only reachable as -9223372036854775808
		}
		return g.untypedConst(jen.Lit(int(e.Value)))
	case *frontend.FloatLit:
		return g.untypedConst(floatLit(e.Value))
	case *frontend.StringLit:
		return jen.Lit(e.Value)
	case *frontend.BoolLit:
		return jen.Lit(e.Value)
	case *frontend.NilLit:
		return jen.Nil()
	case *frontend.TemplateExpr:
		return g.template(e)
	case *frontend.ListExpr:
		return g.readOnlyValue(g.listExpr(e, t), t)
	case *frontend.MappingExpr:
		return g.readOnlyValue(g.mappingExpr(e, t), t)
	case *frontend.TableExpr:
		return g.tableExpr(e, g.prog.TypeOfExpr(e))
	case *frontend.ParenExpr:
		return g.expr(e.X) // Go's parentheses are the generator's business (see goBinary)
	case *frontend.UnaryExpr:
		return g.unary(e, t)
	case *frontend.BinaryExpr:
		return g.binary(e, t)
	case *frontend.TypeTestExpr:
		return g.typeTest(e)
	case *frontend.CondExpr:
		return g.condExpr(e, t)
	case *frontend.LetExpr:
		return g.letExpr(e, t)
	case *frontend.QueryExpr:
		return g.queryExpr(e, t)
	case *frontend.AnnotAccessExpr:
		return g.convert(rtCall("AnnotationOf", g.expr(e.X), jen.Lit(e.Name)), check.Any, t, nil)
	case *frontend.CastExpr:
		return g.cast(e, t)
	case *frontend.CallExpr, *frontend.MethodCallExpr:
		return g.callValue(e)
	case *frontend.RemoteCallExpr, *frontend.ResourceCallExpr:
		if g.isCall(e) { // a client object's remote or resource method
			return g.callValue(e)
		}
		g.unsupported(e.Pos(), "this client call")
		return jen.Nil()
	case *frontend.FieldExpr:
		return g.fieldExpr(e, t)
	case *frontend.TypeDescExpr:
		return g.convert(g.typeDesc(g.prog.TypeOfExpr(e).Elem), g.prog.TypeOfExpr(e), t, nil)
	case *frontend.TypeofExpr:
		xt := g.prog.TypeOfExpr(e.X)
		return g.convert(rtCall("TypeOf", g.boxed(g.expr(e.X), xt)), g.prog.TypeOfExpr(e), t, nil)
	case *frontend.IndexExpr:
		return g.indexExpr(e, t)
	case *frontend.CheckExpr:
		if e.Panic {
			x, xt := g.checkOperand(e)
			if !check.ContainsError(xt) {
				return x
			}
			return g.convert(rtCall("CheckPanic", g.boxed(x, xt)), check.Any, t, nil)
		}
		return g.checkValue(e)
	case *frontend.TrapExpr:
		return g.trap(e)
	case *frontend.ErrorCtorExpr:
		return g.errorCtor(e)
	case *frontend.FuncExpr, *frontend.ArrowExpr:
		return g.funcLit(e, true)
	case *frontend.StartExpr:
		return g.start(e)
	case *frontend.WaitExpr:
		return g.wait(e, t)
	case *frontend.MultiWaitExpr:
		return g.multiWait(e, t)
	case *frontend.ReceiveExpr:
		return g.receive(e, t)
	case *frontend.MultiReceiveExpr:
		return g.multiReceive(e, t)
	case *frontend.SendExpr:
		return g.convert(g.send(e), check.Any, t, nil)
	case *frontend.FlushExpr:
		return g.flush(e, t)
	case *frontend.NewExpr:
		return g.newObject(e, t)
	case *frontend.ObjectConstructorExpr:
		return g.objectConstructor(e, t)
	}
	g.unsupported(e.Pos(), "this expression")
	return jen.Nil()
}

func (g *gen) nameExpr(e *frontend.NameExpr, t *check.Type) jen.Code {
	if e.Prefix != "" {
		if sym := g.prog.Uses[e]; sym != nil && sym.Kind == check.SymConst && !sym.Structured {
			// a library constant (int:MAX_VALUE, array:ASCENDING): its value
			basic := check.Basic(sym.Type)
			return g.convert(g.untypedConst(g.constLit(sym.Const, basic)), basic, t, nil)
		}
		g.unsupported(e.Pos(), "the name '%s:%s'", e.Prefix, e.Name)
		return jen.Nil()
	}
	sym := g.prog.Uses[e]
	if sym == nil {
		return jen.Nil()
	}
	switch sym.Kind {
	case check.SymWorker:
		return g.future(e)
	case check.SymType:
		// a type name as a value: its descriptor
		td := g.prog.TypeOfExpr(e)
		return g.convert(g.typeDesc(td.Elem), td, t, nil)
	case check.SymFunc:
		if sym.Func != nil && !g.takesStrand(sym.Func) {
			return g.strandAdapter(g.symRef(sym), sym.Func)
		}
	}
	code := jen.Id(g.symRef(sym))
	declared := sym.Type
	if sym.Kind == check.SymConst && !sym.Structured {
		declared = check.Basic(sym.Type)
		if sym.Const == nil {
			return jen.Nil()
		}
	}
	// A narrowed local: unbox to the narrowed type.
	return g.convert(code, declared, t, nil)
}

func (g *gen) template(e *frontend.TemplateExpr) jen.Code {
	if e.Tag == "" {
		// a raw template: rt.NewRawTemplate([]string{"a ", " b"}, x)
		var strs, ins []jen.Code
		for _, s := range e.Strings {
			strs = append(strs, jen.Lit(s))
		}
		codes := g.operands(len(e.Exprs), func(i int) (jen.Code, frontend.Expr) {
			return g.boxed(g.expr(e.Exprs[i]), g.prog.TypeOfExpr(e.Exprs[i])), e.Exprs[i]
		})
		ins = append(ins, codes...)
		return rtCall("NewRawTemplate", append([]jen.Code{jen.Index().String().Values(strs...)}, ins...)...)
	}
	var parts []jen.Code
	for i, s := range e.Strings {
		if s != "" {
			parts = append(parts, jen.Lit(s))
		}
		if i < len(e.Exprs) {
			x := e.Exprs[i]
			xt := g.prog.TypeOfExpr(x)
			code := g.expr(x)
			switch g.repr(xt) {
			case "string":
				parts = append(parts, code)
			case "int64":
				parts = append(parts, rtCall("IntToString", code))
			case "float64":
				parts = append(parts, rtCall("FloatToString", code))
			case "rt.Decimal":
				parts = append(parts, jen.Add(code).Dot("String").Call())
			default:
				parts = append(parts, rtCall("ToString", g.boxed(code, xt)))
			}
		}
	}
	if len(parts) == 0 {
		return jen.Lit("")
	}
	out := parts[0]
	for _, p := range parts[1:] {
		out = g.goBinary(out, frontend.OpAdd, p)
	}
	return out
}

// operands generates several expressions in source order. When a later
// operand needs statements (check, temporaries), earlier operands that are
// not plain names or literals are moved into temporaries first, so that
// evaluation order stays Ballerina's.
func (g *gen) operands(n int, gen1 func(i int) (jen.Code, frontend.Expr)) []jen.Code {
	codes := make([]jen.Code, n)
	srcs := make([]frontend.Expr, n)
	for i := 0; i < n; i++ {
		mark := len(*g.cur)
		code, src := gen1(i)
		if len(*g.cur) > mark {
			var hoisted []jen.Code
			for j := 0; j < i; j++ {
				if codes[j] == nil || isPureExpr(srcs[j]) {
					continue
				}
				t := g.newTemp("arg")
				hoisted = append(hoisted, jen.Id(t).Op(":=").Add(codes[j]))
				codes[j] = jen.Id(t)
				srcs[j] = nil
			}
			if len(hoisted) > 0 {
				rest := append([]jen.Code{}, (*g.cur)[mark:]...)
				*g.cur = append(append((*g.cur)[:mark], hoisted...), rest...)
			}
		}
		codes[i], srcs[i] = code, src
	}
	return codes
}

// isPureExpr reports whether evaluating e later gives the same value and no
// effects: names and literals (a nil e is an already-hoisted temporary).
func isPureExpr(e frontend.Expr) bool {
	if e == nil {
		return true
	}
	switch frontend.Unparen(e).(type) {
	case *frontend.NameExpr, *frontend.IntLit, *frontend.StringLit, *frontend.BoolLit, *frontend.FloatLit, *frontend.NilLit:
		return true
	}
	return false
}

func (g *gen) listExpr(e *frontend.ListExpr, t *check.Type) jen.Code {
	var elemT func(i int) *check.Type
	var goElem jen.Code
	switch t.Kind {
	case check.KArray:
		elemT = func(int) *check.Type { return t.Elem }
		goElem = g.goType(t.Elem)

	case check.KTuple:
		elemT = func(int) *check.Type { return check.Any }
		goElem = jen.Any()
	default:
		g.unsupported(e.Pos(), "a list constructor of type '%s'", t)
		return jen.Nil()
	}
	for _, el := range e.Elems {
		if _, ok := el.(*frontend.SpreadExpr); ok {
			return g.listWithSpread(e, t, goElem, elemT)
		}
	}
	args := g.operands(len(e.Elems), func(i int) (jen.Code, frontend.Expr) {
		return g.exprTo(e.Elems[i], elemT(i)), e.Elems[i]
	})
	if t.Kind == check.KArray && t.Len >= 0 {
		// T[n]: the missing members get T's filler value
		return rtGeneric("NewFixedList", []jen.Code{goElem}, append([]jen.Code{g.listInherent(t), jen.Lit(t.Len)}, args...)...)
	}
	if t.Kind == check.KTuple && len(e.Elems) < len(t.Members) {
		// [T1, T2] from fewer members: the missing ones get their fillers
		return rtGeneric("NewFixedList", []jen.Code{goElem}, append([]jen.Code{g.listInherent(t), jen.Lit(len(t.Members))}, args...)...)
	}
	return rtGeneric("NewList", []jen.Code{goElem}, append([]jen.Code{g.listInherent(t)}, args...)...)
}

func (g *gen) listWithSpread(e *frontend.ListExpr, t *check.Type, goElem jen.Code, elemT func(int) *check.Type) jen.Code {
	l := g.newTemp("list")
	g.emit(jen.Id(l).Op(":=").Add(rtGeneric("NewList", []jen.Code{goElem}, g.listInherent(t))))
	for i, el := range e.Elems {
		if sp, ok := el.(*frontend.SpreadExpr); ok {
			st := g.prog.TypeOfExpr(sp.X)
			if st.Kind != check.KArray {
				g.unsupported(sp.Pos(), "spreading a '%s' into a '%s'", st, t)
				continue
			}
			if g.repr(st.Elem) != g.repr(elemT(i)) {
				// int[] into any[]: member by member, each converted
				v := g.newTemp("v")
				g.emit(jen.For(jen.List(jen.Id("_"), jen.Id(v)).Op(":=").Range().Add(g.expr(sp.X)).Dot("Elems")).Block(
					jen.Id(l).Dot("Push").Call(g.convert(jen.Id(v), st.Elem, elemT(i), nil))))
				continue
			}
			g.emit(jen.Id(l).Dot("Push").Call(jen.Add(g.expr(sp.X)).Dot("Elems").Op("...")))
			continue
		}
		g.emit(jen.Id(l).Dot("Push").Call(g.exprTo(el, elemT(i))))
	}
	return jen.Id(l)
}

func (g *gen) mappingExpr(e *frontend.MappingExpr, t *check.Type) jen.Code {
	fieldValue := func(f *frontend.Field, want *check.Type) jen.Code {
		if f.Value != nil {
			return g.exprTo(f.Value, want)
		}
		return g.shorthand(f, want)
	}
	switch t.Kind {
	case check.KRecord:
		// &Person{Name: "x", Age: 3}
		vals := g.operands(len(e.Fields), func(i int) (jen.Code, frontend.Expr) {
			f := e.Fields[i]
			rf := t.FieldByName(f.Name)
			if rf == nil {
				return fieldValue(f, check.Any), f.Value // a rest field
			}
			want := rf.Type
			if rf.Optional {
				want = check.Any
			}
			return fieldValue(f, want), f.Value
		})
		// Fields in source order (Go evaluates composite literal elements
		// left to right), then defaults and absent optional fields.
		var elems []jen.Code
		given := map[string]bool{}
		var restKeys, restVals []jen.Code
		for i, f := range e.Fields {
			if t.FieldByName(f.Name) == nil {
				restKeys = append(restKeys, jen.Lit(f.Name))
				restVals = append(restVals, vals[i])
				continue
			}
			given[f.Name] = true
			elems = append(elems, jen.Id(g.fieldName(t, f.Name)).Op(":").Add(vals[i]))
		}
		if len(restKeys) > 0 {
			elems = append(elems, jen.Id(restField).Op(":").Add(rtGeneric("NewMapFrom", []jen.Code{jen.Any()}, jen.Nil(),
				jen.Index().String().Values(restKeys...), jen.Index().Any().Values(restVals...))))
		}
		elems = append(elems, g.recordDefaults(t, given)...)
		return jen.Op("&").Id(g.recordName(t)).Values(elems...)
	case check.KMap:
		simple := true
		for _, f := range e.Fields {
			if f.Spread != nil || f.Computed != nil {
				simple = false
			}
		}
		goElem := g.goType(t.Elem)
		if simple {
			// rt.NewMapFrom[int64](nil, []string{"a", "b"}, []int64{1, 2})
			var keys []jen.Code
			for _, f := range e.Fields {
				keys = append(keys, jen.Lit(f.Name))
			}
			vals := g.operands(len(e.Fields), func(i int) (jen.Code, frontend.Expr) {
				return fieldValue(e.Fields[i], t.Elem), e.Fields[i].Value
			})
			return rtGeneric("NewMapFrom", []jen.Code{goElem}, g.mapInherent(t),
				jen.Index().String().Values(keys...), jen.Index().Add(goElem).Values(vals...))
		}
		// Computed-key fields are evaluated in their place but stored after
		// all other fields (spec, mapping constructor), overwriting a member
		// of the same key in place.
		m := g.newTemp("map")
		g.emit(jen.Id(m).Op(":=").Add(rtGeneric("NewMap", []jen.Code{goElem}, g.mapInherent(t))))
		var computed []jen.Code
		for _, f := range e.Fields {
			switch {
			case f.Spread != nil:
				st := g.prog.TypeOfExpr(f.Spread)
				switch st.Kind {
				case check.KMap:
					src := g.expr(f.Spread)
					g.emit(jen.Add(src).Dot("Range").Call(jen.Func().Params(jen.Id("k").String(), jen.Id("v").Add(g.goType(st.Elem))).Bool().Block(
						jen.Id(m).Dot("Put").Call(jen.Id("k"), g.convert(jen.Id("v"), st.Elem, t.Elem, nil)), jen.Return(jen.True()))))
				case check.KRecord:
					// the fields present, in order, found by name (the record's
					// struct has them in fields of their own types)
					r, k := g.newTemp("rec"), g.newTemp("key")
					g.emit(jen.Id(r).Op(":=").Add(g.expr(f.Spread)))
					g.emit(jen.For(jen.List(jen.Id("_"), jen.Id(k)).Op(":=").Range().Add(rtCall("RecordKeys", jen.Id(r))).Dot("Elems")).Block(
						jen.Id(m).Dot("Put").Call(jen.Id(k), g.convert(rtCall("RecordMember", jen.Id(r), jen.Id(k)), check.Any, t.Elem, nil))))
				default:
					g.unsupported(f.Pos(), "spreading a '%s' into a '%s'", st, t)
				}
			case f.Computed != nil:
				k, v := g.newTemp("key"), g.newTemp("val")
				g.emit(jen.Id(k).Op(":=").Add(g.exprTo(f.Computed, check.String)))
				g.emit(jen.Var().Id(v).Add(goElem).Op("=").Add(g.exprTo(f.Value, t.Elem)))
				computed = append(computed, jen.Id(m).Dot("Put").Call(jen.Id(k), jen.Id(v)))
			default:
				g.emit(jen.Id(m).Dot("Put").Call(jen.Lit(f.Name), fieldValue(f, t.Elem)))
			}
		}
		for _, put := range computed {
			g.emit(put)
		}
		return jen.Id(m)
	}
	g.unsupported(e.Pos(), "a mapping constructor of type '%s'", t)
	return jen.Nil()
}

// recordDefaults are the struct literal elements of the fields of record type t
// not given in a mapping constructor: defaults and absent optional fields.
func (g *gen) recordDefaults(t *check.Type, given map[string]bool) []jen.Code {
	var elems []jen.Code
	for _, rf := range t.Fields {
		if given[rf.Name] {
			continue
		}
		switch {
		case rf.HasDefault:
			want := rf.Type
			if rf.Optional {
				want = check.Any
			}
			elems = append(elems, jen.Id(g.fieldName(t, rf.Name)).Op(":").Add(g.exprTo(rf.Default.(frontend.Expr), want)))
		case rf.Optional:
			elems = append(elems, jen.Id(g.fieldName(t, rf.Name)).Op(":").Add(rtq("Absent")))
		}
	}
	return elems
}

// recordFiller is a function making the filler value of record type t, the value
// of `{}` (spec, "Filler values"), or nil when t has none: when a field is
// required and has no default. A default that needs the strand (a call, check,
// a worker action) is evaluated where a record is constructed, which a runtime
// fill cannot do, so such a record gets no filler function either.
//
//	func() any { return &P{X: 0, Y: rt.Absent} }
func (g *gen) recordFiller(t *check.Type) jen.Code {
	for _, rf := range t.Fields {
		if !rf.Optional && !rf.HasDefault {
			return nil
		}
		if rf.HasDefault && !strandFree(rf.Default.(frontend.Expr)) {
			return nil
		}
	}
	var elems []jen.Code
	body := g.collect(func() { elems = g.recordDefaults(t, nil) })
	body = append(body, jen.Return(jen.Op("&").Id(g.recordName(t)).Values(elems...)))
	return jen.Func().Params().Any().Block(body...)
}

// strandFree reports whether e can be evaluated outside a function body: it
// makes no calls and performs no checks or worker actions.
func strandFree(e frontend.Expr) bool {
	ok := true
	frontend.Inspect(e, func(n frontend.Node) bool {
		switch n.(type) {
		case *frontend.CallExpr, *frontend.MethodCallExpr, *frontend.CheckExpr, *frontend.TrapExpr,
			*frontend.ErrorCtorExpr, *frontend.NewExpr, *frontend.ObjectConstructorExpr, *frontend.FuncExpr, *frontend.ArrowExpr,
			*frontend.StartExpr, *frontend.WaitExpr, *frontend.MultiWaitExpr, *frontend.ReceiveExpr,
			*frontend.MultiReceiveExpr, *frontend.SendExpr, *frontend.FlushExpr,
			*frontend.RemoteCallExpr, *frontend.ResourceCallExpr:
			ok = false
		}
		return ok
	})
	return ok
}

// shorthand is the value of {x}: the variable x.
func (g *gen) shorthand(f *frontend.Field, want *check.Type) jen.Code {
	if sym := g.shorthandSym(f); sym != nil {
		return g.convert(jen.Id(g.symRef(sym)), sym.Type, want, nil)
	}
	g.unsupported(f.Pos(), "this field shorthand")
	return jen.Nil()
}

func (g *gen) shorthandSym(f *frontend.Field) *check.Symbol {
	return g.prog.Shorthands[f]
}

func (g *gen) unary(e *frontend.UnaryExpr, t *check.Type) jen.Code {
	switch e.Op {
	case frontend.OpNeg:
		if t.Kind == check.KDecimal {
			switch lit := frontend.Unparen(e.X).(type) {
			case *frontend.IntLit, *frontend.FloatLit:
				return g.decimalConst(check.NegDecimal(check.DecimalLiteral(lit)))
			}
			return rtCall("NegDecimal", g.exprTo(e.X, t))
		}
		if lit, ok := frontend.Unparen(e.X).(*frontend.IntLit); ok {
			if t.Kind == check.KFloat {
				return g.untypedConst(floatLit(-float64(lit.Value)))
			}
			if lit.Value == 1<<63 {
				return jen.Qual("math", "MinInt64")
			}
			return g.untypedConst(jen.Lit(-int(lit.Value)))
		}
		if lit, ok := frontend.Unparen(e.X).(*frontend.FloatLit); ok {
			return g.untypedConst(floatLit(-lit.Value))
		}
		x := g.exprTo(e.X, t)
		if t.Kind == check.KInt {
			return rtCall("NegInt", x)
		}
		return g.goUnary(frontend.OpNeg, x)
	case frontend.OpPlus:
		return g.exprTo(e.X, t)
	case frontend.OpNot:
		return g.goUnary(frontend.OpNot, g.exprTo(e.X, check.Boolean))
	case frontend.OpBitNot:
		return g.goUnary(frontend.OpBitNot, g.exprTo(e.X, check.Int))
	}
	g.unsupported(e.Pos(), "operator '%s'", e.Op)
	return jen.Nil()
}

func (g *gen) binary(e *frontend.BinaryExpr, t *check.Type) jen.Code {
	switch e.Op {
	case frontend.OpAndAnd, frontend.OpOrOr:
		x := g.exprTo(e.X, check.Boolean)
		var y jen.Code
		pre := g.collect(func() { y = g.exprTo(e.Y, check.Boolean) })
		if len(pre) == 0 {
			return g.goBinary(x, e.Op, y)
		}
		// b := x; if b { …; b = y }   (|| tests !b)
		b := g.newTemp("cond")
		g.emit(jen.Id(b).Op(":=").Add(x))
		test := jen.Id(b)
		if e.Op == frontend.OpOrOr {
			test = jen.Op("!").Id(b)
		}
		g.emit(jen.If(test).Block(append(pre, jen.Id(b).Op("=").Add(y))...))
		return jen.Id(b)
	case frontend.OpElvis:
		// var v T; if x := …; x != nil { v = x } else { v = y }
		xt := g.prog.TypeOfExpr(e.X)
		x := g.boxed(g.expr(e.X), xt)
		v := g.newTemp("elvis")
		xv := g.newTemp("x")
		var y jen.Code
		pre := g.collect(func() { y = g.exprTo(e.Y, t) })
		g.emit(jen.Var().Id(v).Add(g.goType(t)))
		g.emit(jen.If(jen.Id(xv).Op(":=").Add(x), jen.Id(xv).Op("!=").Nil()).Block(
			jen.Id(v).Op("=").Add(g.convert(jen.Id(xv), check.Any, t, nil)),
		).Else().Block(append(pre, jen.Id(v).Op("=").Add(y))...))
		return jen.Id(v)
	}
	xt, yt := g.prog.TypeOfExpr(e.X), g.prog.TypeOfExpr(e.Y)
	opT := check.Basic(xt)
	codes := g.operands(2, func(i int) (jen.Code, frontend.Expr) {
		if i == 0 {
			return g.expr(e.X), e.X
		}
		return g.expr(e.Y), e.Y
	})
	if e.Op.IsRelational() && (!simpleOrdered(xt) || !simpleOrdered(yt)) {
		// optional operands and lists: rt compares the values (nil is unordered)
		return rtCall("CompareValues", g.boxed(codes[0], xt), g.boxed(codes[1], yt), jen.Lit(e.Op.String()))
	}
	return g.binaryOpTyped(e.Op, opT, xt, yt, codes[0], codes[1], e)
}

// numericOperand converts an int operand of a mixed arithmetic operation to
// the other operand's float or decimal.
func (g *gen) numericOperand(c jen.Code, t, other *check.Type) (jen.Code, *check.Type) {
	if t.Kind != check.KInt {
		return c, t
	}
	switch other.Kind {
	case check.KFloat:
		return jen.Float64().Call(c), check.Float
	case check.KDecimal:
		return rtCall("DecimalFromInt", c), check.Decimal
	}
	return c, t
}

// simpleOrdered reports whether t is int, float, decimal, string or boolean (or
// a subtype), whose values Go or rt compare directly.
func simpleOrdered(t *check.Type) bool {
	switch check.Basic(t).Kind {
	case check.KInt, check.KFloat, check.KDecimal, check.KString, check.KBoolean:
		return true
	}
	return false
}

// binaryOp applies op to two operands already converted to type t.
func (g *gen) binaryOp(op frontend.Op, t, _ *check.Type, x, y jen.Code) jen.Code {
	return g.binaryOpTyped(op, t, t, t, x, y, nil)
}

func (g *gen) binaryOpTyped(op frontend.Op, opT, xt, yt *check.Type, x, y jen.Code, e *frontend.BinaryExpr) jen.Code {
	bx, by := check.Basic(xt), check.Basic(yt)
	// operands as the Go type of their basic type
	xc := g.convert(x, xt, bx, nil)
	yc := g.convert(y, yt, by, nil)
	if op.IsArith() && bx.Kind != by.Kind {
		// f * i, i * d, f / i: the int operand is converted (check.mixedArith)
		xc, bx = g.numericOperand(xc, bx, by)
		yc, by = g.numericOperand(yc, by, bx)
	}
	isInt := bx.Kind == check.KInt && by.Kind == check.KInt
	isFloat := bx.Kind == check.KFloat && by.Kind == check.KFloat
	isDecimal := bx.Kind == check.KDecimal && by.Kind == check.KDecimal
	switch op {
	case frontend.OpAdd, frontend.OpSub, frontend.OpMul, frontend.OpDiv, frontend.OpMod:
		fns := arithFuncs[op]
		if isInt {
			return rtCall(fns.int, xc, yc)
		}
		if isDecimal {
			return rtCall(fns.decimal, xc, yc)
		}
		// Go's float / and % are not Ballerina's (a constant x/0.0 does
		// not compile, % is not defined), and Go folds constant
		// expressions exactly (0.1+0.2 == 0.3) where Ballerina rounds
		// each operation to float64.
		if isFloat && (op == frontend.OpDiv || op == frontend.OpMod || g.untyped[x] && g.untyped[y]) {
			return rtCall(fns.float, xc, yc)
		}
		return g.goBinary(xc, op, yc) // float arithmetic, string concatenation
	case frontend.OpLt, frontend.OpGt, frontend.OpLe, frontend.OpGe:
		if bx.Kind == check.KBoolean {
			return rtCall("CompareBool", xc, yc, jen.Lit(op.String()))
		}
		if isDecimal {
			return g.goBinary(rtCall("DecimalCmp", xc, yc), op, jen.Lit(0)) // rt.DecimalCmp(x, y) < 0
		}
		return g.goBinary(xc, op, yc)
	case frontend.OpEq, frontend.OpNe:
		var eq jen.Code
		rx, ry := g.repr(xt), g.repr(yt)
		if rx == ry && (rx == "int64" || rx == "string" || rx == "bool") {
			return g.goBinary(x, op, y)
		}
		if rx == "float64" && ry == "float64" {
			eq = rtCall("FloatEqual", x, y)
		} else if rx == "rt.Decimal" && ry == "rt.Decimal" {
			eq = rtCall("DecimalEqual", x, y)
		} else {
			eq = rtCall("Equal", g.boxed(x, xt), g.boxed(y, yt))
		}
		if op == frontend.OpNe {
			return g.goUnary(frontend.OpNot, eq)
		}
		return eq
	case frontend.OpExactEq, frontend.OpExactNe:
		eq := rtCall("Same", g.boxed(x, xt), g.boxed(y, yt))
		if g.repr(xt) == "rt.Decimal" && g.repr(yt) == "rt.Decimal" {
			eq = rtCall("DecimalSame", x, y)
		}
		if op == frontend.OpExactNe {
			return g.goUnary(frontend.OpNot, eq)
		}
		return eq
	case frontend.OpAnd, frontend.OpOr, frontend.OpXor:
		return g.goBinary(xc, op, yc)
	case frontend.OpShl, frontend.OpShr, frontend.OpUshr:
		return rtCall(arithFuncs[op].int, xc, yc)
	}
	pos := frontend.Pos{}
	if e != nil {
		pos = e.OpP
	}
	g.unsupported(pos, "operator '%s'", op)
	return jen.Nil()
}

// discard emits x for its effects and as a use (`_ = x`); nothing when x is nil,
// the value of an expression of type () whose effects (a call without a Go
// result) are emitted already.
func (g *gen) discard(x jen.Code) {
	if !isNilCode(x) {
		g.emit(jen.Id("_").Op("=").Add(x))
	}
}

func (g *gen) typeTest(e *frontend.TypeTestExpr) jen.Code {
	xt := g.prog.TypeOfExpr(e.X)
	tt := g.prog.TypeOf[e.Type]
	x := g.expr(e.X)
	var test jen.Code
	switch {
	case tt == nil:
		g.discard(x) // its effects, and a use: Go rejects unused variables
		test = jen.False()
	case check.IsSubtype(xt, tt):
		g.discard(x) // as above
		test = jen.True()
	case g.prog.FuncTypeOf(e.X) != nil:
		// a function's own type is exact (and the runtime cannot tell function
		// types apart): the function belongs to tt only if its type is below tt
		g.discard(x)
		test = jen.Lit(check.IsSubtype(g.prog.FuncTypeOf(e.X), tt))
	case tt.Kind == check.KNil:
		test = g.goBinary(g.boxed(x, xt), frontend.OpEq, jen.Nil())
	default:
		test = jen.Add(g.typeDesc(tt)).Dot("Contains").Call(g.boxed(x, xt))
	}
	if e.Not {
		return g.goUnary(frontend.OpNot, test)
	}
	return test
}

func (g *gen) condExpr(e *frontend.CondExpr, t *check.Type) jen.Code {
	cond := g.exprTo(e.Cond, check.Boolean)
	var a, b jen.Code
	preA := g.collect(func() { a = g.exprTo(e.Then, t) })
	preB := g.collect(func() { b = g.exprTo(e.Else, t) })
	v := g.newTemp("cond")
	g.emit(jen.Var().Id(v).Add(g.goType(t)))
	g.emit(jen.If(cond).Block(append(preA, jen.Id(v).Op("=").Add(a))...).Else().Block(append(preB, jen.Id(v).Op("=").Add(b))...))
	return jen.Id(v)
}

// letExpr declares the let variables as Go locals before the expression.
// Their Go scope is wider than their Ballerina one (the rest of the block),
// so each gets a name of its own in the function: a later local or let
// variable may reuse the Ballerina name.
func (g *gen) letExpr(e *frontend.LetExpr, t *check.Type) jen.Code {
	rename := func(n frontend.Node) bool {
		if sym := g.prog.Defs[n]; sym != nil && sym.Name != "_" {
			g.names[sym] = g.newTemp(goName(sym.Name))
		}
		return true
	}
	for _, d := range e.Decls {
		if bd, ok := d.(*frontend.BindingDecl); ok {
			frontend.Inspect(bd.Pattern, rename)
		} else {
			rename(d)
		}
		g.stmt(d)
	}
	return g.exprTo(e.Body, t)
}

func (g *gen) cast(e *frontend.CastExpr, t *check.Type) jen.Code {
	xt := g.prog.TypeOfExpr(e.X)
	x := g.expr(e.X)
	bx, bt := check.Basic(xt), check.Basic(t)
	switch {
	case bx.Kind == check.KInt && bt.Kind == check.KFloat:
		return jen.Float64().Call(x)
	case bx.Kind == check.KFloat && bt.Kind == check.KInt:
		return rtCall("FloatToInt", x)
	case bx.Kind == check.KInt && bt.Kind == check.KDecimal:
		return rtCall("DecimalFromInt", x)
	case bx.Kind == check.KFloat && bt.Kind == check.KDecimal:
		return rtCall("DecimalFromFloat", x)
	case bx.Kind == check.KDecimal && bt.Kind == check.KInt:
		return rtCall("DecimalToInt", x)
	case bx.Kind == check.KDecimal && bt.Kind == check.KFloat:
		return rtCall("DecimalToFloat", x)
	case check.IsSubtype(xt, t):
		return g.convert(x, xt, t, e.X)
	}
	if g.sharedRecord(t) {
		return rtCall("NarrowRecord", g.boxed(x, xt), g.typeDesc(t))
	}
	if g.repr(t) == "any" && g.repr(xt) == "any" && !needsNumericCast(t) {
		return rtGeneric("Cast", []jen.Code{jen.Any()}, x, g.typeDesc(t))
	}
	return rtGeneric("Cast", []jen.Code{g.goType(t)}, g.boxed(x, xt), g.typeDesc(t))
}

func needsNumericCast(t *check.Type) bool {
	for _, m := range check.MembersOf(t) {
		switch check.Basic(m).Kind {
		case check.KInt, check.KFloat, check.KDecimal:
			return true
		}
	}
	return false
}

func (g *gen) errorCtor(e *frontend.ErrorCtorExpr) jen.Code {
	call := g.prog.Calls[e]
	if call == nil || len(call.Args) == 0 {
		return jen.Nil()
	}
	var msg, cause, detail jen.Code
	msg = g.exprTo(call.Args[0], check.String)
	cause = jen.Nil()
	if len(call.Args) > 1 {
		ct := g.prog.TypeOfExpr(call.Args[1])
		if g.repr(ct) == "*rt.Error" {
			cause = g.expr(call.Args[1])
		} else {
			cause = rtCall("AsError", g.boxed(g.expr(call.Args[1]), ct))
		}
	}
	detail = jen.Nil()
	if len(call.Named) > 0 {
		var keys, vals []jen.Code
		for _, a := range e.Args {
			if a.Name == "" {
				continue
			}
			keys = append(keys, jen.Lit(a.Name))
			vals = append(vals, g.exprTo(a.Value, check.Any))
		}
		detail = rtGeneric("NewMapFrom", []jen.Code{jen.Any()}, jen.Nil(), jen.Index().String().Values(keys...), jen.Index().Any().Values(vals...))
	}
	t := g.prog.TypeOfExpr(e)
	switch {
	case len(t.Distinct) > 0, e.Type != nil && t.Name != "" && t.Elem != nil:
		// error T(…) (or error(…) expecting a distinct T): the error's type is T,
		// which its printed form names and whose type ids it carries
		return rtCall("NewErrorOf", g.typeDesc(t), msg, cause, detail)
	case e.Type != nil && t.Name != "":
		return rtCall("NewTypedError", jen.Lit(t.Name), msg, cause, detail)
	}
	return rtCall("NewError", msg, cause, detail)
}

func (g *gen) fieldExpr(e *frontend.FieldExpr, t *check.Type) jen.Code {
	xt := g.prog.TypeOfExpr(e.X)
	if check.LaxAccess(xt, e.Optional) {
		// json (map<json>, ...): checked at run time, errors returned
		fn := "LaxField"
		if e.Optional {
			fn = "LaxOptionalField"
		}
		return g.convert(rtCall(fn, g.boxed(g.expr(e.X), xt), jen.Lit(e.Name)), check.Any, t, nil)
	}
	x := selectable(g.expr(e.X), e.X)
	if e.Optional && check.IsNilable(xt) {
		// var v T; if r, ok := x.(*R); ok { v = r.F }
		base := check.NonNilPart(xt)
		if base.Kind == check.KUnion || g.sharedRecord(base) {
			// a union of records (or a record type shared with its subtypes):
			// var v T; if r := x; r != nil { v = rt.RecordMember(r, "f") }
			v, r := g.newTemp("field"), g.newTemp("rec")
			g.emit(jen.Var().Id(v).Add(g.goType(t)))
			g.emit(jen.If(jen.Id(r).Op(":=").Add(x), jen.Id(r).Op("!=").Nil()).Block(
				jen.Id(v).Op("=").Add(g.convert(rtCall("RecordMember", jen.Id(r), jen.Lit(e.Name)), check.Any, t, nil)),
			))
			return jen.Id(v)
		}
		if base.Kind == check.KObject && base.Obj != nil {
			// var v T; if o, ok := x.(*C); ok { v = o.f }
			v, o := g.newTemp("field"), g.newTemp("obj")
			g.emit(jen.Var().Id(v).Add(g.goType(t)))
			g.emit(jen.If(jen.List(jen.Id(o), jen.Id("ok")).Op(":=").Add(x).Assert(g.goType(base)), jen.Id("ok")).Block(
				jen.Id(v).Op("=").Add(g.objectField(jen.Id(o), base, e.Name, t)),
			))
			return jen.Id(v)
		}
		if base.Kind != check.KRecord {
			g.unsupported(e.Pos(), "optional field access on '%s'", xt)
			return jen.Nil()
		}
		f := base.FieldByName(e.Name)
		if f == nil {
			return jen.Nil()
		}
		v := g.newTemp("field")
		r := g.newTemp("rec")
		ft := f.Type
		if f.Optional {
			ft = check.Any
		}
		g.emit(jen.Var().Id(v).Add(g.goType(t)))
		fv := jen.Id(r).Dot(g.fieldName(base, e.Name))
		if f.Optional {
			fv = rtCall("OptionalField", fv)
		}
		g.emit(jen.If(jen.List(jen.Id(r), jen.Id("ok")).Op(":=").Add(x).Assert(g.goType(base)), jen.Id("ok")).Block(
			jen.Id(v).Op("=").Add(g.convert(fv, ft, t, nil)),
		))
		return jen.Id(v)
	}
	if xt.Kind == check.KObject && xt.Obj != nil {
		return g.objectField(x, xt, e.Name, t)
	}
	if xt.Kind == check.KUnion || g.sharedRecord(xt) {
		// a union of records, each with the field (the checker made sure), or
		// a record type shared with its subtypes: the Go structs differ, so the
		// field is found by its Ballerina name
		return g.convert(rtCall("RecordMember", x, jen.Lit(e.Name)), check.Any, t, nil)
	}
	if xt.Kind != check.KRecord {
		g.unsupported(e.Pos(), "field access on '%s'", xt)
		return jen.Nil()
	}
	f := xt.FieldByName(e.Name)
	if f == nil {
		return jen.Nil()
	}
	ft := f.Type
	if f.Optional {
		return g.convert(rtCall("OptionalField", jen.Add(x).Dot(g.fieldName(xt, e.Name))), check.Any, t, nil)
	}
	return g.convert(jen.Add(x).Dot(g.fieldName(xt, e.Name)), ft, t, nil)
}

// selectable makes x, the code of e, usable before a selector: a record
// constructor's &T{...} must be parenthesized, or Go reads &T{...}.F as
// &(T{...}.F).
func selectable(x jen.Code, e frontend.Expr) jen.Code {
	if _, ok := frontend.Unparen(e).(*frontend.MappingExpr); ok {
		return jen.Parens(x)
	}
	return x
}

func (g *gen) indexExpr(e *frontend.IndexExpr, t *check.Type) jen.Code {
	xt := g.prog.TypeOfExpr(e.X)
	codes := g.operands(2, func(i int) (jen.Code, frontend.Expr) {
		if i == 0 {
			return g.expr(e.X), e.X
		}
		it := g.prog.TypeOfExpr(e.Index)
		return g.convert(g.expr(e.Index), it, check.Basic(it), nil), e.Index
	})
	x, i := selectable(codes[0], e.X), codes[1]
	switch xt.Kind {
	case check.KTable:
		return g.tableMember(x, i, g.prog.TypeOfExpr(e.Index), t)
	case check.KArray:
		return g.convert(jen.Add(x).Dot("Get").Call(i), xt.Elem, t, nil)
	case check.KTuple:
		return g.convert(jen.Add(x).Dot("Get").Call(i), check.Any, t, nil)
	case check.KMap:
		return g.convert(jen.Add(x).Dot("Member").Call(i), check.Any, t, nil)
	case check.KString:
		return rtCall("StrIndex", x, i)
	case check.KRecord:
		key, ok := g.recordKey(e.Index)
		if !ok || g.sharedRecord(xt) {
			return g.convert(rtCall("RecordMember", x, i), check.Any, t, nil)
		}
		f := xt.FieldByName(key)
		if f == nil {
			return g.convert(jen.Add(x).Dot(restField).Dot("Member").Call(i), check.Any, t, nil)
		}
		if f.Optional {
			return g.convert(rtCall("OptionalField", jen.Add(x).Dot(g.fieldName(xt, key))), check.Any, t, nil)
		}
		return g.convert(jen.Add(x).Dot(g.fieldName(xt, key)), f.Type, t, nil)
	}
	if check.IsSubtype(xt, check.String) {
		return rtCall("StrIndex", x, i)
	}
	g.unsupported(e.Pos(), "member access on '%s'", xt)
	return jen.Nil()
}

// recordKey is the key of a record member access r[k] when the checker
// knows it (a literal or a constant: its type is the singleton).
func (g *gen) recordKey(k frontend.Expr) (string, bool) {
	if t := g.prog.TypeOfExpr(k); t.Kind == check.KSingleton {
		s, ok := t.Value.(string)
		return s, ok
	}
	return "", false
}

// checkValue emits the error test of `check e` and returns the value:
//
//	tmp1_ := e
//	if err2_, ok := tmp1_.(*rt.Error); ok { return err2_ }
//
// checkOperand generates the operand of check (checkpanic) e and gives its type.
// When the checker typed e as its expected type, which the operand's value part is
// not a subtype of, the operand is json converted by ensureType (check.ensuresType):
//
//	rt.EnsureType[int64](x, rt.TInt)
func (g *gen) checkOperand(e *frontend.CheckExpr) (jen.Code, *check.Type) {
	xt := g.prog.TypeOfExpr(e.X)
	t := g.prog.TypeOfExpr(e)
	x := g.expr(e.X)
	if check.IsSubtype(check.NonErrorPart(xt), t) {
		return x, xt
	}
	return rtGeneric("EnsureType", []jen.Code{g.goType(t)}, g.boxed(x, xt), g.typeDesc(t)), check.Union(t, check.Error)
}

func (g *gen) checkValue(e *frontend.CheckExpr) jen.Code {
	t := g.prog.TypeOfExpr(e)
	x, xt := g.checkOperand(e)
	if !check.ContainsError(xt) {
		return x // the operand's effects are emitted (a call of () type is a statement)
	}
	tmp := g.newTemp("tmp")
	errv := g.newTemp("err")
	g.emit(jen.Id(tmp).Op(":=").Add(x))
	if g.repr(xt) == "*rt.Error" {
		// the static type is error itself (or error?): check always fails when non-nil
		var failBody []jen.Code
		saved := g.cur
		g.cur = &failBody
		g.fail(jen.Id(tmp))
		g.cur = saved
		g.emit(jen.If(jen.Id(tmp).Op("!=").Nil()).Block(failBody...))
		return jen.Nil()
	}
	failBody := g.collect(func() { g.fail(jen.Id(errv)) })
	g.emit(jen.If(jen.List(jen.Id(errv), jen.Id("ok")).Op(":=").Id(tmp).Assert(jen.Op("*").Add(rtq("Error"))), jen.Id("ok")).Block(failBody...))
	if !hasResult(t) {
		return jen.Nil()
	}
	return g.convert(jen.Id(tmp), xt, t, nil)
}

// readOnlyValue makes the value of a list or mapping constructor whose type is
// read-only (its expected type was T & readonly) immutable in place; its members are
// read-only already.
func (g *gen) readOnlyValue(code jen.Code, t *check.Type) jen.Code {
	if !t.ReadOnly {
		return code
	}
	return rtCall("Freeze", code)
}

// decimalConst is the package variable holding the decimal constant v, made once
// from its text (decimal literals are no Go constants):
//
//	decimal1_50_ = rt.DecimalOf("1.50")
func (g *gen) decimalConst(v check.DecimalConst) jen.Code {
	key := "decimal|" + string(v)
	if name, ok := g.tdVars[key]; ok {
		return jen.Id(name)
	}
	name := "decimal" + strings.NewReplacer(".", "_", "-", "Neg", "+", "").Replace(string(v)) + "_"
	g.tdVars[key] = name
	g.tdDefs = append(g.tdDefs, jen.Id(name).Op("=").Add(rtCall("DecimalOf", jen.Lit(string(v)))))
	return jen.Id(name)
}
