package codegen

import (
	"fmt"

	"github.com/bal2go/bal2go/check"
	"github.com/bal2go/bal2go/frontend"
	"github.com/dave/jennifer/jen"
)

// emit appends a Go statement to the block being built.
func (g *gen) emit(c jen.Code) { *g.cur = append(*g.cur, c) }

// collect runs f with a fresh statement list and returns what it emitted.
func (g *gen) collect(f func()) []jen.Code {
	saved := g.cur
	var out []jen.Code
	g.cur = &out
	f()
	g.cur = saved
	return out
}

// lineDirective emits //line FILE.bal:N so that Go panics, stack traces and
// the race detector point at the Ballerina source. It must stand at column
// 1, which gofmt keeps for //line comments.
func (g *gen) lineDirective(p frontend.Pos) {
	if g.opts.NoLines || !p.IsKnown() {
		return
	}
	if d := g.lastDirective; d.block == g.cur && d.len == len(*g.cur) && d.line == p.Line {
		return // the same directive was just emitted here
	}
	g.emit(jen.Comment(fmt.Sprintf("//line %s:%d", g.srcName, p.Line)))
	g.lastDirective = emitted{g.cur, len(*g.cur), p.Line}
}

// emitted is where the last line directive went: block, its length after.
type emitted struct {
	block     *[]jen.Code
	len, line int
}

func (g *gen) stmts(ss []frontend.Stmt) {
	for _, s := range ss {
		g.stmt(s)
	}
}

// blockCode generates a nested block.
func (g *gen) blockCode(b *frontend.Block) []jen.Code {
	if b == nil {
		return nil
	}
	return g.collect(func() { g.stmts(b.Stmts) })
}

func (g *gen) stmt(s frontend.Stmt) {
	switch s.(type) {
	case *frontend.Block:
	case *frontend.ForkStmt:
		// newWorkerSet places it, after the constants it declares
	default:
		g.lineDirective(s.Pos())
	}
	switch s := s.(type) {
	case *frontend.Block:
		g.emit(jen.Block(g.blockCode(s)...))
	case *frontend.VarDecl:
		g.varDecl(s)
	case *frontend.BindingDecl:
		g.bindingDecl(s)
	case *frontend.AssignStmt:
		g.assign(s)
	case *frontend.DestructureStmt:
		g.destructure(s)
	case *frontend.ExprStmt:
		g.exprStmt(s.X)
	case *frontend.SendStmt:
		g.emit(g.send(s))
	case *frontend.IfStmt:
		g.emit(g.ifStmt(s))
	case *frontend.WhileStmt:
		g.whileStmt(s)
	case *frontend.ForeachStmt:
		g.foreach(s)
	case *frontend.BreakStmt:
		g.unlocks("loop")
		g.emit(jen.Break())
	case *frontend.ContinueStmt:
		g.unlocks("loop")
		g.emit(jen.Continue())
	case *frontend.ReturnStmt:
		if s.X == nil {
			g.unlocks("")
			if hasResult(g.fn.result()) {
				g.emit(jen.Return(jen.Nil()))
			} else {
				g.emit(jen.Return())
			}
			return
		}
		g.returnValue(s.X)
	case *frontend.PanicStmt:
		g.emit(jen.Panic(rtCall("PanicValue", g.errorValue(s.X))))
	case *frontend.FailStmt:
		g.fail(g.errorValue(s.X))
	case *frontend.MatchStmt:
		g.matchStmt(s)
	case *frontend.DoStmt:
		g.doStmt(s)
	case *frontend.LockStmt:
		g.lockStmt(s)
	case *frontend.ForkStmt:
		g.forkStmt(s)
	case *frontend.WorkerDecl:
		g.workerStart(s)
	default:
		g.unsupported(s.Pos(), "this statement")
	}
}

// errorValue evaluates an expression of an error type as *rt.Error.
func (g *gen) errorValue(e frontend.Expr) jen.Code {
	return g.exprTo(e, check.Error)
}

