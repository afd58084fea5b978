package frontend

// The syntax tree. Every node records the position of its first token
// (a ParenExpr, that of the expression inside; see Start). A comment above
// each node shows the surface syntax it stands for.

// Node is any syntax tree node.
type Node interface {
	Pos() Pos
}

// Expr is an expression or an action.
type Expr interface {
	Node
	aExpr()
}

// Stmt is a statement.
type Stmt interface {
	Node
	aStmt()
}

// TypeExpr is a type descriptor as written in the source.
type TypeExpr interface {
	Node
	aType()
}

// Decl is a module-level declaration.
type Decl interface {
	Node
	aDecl()
}

type node struct{ P Pos }

func (n *node) Pos() Pos { return n.P }

type expr struct{ node }

func (*expr) aExpr() {}

type stmt struct{ node }

func (*stmt) aStmt() {}

type typ struct{ node }

func (*typ) aType() {}

type decl struct{ node }

func (*decl) aDecl() {}

// At returns a node base at p; the parser uses it to fill the embedded position.
//
// A node preceded by annotations (a declaration, worker, start action,
// parameter or record field) takes the position of its first token after
// the annotations; the annotations carry their own positions.
func At(p Pos) node { return node{P: p} }

// File is one parsed .bal file.
type File struct {
	Src     *Source
	Imports []*ImportDecl
	Decls   []Decl // in source order, imports excluded
}

// ----------------------------------------------------------------------------
// Declarations

// ImportDecl: import ballerina/io;  import ballerina/lang.'int as ints;
type ImportDecl struct {
	decl
	Org     string   // "ballerina"
	Modules []string // ["lang", "int"], quotes removed
	Alias   string   // "" when not given
	AliasP  Pos
	PrefixP Pos // the prefix's position: the alias, else the last module name
}

// Annotation: @strand {thread: "any"}
type Annotation struct {
	node
	Prefix string // "" or module prefix, as in @http:Header
	Name   string
	Value  *MappingExpr // nil when no value
}

// Param: int x, int y = 5, string... rest
type Param struct {
	node
	Annots   []*Annotation
	Type     TypeExpr
	Name     string
	Default  Expr // nil when none
	Rest     bool
	Included bool // *R r: an included record parameter, whose fields a call may name
}

// FuncSig: (params) returns T
type FuncSig struct {
	Params []*Param
	Return TypeExpr // nil means no returns clause: ()
}

// FuncDecl: [public] [isolated] function NAME (params) [returns T] { body }
//
//	or ... => expr;
//	or ... = external;  (library modules only; see ParseLibrary)
//
// A FuncDecl is also a method: a member of a service, a class, an object
// constructor or an object type (see ObjectMembers), where it may be
// private or remote. In an object type a method is only declared: Body and
// ExprBody are both nil. Methods are FuncDecls, not a node of their own,
// because the checker makes a Function of both alike: a method is a
// function with self in scope.
type FuncDecl struct {
	decl
	Annots   []*Annotation
	Public   bool
	Private  bool // private method
	Isolated bool
	Remote   bool // remote method
	Name     string
	Sig      FuncSig
	Body     *Block // nil for an expression body or an external one
	ExprBody Expr
	External bool // "= external;": implemented by the runtime
}

// ConstDecl: [public] const [T] NAME = expr;
type ConstDecl struct {
	decl
	Annots []*Annotation // added by the parser: annotations before the declaration
	Public bool
	Type   TypeExpr // nil when omitted
	Name   string
	Value  Expr
	// Enum is set on the members of an enum declaration: a member's value
	// must be a string (its Type is nil).
	Enum bool
}

// ModuleVarDecl: [public] [final|isolated|configurable] T NAME = expr;  configurable T x = ?;  T NAME;
type ModuleVarDecl struct {
	decl
	Annots       []*Annotation // added by the parser: annotations before the declaration
	Public       bool
	Final        bool
	Isolated     bool
	Configurable bool
	Type         TypeExpr // nil for var
	Name         string
	Value        Expr // nil for configurable `= ?` and without initializer
	NoInit       bool // T x; without initializer
}

