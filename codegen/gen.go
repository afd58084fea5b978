// Package codegen turns a checked Ballerina program into one Go source
// file that imports the runtime package rt. All Go is built with jennifer;
// one genXxx function per construct family.
package codegen

import (
	"bytes"
	"fmt"
	"path/filepath"
	"sort"

	"github.com/bal2go/bal2go/check"
	"github.com/bal2go/bal2go/check/semtype"
	"github.com/bal2go/bal2go/frontend"
	"github.com/dave/jennifer/jen"
)

// Options control code generation.
type Options struct {
	Package string // Go package name; "main" when empty
	NoLines bool   // omit //line directives
}

type gen struct {
	prog      *check.Program
	opts      Options
	srcName   string // base name of the .bal file for //line directives
	diags     []frontend.Diagnostic
	names     map[*check.Symbol]string
	recNames  map[*check.Type]string
	recSubs   map[string][]*check.Type // by recordSubtypes
	recShared map[string]bool          // by recordSubtypes: record structs whose Go type is any
	recMaps   map[string]bool          // by recordsFitMap: map types some record type is a subtype of
	typeIDs   map[*semtype.DistinctID]string
	cls       *classInfo                       // by classInfo
	ctors     map[*check.Class]*check.Function // by ctorFunc
	anonCls   map[*check.Class]string          // by className: the classes of object constructors
	fields    map[*check.Type]map[string]string
	tdVars    map[string]string
	tdDefs    []jen.Code
	tdInits   []jen.Code // statements completing the descriptors (record fields)
	fn        *fnState
	cur       *[]jen.Code // statements being built
	used      map[*check.Symbol]bool
	untyped   map[jen.Code]bool // codes that are untyped Go constants
	// folded holds the calls whose value a query computed as its frames came
	// (sum(x) of a group's aggregated x): their Go expression
	folded   map[frontend.Expr]jen.Code
	goPrec   map[jen.Code]int // codes that are Go operator expressions: their precedence (see goBinary)
	yields   map[*check.Function]bool
	calls    map[*check.Function]*callInfo // by computeYields
	rec      map[*check.Function]bool      // by computeRecursion
	wsVars   map[*check.WorkerSet]string   // Go variables of the rt.Workers in scope
	chanSet  map[*check.Channel]string     // the rt.Workers variable of each channel
	hoistAll bool                          // evaluate every call argument into a temporary (start)
	depth    int                           // nesting of the expression being generated
	// lastDirective: where lineDirective emitted last (it does not repeat itself)
	lastDirective emitted
	// peerConsts, chanConsts: the Go constants naming the index of each
	// worker and channel (see newWorkerSet)
	peerConsts map[*check.Worker]string
	chanConsts map[*check.Channel]string
}

// fnState is the state of the Go function being generated.
type fnState struct {
	ret    *check.Type // the Ballerina return type
	goRet  *check.Type // the type the Go function returns, when it differs (strand bodies return any)
	onFail []*onFailCtx
	labels int
	nest   []string // enclosing "lock" and "loop" levels, innermost last
	worker *workerCtx
	// moduleInit: generating initModule_, where a failing check panics
	moduleInit bool
	// strand: the Go function has the strand variable (see takesStrand)
	strand bool
	// depth: the Go function has the call depth parameter (see takesDepth)
	depth bool
	// outer: the Go function this one is a function literal in (nil for a
	// declared function); its names are visible here
	outer *fnState
	// tmp numbers the temporaries of this Go function: per function, so that
	// a change in one function does not rename those of the others
	tmp int
	// names: the names newTemp and newName gave out in this function
	names map[string]bool
	// trap: the trap expression whose operand is being generated
	trap *trapCtx
}

// taken reports whether name was given out in f or a function enclosing it:
// a literal's own name must not shadow an outer one it may refer to (a
// worker set's variable, its constants).
func (f *fnState) taken(name string) bool {
	for ; f != nil; f = f.outer {
		if f.names[name] {
			return true
		}
	}
	return false
}

