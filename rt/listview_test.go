package rt

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestListViewSharesMembers(t *testing.T) {
	ints := NewList[int64](nil, 1, 2)
	ints.Set(0, 1) // raises settable: the view must lower it again
	view := ListView[any](ints)
	assert.Same(t, view, ListView[any](ints), "one view per Go type")
	assert.Same(t, ints, ListView[int64](view), "the view's int64 member is the list itself")
	assert.True(t, Same(view, ints))

	ints.Set(0, 10)
	ints.Push(3)
	view.Set(1, int64(20))
	view.Push(int64(4))
	assert.Equal(t, []int64{10, 20, 3, 4}, ints.Elems)
	assert.Equal(t, []any{int64(10), int64(20), int64(3), int64(4)}, view.Elems)

	view.Pop()
	ints.Remove(0)
	assert.Equal(t, []any{int64(20), int64(3)}, view.Elems)
	view.Set(3, int64(9)) // past the end: a filler member first, in both
	assert.Equal(t, []int64{20, 3, 0, 9}, ints.Elems)
	assert.Equal(t, []any{int64(20), int64(3), int64(0), int64(9)}, view.Elems)

	assert.Equal(t, `{ballerina/lang.array}InherentTypeViolation {"message":"incompatible types: expected 'int', found 'string'"}`,
		printable(panicked(func() { view.Push("a") })))
	assert.Equal(t, `{ballerina/lang.array}InherentTypeViolation {"message":"incompatible types: expected 'int', found 'string'"}`,
		printable(panicked(func() { view.Set(0, "a") })))
	assert.Len(t, ints.Elems, 4, "a refused store changes nothing")
	assert.True(t, ArrayOf(TInt).Contains(view), "a view has the list's inherent type")
}

func TestListViewNested(t *testing.T) {
	inner := NewList[int64](nil, 1)
	outer := NewList[*List[int64]](nil, inner)
	view := ListView[*List[any]](outer)
	assert.Same(t, ListView[any](inner), view.Elems[0], "a member is the view of the member")
	view.Elems[0].Push(int64(2))
	assert.Equal(t, []int64{1, 2}, inner.Elems)

	view.Push(ListView[any](NewList[int64](nil, 5)))
	assert.Equal(t, []int64{5}, outer.Elems[1].Elems, "a pushed view is stored as its list")
	assert.Equal(t, `{ballerina/lang.array}InherentTypeViolation {"message":"incompatible types: expected 'int[]', found 'any[]'"}`,
		printable(panicked(func() { view.Push(NewList[any](ArrayOf(TAny), int64(5))) })))
}

func TestCastMakesListView(t *testing.T) {
	var v any = NewList[int64](nil, 1)
	l := Cast[*List[any]](v, ArrayOf(TAny))
	assert.True(t, Same(l, v))
	assert.Equal(t, `{ballerina}TypeCastError {"message":"incompatible types: 'int[]' cannot be cast to 'string[]'"}`,
		printable(panicked(func() { Cast[*List[any]](v, ArrayOf(TString)) })))
}

func TestMapViewSharesMembers(t *testing.T) {
	ints := NewMapFrom[int64](nil, []string{"a", "b"}, []int64{1, 2})
	view := MapView[any](ints)
	assert.Same(t, view, MapView[any](ints))
	assert.True(t, Same(view, ints))
	view.Put("c", int64(3))
	ints.Put("a", 10)
	view.Remove("b")
	assert.Equal(t, `{"a":10,"c":3}`, ToString(ints))
	assert.Equal(t, []any{int64(10), int64(3)}, view.Values())
	assert.Equal(t, `{ballerina/lang.map}InherentTypeViolation {"message":"invalid map insertion: expected value of type 'int', found 'string'"}`,
		printable(panicked(func() { view.Put("d", "x") })))
	assert.False(t, ints.HasKey("d"))

	lists := NewMapFrom[*List[int64]](nil, []string{"x"}, []*List[int64]{NewList[int64](nil, 1)})
	anyLists := MapView[*List[any]](lists)
	anyLists.MustGet("x").Push(int64(2))
	assert.Equal(t, []int64{1, 2}, lists.MustGet("x").Elems)
}
