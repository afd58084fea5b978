package rt

import (
	"reflect"
)

// Table is a Ballerina table value (spec, "Tables"): its rows, mappings boxed in Go's
// any, in insertion order; in a table with a key, each row is identified by the
// values of its key fields and found by a hash lookup: a Go map from an int or string
// key to the row's position, else from a hash of the key value (hashKey) to the
// positions with that hash, which rt.Equal tells apart.
//
// A removed row leaves a hole (nil) that is skipped, so that removing keeps the order
// of the rest in constant time; the rows are compacted when the holes outnumber them.
//
// Generated code and hand-written Go use it through: NewTable, NewTableFrom (a table
// constructor), Len, Range (for range-over-func) and Rows (the rows in order), Add,
// Put, Member/Get and their Int and String forms, HasKey, Remove, RemoveIfHasKey,
// RemoveAll, Keys and ToList; lang.table's higher-order functions are TableMap,
// TableFilter, TableForEach and TableReduce.
type Table struct {
	rows []any // in order; nil where a row was removed
	live int   // rows not removed
	// Inherent is the table's inherent type (TableOf): its row type, key field names
	// and key type.
	Inherent Type
	tt       *tableType
	ro       *ReadOnly // non-nil when the table is read-only

	// the key index, by the kind of key (tableType.index)
	ints   map[int64]int
	strs   map[string]int
	hashes map[uint64][]int
	// maxInt is the largest int key added, for nextKey (valid when hasMax).
	maxInt int64
	hasMax bool
	// keyField caches where a record row keeps its (one) key field: its Go type and
	// field index, so that extracting an int or string key takes no lookup by name.
	keyGoType reflect.Type
	keyIndex  int
}

// The kinds of key index a table uses.
const (
	keyless = iota // no key
	intKey         // one key field of an int type: ints
	strKey         // one key field of a string type: strs
	hashKey        // any other key: hashes
)

// NewTable returns an empty table of inherent type t (a TableOf type).
func NewTable(t Type) *Table {
	tab := &Table{Inherent: t, tt: tableTypeOf(t)}
	tab.initIndex(0)
	return tab
}

// NewTableFrom returns the table of inherent type t holding rows, in order (a table
// constructor): a row whose key another row has panics as Add does.
func NewTableFrom(t Type, rows ...any) *Table {
	tab := &Table{Inherent: t, tt: tableTypeOf(t), rows: make([]any, 0, len(rows))}
	tab.initIndex(len(rows))
	for _, r := range rows {
		tab.Add(r)
	}
	return tab
}

func tableTypeOf(t Type) *tableType {
	switch tt := t.(type) {
	case *tableType:
		return tt
	case *readOnlyType:
		return tableTypeOf(tt.of)
	}
	panic("rt: a table's inherent type must be a table type, not " + t.String())
}

func (t *Table) initIndex(n int) {
	t.ints, t.strs, t.hashes = nil, nil, nil
	switch t.tt.index {
	case intKey:
		t.ints = make(map[int64]int, n)
	case strKey:
		t.strs = make(map[string]int, n)
	case hashKey:
		t.hashes = make(map[uint64][]int, n)
	}
}

// Len returns the number of rows (table:length).
func (t *Table) Len() int64 { return int64(t.live) }

// Range calls f on each row in order until f returns false (for range-over-func: for
// row := range t.Range). Rows added during the iteration are not visited; removed
// ones are skipped.
func (t *Table) Range(f func(row any) bool) {
	rows := t.rows
	for _, r := range rows {
		if r != nil && !f(r) {
			return
		}
	}
}

// Rows returns the rows in order, in a new slice.
func (t *Table) Rows() []any {
	out := make([]any, 0, t.live)
	for _, r := range t.rows {
		if r != nil {
			out = append(out, r)
		}
	}
	return out
}

// Add adds row as the last row (table:add): a row whose key the table has already
// panics with {ballerina/lang.table}KeyConstraintViolation, one that does not belong
// to the table's row type with InherentTypeViolation.
func (t *Table) Add(row any) {
	t.checkUpdate()
	t.checkRow(row)
	t.insert(row, false)
}

// Put adds row (table:put), replacing the row with the same key, which keeps its
// place; without one (or in a keyless table) row becomes the last row.
func (t *Table) Put(row any) {
	t.checkUpdate()
	t.checkRow(row)
	t.insert(row, true)
}