// TypeDecl: [public] type NAME T;
type TypeDecl struct {
	decl
	Annots []*Annotation // added by the parser: annotations before the declaration
	Public bool
	Name   string
	Type   TypeExpr
}

// EnumDecl: [public] enum NAME { A, B = "b", … }
//
// The spec defines it as a constant for each member (its value the member's
// name unless given) and a type definition for the union of the members;
// Members are those constants, each of type string.
type EnumDecl struct {
	decl
	Annots  []*Annotation // added by the parser: annotations before the declaration
	Public  bool
	Name    string
	Members []*ConstDecl
}

// AnnotationDecl: [public] [const] annotation [T] NAME [on type, function, …];
//
// Points are the attach points as written, one per comma-separated item
// ("type", "source var", "object function", "record field"); none means the
// annotation attaches nowhere but may still be declared.
type AnnotationDecl struct {
	decl
	Annots []*Annotation // added by the parser: annotations before the declaration
	Public bool
	Const  bool
	Type   TypeExpr // nil: the annotation has no value (its type is true)
	Name   string
	NameP  Pos
	Points []string
}

// ListenerDecl: listener http:Listener NAME = new (port);
type ListenerDecl struct {
	decl
	Annots []*Annotation // added by the parser: annotations before the declaration
	Type   TypeExpr      // nil when omitted
	Name   string
	Value  Expr
}

// ServiceDecl: [isolated] service /base/path on l1, l2 { members }
type ServiceDecl struct {
	decl
	Annots    []*Annotation
	Isolated  bool     // isolated service … (the service object is isolated)
	Path      []string // absolute resource path segments; nil for "/"
	PathLit   string   // set instead of Path when written as a string literal
	Listeners []Expr
	Resources []*ResourceFunc
	Methods   []*FuncDecl // plain and remote functions
}

// ResourceFunc: resource function get albums/[string id](params) returns T { body }
//
// In a service, the body is a block. In a class or an object constructor it
// may be an expression body (=> e;); in an object type there is none (Body
// and ExprBody are nil) and a path parameter may have no name.
type ResourceFunc struct {
	node
	Annots   []*Annotation
	Isolated bool   // added by the parser: isolated resource function
	Accessor string // get, post, put, delete, patch, head, options, default
	Path     []*ResourceSeg
	Sig      FuncSig
	Body     *Block
	ExprBody Expr
	External bool // "= external;" (library modules only)
}

// ResourceSeg is one segment of a resource path: a name, [T param], [T... rest] or "." (the root).
type ResourceSeg struct {
	node
	Name  string   // literal segment
	Type  TypeExpr // parameter segment type; nil for a literal segment
	Param string   // parameter name; "" when omitted (object types only)
	Rest  bool
}

// ----------------------------------------------------------------------------
// Statements

// Block: { stmts }
type Block struct {
	stmt
	Stmts  []Stmt
	Rbrace Pos
}

// VarDecl: [final] T x = e;   var x = e;   T x;
type VarDecl struct {
	stmt
	Final bool
	Type  TypeExpr // nil for var
	Name  string
	NameP Pos
	Value Expr // nil when there is no initializer
}

// AssignStmt: lhs = e;   lhs op= e;
type AssignStmt struct {
	stmt
	Lhs   Expr
	Op    Op // OpNone for plain =, else OpAdd, OpSub, OpMul, OpDiv, OpMod, OpAnd, OpOr, OpXor, OpShl, OpShr, OpUshr
	Value Expr
}

// ExprStmt: call(...);  e ->> w;  wait w;  flush w;  check f();
type ExprStmt struct {
	stmt
	X Expr
}

// SendStmt: e -> w;
//
// An async send is only a statement (Ballerina spec, "Send action"); in an
// expression the parser reports it. It takes the position of the value.
type SendStmt struct {
	stmt
	Send
}

// IfStmt: if cond { } [else if ... | else { }]
type IfStmt struct {
	stmt
	Cond Expr
	Then *Block
	Else Stmt // nil, *Block or *IfStmt
}

// WhileStmt: while cond { }
type WhileStmt struct {
	stmt
	Cond   Expr
	Body   *Block
	OnFail *OnFail
}

