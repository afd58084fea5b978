package check

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/bal2go/bal2go/frontend"
)

// scope is one level of name lookup.
type scope struct {
	parent *scope
	names  map[string]*Symbol
	fn     *Function // function owning this scope (nil at module level)
	narrow map[*Symbol]*Type
}

func (s *scope) lookup(name string) *Symbol {
	for ; s != nil; s = s.parent {
		if sym, ok := s.names[name]; ok {
			return sym
		}
	}
	return nil
}

// funcCtx is the state of the function body being checked.
type funcCtx struct {
	fn        *Function
	ret       *Type // declared return type
	loops     int   // enclosing loops (break/continue)
	onFail    int   // enclosing do/on fail: check and fail go there
	failTypes []*Type
	lock      int
	// fields: in a class's init, the symbols standing for the fields init must
	// assign (their state is in unassigned, like locals declared without a value)
	fields map[string]*Symbol
	// selfUses: in init, the uses of self while some fields were unassigned, with
	// those fields' names (checkSelfUses keeps those that are not field accesses)
	selfUses map[*frontend.NameExpr]string
	worker   *workerCtx // the worker whose body this is (nil: no peers)
	// moduleVars: in the module's init, the module variables declared
	// without a value, which it must assign (their state is in unassigned)
	moduleVars []*Symbol
	cond       int // depth of if/else and match branches in this worker
	queryDo    int // depth of query actions' do blocks (return may not leave them)
	queries    int // depth of query expressions and actions (their clauses run in loops)
	// unassigned holds the locals declared without a value that are not
	// yet definitely assigned on the current path, and whether they are
	// assigned on no path (unInit) or on some (partInit).
	unassigned assignState
}

// initState is how far a local declared without a value is assigned.
type initState uint8

const (
	unInit   initState = 1 + iota // assigned on no path
	partInit                      // assigned on some paths but not all
)

type assignState map[*Symbol]initState

func (fc *funcCtx) snapshot() assignState {
	return fc.unassigned.copy()
}

func (st assignState) copy() assignState {
	out := assignState{}
	for k, v := range st {
		out[k] = v
	}
	return out
}

// joinAssign merges the states of paths that reach the same point: a
// variable is unassigned after the join if it is unassigned on any path,
// and only partly if some path assigned it.
func joinAssign(states ...assignState) assignState {
	out := assignState{}
	for _, st := range states {
		for k, v := range st {
			if v == partInit || out[k] == partInit {
				out[k] = partInit
			} else {
				out[k] = unInit
			}
		}
	}
	for k, v := range out {
		for _, st := range states {
			if v == unInit && st[k] == 0 {
				out[k] = partInit // assigned on this path
			}
		}
	}
	return out
}

type checker struct {
	// noInitVars are the module variables declared without a value (T x;),
	// which the module's init function must assign.
	noInitVars []*Symbol
	prog       *Program
	diags      []frontend.Diagnostic
	module     *scope
	sc         *scope
	fc         *funcCtx
	types      map[string]*Symbol // module type definitions
	// aggregatedRefs holds the references to aggregated query variables the
	// spec allows (spreads in list constructors and calls; query_group.go)
	aggregatedRefs map[*frontend.NameExpr]bool
	// emptyAggregates holds the aggregated variables of collect clauses,
	// whose lists may be empty (a group by's never are)
	emptyAggregates map[*Symbol]bool
	// resolving guards against cyclic type definitions
	resolving map[string]bool
	recordID  int
	// libRecords are the record types library signatures made for this program
	// (internRecord).
	libRecords []*Type
	errAt      map[int]bool // offsets that already have an error (suppress cascades)
	constBusy  map[*Symbol]bool
	constStack []constFrame     // constants being checked, innermost last
	varDone    map[*Symbol]bool // module variables whose initializer is (being) checked
	// moduleDecls maps each module-level symbol to its declaration, for the
	// constants and variables checked on demand
	moduleDecls map[*Symbol]frontend.Decl
	initVar     *initVar
	// constFolded holds the constant value of each checked binary expression
	constFolded map[*frontend.BinaryExpr]foldResult
	// inForeachIter is the range expression of the foreach being checked:
	// ranges are only allowed there.
	inForeachIter frontend.Expr
	// library is set while checking a library module's declarations
	// (check/lib): their functions are external, their annotations
	// (@typeParam, @isolatedParam) are Ballerina's own, and decimal stands
	// in their signatures where bal2go passes a float.
	library bool
	// dependent holds, while a library function's signature is resolved, the
	// type parameter each of its typedesc parameters stands for in the
	// return type (cloneWithType(anydata v, typedesc<anydata> t = <>) returns t|error).
	dependent map[string]*Type
	// dependentRef records the typedesc parameters of a program's function
	// that its signature refers to (an error: see resolve.go).
	dependentRef map[string]bool
	// skipped is set when a construct was rejected as unsupported without
	// checking its insides (a class, an object type or constructor): which
	// imports those use is unknown, so none is reported unused.
	skipped bool
	// typeDeclName is the name of the type definition being resolved, which names
	// the type ids its `distinct`s make.
	typeDeclName string
	// classes: the class of each class definition; class: the class whose
	// methods are being checked (private members are accessible there).
	classes map[*frontend.ClassDecl]*Class
	// defaults holds, while the module's declarations are resolved, the checks of
	// the default values of record fields met, for later (nil: check at once).
	defaults []func()
	// adopted holds the record types of library modules that are records of
	// the program too (adoptLibType).
	adopted map[*Type]bool
	class   *Class
	classID int
	// fieldInit is the class whose field initializer is being checked: a check
	// there fails into the object's construction (fieldInitFail).
	fieldInit   *Class
	fieldInitFC *funcCtx // the function around an object constructor's fields (nil for a class)
}