func (g *gen) varDecl(s *frontend.VarDecl) {
	sym := g.prog.Defs[s]
	if sym == nil {
		return
	}
	if s.Name == "_" {
		// a wildcard binds nothing: Go's blank variable, which may be
		// declared any number of times, with any type, in one scope
		g.emit(jen.Var().Id("_").Add(g.goType(sym.Type)).Op("=").Add(g.exprTo(s.Value, sym.Type)))
		return
	}
	name := g.local(sym)
	if s.Value == nil {
		g.emit(jen.Var().Id(name).Add(g.goType(sym.Type)))
	} else {
		vt := g.prog.TypeOfExpr(s.Value)
		code := g.exprTo(s.Value, sym.Type)
		if g.repr(vt) == g.repr(sym.Type) && !isUntypedLit(s.Value) && vt.Kind != check.KNil {
			g.emit(jen.Id(name).Op(":=").Add(code))
		} else {
			g.emit(jen.Var().Id(name).Add(g.goType(sym.Type)).Op("=").Add(code))
		}
	}
	if !g.isUsed(sym) {
		g.emit(jen.Id("_").Op("=").Id(name))
	}
}

// isUsed reports whether a local is read anywhere (Go rejects unused locals;
// Ballerina does not).
func (g *gen) isUsed(sym *check.Symbol) bool {
	if g.used == nil {
		g.used = map[*check.Symbol]bool{}
		for _, s := range g.prog.Uses {
			g.used[s] = true
		}
		for _, s := range g.prog.Shorthands {
			g.used[s] = true
		}
		// a query variable whose aggregated variable is used is used
		for _, q := range g.prog.Queries {
			aggs := q.Collected
			for _, grp := range q.Groups {
				aggs = append(aggs, grp.Aggregated...)
			}
			for _, a := range aggs {
				if g.used[a.To] {
					g.used[a.From] = true
				}
			}
		}
	}
	return g.used[sym]
}

// isUntypedLit reports whether e generates an untyped Go constant whose
// default type may differ from the Ballerina type (5 is int in Go).
func isUntypedLit(e frontend.Expr) bool {
	switch e := e.(type) {
	case *frontend.IntLit, *frontend.FloatLit:
		return true
	case *frontend.UnaryExpr:
		return isUntypedLit(e.X)
	case *frontend.ParenExpr:
		return isUntypedLit(e.X)
	}
	return false
}

