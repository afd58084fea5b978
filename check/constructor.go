package check

import (
	"github.com/bal2go/bal2go/frontend"
)

// List and mapping constructors: choosing the type a constructor builds from its
// expected type, and checking its members against that type.

// listTargets lists the list types of want a list constructor of n
// members may build.
func listTargets(want *Type, n int) []*Type {
	if want == nil {
		return nil
	}
	var cands []*Type
	for _, m := range MembersOf(want) {
		switch m.Kind {
		case KArray:
			if m.Len < 0 || m.Len >= n {
				cands = append(cands, m)
			}
		case KTuple:
			// fewer members than the tuple's: the rest get their fillers
			if n <= len(m.Members) || m.Rest != nil {
				cands = append(cands, m)
			}
		case KAny:
			cands = append(cands, ArrayOf(Any, -1))
		case KAnydata:
			cands = append(cands, ArrayOf(Anydata, -1))
		case KJSON:
			cands = append(cands, ArrayOf(JSON, -1))
		}
	}
	return cands
}

// listTarget picks the list type a list constructor builds for want. When
// several list types of want fit, the members decide; if they cannot, the
// constructor is ambiguous (jBallerina: "ambiguous type '(int|int[]|int[4])'"
// at the constructor), and the first candidate is used to go on checking.
func (c *checker) listTarget(e *frontend.ListExpr, want *Type) *Type {
	cands := listTargets(want, len(e.Elems))
	if len(cands) <= 1 {
		if len(cands) == 0 {
			return nil
		}
		return cands[0]
	}
	var fit []*Type
	for _, t := range cands {
		if c.listMayBuild(e, t) {
			fit = append(fit, t)
		}
	}
	switch len(fit) {
	case 0:
		return cands[0] // checking the members against it reports the mismatch
	case 1:
		return fit[0]
	}
	c.errorf(e.Pos(), "ambiguous type '%s'", want)
	return fit[0]
}

// listMayBuild is a conservative test, without checking the members (that
// must happen once, against the chosen type), of whether the constructor e
// can build a value of list type t: a constant member must belong to its
// member type and a nested list constructor must fit by length; any other
// member may fit.
func (c *checker) listMayBuild(e *frontend.ListExpr, t *Type) bool {
	for i, el := range e.Elems {
		var mt *Type
		switch {
		case t.Kind == KArray:
			mt = t.Elem
		case i < len(t.Members):
			mt = t.Members[i]
		default:
			mt = t.Rest
		}
		if mt == nil {
			return false
		}
		if _, isSpread := el.(*frontend.SpreadExpr); isSpread {
			continue
		}
		if inner, ok := frontend.Unparen(el).(*frontend.ListExpr); ok {
			if len(listTargets(mt, len(inner.Elems))) == 0 {
				return false
			}
			continue
		}
		if v, ok := c.constValue(el); ok {
			st := constType(v)
			if _, isInt := v.(int64); isInt && c.isIntLiteral(el) && wantsFloat(mt) {
				continue // an int literal is a float literal where a float is wanted
			}
			if !IsSubtype(st, mt) {
				return false
			}
		}
	}
	return true
}

func (c *checker) listExpr(e *frontend.ListExpr, want *Type) *Type {
	target := c.listTarget(e, want)
	if e.Bytes && (target == nil || target.Kind != KArray || !IsSubtype(target.Elem, Int) ||
		target.Len >= 0 && target.Len != len(e.Elems)) {
		// A byte array literal is a byte[N] unless an array of ints is
		// expected (int[], byte[*], int[N], …); in a wider context, such as
		// any or a tuple, it keeps its own type, and unlike a list
		// constructor it is not filled up to a longer fixed length.
		target = ArrayOf(Byte, len(e.Elems))
	}
	if target == nil {
		if t := c.listSurplus(e, want); t != nil {
			return t
		}
		// infer the element type from the members
		var ts []*Type
		for _, el := range e.Elems {
			if sp, ok := el.(*frontend.SpreadExpr); ok {
				st := c.expr(sp.X, nil)
				c.prog.Types[sp] = st
				if st.Kind == KArray {
					ts = append(ts, st.Elem)
				} else if st.Kind != KInvalid {
					c.errorf(sp.Pos(), "invalid usage of the spread operator: expected a list, found '%s'", st)
				}
				continue
			}
			ts = append(ts, Widen(c.expr(el, nil)))
		}
		if want != nil && want.Kind != KInvalid {
			// there was an expected type, but no list type in it
			return ArrayOf(Union(ts...), -1)
		}
		if len(ts) == 0 {
			return ArrayOf(Never, -1)
		}
		return ArrayOf(Union(ts...), -1)
	}
	switch target.Kind {
	case KArray:
		elem := memberWant(target, target.Elem)
		for _, el := range e.Elems {
			if sp, ok := el.(*frontend.SpreadExpr); ok {
				st := c.expr(sp.X, ArrayOf(elem, -1))
				c.prog.Types[sp] = st
				continue
			}
			c.expr(el, elem)
		}
		if target.Len == -2 {
			if target.ReadOnly {
				return ReadOnlyOf(ArrayOf(target.Elem, len(e.Elems)))
			}
			return ArrayOf(target.Elem, len(e.Elems))
		}
		return target // listTargets left out closed arrays too short: see listSurplus
	case KTuple:
		for i, el := range e.Elems {
			var mt *Type
			if i < len(target.Members) {
				mt = target.Members[i]
			} else {
				mt = target.Rest
			}
			if sp, ok := el.(*frontend.SpreadExpr); ok {
				c.unsupported(sp.Pos(), "spread in a tuple constructor")
				continue
			}
			c.expr(el, memberWant(target, mt))
		}
		for _, mt := range target.Members[min(len(e.Elems), len(target.Members)):] {
			if !HasFiller(mt) {
				// jBallerina's wording for a list constructor too short for its type
				c.errorf(e.Pos(), "invalid usage of list constructor: type '%s' does not have a filler value", mt)
				break
			}
		}
		return target
	}
	return Invalid
}