// Check type-checks a parsed file. It always returns a Program (possibly
// incomplete when there are errors) and the sorted diagnostics.
func Check(f *frontend.File) (*Program, []frontend.Diagnostic) {
	c := newChecker(f)
	c.checkFile(f)
	return c.prog, frontend.SortDiagnostics(c.diags)
}

// newChecker returns a checker for the module of f, at module level.
func newChecker(f *frontend.File) *checker {
	mod := "main"
	if f.Src != nil {
		mod = strings.TrimSuffix(filepath.Base(f.Src.Name), ".bal")
	}
	c := &checker{
		prog: &Program{
			File:        f,
			Module:      mod,
			Types:       map[frontend.Expr]*Type{},
			Uses:        map[*frontend.NameExpr]*Symbol{},
			Defs:        map[frontend.Node]*Symbol{},
			Calls:       map[frontend.Expr]*Call{},
			AnnotValues: map[*frontend.Annotation]*Type{},
			TypeOf:      map[frontend.TypeExpr]*Type{},
			Funcs:       map[frontend.Node]*Function{},
			Imports:     map[string]string{},
			Shorthands:  map[*frontend.Field]*Symbol{},
			TableKeys:   map[*frontend.TableExpr][]string{},
			WorkerSets:  map[frontend.Node]*WorkerSet{},
			Workers:     map[*frontend.WorkerDecl]*Worker{},
			Actions:     map[frontend.Node]*Action{},
			Compound:    map[*frontend.AssignStmt]*frontend.BinaryExpr{},
			Patterns:    map[frontend.Pattern]*PatternInfo{},
			Queries:     map[*frontend.QueryExpr]*Query{},

			ObjectClasses:  map[*frontend.ObjectConstructorExpr]*Class{},
			ParallelStarts: map[*frontend.StartExpr]bool{},
			LockKeys:       map[*frontend.LockStmt]*Symbol{},
		},
		types:           map[string]*Symbol{},
		resolving:       map[string]bool{},
		errAt:           map[int]bool{},
		aggregatedRefs:  map[*frontend.NameExpr]bool{},
		emptyAggregates: map[*Symbol]bool{},
		constBusy:       map[*Symbol]bool{},
		varDone:         map[*Symbol]bool{},
		moduleDecls:     map[*Symbol]frontend.Decl{},
		constFolded:     map[*frontend.BinaryExpr]foldResult{},
		classes:         map[*frontend.ClassDecl]*Class{},
	}
	c.module = &scope{names: map[string]*Symbol{}}
	c.sc = c.module
	return c
}

func (c *checker) errorf(pos frontend.Pos, format string, args ...any) {
	if c.errAt[pos.Off] && pos.IsKnown() {
		return
	}
	c.errAt[pos.Off] = true
	c.diags = append(c.diags, frontend.Errorf(pos, "type", format, args...))
}

func (c *checker) warnf(pos frontend.Pos, format string, args ...any) {
	c.diags = append(c.diags, frontend.Warnf(pos, "type", format, args...))
}

func (c *checker) unsupported(pos frontend.Pos, what string) {
	if c.errAt[pos.Off] && pos.IsKnown() {
		return
	}
	c.errAt[pos.Off] = true
	c.diags = append(c.diags, frontend.Unsupported(pos, what))
}