// ForeachStmt: foreach T x in e { }   foreach var x in a ..< b { }   foreach var [k, v] in m.entries() { }
type ForeachStmt struct {
	stmt
	Type    TypeExpr // nil for var
	Name    string   // "" when Pattern is set
	NameP   Pos
	Pattern Pattern // a list, mapping or error binding pattern; nil for a variable name
	Iter    Expr
	Body    *Block
	OnFail  *OnFail
}

// BreakStmt: break;
type BreakStmt struct{ stmt }

// ContinueStmt: continue;
type ContinueStmt struct{ stmt }

// ReturnStmt: return [e];
type ReturnStmt struct {
	stmt
	X Expr // nil for a bare return
}

// PanicStmt: panic e;
type PanicStmt struct {
	stmt
	X Expr
}

// FailStmt: fail e;
type FailStmt struct {
	stmt
	X Expr
}

// MatchStmt: match e { p1 | p2 if guard => { } _ => { } }
type MatchStmt struct {
	stmt
	X       Expr
	Clauses []*MatchClause
}

// MatchClause: pattern [| pattern] [if guard] => { }
type MatchClause struct {
	node
	Patterns []Pattern
	Guard    Expr // nil when none
	Body     *Block
}

// OnFail: on fail [T|var] e { }
type OnFail struct {
	node
	Type    TypeExpr // nil for var or no variable
	VarName string   // "" when no variable
	VarP    Pos
	Body    *Block
}

// DoStmt: do { } [on fail var e { }]
type DoStmt struct {
	stmt
	Body   *Block
	OnFail *OnFail
}

// LockStmt: lock { }
type LockStmt struct {
	stmt
	Body   *Block
	OnFail *OnFail
}

// ForkStmt: fork { worker a { } worker b { } }
type ForkStmt struct {
	stmt
	Workers []*WorkerDecl
	Rbrace  Pos
}

// WorkerDecl: [@annots] worker NAME [returns T] { } [on fail var e { }]
type WorkerDecl struct {
	stmt
	Annots []*Annotation
	Name   string
	NameP  Pos
	Return TypeExpr // nil means ()
	Body   *Block
	OnFail *OnFail
}

// ----------------------------------------------------------------------------
// Expressions

// BadExpr stands where an expression failed to parse.
type BadExpr struct{ expr }

// InferTypedescExpr is the default `<>` of a typedesc parameter
// (typedesc<anydata> t = <>): the argument, when omitted, is the type the call's
// context expects, which the return type mentions (returns t|error).
type InferTypedescExpr struct{ expr }

// NameExpr: x   io:println   ints:fromString
type NameExpr struct {
	expr
	Prefix string // module prefix, "" when unqualified
	Name   string
}

// IntLit: 42  0x2A
//
// The parser reports literals above MaxInt64 ("integer literal out of
// range") and marks them Bad, with one exception: in -9223372036854775808
// the literal is the direct operand of unary minus; it is then kept as
// UnaryExpr{Op: OpNeg, X: &IntLit{Value: 1 << 63}} with Bad false.
type IntLit struct {
	expr
	Raw   string
	Value uint64 // may exceed int64 only as the operand of unary minus
	Bad   bool   // out of range; reported by the parser
}

// FloatLit: 1.5  1e10  2.0f
type FloatLit struct {
	expr
	Raw     string
	Value   float64
	Decimal bool // written with a d/D suffix
}

// StringLit: "text"
type StringLit struct {
	expr
	Value string // escapes resolved
}

// BoolLit: true false
type BoolLit struct {
	expr
	Value bool
}

// NilLit: ()   null
type NilLit struct{ expr }

// TemplateExpr: string `a ${x} b`; len(Strings) == len(Exprs)+1
type TemplateExpr struct {
	expr
	Tag     string // "string" (others rejected by the checker)
	Strings []string
	Exprs   []Expr
}

// ListExpr: [a, b, ...c]
type ListExpr struct {
	expr
	Elems []Expr // may contain *SpreadExpr
	// Bytes marks a byte array literal (base16 `aa bb`, base64 `qrs=`): its
	// Elems are the bytes as int literals, and its own type is byte[N].
	Bytes bool
}