// insert adds row, replacing the row with its key when replace is set.
func (t *Table) insert(row any, replace bool) {
	pos := len(t.rows)
	switch t.tt.index {
	case keyless:
	case intKey:
		k := t.intKeyOf(row)
		if i, ok := t.ints[k]; ok {
			if !replace {
				panicKeyExists(k)
			}
			t.rows[i] = row
			return
		}
		t.ints[k] = pos
		t.noteInt(k)
	case strKey:
		k := t.strKeyOf(row)
		if i, ok := t.strs[k]; ok {
			if !replace {
				panicKeyExists(k)
			}
			t.rows[i] = row
			return
		}
		t.strs[k] = pos
	default:
		k := t.keyOf(row)
		h := keyHash(k, 0)
		if i := t.findHashed(h, k); i >= 0 {
			if !replace {
				panicKeyExists(k)
			}
			t.rows[i] = row
			return
		}
		t.hashes[h] = append(t.hashes[h], pos)
	}
	t.rows = append(t.rows, row)
	t.live++
}

// noteInt keeps the largest int key for nextKey.
func (t *Table) noteInt(k int64) {
	if !t.hasMax || k > t.maxInt {
		t.maxInt, t.hasMax = k, true
	}
}

// findHashed returns the position of the row with key k, whose hash is h, or -1.
func (t *Table) findHashed(h uint64, k any) int {
	for _, i := range t.hashes[h] {
		if Equal(t.keyOf(t.rows[i]), k) {
			return i
		}
	}
	return -1
}

// find returns the position of the row with key k, or -1 (also for a keyless table).
func (t *Table) find(k any) int {
	switch t.tt.index {
	case intKey:
		if n, ok := k.(int64); ok {
			return indexOf(t.ints, n)
		}
	case strKey:
		if s, ok := k.(string); ok {
			return indexOf(t.strs, s)
		}
	case hashKey:
		return t.findHashed(keyHash(k, 0), k)
	}
	return -1
}

// findInt is find for an int key, unboxed when the table's index is by int.
func (t *Table) findInt(k int64) int {
	if t.tt.index == intKey {
		return indexOf(t.ints, k)
	}
	return t.find(k)
}

// findString is find for a string key, unboxed when the index is by string.
func (t *Table) findString(k string) int {
	if t.tt.index == strKey {
		return indexOf(t.strs, k)
	}
	return t.find(k)
}

// indexOf returns the position m holds for k, or -1.
func indexOf[K comparable](m map[K]int, k K) int {
	if i, ok := m[k]; ok {
		return i
	}
	return -1
}

// HasKeyOf reports whether t has a row with row's key (a query's on conflict
// clause asks before it puts row); a keyless table has none.
func (t *Table) HasKeyOf(row any) bool {
	if t.tt.index == keyless {
		return false
	}
	return t.find(t.keyOf(row)) >= 0
}

// Member returns the row with key k, or nil when there is none (t[k]).
func (t *Table) Member(k any) any {
	if i := t.find(k); i >= 0 {
		return t.rows[i]
	}
	return nil
}

// MemberInt is Member for an int key.
func (t *Table) MemberInt(k int64) any {
	if i := t.findInt(k); i >= 0 {
		return t.rows[i]
	}
	return nil
}

// MemberString is Member for a string key.
func (t *Table) MemberString(k string) any {
	if i := t.findString(k); i >= 0 {
		return t.rows[i]
	}
	return nil
}

// Get returns the row with key k (table:get); a missing key panics with
// {ballerina/lang.table}KeyNotFound.
func (t *Table) Get(k any) any {
	i := t.find(k)
	if i < 0 {
		panicTableKey(k)
	}
	return t.rows[i]
}

// GetInt is Get for an int key.
func (t *Table) GetInt(k int64) any {
	i := t.findInt(k)
	if i < 0 {
		panicTableKey(k)
	}
	return t.rows[i]
}

// GetString is Get for a string key.
func (t *Table) GetString(k string) any {
	i := t.findString(k)
	if i < 0 {
		panicTableKey(k)
	}
	return t.rows[i]
}

// HasKey reports whether the table has a row with key k (table:hasKey).
func (t *Table) HasKey(k any) bool { return t.find(k) >= 0 }