func (c *checker) pushScope() {
	c.sc = &scope{parent: c.sc, names: map[string]*Symbol{}, fn: c.sc.fn}
}

func (c *checker) popScope() { c.sc = c.sc.parent }

// declare adds a symbol to the current scope, reporting redeclarations.
func (c *checker) declare(sym *Symbol) {
	if sym.Name == "_" || sym.Name == "" {
		return
	}
	if old := c.sc.names[sym.Name]; old != nil {
		c.redeclared(sym, old)
		return
	}
	// Ballerina forbids shadowing a local of an enclosing block in the same function.
	if c.fc != nil && sym.Kind == SymVar {
		for s := c.sc.parent; s != nil && s != c.module; s = s.parent {
			if old := s.names[sym.Name]; old != nil && old.Kind == SymVar && old.Owner == sym.Owner {
				c.redeclared(sym, old)
				return
			}
		}
	}
	c.sc.names[sym.Name] = sym
}

// redeclared reports sym clashing with the earlier declaration old: the
// error is at the second declaration, as jBallerina reports it, with a note
// at the first so that both are shown.
func (c *checker) redeclared(sym, old *Symbol) {
	if c.errAt[sym.Pos.Off] && sym.Pos.IsKnown() {
		return
	}
	c.errAt[sym.Pos.Off] = true
	d := frontend.Errorf(sym.Pos, "type", "redeclared symbol '%s'", sym.Name)
	if old.Pos.IsKnown() {
		d.Notes = append(d.Notes, frontend.Note{Pos: old.Pos, Message: fmt.Sprintf("'%s' is first declared here", sym.Name)})
	}
	c.diags = append(c.diags, d)
}

// checkFile runs the module-level passes: imports, type definitions,
// signatures, then bodies.
func (c *checker) checkFile(f *frontend.File) {
	for _, imp := range f.Imports {
		c.checkImport(imp)
	}
	// Pass 1: declare every module-level name so that order does not matter.
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *frontend.TypeDecl:
			sym := &Symbol{Kind: SymType, Name: d.Name, Pos: d.Pos()}
			c.prog.Defs[d] = sym
			c.declare(sym)
			c.types[d.Name] = sym
		case *frontend.FuncDecl:
			sym := &Symbol{Kind: SymFunc, Name: d.Name, Pos: d.Pos(), Final: true}
			c.prog.Defs[d] = sym
			c.declare(sym)
		case *frontend.ConstDecl:
			c.declareConst(d)
		case *frontend.AnnotationDecl:
			c.declareAnnotation(d)
		case *frontend.EnumDecl:
			sym := &Symbol{Kind: SymType, Name: d.Name, Pos: d.Pos()}
			c.prog.Defs[d] = sym
			c.declare(sym)
			c.types[d.Name] = sym
			for _, m := range d.Members {
				c.declareConst(m)
			}
		case *frontend.ModuleVarDecl:
			sym := &Symbol{Kind: SymGlobal, Name: d.Name, Pos: d.Pos(), Final: d.Final || d.Configurable, Isolated: d.Isolated}
			c.prog.Defs[d] = sym
			c.declare(sym)
		case *frontend.ListenerDecl:
			sym := &Symbol{Kind: SymGlobal, Name: d.Name, Pos: d.Pos(), Final: true}
			c.prog.Defs[d] = sym
			c.declare(sym)
		case *frontend.ClassDecl:
			sym := c.declareClass(d)
			c.prog.Defs[d] = sym
			c.declare(sym)
			c.types[d.Name] = sym
		}
		if sym := c.prog.Defs[d]; sym != nil {
			c.moduleDecls[sym] = d
		}
	}
	// Pass 2: resolve type definitions. The default values of record fields are
	// checked once the functions and variables they may use have their types
	// (after pass 3).
	c.defaults = []func(){}
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *frontend.TypeDecl:
			c.resolveNamedType(d.Name)
		case *frontend.EnumDecl:
			c.resolveNamedType(d.Name)
		}
	}
	for _, cls := range c.prog.Classes {
		c.fillClass(cls)
	}
	// Pass 3: constants (in order), function signatures, module variable types.
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *frontend.ConstDecl:
			c.checkConst(d)
		case *frontend.EnumDecl:
			for _, m := range d.Members {
				c.checkConst(m)
			}
		case *frontend.FuncDecl:
			c.declareFunc(d)
		case *frontend.ModuleVarDecl:
			sym := c.prog.Defs[d]
			if d.Type != nil {
				sym.Type = c.resolveType(d.Type)
			}
		}
	}
	pending := c.defaults
	c.defaults = nil
	for _, check := range pending {
		check()
	}
	c.moduleAnnotations(f)
	// Pass 4: module variable initializers, then function bodies.
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *frontend.ModuleVarDecl:
			c.checkModuleVar(d)
		case *frontend.ListenerDecl:
			c.listenerDecl(d)
		}
	}
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *frontend.FuncDecl:
			c.checkFuncBody(d)
		case *frontend.ServiceDecl:
			c.serviceDecl(d)
		case *frontend.ClassDecl:
			c.checkClass(c.classes[d])
		}
	}
	c.checkNoInitVars()
	c.orderModuleVars()
	if !c.library {
		c.checkIsolation(f)
	}
	c.checkUnusedImports(f)
}

