package codegen

import (
	"maps"

	"github.com/bal2go/bal2go/check"
	"github.com/bal2go/bal2go/frontend"
	"github.com/dave/jennifer/jen"
)

// Library functions. Every function declared in check/lib (with an
// external body) is bound here, by its check.Function.LibraryKey, to the
// runtime: one row says how a call is emitted and what it does that the
// rest of the generator must know (takes the strand, calls back the
// function values it is given). TestLibraryBindings keeps the declarations
// and this table in step, so a call the checker accepts is always emitted.

// libShape is how a library call is emitted.
type libShape int

const (
	rtFunc      libShape = iota // rt.Sym(args...)
	rtGenFunc                   // rt.Sym[T](args...), T the Go type of the first argument
	method                      // first.Sym(args...): a method of the runtime's value
	mathFunc                    // math.Sym(args...)
	rtTypedFunc                 // rt.Sym[R](v, typeR_): R the typedesc argument (emitWithType)
	custom                      // emit builds the call
)

// libBinding binds one library function to the runtime.
//
// The arguments are the declared parameters in order (a method call's
// receiver first), each converted to the parameter's type at the call
// (type parameters substituted) — except a list or mapping argument, which
// keeps its representation (the runtime's list and map functions are
// generic in the member type), a function argument, which becomes a Go
// closure running on the caller's strand (hofArg). A defaultable
// parameter left out is left out of the Go call too: the runtime function
// takes it as a variadic tail and supplies Ballerina's default. The rest
// arguments follow, or the spread list's members.
type libBinding struct {
	shape libShape
	sym   string
	// record replaces sym when the first argument is a record (a
	// lang.map function, records being mappings): the rt function taking
	// the record. When it is "", sym is called on the record seen as a
	// map (rt.RecordMap).
	record string
	// strand: the rt function takes the strand first, as it may yield.
	strand bool
	// callsBack: the function calls the function values it is given,
	// which then run on the caller's strand.
	callsBack bool
	// narrows: the rt function returns a read-only *rt.Map[any] that the
	// call's type describes more narrowly (error<D>'s detail, a D): the
	// result is narrowed to it (a read-only view, rt.Narrow).
	narrows bool
	// path: the argument after the receiver is a resource call's path (the
	// list the checker makes of its segments), generated as the path string
	// (resourcePath).
	path bool
	// strandFuncs: a function argument is passed as the Ballerina function value
	// (a Go func taking the strand first), not as a closure on the caller's strand
	// (hofArg): the runtime calls it later, on the strand then running (the
	// streams lang.stream's map and filter build).
	strandFuncs bool
	emit        func(g *gen, a *libArgs) jen.Code // shape custom
}

// init adds the bindings kept beside their emitters (http, tables, streams)
// to libTable: they refer back to it, so they cannot be in its literal.
func init() {
	for _, bindings := range []map[string]libBinding{httpBindings, tableBindings, streamBindings} {
		maps.Copy(libTable, bindings)
	}
}

