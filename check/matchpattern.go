package check

import (
	"maps"

	"github.com/bal2go/bal2go/check/semtype"
	"github.com/bal2go/bal2go/frontend"
)

// The match statement (Ballerina spec, "Match statement", "Match patterns",
// "Match clause reachability and narrowing"). Each match pattern has a type:
// the shapes it matches. A clause is reachable when some value of the target's
// static type T looks like one of its patterns and no earlier unguarded clause
// takes all of those; the match is exhaustive when the unguarded clauses cover
// T. The type of a pattern is computed exactly where the type algebra can say
// it (constants, `_`, `var` patterns, lists and mappings of those, an error
// with a type reference and variable message and cause); otherwise it is a
// wider type, and such a pattern then covers nothing (an exhaustive match
// needs a pattern that is known to catch the rest).

// matchVar is a variable of a match clause.
type matchVar struct {
	name  string
	pos   frontend.Pos
	types []*Type            // one per pattern of the clause that binds it
	nodes []frontend.Pattern // its capture and rest patterns
}

// matcher checks the patterns of one match clause.
type matcher struct {
	c    *checker
	vars []*matchVar // in order of first appearance
	alt  map[string]bool
}

// pattern checks match pattern p against a value of type t, records what
// codegen needs, collects its variables, and returns the type of p and
// whether it is exact (see above).
func (m *matcher) pattern(p frontend.Pattern, t *Type) (pt *Type, exact bool) {
	c := m.c
	info := &PatternInfo{Value: t}
	c.prog.Patterns[p] = info
	switch p := p.(type) {
	case *frontend.BadPattern:
		return Invalid, false
	case *frontend.ConstPattern:
		c.expr(p.X, nil)
		v, ok := c.constValue(p.X)
		if !ok {
			c.errorf(p.Pos(), "invalid match pattern: expected a constant")
			return Invalid, false
		}
		pt, exact = constType(v), true
	case *frontend.WildcardPattern:
		pt, exact = Any, true // `_` matches the values that are not errors
	case *frontend.CapturePattern:
		m.variable(p, p.Name, t)
		pt, exact = AnyOrError, true
	case *frontend.VarPattern:
		// the binding pattern after var matches as the match pattern it spells
		pt, exact = m.pattern(p.P, t)
	case *frontend.ListPattern:
		ms, rest, problem := listParts(t, len(p.Members), p.Rest != nil, false)
		if problem != partsOK {
			ms, rest = nevers(len(p.Members)), Never
		}
		exact = true
		pts := make([]*Type, len(p.Members))
		for i, mp := range p.Members {
			var ex bool
			pts[i], ex = m.pattern(mp, ms[i])
			exact = exact && ex
		}
		var restPT *Type
		if p.Rest != nil {
			restPT = AnyOrError
			m.rest(p.Rest, t, rest)
		}
		pt = TupleOf(pts, restPT)
	case *frontend.MappingPattern:
		fs, rest, problem, _ := c.mappingParts(t, fieldNames(p.Fields), p.Rest != nil, false)
		if problem != partsOK {
			fs, rest = nevers(len(p.Fields)), Never
		}
		exact = true
		r := &Type{Kind: KRecord, Closed: true, Rest: AnyOrError}
		for i, f := range p.Fields {
			ft, ex := m.pattern(f.P, fs[i])
			exact = exact && ex
			r.Fields = append(r.Fields, &Field{Name: f.Name, Type: ft})
		}
		m.rest(p.Rest, t, rest)
		pt = r
	case *frontend.ErrorPattern:
		pt, exact = m.errorPattern(p, t, info)
	}
	if pt.Kind == KInvalid || hasInvalid(pt) {
		return Invalid, false
	}
	info.Always = exact && t.Kind != KInvalid && IsSubtype(t, pt)
	return pt, exact
}