// give records that name is used in f.
func (f *fnState) give(name string) string {
	if f.names == nil {
		f.names = map[string]bool{}
	}
	f.names[name] = true
	return name
}

// workerCtx is the worker whose code is being generated.
type workerCtx struct {
	set *check.WorkerSet
	w   *check.Worker
}

// result is the type the Go function returns.
func (f *fnState) result() *check.Type {
	if f.goRet != nil {
		return f.goRet
	}
	return f.ret
}

// onFailCtx is an enclosing `do { } on fail` that check and fail jump to.
type onFailCtx struct {
	label  string
	errVar string
	used   bool
	nest   int // len(fnState.nest) at the do statement
}

// Generate emits the Go source of prog. The result is gofmt'd. Diagnostics
// report constructs the generator cannot translate; when there are any, the
// source must not be used.
func Generate(prog *check.Program, opts Options) ([]byte, []frontend.Diagnostic) {
	if opts.Package == "" {
		opts.Package = "main"
	}
	g := &gen{
		prog:     prog,
		opts:     opts,
		names:    map[*check.Symbol]string{},
		recNames: map[*check.Type]string{},
		typeIDs:  map[*semtype.DistinctID]string{},
		fields:   map[*check.Type]map[string]string{},
		tdVars:   map[string]string{},
		untyped:  map[jen.Code]bool{},
		folded:   map[frontend.Expr]jen.Code{},
		goPrec:   map[jen.Code]int{},
		wsVars:   map[*check.WorkerSet]string{},
		chanSet:  map[*check.Channel]string{},

		peerConsts: map[*check.Worker]string{},
		chanConsts: map[*check.Channel]string{},
	}
	g.srcName = "input.bal"
	if prog.File.Src != nil {
		g.srcName = filepath.Base(prog.File.Src.Name)
	}
	src := g.file()
	if frontend.HasErrors(g.diags) {
		return nil, frontend.SortDiagnostics(g.diags)
	}
	return src, frontend.SortDiagnostics(g.diags)
}

func (g *gen) unsupported(pos frontend.Pos, format string, args ...any) {
	g.diags = append(g.diags, frontend.Unsupported(pos, fmt.Sprintf(format, args...)))
}

// newName gives out base+"_" in the Go function being generated, or, when
// that is taken there or around it, base+N+"_" with the first free N from 2.
func (g *gen) newName(base string) string {
	n := base + "_"
	for i := 2; g.fn.taken(n); i++ {
		n = fmt.Sprintf("%s%d_", base, i)
	}
	return g.fn.give(n)
}

// newTemp returns a fresh temporary name (never a user name, see names.go),
// numbered in the Go function being generated.
func (g *gen) newTemp(base string) string {
	f := g.fn
	for {
		f.tmp++
		if n := fmt.Sprintf("%s%d_", base, f.tmp); !f.taken(n) {
			return f.give(n)
		}
	}
}

// typeAnnotations attaches the values of the program's annotations on record
// type definitions to their descriptors, for t.@a.
func (g *gen) typeAnnotations() []jen.Code {
	var out []jen.Code
	for _, d := range g.prog.File.Decls {
		td, ok := d.(*frontend.TypeDecl)
		if !ok {
			continue
		}
		sym := g.prog.Defs[td]
		if sym == nil || sym.Type == nil || sym.Type.Kind != check.KRecord {
			continue
		}
		for _, a := range td.Annots {
			at, ok := g.prog.AnnotValues[a]
			if !ok {
				continue
			}
			out = append(out, g.collect(func() {
				var value jen.Code = jen.True()
				if a.Value != nil {
					value = g.boxed(g.exprTo(a.Value, check.ReadOnlyOf(at)), check.ReadOnlyOf(at))
				}
				g.emit(rtCall("Annotate", g.typeDesc(sym.Type), jen.Lit(a.Name), value))
			})...)
		}
	}
	return out
}