// libTable binds every declared library function, by LibraryKey.
var libTable = map[string]libBinding{
	"lang.int:abs":           {shape: rtFunc, sym: "IntAbs"},
	"lang.int:sum":           {shape: rtFunc, sym: "SumInt"},
	"lang.int:max":           {shape: rtFunc, sym: "MaxInt"},
	"lang.int:min":           {shape: rtFunc, sym: "MinInt"},
	"lang.int:fromString":    {shape: rtFunc, sym: "IntFromString"},
	"lang.int:toHexString":   {shape: rtFunc, sym: "IntToHexString"},
	"lang.int:fromHexString": {shape: rtFunc, sym: "IntFromHexString"},
	"lang.int:avg":           {shape: rtFunc, sym: "IntAvg"},
	"lang.int:signum":        {shape: rtFunc, sym: "IntSignum"},

	"lang.float:isFinite":      {shape: custom, emit: emitIsFinite},
	"lang.float:isInfinite":    {shape: custom, emit: emitIsInfinite},
	"lang.float:isNaN":         {shape: mathFunc, sym: "IsNaN"},
	"lang.float:sum":           {shape: rtFunc, sym: "SumFloat"},
	"lang.float:max":           {shape: rtFunc, sym: "MaxFloat"},
	"lang.float:min":           {shape: rtFunc, sym: "MinFloat"},
	"lang.float:abs":           {shape: mathFunc, sym: "Abs"},
	"lang.float:round":         {shape: rtFunc, sym: "FloatRound"},
	"lang.float:floor":         {shape: mathFunc, sym: "Floor"},
	"lang.float:ceiling":       {shape: mathFunc, sym: "Ceil"},
	"lang.float:sqrt":          {shape: mathFunc, sym: "Sqrt"},
	"lang.float:pow":           {shape: mathFunc, sym: "Pow"},
	"lang.float:fromString":    {shape: rtFunc, sym: "FloatFromString"},
	"lang.float:cbrt":          {shape: mathFunc, sym: "Cbrt"},
	"lang.float:log":           {shape: mathFunc, sym: "Log"},
	"lang.float:log10":         {shape: rtFunc, sym: "FloatLog10"},
	"lang.float:exp":           {shape: mathFunc, sym: "Exp"},
	"lang.float:sin":           {shape: mathFunc, sym: "Sin"},
	"lang.float:cos":           {shape: mathFunc, sym: "Cos"},
	"lang.float:tan":           {shape: mathFunc, sym: "Tan"},
	"lang.float:asin":          {shape: mathFunc, sym: "Asin"},
	"lang.float:acos":          {shape: mathFunc, sym: "Acos"},
	"lang.float:atan":          {shape: mathFunc, sym: "Atan"},
	"lang.float:atan2":         {shape: mathFunc, sym: "Atan2"},
	"lang.float:sinh":          {shape: mathFunc, sym: "Sinh"},
	"lang.float:cosh":          {shape: mathFunc, sym: "Cosh"},
	"lang.float:tanh":          {shape: mathFunc, sym: "Tanh"},
	"lang.float:avg":           {shape: rtFunc, sym: "FloatAvg"},
	"lang.float:toHexString":   {shape: rtFunc, sym: "FloatToHexString"},
	"lang.float:fromHexString": {shape: rtFunc, sym: "FloatFromHexString"},
	"lang.float:toBitsInt":     {shape: rtFunc, sym: "FloatToBitsInt"},
	"lang.float:fromBitsInt":   {shape: rtFunc, sym: "FloatFromBitsInt"},
	"lang.float:toFixedString": {shape: rtFunc, sym: "FloatToFixedString"},
	"lang.float:toExpString":   {shape: rtFunc, sym: "FloatToExpString"},

	"lang.decimal:sum":        {shape: rtFunc, sym: "SumDecimal"},
	"lang.decimal:max":        {shape: rtFunc, sym: "MaxDecimal"},
	"lang.decimal:min":        {shape: rtFunc, sym: "MinDecimal"},
	"lang.decimal:avg":        {shape: rtFunc, sym: "DecimalAvg"},
	"lang.decimal:abs":        {shape: rtFunc, sym: "DecimalAbs"},
	"lang.decimal:round":      {shape: rtFunc, sym: "DecimalRound"},
	"lang.decimal:quantize":   {shape: rtFunc, sym: "DecimalQuantize"},
	"lang.decimal:floor":      {shape: rtFunc, sym: "DecimalFloor"},
	"lang.decimal:ceiling":    {shape: rtFunc, sym: "DecimalCeiling"},
	"lang.decimal:fromString": {shape: rtFunc, sym: "DecimalFromString"},

	"lang.string:length":                {shape: rtFunc, sym: "StrLength"},
	"lang.string:concat":                {shape: rtFunc, sym: "StrConcat"},
	"lang.string:join":                  {shape: rtFunc, sym: "StrJoin"},
	"lang.string:indexOf":               {shape: rtFunc, sym: "StrIndexOf"},
	"lang.string:lastIndexOf":           {shape: rtFunc, sym: "StrLastIndexOf"},
	"lang.string:includes":              {shape: rtFunc, sym: "StrIncludes"},
	"lang.string:startsWith":            {shape: rtFunc, sym: "StrStartsWith"},
	"lang.string:endsWith":              {shape: rtFunc, sym: "StrEndsWith"},
	"lang.string:substring":             {shape: rtFunc, sym: "StrSubstring"},
	"lang.string:toLowerAscii":          {shape: rtFunc, sym: "StrToLowerAscii"},
	"lang.string:toUpperAscii":          {shape: rtFunc, sym: "StrToUpperAscii"},
	"lang.string:equalsIgnoreCaseAscii": {shape: rtFunc, sym: "StrEqualsIgnoreCaseAscii"},
	"lang.string:trim":                  {shape: rtFunc, sym: "StrTrim"},
	"lang.string:codePointCompare":      {shape: rtFunc, sym: "StrCodePointCompare"},
	"lang.string:getCodePoint":          {shape: rtFunc, sym: "StrGetCodePoint"},
	"lang.string:toCodePointInt":        {shape: rtFunc, sym: "StrToCodePointInt"},
	"lang.string:toCodePointInts":       {shape: rtFunc, sym: "StrToCodePointInts"},
	"lang.string:fromCodePointInt":      {shape: rtFunc, sym: "StrFromCodePointInt"},
	"lang.string:fromCodePointInts":     {shape: rtFunc, sym: "StrFromCodePointInts"},
	"lang.string:toBytes":               {shape: rtFunc, sym: "StrToBytes"},
	"lang.string:fromBytes":             {shape: rtFunc, sym: "StrFromBytes"},
	"lang.string:padStart":              {shape: rtFunc, sym: "StrPadStart"},
	"lang.string:padEnd":                {shape: rtFunc, sym: "StrPadEnd"},
	"lang.string:padZero":               {shape: rtFunc, sym: "StrPadZero"},

	"lang.boolean:fromString": {shape: rtFunc, sym: "BoolFromString"},

	"lang.value:clone":                  {shape: rtGenFunc, sym: "Clone"},
	"lang.value:cloneReadOnly":          {shape: rtGenFunc, sym: "CloneReadOnly"},
	"lang.value:isReadOnly":             {shape: rtFunc, sym: "IsReadOnly"},
	"lang.value:toString":               {shape: custom, emit: emitToString},
	"lang.value:toBalString":            {shape: rtFunc, sym: "ToBalString"},
	"lang.value:toJsonString":           {shape: rtFunc, sym: "JSONString"},
	"lang.value:fromJsonString":         {shape: rtFunc, sym: "FromJSONString"},
	"lang.value:toJson":                 {shape: rtFunc, sym: "ToJSON"},
	"lang.value:cloneWithType":          {shape: rtTypedFunc, sym: "CloneWithType"},
	"lang.value:fromJsonWithType":       {shape: rtTypedFunc, sym: "CloneWithType"},
	"lang.value:fromJsonStringWithType": {shape: rtTypedFunc, sym: "FromJSONStringWithType"},
	"lang.value:ensureType":             {shape: rtTypedFunc, sym: "EnsureType"},
	"lang.value:count":                  {shape: rtFunc, sym: "Count"},
	"lang.value:first":                  {shape: custom, emit: emitFirstLast("First")},
	"lang.value:last":                   {shape: custom, emit: emitFirstLast("Last")},
	"lang.value:mergeJson":              {shape: rtFunc, sym: "MergeJSON"},

	"lang.error:message":     {shape: method, sym: "Message"},
	"lang.error:cause":       {shape: method, sym: "Cause"},
	"lang.error:detail":      {shape: method, sym: "Detail", narrows: true},
	"lang.error:toString":    {shape: custom, emit: emitToString},
	"lang.error:toBalString": {shape: rtFunc, sym: "ToBalString"},

	"lang.future:cancel": {shape: method, sym: "Cancel"},

	"lang.runtime:sleep":              {shape: rtFunc, sym: "SleepDecimal", strand: true},
	"lang.runtime:registerListener":   {shape: rtFunc, sym: "RegisterListener"},
	"lang.runtime:deregisterListener": {shape: rtFunc, sym: "DeregisterListener"},

	"io:print":   {shape: rtFunc, sym: "Print"},
	"io:println": {shape: rtFunc, sym: "Println"},

	"lang.array:length":      {shape: method, sym: "Len"},
	"lang.array:map":         {shape: rtFunc, sym: "ListMap", callsBack: true},
	"lang.array:forEach":     {shape: rtFunc, sym: "ListForEach", callsBack: true},
	"lang.array:filter":      {shape: rtFunc, sym: "ListFilter", callsBack: true},
	"lang.array:reduce":      {shape: rtFunc, sym: "ListReduce", callsBack: true},
	"lang.array:some":        {shape: rtFunc, sym: "ListSome", callsBack: true},
	"lang.array:every":       {shape: rtFunc, sym: "ListEvery", callsBack: true},
	"lang.array:slice":       {shape: method, sym: "Slice"},
	"lang.array:remove":      {shape: method, sym: "Remove"},
	"lang.array:indexOf":     {shape: method, sym: "IndexOf"},
	"lang.array:lastIndexOf": {shape: method, sym: "LastIndexOf"},
	"lang.array:reverse":     {shape: method, sym: "Reverse"},
	"lang.array:sort":        {shape: custom, callsBack: true, emit: emitSort},
	"lang.array:pop":         {shape: method, sym: "Pop"},
	"lang.array:push":        {shape: method, sym: "Push"},
	"lang.array:shift":       {shape: method, sym: "Shift"},
	"lang.array:enumerate":   {shape: rtFunc, sym: "ListEnumerate"},
	"lang.array:removeAll":   {shape: method, sym: "RemoveAll"},
	"lang.array:setLength":   {shape: method, sym: "SetLength"},
	"lang.array:unshift":     {shape: method, sym: "Unshift"},
	"lang.array:toBase64":    {shape: rtFunc, sym: "ListToBase64"},
	"lang.array:fromBase64":  {shape: rtFunc, sym: "ListFromBase64"},
	"lang.array:toBase16":    {shape: rtFunc, sym: "ListToBase16"},
	"lang.array:fromBase16":  {shape: rtFunc, sym: "ListFromBase16"},

	"lang.map:length":         {shape: method, sym: "Len", record: "RecordLength"},
	"lang.map:get":            {shape: method, sym: "MustGet"},
	"lang.map:entries":        {shape: method, sym: "Entries"},
	"lang.map:map":            {shape: rtFunc, sym: "MapMap", callsBack: true},
	"lang.map:forEach":        {shape: rtFunc, sym: "MapForEach", callsBack: true},
	"lang.map:filter":         {shape: rtFunc, sym: "MapFilter", callsBack: true},
	"lang.map:reduce":         {shape: rtFunc, sym: "MapReduce", callsBack: true},
	"lang.map:remove":         {shape: method, sym: "Remove"},
	"lang.map:removeIfHasKey": {shape: method, sym: "RemoveIfHasKey"},
	"lang.map:hasKey":         {shape: method, sym: "HasKey", record: "RecordHasKey"},
	"lang.map:keys":           {shape: method, sym: "Keys", record: "RecordKeys"},
	"lang.map:toArray":        {shape: method, sym: "ToList"},
	"lang.map:removeAll":      {shape: rtFunc, sym: "MapRemoveAll"},
}

