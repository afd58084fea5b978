package frontend

// The nodes of Ballerina's objects: class definitions, object type
// descriptors (ObjectType, in ast.go with the other types) and object
// constructor expressions. The three share their members (ObjectMembers);
// which members each may have is the grammar's business, which qualifiers
// fit where is the checker's (jBallerina, too, reports a misplaced remote
// or private qualifier as a semantic error, not a syntax error).

// ObjectQuals are the qualifiers written before "class" or "object". A
// class may have all of them; an object type or an object constructor only
// Isolated, Client and Service (an object type is made distinct by a
// DistinctType around it).
type ObjectQuals struct {
	Distinct bool
	Readonly bool
	Isolated bool
	Client   bool
	Service  bool
}

// ObjectMembers are the members of a class, an object type or an object
// constructor, each kind in source order.
//
// In a class and an object constructor the methods have bodies and the
// fields may have initializers; in an object type the methods are only
// declared (no body) and the fields have no initializers. An object
// constructor has no type inclusions: it names its included type once, in
// ObjectConstructorExpr.TypeRef.
type ObjectMembers struct {
	Includes  []TypeExpr      // *T;
	Fields    []*ObjectField  // T name [= e];
	Methods   []*FuncDecl     // function m(…) …, remote function m(…) …; init among them
	Resources []*ResourceFunc // resource function get path(…) …
	Rbrace    Pos             // the closing brace
}

// ObjectField: [public|private] [final] [readonly] T name [= expr];
type ObjectField struct {
	node
	Annots   []*Annotation // added by the parser: annotations before the field
	Public   bool
	Private  bool
	Final    bool
	Readonly bool
	Type     TypeExpr
	Name     string
	NameP    Pos
	Value    Expr // the initializer; nil when none (always in an object type)
}

// ClassDecl: [public] {distinct|readonly|isolated|client|service} class NAME { members } [;]
type ClassDecl struct {
	decl
	Annots []*Annotation // added by the parser: annotations before the declaration
	Public bool
	Quals  ObjectQuals
	Name   string
	NameP  Pos
	ObjectMembers
}

// ObjectConstructorExpr: [@annots] {isolated|client|service} object [TypeRef] { members }
//
// Like other nodes after annotations, it takes the position of its first
// token after them (a qualifier or "object").
type ObjectConstructorExpr struct {
	expr
	Annots  []*Annotation
	Quals   ObjectQuals // Isolated, Client, Service
	TypeRef *NamedType  // the object type it includes; nil when none
	ObjectMembers
}
