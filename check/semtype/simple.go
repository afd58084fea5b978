package semtype

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The subtypes of the simple basic types: one boolean; a list of int ranges; finite or
// cofinite sets of floats, decimals and strings (strings split into single characters,
// string:Char, and the rest).

// boolSub is the subtype holding the one boolean value.
type boolSub bool

// BooleanConst returns the singleton type of v.
func BooleanConst(v bool) SemType {
	return SemType{some: bitOf(BBoolean), subs: []subtype{boolSub(v)}}
}

var boolOps = &subOps{
	union: func(a, b subtype) subtype {
		if a == b {
			return a
		}
		return nil // both: all (isAll(nil))
	},
	intersect: func(a, b subtype) subtype {
		if a == b {
			return a
		}
		return boolNone{}
	},
	diff: func(a, b subtype) subtype {
		if a == b {
			return boolNone{}
		}
		return a
	},
	complement: func(a subtype) subtype { return !a.(boolSub) },
	isAll:      func(a subtype) bool { return a == nil },
	isNone:     func(a subtype) bool { _, ok := a.(boolNone); return ok },
	isEmpty:    func(*Context, subtype) bool { return false },
}

type boolNone struct{}

// Range is the ints from Min to Max inclusive.
type Range struct{ Min, Max int64 }

// intSub is a sorted list of disjoint, non-adjacent ranges.
type intSub []Range

// IntRange returns the type of the ints from min to max inclusive (byte is 0..255).
func IntRange(min, max int64) SemType {
	if min > max {
		return Never
	}
	var bd builder
	bd.add(BInt, intSub{{min, max}})
	return bd.t
}

// IntConst returns the singleton type of v.
func IntConst(v int64) SemType { return IntRange(v, v) }

func normRanges(rs []Range) intSub {
	slices.SortFunc(rs, func(a, b Range) int { return cmp.Compare(a.Min, b.Min) })
	var out intSub
	for _, r := range rs {
		if n := len(out); n > 0 && (out[n-1].Max == math.MaxInt64 || r.Min <= out[n-1].Max+1) {
			out[n-1].Max = max(out[n-1].Max, r.Max)
			continue
		}
		out = append(out, r)
	}
	return out
}

func intComplement(a intSub) intSub {
	var out intSub
	next := int64(math.MinInt64)
	atMin := true // next is a valid start (not past MaxInt64)
	for _, r := range a {
		if atMin && r.Min > next {
			out = append(out, Range{next, r.Min - 1})
		}
		if r.Max == math.MaxInt64 {
			atMin = false
			break
		}
		next = r.Max + 1
	}
	if atMin {
		out = append(out, Range{next, math.MaxInt64})
	}
	return out
}

func intIntersect(a, b intSub) intSub {
	var out intSub
	for _, x := range a {
		for _, y := range b {
			lo, hi := max(x.Min, y.Min), min(x.Max, y.Max)
			if lo <= hi {
				out = append(out, Range{lo, hi})
			}
		}
	}
	return normRanges(out)
}

var intOps = &subOps{
	union: func(a, b subtype) subtype {
		return normRanges(append(slices.Clone(a.(intSub)), b.(intSub)...))
	},
	intersect: func(a, b subtype) subtype { return intIntersect(a.(intSub), b.(intSub)) },
	diff: func(a, b subtype) subtype {
		return intIntersect(a.(intSub), intComplement(b.(intSub)))
	},
	complement: func(a subtype) subtype { return intComplement(a.(intSub)) },
	isAll: func(a subtype) bool {
		r := a.(intSub)
		return len(r) == 1 && r[0] == Range{math.MinInt64, math.MaxInt64}
	},
	isNone:  func(a subtype) bool { return len(a.(intSub)) == 0 },
	isEmpty: func(*Context, subtype) bool { return false },
}