// emitToString is value:toString(v); a string, int or float is not boxed.
func emitToString(g *gen, a *libArgs) jen.Code {
	switch g.repr(a.types[0]) {
	case "int64":
		return rtCall("IntToString", a.raw[0])
	case "float64":
		return rtCall("FloatToString", a.raw[0])
	case "rt.Decimal":
		return jen.Add(a.raw[0]).Dot("String").Call()
	case "string":
		return a.raw[0]
	}
	return rtCall("ToString", a.arg(0))
}

// emitFirstLast emits value:first or value:last, generic in the Go type of the
// result (the arguments are converted to it):
//
//	rt.First[int64](a, b, c)
func emitFirstLast(sym string) func(g *gen, a *libArgs) jen.Code {
	return func(g *gen, a *libArgs) jen.Code {
		return rtGeneric(sym, []jen.Code{g.goType(a.call.Sig.Ret)}, a.goArgs(g, frontend.Pos{}, 0)...)
	}
}

// emitWithType emits a function whose result type is its typedesc argument (explicit
// or inferred), which the checker has bound in the call's signature: the Go type of
// the result and the type's descriptor are passed:
//
//	rt.CloneWithType[*Person](v, typePerson_)
func (g *gen) emitWithType(sym string, a *libArgs) jen.Code {
	var t *check.Type
	var desc jen.Code
	for i, p := range a.call.Func.Params {
		if p.Type.Kind == check.KTypedesc {
			t = a.call.Sig.Params[i].Elem
			desc = a.conv[i] // a typedesc value given: a type, or a variable's
		}
	}
	if desc == nil {
		desc = g.typeDesc(t) // inferred (<>) from the call's context
	}
	call := rtGeneric(sym, []jen.Code{g.goType(t)}, a.arg(0), desc)
	return g.convert(call, check.Any, a.call.Sig.Ret, nil)
}