// errorPattern checks error E(m, cause, f = p, ...r) against a value of type t.
// Its type is E (error without a reference); it is exact when the message and
// cause patterns match every message and cause and it names no detail field.
func (m *matcher) errorPattern(p *frontend.ErrorPattern, t *Type, info *PatternInfo) (*Type, bool) {
	c := m.c
	pt := Error
	if p.Type != nil {
		info.Ref = c.errorRef(p)
		if info.Ref.Kind == KInvalid {
			return Invalid, false
		}
		pt = info.Ref
		if t.Kind != KInvalid {
			t = Intersect(t, pt)
		}
	}
	fs, rest, problem, _ := c.errorParts(t, fieldNames(p.Fields), p.Rest != nil, false)
	if problem != partsOK {
		fs, rest = nevers(len(p.Fields)), Never
	}
	exact := len(p.Fields) == 0
	part := func(q frontend.Pattern, qt *Type) {
		if q == nil {
			return
		}
		if st, ex := m.pattern(q, qt); !ex || !IsSubtype(qt, st) {
			exact = false
		}
	}
	part(p.Message, String)
	part(p.Cause, Optional(Error))
	for i, f := range p.Fields {
		m.pattern(f.P, fs[i])
	}
	m.rest(p.Rest, t, rest)
	return pt, exact
}

func nevers(n int) []*Type {
	ts := make([]*Type, n)
	for i := range ts {
		ts[i] = Never
	}
	return ts
}

// rest records the rest pattern r (if any) of a pattern matched against a
// value of type t, which binds a value of type rest.
func (m *matcher) rest(r *frontend.RestPattern, t, rest *Type) {
	if r == nil {
		return
	}
	m.c.prog.Patterns[r] = &PatternInfo{Value: t, Rest: rest, Always: true}
	m.variable(r, r.Name, rest)
}

// variable records that pattern p (a capture or rest pattern) of the current
// alternative binds name to a value of type t.
func (m *matcher) variable(p frontend.Pattern, name string, t *Type) {
	if name == "" {
		return
	}
	if m.alt[name] {
		m.c.errorf(p.Pos(), "same variable cannot repeat in a match pattern")
		return
	}
	m.alt[name] = true
	for _, v := range m.vars {
		if v.name == name {
			v.types = append(v.types, t)
			v.nodes = append(v.nodes, p)
			return
		}
	}
	m.vars = append(m.vars, &matchVar{name: name, pos: p.Pos(), types: []*Type{t}, nodes: []frontend.Pattern{p}})
}

// matchStmt checks a match statement and reports whether it can complete
// normally.
func (c *checker) matchStmt(s *frontend.MatchStmt) bool {
	xt := c.expr(s.X, nil)
	var target *Symbol // the variable the target is, narrowed in each clause
	if ne, ok := frontend.Unparen(s.X).(*frontend.NameExpr); ok {
		if sym := c.prog.Uses[ne]; sym != nil && sym.Kind == SymVar {
			target = sym
		}
	}
	completes := false
	before := c.fc.snapshot()
	var paths []assignState
	c.fc.cond++
	defer func() { c.fc.cond-- }()
	covered := Never                // what the unguarded clauses so far take
	var lastAlways frontend.Pattern // the last pattern of the last unguarded clause
	for _, cl := range s.Clauses {
		c.fc.unassigned = before.copy()
		c.pushScope()
		m := &matcher{c: c}
		left := Diff(xt, covered) // the values that can reach the clause
		var matched []*Type       // the types of its patterns
		var exacts []*Type        // those that are exact
		for _, p := range cl.Patterns {
			m.alt = map[string]bool{}
			pt, exact := m.pattern(p, left)
			c.reachable(p, xt, pt, covered)
			matched = append(matched, pt)
			if exact {
				exacts = append(exacts, pt)
			}
		}
		m.declare(cl.Patterns)
		if target != nil && xt.Kind != KInvalid {
			c.applyNarrowing(narrowing{target: narrowMatched(left, Union(matched...))})
		}
		var thenN narrowing
		if cl.Guard != nil {
			c.condition(cl.Guard)
			thenN, _ = c.narrowings(cl.Guard)
		} else if len(cl.Patterns) > 0 {
			covered = Union(covered, Union(exacts...))
			lastAlways = cl.Patterns[len(cl.Patterns)-1]
		}
		c.withNarrowing(thenN, func() {
			if c.block(cl.Body) {
				completes = true
				paths = append(paths, c.fc.snapshot())
			}
		})
		c.popScope()
	}
	exhaustive := xt.Kind != KInvalid && IsSubtype(xt, covered)
	if exhaustive && lastAlways != nil {
		// the values that reach the last unguarded clause all match its last
		// pattern: the generated code tests nothing there
		if info := c.prog.Patterns[lastAlways]; info != nil {
			info.Always = true
		}
	}
	if !exhaustive {
		paths = append(paths, before)
	}
	c.fc.unassigned = joinAssign(paths...)
	if !exhaustive {
		return true
	}
	return completes
}

