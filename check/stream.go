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