// SpreadExpr: ...e inside a list constructor, mapping constructor or call arguments.
type SpreadExpr struct {
	expr
	X Expr
}

// MappingExpr: {a: 1, "b": 2, [k]: v, c, ...m}
type MappingExpr struct {
	expr
	Fields []*Field
	Rbrace Pos
}

// Field is one member of a mapping constructor.
type Field struct {
	node
	Name     string // identifier or string-literal key; "" when computed or spread
	Computed Expr   // [k]: v
	Value    Expr   // nil for the shorthand {c}, where the value is the variable c
	Spread   Expr   // ...m
	Readonly bool
}

// ParenExpr: ( e )
//
// Unlike other nodes, it takes the position of e, not of its '(': a
// diagnostic about the value, and about an operation that starts with it,
// points at the expression itself (jBallerina checks a group expression by
// checking the expression inside). Lparen and Rparen are the parentheses.
type ParenExpr struct {
	expr
	X      Expr
	Lparen Pos
	Rparen Pos
}

// Unparen returns e without the parentheses around it: the expression
// that decides what e is, for code that looks at the kind of an operand.
func Unparen(e Expr) Expr {
	for {
		p, ok := e.(*ParenExpr)
		if !ok {
			return e
		}
		e = p.X
	}
}

// Start returns where the text of e begins: its position, or the '(' of
// a parenthesized expression at its left edge, as in (a + b) * c, which
// takes the position of a like its left operand does.
func Start(e Expr) Pos {
	for {
		switch x := e.(type) {
		case *ParenExpr:
			return x.Lparen
		case *BinaryExpr:
			e = x.X
		case *TypeTestExpr:
			e = x.X
		case *CondExpr:
			e = x.Cond
		case *FieldExpr:
			e = x.X
		case *IndexExpr:
			e = x.X
		case *CallExpr:
			e = x.Fun
		case *MethodCallExpr:
			e = x.Recv
		case *RemoteCallExpr:
			e = x.Client
		case *ResourceCallExpr:
			e = x.Client
		case *SendExpr:
			e = x.X
		default:
			return e.Pos()
		}
	}
}

// UnaryExpr: -x  !x  ~x  +x
type UnaryExpr struct {
	expr
	Op Op // OpNeg, OpNot, OpBitNot or OpPlus
	X  Expr
}

// BinaryExpr: x op y, for the arithmetic, comparison, equality, bitwise,
// logical, range (... ..<) and elvis (?:) operators.
type BinaryExpr struct {
	expr // position of the left operand
	Op   Op
	OpP  Pos
	X, Y Expr
}

// TypeTestExpr: x is T   x !is T
type TypeTestExpr struct {
	expr
	X    Expr
	Type TypeExpr
	Not  bool
}

// CondExpr: c ? a : b
type CondExpr struct {
	expr
	Cond, Then, Else Expr
}

// LetExpr: let int x = 1, var [a, b] = t in x + a
//
// Decls are *VarDecl and *BindingDecl, final; their scope is the later
// declarations and Body.
type LetExpr struct {
	expr
	Decls []Stmt
	Body  Expr
}

// CastExpr: <T> x
type CastExpr struct {
	expr
	Type TypeExpr
	X    Expr
}

// TypeofExpr: typeof x
type TypeofExpr struct {
	expr
	X Expr
}

// TypeDescExpr is a type descriptor written where an expression is
// expected, which makes it a typedesc value: the int in j.ensureType(int),
// the map<json> in value:cloneWithType(v, map<json>).
type TypeDescExpr struct {
	expr
	Type TypeExpr
}

// Arg is a call argument: e, name = e, or ...e.
type Arg struct {
	Name  string // named argument
	NameP Pos
	Value Expr
	Rest  bool
}

// CallExpr: f(args)   io:println(args)   error("m", cause, k = v)   (anonymous)(args)
type CallExpr struct {
	expr
	Fun    Expr
	Args   []*Arg
	Rparen Pos
}

// MethodCallExpr: x.m(args)
type MethodCallExpr struct {
	expr
	Recv   Expr
	Name   string
	NameP  Pos
	Args   []*Arg
	Rparen Pos
}

// FieldExpr: x.f   x?.f
type FieldExpr struct {
	expr
	X        Expr
	Name     string
	NameP    Pos
	Optional bool
}