// configurableInit initializes a configurable variable: with its configured
// value, else (when it is not required) with its initializer.
//
//	if v, ok := rt.Configured[int64]("port"); ok {
//		port = v
//	} else {
//		port = 8080
//	}
func (g *gen) configurableInit(d *frontend.ModuleVarDecl, sym *check.Symbol) []jen.Code {
	name := g.names[sym]
	configured := rtq("Configured").Types(g.goType(sym.Type)).Call(jen.Lit(d.Name))
	if d.Value == nil {
		return []jen.Code{jen.List(jen.Id(name), jen.Id("_")).Op("=").Add(configured)}
	}
	var value jen.Code
	pre := g.collect(func() { value = g.exprTo(d.Value, sym.Type) })
	return g.collect(func() {
		g.lineDirective(d.Pos())
		g.emit(jen.If(jen.List(jen.Id("v"), jen.Id("ok")).Op(":=").Add(configured), jen.Id("ok")).Block(
			jen.Id(name).Op("=").Id("v"),
		).Else().Block(append(pre, jen.Id(name).Op("=").Add(value))...))
	})
}

// moduleConst appends the Go declaration of a module constant: a Go
// constant, or a variable for the nil constant (Go has no nil constants).
func (g *gen) moduleConst(d *frontend.ConstDecl, consts, vars []jen.Code) ([]jen.Code, []jen.Code) {
	sym := g.prog.Defs[d]
	switch {
	case sym.Type == nil || sym.Type.Kind == check.KInvalid:
	case sym.Structured: // built by initModule_
		vars = append(vars, jen.Id(g.names[sym]).Add(g.goType(sym.Type)))
	case sym.Const == nil:
		vars = append(vars, jen.Id(g.names[sym]).Any().Op("=").Nil())
	case isDecimalConst(sym.Const):
		// a decimal is no Go constant: RATE = rt.DecimalOf("0.25")
		vars = append(vars, jen.Id(g.names[sym]).Op("=").Add(rtCall("DecimalOf", jen.Lit(string(sym.Const.(check.DecimalConst))))))
	default:
		t := check.Basic(sym.Type)
		consts = append(consts, jen.Id(g.names[sym]).Add(g.goType(t)).Op("=").Add(g.constLit(sym.Const, t)))
	}
	return consts, vars
}

func isDecimalConst(v any) bool {
	_, ok := v.(check.DecimalConst)
	return ok
}

func (g *gen) file() []byte {
	f := jen.NewFile(g.opts.Package)
	f.HeaderComment(fmt.Sprintf("Code generated by bal2go from %s. DO NOT EDIT.", g.srcName))
	f.ImportName(RuntimePath, "rt")

	// Names of module-level symbols first, so bodies can refer to any of them.
	for _, d := range g.prog.File.Decls {
		if sym := g.prog.Defs[d]; sym != nil {
			g.names[sym] = goName(sym.Name)
		}
		if d, ok := d.(*frontend.EnumDecl); ok {
			for _, m := range d.Members {
				g.names[g.prog.Defs[m]] = goName(m.Name)
			}
		}
	}

	var body []jen.Code
	if g.opts.Package == "main" {
		body = append(body, g.goMain())
	}
	var decls []jen.Code
	decls = append(decls, g.records()...)
	decls = append(decls, g.classes()...)
	decls = append(decls, g.moduleConstsAndVars()...)
	for _, d := range g.prog.File.Decls {
		if fd, ok := d.(*frontend.FuncDecl); ok {
			decls = append(decls, g.funcDecl(fd)...)
		}
	}
	decls = append(decls, g.resourceFuncs()...)
	// Type descriptors are collected while generating bodies.
	if len(g.tdDefs) > 0 {
		f.Var().Defs(g.tdDefs...)
	}
	if len(g.tdInits) > 0 {
		f.Comment("init completes the record type descriptors, whose fields may refer to each other.")
		f.Func().Id("init").Params().Block(g.tdInits...)
		f.Line()
	}
	for _, c := range body {
		f.Add(c)
		f.Line()
	}
	for _, c := range decls {
		f.Add(c)
		f.Line()
	}
	var buf bytes.Buffer
	if err := f.Render(&buf); err != nil {
		g.diags = append(g.diags, frontend.Errorf(frontend.Pos{Src: g.prog.File.Src, Line: 1, Col: 1}, "internal", "internal error: generated Go does not format: %v", err))
		return nil
	}
	if g.opts.NoLines {
		return buf.Bytes()
	}
	out, err := spreadLines(buf.Bytes())
	if err != nil {
		g.diags = append(g.diags, frontend.Errorf(frontend.Pos{Src: g.prog.File.Src, Line: 1, Col: 1}, "internal", "internal error: placing line directives: %v", err))
		return nil
	}
	return out
}

