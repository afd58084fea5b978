package codegen

import (
	"fmt"
	"strings"

	"github.com/bal2go/bal2go/check"
	"github.com/bal2go/bal2go/check/semtype"
	"github.com/bal2go/bal2go/frontend"
	"github.com/dave/jennifer/jen"
)

// Static Ballerina types become Go types wherever the checker knows them:
// int→int64, float→float64, boolean→bool, string→string, T[]→*rt.List[T],
// map<T>→*rt.Map[T], records→*Struct, error→*rt.Error, functions→func
// types. Unions that do not collapse to one Go type, any, anydata and json
// are boxed in Go's any.

// repr is a canonical spelling of the Go type of t, used to decide whether
// two Ballerina types share a Go representation.
func (g *gen) repr(t *check.Type) string {
	switch t.Kind {
	case check.KInt:
		return "int64"
	case check.KFloat:
		return "float64"
	case check.KDecimal:
		return "rt.Decimal"
	case check.KBoolean:
		return "bool"
	case check.KString:
		return "string"
	case check.KSingleton:
		return g.repr(check.Basic(t))
	case check.KError:
		return "*rt.Error"
	case check.KArray:
		return "*rt.List[" + g.repr(t.Elem) + "]"
	case check.KTuple:
		return "*rt.List[any]"
	case check.KMap:
		return "*rt.Map[" + g.repr(t.Elem) + "]"
	case check.KRecord:
		if g.sharedRecord(t) {
			return "any"
		}
		return "*" + g.recordName(t)
	case check.KFunc:
		var ps []string
		for _, p := range t.Params {
			ps = append(ps, g.repr(p))
		}
		if t.RestP != nil {
			ps = append(ps, g.repr(check.ArrayOf(t.RestP, -1)))
		}
		s := "func(*rt.Strand," + strings.Join(ps, ",") + ")"
		if t.Ret != nil && t.Ret.Kind != check.KNil {
			s += g.repr(t.Ret)
		}
		if t.Params == nil && t.Ret == nil && t.RestP == nil {
			return "any" // bare `function`
		}
		return s
	case check.KFuture:
		return "*rt.Future"
	case check.KTable:
		return "*rt.Table"
	case check.KStream:
		return "*rt.Stream" // every stream type: its members are Go anys (rt/stream.go)
	case check.KTypedesc:
		return "rt.Type" // a typedesc value is the runtime's descriptor
	case check.KObject:
		if cls := g.exactClass(t); cls != nil {
			return "*" + g.className(cls)
		}
		if t.IsLibraryClass() {
			return "*" + t.Module + "." + t.Name
		}
		return "rt.Object"
	case check.KUnion:
		r := ""
		for _, m := range t.Members {
			if m.Kind == check.KNil {
				return "any"
			}
			mr := g.repr(m)
			if r != "" && mr != r {
				return "any"
			}
			r = mr
		}
		return r
	}
	return "any"
}

// goType is the Go type of t as jennifer code.
func (g *gen) goType(t *check.Type) jen.Code {
	switch g.repr(t) {
	case "int64":
		return jen.Int64()
	case "float64":
		return jen.Float64()
	case "bool":
		return jen.Bool()
	case "string":
		return jen.String()
	case "any":
		return jen.Any()
	case "*rt.Error":
		return jen.Op("*").Add(rtq("Error"))
	case "rt.Decimal":
		return rtq("Decimal")
	case "rt.Object":
		return rtq("Object")
	case "rt.Type":
		return rtq("Type")
	case "*rt.Table":
		return jen.Op("*").Add(rtq("Table"))
	}
	switch t.Kind {
	case check.KSingleton:
		return g.goType(check.Basic(t))
	case check.KUnion:
		return g.goType(t.Members[0])
	case check.KArray:
		return jen.Op("*").Add(rtq("List")).Types(g.goType(t.Elem))
	case check.KTuple:
		return jen.Op("*").Add(rtq("List")).Types(jen.Any())
	case check.KMap:
		return jen.Op("*").Add(rtq("Map")).Types(g.goType(t.Elem))
	case check.KRecord:
		return jen.Op("*").Id(g.recordName(t))
	case check.KFunc:
		return jen.Func().Params(append([]jen.Code{jen.Op("*").Add(rtq("Strand"))}, g.funcParamTypes(t)...)...).Add(g.resultType(t.Ret))
	case check.KFuture:
		return jen.Op("*").Add(rtq("Future"))
	case check.KStream:
		return jen.Op("*").Add(rtq("Stream"))
	case check.KObject:
		if cls := g.exactClass(t); cls != nil {
			return jen.Op("*").Id(g.className(cls))
		}
		if t.IsLibraryClass() {
			return g.httpGoType(t)
		}
		return rtq("Object")
	}
	return jen.Any()
}

