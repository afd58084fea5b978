package check

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/bal2go/bal2go/check/semtype"
)

// Kind classifies a Type.
type Kind int

// The kinds of Ballerina types bal2go knows.
const (
	KInvalid Kind = iota // a type that failed to resolve; silences follow-on errors
	KNever
	KNil
	KBoolean
	KInt
	KFloat
	KDecimal
	KString
	KAny      // any: everything but error
	KAnydata  // anydata
	KJSON     // json
	KReadonly // readonly (only as an intersection operand)
	KError
	KArray     // T[] and T[n]
	KTuple     // [A, B, C...]
	KMap       // map<T>
	KRecord    // record {...}
	KUnion     // A|B
	KSingleton // a finite type of one value: "a", 1, true
	KFunc      // function (...) returns T
	KFuture    // future<T>
	KStream    // stream<T, C>: Elem is T, Ret the completion type C (() for stream<T>)
	KTypedesc  // typedesc<T>
	// KTable is table<R>, table<R> key(k, …) or table<R> key<K>: Elem is the row
	// type R, KeyFields the key specifier's field names (nil: none), KeyType the
	// key type constraint K (nil: none).
	KTable
	KObject // library objects: http:Client, http:Request, ...
	// KTypeParam is a type parameter of a library module
	// (@typeParam type Type any|error;): Name is its name, Elem its bound;
	// ReadOnlyOf marks it for readonly & Type (Mutable is the parameter).
	// It only occurs in the signatures of library functions; a call
	// substitutes the types it binds (see instantiate), so no other type
	// contains one.
	KTypeParam
)

// Field is a record field.
type Field struct {
	Name       string
	Type       *Type
	Optional   bool
	Readonly   bool
	HasDefault bool
	Default    any // the frontend.Expr of the default, kept opaque here
}

// Type is a resolved Ballerina type. Types are compared structurally by the
// subtype relation; pointer identity only matters for named record types,
// which the code generator turns into one Go struct each.
type Type struct {
	Kind    Kind
	Name    string  // the defined name (type Person record {...}), "" when anonymous
	Elem    *Type   // array, map, future, typedesc element; error detail; table row
	Len     int     // array length, -1 when open
	Members []*Type // union members (flattened, no duplicates), tuple members
	Rest    *Type   // tuple rest member, record rest field type (nil: none)
	Fields  []*Field
	Closed  bool // record {| |}
	// ReadOnly marks T & readonly for a list, map or record type or a top kind (any,
	// anydata, json): the read-only values of T. Such a type shares T's Go
	// representation; Mutable returns T.
	ReadOnly bool
	mutable  *Type // the T of a T & readonly made by ReadOnlyOf
	// refined is the semantic form of a predeclared subtype of int or string (byte,
	// int:Signed8, string:Char): the Kind says how values are represented, this says
	// which values belong.
	refined *semtype.SemType
	Params  []*Type
	PNames  []string
	// PDefaults holds, for a function type, the default of each parameter that
	// has one (function (int n = 5)), a constant frontend.Expr kept opaque here:
	// a call through a value of the type takes it.
	PDefaults []any
	RestP     *Type // function rest parameter element type
	Ret       *Type
	// Isolated marks an isolated function type (KFunc): only isolated functions
	// belong to it. A function's own type has it when the function is declared
	// isolated, or inferred isolated (isolation.go).
	Isolated bool
	Value    any    // singleton value: int64, float64, bool, string
	Module   string // library object types: "http"
	// Obj holds the members of an object type or class (nil for a library object).
	Obj *Object
	ID  int // unique id of a named record type (codegen struct naming)
	// KeyFields is a table type's key specifier, key(a, b): its field names, nil
	// when the type has none (key() is a non-nil empty slice). KeyType is its key
	// type constraint key<K>, nil when none. (Both are set only for the shape of a
	// table value: its key fields, whose values are of type KeyType.)
	KeyFields []string
	KeyType   *Type
	// Distinct holds the type ids of a distinct error type: each `distinct` in its
	// definition adds one (type E distinct error; type F distinct E: F has two), and
	// its values are the errors constructed with all of them.
	Distinct []*semtype.DistinctID

	// incomplete marks a record whose fields are still being resolved.
	incomplete bool
	sem        atomic.Pointer[semCache] // the semantic form, once derived (sem.go)
}

