package codegen

import (
	"github.com/bal2go/bal2go/check"
	"github.com/bal2go/bal2go/frontend"
	"github.com/dave/jennifer/jen"
)

// Tables. Every table type is the runtime's *rt.Table, whatever its row type: a
// table holds its rows boxed in Go's any, so that a table<R> is a table<S> for any
// supertype S of R without a view. A row read from a table is unboxed to the Go type
// of the row type the reader sees (rowValue).

// tableBindings binds lang.table's functions (added to libTable by its init: their
// emitters refer back to it).
var tableBindings = map[string]libBinding{
	"lang.table:length":         {shape: method, sym: "Len"},
	"lang.table:get":            {shape: custom, emit: emitTableKeyed("Get")},
	"lang.table:put":            {shape: method, sym: "Put"},
	"lang.table:add":            {shape: method, sym: "Add"},
	"lang.table:map":            {shape: custom, callsBack: true, emit: emitTableMap},
	"lang.table:forEach":        {shape: rtFunc, sym: "TableForEach", callsBack: true},
	"lang.table:filter":         {shape: rtFunc, sym: "TableFilter", callsBack: true},
	"lang.table:reduce":         {shape: rtFunc, sym: "TableReduce", callsBack: true},
	"lang.table:remove":         {shape: custom, emit: emitTableKeyed("Remove")},
	"lang.table:removeIfHasKey": {shape: custom, emit: emitTableKeyed("RemoveIfHasKey")},
	"lang.table:removeAll":      {shape: method, sym: "RemoveAll"},
	"lang.table:hasKey":         {shape: custom, emit: emitTableKeyed("HasKey")},
	"lang.table:keys":           {shape: custom, emit: emitTableList("TableKeys")},
	"lang.table:toArray":        {shape: custom, emit: emitTableList("TableToList")},
	"lang.table:nextKey":        {shape: method, sym: "NextKey"},
}

// tableTypeDesc is the runtime descriptor of table type t:
//
//	rt.TableOf(typeEmp_, []string{"id"}, rt.TInt)
func (g *gen) tableTypeDesc(t *check.Type) jen.Code {
	names := jen.Code(jen.Nil())
	if len(t.KeyFields) > 0 {
		var ns []jen.Code
		for _, n := range t.KeyFields {
			ns = append(ns, jen.Lit(n))
		}
		names = jen.Index().String().Values(ns...)
	}
	key := jen.Code(jen.Nil())
	if kt := check.TableKeyType(t); kt != nil {
		key = g.typeDesc(kt)
	}
	return rtCall("TableOf", g.typeDesc(t.Elem), names, key)
}

// rowValue converts code, a row boxed in Go's any, to the Go type of row type row:
// a type assertion, or rt.Narrow where the row may be of another Go type (a record
// seen as a map).
func (g *gen) rowValue(code jen.Code, row *check.Type) jen.Code {
	if g.repr(row) == "any" {
		return code
	}
	if g.sharedRecord(row) {
		return rtCall("NarrowRecord", code, g.typeDesc(row))
	}
	if g.mayHoldView(row, row) {
		return rtGeneric("Narrow", []jen.Code{g.goType(row)}, code, g.typeDesc(row))
	}
	return jen.Add(g.goOperand(code, goPrecPrimary)).Assert(g.goType(row))
}

// tableExpr generates a table constructor: the table of the rows, whose inherent type
// is the contextual type's row type with the constructor's key:
//
//	rt.NewTableFrom(type3_, &Emp{Id: 1, Name: "a"}, &Emp{Id: 2, Name: "b"})
func (g *gen) tableExpr(e *frontend.TableExpr, t *check.Type) jen.Code {
	names := g.prog.TableKeys[e]
	if len(names) == 0 {
		names = nil // keyless
	}
	inherent := check.TableOf(t.Mutable().Elem, names, nil)
	rows := g.operands(len(e.Rows), func(i int) (jen.Code, frontend.Expr) {
		return g.exprTo(e.Rows[i], check.Any), e.Rows[i]
	})
	code := rtCall("NewTableFrom", append([]jen.Code{g.typeDesc(inherent)}, rows...)...)
	return g.readOnlyValue(code, t)
}

// tableMember generates t[k]: the row with key k, or ():
//
//	t.MemberInt(k)
func (g *gen) tableMember(x, k jen.Code, kt, t *check.Type) jen.Code {
	return g.convert(jen.Add(x).Dot(keyedSym("Member", g.repr(kt))).Call(k), check.Any, t, nil)
}

// keyedSym is the name of the *rt.Table method sym for a key whose Go type is repr:
// its Int or String form, which takes the key unboxed.
func keyedSym(sym, repr string) string {
	switch repr {
	case "int64":
		return sym + "Int"
	case "string":
		return sym + "String"
	}
	return sym
}

// emitTableKeyed emits a lang.table function of a table and a key (get, remove,
// removeIfHasKey, hasKey): the method (get's for the key's Go type), its row
// unboxed:
//
//	t.GetInt(k).(*Emp)
func emitTableKeyed(sym string) func(g *gen, a *libArgs) jen.Code {
	return func(g *gen, a *libArgs) jen.Code {
		m, k := g.tableKeyArg(a, sym == "Get")
		call := jen.Add(a.arg(0)).Dot(m(sym)).Call(k)
		if sym == "HasKey" {
			return call
		}
		return g.rowValue(call, a.call.Sig.Ret)
	}
}

// tableKeyArg is the key argument of a lang.table function of a table and a key: as
// it is for the Int or String form of the function (when typed is set and the key is
// an int or a string), else boxed (its literal typed: 1 is int64(1)).
func (g *gen) tableKeyArg(a *libArgs, typed bool) (func(string) string, jen.Code) {
	kt := a.call.Sig.Params[1]
	if typed {
		if r := g.repr(kt); r == "int64" || r == "string" {
			return func(s string) string { return keyedSym(s, r) }, a.arg(1)
		}
	}
	return func(s string) string { return s }, g.convert(a.arg(1), kt, check.Any, a.call.Args[1])
}

// emitTableMap emits table:map, given the descriptor of its result's inherent type:
//
//	rt.TableMap(t, func(r *Emp) *record2_ {…}, type4_)
func emitTableMap(g *gen, a *libArgs) jen.Code {
	ret := a.call.Sig.Ret
	return rtCall("TableMap", a.arg(0), a.arg(1), g.typeDesc(check.TableOf(ret.Elem, nil, nil)))
}

// emitTableList emits table:keys or table:toArray, generic in the Go type of the
// list's members:
//
//	rt.TableKeys[int64](t)
func emitTableList(sym string) func(g *gen, a *libArgs) jen.Code {
	return func(g *gen, a *libArgs) jen.Code {
		return rtGeneric(sym, []jen.Code{g.goType(a.call.Sig.Ret.Elem)}, a.arg(0))
	}
}

// tableRows is the range clause of a foreach over table x: `for row := range x.Range`.
func tableRows(v string, x jen.Code) jen.Code {
	if v == "_" {
		return jen.Range().Add(x).Dot("Range")
	}
	return jen.Id(v).Op(":=").Range().Add(x).Dot("Range")
}
