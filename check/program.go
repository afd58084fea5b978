// Package check resolves names, computes and checks the types of a parsed
// Ballerina file and records everything the code generator needs in a
// Program. It reports errors as positioned diagnostics and never stops at
// the first one.
package check

import (
	"github.com/bal2go/bal2go/frontend"
)

// SymKind says what a name stands for.
type SymKind int

// The kinds of symbols.
const (
	SymVar    SymKind = iota // local variable or parameter
	SymGlobal                // module-level variable
	SymConst                 // constant
	SymFunc                  // module-level function
	SymType                  // type definition
	SymModule                // import prefix
	SymWorker                // named worker
	SymAnnot                 // annotation declaration (annotation T a on …;)
)

// Symbol is a declared name.
type Symbol struct {
	Kind  SymKind
	Name  string
	Pos   frontend.Pos
	Type  *Type // declared type (function type for functions)
	Final bool
	Const any // value of a constant (int64, float64, bool, string, nil)
	// Structured marks a list or mapping constant: its value is built by the
	// module's initialization (Program.StructConsts) and Const is nil.
	Structured bool
	Func       *Function // for SymFunc
	Worker     *Worker   // for SymWorker
	Module     string    // for SymModule: "io", "http", "runtime", "int", ...
	Assigned   bool      // assigned somewhere after its declaration
	Captured   bool      // used from a nested function
	Owner      *Function // function whose local it is (nil for module symbols)
	// Isolated marks an isolated module variable (isolated T x = e;), which is
	// accessed only inside lock statements (isolation.go).
	Isolated bool
	// Aggregated marks a query variable after a group by or in a collect
	// clause: a list of the values it had in the frames of the group (spec
	// "Aggregated variable bindings"), referred to only as a spread.
	Aggregated bool
	used       bool
}

// Function is a function body the code generator emits: a module-level
// function, an anonymous function or an arrow function.
type Function struct {
	Name     string // Ballerina name; "" for anonymous functions
	Decl     frontend.Node
	Type     *Type // KFunc
	Params   []*Symbol
	Defaults []frontend.Expr // per parameter, nil when required
	Rest     *Symbol         // rest parameter, nil when none
	// Included marks the included record parameters (*R r), by parameter index;
	// nil when there is none, and shorter than Params when the last ones are not.
	Included []bool
	IsMain   bool
	IsWorker bool      // the body of a named worker
	Outer    *Function // enclosing function for closures
	// Library is the module declaring an external library function
	// (check/lib): "lang.array", "io"; "" for the program's functions.
	Library string
	// LibName names an external method of a library class in LibraryKey:
	// "Client.init", "Request.setHeader", "Client->get" (remote), "Client/**.get"
	// (a resource method, by its path: ** for a rest segment, * for a parameter).
	LibName string
	// Class is the class of a method (init included); Self its self variable.
	Class *Class
	Self  *Symbol
	// PathParams are the path parameters of a resource method (the first Params).
	PathParams []*frontend.Param
	// Isolated reports that the function is isolated: declared so, or inferred
	// (isolation.go: a non-public function that keeps the rules of an isolated
	// function). A named worker is isolated when its function is. A start of an
	// isolated function with isolated arguments may run on another thread.
	Isolated bool
}

// IsIncluded reports whether parameter i of f is an included record parameter.
func (f *Function) IsIncluded(i int) bool { return i < len(f.Included) && f.Included[i] }

// CallKind says how a call is carried out.
type CallKind int

// The kinds of calls.
const (
	CallFunc      CallKind = iota // a module-level function
	CallValue                     // a value of function type (variable, parameter, expression)
	CallBuiltin                   // a library function or an external method of a library class (Func declares it, see libCall)
	CallError                     // the error constructor
	CallMethod                    // a method of an object: Recv.Method(Args)
	CallNew                       // new C(Args): Class, whose Init (if any) gets the arguments
	CallNewStream                 // new stream<T, C>(Args): Sig.Ret is the stream type, Args its implementor (none: empty)
)

// Call is the resolution of a CallExpr or MethodCallExpr.
type Call struct {
	Kind    CallKind
	Func    *Function       // CallFunc; CallBuiltin: the library function's declaration
	Builtin string          // CallBuiltin: the library function's LibraryKey ("lang.array:push", "http:Client->get")
	Recv    frontend.Expr   // a method call's receiver; for a library function also its first argument (in Args or RestArg)
	Sig     *Type           // the callee's function type; for a library function, with its type parameters substituted
	Args    []frontend.Expr // one per declared parameter in order; nil means use the default
	RestArg []frontend.Expr // extra arguments collected by a rest parameter
	Spread  frontend.Expr   // ...xs passed for the rest parameter
	// SpreadHead is how many leading required parameters the first members
	// of Spread fill: a query's aggregated variable passed alone to a
	// library function (max(x) for int:max(int n, int... ns); spec
	// "Function call expression"). SpreadMayBeEmpty marks one from a collect,
	// whose list may be too short: the call is then ().
	SpreadHead       int
	SpreadMayBeEmpty bool
	Named            map[string]frontend.Expr // named arguments (error constructor detail)
	Method           *Method                  // CallMethod: the method of the receiver's static type
	Class            *Class                   // CallNew
}