func (g *gen) assign(s *frontend.AssignStmt) {
	if _, ok := frontend.Unparen(s.Lhs).(*frontend.WildcardExpr); ok {
		g.exprStmt(s.Value)
		return
	}
	lt := g.prog.TypeOfExpr(s.Lhs)
	value := func(read func() jen.Code) jen.Code {
		if s.Op == frontend.OpNone {
			return g.exprTo(s.Value, lt)
		}
		rt := g.prog.TypeOfExpr(g.prog.Compound[s])
		if rt.Kind == check.KInvalid {
			rt = lt
		}
		// x is read as the operation's basic type: a narrowed variable (x += 1 inside
		// `if x is int`) is stored as its declared type
		x := g.convert(read(), lt, check.Basic(rt), nil)
		// y keeps its own basic type: f *= i multiplies a float by an int
		yt := check.Basic(g.prog.TypeOfExpr(s.Value))
		y := g.exprTo(s.Value, yt)
		return g.convert(g.binaryOpTyped(s.Op, check.Basic(rt), check.Basic(rt), yt, x, y, nil), rt, lt, nil)
	}
	switch l := frontend.Unparen(s.Lhs).(type) {
	case *frontend.NameExpr:
		sym := g.prog.Uses[l]
		if sym == nil {
			return
		}
		name := g.symRef(sym)
		v := value(func() jen.Code { return jen.Id(name) })
		g.emit(jen.Id(name).Op("=").Add(v))
	case *frontend.FieldExpr:
		xt := g.prog.TypeOfExpr(l.X)
		x := g.fillingRead(l.X)
		if xt.Kind == check.KObject && xt.Obj != nil {
			g.emit(g.setObjectField(x, xt, l.Name, lt, s.Value, value))
			return
		}
		if g.sharedRecord(xt) {
			g.emit(g.setRecordMember(x, l.Name, lt, s.Value, value))
			return
		}
		if xt.Kind != check.KRecord {
			g.unsupported(l.Pos(), "assignment to a field of '%s'", xt)
			return
		}
		f := xt.FieldByName(l.Name)
		fname := g.fieldName(xt, l.Name)
		ft := f.Type
		if f.Optional {
			ft = check.Optional(f.Type)
		}
		v := value(func() jen.Code { return g.convert(jen.Add(x).Dot(fname), ft, lt, nil) })
		if f.Optional {
			v = g.convert(v, lt, check.Any, s.Value)
			if !check.IsNilable(f.Type) && check.IsNilable(g.prog.TypeOfExpr(s.Value)) {
				v = rtCall("OrAbsent", v) // r.f = (): the optional field is removed
			}
		}
		g.emit(g.setField(x, fname, v, f.Optional))
	case *frontend.IndexExpr:
		xt := g.prog.TypeOfExpr(l.X)
		x := g.fillingRead(l.X)
		switch xt.Kind {
		case check.KArray:
			i := g.pure(l.Index)
			v := value(func() jen.Code { return jen.Add(x).Dot("Get").Call(i) })
			g.emit(jen.Add(x).Dot("Set").Call(i, v))
		case check.KTuple:
			i := g.pure(l.Index)
			v := value(func() jen.Code {
				return g.convert(jen.Add(x).Dot("Get").Call(i), check.Any, lt, nil)
			})
			g.emit(jen.Add(x).Dot("Set").Call(i, g.convert(v, lt, check.Any, nil)))
		case check.KMap:
			k := g.pure(l.Index)
			v := value(func() jen.Code {
				return g.convert(jen.Add(x).Dot("MustGet").Call(k), xt.Elem, lt, nil)
			})
			g.emit(jen.Add(x).Dot("Put").Call(k, v))
		case check.KTable:
			// t[k] = row: rt.Table.PutKey checks that row has key k
			k := g.boxed(g.pure(l.Index), g.prog.TypeOfExpr(l.Index))
			v := value(func() jen.Code { return g.rowValue(jen.Add(x).Dot("Get").Call(k), lt) })
			g.emit(jen.Add(x).Dot("PutKey").Call(k, g.boxed(v, lt)))
		case check.KRecord:
			key, ok := g.recordKey(l.Index)
			if !ok {
				// the checker refuses it ("not supported")
				g.unsupported(l.Pos(), "assignment to a record member with a non-constant key")
				return
			}
			if g.sharedRecord(xt) {
				g.emit(g.setRecordMember(x, key, lt, s.Value, value))
				return
			}
			f := xt.FieldByName(key)
			if f == nil {
				// a rest field: rt.SetRest(r.ReadOnly_, &r.Rest_, "k", v)
				v := value(func() jen.Code {
					return g.convert(jen.Add(x).Dot(restField).Dot("Member").Call(jen.Lit(key)), check.Any, lt, nil)
				})
				g.emit(rtCall("SetRest", jen.Add(x).Dot(readOnlyField), jen.Op("&").Add(x).Dot(restField), jen.Lit(key), g.convert(v, lt, check.Any, s.Value)))
				return
			}
			fname := g.fieldName(xt, key)
			v := value(func() jen.Code { return jen.Add(x).Dot(fname) })
			if f.Optional {
				v = g.convert(v, lt, check.Any, s.Value)
			}
			g.emit(g.setField(x, fname, v, f.Optional))
		default:
			g.unsupported(l.Pos(), "assignment to a member of '%s'", xt)
		}
	default:
		g.unsupported(s.Pos(), "this assignment target")
	}
}

