package rt

import (
	"hash/maphash"
	"math"
	"slices"
	"strings"
)

// tableType is table<row> key(names…) or table<row> key<key>: names is the key
// specifier (nil: none), key the type of the key values (nil: no constraint). A table
// type with a key specifier also has key: the type of its key fields (a tuple for
// several), as the compiler derives it. key<never> and key() constrain nothing, as in
// the compiler's types (check.TableKeyType), so they are nil here.
type tableType struct {
	row   Type
	names []string
	key   Type
	index int // the kind of key index its values use (table.go)
}

// TableOf returns the type table<row>, with the key specifier names (nil: none) and
// key, the type of its key values (nil: no constraint).
func TableOf(row Type, names []string, key Type) Type {
	t := &tableType{row: row, names: names, key: key}
	switch {
	case len(names) == 0:
		t.index = keyless
	case len(names) == 1 && key != nil && isSubtype(key, TInt):
		t.index = intKey
	case len(names) == 1 && key != nil && isSubtype(key, TString):
		t.index = strKey
	default:
		t.index = hashKey
	}
	return t
}

// Contains implements Type: a table whose inherent type is a subtype of t, or a
// read-only table whose key (its key fields and their type) is t's and whose rows
// belong to t's row type by their shape.
func (t *tableType) Contains(v any) bool {
	tab, ok := v.(*Table)
	if !ok {
		return false
	}
	if isSubtype(tab.Inherent, t) {
		return true
	}
	if tab.ro == nil || !tableKeySubtype(tab.tt, t) {
		return false
	}
	ok = true
	tab.Range(func(r any) bool {
		ok = t.row.Contains(r)
		return ok
	})
	return ok
}

// String implements Type.
func (t *tableType) String() string {
	s := "table<" + t.row.String() + ">"
	switch {
	case t.names != nil:
		s += " key(" + strings.Join(t.names, ", ") + ")"
	case t.key != nil:
		s += " key<" + t.key.String() + ">"
	}
	return s
}

// tableSubtype reports whether every table of type s is a table of type t: its rows
// belong to t's, its key values to t's key type and its key specifier is t's.
func tableSubtype(s, t *tableType) bool {
	return isSubtype(s.row, t.row) && tableKeySubtype(s, t)
}

// tableKeySubtype reports whether the key of tables of type s satisfies t's key
// constraint: the same key fields as t's key specifier, key values of t's key type.
func tableKeySubtype(s, t *tableType) bool {
	return (t.key == nil || s.key != nil && isSubtype(s.key, t.key)) &&
		(t.names == nil || slices.Equal(s.names, t.names))
}

var keySeed = maphash.MakeSeed()

// keyHash hashes a key value (anydata) consistently with Equal: equal values have
// equal hashes (a mapping's entries are combined in any order, -0.0 is 0.0, equal
// decimals hash alike). Below a few levels of nesting the hash stops looking: Equal
// tells such keys apart.
func keyHash(v any, depth int) uint64 {
	const (
		prime = 0x9e3779b97f4a7c15
		deep  = 4
	)
	switch x := v.(type) {
	case nil:
		return 1
	case int64:
		return mix64(uint64(x) ^ 2)
	case float64:
		if x == 0 {
			x = 0 // -0.0 == 0.0
		}
		if x != x {
			return 3 // NaN == NaN
		}
		return mix64(math.Float64bits(x) ^ 4)
	case Decimal:
		return mix64(math.Float64bits(DecimalToFloat(x)) ^ 5)
	case bool:
		if x {
			return 6
		}
		return 7
	case string:
		return maphash.String(keySeed, x)
	}
	if depth >= deep {
		return 8
	}
	if l, ok := v.(listValue); ok {
		h := uint64(9)
		for i := range l.listLen() {
			h = mix64(h*prime + keyHash(l.listElem(i), depth+1))
		}
		return h
	}
	if tab, ok := v.(*Table); ok {
		h := uint64(10)
		tab.Range(func(r any) bool {
			h = mix64(h*prime + keyHash(r, depth+1))
			return true
		})
		return h
	}
	if m := asMapping(v); m != nil {
		h := uint64(11)
		m.mapRange(func(k string, e any) bool {
			h += mix64(maphash.String(keySeed, k)*prime ^ keyHash(e, depth+1))
			return true
		})
		return h
	}
	return 12
}

// mix64 is a 64-bit finalizer (splitmix64's).
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}