// goMain is Go's entry point: it runs module initialization and the
// Ballerina main under rt.Main, which prints errors and sets the exit code.
//
//	func main() {
//		rt.SetModule("prog")
//		rt.Main(func() any { initModule_(); return main_(args...) })
//	}
func (g *gen) goMain() jen.Code {
	m := g.prog.Main
	var stmts []jen.Code
	stmts = append(stmts, jen.Id("initModule_").Call(g.strand()))
	stmts = append(stmts, g.initCall()...)
	if m == nil {
		// a program of services only: initialize, then serve
		stmts = append(stmts, jen.Return(jen.Nil()))
		return jen.Func().Id("main").Params().Block(g.mainPrelude(
			rtCall("Main", jen.Func().Params(jen.Id(strandParam).Op("*").Add(rtq("Strand"))).Any().Block(stmts...)))...,
		)
	}
	var args []jen.Code
	for i, p := range m.Params {
		args = append(args, g.mainArg(i, p.Name, p.Type))
	}
	if m.Rest != nil {
		var fn string
		switch m.Rest.Type.Elem.Kind {
		case check.KInt:
			fn = "RestArgsInt"
		case check.KFloat:
			fn = "RestArgsFloat"
		case check.KBoolean:
			fn = "RestArgsBool"
		default:
			fn = "RestArgsString"
		}
		args = append(args, rtCall(fn, jen.Lit(len(m.Params)), jen.Lit(m.Rest.Name)))
	} else if len(m.Params) > 0 {
		stmts = append(stmts, rtCall("ArgsEnd", jen.Lit(len(m.Params))))
	}
	call := jen.Id(goName("main")).Call(append([]jen.Code{g.strand()}, args...)...)
	if hasResult(check.FuncOf(nil, nil, m.Type.Ret)) && m.Type.Ret != nil && m.Type.Ret.Kind != check.KNil {
		stmts = append(stmts, jen.Return(call))
	} else {
		stmts = append(stmts, call, jen.Return(jen.Nil()))
	}
	return jen.Func().Id("main").Params().Block(g.mainPrelude(
		rtCall("Main", jen.Func().Params(jen.Id(strandParam).Op("*").Add(rtq("Strand"))).Any().Block(stmts...)))...,
	)
}

// mainPrelude is Go's main: it names the module and reads the values of the
// configurable variables, whose errors are all reported before anything runs,
// then runs the program.
func (g *gen) mainPrelude(run jen.Code) []jen.Code {
	code := []jen.Code{rtCall("SetModule", jen.Lit(g.prog.Module))}
	var vars []jen.Code
	for _, d := range g.prog.File.Decls {
		if d, ok := d.(*frontend.ModuleVarDecl); ok && d.Configurable {
			sym := g.prog.Defs[d]
			vars = append(vars, jen.Line().Add(rtq("ConfigOf")).Types(g.goType(sym.Type)).Call(
				jen.Lit(d.Name), g.typeDesc(sym.Type), jen.Lit(d.Value == nil)))
		}
	}
	if len(vars) > 0 {
		code = append(code, rtCall("Configure", append(vars, jen.Line())...))
	}
	return append(code, run)
}

