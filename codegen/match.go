package codegen

import (
	"github.com/bal2go/bal2go/check"
	"github.com/bal2go/bal2go/frontend"
	"github.com/dave/jennifer/jen"
)

// matchStmt emits an if/else-if chain over the clauses: each clause's
// condition tests its patterns (the length of a list, the fields of a mapping,
// a constant, …; nothing where the checker found that every value reaching
// the clause matches), and its block first binds the variables of its
// pattern. A clause whose guard needs statements (a check, a spilled
// conditional) or whose variables are bound before the guard starts a new
// chain in the else block of the previous one, after the variables and the
// guard's statements (which run only when the patterns match):
//
//	match1_ := x
//	if match1_ == 0 {
//		…
//	} else {
//		y := match1_
//		if y > 10 {
//			…
//		} else {
//			…
//		}
//	}
//
// A clause of several patterns that bind variables declares them first; the
// pattern that matches assigns them and sets a flag the chain goes on with:
//
//	var a int64
//	var ok2_ bool
//	if rt.IsList(match1_, 2, false) && … { a = …; ok2_ = true } else if … { … }
//	if ok2_ { … } else { … }
func (g *gen) matchStmt(s *frontend.MatchStmt) {
	m := &matchCtx{s: s, xt: g.prog.TypeOfExpr(s.X), v: g.newTemp("match")}
	g.emit(jen.Id(m.v).Op(":=").Add(g.expr(s.X)))
	out, only := g.matchChain(m, s.Clauses, nil, nil)
	if !m.usedV {
		g.emit(jen.Id("_").Op("=").Id(m.v))
	}
	if only {
		g.emit(out[0])
	} else {
		g.emit(jen.Block(out...)) // scopes the variables of the patterns
	}
}

// matchCtx is the match statement being generated.
type matchCtx struct {
	s     *frontend.MatchStmt
	xt    *check.Type
	v     string // the variable holding the matched value
	usedV bool
}

// target is the matched value; using it marks the variable used.
func (m *matchCtx) target() part {
	m.usedV = true
	return part{jen.Id(m.v), m.xt}
}

