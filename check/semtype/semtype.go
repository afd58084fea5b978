package semtype

import (
	"math/bits"
	"strings"
)

// BasicType is one of the partitions of the universe of values. The structured basic
// types come in a read-only and a mutable half.
type BasicType uint8

// The basic types.
const (
	BNil BasicType = iota
	BBoolean
	BInt
	BFloat
	BDecimal
	BString
	BError
	BFunction
	BTypedesc
	BHandle
	BFuture
	BStream
	BListRO
	BListRW
	BMappingRO
	BMappingRW
	BTableRO
	BTableRW
	BObjectRO
	BObjectRW
	BXMLRO
	BXMLRW
	// BUndef is the absence of a mapping field. It is not a value: it only appears in
	// the type of an optional field (T x? has type T|Undef) and never in a user type.
	BUndef
	numBasic
)

var basicNames = [numBasic]string{"()", "boolean", "int", "float", "decimal", "string",
	"error", "function", "typedesc", "handle", "future", "stream",
	"list(ro)", "list(rw)", "mapping(ro)", "mapping(rw)", "table(ro)", "table(rw)",
	"object(ro)", "object(rw)", "xml(ro)", "xml(rw)", "undef"}

func (b BasicType) String() string { return basicNames[b] }

// basicSet is a set of basic types, one bit each.
type basicSet uint32

func bitOf(b BasicType) basicSet { return 1 << b }

// SemType is a type: for each basic type, all of it (bit in all), part of it (bit in
// some, with its subtype data in subs), or none of it. Values of SemType are immutable;
// operations return new ones.
type SemType struct {
	all  basicSet
	some basicSet
	subs []subtype // one per bit of some, in bit order
}

// subtype is the data of a proper, non-empty part of one basic type; its concrete type
// depends on the basic type (ops).
type subtype any

func basic(bs basicSet) SemType { return SemType{all: bs} }

// Basic returns the type of all values of basic type b.
func Basic(b BasicType) SemType { return basic(bitOf(b)) }

var (
	roBasics = bitOf(BNil) | bitOf(BBoolean) | bitOf(BInt) | bitOf(BFloat) | bitOf(BDecimal) |
		bitOf(BString) | bitOf(BError) | bitOf(BFunction) | bitOf(BTypedesc) | bitOf(BHandle) |
		bitOf(BListRO) | bitOf(BMappingRO) | bitOf(BTableRO) | bitOf(BObjectRO) | bitOf(BXMLRO)
	valueBasics = basicSet(1)<<BUndef - 1
)

// Predefined types.
var (
	Never    = SemType{}
	Nil      = Basic(BNil)
	Boolean  = Basic(BBoolean)
	Int      = Basic(BInt)
	Float    = Basic(BFloat)
	Decimal  = Basic(BDecimal)
	String   = Basic(BString)
	Error    = Basic(BError)
	Handle   = Basic(BHandle)
	Function = Basic(BFunction)
	Typedesc = Basic(BTypedesc)
	Future   = Basic(BFuture)
	Stream   = Basic(BStream)
	// List is every list, mutable or not; Mapping every mapping.
	List    = basic(bitOf(BListRO) | bitOf(BListRW))
	Mapping = basic(bitOf(BMappingRO) | bitOf(BMappingRW))
	Table   = basic(bitOf(BTableRO) | bitOf(BTableRW))
	Object  = basic(bitOf(BObjectRO) | bitOf(BObjectRW))
	XML     = basic(bitOf(BXMLRO) | bitOf(BXMLRW))
	// Top is any|error: every value.
	Top = basic(valueBasics)
	// Any is every value but errors.
	Any = basic(valueBasics &^ bitOf(BError))
	// Readonly is every read-only value.
	Readonly = basic(roBasics)
	// Undef is the absence of a mapping field (see BUndef).
	Undef = Basic(BUndef)
)

// subOf returns the subtype data of t for b, which must be a bit of t.some.
func (t SemType) subOf(b BasicType) subtype {
	return t.subs[bits.OnesCount32(uint32(t.some&(bitOf(b)-1)))]
}

// part returns t's share of basic type b: all (ok, nil), none (!ok) or subtype data.
func (t SemType) part(b BasicType) (s subtype, ok bool) {
	switch {
	case t.all&bitOf(b) != 0:
		return nil, true
	case t.some&bitOf(b) != 0:
		return t.subOf(b), true
	}
	return nil, false
}

