package check

import "github.com/bal2go/bal2go/frontend"

// Lax types (spec "Lax static typing"): json, map<T> when T is lax, and unions of lax
// types. Field access and optional field access on them are checked at run time: the
// result type adds error (the value may not be a mapping or may lack the field).

// LaxMemberType returns the type of the members of values of the lax type t (json for
// json, T for map<T>), or nil when t is not lax. With optional set, t may also hold ()
// (x?.f on map<json>?).
func LaxMemberType(t *Type, optional bool) *Type {
	switch t.Kind {
	case KJSON:
		return JSON
	case KMap:
		if LaxMemberType(t.Elem, false) != nil {
			return t.Elem
		}
	case KUnion:
		var ms []*Type
		for _, m := range t.Members {
			if m.Kind == KNil && optional {
				continue
			}
			mt := LaxMemberType(m, false)
			if mt == nil {
				return nil
			}
			ms = append(ms, mt)
		}
		if len(ms) > 0 {
			return Union(ms...)
		}
	}
	return nil
}

// LaxAccess reports whether x.f (x?.f, optional), with x of type xt, is a field access
// on a lax type: xt less its errors (an earlier access's, j.a.b) is lax.
func LaxAccess(xt *Type, optional bool) bool {
	return LaxMemberType(NonErrorPart(xt), optional) != nil
}

// laxField types x.f and x?.f on a lax type xt: the member type and error (an
// optional access also gives () for an absent field).
func (c *checker) laxField(e *frontend.FieldExpr, xt *Type, assign bool) *Type {
	if assign {
		c.unsupported(e.Pos(), "assignment to a field of '"+xt.String()+"'")
		return Invalid
	}
	t := Union(LaxMemberType(NonErrorPart(xt), e.Optional), Error)
	if e.Optional {
		t = Optional(t)
	}
	return t
}

// ensuresType reports whether check of x, of type xt, expecting want, converts x to
// want: the BBE "Access JSON elements" says `check x` is `check value:ensureType(x, T)`
// when x is json and the expected type T is a subtype of
// ()|boolean|int|float|decimal|string. bal2go applies it where the BBEs and
// jBallerina's tests do: x a field access on a lax type (j.a.b, r.j.k, j?.a).
func (c *checker) ensuresType(x frontend.Expr, xt, want *Type) bool {
	f, ok := frontend.Unparen(x).(*frontend.FieldExpr)
	if !ok || want == nil || want.Kind == KInvalid || want.Kind == KNever || !IsSubtype(want, Union(Nil, Boolean, Int, Float, String)) {
		return false
	}
	if !LaxAccess(c.prog.TypeOfExpr(f.X), f.Optional) {
		return false
	}
	v := NonErrorPart(xt)
	return v.Kind != KNever && IsSubtype(v, JSON) && !IsSubtype(v, want)
}
