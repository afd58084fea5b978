package rt

import "sync"

// Streams. A Ballerina stream<T, C> is a lazy, single-pass sequence: each
// member is pulled when it is asked for, and the sequence ends with a
// completion value, () or an error of C. A Stream wraps a pull function; the
// stream's functions (map, filter) build streams that pull from theirs, so
// nothing runs until something pulls.
//
// Every stream type has the one Go type *Stream, whose members are Go values
// of any (as a future's result is): stream<int> is a stream<int|string>, and
// the same value may be used as either without a conversion. Generated code
// converts each member pulled to the static member type, as it does a
// future's result.
//
// For code that consumes a stream (a foreach, a query):
//
//	for {
//		v, err, ok := s.Next(strand)
//		if !ok {
//			break // err is the completion value: nil, or the error
//		}
//		x := v.(int64)
//		…
//	}
//
// and for code that produces one (a query's `stream from …`):
//
//	rt.NewStream(rt.TInt, rt.TNil, func(strand *rt.Strand) (any, *rt.Error, bool) { … }, nil)

// Stream is a stream value.
type Stream struct {
	typ   *streamType
	next  func(*Strand) (any, *Error, bool)
	close func(*Strand) *Error // nil: nothing to release
	// ended is set once next has given the completion value, err; closed once
	// the stream has been closed (by close, or by its completion).
	ended, closed bool
	err           *Error
}

// NewStream returns a stream of type stream<elem, completion> whose members
// next pulls: it returns (member, nil, true), or the completion value, (nil,
// nil, false) at the end or (nil, err, false) for an error. close, which may
// be nil, releases what the stream holds; it is called once, by Close or when
// the stream completes. Both are called on the strand that pulls or closes.
func NewStream(elem, completion Type, next func(*Strand) (any, *Error, bool), close func(*Strand) *Error) *Stream {
	return &Stream{typ: StreamTypeOf(elem, completion).(*streamType), next: next, close: close}
}

// Next pulls the next member of s: (member, nil, true), or its completion
// value, (nil, nil, false) when it has ended or (nil, err, false) when it
// failed. A stream that has completed gives its completion value again without
// pulling; a closed one gives ().
func (s *Stream) Next(st *Strand) (any, *Error, bool) {
	if s.ended || s.closed {
		return nil, s.err, false
	}
	v, err, ok := s.next(st)
	if ok {
		return v, nil, true
	}
	s.ended, s.err = true, err
	s.release(st) // the spec: a stream closes itself when its sequence completes
	return nil, err, false
}

// Close is stream:close: it closes s (its source is released) and returns the
// error that gives, if any; closing a closed stream does nothing.
func (s *Stream) Close(st *Strand) *Error {
	if s.closed {
		return nil
	}
	return s.release(st)
}

func (s *Stream) release(st *Strand) *Error {
	s.closed = true
	if s.close == nil {
		return nil
	}
	return s.close(st)
}

// Type returns s's type, stream<elem, completion>.
func (s *Stream) Type() Type { return s.typ }

// BalString implements BalStringer: jBallerina prints a stream as
// "stream <" and its type and ">".
func (s *Stream) BalString(bool) string { return "stream <" + s.typ.String() + ">" }

// streamType is stream<T, C>.
type streamType struct{ elem, completion Type }

var streamTypes sync.Map // [2]Type → *streamType

// StreamTypeOf returns the type stream<elem, completion>.
func StreamTypeOf(elem, completion Type) Type {
	k := [2]Type{elem, completion}
	if t, ok := streamTypes.Load(k); ok {
		return t.(Type)
	}
	t, _ := streamTypes.LoadOrStore(k, &streamType{elem: elem, completion: completion})
	return t.(Type)
}

// Contains implements Type: a stream whose type is a subtype (streams are
// covariant in their member and completion types).
func (t *streamType) Contains(v any) bool {
	s, ok := v.(*Stream)
	return ok && isSubtype(s.typ, t)
}

// String implements Type: stream<T> when the completion type is (), else
// stream<T,C> (jBallerina's BStreamType).
func (t *streamType) String() string {
	if t.completion == TNil {
		return "stream<" + t.elem.String() + ">"
	}
	return "stream<" + t.elem.String() + "," + t.completion.String() + ">"
}

func (t *streamType) includes(s *streamType) bool {
	return isSubtype(s.elem, t.elem) && isSubtype(s.completion, t.completion)
}

// ListToStream is array:toStream: a stream of the members of l, read as they
// are pulled, whose member type is l's.
func ListToStream[T any](l *List[T]) *Stream {
	i := 0
	return NewStream(listMemberType(l), TNil, func(*Strand) (any, *Error, bool) {
		if i >= len(l.Elems) {
			return nil, nil, false
		}
		v := l.Elems[i]
		i++
		return v, nil, true
	}, nil)
}

