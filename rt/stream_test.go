package rt

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// counting returns a pull function over 1..n that records each pull, failing with
// fail (if not nil) instead of giving failAt.
func counting(n int64, failAt int64, fail *Error, pulls *[]int64) func(*Strand) (any, *Error, bool) {
	i := int64(0)
	return func(*Strand) (any, *Error, bool) {
		i++
		*pulls = append(*pulls, i)
		switch {
		case i == failAt:
			return nil, fail, false
		case i > n:
			return nil, nil, false
		}
		return i, nil, true
	}
}

func drain(s *Stream) (vals []any, err *Error) {
	for {
		v, e, ok := s.Next(nil)
		if !ok {
			return vals, e
		}
		vals = append(vals, v)
	}
}

func TestStreamLazyPipeline(t *testing.T) {
	var pulls []int64
	src := NewStream(TInt, TNil, counting(5, -1, nil, &pulls), nil)
	var seen []any
	odd := StreamFilter(src, func(_ *Strand, v any) bool { seen = append(seen, v); return v.(int64)%2 == 1 })
	tens := StreamMap(odd, TInt, func(_ *Strand, v any) any { return v.(int64) * 10 })
	assert.Empty(t, pulls, "building a pipeline pulls nothing")

	v, err, ok := tens.Next(nil)
	assert.Equal(t, []any{int64(10), (*Error)(nil), true}, []any{v, err, ok})
	assert.Equal(t, []int64{1}, pulls)

	vals, err := drain(tens)
	assert.Equal(t, []any{int64(30), int64(50)}, vals)
	assert.Nil(t, err)
	assert.Equal(t, []any{int64(1), int64(2), int64(3), int64(4), int64(5)}, seen)
	n := len(pulls)
	_, _, ok = tens.Next(nil)
	assert.False(t, ok)
	assert.Len(t, pulls, n, "a completed stream does not pull again")
}

func TestStreamErrorEndsIt(t *testing.T) {
	var pulls []int64
	fail := NewError("boom", nil, nil)
	s := NewStream(TInt, UnionOf(TError, TNil), counting(10, 2, fail, &pulls), nil)
	vals, err := drain(s)
	assert.Equal(t, []any{int64(1)}, vals)
	assert.Same(t, fail, err)
	_, err, ok := s.Next(nil)
	assert.False(t, ok)
	assert.Same(t, fail, err, "the error is given again")
	assert.Equal(t, []int64{1, 2}, pulls)
	assert.Same(t, fail, StreamReduce(nil, NewStream(TInt, TError, counting(10, 3, fail, &pulls), nil),
		func(_ *Strand, acc, v any) any { return acc.(int64) + v.(int64) }, int64(0)))
}

func TestStreamCloseOnce(t *testing.T) {
	closes := 0
	var pulls []int64
	s := NewStream(TInt, TNil, counting(3, -1, nil, &pulls), func(*Strand) *Error { closes++; return nil })
	m := StreamMap(s, TInt, func(_ *Strand, v any) any { return v })
	_, _, _ = m.Next(nil)
	assert.Nil(t, m.Close(nil))
	assert.Nil(t, m.Close(nil))
	assert.Equal(t, 1, closes, "closing a map stream closes its source, once")
	_, _, ok := s.Next(nil)
	assert.False(t, ok, "a closed stream gives ()")

	closes = 0
	s = NewStream(TInt, TNil, counting(1, -1, nil, &pulls), func(*Strand) *Error { closes++; return nil })
	_, _ = drain(s)
	assert.Equal(t, 1, closes, "completion closes the stream")
	assert.Nil(t, s.Close(nil))
	assert.Equal(t, 1, closes)
}

func TestStreamTypes(t *testing.T) {
	s := ListToStream(NewList[int64](nil, 1, 2))
	assert.Equal(t, "stream<int>", TypeOf(s).String())
	assert.Equal(t, "stream <stream<int>>", ToString(s))
	assert.True(t, StreamTypeOf(UnionOf(TInt, TString), TNil).Contains(s))
	assert.True(t, StreamTypeOf(TInt, UnionOf(TError, TNil)).Contains(s))
	assert.False(t, StreamTypeOf(TString, TNil).Contains(s))
	assert.False(t, StreamTypeOf(TInt, TError).Contains(s))
	assert.False(t, StreamTypeOf(TInt, TNil).Contains(int64(1)))
	assert.Equal(t, "stream<int,error>", StreamTypeOf(TInt, TError).String())
	assert.Same(t, StreamTypeOf(TInt, TNil), StreamTypeOf(TInt, TNil))
}