// setRecordMember stores into field k of record x whose type is shared with its
// subtypes, checked against the record's own field type at run time:
//
//	rt.SetRecordMember(x, "k", v)
func (g *gen) setRecordMember(x jen.Code, k string, lt *check.Type, e frontend.Expr, value func(func() jen.Code) jen.Code) jen.Code {
	v := value(func() jen.Code {
		return g.convert(rtCall("RecordMember", x, jen.Lit(k)), check.Any, lt, nil)
	})
	return rtCall("SetRecordMember", x, jen.Lit(k), g.convert(v, lt, check.Any, e))
}

// setField stores v into field fname of record x, which panics when the record
// is read-only (the mark is read before v is evaluated, but nothing v does can
// make an existing record read-only):
//
//	rt.SetField(x.ReadOnly_, &x.F, v)
//
// An optional field is an any in the struct: rt.SetField[any], or Go would
// infer T from both &x.F and v, which disagree (an int64 v).
func (g *gen) setField(x jen.Code, fname string, v jen.Code, optional bool) jen.Code {
	args := []jen.Code{jen.Add(x).Dot(readOnlyField), jen.Op("&").Add(x).Dot(fname), v}
	if optional {
		return rtGeneric("SetField", []jen.Code{jen.Any()}, args...)
	}
	return rtCall("SetField", args...)
}

// fillingRead evaluates e, the container of an lvalue, once. A member of a
// list or map is read with filling (spec, "Filler values"): in v[1][2] = x a
// missing v[1] is created as a filler value first, as are the members before
// it.
func (g *gen) fillingRead(e frontend.Expr) jen.Code {
	var read jen.Code
	switch e := frontend.Unparen(e).(type) {
	case *frontend.IndexExpr:
		switch xt := g.prog.TypeOfExpr(e.X); xt.Kind {
		case check.KArray, check.KMap:
			x := g.fillingRead(e.X)
			read = g.convert(jen.Add(x).Dot("GetFill").Call(g.pure(e.Index)), xt.Elem, g.prog.TypeOfExpr(e), nil)
		}
	case *frontend.FieldExpr:
		// a required field of a record in a filled member: r[1].f[2] = x
		xt := g.prog.TypeOfExpr(e.X)
		if f := xt.FieldByName(e.Name); g.structRecord(xt) && f != nil && !f.Optional {
			x := g.fillingRead(e.X)
			read = g.convert(jen.Add(x).Dot(g.fieldName(xt, e.Name)), f.Type, g.prog.TypeOfExpr(e), nil)
		}
	}
	if read == nil {
		return g.pure(e)
	}
	t := g.newTemp("tmp")
	g.emit(jen.Id(t).Op(":=").Add(read))
	return jen.Id(t)
}

// pure evaluates e once: names and literals are used as they are, anything
// else goes into a temporary first.
func (g *gen) pure(e frontend.Expr) jen.Code {
	code := g.expr(e)
	switch frontend.Unparen(e).(type) {
	case *frontend.NameExpr, *frontend.IntLit, *frontend.StringLit, *frontend.BoolLit, *frontend.FloatLit, *frontend.NilLit:
		return code
	}
	t := g.newTemp("tmp")
	g.emit(jen.Id(t).Op(":=").Add(code))
	return jen.Id(t)
}

// exprStmt evaluates e for its effects.
func (g *gen) exprStmt(e frontend.Expr) {
	if g.isCall(e) {
		code := g.goCall(e)
		if g.callHasValue(e) {
			code = jen.Id("_").Op("=").Add(code)
		}
		g.emit(code)
		return
	}
	code := g.expr(e)
	if isNilCode(code) {
		return // the value is (); its effects, if any, are emitted already
	}
	g.emit(jen.Id("_").Op("=").Add(code))
}

// isNilCode reports whether code is the Go literal nil, which has no effect
// to keep and cannot be discarded with `_ =` (it has no type).
func isNilCode(code jen.Code) bool {
	return fmt.Sprintf("%#v", code) == "nil"
}

