package frontend

// Inspect walks the syntax tree under n in source order, calling f for each
// node; f returning false skips the node's children. Type descriptors are
// not visited.
//
// A function's body belongs to the function: the body of a method (a
// *FuncDecl or *ResourceFunc inside a class or an object constructor), as
// that of a function literal, is visited under its own node, so that a
// caller that looks at one function's code can skip the functions nested
// in it. The members of a class and an object constructor are visited
// kind by kind: field initializers, then methods, then resource methods.
func Inspect(n Node, f func(Node) bool) {
	if n == nil || !f(n) {
		return
	}
	ex := func(es ...Expr) {
		for _, e := range es {
			if e != nil {
				Inspect(e, f)
			}
		}
	}
	args := func(as []*Arg) {
		for _, a := range as {
			ex(a.Value)
		}
	}
	block := func(b *Block) {
		if b != nil {
			Inspect(b, f)
		}
	}
	onFail := func(o *OnFail) {
		if o != nil {
			block(o.Body)
		}
	}
	defaults := func(ps []*Param) {
		for _, prm := range ps {
			ex(prm.Default)
		}
	}
	members := func(m *ObjectMembers) {
		for _, fl := range m.Fields {
			ex(fl.Value)
		}
		for _, fn := range m.Methods {
			Inspect(fn, f)
		}
		for _, r := range m.Resources {
			Inspect(r, f)
		}
	}
	switch n := n.(type) {
	case *File:
		for _, d := range n.Decls {
			Inspect(d, f)
		}
	case *FuncDecl:
		defaults(n.Sig.Params)
		block(n.Body)
		ex(n.ExprBody)
	case *ResourceFunc:
		defaults(n.Sig.Params)
		block(n.Body)
		ex(n.ExprBody)
	case *ServiceDecl:
		ex(n.Listeners...)
		for _, r := range n.Resources {
			Inspect(r, f)
		}
		for _, fn := range n.Methods {
			Inspect(fn, f)
		}
	case *ClassDecl:
		members(&n.ObjectMembers)
	case *ConstDecl:
		ex(n.Value)
	case *EnumDecl:
		for _, m := range n.Members {
			Inspect(m, f)
		}
	case *ModuleVarDecl:
		ex(n.Value)
	case *ListenerDecl:
		ex(n.Value)
	case *Block:
		for _, s := range n.Stmts {
			Inspect(s, f)
		}
	case *VarDecl:
		ex(n.Value)
	case *BindingDecl:
		Inspect(n.Pattern, f)
		ex(n.Value)
	case *DestructureStmt:
		Inspect(n.Pattern, f)
		ex(n.Value)
	case *AssignStmt:
		ex(n.Lhs, n.Value)
	case *ExprStmt:
		ex(n.X)
	case *SendStmt:
		ex(n.X)
	case *IfStmt:
		ex(n.Cond)
		block(n.Then)
		if n.Else != nil {
			Inspect(n.Else, f)
		}
	case *WhileStmt:
		ex(n.Cond)
		block(n.Body)
		onFail(n.OnFail)
	case *ForeachStmt:
		if n.Pattern != nil {
			Inspect(n.Pattern, f)
		}
		ex(n.Iter)
		block(n.Body)
		onFail(n.OnFail)
	case *ReturnStmt:
		ex(n.X)
	case *PanicStmt:
		ex(n.X)
	case *FailStmt:
		ex(n.X)
	case *MatchStmt:
		ex(n.X)
		for _, cl := range n.Clauses {
			for _, p := range cl.Patterns {
				Inspect(p, f)
			}
			ex(cl.Guard)
			block(cl.Body)
		}
	case *DoStmt:
		block(n.Body)
		onFail(n.OnFail)
	case *LockStmt:
		block(n.Body)
		onFail(n.OnFail)
	case *ForkStmt:
		for _, w := range n.Workers {
			Inspect(w, f)
		}
	case *WorkerDecl:
		block(n.Body)
		onFail(n.OnFail)
	case Pattern:
		inspectPattern(n, f)
	case *TemplateExpr:
		ex(n.Exprs...)
	case *ListExpr:
		ex(n.Elems...)
	case *SpreadExpr:
		ex(n.X)
	case *TableExpr:
		for _, r := range n.Rows {
			Inspect(r, f)
		}
	case *MappingExpr:
		for _, fl := range n.Fields {
			ex(fl.Computed, fl.Value, fl.Spread)
		}
	case *ParenExpr:
		ex(n.X)
	case *UnaryExpr:
		ex(n.X)
	case *BinaryExpr:
		ex(n.X, n.Y)
	case *TypeTestExpr:
		ex(n.X)
	case *CondExpr:
		ex(n.Cond, n.Then, n.Else)
	case *AnnotAccessExpr:
		ex(n.X)
	case *LetExpr:
		for _, d := range n.Decls {
			Inspect(d, f)
		}
		ex(n.Body)
	case *QueryExpr:
		for _, c := range n.Clauses {
			Inspect(c, f)
		}
		ex(n.Select, n.Collect)
		block(n.Do)
		ex(n.OnConflict)
	case *FromClause:
		if n.Pattern != nil {
			Inspect(n.Pattern, f)
		}
		ex(n.Iter)
	case *WhereClause:
		ex(n.Cond)
	case *LetClause:
		for _, d := range n.Decls {
			Inspect(d, f)
		}
	case *JoinClause:
		if n.Pattern != nil {
			Inspect(n.Pattern, f)
		}
		ex(n.Iter, n.On, n.Equals)
	case *OrderByClause:
		for _, k := range n.Keys {
			ex(k.X)
		}
	case *LimitClause:
		ex(n.N)
	case *GroupByClause:
		for _, k := range n.Keys {
			ex(k.X)
		}
	case *CastExpr:
		ex(n.X)
	case *TypeofExpr:
		ex(n.X)
	case *CallExpr:
		ex(n.Fun)
		args(n.Args)
	case *MethodCallExpr:
		ex(n.Recv)
		args(n.Args)
	case *FieldExpr:
		ex(n.X)
	case *IndexExpr:
		ex(n.X, n.Index)
	case *CheckExpr:
		ex(n.X)
	case *TrapExpr:
		ex(n.X)
	case *ErrorCtorExpr:
		args(n.Args)
	case *NewExpr:
		args(n.Args)
	case *FuncExpr:
		defaults(n.Sig.Params)
		block(n.Body)
		ex(n.ExprBody)
	case *ObjectConstructorExpr:
		members(&n.ObjectMembers)
	case *ArrowExpr:
		ex(n.Body)
	case *StartExpr:
		ex(n.Call)
	case *WaitExpr:
		ex(n.Futures...)
	case *MultiWaitExpr:
		for _, fl := range n.Fields {
			ex(fl.Future)
		}
	case *SendExpr:
		ex(n.X)
	case *RemoteCallExpr:
		ex(n.Client)
		args(n.Args)
	case *ResourceCallExpr:
		ex(n.Client)
		for _, s := range n.Path {
			ex(s.X)
		}
		args(n.Args)
	}
}

// inspectPattern visits the sub-patterns of p and the expressions of its
// constant patterns.
func inspectPattern(p Pattern, f func(Node) bool) {
	sub := func(q Pattern) {
		if q != nil {
			Inspect(q, f)
		}
	}
	rest := func(r *RestPattern) {
		if r != nil {
			Inspect(r, f)
		}
	}
	switch p := p.(type) {
	case *ConstPattern:
		Inspect(p.X, f)
	case *VarPattern:
		sub(p.P)
	case *ListPattern:
		for _, m := range p.Members {
			sub(m)
		}
		rest(p.Rest)
	case *MappingPattern:
		for _, fp := range p.Fields {
			sub(fp.P)
		}
		rest(p.Rest)
	case *ErrorPattern:
		sub(p.Message)
		sub(p.Cause)
		for _, fp := range p.Fields {
			sub(fp.P)
		}
		rest(p.Rest)
	}
}