// checkUnusedImports reports an import whose prefix is never used: an error
// in Ballerina (jBallerina UnusedImportsTest: "unused module prefix 'java'"
// at the prefix, the alias or else the last module name).
func (c *checker) checkUnusedImports(f *frontend.File) {
	if c.skipped {
		return
	}
	for _, imp := range f.Imports {
		sym := c.module.names[importPrefix(imp)]
		if sym != nil && sym.Kind == SymModule && sym.Pos == imp.Pos() && !sym.used {
			c.errorf(imp.PrefixP, "unused module prefix '%s'", sym.Name)
		}
	}
}

// importPrefix is the name an import binds: its alias, else the last part
// of the module name.
func importPrefix(imp *frontend.ImportDecl) string {
	if imp.Alias != "" {
		return imp.Alias
	}
	return imp.Modules[len(imp.Modules)-1]
}

var knownModules = map[string]string{
	"ballerina/io":           "io",
	"ballerina/http":         "http",
	"ballerina/lang.runtime": "runtime",
	"ballerina/lang.int":     "int",
	"ballerina/lang.float":   "float",
	"ballerina/lang.decimal": "decimal",
	"ballerina/lang.string":  "string",
	"ballerina/lang.boolean": "boolean",
	"ballerina/lang.array":   "array",
	"ballerina/lang.map":     "map",
	"ballerina/lang.value":   "value",
	"ballerina/lang.error":   "error",
	"ballerina/lang.future":  "future",
	"ballerina/lang.object":  "object",
	"ballerina/lang.table":   "table",
}

func (c *checker) checkImport(imp *frontend.ImportDecl) {
	full := imp.Org + "/" + strings.Join(imp.Modules, ".")
	mod, ok := knownModules[full]
	prefix := importPrefix(imp)
	if !ok {
		c.unsupported(imp.Pos(), "module '"+full+"'")
		// The prefix is still declared (with no module) so that its uses
		// do not each report "undefined module": the import said it all.
		if c.module.names[prefix] == nil {
			c.module.names[prefix] = &Symbol{Kind: SymModule, Name: prefix, Pos: imp.Pos(), used: true}
		}
		return
	}
	if _, dup := c.prog.Imports[prefix]; dup {
		c.errorf(imp.Pos(), "redeclared import module '%s'", full)
		return
	}
	c.prog.Imports[prefix] = mod
	c.module.names[prefix] = &Symbol{Kind: SymModule, Name: prefix, Module: mod, Pos: imp.Pos()}
}

// langPrefixes are the langlib modules usable without an import.
var langPrefixes = map[string]string{
	"int": "int", "float": "float", "decimal": "decimal", "string": "string", "boolean": "boolean",
	"value": "value", "error": "error", "array": "array", "map": "map", "future": "future",
	"object": "object", "table": "table",
}

// modulePrefix resolves a module prefix used in a qualified name.
func (c *checker) modulePrefix(pos frontend.Pos, prefix string) (string, bool) {
	if sym := c.module.names[prefix]; sym != nil && sym.Kind == SymModule {
		sym.used = true
		return sym.Module, sym.Module != "" // "": an unsupported import, reported there
	}
	if m, ok := langPrefixes[prefix]; ok {
		return m, true
	}
	if _, ok := ballerinaLibrary[prefix]; ok && isLangModule(prefix) {
		c.unsupported(pos, "module 'lang."+prefix+"'")
		return "", false
	}
	c.errorf(pos, "undefined module '%s'", prefix)
	return "", false
}

// declareConst declares a module constant (or a member of an enum).
func (c *checker) declareConst(d *frontend.ConstDecl) {
	sym := &Symbol{Kind: SymConst, Name: d.Name, Pos: d.Pos(), Final: true}
	c.prog.Defs[d] = sym
	c.declare(sym)
	c.moduleDecls[sym] = d
}