// isCall reports whether e is a call of a function or method (not an http client
// action).
func (g *gen) isCall(e frontend.Expr) bool {
	switch e.(type) {
	case *frontend.CallExpr, *frontend.MethodCallExpr:
		return true
	case *frontend.RemoteCallExpr, *frontend.ResourceCallExpr:
		return g.prog.Calls[e] != nil
	}
	return false
}

func (g *gen) ifStmt(s *frontend.IfStmt) jen.Code {
	cond := g.exprTo(s.Cond, check.Boolean)
	// A conditional send in a branch not taken will never happen: each
	// branch first skips the other branches' slots.
	var elseStmts []frontend.Stmt
	if s.Else != nil {
		elseStmts = []frontend.Stmt{s.Else}
	}
	then := append(g.skipsFor(elseStmts), g.blockCode(s.Then)...)
	st := jen.If(cond).Block(then...)
	thenSkips := g.skipsFor(s.Then.Stmts)
	switch e := s.Else.(type) {
	case nil:
		if len(thenSkips) > 0 {
			st.Else().Block(thenSkips...)
		}
	case *frontend.Block:
		st.Else().Block(append(thenSkips, g.blockCode(e)...)...)
	case *frontend.IfStmt:
		var inner jen.Code
		pre := g.collect(func() { inner = g.ifStmt(e) })
		pre = append(thenSkips, pre...)
		if len(pre) == 0 {
			st.Else().Add(inner) // `else if`: Go's line is the if statement's
		} else {
			// in a block, the else if has its own line
			dir := g.collect(func() { g.lineDirective(e.Pos()) })
			st.Else().Block(append(append(dir, pre...), inner)...)
		}
	}
	return st
}

func (g *gen) whileStmt(s *frontend.WhileStmt) {
	g.fn.nest = append(g.fn.nest, "loop")
	defer func() { g.fn.nest = g.fn.nest[:len(g.fn.nest)-1] }()
	if lit, ok := frontend.Unparen(s.Cond).(*frontend.BoolLit); ok && lit.Value {
		g.emit(jen.For().Block(g.blockCode(s.Body)...))
		return
	}
	var cond jen.Code
	pre := g.collect(func() { cond = g.exprTo(s.Cond, check.Boolean) })
	body := g.blockCode(s.Body)
	if len(pre) == 0 {
		g.emit(jen.For(cond).Block(body...))
		return
	}
	loop := append(pre, jen.If(g.goUnary(frontend.OpNot, cond)).Block(jen.Break()))
	g.emit(jen.For().Block(append(loop, body...)...))
}

func (g *gen) foreach(s *frontend.ForeachStmt) {
	var name string
	var varType *check.Type // the type of the loop variable
	if s.Pattern != nil {
		// foreach var [k, v] in …: each member, in a temporary, is taken apart
		info := g.prog.Patterns[s.Pattern]
		if info == nil {
			return
		}
		name, varType = g.newTemp("elem"), info.Value
	} else {
		sym := g.prog.Defs[s]
		if sym == nil {
			return
		}
		name, varType = g.local(sym), sym.Type
		if !g.isUsed(sym) {
			name = "_"
		}
	}
	g.fn.nest = append(g.fn.nest, "loop")
	body := g.blockCode(s.Body)
	g.fn.nest = g.fn.nest[:len(g.fn.nest)-1]
	if s.Pattern != nil {
		binds := g.collect(func() { g.bindPattern(s.Pattern, part{jen.Id(name), varType}, false) })
		body = append(binds, body...)
	}
	g.loopOver(s.Iter, name, varType, body)
}