// withName returns a copy of t named name (all fields but the cached semantic form,
// which may depend on the name).
func (t *Type) withName(name string) *Type {
	return &Type{Kind: t.Kind, Name: name, Elem: t.Elem, Len: t.Len, Members: t.Members,
		Rest: t.Rest, Fields: t.Fields, Closed: t.Closed, Params: t.Params, PNames: t.PNames, PDefaults: t.PDefaults,
		RestP: t.RestP, Ret: t.Ret, Isolated: t.Isolated, Value: t.Value, Module: t.Module, Obj: t.Obj, ID: t.ID, Distinct: t.Distinct,
		ReadOnly: t.ReadOnly, mutable: t.mutable, refined: t.refined, incomplete: t.incomplete,
		KeyFields: t.KeyFields, KeyType: t.KeyType}
}

// ReadOnlyOf returns readonly & t: t itself for types whose values are all read-only,
// never for those that have none (future, objects), the union of the read-only
// members of a union, and otherwise t marked read-only.
func ReadOnlyOf(t *Type) *Type {
	switch t.Kind {
	case KArray, KTuple, KMap, KRecord, KAny, KAnydata, KJSON, KTable:
		if t.ReadOnly {
			return t
		}
		ro := t.withName(t.Name)
		ro.ReadOnly, ro.mutable = true, t
		return ro
	case KUnion:
		ms := make([]*Type, len(t.Members))
		for i, m := range t.Members {
			ms[i] = ReadOnlyOf(m)
		}
		u := Union(ms...)
		if t.Name != "" && u.Kind == KUnion && u.Name == "" {
			u = u.withName(t.Name)
		}
		return u
	case KObject:
		if t.Obj == nil {
			return Never // library objects are never read-only
		}
		if t.ReadOnly || t.Obj.ReadOnly {
			return t
		}
		ro := t.withName(t.Name)
		ro.ReadOnly, ro.mutable = true, t
		return ro
	case KFuture, KStream:
		return Never
	case KTypeParam:
		// readonly & Type in a library signature (value:cloneReadOnly): a
		// call substitutes ReadOnlyOf the type it binds to Type.
		if t.ReadOnly {
			return t
		}
		ro := t.withName(t.Name)
		ro.ReadOnly, ro.mutable = true, t
		return ro
	}
	return t
}

// Mutable returns the type whose Go representation t shares: T for T & readonly.
func (t *Type) Mutable() *Type {
	if t.mutable != nil {
		return t.mutable
	}
	return t
}

// Predeclared simple types.
var (
	Invalid  = &Type{Kind: KInvalid}
	Never    = &Type{Kind: KNever}
	Nil      = &Type{Kind: KNil}
	Boolean  = &Type{Kind: KBoolean}
	Int      = &Type{Kind: KInt}
	Float    = &Type{Kind: KFloat}
	Decimal  = &Type{Kind: KDecimal}
	String   = &Type{Kind: KString}
	Any      = &Type{Kind: KAny}
	Anydata  = &Type{Kind: KAnydata}
	JSON     = &Type{Kind: KJSON}
	Readonly = &Type{Kind: KReadonly}
	Error    = &Type{Kind: KError}
	// AnyOrError is the top type any|error.
	AnyOrError = &Type{Kind: KUnion, Members: []*Type{Any, Error}}
	// NoMessageError is error:NoMessage, the result of a receive whose send was skipped.
	NoMessageError = &Type{Kind: KError, Name: "error:NoMessage"}
)

// The predeclared subtypes of int and string (lang.int, lang.string).
var (
	Byte       = intRange("byte", 0, math.MaxUint8)
	Signed8    = intRange("int:Signed8", math.MinInt8, math.MaxInt8)
	Signed16   = intRange("int:Signed16", math.MinInt16, math.MaxInt16)
	Signed32   = intRange("int:Signed32", math.MinInt32, math.MaxInt32)
	Unsigned8  = intRange("int:Unsigned8", 0, math.MaxUint8)
	Unsigned16 = intRange("int:Unsigned16", 0, math.MaxUint16)
	Unsigned32 = intRange("int:Unsigned32", 0, math.MaxUint32)
	Char       = &Type{Kind: KString, Name: "string:Char", refined: &semtype.StringChar}
)

func intRange(name string, min, max int64) *Type {
	r := semtype.IntRange(min, max)
	return &Type{Kind: KInt, Name: name, refined: &r}
}

// IntRange returns the bounds of a predeclared int subtype (byte: 0, 255).
func (t *Type) IntRange() (min, max int64, ok bool) {
	if t.Kind != KInt || t.refined == nil {
		return 0, 0, false
	}
	rs, _ := t.refined.IntRanges()
	return rs[0].Min, rs[0].Max, true
}

// IsChar reports whether t is string:Char.
func (t *Type) IsChar() bool { return t.Kind == KString && t.refined != nil }