func (g *gen) funcParamTypes(t *check.Type) []jen.Code {
	var ps []jen.Code
	for _, p := range t.Params {
		ps = append(ps, g.goType(p))
	}
	if t.RestP != nil {
		ps = append(ps, g.goType(check.ArrayOf(t.RestP, -1)))
	}
	return ps
}

// resultType is the Go result of a function returning t: nothing for ().
func (g *gen) resultType(t *check.Type) jen.Code {
	if t == nil || t.Kind == check.KNil {
		return jen.Null()
	}
	return g.goType(t)
}

func hasResult(t *check.Type) bool { return t != nil && t.Kind != check.KNil }

// recordName is the Go struct name of a record type.
func (g *gen) recordName(t *check.Type) string {
	if m := t.Mutable(); m != t {
		// readonly & R shares R's struct; a type definition
		// `type P readonly & record {…}` names it.
		if _, ok := g.recNames[m]; !ok && m.Name == "" && t.Name != "" {
			g.recNames[m] = goName(t.Name)
		}
		t = m
	}
	if n, ok := g.recNames[t]; ok {
		return n
	}
	var n string
	switch {
	case t.Module != "":
		n = goName(t.Module + t.Name) // a library module's: httpClientConfiguration
	case t.Name != "":
		n = goName(t.Name)
	default:
		n = fmt.Sprintf("record%d_", t.ID)
	}
	g.recNames[t] = n
	return n
}

// simpleTypeDescs names the runtime's predeclared descriptors.
var simpleTypeDescs = map[check.Kind]string{
	check.KInt: "TInt", check.KFloat: "TFloat", check.KDecimal: "TDecimal", check.KBoolean: "TBoolean", check.KString: "TString",
	check.KNil: "TNil", check.KAny: "TAny", check.KAnydata: "TAnydata", check.KJSON: "TJSON",
	check.KError: "TError", check.KNever: "TNever", check.KReadonly: "TReadOnly", check.KInvalid: "TAny",
}

