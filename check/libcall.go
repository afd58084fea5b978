package check

import (
	"sync"

	"github.com/bal2go/bal2go/frontend"
)

// libCall types a call of fn, a function declared in check/lib, with the
// ordinary argument rules (assignArgs). recv, when not nil, is the receiver
// of a method call, already typed recvT: as the spec's method call
// expression says, x.f(args) calls f(x, args) of the langlib module of x's
// type, so the receiver is the first positional argument. shown is the name
// diagnostics give the function ("push" in xs.push(1), "array:push" in
// array:push(xs, 1)).
//
// The type parameters of fn's module (KTypeParam) are bound from the
// arguments, then substituted into the parameter and return types
// (instantiate). The call records fn in call.Func and the instantiated
// signature, receiver first, in call.Sig.
func (c *checker) libCall(pos frontend.Pos, shown string, call *Call, fn *Function, recv frontend.Expr, recvT *Type, args []*frontend.Arg, want *Type) *Type {
	call.Kind = CallBuiltin
	call.Func = fn
	call.Builtin = fn.LibraryKey()
	call.Recv = recv
	if recv != nil {
		args = append([]*frontend.Arg{{Value: recv}}, args...)
	}
	slots := c.assignArgs(pos, shown, call, args, fn)
	b := &typeArgs{bound: map[*Type]*Type{}, hint: map[*Type]*Type{}, record: c.internRecord}
	if want != nil {
		unify(b.hint, fn.Type.Ret, want, false)
	}
	// An arrow function's parameter types come from its context: check it
	// after the other arguments have bound the type parameters it needs
	// (reduce's accumulator type is bound by its initial value).
	ordered := make([]argSlot, 0, len(slots))
	for pass := 0; pass < 2; pass++ {
		for _, s := range slots {
			if _, arrow := frontend.Unparen(s.e).(*frontend.ArrowExpr); arrow == (pass == 1) {
				ordered = append(ordered, s)
			}
		}
	}
	for _, s := range ordered {
		pt := s.paramType(fn)
		if s.e == recv {
			unify(b.bound, pt, recvT, false)
			if target := b.subst(pt); !IsSubtype(recvT, target) {
				c.mismatch(recv.Pos(), target, recvT)
			}
			continue
		}
		if pt.Kind == KTypedesc {
			at := c.typedescArg(s.e)
			unify(b.bound, pt, at, false)
			if target := b.subst(pt); at.Kind != KInvalid && !IsSubtype(at, target) {
				c.mismatch(s.e.Pos(), target, at)
			}
			if tp := pt.Elem; tp.Kind == KTypeParam && b.bound[tp] == nil {
				b.bound[tp] = Invalid // given, but wrong: nothing to infer
			}
			continue
		}
		if !b.open(pt) {
			c.argExpr(s.e, b.subst(pt))
			continue
		}
		at := c.exprHint(s.e, b.hintFor(pt))
		unify(b.bound, pt, at, true)
		if target := b.subst(pt); !c.assignable(s.e, at, target) {
			c.mismatch(s.e.Pos(), target, at)
		}
	}
	if !c.inferTypedescs(pos, fn, b) {
		return Invalid
	}
	sig := b.subst(fn.Type)
	call.Sig = sig
	if !c.libLimits(pos, call, fn, sig) {
		return Invalid
	}
	if call.SpreadMayBeEmpty {
		return Optional(retOf(sig)) // () when the collected list is too short
	}
	return retOf(sig)
}

// inferTypedescs binds the typedesc parameters of fn left out of a call (their
// default is <>) to what the call's expected type says the return type's parameter
// is: Person in 'Person|error p = v.cloneWithType();'.
func (c *checker) inferTypedescs(pos frontend.Pos, fn *Function, b *typeArgs) bool {
	for _, p := range fn.Params {
		if p.Type.Kind != KTypedesc || p.Type.Elem.Kind != KTypeParam || b.bound[p.Type.Elem] != nil {
			continue
		}
		tp := p.Type.Elem
		h := b.hint[tp]
		if h == nil {
			c.errorf(pos, "cannot infer the 'typedesc' argument for parameter '%s': expected an argument for the parameter or a contextually-expected type to infer the argument", p.Name)
			return false
		}
		if !IsSubtype(h, tp.Elem) {
			// jBallerina's langlib tests (valuelib_test_negative)
			c.errorf(pos, "incompatible type for parameter '%s' with inferred typedesc value: expected '%s', found '%s'", p.Name, TypedescOf(tp.Elem), TypedescOf(h))
			return false
		}
		b.bound[tp] = h
	}
	return true
}

