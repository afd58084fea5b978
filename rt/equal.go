package rt

import (
	"math"
	"reflect"
)

// Equal is Ballerina's == on two boxed values: deep equality. Values of different basic
// types are never equal (1 == 1.0 is false); floats compare by value except that NaN
// == NaN is true (and -0.0 == 0.0 is true); lists compare member by member; maps and
// records compare as sets of entries, whatever their order; errors compare by
// identity. Cyclic values are handled.
func Equal(a, b any) bool {
	var seen []eqPair
	return equal(a, b, &seen)
}

// eqPair is a pair of containers under comparison; meeting it again means "equal so far".
type eqPair struct{ a, b any }

func equal(a, b any, seen *[]eqPair) bool {
	switch x := a.(type) {
	case nil:
		return b == nil
	case int64:
		y, ok := b.(int64)
		return ok && x == y
	case float64:
		y, ok := b.(float64)
		return ok && (x == y || (x != x && y != y))
	case Decimal:
		y, ok := b.(Decimal)
		return ok && DecimalEqual(x, y)
	case bool:
		y, ok := b.(bool)
		return ok && x == y
	case string:
		y, ok := b.(string)
		return ok && x == y
	case *Error:
		y, ok := b.(*Error)
		return ok && x == y
	case absentValue:
		_, ok := b.(absentValue)
		return ok
	case *List[int64]:
		if y, ok := b.(*List[int64]); ok {
			return slicesEqual(x.Elems, y.Elems)
		}
	case *List[string]:
		if y, ok := b.(*List[string]); ok {
			return slicesEqual(x.Elems, y.Elems)
		}
	}
	if la, ok := a.(listValue); ok {
		lb, ok := b.(listValue)
		if !ok {
			return false
		}
		if a == b {
			return true
		}
		n := la.listLen()
		if n != lb.listLen() {
			return false
		}
		if visited(seen, a, b) {
			return true
		}
		*seen = append(*seen, eqPair{a, b})
		for i := 0; i < n; i++ {
			if !equal(la.listElem(i), lb.listElem(i), seen) {
				return false
			}
		}
		return true
	}
	if ta, ok := a.(*Table); ok {
		tb, ok := b.(*Table)
		return ok && tablesEqual(ta, tb, seen)
	}
	if ma := asMapping(a); ma != nil {
		mb := asMapping(b)
		if mb == nil {
			return false
		}
		if a == b {
			return true
		}
		if ma.mapLen() != mb.mapLen() {
			return false
		}
		if visited(seen, a, b) {
			return true
		}
		*seen = append(*seen, eqPair{a, b})
		eq := true
		ma.mapRange(func(k string, va any) bool {
			vb, ok := mb.mapGet(k)
			eq = ok && equal(va, vb, seen)
			return eq
		})
		return eq
	}
	return Same(a, b)
}

// tablesEqual reports whether two tables have == rows in the same order.
func tablesEqual(a, b *Table, seen *[]eqPair) bool {
	if a == b {
		return true
	}
	if a.live != b.live {
		return false
	}
	if visited(seen, a, b) {
		return true
	}
	*seen = append(*seen, eqPair{a, b})
	rb := b.Rows()
	i, eq := 0, true
	a.Range(func(r any) bool {
		eq = equal(r, rb[i], seen)
		i++
		return eq
	})
	return eq
}

func slicesEqual[T comparable](a, b []T) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func visited(seen *[]eqPair, a, b any) bool {
	for _, p := range *seen {
		if p.a == a && p.b == b {
			return true
		}
	}
	return false
}

// mapping is the read-only view of a map or a record.
type mapping interface {
	mapLen() int
	mapGet(k string) (any, bool)
	mapRange(f func(k string, v any) bool)
}

// recordMapping adapts a record to mapping.
type recordMapping struct {
	ri *recordInfo
	sv reflect.Value
}

func (r recordMapping) mapLen() int { return r.ri.count(r.sv) }

func (r recordMapping) mapGet(k string) (any, bool) { return r.ri.get(r.sv, k) }

func (r recordMapping) mapRange(f func(k string, v any) bool) {
	r.ri.each(r.sv, func(name string, fv reflect.Value) bool { return f(name, fieldValue(fv)) })
}

// asMapping returns the mapping view of a map or record value, or nil.
func asMapping(v any) mapping {
	if m, ok := v.(mapValue); ok {
		return m
	}
	if _, ok := v.(listValue); ok {
		return nil
	}
	if ri, sv := recordOf(v); ri != nil {
		return recordMapping{ri, sv}
	}
	return nil
}