// IntRanges returns t's int part as ranges, and whether t has one (all ints is one
// range from MinInt64 to MaxInt64).
func (t SemType) IntRanges() ([]Range, bool) {
	s, ok := t.part(BInt)
	if !ok {
		return nil, false
	}
	if s == nil {
		return []Range{{math.MinInt64, math.MaxInt64}}, true
	}
	return s.(intSub), true
}

// enumSet is a finite set of values (allowed) or the complement of one (!allowed).
type enumSet[T cmp.Ordered] struct {
	allowed bool
	values  []T // sorted, distinct
}

func setUnion[T cmp.Ordered](a, b []T) []T {
	out := append(slices.Clone(a), b...)
	slices.Sort(out)
	return slices.Compact(out)
}

func setIntersect[T cmp.Ordered](a, b []T) []T {
	var out []T
	for _, v := range a {
		if _, ok := slices.BinarySearch(b, v); ok {
			out = append(out, v)
		}
	}
	return out
}

func setDiff[T cmp.Ordered](a, b []T) []T {
	var out []T
	for _, v := range a {
		if _, ok := slices.BinarySearch(b, v); !ok {
			out = append(out, v)
		}
	}
	return out
}

func (a enumSet[T]) union(b enumSet[T]) enumSet[T] {
	switch {
	case a.allowed && b.allowed:
		return enumSet[T]{true, setUnion(a.values, b.values)}
	case a.allowed:
		return enumSet[T]{false, setDiff(b.values, a.values)}
	case b.allowed:
		return enumSet[T]{false, setDiff(a.values, b.values)}
	}
	return enumSet[T]{false, setIntersect(a.values, b.values)}
}

func (a enumSet[T]) complement() enumSet[T] { return enumSet[T]{!a.allowed, a.values} }

func (a enumSet[T]) intersect(b enumSet[T]) enumSet[T] {
	return a.complement().union(b.complement()).complement()
}

func (a enumSet[T]) isAll() bool  { return !a.allowed && len(a.values) == 0 }
func (a enumSet[T]) isNone() bool { return a.allowed && len(a.values) == 0 }

func enumOps[T cmp.Ordered]() *subOps {
	return &subOps{
		union:      func(a, b subtype) subtype { return a.(enumSet[T]).union(b.(enumSet[T])) },
		intersect:  func(a, b subtype) subtype { return a.(enumSet[T]).intersect(b.(enumSet[T])) },
		diff:       func(a, b subtype) subtype { return a.(enumSet[T]).intersect(b.(enumSet[T]).complement()) },
		complement: func(a subtype) subtype { return a.(enumSet[T]).complement() },
		isAll:      func(a subtype) bool { return a.(enumSet[T]).isAll() },
		isNone:     func(a subtype) bool { return a.(enumSet[T]).isNone() },
		isEmpty:    func(*Context, subtype) bool { return false },
	}
}

// floatKey identifies a float shape: all NaNs are one shape, and -0.0 is the same
// shape as 0.0 (Ballerina's == on floats, which singleton types use).
func floatKey(v float64) uint64 {
	switch {
	case v != v:
		return math.Float64bits(math.NaN())
	case v == 0:
		return 0
	}
	return math.Float64bits(v)
}

// FloatConst returns the singleton type of v.
func FloatConst(v float64) SemType {
	return SemType{some: bitOf(BFloat), subs: []subtype{enumSet[uint64]{true, []uint64{floatKey(v)}}}}
}

// DecimalConst returns the singleton type of the decimal whose canonical text is v.
func DecimalConst(v string) SemType {
	return SemType{some: bitOf(BDecimal), subs: []subtype{enumSet[string]{true, []string{v}}}}
}

// stringSub splits strings into single characters (string:Char) and the rest, so that
// string:Char is a finite description.
type stringSub struct{ char, nonChar enumSet[string] }