// loopOver emits a Go loop running body for each value iter yields (a
// foreach statement's, a from clause's), held in the Go variable name (of
// Ballerina type varType; "_" when unused).
func (g *gen) loopOver(iter frontend.Expr, name string, varType *check.Type, body []jen.Code) {
	if b, ok := frontend.Unparen(iter).(*frontend.BinaryExpr); ok && (b.Op == frontend.OpRange || b.Op == frontend.OpRangeExcl) {
		// for i, end := a, b; i < end; i++ { … }
		from := g.exprTo(b.X, check.Int)
		to := g.exprTo(b.Y, check.Int)
		if isUntypedLit(b.X) {
			from = jen.Int64().Call(from)
		}
		if isUntypedLit(b.Y) {
			to = jen.Int64().Call(to)
		}
		end := g.newTemp("end")
		cmp := "<"
		if b.Op == frontend.OpRange {
			cmp = "<="
		}
		iv := name
		if iv == "_" {
			iv = g.newTemp("i")
		}
		g.emit(jen.For(
			jen.List(jen.Id(iv), jen.Id(end)).Op(":=").List(from, to),
			jen.Id(iv).Op(cmp).Id(end),
			jen.Id(iv).Op("++"),
		).Block(body...))
		return
	}
	it := g.prog.TypeOfExpr(iter)
	x := g.expr(iter)
	if g.foreachPulls(iter) {
		g.foreachPull(x, it, name, varType, body)
		return
	}
	// x := v, or var x T = v where v's Go type is not the variable's (a
	// *Person held as a Person? in an any)
	elemConv := func(v jen.Code, from *check.Type) jen.Code {
		return g.convert(v, from, varType, nil)
	}
	declare := func(v jen.Code, from *check.Type) jen.Code {
		if g.repr(varType) == "any" && g.repr(from) != "any" {
			return jen.Var().Id(name).Any().Op("=").Add(elemConv(v, from))
		}
		return jen.Id(name).Op(":=").Add(elemConv(v, from))
	}
	switch it.Kind {
	case check.KArray, check.KTuple:
		from := it.Elem
		if it.Kind == check.KTuple {
			from = check.Any
		}
		if name == "_" || g.repr(from) == g.repr(varType) {
			g.emit(jen.For(jen.List(jen.Id("_"), jen.Id(name)).Op(":=").Range().Add(x).Dot("Elems")).Block(body...))
			return
		}
		v := g.newTemp("v")
		g.emit(jen.For(jen.List(jen.Id("_"), jen.Id(v)).Op(":=").Range().Add(x).Dot("Elems")).Block(
			append([]jen.Code{declare(jen.Id(v), from)}, body...)...))
	case check.KMap:
		if name == "_" || g.repr(it.Elem) == g.repr(varType) {
			g.emit(jen.For(jen.List(jen.Id("_"), jen.Id(name)).Op(":=").Range().Add(x).Dot("Range")).Block(body...))
			return
		}
		v := g.newTemp("v")
		g.emit(jen.For(jen.List(jen.Id("_"), jen.Id(v)).Op(":=").Range().Add(x).Dot("Range")).Block(
			append([]jen.Code{declare(jen.Id(v), it.Elem)}, body...)...))
	case check.KString:
		g.emit(jen.For(jen.List(jen.Id("_"), jen.Id(name)).Op(":=").Range().Add(rtCall("StrChars", x))).Block(body...))
	case check.KTable:
		// for row := range t.Range { v := row.(*R); … }
		if name == "_" || g.repr(varType) == "any" {
			g.emit(jen.For(tableRows(name, x)).Block(body...))
			return
		}
		v := g.newTemp("row")
		g.emit(jen.For(tableRows(v, x)).Block(
			append([]jen.Code{jen.Id(name).Op(":=").Add(g.rowValue(jen.Id(v), varType))}, body...)...))
	case check.KRecord:
		// the fields present, in order, found by name:
		// rec1_ := x; for _, key2_ := range rt.RecordKeys(rec1_).Elems { v := rt.RecordMember(rec1_, key2_); … }
		r := g.newTemp("rec")
		g.emit(jen.Id(r).Op(":=").Add(x))
		keys := jen.Range().Add(rtCall("RecordKeys", jen.Id(r))).Dot("Elems")
		if name == "_" {
			g.emit(jen.For(keys).Block(body...))
			return
		}
		k := g.newTemp("key")
		g.emit(jen.For(jen.List(jen.Id("_"), jen.Id(k)).Op(":=").Add(keys)).Block(
			append([]jen.Code{declare(rtCall("RecordMember", jen.Id(r), jen.Id(k)), check.Any)}, body...)...))
	default:
		if check.IsSubtype(it, check.String) {
			g.emit(jen.For(jen.List(jen.Id("_"), jen.Id(name)).Op(":=").Range().Add(rtCall("StrChars", x))).Block(body...))
			return
		}
		if check.IsSubtype(it, check.ArrayOf(check.AnyOrError, -1)) {
			// a union of list types: the members, through the any[] view of the list
			elems := jen.Range().Add(rtq("ListView").Types(jen.Any()).Call(x)).Dot("Elems")
			if name == "_" {
				g.emit(jen.For(elems).Block(body...))
				return
			}
			v := g.newTemp("v")
			g.emit(jen.For(jen.List(jen.Id("_"), jen.Id(v)).Op(":=").Add(elems)).Block(
				append([]jen.Code{declare(jen.Id(v), check.Any)}, body...)...))
			return
		}
		g.unsupported(iter.Pos(), "iterating over '%s'", it)
	}
}