// listSurplus reports a list constructor with more members than the only
// list type of want can hold (a tuple without a rest type, or a closed
// array), at the first surplus member for a tuple and with jBallerina's
// closed-array message for an array, after checking the members that fit.
// It returns that list type, so that the assignment reports nothing more,
// or nil when want does not have exactly one such list type.
func (c *checker) listSurplus(e *frontend.ListExpr, want *Type) *Type {
	if want == nil {
		return nil
	}
	var lt *Type
	for _, m := range MembersOf(want) {
		if m.Kind == KArray || m.Kind == KTuple {
			if lt != nil {
				return nil
			}
			lt = m
		}
	}
	if lt == nil {
		return nil
	}
	for _, el := range e.Elems {
		if _, ok := el.(*frontend.SpreadExpr); ok {
			return nil
		}
	}
	switch {
	case lt.Kind == KArray && lt.Len >= 0 && len(e.Elems) > lt.Len:
		for _, el := range e.Elems {
			c.expr(el, lt.Elem)
		}
		c.errorf(e.Pos(), "size mismatch in closed array. expected '%d', but found '%d'", lt.Len, len(e.Elems))
	case lt.Kind == KTuple && lt.Rest == nil && len(e.Elems) > len(lt.Members):
		found := make([]*Type, len(e.Elems))
		for i, el := range e.Elems {
			var mt *Type
			if i < len(lt.Members) {
				mt = lt.Members[i]
			}
			found[i] = Widen(c.expr(el, mt))
			if mt != nil && found[i].Kind != KInvalid && IsSubtype(found[i], mt) {
				found[i] = mt
			}
		}
		c.errorf(e.Elems[len(lt.Members)].Pos(), "incompatible types: expected '%s', found '%s'", lt, TupleOf(found, nil))
	default:
		return nil
	}
	return lt
}

// mappingTarget picks the mapping type a mapping constructor builds for want.
func mappingTarget(want *Type) *Type {
	if want == nil {
		return nil
	}
	var rec, mp *Type
	for _, m := range MembersOf(want) {
		switch m.Kind {
		case KRecord:
			if rec == nil {
				rec = m
			}
		case KMap:
			if mp == nil {
				mp = m
			}
		case KAny:
			if mp == nil {
				mp = MapOf(Any)
			}
		case KAnydata:
			if mp == nil {
				mp = MapOf(Anydata)
			}
		case KJSON:
			if mp == nil {
				mp = MapOf(JSON)
			}
		}
	}
	if rec != nil {
		return rec
	}
	return mp
}

// memberWant is the expected type of a member of a constructor of type target: the
// members of a read-only list or mapping are read-only too.
func memberWant(target, t *Type) *Type {
	if target.ReadOnly && t != nil {
		return ReadOnlyOf(t)
	}
	return t
}