// narrowMapping narrows code, a read-only *rt.Map[any], to the mapping type t it
// belongs to: itself, or its read-only view as a record or a map of another member
// type (rt.Narrow; a record type shared with its subtypes: rt.NarrowRecord).
func (g *gen) narrowMapping(code jen.Code, t *check.Type) jen.Code {
	switch {
	case g.repr(t) == "*rt.Map[any]":
		return code
	case g.sharedRecord(t):
		return rtCall("NarrowRecord", code, g.typeDesc(t))
	}
	return rtGeneric("Narrow", []jen.Code{g.goType(t)}, code, g.typeDesc(t))
}

// emitIsFinite is float:isFinite(x): !math.IsInf(x, 0) && !math.IsNaN(x).
func emitIsFinite(g *gen, a *libArgs) jen.Code {
	x := a.arg(0)
	if !isPureExpr(a.call.Args[0]) {
		t := g.newTemp("x") // used twice
		g.emit(jen.Id(t).Op(":=").Add(x))
		x = jen.Id(t)
	}
	return g.goBinary(g.goUnary(frontend.OpNot, jen.Qual("math", "IsInf").Call(x, jen.Lit(0))), frontend.OpAndAnd, g.goUnary(frontend.OpNot, jen.Qual("math", "IsNaN").Call(x)))
}