// matchChain emits the if/else-if chain of clauses after the statements
// pre; first, when not nil, is the condition of the first clause, whose
// variables and guard pre has dealt with. only reports that the result is
// the chain alone, one if statement.
func (g *gen) matchChain(m *matchCtx, clauses []*frontend.MatchClause, pre []jen.Code, first jen.Code) (stmts []jen.Code, only bool) {
	var chain *jen.Statement
	add := func(cond jen.Code, body []jen.Code) {
		if chain == nil {
			chain = jen.If(cond).Block(body...)
		} else {
			chain = chain.Else().If(cond).Block(body...)
		}
	}
	// done ends the chain with else elseBody, after pre
	done := func(elseBody []jen.Code) ([]jen.Code, bool) {
		switch {
		case chain == nil:
			return append(pre, elseBody...), false
		case len(elseBody) > 0:
			return append(pre, chain.Else().Block(elseBody...)), len(pre) == 0
		}
		return append(pre, chain), len(pre) == 0
	}
	// body is the block of clause cl, after the variables bound in binds
	body := func(cl *frontend.MatchClause, binds []jen.Code) []jen.Code {
		// skip the conditional sends of the other clauses
		var others []frontend.Stmt
		for _, o := range m.s.Clauses {
			if o != cl {
				others = append(others, o.Body)
			}
		}
		return append(append(binds, g.skipsFor(others)...), g.blockCode(cl.Body)...)
	}
	for i, cl := range clauses {
		if i == 0 && first != nil {
			add(first, body(cl, nil))
			continue
		}
		vars := g.clauseVars(cl)
		var conds []jen.Code
		always := false
		for _, p := range cl.Patterns {
			c := g.matchTest(m, p)
			conds = append(conds, c)
			always = always || c == nil
		}
		var gpre []jen.Code
		var gc jen.Code
		if cl.Guard != nil {
			gpre = g.collect(func() { gc = g.exprTo(cl.Guard, check.Boolean) })
		}
		switch {
		case len(vars) == 0 || len(cl.Patterns) == 1 && (cl.Guard == nil || conds[0] == nil):
			// the patterns' test, then the variables (bound by the one
			// pattern), then the guard
			var cond jen.Code
			if !always {
				cond = conds[0]
				for _, c := range conds[1:] {
					cond = g.goBinary(cond, frontend.OpOrOr, c)
				}
			}
			var binds []jen.Code
			if len(vars) > 0 {
				binds = g.collect(func() { g.bindPattern(cl.Patterns[0], m.target(), false) })
			}
			if cl.Guard != nil && (len(gpre) > 0 || len(binds) > 0) {
				next := binds
				if cond == nil {
					next = append(next, gpre...)
				} else {
					// var guard1_ bool; if cond { …; guard1_ = gc }
					guard := g.newTemp("guard")
					next = append(next, jen.Var().Id(guard).Bool(), jen.If(cond).Block(append(gpre, jen.Id(guard).Op("=").Add(gc))...))
					gc = jen.Id(guard)
				}
				rest, _ := g.matchChain(m, clauses[i:], next, gc)
				return done(rest)
			}
			if cl.Guard != nil {
				cond = g.andCond(cond, gc)
			}
			if cond == nil {
				return done(body(cl, binds))
			}
			add(cond, body(cl, binds))
		default:
			// the variables first; the pattern that matches assigns them
			next := g.declareVars(vars)
			ok := g.newTemp("ok")
			next = append(next, jen.Var().Id(ok).Bool())
			var alts *jen.Statement
			for k, p := range cl.Patterns {
				stmts := g.collect(func() { g.bindPattern(p, m.target(), true) })
				if len(cl.Patterns) == 1 {
					// one pattern with a guard: the guard runs inside its test
					stmts = append(append(stmts, gpre...), jen.Id(ok).Op("=").Add(gc))
				} else {
					stmts = append(stmts, jen.Id(ok).Op("=").True())
				}
				switch {
				case conds[k] == nil && alts == nil:
					next = append(next, stmts...)
				case conds[k] == nil:
					alts = alts.Else().Block(stmts...)
				case alts == nil:
					alts = jen.If(conds[k]).Block(stmts...)
				default:
					alts = alts.Else().If(conds[k]).Block(stmts...)
				}
				if conds[k] == nil {
					break
				}
			}
			if alts != nil {
				next = append(next, alts)
			}
			if cl.Guard != nil && len(cl.Patterns) > 1 {
				next = append(next, jen.If(jen.Id(ok)).Block(append(gpre, jen.Id(ok).Op("=").Add(gc))...))
			}
			rest, _ := g.matchChain(m, clauses[i:], next, jen.Id(ok))
			return done(rest)
		}
	}
	var all []frontend.Stmt
	for _, cl := range m.s.Clauses {
		all = append(all, cl.Body)
	}
	return done(g.skipsFor(all))
}

// andCond is cond && c, or c when cond is nil (always true).
func (g *gen) andCond(cond, c jen.Code) jen.Code {
	if cond == nil {
		return c
	}
	return g.goBinary(cond, frontend.OpAndAnd, c)
}

// clauseVars returns the variables the patterns of cl bind, once each.
func (g *gen) clauseVars(cl *frontend.MatchClause) []*check.Symbol {
	var vars []*check.Symbol
	seen := map[*check.Symbol]bool{}
	for _, p := range cl.Patterns {
		for _, v := range frontend.Captures(p) {
			if sym := g.prog.Defs[v]; sym != nil && !seen[sym] {
				seen[sym] = true
				vars = append(vars, sym)
			}
		}
	}
	return vars
}

// declareVars declares vars, which a pattern assigns later.
func (g *gen) declareVars(vars []*check.Symbol) []jen.Code {
	var out []jen.Code
	for _, sym := range vars {
		name := g.local(sym)
		out = append(out, jen.Var().Id(name).Add(g.goType(sym.Type)))
		if !g.isUsed(sym) {
			out = append(out, jen.Id("_").Op("=").Id(name))
		}
	}
	return out
}

// clauseEnds reports whether the chain of a match statement ends with the clause
// cl as its else: cl is unguarded, one of its patterns matches every value
// that reaches it, and its variables are bound by its one pattern.
func (g *gen) clauseEnds(cl *frontend.MatchClause) bool {
	if cl.Guard != nil || len(cl.Patterns) > 1 && len(g.clauseVars(cl)) > 0 {
		return false
	}
	for _, p := range cl.Patterns {
		if info := g.prog.Patterns[p]; info != nil && info.Always {
			return true
		}
	}
	return false
}