// Remove removes the row with key k and returns it (table:remove); a missing key
// panics as Get does.
func (t *Table) Remove(k any) any {
	t.checkUpdate()
	i := t.find(k)
	if i < 0 {
		panicTableKey(k)
	}
	return t.removeAt(i)
}

// RemoveIfHasKey removes the row with key k and returns it, or returns nil when there
// is none (table:removeIfHasKey).
func (t *Table) RemoveIfHasKey(k any) any {
	t.checkUpdate()
	i := t.find(k)
	if i < 0 {
		return nil
	}
	return t.removeAt(i)
}

// RemoveAll removes every row (table:removeAll).
func (t *Table) RemoveAll() {
	t.checkUpdate()
	t.rows, t.live, t.hasMax = nil, 0, false
	t.initIndex(0)
}

func (t *Table) removeAt(i int) any {
	row := t.rows[i]
	switch t.tt.index {
	case intKey:
		delete(t.ints, t.intKeyOf(row))
	case strKey:
		delete(t.strs, t.strKeyOf(row))
	case hashKey:
		h := keyHash(t.keyOf(row), 0)
		ps := t.hashes[h]
		for j, p := range ps {
			if p == i {
				ps = append(ps[:j:j], ps[j+1:]...)
				break
			}
		}
		if len(ps) == 0 {
			delete(t.hashes, h)
		} else {
			t.hashes[h] = ps
		}
	}
	t.rows[i] = nil
	t.live--
	if t.live == 0 {
		t.rows = nil
	} else if holes := len(t.rows) - t.live; holes > 8 && holes > t.live {
		t.compact()
	}
	return row
}

// compact drops the holes and reindexes. It builds a new slice so that a Range in
// progress keeps iterating the old one.
func (t *Table) compact() {
	rows := make([]any, 0, t.live)
	for _, r := range t.rows {
		if r != nil {
			rows = append(rows, r)
		}
	}
	t.rows = rows
	t.reindex()
}

// reindex rebuilds the key index from the rows.
func (t *Table) reindex() {
	t.initIndex(len(t.rows))
	for i, r := range t.rows {
		if r == nil {
			continue
		}
		switch t.tt.index {
		case intKey:
			t.ints[t.intKeyOf(r)] = i
		case strKey:
			t.strs[t.strKeyOf(r)] = i
		case hashKey:
			h := keyHash(t.keyOf(r), 0)
			t.hashes[h] = append(t.hashes[h], i)
		}
	}
}

// NextKey is table:nextKey: one more than the largest int key the table has had, or 0
// when it is empty.
func (t *Table) NextKey() int64 {
	if t.tt.index != intKey {
		Panic(newLangError("OperationNotSupported", "Defined key sequence is not supported with nextKey(). The key sequence should only have an Integer field."))
	}
	if t.live == 0 || !t.hasMax {
		return 0
	}
	return AddInt(t.maxInt, 1)
}

// Keys returns the keys of the rows in order (table:keys), as a list of inherent type
// K[] where K is the table's key type.
func TableKeys[K any](t *Table) *List[K] {
	if t.tt.index == keyless {
		Panic(newLangError("{ballerina/lang.table}KeyNotFound", "keys are not defined"))
	}
	out := &List[K]{Elems: make([]K, 0, t.live)}
	if t.tt.key != nil {
		out.Inherent = ArrayOf(t.tt.key)
	}
	t.Range(func(r any) bool {
		k, _ := t.keyOf(r).(K)
		out.Elems = append(out.Elems, k)
		return true
	})
	return out
}

// TableToList returns the rows as a new list (table:toArray), of inherent type R[]
// where R is the table's row type; R is the Go type of the call's row type.
func TableToList[R any](t *Table) *List[R] {
	out := &List[R]{Elems: make([]R, 0, t.live), Inherent: ArrayOf(t.tt.row)}
	t.Range(func(r any) bool {
		out.Elems = append(out.Elems, rowAs[R](r, t.tt.row))
		return true
	})
	return out
}

// rowAs returns row as the Go type R of a supertype of the row type rowType: itself,
// or its view (a record used as a map, see rt.Narrow).
func rowAs[R any](row any, rowType Type) R {
	if r, ok := row.(R); ok {
		return r
	}
	return narrowSlow[R](row, rowType)
}