// ArrayOf returns T[] (n < 0) or T[n].
func ArrayOf(elem *Type, n int) *Type { return &Type{Kind: KArray, Elem: elem, Len: n} }

// MapOf returns map<T>.
func MapOf(elem *Type) *Type { return &Type{Kind: KMap, Elem: elem} }

// FutureOf returns future<T>.
func FutureOf(elem *Type) *Type { return &Type{Kind: KFuture, Elem: elem} }

// StreamOf returns stream<elem, completion>; completion is () for stream<elem>.
func StreamOf(elem, completion *Type) *Type {
	return &Type{Kind: KStream, Elem: elem, Ret: completion}
}

// TypedescOf returns typedesc<elem>: the type descriptors of elem's subtypes.
func TypedescOf(elem *Type) *Type { return &Type{Kind: KTypedesc, Elem: elem} }

// TupleOf returns [members..., rest...].
func TupleOf(members []*Type, rest *Type) *Type {
	return &Type{Kind: KTuple, Members: members, Rest: rest}
}

// SingletonOf returns the finite type containing only v.
func SingletonOf(v any) *Type { return &Type{Kind: KSingleton, Value: v} }

// FuncOf returns a function type.
func FuncOf(params []*Type, rest *Type, ret *Type) *Type {
	return &Type{Kind: KFunc, Params: params, RestP: rest, Ret: ret}
}

// Optional returns T? (T|()).
func Optional(t *Type) *Type { return Union(t, Nil) }

// Union builds the union of ts, flattening nested unions and dropping
// duplicates and members already covered by another member.
func Union(ts ...*Type) *Type {
	var ms []*Type
	var add func(t *Type)
	add = func(t *Type) {
		if t == nil {
			return
		}
		if t.Kind == KUnion {
			for _, m := range t.Members {
				add(m)
			}
			return
		}
		if t.Kind == KNever {
			return
		}
		for _, m := range ms {
			if Identical(m, t) {
				return
			}
		}
		ms = append(ms, t)
	}
	for _, t := range ts {
		if t != nil && t.Kind == KInvalid {
			return Invalid
		}
		add(t)
	}
	// Drop members that are subtypes of another member (keeps int|1 as int).
	var out []*Type
	for i, m := range ms {
		covered := false
		for j, o := range ms {
			if i != j && MayBeSubtype(m, o) && IsSubtype(m, o) && !(IsSubtype(o, m) && j > i) {
				covered = true
				break
			}
		}
		if !covered {
			out = append(out, m)
		}
	}
	switch len(out) {
	case 0:
		return Never
	case 1:
		return out[0]
	}
	return &Type{Kind: KUnion, Members: out}
}

// MayBeSubtype is a cheap necessary condition for IsSubtype(s, t) when s has values,
// which keeps quadratic scans over many record types (a union's members, the record
// types of a program) fast: between record types, every required field of t is a
// required field of s, and a closed t without a rest type declares every required
// field of s. (An empty s, such as record {| never x; |}, is a subtype of every type;
// missing that only keeps a member a union could drop.)
func MayBeSubtype(s, t *Type) bool {
	if s.Kind != KRecord || t.Kind != KRecord {
		return true
	}
	for _, f := range t.Fields {
		if !f.Optional {
			if sf := s.FieldByName(f.Name); sf == nil || sf.Optional {
				return false
			}
		}
	}
	if t.Closed && t.Rest == nil {
		for _, f := range s.Fields {
			if !f.Optional && t.FieldByName(f.Name) == nil {
				return false
			}
		}
	}
	return true
}

// Identical reports structural identity (used to deduplicate unions).
func Identical(a, b *Type) bool {
	if a == b {
		return true
	}
	if a == nil || b == nil || a.Kind != b.Kind || a.ReadOnly != b.ReadOnly || a.refined != b.refined {
		return false
	}
	if !slices.Equal(a.Distinct, b.Distinct) {
		return false
	}
	switch a.Kind {
	case KArray:
		return a.Len == b.Len && Identical(a.Elem, b.Elem)
	case KMap, KFuture, KTypedesc:
		return Identical(a.Elem, b.Elem)
	case KTable:
		return Identical(a.Elem, b.Elem) && slices.Equal(a.KeyFields, b.KeyFields) &&
			(a.KeyFields == nil) == (b.KeyFields == nil) && Identical(a.KeyType, b.KeyType)
	case KStream:
		return Identical(a.Elem, b.Elem) && Identical(a.Ret, b.Ret)
	case KError:
		return a.Name == b.Name && Identical(a.Elem, b.Elem)
	case KSingleton:
		return a.Value == b.Value
	case KTuple, KUnion:
		if len(a.Members) != len(b.Members) || !Identical(a.Rest, b.Rest) {
			return false
		}
		for i := range a.Members {
			if !Identical(a.Members[i], b.Members[i]) {
				return false
			}
		}
		return true
	case KRecord:
		if a.Name != "" || b.Name != "" {
			return false // named records are identical only to themselves
		}
		return IsSubtype(a, b) && IsSubtype(b, a)
	case KFunc:
		return IsSubtype(a, b) && IsSubtype(b, a)
	case KObject:
		if a.Obj != nil || b.Obj != nil {
			if a.Name != "" || b.Name != "" {
				return a.Mutable() == b.Mutable() && a.ReadOnly == b.ReadOnly
			}
			return IsSubtype(a, b) && IsSubtype(b, a)
		}
		return a.Module == b.Module && a.Name == b.Name
	case KTypeParam:
		return false // each type parameter is identical only to itself
	}
	return true
}