// AnnotAccessExpr: t.@a   t.@m:a — the value of annotation a on the type t is a typedesc of
type AnnotAccessExpr struct {
	expr
	X      Expr
	Prefix string
	Name   string
	NameP  Pos
}

// IndexExpr: x[i]   t[k1, k2]
type IndexExpr struct {
	expr
	X     Expr
	Index Expr
	// Multi marks a multi-key member access t[k1, k2] of a table: Index is then a
	// *ListExpr of the keys, the table's key value being their list.
	Multi bool
}

// CheckExpr: check e   checkpanic e
type CheckExpr struct {
	expr
	X     Expr
	Panic bool
}

// TrapExpr: trap e
type TrapExpr struct {
	expr
	X Expr
}

// ErrorCtorExpr: error("msg")  error("msg", cause)  error("msg", code = 1)  error MyError("m")
type ErrorCtorExpr struct {
	expr
	Type TypeExpr // nil for plain error
	Args []*Arg
}

// NewExpr: new (args)   new http:Client(args)   new
type NewExpr struct {
	expr
	Type TypeExpr // nil when inferred from the context
	Args []*Arg
}

// FuncExpr: function (params) returns T { body }   function (params) => expr
type FuncExpr struct {
	expr
	Isolated bool
	Sig      FuncSig
	Body     *Block
	ExprBody Expr
}

// ArrowExpr: x => e   (x, y) => e
type ArrowExpr struct {
	expr
	Params []*NameExpr
	Body   Expr
}

// StartExpr: [@strand {…}] start f(args)
type StartExpr struct {
	expr
	Annots []*Annotation
	Call   Expr // *CallExpr, *MethodCallExpr, *RemoteCallExpr or *ResourceCallExpr
}

// WaitExpr: wait f   wait f1 | f2 | f3
type WaitExpr struct {
	expr
	Futures []Expr // one for a single wait, more for an alternate wait
}

// WaitField is one entry of a multiple wait: key: future, or future alone.
// For the shorthand {w1, w2} the parser sets Key to the name and Future to
// a *NameExpr for it, so Key is never empty in a well-formed tree.
type WaitField struct {
	Key    string
	KeyP   Pos
	Future Expr
}

// MultiWaitExpr: wait {a: f1, b: f2}   wait {w1, w2}
type MultiWaitExpr struct {
	expr
	Fields []*WaitField
}

// PeerRef names a peer worker: a worker name, or "function" for the default worker.
type PeerRef struct {
	P    Pos
	Name string
}

// ReceiveExpr: <- w   <- w1 | w2
type ReceiveExpr struct {
	expr
	Peers []*PeerRef
}

// ReceiveField is one entry of a multiple receive. For the shorthand
// <- {w1, w2} the parser sets Key to the peer's name, as for WaitField.
type ReceiveField struct {
	Key  string
	KeyP Pos
	Peer *PeerRef
}

// MultiReceiveExpr: <- {a: w1, b: w2}   <- {w1, w2}
type MultiReceiveExpr struct {
	expr
	Fields []*ReceiveField
}

// Send is what both kinds of worker send hold: the value, the peer and the
// position of the arrow.
type Send struct {
	X      Expr
	Peer   *PeerRef
	ArrowP Pos
}

// SendExpr: e ->> w
//
// A sync send is an action with a value; the async e -> w is a SendStmt.
// It takes the position of the value.
type SendExpr struct {
	expr
	Send
}

// SendOf returns the send that n is, if any, and whether it is the sync
// one: code that treats both kinds alike (the worker analysis, the
// generator, the diagrams) reads them through it.
func SendOf(n Node) (s *Send, sync bool) {
	switch n := n.(type) {
	case *SendStmt:
		return &n.Send, false
	case *SendExpr:
		return &n.Send, true
	}
	return nil, false
}

// FlushExpr: flush   flush w
type FlushExpr struct {
	expr
	Peer *PeerRef // nil flushes every peer
}

// RemoteCallExpr: c->get("/path")
type RemoteCallExpr struct {
	expr
	Client Expr
	Method string
	Args   []*Arg
}