// typeDesc returns an expression for the runtime type descriptor of t,
// cached in a package-level variable.
func (g *gen) typeDesc(t *check.Type) jen.Code {
	if min, max, ok := t.IntRange(); ok {
		return rtCall("IntRangeOf", jen.Lit(min), jen.Lit(max), jen.Lit(t.String()))
	}
	if t.IsChar() {
		return rtq("TChar")
	}
	if name, ok := simpleTypeDescs[t.Kind]; ok && !t.ReadOnly && !(t.Kind == check.KError && (t.Elem != nil || len(t.Distinct) > 0)) {
		return rtq(name)
	}
	// record types are distinct even when they print alike (two anonymous
	// records of one shape, a field readonly in one only): one descriptor each,
	// and for each type built from them (recordStructs)
	key := g.repr(t) + "|" + t.String() + g.recordStructs(t, nil)
	if name, ok := g.tdVars[key]; ok {
		return jen.Id(name)
	}
	name := fmt.Sprintf("type%d_", len(g.tdVars)+1)
	if t.Kind == check.KRecord && t.Name != "" && !t.ReadOnly {
		name = "type" + g.recordName(t) + "_" // a record type's descriptor: typePoint_
	}
	g.tdVars[key] = name
	var def jen.Code
	switch t.Kind {
	case check.KSingleton:
		v := g.constLit(t.Value, check.Basic(t))
		if i, ok := t.Value.(int64); ok {
			v = jen.Lit(i) // typed: int64(1), not Go's untyped int
		}
		def = rtCall("SingletonOf", v)
	case check.KArray:
		if t.Len >= 0 {
			def = rtCall("FixedArrayOf", g.typeDesc(t.Elem), jen.Lit(t.Len))
		} else {
			def = rtCall("ArrayOf", g.typeDesc(t.Elem))
		}
	case check.KTuple:
		var ms []jen.Code
		for _, m := range t.Members {
			ms = append(ms, g.typeDesc(m))
		}
		rest := jen.Code(jen.Nil())
		if t.Rest != nil {
			rest = g.typeDesc(t.Rest)
		}
		def = rtCall("TupleOf", jen.Index().Add(rtq("Type")).Values(ms...), rest)
	case check.KMap:
		def = rtCall("MapOf", g.typeDesc(t.Elem))
	case check.KUnion:
		var ms []jen.Code
		for _, m := range t.Members {
			ms = append(ms, g.typeDesc(m))
		}
		def = rtCall("UnionOf", ms...)
	case check.KRecord:
		if m := t.Mutable(); m != t {
			def = g.typeDesc(m) // readonly & R: R's descriptor, read-only (below)
			break
		}
		args := []jen.Code{jen.Parens(jen.Op("*").Id(g.recordName(t))).Call(jen.Nil()), jen.Lit(t.String())}
		if fill := g.recordFiller(t); fill != nil {
			args = append(args, fill)
		}
		def = rtCall("RecordTypeOf", args...)
		g.tdInits = append(g.tdInits, g.defineRecord(name, t))
	case check.KError:
		var detail jen.Code = rtq("TReadOnly") // error: any (read-only) detail
		if t.Elem != nil {
			detail = g.typeDesc(t.Elem)
		}
		args := []jen.Code{detail, jen.Lit(t.String())}
		for _, id := range t.Distinct {
			args = append(args, g.typeID(id))
		}
		def = rtCall("ErrorTypeOf", args...)
	case check.KFunc:
		def = rtCall("FuncType", jen.Lit(t.String()))
	case check.KTypedesc:
		def = rtCall("TypedescOf", g.typeDesc(t.Elem))
	case check.KTable:
		def = g.tableTypeDesc(t)
	case check.KStream:
		def = rtCall("StreamTypeOf", g.typeDesc(t.Elem), g.typeDesc(t.Ret))
	case check.KObject:
		if t.IsLibraryClass() {
			// the runtime's object type (its Object_ field marks it an object)
			def = rtCall("RecordTypeOf", jen.Parens(g.httpGoType(t)).Call(jen.Nil()), jen.Lit(t.String()))
			break
		}
		def = g.objectTypeDesc(t)
	default:
		def = rtq("TAny")
		if name, ok := simpleTypeDescs[t.Kind]; ok {
			def = rtq(name)
		}
	}
	if t.ReadOnly {
		args := []jen.Code{def}
		if m := t.Mutable(); t.Name != "" && t.Name != m.Name {
			args = append(args, jen.Lit(t.Name)) // type Emp readonly & record {…}
		}
		def = rtCall("ReadOnlyOf", args...)
	}
	g.tdDefs = append(g.tdDefs, jen.Id(name).Op("=").Add(def))
	return jen.Id(name)
}

// recordStructs lists the Go structs of the record types t is built from (not
// looking into the records): two anonymous record types with the same text are
// different structs, so types that differ only in them need descriptors of their
// own (a record {| int value; |} of the program's and one lang.stream's next
// makes).
func (g *gen) recordStructs(t *check.Type, seen map[*check.Type]bool) string {
	if t == nil || seen[t] {
		return ""
	}
	switch t.Kind {
	case check.KRecord:
		return "|" + g.recordName(t)
	case check.KArray, check.KMap, check.KTypedesc, check.KFuture, check.KStream, check.KTuple, check.KUnion, check.KFunc, check.KError:
	default:
		return ""
	}
	if seen == nil {
		seen = map[*check.Type]bool{}
	}
	seen[t] = true
	s := g.recordStructs(t.Elem, seen) + g.recordStructs(t.Rest, seen) + g.recordStructs(t.Ret, seen) + g.recordStructs(t.RestP, seen)
	for _, m := range t.Members {
		s += g.recordStructs(m, seen)
	}
	for _, p := range t.Params {
		s += g.recordStructs(p, seen)
	}
	return s
}