// emitIsInfinite is float:isInfinite(x): math.IsInf(x, 0).
func emitIsInfinite(g *gen, a *libArgs) jen.Code {
	return jen.Qual("math", "IsInf").Call(a.arg(0), jen.Lit(0))
}

// libArgs are the generated operands of a library call.
type libArgs struct {
	call  *check.Call
	raw   []jen.Code    // per declared parameter, as generated; nil for a default
	types []*check.Type // their static types
	conv  []jen.Code    // per declared parameter, converted (see libBinding)
	rest  []jen.Code    // the rest arguments converted, or the spread list's members
}

// arg is the converted argument of parameter i.
func (a *libArgs) arg(i int) jen.Code { return a.conv[i] }

// argOrNil is the converted argument of parameter i, or nil when it is left out
// (a default of the runtime's).
func (a *libArgs) argOrNil(i int) jen.Code {
	if a.conv[i] == nil {
		return jen.Nil()
	}
	return a.conv[i]
}

// goArgs are the arguments of the Go call from parameter i on: the given
// ones, then the rest arguments.
func (a *libArgs) goArgs(g *gen, pos frontend.Pos, i int) []jen.Code {
	var out []jen.Code
	n := len(a.conv)
	for n > i && a.conv[n-1] == nil {
		n-- // trailing defaults: the runtime's
	}
	for j := i; j < n; j++ {
		if a.conv[j] == nil {
			g.unsupported(pos, "leaving out parameter %d of '%s'", j+1, a.call.Builtin)
			out = append(out, jen.Nil())
			continue
		}
		out = append(out, a.conv[j])
	}
	return append(out, a.rest...)
}