// fail sends an error to the enclosing on-fail block, or returns it (in
// the operand of a trap, through the code after the trap).
func (g *gen) fail(err jen.Code) {
	if tc := g.fn.trap; tc != nil {
		g.trapFail(tc, err)
		return
	}
	if n := len(g.fn.onFail); n > 0 {
		of := g.fn.onFail[n-1]
		of.used = true
		for i := len(g.fn.nest) - 1; i >= of.nest; i-- {
			if g.fn.nest[i] == "lock" {
				g.emit(rtCall("Unlock", g.strand()))
			}
		}
		g.emit(jen.Id(of.errVar).Op("=").Add(err))
		g.emit(jen.Goto().Id(of.label))
		return
	}
	g.unlocks("")
	if g.fn.moduleInit {
		// a module variable's check failing stops the program at initialization
		g.emit(jen.Panic(rtCall("PanicValue", err)))
		return
	}
	g.emit(jen.Return(err))
}

// doStmt emits do { } on fail var e { } with a jump to the handler:
//
//	{
//		var fail1_ *rt.Error
//		{ …body…; on failure: fail1_ = err; goto onFail1_ }
//		goto endDo1_
//	onFail1_:
//		{ e := fail1_; …handler… }
//	endDo1_:
//	}
func (g *gen) doStmt(s *frontend.DoStmt) {
	if s.OnFail == nil {
		g.emit(jen.Block(g.blockCode(s.Body)...))
		return
	}
	g.fn.labels++
	n := g.fn.labels
	of := &onFailCtx{label: fmt.Sprintf("onFail%d_", n), errVar: fmt.Sprintf("fail%d_", n), nest: len(g.fn.nest)}
	g.fn.onFail = append(g.fn.onFail, of)
	body := g.blockCode(s.Body)
	g.fn.onFail = g.fn.onFail[:len(g.fn.onFail)-1]
	if !of.used {
		g.emit(jen.Block(body...))
		return
	}
	handler := []jen.Code{}
	if sym := g.prog.Defs[s.OnFail]; sym == nil {
		handler = append(handler, jen.Id("_").Op("=").Id(of.errVar)) // on fail { } names no error
	} else {
		name := g.local(sym)
		handler = append(handler, jen.Id(name).Op(":=").Add(g.convert(jen.Id(of.errVar), check.Error, sym.Type, nil)))
		if !g.isUsed(sym) {
			handler = append(handler, jen.Id("_").Op("=").Id(name))
		}
	}
	handler = append(handler, g.blockCode(s.OnFail.Body)...)
	end := fmt.Sprintf("endDo%d_", n)
	g.emit(jen.Block(
		jen.Var().Id(of.errVar).Op("*").Add(rtq("Error")),
		jen.Block(body...),
		jen.Goto().Id(end),
		jen.Id(of.label).Op(":"),
		jen.Block(handler...),
		jen.Id(end).Op(":"),
	))
}