// IsNilable reports whether () belongs to t.
func IsNilable(t *Type) bool { return IsSubtype(Nil, t) }

// ContainsError reports whether some error value belongs to t.
func ContainsError(t *Type) bool {
	switch t.Kind {
	case KError, KInvalid:
		return true
	case KUnion:
		for _, m := range t.Members {
			if ContainsError(m) {
				return true
			}
		}
	}
	return false
}

// Members returns the union members of t, or t itself.
func MembersOf(t *Type) []*Type {
	if t.Kind == KUnion {
		return t.Members
	}
	return []*Type{t}
}

// ErrorPart returns the error members of t (Never when none).
func ErrorPart(t *Type) *Type {
	var es []*Type
	for _, m := range MembersOf(t) {
		if m.Kind == KError {
			es = append(es, m)
		}
	}
	return Union(es...)
}

// NonErrorPart returns t without its error members.
func NonErrorPart(t *Type) *Type {
	var ms []*Type
	for _, m := range MembersOf(t) {
		if m.Kind != KError {
			ms = append(ms, m)
		}
	}
	return Union(ms...)
}

// NonNilPart returns t without ().
func NonNilPart(t *Type) *Type {
	var ms []*Type
	for _, m := range MembersOf(t) {
		switch m.Kind {
		case KNil:
			continue
		case KAny, KAnydata, KJSON:
			// these include () but cannot be split further here
		}
		ms = append(ms, m)
	}
	return Union(ms...)
}

// Basic returns the basic type of a singleton (int for 1) or of a union
// of singletons of one basic type (int for 1|2|3), else t.
func Basic(t *Type) *Type {
	switch {
	case t.refined != nil && t.Kind == KInt:
		return Int
	case t.refined != nil && t.Kind == KString:
		return String
	}
	if t.Kind == KUnion {
		var b *Type
		for _, m := range t.Members {
			if m.Kind != KSingleton {
				return t
			}
			mb := Basic(m)
			if b != nil && b != mb {
				return t
			}
			b = mb
		}
		if b != nil {
			return b
		}
		return t
	}
	if t.Kind != KSingleton {
		return t
	}
	switch t.Value.(type) {
	case int64:
		return Int
	case float64:
		return Float
	case DecimalConst:
		return Decimal
	case bool:
		return Boolean
	case string:
		return String
	}
	return t
}

// Widen replaces singletons by their basic types, member by member.
func Widen(t *Type) *Type {
	if t.Kind == KSingleton {
		return Basic(t)
	}
	if t.Kind == KUnion {
		ms := make([]*Type, len(t.Members))
		for i, m := range t.Members {
			ms[i] = Widen(m)
		}
		u := Union(ms...)
		if t.Name != "" && u.Kind == KUnion && len(u.Members) == len(t.Members) {
			return t
		}
		return u
	}
	return t
}