// ensureConst checks a constant's declaration now if it was not yet
// (constants may be used as types before pass 3 reaches them).
// Constants are thereby checked in dependency order, whatever their source
// order; a constant met again while its own value is being checked closes a
// cycle, reported as jBallerina does: illegal cyclic reference '[A, B]'.
func (c *checker) ensureConst(sym *Symbol) {
	if sym.Type != nil {
		return
	}
	if c.constBusy[sym] {
		c.constCycle(sym)
		return
	}
	if cd, ok := c.moduleDecls[sym].(*frontend.ConstDecl); ok {
		c.atModuleLevel(func() { c.checkConst(cd) })
	}
}

// atModuleLevel runs f as if at module level: a constant or module variable
// checked on demand from inside a function sees only module names.
func (c *checker) atModuleLevel(f func()) {
	sc, fc, iv := c.sc, c.fc, c.initVar
	c.sc, c.fc, c.initVar = c.module, nil, nil
	f()
	c.sc, c.fc, c.initVar = sc, fc, iv
}

// constCycle reports the cycle of constants from sym to the one being
// checked, at the value of its first declared member.
func (c *checker) constCycle(sym *Symbol) {
	i := len(c.constStack) - 1
	for c.constStack[i].sym != sym {
		i--
	}
	cyc := c.constStack[i:]
	first := 0
	for j, m := range cyc {
		if m.decl.Pos().Off < cyc[first].decl.Pos().Off {
			first = j
		}
	}
	var names []string
	for j := range cyc {
		names = append(names, cyc[(first+j)%len(cyc)].sym.Name)
	}
	c.errorf(cyc[first].decl.Value.Pos(), "illegal cyclic reference '[%s]'", strings.Join(names, ", "))
}

// constFrame is a constant whose value is being checked.
type constFrame struct {
	sym  *Symbol
	decl *frontend.ConstDecl
}

func (c *checker) checkConst(d *frontend.ConstDecl) {
	sym := c.prog.Defs[d]
	if sym.Type != nil || c.constBusy[sym] {
		return // checked on demand already
	}
	c.constBusy[sym] = true
	c.constStack = append(c.constStack, constFrame{sym, d})
	defer func() {
		delete(c.constBusy, sym)
		c.constStack = c.constStack[:len(c.constStack)-1]
	}()
	var want *Type
	if d.Type != nil {
		want = c.resolveType(d.Type)
	} else if d.Enum {
		want = String // an enum member is a string constant
	}
	switch frontend.Unparen(d.Value).(type) {
	case *frontend.ListExpr, *frontend.MappingExpr:
		c.structuredConst(sym, d, want)
		return
	}
	t := c.expr(d.Value, want)
	if t.Kind == KInvalid {
		sym.Type = Invalid // already reported (or part of a reported cycle)
		return
	}
	v, ok := c.constValue(d.Value)
	if !ok {
		if IsSubtype(t, Decimal) {
			// valid Ballerina, but the checker does no decimal arithmetic
			c.unsupported(d.Value.Pos(), "decimal operators in constant expressions")
		} else {
			c.errorf(d.Value.Pos(), "expression is not a constant expression")
		}
		sym.Type = Invalid
		return
	}
	sym.Const = v
	// A constant's type is the singleton of its value (const X = 1 and
	// const int X = 1 are of type 1); a type descriptor only gives the
	// value its contextually expected type.
	sym.Type = constType(v)
}

func (c *checker) declareFunc(d *frontend.FuncDecl) {
	sym := c.prog.Defs[d]
	fn := &Function{Name: d.Name, Decl: d, IsMain: d.Name == "main" && !c.library}
	c.prog.Funcs[d] = fn
	sym.Func = fn
	fn.Type = c.signature(&d.Sig, fn)
	sym.Type = fn.Type
	if fn.IsMain {
		c.prog.Main = fn
		if !d.Public {
			c.errorf(d.Pos(), "the 'main' function should be public") // jBallerina MainFunctionValidator
		}
		c.checkMainSig(d, fn)
	}
	if d.Name == "init" && !c.library {
		c.prog.Init = fn
		c.checkInitSig(d, fn)
	}
	for _, a := range d.Annots {
		c.annotation(a, "function")
	}
}