// initCall calls the module's init function, the last step of module
// initialization (spec: module initialization), after the module variables
// and before main and the listeners. An error it returns ends the program as
// one main returns does; a panic in it is a panic of initialization.
//
//	if err := init_(strand); err != nil {
//		return err
//	}
func (g *gen) initCall() []jen.Code {
	fn := g.prog.Init
	if fn == nil || fn.Type == nil {
		return nil
	}
	sym := g.prog.Defs[fn.Decl]
	call := jen.Id(g.names[sym]).Call(g.implicitArgs(fn)...)
	if !hasResult(fn.Type.Ret) {
		return []jen.Code{call}
	}
	return []jen.Code{jen.If(jen.Id("err").Op(":=").Add(call), jen.Id("err").Op("!=").Nil()).Block(jen.Return(jen.Id("err")))}
}

func (g *gen) mainArg(i int, name string, t *check.Type) jen.Code {
	optional := check.IsNilable(t)
	base := check.NonNilPart(t)
	var fn string
	switch base.Kind {
	case check.KInt:
		fn = "ArgInt"
	case check.KFloat:
		fn = "ArgFloat"
	case check.KBoolean:
		fn = "ArgBool"
	default:
		fn = "ArgString"
	}
	if optional {
		return rtCall("OptionalArg", jen.Lit(i), jen.Func().Params().Any().Block(jen.Return(rtCall(fn, jen.Lit(i), jen.Lit(name)))))
	}
	return rtCall(fn, jen.Lit(i), jen.Lit(name))
}

// records emits one struct per record type.
//
//	type Person struct {
//		Name string `bal:"name"`
//		Age  any    `bal:"age,optional"`
//	}
func (g *gen) records() []jen.Code {
	var out []jen.Code
	for _, t := range g.prog.Records {
		// Every record's descriptor exists, so that rt knows the inherent type (the
		// field types) of each record value.
		g.typeDesc(t)
		var fields []jen.Code
		used := map[string]bool{}
		for _, f := range t.Fields {
			n := exportedName(f.Name)
			for used[n] {
				n += "_"
			}
			used[n] = true
			g.fieldNames(t)[f.Name] = n
			tag := f.Name
			ft := g.goType(f.Type)
			if f.Optional {
				tag += ",optional"
				ft = jen.Any()
			}
			fields = append(fields, jen.Id(n).Add(ft).Tag(map[string]string{"bal": tag}))
		}
		if isOpen(t) {
			// fields beyond the declared ones, in insertion order
			fields = append(fields, jen.Id(restField).Op("*").Add(rtq("Map")).Types(jen.Any()).Tag(map[string]string{"bal": ",rest"}))
		}
		// nil while the record is mutable (rt/readonly.go)
		fields = append(fields, jen.Id(readOnlyField).Op("*").Add(rtq("ReadOnly")).Tag(map[string]string{"bal": ",readonly"}))
		comment := fmt.Sprintf("%s is the Ballerina record type %s.", g.recordName(t), t.String())
		if t.Name != "" {
			comment = fmt.Sprintf("%s is the Ballerina record type %s.", g.recordName(t), t.Name)
		}
		out = append(out, jen.Comment(comment).Line().Type().Id(g.recordName(t)).Struct(fields...))
	}
	g.defineSubtypes()
	return out
}

// restField holds an open record's extra fields; no Ballerina field name
// maps to it (see names.go).
const restField = "Rest_"

// readOnlyField holds a record's read-only mark; like restField, no Ballerina
// field name maps to it.
const readOnlyField = "ReadOnly_"

// isOpen reports whether a record type admits fields beyond its declared ones.
func isOpen(t *check.Type) bool { return !t.Closed || t.Rest != nil }