func (c *checker) mappingExpr(e *frontend.MappingExpr, want *Type) *Type {
	target := mappingTarget(want)
	if target != nil && len(e.Fields) > 0 {
		c.adoptLibType(target) // {timeout: 5} for an http:ClientConfiguration
	}
	seen := map[string]bool{}
	valueOf := func(f *frontend.Field, ft *Type) *Type {
		if f.Value == nil {
			// shorthand {x}: the variable x
			sym := c.sc.lookup(f.Name)
			if sym == nil || (sym.Kind != SymVar && sym.Kind != SymGlobal && sym.Kind != SymConst) {
				c.errorf(f.Pos(), "undefined symbol '%s'", f.Name)
				return Invalid
			}
			if sym.Kind == SymVar && c.fc != nil && sym.Owner != c.fc.fn {
				sym.Captured = true
			}
			sym.used = true
			c.prog.Shorthands[f] = sym
			t := c.currentType(sym)
			if ft != nil && !IsSubtype(t, ft) {
				c.mismatch(f.Pos(), ft, t)
			}
			return t
		}
		return c.expr(f.Value, ft)
	}
	if target == nil {
		// No contextual type: infer a closed record of the fields.
		rec := &Type{Kind: KRecord, Closed: true}
		asMap := false
		var vals []*Type
		for _, f := range e.Fields {
			if f.Spread != nil || f.Computed != nil {
				asMap = true
			}
		}
		for _, f := range e.Fields {
			switch {
			case f.Spread != nil:
				st := c.expr(f.Spread, nil)
				if st.Kind == KMap {
					vals = append(vals, st.Elem)
				} else if st.Kind == KRecord {
					for _, rf := range st.Fields {
						vals = append(vals, rf.Type)
					}
				}
			case f.Computed != nil:
				c.expr(f.Computed, String)
				vals = append(vals, Widen(c.expr(f.Value, nil)))
			default:
				if seen[f.Name] {
					c.errorf(f.Pos(), "invalid usage of map literal: duplicate key '%s'", f.Name)
				}
				seen[f.Name] = true
				t := Widen(valueOf(f, nil))
				vals = append(vals, t)
				rec.Fields = append(rec.Fields, &Field{Name: f.Name, Type: t})
			}
		}
		if asMap {
			if len(vals) == 0 {
				return MapOf(Never)
			}
			return MapOf(Union(vals...))
		}
		if want != nil && want.Kind != KInvalid {
			return rec // the caller reports the mismatch
		}
		c.addRecord(rec)
		return rec
	}
	switch target.Kind {
	case KMap:
		elem := memberWant(target, target.Elem)
		for _, f := range e.Fields {
			switch {
			case f.Spread != nil:
				// the spread's fields are copied: a record spreads as well as a map
				st := c.exprHint(f.Spread, MapOf(elem))
				if !c.assignable(f.Spread, st, MapOf(elem)) {
					c.mismatch(f.Spread.Pos(), MapOf(elem), st)
				}
			case f.Computed != nil:
				c.expr(f.Computed, String)
				c.expr(f.Value, elem)
			default:
				if seen[f.Name] {
					c.errorf(f.Pos(), "invalid usage of map literal: duplicate key '%s'", f.Name)
				}
				seen[f.Name] = true
				valueOf(f, elem)
			}
		}
		return target
	case KRecord:
		for _, f := range e.Fields {
			switch {
			case f.Spread != nil:
				c.unsupported(f.Pos(), "spread fields in a record constructor")
				c.expr(f.Spread, nil)
			case f.Computed != nil:
				c.unsupported(f.Pos(), "computed keys in a record constructor")
				c.expr(f.Computed, String)
				c.expr(f.Value, nil)
			default:
				if seen[f.Name] {
					c.errorf(f.Pos(), "invalid usage of record literal: duplicate key '%s'", f.Name)
				}
				seen[f.Name] = true
				rf := target.FieldByName(f.Name)
				if rf == nil {
					if rest := recordRest(target); rest != nil {
						valueOf(f, memberWant(target, rest)) // a rest field of an open record
						continue
					}
					c.errorf(f.Pos(), "undefined field '%s' in record '%s'", f.Name, target)
					valueOf(f, nil)
					continue
				}
				valueOf(f, memberWant(target, rf.Type))
			}
		}
		for _, rf := range target.Fields {
			if !seen[rf.Name] && !rf.Optional && !rf.HasDefault {
				c.errorf(e.Pos(), "missing non-defaultable required record field '%s'", rf.Name)
			}
		}
		return target
	}
	return Invalid
}

// HasFiller reports whether t has a filler value (spec, "Filler values"): the
// value a list constructor, an array's growth or a fixed-length array puts
// where a member is missing. () for a type with nil; 0, 0.0, 0d, "" and false
// for the basic types (byte and the other int subtypes: 0) and a finite type
// holding that value; a singleton type's value; an empty list or map for array and map types (a fixed-length array or a tuple
// when its members have fillers); a record whose fields all have defaults or
// are optional.
func HasFiller(t *Type) bool {
	switch t.Kind {
	case KNil, KInt, KFloat, KDecimal, KString, KBoolean, KAny, KAnydata, KJSON, KMap, KTable:
		return t.refined == nil || holds(t, int64(0)) || holds(t, "")
	case KArray:
		return t.Len <= 0 || HasFiller(t.Elem)
	case KTuple:
		for _, m := range t.Members {
			if !HasFiller(m) {
				return false
			}
		}
		return true
	case KRecord:
		for _, f := range t.Fields {
			if !f.Optional && !f.HasDefault {
				return false
			}
		}
		return true
	case KSingleton:
		return true // its one value
	case KUnion:
		if IsNilable(t) {
			return true
		}
		// a finite type whose members share a basic type holding its zero value
		b := Basic(t)
		return b != t && HasFiller(b) && (holds(t, int64(0)) || holds(t, "") || holds(t, false) || holds(t, 0.0))
	}
	return false
}

// holds reports whether the value v belongs to t.
func holds(t *Type, v any) bool { return IsSubtype(SingletonOf(v), t) }