// ResourceCallExpr: c->/albums/[id].get(args)   c->/albums
type ResourceCallExpr struct {
	expr
	Client Expr
	Path   []*ResourceCallSeg
	Method string // "" when omitted (get, or post with a payload argument)
	Args   []*Arg
}

// ResourceCallSeg: name or [expr] in a resource call path.
type ResourceCallSeg struct {
	Name string
	X    Expr
}

// WildcardExpr: _ as an expression: the target of `_ = e;`, or a member of a
// list or mapping constructor that the parser turns into a binding pattern.
type WildcardExpr struct{ expr }

// ----------------------------------------------------------------------------
// Type descriptors

// BadType stands where a type failed to parse.
type BadType struct{ typ }

// BuiltinType: int float decimal boolean string byte any anydata json error never readonly handle
type BuiltinType struct {
	typ
	Name string
}

// NilType: ()   null
type NilType struct{ typ }

// NamedType: Person   http:Client
type NamedType struct {
	typ
	Prefix string
	Name   string
}

// ArrayType: T[]  T[3]  T[*]
type ArrayType struct {
	typ
	Elem     TypeExpr
	Len      Expr // nil when open
	Inferred bool // T[*]
}

// OptionalType: T?
type OptionalType struct {
	typ
	Elem TypeExpr
}

// UnionType: A|B|C
type UnionType struct {
	typ
	Members []TypeExpr
}

// IntersectionType: A & B
type IntersectionType struct {
	typ
	Members []TypeExpr
}

// TupleType: [A, B, C...]
type TupleType struct {
	typ
	Members []TypeExpr
	Rest    TypeExpr // nil when none
}

// MapType: map<T>
type MapType struct {
	typ
	Elem TypeExpr
}

// FutureType: future<T>  future
type FutureType struct {
	typ
	Elem TypeExpr // nil for future<any>
}

// StreamType: stream<T, C>  stream<T>  stream
type StreamType struct {
	typ
	Elem       TypeExpr // nil for a bare stream (any stream)
	Completion TypeExpr // nil when not written: ()
}

// ErrorType: error<D>
type ErrorType struct {
	typ
	Detail TypeExpr
}

// TypedescType: typedesc<T>
type TypedescType struct {
	typ
	Elem TypeExpr
}

// RecordField: T name;  T name?;  T name = default;  readonly T name;
type RecordField struct {
	node
	Annots   []*Annotation // added by the parser: annotations before the field
	Readonly bool
	Type     TypeExpr
	Name     string
	Optional bool
	Default  Expr
}

// RecordType: record { fields }   record {| fields; T...; |}
type RecordType struct {
	typ
	Closed   bool
	Fields   []*RecordField
	Includes []TypeExpr // *T;
	Rest     TypeExpr   // T...; nil when none
}

// FuncType: [isolated] function (T, U) returns V   function
type FuncType struct {
	typ
	Isolated bool
	Params   []*Param // names may be empty
	Return   TypeExpr
	Any      bool // bare `function`
}

// SingletonType: a literal used as a type: "a", 1, true, -1
type SingletonType struct {
	typ
	Value Expr
}

// DistinctType: distinct T
type DistinctType struct {
	typ
	Elem TypeExpr
}

// ObjectType: object { members }, with the qualifiers isolated, client or
// service before "object". Its fields have no initializers, its methods no
// bodies (see ObjectMembers).
type ObjectType struct {
	typ
	Quals ObjectQuals // Isolated, Client, Service
	ObjectMembers
}

// KeySpec: key(a, b), the key specifier of a table type or constructor; key() has
// no names.
type KeySpec struct {
	node
	Names  []string
	NamePs []Pos // the position of each name
}

// TableType: table<R>   table<R> key(a, b)   table<R> key<K>
type TableType struct {
	typ
	Row      TypeExpr
	Key      *KeySpec // key(…); nil when none
	KeyType  TypeExpr // key<K>; nil when none
	KeyTypeP Pos      // the position of key<K>
}

// TableExpr: table [{…}, …]   table key(id) [{…}, …]
type TableExpr struct {
	expr
	Key  *KeySpec // nil when the constructor has none
	Rows []*MappingExpr
}
