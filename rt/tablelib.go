package rt

// lang.table's higher-order functions. Each is generic in the Go type R of the rows as
// the call sees them (a supertype of the table's row type): a row is passed as itself
// or, when its Go type differs, as its view (rowAs).

// TableForEach calls f on each row in order (table:forEach).
func TableForEach[R any](t *Table, f func(R)) {
	row := t.tt.row
	t.Range(func(r any) bool { f(rowAs[R](r, row)); return true })
}

// TableMap returns a new keyless table of inherent type typ (table<U>) holding f of
// each row, in order (table:map).
func TableMap[R, U any](t *Table, f func(R) U, typ Type) *Table {
	out := &Table{Inherent: typ, tt: tableTypeOf(typ), rows: make([]any, 0, t.live)}
	out.initIndex(t.live)
	row := t.tt.row
	t.Range(func(r any) bool {
		out.Add(any(f(rowAs[R](r, row))))
		return true
	})
	return out
}

// TableFilter returns a new table of t's inherent type and key holding the rows for
// which f is true, in order (table:filter).
func TableFilter[R any](t *Table, f func(R) bool) *Table {
	out := &Table{Inherent: t.Inherent, tt: t.tt}
	out.initIndex(0)
	row := t.tt.row
	t.Range(func(r any) bool {
		if f(rowAs[R](r, row)) {
			out.insert(r, false)
		}
		return true
	})
	return out
}

// TableReduce folds the rows in order with f starting from init (table:reduce).
func TableReduce[R, A any](t *Table, f func(A, R) A, init A) A {
	acc := init
	row := t.tt.row
	t.Range(func(r any) bool { acc = f(acc, rowAs[R](r, row)); return true })
	return acc
}