// libCall generates a call of a function declared in check/lib.
func (g *gen) libCall(pos frontend.Pos, call *check.Call) jen.Code {
	b, ok := libTable[call.Builtin]
	if !ok {
		g.unsupported(pos, "the library function '%s'", call.Builtin)
		return jen.Nil()
	}
	fn, sig := call.Func, call.Sig
	if call.SpreadHead > 0 && b.shape == rtFunc && !b.strand {
		return g.spreadHeadCall(call, b)
	}
	exprs := append([]frontend.Expr{}, call.Args...)
	exprs = append(exprs, call.RestArg...)
	if call.Spread != nil {
		exprs = append(exprs, call.Spread)
	}
	nFixed := len(call.Args)
	a := &libArgs{call: call, raw: make([]jen.Code, nFixed), types: make([]*check.Type, nFixed), conv: make([]jen.Code, nFixed)}
	codes := g.operands(len(exprs), func(i int) (jen.Code, frontend.Expr) {
		e := exprs[i]
		if e == nil {
			return nil, nil
		}
		if i >= nFixed {
			if e == call.Spread {
				return g.spreadMembers(e, sig.RestP), e
			}
			return g.libArg(e, fn.Rest.Type.Elem, sig.RestP), e
		}
		a.types[i] = g.prog.TypeOfExpr(e)
		if l, ok := e.(*frontend.ListExpr); ok && i == 1 && b.path {
			return g.resourcePath(l), e
		}
		if m, ok := e.(*frontend.MappingExpr); ok && len(m.Fields) == 0 && fn.IsIncluded(i) {
			// no field given: the runtime takes nil for the record of defaults
			// (the library's included records have optional fields only)
			return nil, nil
		}

		if b.strandFuncs && fn.Params[i].Type.Kind == check.KFunc {
			return g.exprTo(e, sig.Params[i]), e
		}
		if code, ok := g.funcArg(e, fn.Params[i].Type, sig.Params[i]); ok {
			return code, e
		}
		return g.expr(e), e
	})
	for i := 0; i < nFixed; i++ {
		if codes[i] == nil {
			continue
		}
		a.raw[i] = codes[i] // hoisted into a temporary, possibly
		a.conv[i] = codes[i]
		if i != 1 || !b.path {
			a.conv[i] = g.libConvert(exprs[i], codes[i], fn.Params[i].Type, sig.Params[i])
		}
	}
	a.rest = codes[nFixed:]
	if nFixed > 0 && a.types[0] != nil && a.types[0].Kind == check.KRecord && fn.Params[0].Type.Kind == check.KMap {
		// A record passed for a map (a lang.map function): the rt function
		// for records, else the record seen as a map, the same value (so
		// that map:remove removes its field).
		if b.record != "" {
			return rtCall(b.record, a.goArgs(g, pos, 0)...)
		}
		a.conv[0] = rtGeneric("RecordMap", []jen.Code{g.goType(sig.Params[0].Elem)}, a.conv[0])
	}
	if call.Spread != nil {
		// f(a, b, ...xs): the variadic tail is one slice
		last := len(a.rest) - 1
		spread := a.rest[last]
		if last > 0 {
			spread = jen.Append(append([]jen.Code{jen.Index().Add(g.goType(sig.RestP)).Values(a.rest[:last]...)}, jen.Add(spread).Op("..."))...)
		}
		a.rest = []jen.Code{jen.Add(spread).Op("...")}
	}
	switch b.shape {
	case custom:
		return b.emit(g, a)
	case rtFunc:
		args := a.goArgs(g, pos, 0)
		if b.strand {
			args = append([]jen.Code{g.strand()}, args...)
		}
		return rtCall(b.sym, args...)
	case rtGenFunc:
		return rtGeneric(b.sym, []jen.Code{g.goType(a.types[0])}, a.goArgs(g, pos, 0)...)
	case mathFunc:
		return jen.Qual("math", b.sym).Call(a.goArgs(g, pos, 0)...)
	case rtTypedFunc:
		return g.emitWithType(b.sym, a)
	case method:
		code := jen.Add(a.conv[0]).Dot(b.sym).Call(a.goArgs(g, pos, 1)...)
		if b.narrows {
			return g.narrowMapping(code, sig.Ret)
		}
		return code
	}
	g.unsupported(pos, "the library function '%s'", call.Builtin)
	return jen.Nil()
}