// builder assembles a SemType basic type by basic type, in increasing order.
type builder struct{ t SemType }

func (bd *builder) add(b BasicType, s subtype) {
	o := ops[b]
	switch {
	case o == nil || o.isAll(s):
		bd.t.all |= bitOf(b)
	case o.isNone(s):
	default:
		bd.t.some |= bitOf(b)
		bd.t.subs = append(bd.t.subs, s)
	}
}

// Union returns a|b.
func Union(ts ...SemType) SemType {
	if len(ts) == 0 {
		return Never
	}
	u := ts[0]
	for _, t := range ts[1:] {
		u = union2(u, t)
	}
	return u
}

func union2(a, b SemType) SemType {
	if a.some == 0 && b.some == 0 {
		return basic(a.all | b.all)
	}
	var bd builder
	for bt := BasicType(0); bt < numBasic; bt++ {
		m := bitOf(bt)
		switch {
		case (a.all|b.all)&m != 0:
			bd.t.all |= m
		case a.some&m != 0 && b.some&m != 0:
			bd.add(bt, ops[bt].union(a.subOf(bt), b.subOf(bt)))
		case a.some&m != 0:
			bd.add(bt, a.subOf(bt))
		case b.some&m != 0:
			bd.add(bt, b.subOf(bt))
		}
	}
	return bd.t
}

// Intersect returns a & b.
func Intersect(a, b SemType) SemType {
	if a.some == 0 && b.some == 0 {
		return basic(a.all & b.all)
	}
	var bd builder
	for bt := BasicType(0); bt < numBasic; bt++ {
		m := bitOf(bt)
		switch {
		case a.all&m != 0 && b.all&m != 0:
			bd.t.all |= m
		case a.all&m != 0 && b.some&m != 0:
			bd.add(bt, b.subOf(bt))
		case b.all&m != 0 && a.some&m != 0:
			bd.add(bt, a.subOf(bt))
		case a.some&m != 0 && b.some&m != 0:
			bd.add(bt, ops[bt].intersect(a.subOf(bt), b.subOf(bt)))
		}
	}
	return bd.t
}

// Diff returns a \ b.
func Diff(a, b SemType) SemType {
	if a.some == 0 && b.some == 0 {
		return basic(a.all &^ b.all)
	}
	var bd builder
	for bt := BasicType(0); bt < numBasic; bt++ {
		m := bitOf(bt)
		switch {
		case b.all&m != 0:
		case a.all&m != 0 && b.some&m != 0:
			bd.add(bt, ops[bt].complement(b.subOf(bt)))
		case a.all&m != 0:
			bd.t.all |= m
		case a.some&m != 0 && b.some&m != 0:
			bd.add(bt, ops[bt].diff(a.subOf(bt), b.subOf(bt)))
		case a.some&m != 0:
			bd.add(bt, a.subOf(bt))
		}
	}
	return bd.t
}

// Complement returns the values (and Undef) not in t.
func Complement(t SemType) SemType { return Diff(basic(valueBasics|bitOf(BUndef)), t) }

// IsNever reports whether t is syntactically empty (no basic type at all). A type can
// be empty without that (a recursive record that needs itself); IsEmpty decides.
func (t SemType) IsNever() bool { return t.all == 0 && t.some == 0 }

// String renders t for debugging (not Ballerina syntax).
func (t SemType) String() string {
	if t.IsNever() {
		return "never"
	}
	var parts []string
	for bt := BasicType(0); bt < numBasic; bt++ {
		switch {
		case t.all&bitOf(bt) != 0:
			parts = append(parts, bt.String())
		case t.some&bitOf(bt) != 0:
			parts = append(parts, bt.String()+"{"+describe(t.subOf(bt))+"}")
		}
	}
	return strings.Join(parts, "|")
}

// subOps are the operations on the subtype data of one basic type.
type subOps struct {
	union, intersect, diff func(a, b subtype) subtype
	complement             func(a subtype) subtype
	isAll, isNone          func(a subtype) bool
	// isEmpty decides semantic emptiness (BDDs whose paths are all contradictory).
	isEmpty func(cx *Context, a subtype) bool
}

// ops has an entry for each basic type that has subtypes; nil for the others
// (handle, xml for now, undef: all or nothing).
var ops [numBasic]*subOps
