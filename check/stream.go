package check

import "github.com/bal2go/bal2go/frontend"

// Streams (stream<T, C>) and iteration: the stream type, `new stream<T, C>(obj)`,
// and the element type of every iterable value (IterElem), which foreach uses and
// query expressions can.

// streamType resolves stream<T, C>. C must be a subtype of error? (jBallerina's
// error.type.expected); the bare `stream` is any stream, stream<any|error, error?>.
func (c *checker) streamType(te *frontend.StreamType) *Type {
	if te.Elem == nil {
		return StreamOf(AnyOrError, Optional(Error))
	}
	elem := c.resolveType(te.Elem)
	compl := Nil
	if te.Completion != nil {
		compl = c.resolveType(te.Completion)
		bound := substTypeParams(compl, func(p *Type) *Type { return p.Elem }) // CompletionType in lang.stream
		if compl.Kind != KInvalid && !IsSubtype(bound, Optional(Error)) {
			c.errorf(te.Completion.Pos(), "type '%s' not allowed here; expected an 'error' or a subtype of 'error'.", compl)
			return Invalid
		}
	}
	if elem.Kind == KInvalid || compl.Kind == KInvalid {
		return Invalid
	}
	return StreamOf(elem, compl)
}

// valueRecordOf returns record {| T value; |}, the record an iterator's next
// method wraps a member in.
func valueRecordOf(t *Type) *Type {
	return &Type{Kind: KRecord, Closed: true, Fields: []*Field{{Name: "value", Type: t}}}
}

// internRecord returns the record type of the program structurally identical to
// r, an anonymous record type a library signature makes (record {| Type value; |}
// in lang.stream, instantiated), registering r when there is none: the code
// generator makes one Go struct per record type of the program.
func (c *checker) internRecord(r *Type) *Type {
	for _, x := range c.libRecords {
		if Identical(x, r) {
			return x
		}
	}
	c.addRecord(r)
	c.libRecords = append(c.libRecords, r)
	return r
}

// iteratorType is object { public isolated function next() returns record {| T
// value; |}|C; }, with close() returns C? when closeable: what `new stream<T, C>`
// takes (the spec's StreamImplementor).
func iteratorType(t, c *Type, closeable bool) *Type {
	next := FuncOf(nil, nil, Union(valueRecordOf(t), c))
	next.Isolated = true
	o := &Object{Methods: []*Method{{Name: "next", Type: next, Vis: VisPublic, Isolated: true}}}
	if closeable {
		cl := FuncOf(nil, nil, Optional(c))
		cl.Isolated = true
		o.Methods = append(o.Methods, &Method{Name: "close", Type: cl, Vis: VisPublic, Isolated: true})
	}
	return &Type{Kind: KObject, Obj: o}
}

// newStream types new stream<T, C>(impl): impl must be an iterator object of the
// stream's member and completion types, and may have a close method (the spec's
// StreamImplementor); without an argument the stream is empty. The call records
// the stream type in Call.Sig.Ret.
func (c *checker) newStream(e *frontend.NewExpr, t *Type) *Type {
	call := &Call{Kind: CallNewStream, Sig: FuncOf(nil, nil, t)}
	switch len(e.Args) {
	case 0:
		if !IsNilable(t.Ret) {
			// an unbounded stream has no empty value
			c.errorf(e.Pos(), "no stream constructor provided. expected a subtype of 'object { public isolated function next() returns %s; }'", Union(valueRecordOf(t.Elem), t.Ret))
			return Invalid
		}
		c.prog.Calls[e] = call
		return t
	case 1:
	default:
		c.argsOnly(e.Args)
		c.errorf(e.Pos(), "'%s' is not a valid constructor for streams type", t)
		return Invalid
	}
	a := e.Args[0]
	if a.Name != "" || a.Rest {
		c.argsOnly(e.Args)
		c.errorf(a.Value.Pos(), "'%s' is not a valid constructor for streams type", t)
		return Invalid
	}
	at := c.expr(a.Value, nil)
	if at.Kind == KInvalid {
		return Invalid
	}
	closeable := at.Kind == KObject && at.Obj != nil && objMethod(at, "close") != nil
	want := iteratorType(t.Elem, t.Ret, closeable)
	if !IsSubtype(at, want) {
		next := Union(valueRecordOf(t.Elem), t.Ret)
		if closeable {
			c.errorf(a.Value.Pos(), "invalid stream constructor. expected a subtype of 'object { public isolated function next() returns %s; public isolated function close() returns error?; }', but found '%s'", next, at)
		} else {
			c.errorf(a.Value.Pos(), "invalid stream constructor. expected a subtype of 'object { public isolated function next() returns %s; }', but found '%s'", next, at)
		}
		return Invalid
	}
	call.Args = []frontend.Expr{a.Value}
	c.prog.Calls[e] = call
	return t
}