func (c *checker) checkMainSig(d *frontend.FuncDecl, fn *Function) {
	ret := retOf(fn.Type)
	if !IsSubtype(ret, Optional(Error)) || !IsNilable(ret) {
		c.errorf(d.Pos(), "invalid 'main' function return type '%s', expected a subtype of 'error?' containing '()'", ret)
	}
	ok := func(t *Type) bool {
		for _, m := range MembersOf(t) {
			switch m.Kind {
			case KInt, KFloat, KString, KBoolean, KNil:
			default:
				return false
			}
		}
		return true
	}
	for i, p := range fn.Params {
		if !ok(p.Type) {
			c.unsupported(d.Sig.Params[i].Pos(), "a 'main' parameter of type '"+p.Type.String()+"'")
		}
	}
	if fn.Rest != nil && !ok(fn.Rest.Type.Elem) {
		c.unsupported(fn.Rest.Pos, "a 'main' rest parameter of type '"+fn.Rest.Type.String()+"'")
	}
}

// checkInitSig enforces the rules of the module's init function, which module
// initialization calls last (spec: module initialization), with jBallerina's
// messages.
func (c *checker) checkInitSig(d *frontend.FuncDecl, fn *Function) {
	// jBallerina reports the first two at the function, in this order (both,
	// so not through errorf, which keeps one error per position).
	if len(d.Sig.Params) > 0 {
		c.diags = append(c.diags, frontend.Errorf(d.Pos(), "type", "the module 'init()' function cannot accept parameters"))
	}
	if d.Public {
		c.diags = append(c.diags, frontend.Errorf(d.Pos(), "type", "the module 'init()' function cannot be public"))
	}
	ret := retOf(fn.Type)
	if !IsSubtype(ret, Optional(Error)) || !IsNilable(ret) {
		c.errorf(d.Sig.Return.Pos(), "invalid module 'init()' function return type '%s', expected a subtype of 'error?' containing '()'", ret)
	}
}

// signature resolves parameter and return types and creates the parameter
// symbols (declared later, when the body is checked).
func (c *checker) signature(sig *frontend.FuncSig, fn *Function) *Type {
	var params []*Type
	var names []string
	var rest *Type
	seenDefault := false
	c.dependent, c.dependentRef = nil, map[string]bool{}
	defer func() { c.dependent, c.dependentRef = nil, nil }()
	for _, p := range sig.Params {
		pt := c.resolveType(p.Type)
		if _, ok := p.Type.(*frontend.TypedescType); ok {
			// A dependently typed parameter: the call binds it like a type
			// parameter, from its argument or from the expected type. Only
			// external functions (the library's) may be dependently typed:
			// in a program, a reference to the parameter in the return type
			// is an error (resolve.go).
			if c.dependent == nil {
				c.dependent = map[string]*Type{}
			}
			c.dependent[p.Name] = Invalid
			if c.library && pt.Kind == KTypedesc {
				tp := &Type{Kind: KTypeParam, Name: p.Name, Elem: pt.Elem}
				pt = &Type{Kind: KTypedesc, Elem: tp}
				c.dependent[p.Name] = tp
			}
		}
		sym := &Symbol{Kind: SymVar, Name: p.Name, Pos: p.Pos(), Type: pt, Final: true, Owner: fn}
		c.prog.Defs[p] = sym
		if p.Rest {
			rest = pt
			sym.Type = ArrayOf(pt, -1)
			if fn != nil {
				fn.Rest = sym
			}
			continue
		}
		switch {
		case p.Included:
			if pt.Kind != KInvalid && Basic(pt).Kind != KRecord {
				c.errorf(p.Type.Pos(), "expected a record type as an included parameter")
			}
		case p.Default != nil:
			seenDefault = true
		case seenDefault:
			c.errorf(p.Pos(), "required parameter '%s' after a defaultable parameter", p.Name)
		}
		params = append(params, pt)
		names = append(names, p.Name)
		if fn != nil {
			if p.Included {
				for len(fn.Included) < len(fn.Params) {
					fn.Included = append(fn.Included, false)
				}
				fn.Included = append(fn.Included, true)
			}
			fn.Params = append(fn.Params, sym)
			fn.Defaults = append(fn.Defaults, p.Default)
		}
		for _, a := range p.Annots {
			c.annotation(a, "parameter")
		}
	}
	ret := Nil
	if sig.Return != nil {
		ret = c.resolveType(sig.Return)
	}
	for _, p := range sig.Params {
		if _, ok := p.Default.(*frontend.InferTypedescExpr); ok && !c.library && !c.dependentRef[p.Name] {
			// `<>` without the return type depending on the parameter (which
			// is an error of its own, above)
			c.unsupported(p.Default.Pos(), "inferred typedesc parameters ('<>')")
		}
	}
	t := FuncOf(params, rest, ret)
	t.PNames = names
	if fn == nil {
		t.PDefaults = c.funcTypeDefaults(sig, params)
	}
	if fn != nil && declaredIsolated(fn.Decl) {
		t.Isolated, fn.Isolated = true, true
	}
	return t
}

