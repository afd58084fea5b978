package rt

import (
	"testing"

	"github.com/stretchr/testify/require"
)

type tableRow struct {
	ID        int64     `bal:"id"`
	Name      string    `bal:"name"`
	ReadOnly_ *ReadOnly `bal:",readonly"`
}

var tableRowType = func() Type {
	t := RecordTypeOf((*tableRow)(nil), "Row")
	DefineRecord(t, []RecordField{{Name: "id", Type: TInt, ReadOnly: true}, {Name: "name", Type: TString}}, nil)
	return t
}()

func tableIDs(t *Table) []int64 {
	var ids []int64
	for r := range t.Range {
		ids = append(ids, r.(*tableRow).ID)
	}
	return ids
}

// Removing rows keeps the order of the others, also across compactions, and the
// key index follows the rows as they move.
func TestTableRemoveKeepsOrder(t *testing.T) {
	tab := NewTable(TableOf(tableRowType, []string{"id"}, TInt))
	for i := range int64(100) {
		tab.Add(&tableRow{ID: i})
	}
	for i := int64(0); i < 100; i += 3 {
		require.NotNil(t, tab.Remove(i))
	}
	var want []int64
	for i := range int64(100) {
		if i%3 != 0 {
			want = append(want, i)
		}
	}
	require.Equal(t, want, tableIDs(tab))
	require.Equal(t, int64(len(want)), tab.Len())
	for _, id := range want {
		require.Equal(t, id, tab.GetInt(id).(*tableRow).ID)
	}
	require.Nil(t, tab.MemberInt(3))
	tab.Put(&tableRow{ID: 50, Name: "new"}) // 50 % 3 != 0: replaced in place
	require.Equal(t, want, tableIDs(tab))
	require.Equal(t, int64(100), tab.NextKey())
}

// A key of a structured value is found by any == value, whatever its field order.
func TestTableHashKey(t *testing.T) {
	tab := NewTable(TableOf(MapOf(TAnydata), []string{"k"}, TAnydata))
	key := func(a, b int64) *Map[any] {
		m := NewMap[any](MapOf(TAnydata))
		m.Put("a", a)
		m.Put("b", b)
		return m
	}
	row := NewMap[any](MapOf(TAnydata))
	row.Put("k", key(1, 2))
	tab.Add(row)
	other := NewMap[any](MapOf(TAnydata))
	other.Put("b", int64(2))
	other.Put("a", int64(1))
	require.Same(t, row, tab.Member(other))
	require.True(t, tab.HasKey(key(1, 2)))
	require.False(t, tab.HasKey(key(2, 1)))
	require.Nil(t, tab.RemoveIfHasKey(key(9, 9)))
	require.Same(t, row, tab.RemoveIfHasKey(other))
	require.Equal(t, int64(0), tab.Len())
}

// add of a duplicate key panics with KeyConstraintViolation; put replaces.
func TestTableDuplicateKey(t *testing.T) {
	tab := NewTableFrom(TableOf(tableRowType, []string{"id"}, TInt), &tableRow{ID: 1, Name: "a"})
	err := catchPanic(func() { tab.Add(&tableRow{ID: 1, Name: "b"}) })
	require.NotNil(t, err)
	require.Equal(t, "{ballerina/lang.table}KeyConstraintViolation", err.Message())
	tab.Put(&tableRow{ID: 1, Name: "c"})
	require.Equal(t, "c", tab.GetInt(1).(*tableRow).Name)
	require.Equal(t, int64(1), tab.Len())
}

// catchPanic runs f and returns the Ballerina error it panics with, or nil.
func catchPanic(f func()) (err *Error) {
	defer func() {
		if r := recover(); r != nil {
			err = Recover(r)
		}
	}()
	f()
	return nil
}