// Same is Ballerina's === : simple values compare by value (floats by identity: NaN ===
// NaN is true, -0.0 === 0.0 is false; decimals with their exponent: 1.0 === 1.00 is false); lists, maps, records, errors and functions
// compare by reference.
func Same(a, b any) bool {
	switch x := a.(type) {
	case nil:
		return b == nil
	case int64:
		y, ok := b.(int64)
		return ok && x == y
	case float64:
		y, ok := b.(float64)
		return ok && (math.Float64bits(x) == math.Float64bits(y) || (x != x && y != y))
	case Decimal:
		y, ok := b.(Decimal)
		return ok && DecimalSame(x, y)
	case bool:
		y, ok := b.(bool)
		return ok && x == y
	case string:
		y, ok := b.(string)
		return ok && x == y
	}
	if b == nil {
		return false
	}
	a, b = original(a), original(b) // a read-only value and its views (readonly.go) are one value
	ta, tb := reflect.TypeOf(a), reflect.TypeOf(b)
	if ta != tb {
		return false
	}
	if ta.Comparable() {
		return a == b
	}
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	switch va.Kind() {
	case reflect.Func, reflect.Map, reflect.Slice, reflect.Pointer, reflect.Chan:
		return va.Pointer() == vb.Pointer()
	}
	return false
}

// Clone is value:clone: a deep copy of v that preserves sharing and cycles. Simple
// values and errors (immutable) are returned as they are.
func Clone[T any](v T) T {
	switch any(v).(type) {
	case nil, int64, float64, Decimal, bool, string, *Error:
		return v
	}
	var c cloner
	r, _ := c.clone(any(v)).(T)
	return r
}

// CloneReadOnly is value:cloneReadOnly: a read-only deep copy of v, or v itself when
// it is read-only already.
func CloneReadOnly[T any](v T) T {
	switch any(v).(type) {
	case nil, int64, float64, Decimal, bool, string, *Error:
		return v
	}
	c := cloner{readOnly: true}
	r, _ := c.clone(any(v)).(T)
	return r
}

// cloner deep-copies values, mapping each original container to its copy. Read-only
// values are immutable, so they are shared, not copied (spec, value:clone).
type cloner struct {
	seen     map[any]any
	readOnly bool // the copies are read-only (value:cloneReadOnly)
}

func (c *cloner) remember(orig, cp any) {
	if c.seen == nil {
		c.seen = make(map[any]any)
	}
	c.seen[orig] = cp
}

func (c *cloner) clone(v any) any {
	switch x := v.(type) {
	case nil, int64, float64, Decimal, bool, string, *Error, absentValue:
		return v
	case listValue:
		if cp, ok := c.seen[v]; ok {
			return cp
		}
		if x.readOnly() != nil {
			return v
		}
		return x.cloneValue(c)
	case mapValue:
		if cp, ok := c.seen[v]; ok {
			return cp
		}
		if x.readOnly() != nil {
			return v
		}
		return x.cloneValue(c)
	case *Table:
		if cp, ok := c.seen[v]; ok {
			return cp
		}
		if x.ro != nil {
			return v
		}
		return x.cloneValue(c)
	}
	ri, sv := recordOf(v)
	if ri == nil {
		return v // functions and runtime objects are shared
	}
	if cp, ok := c.seen[v]; ok {
		return cp
	}
	if ri.readOnly(sv) != nil {
		return v
	}
	np := reflect.New(sv.Type())
	c.remember(v, np.Interface())
	nv := np.Elem()
	nv.Set(sv) // copies every field; the record fields are then deep-copied below
	for i := range ri.fields {
		fd := &ri.fields[i]
		fv := nv.Field(fd.index)
		switch fv.Kind() {
		case reflect.Int64, reflect.Float64, reflect.String, reflect.Bool:
			continue
		}
		if fv.IsZero() {
			continue
		}
		cp := c.clone(fv.Interface())
		if cp == nil {
			fv.SetZero()
		} else {
			fv.Set(reflect.ValueOf(cp))
		}
	}
	if rest := ri.restOf(sv); rest != nil {
		nv.Field(ri.rest).Set(reflect.ValueOf(c.clone(rest)))
	}
	if ri.ro >= 0 {
		// not the original's mark: that may list the original's views (recordmap.go)
		var mark *ReadOnly
		if c.readOnly {
			mark = frozen()
		}
		nv.Field(ri.ro).Set(reflect.ValueOf(mark))
	}
	return np.Interface()
}