// spreadHeadCall emits max(x) for a query's aggregated variable x, whose
// first members are the function's leading required parameters:
//
//	agg1_ := x.Elems
//	rt.MaxInt(agg1_[0], agg1_[1:]...)
//
// and, when x may be too short (a collect's), () instead of a call.
func (g *gen) spreadHeadCall(call *check.Call, b libBinding) jen.Code {
	sig, h := call.Sig, call.SpreadHead
	xs := g.newTemp("agg")
	g.emit(jen.Id(xs).Op(":=").Add(g.spreadMembers(call.Spread, sig.RestP)))
	var args []jen.Code
	for i := 0; i < h; i++ {
		args = append(args, jen.Id(xs).Index(jen.Lit(i)))
	}
	args = append(args, jen.Id(xs).Index(jen.Lit(h).Op(":")).Op("..."))
	code := rtCall(b.sym, args...)
	if !call.SpreadMayBeEmpty {
		return code
	}
	ret := sig.Ret
	opt := check.Optional(ret)
	v := g.newTemp("v")
	g.emit(jen.Var().Id(v).Add(g.goType(opt)))
	g.emit(jen.If(jen.Len(jen.Id(xs)).Op(">=").Lit(h)).Block(jen.Id(v).Op("=").Add(g.convert(code, ret, opt, nil))))
	return jen.Id(v)
}

// spreadMembers generates the members of the spread list e as a Go slice
// for a rest parameter of type elem: xs.Elems, or boxed when elem is
// (io:println(...xs) of an int[]).
func (g *gen) spreadMembers(e frontend.Expr, elem *check.Type) jen.Code {
	lt := g.prog.TypeOfExpr(e)
	if g.repr(elem) == "any" && lt.Kind == check.KArray && g.repr(lt.Elem) != "any" {
		return rtCall("BoxedMembers", g.expr(e))
	}
	return jen.Add(g.exprTo(e, check.ArrayOf(elem, -1))).Dot("Elems")
}

// libArg generates an argument for a parameter declared decl, of type
// param at this call, converted as libBinding says.
func (g *gen) libArg(e frontend.Expr, decl, param *check.Type) jen.Code {
	if code, ok := g.funcArg(e, decl, param); ok {
		return code
	}
	return g.libConvert(e, g.expr(e), decl, param)
}

// funcArg generates an argument for a parameter of a function type, or of
// an optional one ((function …)? key: nil for ()), as the Go func the runtime
// calls; false for other parameters.
func (g *gen) funcArg(e frontend.Expr, decl, param *check.Type) (jen.Code, bool) {
	if decl.Kind == check.KFunc {
		return g.hofArg(e, param), true
	}
	ft := optionalFunc(param)
	switch {
	case ft == nil:
		return nil, false
	case g.prog.TypeOfExpr(e).Kind == check.KNil:
		return jen.Nil(), true
	}
	return g.hofArg(e, ft), true
}

// optionalFunc is the function type F of an optional function type F?, or nil.
func optionalFunc(t *check.Type) *check.Type {
	if t.Kind != check.KUnion || len(t.Members) != 2 {
		return nil
	}
	for i, m := range t.Members {
		if m.Kind == check.KFunc && t.Members[1-i].Kind == check.KNil {
			return m
		}
	}
	return nil
}

// libConvert converts the generated argument code of e for a parameter
// declared decl, of type param at this call (see libBinding).
func (g *gen) libConvert(e frontend.Expr, code jen.Code, decl, param *check.Type) jen.Code {
	if optionalFunc(param) != nil {
		return code // generated by funcArg
	}
	switch decl.Kind {
	case check.KArray, check.KMap, check.KTuple:
		return code
	case check.KFunc:
		return code // generated by hofArg
	}
	return g.convert(code, g.prog.TypeOfExpr(e), param, e)
}

// libYields reports whether a call of a library function may yield: it
// takes the strand, or calls function values (which take it).
func libYields(call *check.Call) bool {
	b := libTable[call.Builtin]
	return b.strand || b.callsBack
}

// libCallsValues reports whether a call of a library function calls the
// function values it is given.
func libCallsValues(call *check.Call) bool {
	return libTable[call.Builtin].callsBack
}

// emitSort is array:sort(arr, direction, key): rt.ListSort for a list of ints,
// floats or strings without a key, else rt.ListSortBy with the key function
// (nil: the members are the keys).
func emitSort(g *gen, a *libArgs) jen.Code {
	dir := a.argOrNil(1)
	if a.conv[1] == nil {
		dir = jen.Lit("ascending")
	}
	elem := a.types[0].Elem
	if a.conv[2] == nil && elem != nil {
		switch g.repr(elem) {
		case "int64", "float64", "string":
			return rtCall("ListSort", a.conv[0], dir)
		}
	}
	key := a.argOrNil(2)
	return rtCall("ListSortBy", a.conv[0], dir, key)
}