// objMethod returns the method called name of object type t, or nil.
func objMethod(t *Type, name string) *Method {
	if t.Kind != KObject || t.Obj == nil {
		return nil
	}
	return t.Obj.MethodByName(name, false)
}

// IterElem returns the member type of an iterable value of type t (what foreach
// binds, and a query's from clause) and the error type its iteration may complete
// with (Never when it cannot fail): a list's member type, a mapping's member type,
// a table's row type, string for a string, T and the error part of C for stream<T, C>, and T and the
// errors of the next method of an iterable object's iterator (an object with
// iterator() returning an object whose next() returns record {| T value; |}|E?,
// the spec's Iterable). ok is false when t is not iterable.
func IterElem(t *Type) (elem, completionErr *Type, ok bool) {
	switch t.Kind {
	case KInvalid:
		return Invalid, Never, true
	case KArray, KMap:
		return t.Elem, Never, true
	case KTable:
		return TableRow(t), Never, true
	case KTuple:
		return listElem(t), Never, true
	case KRecord:
		return mappingElem(t), Never, true
	case KString:
		return String, Never, true
	case KStream:
		return t.Elem, ErrorPart(t.Ret), true
	case KObject:
		if it := IteratorOf(t); it != nil {
			return iteratorElem(it)
		}
		return nil, nil, false
	}
	if IsSubtype(t, String) {
		return String, Never, true
	}
	if le := listUnionElem(t); le != nil {
		return le, Never, true
	}
	return nil, nil, false
}

// IteratorOf returns the type of the iterator of an iterable object type t: the
// result of its iterator() method when that takes no arguments and returns an
// iterator object (see IterElem); nil when t is not such an object type.
func IteratorOf(t *Type) *Type {
	m := objMethod(t, "iterator")
	if m == nil || m.Vis != VisPublic || len(m.Type.Params) > 0 || m.Type.RestP != nil {
		return nil
	}
	it := retOf(m.Type)
	if _, _, ok := iteratorElem(it); !ok {
		return nil
	}
	return it
}

// iteratorElem returns the member and completion error types of an iterator
// object type: its next() returns record {| T value; |} with () and/or errors.
func iteratorElem(it *Type) (elem, completionErr *Type, ok bool) {
	m := objMethod(it, "next")
	if m == nil || len(m.Type.Params) > 0 || m.Type.RestP != nil {
		return nil, nil, false
	}
	var rec *Type
	var errs []*Type
	completes := false
	for _, r := range MembersOf(retOf(m.Type)) {
		switch {
		case r.Kind == KNil:
			completes = true
		case r.Kind == KError:
			completes = true
			errs = append(errs, r)
		case r.Kind == KRecord && rec == nil:
			rec = r
		default:
			return nil, nil, false
		}
	}
	if rec == nil || !completes || !rec.Closed || recordRest(rec) != nil || len(rec.Fields) != 1 || rec.Fields[0].Name != "value" || rec.Fields[0].Optional {
		return nil, nil, false
	}
	return rec.Fields[0].Type, Union(errs...), true
}