// matchTest is the condition under which the match pattern p matches the
// target of m (nil when it always does).
func (g *gen) matchTest(m *matchCtx, p frontend.Pattern) jen.Code {
	if info := g.prog.Patterns[p]; info == nil || info.Always {
		return nil
	}
	return g.patternTest(p, m.target())
}

// patternTest is the condition under which the match pattern p matches the
// value v: the tests of its shape, then of its parts, joined by &&, each part
// read only after the tests that make the read valid.
func (g *gen) patternTest(p frontend.Pattern, v part) jen.Code {
	info := g.prog.Patterns[p]
	if info == nil || info.Always {
		return nil
	}
	var tests []jen.Code
	add := func(c jen.Code) {
		if c != nil {
			tests = append(tests, c)
		}
	}
	switch p := p.(type) {
	case *frontend.WildcardPattern:
		add(rtq("TAny").Dot("Contains").Call(g.boxed(v.code, v.t))) // not an error
	case *frontend.ConstPattern:
		add(g.equalsConst(v.code, v.t, p.X))
	case *frontend.VarPattern:
		add(g.patternTest(p.P, v))
	case *frontend.ListPattern:
		n := len(p.Members)
		if _, ok := g.listElem(v.t); ok {
			op := frontend.OpEq
			if p.Rest != nil {
				op = frontend.OpGe
			}
			add(g.goBinary(jen.Add(v.code).Dot("Len").Call(), op, jen.Lit(n)))
		} else {
			add(rtCall("IsList", g.boxed(v.code, v.t), jen.Lit(n), jen.Lit(p.Rest != nil)))
		}
		for i, m := range p.Members {
			add(g.patternTest(m, g.member(v, i)))
		}
	case *frontend.MappingPattern:
		add(g.hasFields(v, p.Fields))
		for _, f := range p.Fields {
			add(g.patternTest(f.P, g.field(v, f.Name)))
		}
	case *frontend.ErrorPattern:
		switch {
		case info.Ref != nil:
			add(jen.Add(g.typeDesc(info.Ref)).Dot("Contains").Call(g.boxed(v.code, v.t)))
		case g.repr(v.t) != "*rt.Error":
			add(rtq("TError").Dot("Contains").Call(g.boxed(v.code, v.t)))
		}
		if p.Message != nil {
			add(g.patternTest(p.Message, g.messagePart(v)))
		}
		if p.Cause != nil {
			add(g.patternTest(p.Cause, g.causePart(v)))
		}
		for _, f := range p.Fields {
			add(jen.Add(g.errorPart(v)).Dot("Detail").Call().Dot("HasKey").Call(jen.Lit(f.Name)))
			add(g.patternTest(f.P, g.detailPart(v, f.Name)))
		}
	}
	if len(tests) == 0 {
		return jen.True() // the parts need no test, the value's type does
	}
	c := tests[0]
	for _, t := range tests[1:] {
		c = g.goBinary(c, frontend.OpAndAnd, t)
	}
	return c
}

// hasFields tests that the mapping v has the fields of fs (nil when its type
// says it has them: a record type that declares them required).
func (g *gen) hasFields(v part, fs []*frontend.FieldPattern) jen.Code {
	if g.structRecord(v.t) {
		need := false
		for _, f := range fs {
			if fd := v.t.FieldByName(f.Name); fd == nil || fd.Optional {
				need = true
			}
		}
		if !need {
			return nil
		}
	}
	args := []jen.Code{g.boxed(v.code, v.t)}
	for _, f := range fs {
		args = append(args, jen.Lit(f.Name))
	}
	return rtCall("HasFields", args...)
}

// equalsConst tests v == constant pattern p.
func (g *gen) equalsConst(v jen.Code, vt *check.Type, p frontend.Expr) jen.Code {
	pt := g.prog.TypeOfExpr(p)
	r := g.repr(vt)
	if r == g.repr(pt) && (r == "int64" || r == "string" || r == "bool") {
		return g.goBinary(v, frontend.OpEq, g.expr(p))
	}
	return rtCall("Equal", g.boxed(v, vt), g.exprTo(p, check.Any))
}
