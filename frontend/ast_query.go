package frontend

// Query expressions and query actions (spec "Query expression", "Query
// action"): a pipeline of clauses, each turning a sequence of frames into
// another, ended by select, collect or do.

// QueryExpr: from T x in e where c let T y = f order by k limit n select v
//
//	map from var [k, v] in entries select [k, v] on conflict err
//	table key(id) from var r in rows select r
//	stream from var x in xs select x
//	from var x in xs collect sum(x)
//	from var x in xs do { … }
//
// Clauses holds the pipeline; the first is a *FromClause. Exactly one of
// Select, Collect and Do is set (Do makes it a query action).
type QueryExpr struct {
	expr
	Construct  string   // "", "map", "table" or "stream"
	Key        *KeySpec // the key specifier of "table key(a, b)"; nil without one
	Clauses    []QueryClause
	Select     Expr
	Collect    Expr
	Do         *Block
	OnConflict Expr // nil when there is no on conflict clause
	EndP       Pos  // the select, collect or do keyword
}

// QueryClause is an intermediate clause of a query pipeline.
type QueryClause interface {
	Node
	aClause()
}

type clause struct{ node }

func (*clause) aClause() {}

// FromClause: from T x in e   from var {a, b} in e
type FromClause struct {
	clause
	Type    TypeExpr // nil for var
	Name    string   // "" when Pattern is set
	NameP   Pos
	Pattern Pattern
	Iter    Expr
}

// WhereClause: where c
type WhereClause struct {
	clause
	Cond Expr
}

// LetClause: let T x = e, var [a, b] = f
//
// Decls are final *VarDecl and *BindingDecl, as in a LetExpr.
type LetClause struct {
	clause
	Decls []Stmt
}

// JoinClause: [outer] join T x in e on l equals r
type JoinClause struct {
	clause
	Outer   bool
	Type    TypeExpr // nil for var
	Name    string   // "" when Pattern is set
	NameP   Pos
	Pattern Pattern
	Iter    Expr
	On      Expr // evaluated with the earlier clauses' variables
	Equals  Expr // evaluated with the join's own variables
}

// OrderByClause: order by k1 ascending, k2 descending
type OrderByClause struct {
	clause
	Keys []*OrderKey
}

// OrderKey is one key of an order by clause.
type OrderKey struct {
	X          Expr
	Descending bool
}

// LimitClause: limit n
type LimitClause struct {
	clause
	N Expr
}

// GroupByClause: group by k1, var k2 = e
type GroupByClause struct {
	clause
	Keys []*GroupKey
}

// GroupKey is one grouping key: a variable of the pipeline (X is nil), or
// a new variable bound to an expression (T k = e, var k = e). It is a Node
// so that the checker can record the variable it names.
type GroupKey struct {
	P     Pos
	Type  TypeExpr // nil for var or a plain variable
	Name  string
	NameP Pos
	X     Expr // nil when the key is an existing variable
}

// Pos returns the position of the grouping key.
func (k *GroupKey) Pos() Pos { return k.P }

// SpreadOf returns the spread ...x. The checker treats a reference to an
// aggregated variable of a query (after group by, in collect) as one, as
// the spec says ("an identifier x that refers to an aggregated variable
// binding is treated like a spread ...x").
func SpreadOf(x Expr) *SpreadExpr { return &SpreadExpr{expr: expr{At(x.Pos())}, X: x} }