// checkRow panics with {ballerina/lang.table}InherentTypeViolation when row does not
// belong to the table's row type.
func (t *Table) checkRow(row any) {
	if rt, ok := t.tt.row.(*recordType); ok && reflect.TypeOf(row) == rt.goType {
		return // a record of the row type's own struct
	}
	if !t.tt.row.Contains(row) {
		Panic(newLangError("{ballerina/lang.table}InherentTypeViolation",
			"value type '"+TypeName(row)+"' inconsistent with the inherent table type '"+t.Inherent.String()+"'"))
	}
}

// checkUpdate panics when the table is read-only.
func (t *Table) checkUpdate() {
	if t.ro != nil {
		panicInvalidUpdate("{ballerina/lang.table}InvalidUpdate", "")
	}
}

//go:noinline
func panicKeyExists(k any) {
	Panic(newLangError("{ballerina/lang.table}KeyConstraintViolation", "a value found for key '"+ToString(k)+"'"))
}

//go:noinline
func panicTableKey(k any) {
	Panic(newLangError("{ballerina/lang.table}KeyNotFound", "cannot find key '"+ToString(k)+"'"))
}

// keyOf returns the key of row: its key field's value, or the list of its key fields'
// values for several.
func (t *Table) keyOf(row any) any {
	names := t.tt.names
	if len(names) == 1 {
		return fieldOf(row, names[0])
	}
	vals := make([]any, len(names))
	for i, n := range names {
		vals[i] = fieldOf(row, n)
	}
	return &List[any]{Elems: vals, Inherent: t.tt.key, ro: frozen()}
}

// intKeyOf returns the int key of row (a table of intKey index).
func (t *Table) intKeyOf(row any) int64 {
	if f, ok := t.keyField(row); ok {
		return f.Int()
	}
	k, _ := fieldOf(row, t.tt.names[0]).(int64)
	return k
}

// strKeyOf returns the string key of row (a table of strKey index).
func (t *Table) strKeyOf(row any) string {
	if f, ok := t.keyField(row); ok {
		return f.String()
	}
	k, _ := fieldOf(row, t.tt.names[0]).(string)
	return k
}

// keyField returns the key field of a record row when its Go field is an int64 (a
// table of intKey index) or a string (strKey), found by the index cached for the
// row's Go type.
func (t *Table) keyField(row any) (reflect.Value, bool) {
	rt := reflect.TypeOf(row)
	if rt != t.keyGoType {
		ri := recordInfoOf(rt)
		if ri == nil {
			return reflect.Value{}, false
		}
		want := reflect.String
		if t.tt.index == intKey {
			want = reflect.Int64
		}
		t.keyIndex = -1
		for _, f := range ri.fields {
			if f.name == t.tt.names[0] && f.typ.Kind() == want {
				t.keyIndex = f.index
			}
		}
		t.keyGoType = rt
	}
	if t.keyIndex < 0 {
		return reflect.Value{}, false
	}
	return reflect.ValueOf(row).Elem().Field(t.keyIndex), true
}

// fieldOf returns field name of the mapping row (nil when it has none).
func fieldOf(row any, name string) any {
	if m := asMapping(row); m != nil {
		v, _ := m.mapGet(name)
		return v
	}
	return nil
}

func (t *Table) readOnly() *ReadOnly { return t.ro }

// cloneValue copies the table and its rows (value:clone, value:cloneReadOnly).
func (t *Table) cloneValue(c *cloner) any {
	n := &Table{Inherent: t.Inherent, tt: t.tt, rows: make([]any, 0, t.live),
		maxInt: t.maxInt, hasMax: t.hasMax}
	if c.readOnly {
		n.ro = frozen()
	}
	c.remember(t, n)
	for _, r := range t.rows {
		if r != nil {
			n.rows = append(n.rows, c.clone(r))
		}
	}
	n.live = len(n.rows)
	n.reindex()
	return n
}

func (t *Table) freeze() { t.ro = frozen() }

// PutKey is the store t[k] = row: row must have key k, else it panics with
// {ballerina/lang.table}KeyNotFound; then it is put as Put does.
func (t *Table) PutKey(k, row any) {
	t.checkUpdate()
	t.checkRow(row)
	if !Equal(t.keyOf(row), k) {
		Panic(newLangError("{ballerina/lang.table}KeyNotFound",
			"key '"+ToString(k)+"' not found in value '"+ToString(row)+"'"))
	}
	t.insert(row, true)
}