// funcTypeDefaults checks the defaults of a function type's parameters
// (function (int n = 5) returns boolean): the caller evaluates them where a
// call through a value of the type leaves an argument out, so bal2go takes
// only constant expressions, which mean the same there.
func (c *checker) funcTypeDefaults(sig *frontend.FuncSig, params []*Type) []any {
	var defaults []any
	i := 0
	names := map[string]bool{}
	for _, p := range sig.Params {
		if p.Rest {
			continue
		}
		if p.Default != nil {
			if defaults == nil {
				defaults = make([]any, len(params))
			}
			if mentions(p.Default, names) {
				c.unsupported(p.Default.Pos(), "a default value in a function type that is not a constant expression")
			} else if c.expr(p.Default, params[i]).Kind != KInvalid {
				if _, ok := c.constValue(p.Default); ok {
					defaults[i] = p.Default
				} else {
					c.unsupported(p.Default.Pos(), "a default value in a function type that is not a constant expression")
				}
			}
		}
		names[p.Name] = true
		i++
	}
	return defaults
}

// mentions reports whether e refers to one of names (unqualified).
func mentions(e frontend.Expr, names map[string]bool) bool {
	found := false
	frontend.Inspect(e, func(n frontend.Node) bool {
		if ne, ok := n.(*frontend.NameExpr); ok && ne.Prefix == "" && names[ne.Name] {
			found = true
		}
		return !found
	})
	return found
}

// declaredIsolated reports whether a function's declaration says isolated.
func declaredIsolated(d frontend.Node) bool {
	switch d := d.(type) {
	case *frontend.FuncDecl:
		return d.Isolated
	case *frontend.FuncExpr:
		return d.Isolated
	case *frontend.ResourceFunc:
		return d.Isolated
	}
	return false
}

func (c *checker) annotation(a *frontend.Annotation, where string) {
	if c.library {
		return
	}
	c.useAnnotationPrefix(a)
	if c.userAnnotation(a, where) {
		return
	}
	if a.Prefix == "" && a.Name == "strand" {
		if where != "worker" && where != "start" {
			c.errorf(a.Pos(), "annotation 'strand' is not allowed on a %s", where)
		}
		return
	}
	c.warnf(a.Pos(), "annotation '@%s' is ignored by bal2go", qualName(a.Prefix, a.Name))
}

// useAnnotationPrefix marks the module prefix of @prefix:name as used.
func (c *checker) useAnnotationPrefix(a *frontend.Annotation) {
	if sym := c.module.names[a.Prefix]; a.Prefix != "" && sym != nil && sym.Kind == SymModule {
		sym.used = true
	}
}

func qualName(prefix, name string) string {
	if prefix == "" {
		return name
	}
	return prefix + ":" + name
}

func (c *checker) checkModuleVar(d *frontend.ModuleVarDecl) {
	sym := c.prog.Defs[d]
	if c.varDone[sym] {
		return // checked on demand already
	}
	c.varDone[sym] = true
	if d.Configurable && !c.configurableVar(d, sym) {
		return
	}
	if d.Value == nil {
		switch {
		case d.Configurable: // = ?: a required value
		case d.NoInit && d.Isolated:
			// jBallerina IsolatedVariableTest: at the declaration
			c.errorf(d.Pos(), msgUninitialized)
		case d.NoInit:
			// T x; — the module's init function assigns it (checkFuncBody)
			c.noInitVars = append(c.noInitVars, sym)
			return
		}
		if sym.Type == nil {
			sym.Type = Invalid
		}
		return
	}
	outer := c.initVar
	c.initVar = &initVar{name: d.Name}
	t := c.expr(d.Value, sym.Type)
	c.initVar = outer
	if sym.Type == nil {
		sym.Type = Widen(t)
	}
	if d.Name == "_" {
		c.wildcardValue(d.Pos(), sym.Type)
	}
}