// FieldByName finds a record field.
func (t *Type) FieldByName(name string) *Field {
	for _, f := range t.Fields {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// String renders t the way Ballerina's compiler does in messages.
func (t *Type) String() string {
	if t == nil {
		return "()"
	}
	if t.mutable != nil && (t.Name == "" || t.Name == t.mutable.Name) && t.Kind != KUnion {
		return "(" + t.mutable.String() + " & readonly)"
	}
	if t.Name != "" && t.Kind != KError {
		if t.Module != "" {
			return t.Module + ":" + t.Name // a type of a library module: http:Client
		}
		return t.Name
	}
	switch t.Kind {
	case KInvalid:
		return "<invalid>"
	case KNever:
		return "never"
	case KNil:
		return "()"
	case KBoolean:
		return "boolean"
	case KInt:
		return "int"
	case KFloat:
		return "float"
	case KDecimal:
		return "decimal"
	case KString:
		return "string"
	case KAny:
		return "any"
	case KAnydata:
		return "anydata"
	case KJSON:
		return "json"
	case KReadonly:
		return "readonly"
	case KError:
		d := ""
		if len(t.Distinct) > 0 {
			d = "distinct "
		}
		switch {
		case t.Name != "":
			return t.Name
		case t.Elem != nil:
			return d + "error<" + t.Elem.String() + ">"
		}
		return d + "error"
	case KArray:
		// T[3][2] is three arrays of two: the dimensions are written outermost first
		dims := ""
		elem := t
		for elem.Kind == KArray && (elem == t || elem.Name == "") && !elem.ReadOnly {
			if elem.Len >= 0 {
				dims += "[" + strconv.Itoa(elem.Len) + "]"
			} else {
				dims += "[]"
			}
			elem = elem.Elem
		}
		s := elem.String()
		if elem.Kind == KUnion && elem.Name == "" && !strings.HasPrefix(s, "(") {
			s = "(" + s + ")" // T? element: (int?)[]
		}
		return s + dims
	case KTuple:
		var parts []string
		for _, m := range t.Members {
			parts = append(parts, m.String())
		}
		if t.Rest != nil {
			parts = append(parts, t.Rest.String()+"...")
		}
		return "[" + strings.Join(parts, ",") + "]"
	case KMap:
		return "map<" + t.Elem.String() + ">"
	case KFuture:
		return "future<" + t.Elem.String() + ">"
	case KTypedesc:
		return "typedesc<" + t.Elem.String() + ">"
	case KTable:
		s := "table<" + t.Elem.String() + ">"
		switch {
		case t.KeyFields != nil:
			s += " key(" + strings.Join(t.KeyFields, ", ") + ")"
		case t.KeyType != nil:
			s += " key<" + t.KeyType.String() + ">"
		}
		return s
	case KStream:
		// jBallerina: stream<T> when the completion type is (), else stream<T,C>;
		// the bare stream (stream<any|error, error?>) is "stream"
		if Identical(t.Elem, AnyOrError) && IsSubtype(t.Ret, Optional(Error)) && IsSubtype(Optional(Error), t.Ret) {
			return "stream"
		}
		if t.Ret == nil || t.Ret.Kind == KNil {
			return "stream<" + t.Elem.String() + ">"
		}
		return "stream<" + t.Elem.String() + "," + t.Ret.String() + ">"
	case KRecord:
		var b strings.Builder
		b.WriteString("record {")
		if t.Closed {
			b.WriteString("|")
		}
		for _, f := range t.Fields {
			b.WriteString(" ")
			b.WriteString(f.Type.String())
			b.WriteString(" ")
			b.WriteString(f.Name)
			if f.Optional {
				b.WriteString("?")
			}
			b.WriteString(";")
		}
		if t.Rest != nil && t.Closed {
			b.WriteString(" " + t.Rest.String() + "...;")
		}
		if t.Closed {
			b.WriteString(" |}")
		} else {
			b.WriteString(" }")
		}
		return b.String()
	case KUnion:
		// T? for a two-member union with nil, else (A|B).
		if len(t.Members) == 2 {
			for i, m := range t.Members {
				if m.Kind == KNil {
					o := t.Members[1-i]
					if o.Kind == KUnion || (o.Kind == KFunc && o.Name == "") {
						return "(" + o.String() + ")?"
					}
					return o.String() + "?"
				}
			}
		}
		var parts []string
		for _, m := range t.Members {
			parts = append(parts, m.String())
		}
		return "(" + strings.Join(parts, "|") + ")"
	case KSingleton:
		switch v := t.Value.(type) {
		case string:
			return strconv.Quote(v)
		case float64:
			return strconv.FormatFloat(v, 'g', -1, 64)
		case DecimalConst:
			return string(v) + "d"
		default:
			return fmt.Sprint(v)
		}
	case KFunc:
		var b strings.Builder
		if t.Isolated {
			b.WriteString("isolated ")
		}
		b.WriteString("function (")
		for i, p := range t.Params {
			if i > 0 {
				b.WriteString(",")
			}
			b.WriteString(p.String())
		}
		if t.RestP != nil {
			if len(t.Params) > 0 {
				b.WriteString(",")
			}
			b.WriteString(t.RestP.String() + "...")
		}
		b.WriteString(")")
		if t.Ret != nil && t.Ret.Kind != KNil {
			b.WriteString(" returns (" + t.Ret.String() + ")")
		}
		return b.String()
	case KObject:
		if t.Obj != nil {
			return objectString(t)
		}
		return t.Module + ":" + t.Name
	}
	return "?"
}