// listMemberType is the type of l's members: its inherent type's member type.
func listMemberType[T any](l *List[T]) Type {
	switch t := l.listInherent().(type) {
	case *arrayType:
		return t.elem
	case *tupleType:
		ms := append([]Type{}, t.members...)
		if t.rest != nil {
			ms = append(ms, t.rest)
		}
		return UnionOf(ms...)
	case *readOnlyType:
		if a, ok := t.of.(*arrayType); ok {
			return a.elem
		}
	}
	return TAny
}

// StreamNext is stream:next: the next member of s as the record {value: v},
// which wrap makes (a record type of the program), or s's completion value (nil
// or the error).
func StreamNext(st *Strand, s *Stream, wrap func(any) any) any {
	v, err, ok := s.Next(st)
	switch {
	case ok:
		return wrap(v)
	case err != nil:
		return err
	}
	return nil
}

// StreamClose is stream:close: nil, or the error closing s gave.
func StreamClose(st *Strand, s *Stream) any {
	if err := s.Close(st); err != nil {
		return err
	}
	return nil
}

// StreamForEach is stream:forEach: it calls f on each member of s in order and
// returns s's completion value (nil or the error).
func StreamForEach(st *Strand, s *Stream, f func(*Strand, any)) any {
	for {
		v, err, ok := s.Next(st)
		if !ok {
			if err != nil {
				return err
			}
			return nil
		}
		f(st, v)
	}
}

// StreamMap is stream:map: a stream of f applied to each member of s as it is
// pulled, of type stream<elem, C> (C s's completion type). Closing it closes s.
func StreamMap(s *Stream, elem Type, f func(*Strand, any) any) *Stream {
	return NewStream(elem, s.typ.completion, func(st *Strand) (any, *Error, bool) {
		v, err, ok := s.Next(st)
		if !ok {
			return nil, err, false
		}
		return f(st, v), nil, true
	}, s.Close)
}

// StreamFilter is stream:filter: a stream of the members of s for which f is
// true, pulled from s as they are asked for. Closing it closes s.
func StreamFilter(s *Stream, f func(*Strand, any) bool) *Stream {
	return NewStream(s.typ.elem, s.typ.completion, func(st *Strand) (any, *Error, bool) {
		for {
			v, err, ok := s.Next(st)
			if !ok || f(st, v) {
				return v, err, ok
			}
		}
	}, s.Close)
}

// StreamReduce is stream:reduce: f applied to init and the first member, then to
// that result and the next member, and so on; the error s completes with instead,
// if it does.
func StreamReduce(st *Strand, s *Stream, f func(*Strand, any, any) any, init any) any {
	acc := init
	for {
		v, err, ok := s.Next(st)
		if !ok {
			if err != nil {
				return err
			}
			return acc
		}
		acc = f(st, acc, v)
	}
}

// StreamIterator is stream:iterator: an iterator object whose next method pulls
// from s, giving each member as the record wrap makes.
func StreamIterator(s *Stream, wrap func(any) any) Object {
	return &streamIterator{s: s, wrap: wrap}
}

// streamIterator is the iterator object of a stream.
type streamIterator struct {
	s    *Stream
	wrap func(any) any
}

var streamIteratorClass = &Class{Name: "object"}

// Class_ implements Object.
func (it *streamIterator) Class_() *Class { return streamIteratorClass }

// Field_ implements DynamicObject (the iterator has no fields).
func (it *streamIterator) Field_(string) any { return nil }

// SetField_ implements DynamicObject (the iterator has no fields).
func (it *streamIterator) SetField_(string, any) {}

// Call_ implements DynamicObject: next is its one method.
func (it *streamIterator) Call_(st *Strand, name string, _ []any) any {
	return StreamNext(st, it.s, it.wrap)
}

// StreamStep turns the result of an iterator object's next method (a record
// {value: v}, (), or an error) into a pull function's (v, nil, true), (nil, nil,
// false) or (nil, err, false).
func StreamStep(r any) (any, *Error, bool) {
	switch x := r.(type) {
	case nil:
		return nil, nil, false
	case *Error:
		return nil, x, false
	}
	return RecordMember(r, "value"), nil, true
}

// StreamCloseStep turns the result of an implementor's close method (() or an
// error) into a close function's.
func StreamCloseStep(r any) *Error {
	e, _ := r.(*Error)
	return e
}

// EmptyPull is the pull function of an empty stream (new stream<T>()).
func EmptyPull(*Strand) (any, *Error, bool) { return nil, nil, false }

// MapToStream is a stream of the members of m in the order of their keys, those
// still present when they are pulled (map:iterator's).
func MapToStream[T any](m *Map[T]) *Stream {
	keys := m.Keys().Elems
	i := 0
	return NewStream(mapMemberType(m.mapInherent()), TNil, func(*Strand) (any, *Error, bool) {
		for i < len(keys) {
			k := keys[i]
			i++
			if v, ok := m.Get(k); ok {
				return v, nil, true
			}
		}
		return nil, nil, false
	}, nil)
}