// typedescArg types the argument of a typedesc parameter: a type descriptor
// (int, map<json>, Person), which is a typedesc value describing that type, or
// any other expression of a typedesc type (a variable).
func (c *checker) typedescArg(e frontend.Expr) *Type {
	return c.expr(e, nil) // not a typedesc: the caller reports the mismatch
}

// typedescValue is the type of a type descriptor t used as a value
// (`typedesc<int> t = int;`): typedesc<t>.
func (c *checker) typedescValue(t *Type) *Type {
	if t == nil || t.Kind == KInvalid {
		return Invalid
	}
	return TypedescOf(t)
}

// libLimits reports the calls of declared functions that the code
// generator cannot emit although they are valid: a list or mapping
// function needs its first argument in one of the runtime's list or map
// representations. It returns false when it reported one.
func (c *checker) libLimits(pos frontend.Pos, call *Call, fn *Function, sig *Type) bool {
	if len(call.Args) == 0 || call.Args[0] == nil {
		return true
	}
	first := c.prog.TypeOfExpr(call.Args[0])
	if first.Kind == KInvalid || !IsSubtype(first, sig.Params[0]) {
		return true // reported
	}
	if k := fn.Params[0].Type.Kind; k != KArray && k != KMap {
		return true // not a list or mapping function: array:fromBase64(string)
	}
	var kind string
	switch fn.Library {
	case "lang.array":
		switch {
		case first.Kind == KTuple && fn.Name != "length":
			kind = "tuples"
		case first.Kind != KArray && first.Kind != KTuple:
			kind = "values of type '" + first.String() + "'"
		case fn.Name == "sort":
			// without a key, the members themselves must be ordered
			if _, ok := orderKey(first.Elem); !ok && (len(call.Args) < 3 || call.Args[2] == nil) {
				c.errorf(pos, "invalid member type for sort: '%s' is not an ordered type; give a key function", first.Elem)
				return false
			}
		}
	case "lang.map":
		switch {
		case first.Kind != KMap && first.Kind != KRecord:
			kind = "values of type '" + first.String() + "'"
		}
	}
	if kind == "" {
		return true
	}
	c.unsupported(pos, "the langlib method '"+fn.Name+"' on "+kind)
	return false
}

// typeArgs holds the types a call binds to the type parameters of a
// library function, and the hints its context gives for them.
type typeArgs struct {
	bound map[*Type]*Type
	hint  map[*Type]*Type // from the expected type of the call's result
	// record registers a record type the substitution makes (internRecord).
	record func(*Type) *Type
}

// open reports whether t mentions a type parameter not bound yet.
func (b *typeArgs) open(t *Type) bool {
	found := false
	walkTypeParams(t, func(p *Type) {
		if b.bound[p] == nil {
			found = true
		}
	})
	return found
}

// subst substitutes the bound type parameters of t, and their bounds for
// the others.
func (b *typeArgs) subst(t *Type) *Type {
	return substRecords(t, func(p *Type) *Type {
		if a := b.bound[p]; a != nil {
			return a
		}
		return p.Elem
	}, b.record)
}

// hintFor is what an argument of declared type t is checked with when t
// mentions unbound type parameters: the context's hint for each, else any
// (which lets an arrow function infer its return type). A parameter whose
// whole type is unbound gets only the hint: it types literals.
func (b *typeArgs) hintFor(t *Type) *Type {
	if t.Kind == KTypeParam {
		return b.hint[t.Mutable()]
	}
	return substTypeParams(t, func(p *Type) *Type {
		if a := b.bound[p]; a != nil {
			return a
		}
		if h := b.hint[p]; h != nil {
			return h
		}
		return Any
	})
}