// typeID returns the variable holding the runtime's id of a distinct type:
//
//	typeIDAccountError_ = rt.NewTypeID("AccountError")
func (g *gen) typeID(id *semtype.DistinctID) jen.Code {
	if name, ok := g.typeIDs[id]; ok {
		return jen.Id(name)
	}
	name := "typeID" + goName(id.Name)
	for n := 2; g.typeIDNameTaken(name); n++ {
		name = fmt.Sprintf("typeID%s%d", goName(id.Name), n)
	}
	name += "_"
	g.typeIDs[id] = name
	g.tdDefs = append(g.tdDefs, jen.Id(name).Op("=").Add(rtCall("NewTypeID", jen.Lit(id.Name))))
	return jen.Id(name)
}

func (g *gen) typeIDNameTaken(base string) bool {
	for _, n := range g.typeIDs {
		if n == base+"_" {
			return true
		}
	}
	return false
}

// defineRecord gives the record descriptor var its fields and rest type, which may
// refer back to it, once every descriptor var exists (in an init function):
//
//	rt.DefineRecord(type3_, []rt.RecordField{{Name: "a", Type: rt.TInt}}, rt.TAnydata)
func (g *gen) defineRecord(name string, t *check.Type) jen.Code {
	var fields []jen.Code
	for _, f := range t.Fields {
		kv := []jen.Code{jen.Id("Name").Op(":").Lit(f.Name), jen.Id("Type").Op(":").Add(g.typeDesc(f.Type))}
		if f.Optional {
			kv = append(kv, jen.Id("Optional").Op(":").True())
		}
		if f.Readonly {
			kv = append(kv, jen.Id("ReadOnly").Op(":").True())
		}
		if f.HasDefault && strandFree(f.Default.(frontend.Expr)) {
			// for conversions (cloneWithType) that build the record at run time
			var v jen.Code
			body := g.collect(func() { v = g.convert(g.exprTo(f.Default.(frontend.Expr), f.Type), f.Type, check.Any, nil) })
			body = append(body, jen.Return(v))
			kv = append(kv, jen.Id("Default").Op(":").Func().Params().Any().Block(body...))
		}
		fields = append(fields, jen.Line().Values(kv...))
	}
	if len(fields) > 0 {
		fields = append(fields, jen.Line())
	}
	rest := jen.Code(jen.Nil())
	switch {
	case !t.Closed && t.Rest == nil:
		rest = rtq("TAnydata")
	case t.Rest != nil:
		rest = g.typeDesc(t.Rest)
	}
	return rtCall("DefineRecord", jen.Id(name), jen.Index().Add(rtq("RecordField")).Values(fields...), rest)
}

// listInherent is the descriptor a new list of type t records, or nil when
// its Go element type already says everything, filler values included (a 1[]
// is an []int64 whose holes fill with 1, not 0; a record's descriptor carries
// its filler).
func (g *gen) listInherent(t *check.Type) jen.Code {
	if t.Kind == check.KArray && t.Len < 0 && g.naturalMember(t.Elem) {
		return jen.Nil()
	}
	return g.typeDesc(t)
}

// naturalMember reports whether t is the natural type of its Go type as far as
// the members of a list are concerned: their checks and their filler values.
func (g *gen) naturalMember(t *check.Type) bool {
	if _, _, ok := t.IntRange(); ok || t.IsChar() || t.ReadOnly {
		return false // the Go type holds more values than the element type
	}
	switch t.Kind {
	case check.KInt, check.KFloat, check.KDecimal, check.KBoolean, check.KString:
		return true
	case check.KArray:
		return t.Len < 0 && g.naturalMember(t.Elem)
	case check.KMap:
		return g.repr(t.Elem) != "any" && (g.naturalMember(t.Elem) || t.Elem.Kind == check.KRecord)
	}
	return false
}

// mapInherent is the descriptor a new map of type t records, or nil.
func (g *gen) mapInherent(t *check.Type) jen.Code {
	if g.naturalMember(t.Elem) || (g.structRecord(t.Elem) && !t.Elem.ReadOnly) {
		return jen.Nil()
	}
	return g.typeDesc(t)
}