// Program is a checked file.
type Program struct {
	File    *frontend.File
	Module  string // file name without .bal: the module name in stack traces
	Types   map[frontend.Expr]*Type
	Uses    map[*frontend.NameExpr]*Symbol
	Defs    map[frontend.Node]*Symbol // VarDecl, Param, ForeachStmt, OnFail, FuncDecl, ConstDecl, capture and rest patterns, ...
	Calls   map[frontend.Expr]*Call
	TypeOf  map[frontend.TypeExpr]*Type
	Funcs   map[frontend.Node]*Function // FuncDecl, FuncExpr, ArrowExpr
	Records []*Type                     // record types needing a Go struct, in first-use order
	Classes []*Class                    // class definitions (in source order) and object constructors
	// ParallelStarts holds the starts whose call is isolated: their strand may run
	// on another thread (the isolation analysis marks them).
	ParallelStarts map[*frontend.StartExpr]bool
	// LockKeys holds the leaf lock statements (lockkey.go) with the variable whose
	// state each protects alone: an isolated module variable, or the self of a method
	// of an isolated class. The other lock statements take the program-wide lock.
	LockKeys map[*frontend.LockStmt]*Symbol
	// ObjectClasses holds the anonymous class of each object constructor.
	ObjectClasses map[*frontend.ObjectConstructorExpr]*Class
	Imports       map[string]string // prefix → module ("io", "http", "runtime", "lang.int")
	// WorkerSets holds the peers of each function with named workers (keyed
	// by its *FuncDecl or *FuncExpr) and of each fork statement.
	WorkerSets map[frontend.Node]*WorkerSet
	Workers    map[*frontend.WorkerDecl]*Worker
	// Actions maps each send, receive, flush and waited-on worker reference
	// to its interaction (slot numbers for code generation).
	Actions map[frontend.Node]*Action
	// Services holds the service declarations in source order.
	Services []*Service
	// AnnotValues holds, for each use of a declared annotation of the
	// program (@a {…}), the annotation's value type (true for one without a
	// value type); codegen attaches the values of those on record types to
	// their descriptors for t.@a.
	AnnotValues map[*frontend.Annotation]*Type
	// StructConsts holds the list and mapping constants in dependency order:
	// the module's initialization builds them before the module variables.
	StructConsts []*frontend.ConstDecl
	// InitOrder holds the module variable and listener declarations in
	// the order their initializers run: each after those it depends on.
	InitOrder []frontend.Decl
	// Compound holds the x op y that each compound assignment x op= y computes; its
	// type (in Types) is the operation's, which reads x with its narrowed type.
	Compound map[*frontend.AssignStmt]*frontend.BinaryExpr
	// Shorthands resolves the variable of each {x} mapping field.
	Shorthands map[*frontend.Field]*Symbol
	// TableKeys holds the key field names of the table each table constructor makes
	// (its own key specifier's, else its contextual type's; nil: keyless).
	TableKeys map[*frontend.TableExpr][]string
	// Patterns describes each node of the binding and match patterns (see
	// PatternInfo); Defs holds the variable of each capture and rest pattern
	// (declared, or assigned by a destructuring assignment).
	Patterns map[frontend.Pattern]*PatternInfo
	// Queries holds what was decided about each query expression and action.
	Queries map[*frontend.QueryExpr]*Query
	Main    *Function
	// Init is the module's init function, called at the end of module
	// initialization (nil when there is none).
	Init *Function

	workerDo map[*frontend.WorkerDecl]*frontend.DoStmt
}

// PatternVars returns the variables binding pattern p declares (or assigns),
// in source order.
func (p *Program) PatternVars(pat frontend.Pattern) []*Symbol {
	var syms []*Symbol
	frontend.Inspect(pat, func(n frontend.Node) bool {
		switch n.(type) {
		case *frontend.CapturePattern, *frontend.RestPattern:
			if sym := p.Defs[n]; sym != nil {
				syms = append(syms, sym)
			}
		}
		return true
	})
	return syms
}

// TypeOfExpr returns the recorded type of e (Invalid when unknown).
func (p *Program) TypeOfExpr(e frontend.Expr) *Type {
	if t := p.Types[e]; t != nil {
		return t
	}
	return Invalid
}

// FuncTypeOf returns the function's own type when e denotes a function itself (its
// name, a function literal), else nil: the function's value belongs to exactly the
// function types above it (isolated ones included, after inference).
func (p *Program) FuncTypeOf(e frontend.Expr) *Type {
	var fn *Function
	switch e := frontend.Unparen(e).(type) {
	case *frontend.NameExpr:
		if sym := p.Uses[e]; sym != nil && sym.Kind == SymFunc {
			fn = sym.Func
		}
	case *frontend.FuncExpr, *frontend.ArrowExpr:
		fn = p.Funcs[e]
	}
	if fn == nil {
		return nil
	}
	return fn.Type
}