// unify binds the unbound type parameters of the declared type p from the
// corresponding parts of a, the type of an argument (or, for hints, the
// expected type of the result): Type[] given int[] binds Type to int;
// map<Type> given a record binds Type to the union of its field types and
// rest type. A binding must lie within the parameter's bound. top is set
// for a whole argument's type, whose singletons are widened (reduce's
// initial value 0 makes the accumulator an int, not the type 0).
func unify(into map[*Type]*Type, p, a *Type, top bool) {
	if p == nil || a == nil || a.Kind == KInvalid {
		return
	}
	switch p.Kind {
	case KTypeParam:
		p = p.Mutable() // readonly & Type binds Type
		if into[p] != nil {
			return
		}
		if top {
			a = Widen(a)
		}
		if IsSubtype(a, p.Elem) {
			into[p] = a
		}
	case KArray:
		if e := listElem(a); e != nil {
			unify(into, p.Elem, e, false)
		}
	case KMap:
		if e := mappingElem(a); e != nil {
			unify(into, p.Elem, e, false)
		}
	case KFuture, KTypedesc:
		if a.Kind == p.Kind {
			unify(into, p.Elem, a.Elem, false)
		}
	case KTable:
		// table<MapType> key<KeyType> given table<R> key(k) binds MapType to R
		// and KeyType to the type of k
		if a.Kind == KTable {
			unify(into, p.Elem, a.Elem, false)
			if kt := TableKeyType(a); kt != nil && p.KeyType != nil {
				unify(into, p.KeyType, kt, false)
				if p.KeyType.Kind == KTypeParam && len(a.KeyFields) > 0 {
					// filter keeps the key specifier: see substTypeParams
					into[keyFieldsParam(p.KeyType)] = TableOf(a.Elem, a.KeyFields, nil)
				}
			}
		}
	case KStream:
		if a.Kind == KStream {
			unify(into, p.Elem, a.Elem, false)
			unify(into, p.Ret, a.Ret, false)
		}
	case KError:
		// error<DetailType> given error<Detail> binds DetailType to Detail; a
		// plain error (no detail type) leaves it to its bound
		if a.Kind == KError && a.Elem != nil {
			unify(into, p.Elem, a.Elem, false)
		}
	case KFunc:
		if a.Kind != KFunc {
			return
		}
		// The result first: a function argument's declared result type
		// is what the caller means the parameter to be.
		unify(into, p.Ret, a.Ret, false)
		for i := range p.Params {
			if i < len(a.Params) {
				unify(into, p.Params[i], a.Params[i], false)
			}
		}
	case KUnion:
		// T? and the like: the one member that mentions a parameter.
		var m *Type
		for _, pm := range p.Members {
			if mentionsTypeParam(pm) {
				if m != nil {
					return
				}
				m = pm
			}
		}
		if m != nil && m.Kind == KTypeParam && !IsSubtype(a, m.Elem) {
			// t|error given Person|error: t is what the other members leave
			var others []*Type
			for _, pm := range p.Members {
				if pm != m {
					others = append(others, pm)
				}
			}
			a = Diff(a, Union(others...))
		}
		unify(into, m, a, top)
	}
}

// listElem is the member type of a list type: an array's element type, the
// union of a tuple's member types; nil for other types.
func listElem(t *Type) *Type {
	switch t.Kind {
	case KArray:
		return t.Elem
	case KTuple:
		ms := append([]*Type{}, t.Members...)
		if t.Rest != nil {
			ms = append(ms, t.Rest)
		}
		return Union(ms...)
	}
	return nil
}

// mappingElem is the member type of a mapping type: a map's element type,
// the union of a record's field types and rest type; nil for other types.
func mappingElem(t *Type) *Type {
	switch t.Kind {
	case KMap:
		return t.Elem
	case KRecord:
		var ms []*Type
		for _, f := range t.Fields {
			ms = append(ms, f.Type)
		}
		if r := recordRest(t); r != nil {
			ms = append(ms, r)
		}
		return Union(ms...)
	}
	return nil
}

// mentionsTypeParam reports whether t contains a type parameter.
func mentionsTypeParam(t *Type) bool {
	found := false
	walkTypeParams(t, func(*Type) { found = true })
	return found
}

// walkTypeParams calls f for each type parameter in t. Only library
// signatures contain them, and those are not recursive.
func walkTypeParams(t *Type, f func(*Type)) {
	if t == nil {
		return
	}
	switch t.Kind {
	case KTypeParam:
		f(t.Mutable())
	case KArray, KMap, KFuture, KTypedesc, KError:
		walkTypeParams(t.Elem, f)
	case KTable:
		walkTypeParams(t.Elem, f)
		walkTypeParams(t.KeyType, f)
	case KStream:
		walkTypeParams(t.Elem, f)
		walkTypeParams(t.Ret, f)
	case KRecord:
		// an anonymous record of a signature (lang.stream's record {| Type value; |});
		// a named one may be recursive, and has no type parameters
		if t.Name != "" {
			return
		}
		for _, fd := range t.Fields {
			walkTypeParams(fd.Type, f)
		}
		walkTypeParams(t.Rest, f)
	case KObject:
		if t.Obj != nil && t.Obj.Class == nil && t.Name == "" {
			for _, m := range t.Obj.Methods {
				walkTypeParams(m.Type, f)
			}
		}
	case KUnion, KTuple:
		for _, m := range t.Members {
			walkTypeParams(m, f)
		}
		walkTypeParams(t.Rest, f)
	case KFunc:
		for _, p := range t.Params {
			walkTypeParams(p, f)
		}
		walkTypeParams(t.RestP, f)
		walkTypeParams(t.Ret, f)
	}
}