// configurableVar checks the declaration of a configurable variable as
// jBallerina does (ConfigurableVariableTest's messages) and makes its type
// read-only: its value is an anydata & readonly value given to the program.
// It reports whether the declaration is valid.
func (c *checker) configurableVar(d *frontend.ModuleVarDecl, sym *Symbol) bool {
	switch {
	case d.Final:
		c.errorf(d.Pos(), "'final' qualifier not allowed: configurable variables are implicitly final")
	case d.Type == nil:
		c.errorf(d.Pos(), "configurable variable cannot be declared with var")
	case d.NoInit:
		c.errorf(d.Pos(), "configurable variable must be initialized or be marked as required")
	case sym.Type == nil || sym.Type.Kind == KInvalid:
	case !IsSubtype(sym.Type, Anydata):
		c.errorf(d.Type.Pos(), "invalid type for configurable variable: expected a subtype of 'anydata'")
	default:
		sym.Type = ReadOnlyOf(sym.Type)
		return true
	}
	if sym.Type == nil {
		sym.Type = Invalid
	}
	return false
}

// initVar is the variable whose initializer is being checked: a reference
// to it there (outside nested functions) is a self reference.
type initVar struct {
	name string
	fc   *funcCtx // the function whose local it is; nil for a module variable
}

// ensureModuleVar checks the initializer of a module variable declared
// with var when its type is needed before pass 4 reaches it (the variables
// are ordered by dependency, not by source order). A variable met again
// while its own initializer is being checked is part of a cycle, which
// orderModuleVars reports; it is typed Invalid meanwhile.
func (c *checker) ensureModuleVar(sym *Symbol) {
	if sym.Type != nil {
		return
	}
	if c.varDone[sym] {
		sym.Type = Invalid
		return
	}
	if vd, ok := c.moduleDecls[sym].(*frontend.ModuleVarDecl); ok {
		c.atModuleLevel(func() { c.checkModuleVar(vd) })
	}
}

func (c *checker) checkFuncBody(d *frontend.FuncDecl) {
	fn := c.prog.Funcs[d]
	if fn == nil || d.External {
		return // an external function's defaults are the runtime's
	}
	if fn != c.prog.Init || len(c.noInitVars) == 0 {
		c.funcBody(fn, d.Sig.Params, d.Body, d.ExprBody)
		return
	}
	c.funcBodyWith(fn, d.Sig.Params, d.Body, d.ExprBody, func(fc *funcCtx) {
		fc.moduleVars = c.noInitVars
		for _, sym := range c.noInitVars {
			fc.unassigned[sym] = unInit
		}
	})
}

// checkNoInitVars reports the module variables declared without a value when
// the module has no init function to assign them.
func (c *checker) checkNoInitVars() {
	if c.prog.Init != nil {
		return
	}
	for _, sym := range c.noInitVars {
		c.errorf(sym.Pos, "variable '%s' is not initialized", sym.Name)
	}
}

// funcBody checks the body of fn in a new scope holding its parameters.
func (c *checker) funcBody(fn *Function, params []*frontend.Param, body *frontend.Block, exprBody frontend.Expr) {
	c.funcBodyWith(fn, params, body, exprBody, nil)
}

// funcBodyWith is funcBody with setup run on the new function context first.
func (c *checker) funcBodyWith(fn *Function, params []*frontend.Param, body *frontend.Block, exprBody frontend.Expr, setup func(*funcCtx)) {
	outerFC, outerSc := c.fc, c.sc
	c.fc = &funcCtx{fn: fn, ret: retOf(fn.Type), unassigned: assignState{}}
	if setup != nil {
		setup(c.fc)
	}
	c.sc = &scope{parent: outerSc, names: map[string]*Symbol{}, fn: fn}
	for _, p := range params {
		sym := c.prog.Defs[p]
		if _, infer := p.Default.(*frontend.InferTypedescExpr); p.Default != nil && !infer {
			c.expr(p.Default, sym.Type) // `<>` is not an expression: reported in signature
		}
		c.declare(sym)
	}
	ws := c.startWorkerSet(fn.Decl, body, c.fc.ret)
	if ws != nil {
		c.fc.worker = &workerCtx{set: ws, w: ws.Default()}
	}
	if exprBody != nil {
		c.expr(exprBody, c.fc.ret)
	} else if body != nil {
		completes := c.blockStmts(body.Stmts)
		if completes && !IsNilable(c.fc.ret) && c.fc.ret.Kind != KInvalid && c.fc.ret.Kind != KNever {
			c.errorf(body.Rbrace, "this function must return a result")
		}
		if completes {
			c.checkInitFields()
		}
	}
	if ws != nil {
		c.finishWorkerSet(ws)
	}
	c.checkInteractions(fn.Decl, body)
	c.fc, c.sc = outerFC, outerSc
}