// fieldNames maps a record's Ballerina field names to Go field names.
func (g *gen) fieldNames(t *check.Type) map[string]string {
	m := g.fields[t]
	if m == nil {
		m = map[string]string{}
		g.fields[t] = m
	}
	return m
}

// fieldName is the Go name of a record field.
func (g *gen) fieldName(t *check.Type, name string) string {
	if n, ok := g.fieldNames(t)[name]; ok {
		return n
	}
	return exportedName(name)
}

// moduleConstsAndVars emits constants, module variables and initModule_,
// which initializes the variables in dependency order (prog.InitOrder).
func (g *gen) moduleConstsAndVars() []jen.Code {
	var out []jen.Code
	var consts, vars []jen.Code
	var inits []jen.Code
	saved := g.fn
	g.fn = &fnState{ret: check.Nil, moduleInit: true, strand: true}
	defer func() { g.fn = saved }()
	for _, d := range g.prog.File.Decls {
		switch d := d.(type) {
		case *frontend.ConstDecl:
			consts, vars = g.moduleConst(d, consts, vars)
		case *frontend.EnumDecl:
			for _, m := range d.Members {
				consts, vars = g.moduleConst(m, consts, vars)
			}
		case *frontend.ListenerDecl, *frontend.ModuleVarDecl:
			if d, ok := d.(*frontend.ModuleVarDecl); ok && d.Name == "_" {
				continue // a wildcard declares no variable
			}
			sym := g.prog.Defs[d]
			vars = append(vars, jen.Id(g.names[sym]).Add(g.goType(sym.Type)))
		}
	}
	for _, d := range g.prog.StructConsts {
		sym := g.prog.Defs[d]
		inits = append(inits, g.collect(func() {
			g.lineDirective(d.Pos())
			value := g.exprTo(d.Value, sym.Type)
			if !g.prog.TypeOfExpr(d.Value).ReadOnly {
				value = rtCall("Freeze", value) // an untyped constant's constructor
			}
			g.emit(jen.Id(g.names[sym]).Op("=").Add(value))
		})...)
	}
	inits = append(inits, g.typeAnnotations()...)
	for _, d := range g.prog.InitOrder {
		switch d := d.(type) {
		case *frontend.ListenerDecl:
			inits = append(inits, g.collect(func() {
				g.lineDirective(d.Pos())
				g.emit(g.listenerInit(d))
			})...)
		case *frontend.ModuleVarDecl:
			sym := g.prog.Defs[d]
			if d.Configurable {
				inits = append(inits, g.configurableInit(d, sym)...)
				continue
			}
			lhs := jen.Id(g.names[sym]).Op("=")
			if d.Name == "_" {
				// a wildcard binds nothing: its initializer runs for its effects
				lhs = jen.Var().Id("_").Add(g.goType(sym.Type)).Op("=")
			}
			if d.Value != nil {
				stmts := g.collect(func() {
					g.lineDirective(d.Pos())
					g.emit(jen.Add(lhs).Add(g.exprTo(d.Value, sym.Type)))
				})
				inits = append(inits, stmts...)
			}
		}
	}
	inits = append(inits, g.collect(func() {
		for _, c := range g.services() {
			g.emit(c)
		}
	})...)
	if len(consts) > 0 {
		out = append(out, jen.Const().Defs(consts...))
	}
	if len(vars) > 0 {
		out = append(out, jen.Var().Defs(vars...))
	}
	out = append(out, g.moduleKeysDecl()...)
	out = append(out, jen.Comment("initModule_ initializes the module variables in dependency order.").Line().
		Func().Id("initModule_").Params(jen.Id(strandParam).Op("*").Add(rtq("Strand"))).Block(inits...))
	return out
}

// sortedKeys returns the keys of m in order (deterministic output).
func sortedKeys(m map[string]frontend.Expr) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