// substTypeParams returns t with each type parameter p replaced by sub(p);
// the parts of t without type parameters are shared, not copied.
func substTypeParams(t *Type, sub func(*Type) *Type) *Type { return substRecords(t, sub, nil) }

// substRecords is substTypeParams that passes each record type it makes to
// record (when not nil), which returns the record type to use.
func substRecords(t *Type, sub func(*Type) *Type, record func(*Type) *Type) *Type {
	if !mentionsTypeParam(t) {
		return t
	}
	s := func(u *Type) *Type { return substRecords(u, sub, record) }
	switch t.Kind {
	case KTypeParam:
		if t.ReadOnly {
			return ReadOnlyOf(sub(t.Mutable())) // readonly & Type
		}
		return sub(t)
	case KArray:
		return ArrayOf(s(t.Elem), t.Len)
	case KMap:
		return MapOf(s(t.Elem))
	case KFuture:
		return FutureOf(s(t.Elem))
	case KStream:
		return StreamOf(s(t.Elem), s(t.Ret))
	case KRecord:
		// record {| Type value; |} in lang.stream: a new anonymous record type,
		// which the call's checker registers (internRecords)
		r := &Type{Kind: KRecord, Closed: t.Closed}
		for _, fd := range t.Fields {
			nf := *fd
			nf.Type = s(fd.Type)
			r.Fields = append(r.Fields, &nf)
		}
		if t.Rest != nil {
			r.Rest = s(t.Rest)
		}
		if record != nil {
			return record(r)
		}
		return r
	case KObject:
		// an object type of a library signature (stream:iterator's result)
		o := *t.Obj
		o.Methods = nil
		for _, m := range t.Obj.Methods {
			nm := *m
			nm.Type = s(m.Type)
			o.Methods = append(o.Methods, &nm)
		}
		return &Type{Kind: KObject, Obj: &o}
	case KTypedesc:
		return &Type{Kind: KTypedesc, Elem: s(t.Elem)}
	case KError:
		return &Type{Kind: KError, Elem: s(t.Elem)} // error<DetailType>
	case KTable:
		var kt *Type
		if t.KeyType != nil {
			if t.KeyType.Kind == KTypeParam {
				// key<KeyType> bound by a table with a key specifier is that key
				// specifier: filter(table<R> key(id)) returns a table<R> key(id)
				if n := sub(keyFieldsParam(t.KeyType)); n != nil && n.Kind == KTable {
					return TableOf(s(t.Elem), n.KeyFields, nil)
				}
			}
			kt = s(t.KeyType)
		}
		return TableOf(s(t.Elem), t.KeyFields, kt)
	case KUnion:
		ms := make([]*Type, len(t.Members))
		for i, m := range t.Members {
			ms[i] = s(m)
		}
		return Union(ms...)
	case KTuple:
		ms := make([]*Type, len(t.Members))
		for i, m := range t.Members {
			ms[i] = s(m)
		}
		var rest *Type
		if t.Rest != nil {
			rest = s(t.Rest)
		}
		return TupleOf(ms, rest)
	case KFunc:
		ps := make([]*Type, len(t.Params))
		for i, p := range t.Params {
			ps[i] = s(p)
		}
		var rest *Type
		if t.RestP != nil {
			rest = s(t.RestP)
		}
		ft := FuncOf(ps, rest, s(t.Ret))
		ft.PNames = t.PNames
		return ft
	}
	return t
}

// keyFieldsParams holds, for each type parameter KeyType of a table's key type
// constraint (table<MapType> key<KeyType>), a type parameter of its own that a call
// binds to the table whose key specifier bound KeyType: the key fields go with the key
// type, so that a function returning table<MapType> key<KeyType> returns a table with
// the argument's key specifier.
var keyFieldsParams sync.Map // *Type -> *Type

func keyFieldsParam(p *Type) *Type {
	if k, ok := keyFieldsParams.Load(p); ok {
		return k.(*Type)
	}
	k, _ := keyFieldsParams.LoadOrStore(p, &Type{Kind: KTypeParam, Name: p.Name + " key fields"})
	return k.(*Type)
}