// StringConst returns the singleton type of v.
func StringConst(v string) SemType {
	none := enumSet[string]{allowed: true}
	s := stringSub{none, none}
	if utf8.RuneCountInString(v) == 1 {
		s.char = enumSet[string]{true, []string{v}}
	} else {
		s.nonChar = enumSet[string]{true, []string{v}}
	}
	return SemType{some: bitOf(BString), subs: []subtype{s}}
}

// StringChar is string:Char, the strings of one character.
var StringChar = SemType{some: bitOf(BString), subs: []subtype{stringSub{
	char: enumSet[string]{}, nonChar: enumSet[string]{allowed: true}}}}

var stringOps = &subOps{
	union: func(a, b subtype) subtype {
		x, y := a.(stringSub), b.(stringSub)
		return stringSub{x.char.union(y.char), x.nonChar.union(y.nonChar)}
	},
	intersect: func(a, b subtype) subtype {
		x, y := a.(stringSub), b.(stringSub)
		return stringSub{x.char.intersect(y.char), x.nonChar.intersect(y.nonChar)}
	},
	diff: func(a, b subtype) subtype {
		x, y := a.(stringSub), b.(stringSub)
		return stringSub{x.char.intersect(y.char.complement()), x.nonChar.intersect(y.nonChar.complement())}
	},
	complement: func(a subtype) subtype {
		x := a.(stringSub)
		return stringSub{x.char.complement(), x.nonChar.complement()}
	},
	isAll: func(a subtype) bool {
		x := a.(stringSub)
		return x.char.isAll() && x.nonChar.isAll()
	},
	isNone: func(a subtype) bool {
		x := a.(stringSub)
		return x.char.isNone() && x.nonChar.isNone()
	},
	isEmpty: func(*Context, subtype) bool { return false },
}

// SingleValue returns the value of a singleton type (int64, float64, bool, string, or
// nil for ()), and whether t is one.
func (t SemType) SingleValue() (any, bool) {
	if t.all == bitOf(BNil) && t.some == 0 {
		return nil, true
	}
	if t.all != 0 || bits32(t.some) != 1 {
		return nil, false
	}
	switch s := t.subs[0].(type) {
	case boolSub:
		return bool(s), true
	case intSub:
		if len(s) == 1 && s[0].Min == s[0].Max {
			return s[0].Min, true
		}
	case enumSet[uint64]:
		if s.allowed && len(s.values) == 1 {
			return math.Float64frombits(s.values[0]), true
		}
	case stringSub:
		switch {
		case s.char.allowed && s.nonChar.allowed && len(s.char.values)+len(s.nonChar.values) == 1:
			return strings.Join(append(s.char.values, s.nonChar.values...), ""), true
		}
	}
	return nil, false
}

func bits32(b basicSet) int {
	n := 0
	for ; b != 0; b &= b - 1 {
		n++
	}
	return n
}

// describe renders subtype data for SemType.String.
func describe(s subtype) string {
	switch s := s.(type) {
	case boolSub:
		return strconv.FormatBool(bool(s))
	case intSub:
		var parts []string
		for _, r := range s {
			parts = append(parts, fmt.Sprintf("%d..%d", r.Min, r.Max))
		}
		return strings.Join(parts, ",")
	case enumSet[uint64]:
		var parts []string
		for _, v := range s.values {
			parts = append(parts, strconv.FormatFloat(math.Float64frombits(v), 'g', -1, 64))
		}
		return notIf(!s.allowed) + strings.Join(parts, ",")
	case enumSet[string]:
		return notIf(!s.allowed) + strings.Join(s.values, ",")
	case stringSub:
		return "char:" + describe(s.char) + ";other:" + describe(s.nonChar)
	case bdd:
		return s.String()
	}
	return "?"
}

func notIf(b bool) string {
	if b {
		return "not "
	}
	return ""
}

func simpleOps() {
	ops[BBoolean] = boolOps
	ops[BInt] = intOps
	ops[BFloat] = enumOps[uint64]()
	ops[BDecimal] = enumOps[string]()
	ops[BString] = stringOps
}