// reachable reports a match pattern p, of type pt, that no value of the
// target's type xt can match, or that only values the unguarded clauses
// before it (covered) take can match.
func (c *checker) reachable(p frontend.Pattern, xt, pt, covered *Type) {
	if xt.Kind == KInvalid || pt.Kind == KInvalid {
		return
	}
	if cp, ok := p.(*frontend.ConstPattern); ok {
		if v, ok := c.constValue(cp.X); ok && !c.mayEqual(v, xt) {
			c.errorf(p.Pos(), "pattern will not be matched")
			return
		}
	} else if Disjoint(xt, pt) {
		c.errorf(p.Pos(), "pattern will not be matched")
		return
	}
	sx, sp, sc := semOf(xt), semOf(pt), semOf(covered)
	if sx.invalid || sp.invalid || sc.invalid {
		return
	}
	if both := semtype.Intersect(sx.t, sp.t); !semtype.IsEmpty(both) && semtype.IsSubtype(both, sc.t) {
		c.errorf(p.Pos(), "unreachable pattern: preceding patterns are too general or the pattern ordering is not correct")
	}
}

// declare declares the variables of a clause with patterns ps: each pattern
// must bind the same ones (spec; reported at the first pattern that binds
// others than the first one); a variable has the union of its types.
func (m *matcher) declare(ps []frontend.Pattern) {
	c := m.c
	names := func(p frontend.Pattern) map[string]bool {
		set := map[string]bool{}
		for _, v := range frontend.Captures(p) {
			set[frontend.VarName(v)] = true
		}
		return set
	}
	if len(ps) > 1 {
		first := names(ps[0])
		for _, p := range ps[1:] {
			if other := names(p); !maps.Equal(first, other) {
				c.errorf(p.Pos(), "all match patterns should contain the same set of variables")
				break
			}
		}
	}
	for _, v := range m.vars {
		sym := &Symbol{Kind: SymVar, Name: v.name, Pos: v.pos, Type: Union(v.types...), Owner: c.fc.fn}
		for _, n := range v.nodes {
			c.prog.Defs[n] = sym
		}
		c.declare(sym)
	}
}

// narrowMatched is the type of the target variable in a clause whose patterns
// have type pt, when the values that reach the clause have type t: the
// values of t that look like pt (spec: T &ro L). Of a mutable member of t
// (a list, a mapping) a value that looks like pt need not belong to pt, so
// such a member stays as it is; the immutable ones are intersected.
func narrowMatched(t, pt *Type) *Type {
	var ms []*Type
	for _, m := range MembersOf(t) {
		if Disjoint(m, pt) {
			continue
		}
		if i := Intersect(m, pt); immutableValues(i) {
			ms = append(ms, i)
			continue
		}
		ms = append(ms, m)
	}
	if len(ms) == 0 {
		return t // an unreachable clause, reported
	}
	return Union(ms...)
}

// immutableValues reports whether t has only values of the simple basic types
// and errors, which belong to a type just when they look like it.
func immutableValues(t *Type) bool {
	for _, m := range MembersOf(t) {
		switch m.Kind {
		case KNil, KBoolean, KInt, KFloat, KDecimal, KString, KSingleton, KError:
		default:
			return false
		}
	}
	return true
}
