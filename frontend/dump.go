package frontend

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// Dump renders a syntax tree as text, one line per node:
//
//	LINE:COL Kind key fields
//
// with children indented by two spaces below their parent. A child whose
// role is not clear from its kind carries a label ("returns: ", "guard: ",
// "default: ", "else: ", "len: ", "rest: ", "include: ", "key: ", "ref: "). The
// output is deterministic; tests compare it with hand-written expectations.
func Dump(n Node) string {
	d := &dumper{}
	d.node("", n)
	return d.b.String()
}

type dumper struct {
	b      strings.Builder
	indent int
}

func posText(p Pos) string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

// line writes one line; label may be "".
func (d *dumper) line(label string, pos Pos, kind string, fields ...string) {
	for range d.indent {
		d.b.WriteString("  ")
	}
	if label != "" {
		d.b.WriteString(label)
		d.b.WriteString(": ")
	}
	d.b.WriteString(posText(pos))
	d.b.WriteByte(' ')
	d.b.WriteString(kind)
	for _, f := range fields {
		if f != "" {
			d.b.WriteByte(' ')
			d.b.WriteString(f)
		}
	}
	d.b.WriteByte('\n')
}

// plain writes a line for a helper value without a position of its own.
func (d *dumper) plain(label, kind string, fields ...string) {
	for range d.indent {
		d.b.WriteString("  ")
	}
	if label != "" {
		d.b.WriteString(label)
		d.b.WriteString(": ")
	}
	d.b.WriteString(kind)
	for _, f := range fields {
		if f != "" {
			d.b.WriteByte(' ')
			d.b.WriteString(f)
		}
	}
	d.b.WriteByte('\n')
}

func flag(on bool, s string) string {
	if on {
		return s
	}
	return ""
}

func qualified(prefix, name string) string {
	if prefix == "" {
		return name
	}
	return prefix + ":" + name
}

// isNil reports whether a Node interface holds nothing or a nil pointer.
func isNil(n Node) bool {
	if n == nil {
		return true
	}
	v := reflect.ValueOf(n)
	return v.Kind() == reflect.Pointer && v.IsNil()
}

// Pos makes *File a Node, so that Dump accepts a whole file; a file starts
// at line 1, column 1.
func (f *File) Pos() Pos { return Pos{Src: f.Src, Line: 1, Col: 1} }

func (d *dumper) children(f func()) {
	d.indent++
	f()
	d.indent--
}

func (d *dumper) annots(list []*Annotation) {
	for _, a := range list {
		d.node("", a)
	}
}

func (d *dumper) args(list []*Arg) {
	for _, a := range list {
		switch {
		case a.Rest:
			d.plain("", "Arg", "...")
		case a.Name != "":
			d.plain("", "Arg", a.Name+"=", posText(a.NameP))
		default:
			d.plain("", "Arg")
		}
		d.children(func() { d.node("", a.Value) })
	}
}

func (d *dumper) peer(label string, r *PeerRef) {
	if r == nil {
		return
	}
	d.line(label, r.P, "Peer", r.Name)
}

func (d *dumper) sig(s FuncSig) {
	for _, prm := range s.Params {
		d.node("", prm)
	}
	d.node("returns", s.Return)
}

// members dumps the members of a class, object type or object
// constructor: inclusions, fields, methods, resource methods.
func (d *dumper) members(m *ObjectMembers) {
	for _, inc := range m.Includes {
		d.node("include", inc)
	}
	for _, f := range m.Fields {
		d.node("", f)
	}
	for _, fn := range m.Methods {
		d.node("", fn)
	}
	for _, r := range m.Resources {
		d.node("", r)
	}
}

// quals renders the qualifiers of a class or an object.
func quals(q ObjectQuals) []string {
	return []string{flag(q.Distinct, "distinct"), flag(q.Readonly, "readonly"), flag(q.Isolated, "isolated"),
		flag(q.Client, "client"), flag(q.Service, "service")}
}

func (d *dumper) onFail(o *OnFail) {
	if o != nil {
		d.node("", o)
	}
}

func (d *dumper) node(label string, n Node) {
	if isNil(n) {
		return
	}
	switch n := n.(type) {
	case *File:
		name := ""
		if n.Src != nil {
			name = n.Src.Name
		}
		d.plain(label, "File", name)
		d.children(func() {
			for _, imp := range n.Imports {
				d.node("", imp)
			}
			for _, decl := range n.Decls {
				d.node("", decl)
			}
		})

	// Declarations
	case *ImportDecl:
		path := strings.Join(n.Modules, ".")
		if n.Org != "" {
			path = n.Org + "/" + path
		}
		alias := ""
		if n.Alias != "" {
			alias = "as " + n.Alias
		}
		d.line(label, n.Pos(), "ImportDecl", path, alias)
	case *Annotation:
		d.line(label, n.Pos(), "Annotation", "@"+qualified(n.Prefix, n.Name))
		d.children(func() {
			if n.Value != nil {
				d.node("", n.Value)
			}
		})
	case *Param:
		d.line(label, n.Pos(), "Param", n.Name, flag(n.Rest, "rest"))
		d.children(func() {
			d.annots(n.Annots)
			d.node("", n.Type)
			d.node("default", n.Default)
		})
	case *FuncDecl:
		d.line(label, n.Pos(), "FuncDecl", n.Name, flag(n.Public, "public"), flag(n.Private, "private"),
			flag(n.Isolated, "isolated"), flag(n.Remote, "remote"))
		d.children(func() {
			d.annots(n.Annots)
			d.sig(n.Sig)
			d.node("", n.Body)
			d.node("", n.ExprBody)
		})
	case *ConstDecl:
		d.line(label, n.Pos(), "ConstDecl", n.Name, flag(n.Public, "public"))
		d.children(func() {
			d.annots(n.Annots)
			d.node("", n.Type)
			d.node("", n.Value)
		})
	case *AnnotationDecl:
		d.line(label, n.Pos(), "AnnotationDecl", n.Name, flag(n.Public, "public"), flag(n.Const, "const"),
			"on "+strings.Join(n.Points, ", "))
		d.children(func() {
			d.annots(n.Annots)
			d.node("", n.Type)
		})
	case *EnumDecl:
		d.line(label, n.Pos(), "EnumDecl", n.Name, flag(n.Public, "public"))
		d.children(func() {
			d.annots(n.Annots)
			for _, m := range n.Members {
				d.node("", m)
			}
		})
	case *ModuleVarDecl:
		d.line(label, n.Pos(), "ModuleVarDecl", n.Name, flag(n.Type == nil, "var"), flag(n.Public, "public"),
			flag(n.Final, "final"), flag(n.Isolated, "isolated"), flag(n.Configurable, "configurable"),
			flag(n.Value == nil && !n.NoInit, "= ?"), flag(n.NoInit, "no initializer"))
		d.children(func() {
			d.annots(n.Annots)
			d.node("", n.Type)
			d.node("", n.Value)
		})
	case *TypeDecl:
		d.line(label, n.Pos(), "TypeDecl", n.Name, flag(n.Public, "public"))
		d.children(func() {
			d.annots(n.Annots)
			d.node("", n.Type)
		})
	case *ListenerDecl:
		d.line(label, n.Pos(), "ListenerDecl", n.Name)
		d.children(func() {
			d.annots(n.Annots)
			d.node("", n.Type)
			d.node("", n.Value)
		})
	case *ServiceDecl:
		path := "/" + strings.Join(n.Path, "/")
		if n.PathLit != "" {
			path = strconv.Quote(n.PathLit)
		}
		d.line(label, n.Pos(), "ServiceDecl", path, flag(n.Isolated, "isolated"))
		d.children(func() {
			d.annots(n.Annots)
			for _, l := range n.Listeners {
				d.node("on", l)
			}
			for _, r := range n.Resources {
				d.node("", r)
			}
			for _, m := range n.Methods {
				d.node("", m)
			}
		})
	case *ResourceFunc:
		d.line(label, n.Pos(), "ResourceFunc", n.Accessor, flag(n.Isolated, "isolated"))
		d.children(func() {
			d.annots(n.Annots)
			for _, s := range n.Path {
				d.node("", s)
			}
			d.sig(n.Sig)
			d.node("", n.Body)
			d.node("", n.ExprBody)
		})
	case *ResourceSeg:
		if n.Type == nil {
			d.line(label, n.Pos(), "ResourceSeg", n.Name)
			return
		}
		d.line(label, n.Pos(), "ResourceSeg", "["+n.Param+"]", flag(n.Rest, "rest"))
		d.children(func() { d.node("", n.Type) })
	case *ClassDecl:
		d.line(label, n.Pos(), "ClassDecl", append([]string{n.Name, flag(n.Public, "public")}, quals(n.Quals)...)...)
		d.children(func() {
			d.annots(n.Annots)
			d.members(&n.ObjectMembers)
		})
	case *ObjectField:
		d.line(label, n.Pos(), "ObjectField", n.Name, flag(n.Public, "public"), flag(n.Private, "private"),
			flag(n.Final, "final"), flag(n.Readonly, "readonly"))
		d.children(func() {
			d.annots(n.Annots)
			d.node("", n.Type)
			d.node("", n.Value)
		})

	// Statements
	case *Block:
		d.line(label, n.Pos(), "Block")
		d.children(func() {
			for _, s := range n.Stmts {
				d.node("", s)
			}
		})
	case *VarDecl:
		d.line(label, n.Pos(), "VarDecl", n.Name, flag(n.Type == nil, "var"), flag(n.Final, "final"))
		d.children(func() {
			d.node("", n.Type)
			d.node("", n.Value)
		})
	case *AssignStmt:
		d.line(label, n.Pos(), "AssignStmt", n.Op.String()+"=")
		d.children(func() {
			d.node("", n.Lhs)
			d.node("", n.Value)
		})
	case *ExprStmt:
		d.line(label, n.Pos(), "ExprStmt")
		d.children(func() { d.node("", n.X) })
	case *SendStmt:
		d.line(label, n.Pos(), "SendStmt", "->", "at "+posText(n.ArrowP))
		d.children(func() {
			d.node("", n.X)
			d.peer("", n.Peer)
		})
	case *IfStmt:
		d.line(label, n.Pos(), "IfStmt")
		d.children(func() {
			d.node("", n.Cond)
			d.node("", n.Then)
			d.node("else", n.Else)
		})
	case *WhileStmt:
		d.line(label, n.Pos(), "WhileStmt")
		d.children(func() {
			d.node("", n.Cond)
			d.node("", n.Body)
			d.onFail(n.OnFail)
		})
	case *ForeachStmt:
		d.line(label, n.Pos(), "ForeachStmt", n.Name, flag(n.Type == nil, "var"))
		d.children(func() {
			d.node("", n.Type)
			d.node("", n.Pattern)
			d.node("", n.Iter)
			d.node("", n.Body)
			d.onFail(n.OnFail)
		})
	case *BreakStmt:
		d.line(label, n.Pos(), "BreakStmt")
	case *ContinueStmt:
		d.line(label, n.Pos(), "ContinueStmt")
	case *ReturnStmt:
		d.line(label, n.Pos(), "ReturnStmt")
		d.children(func() { d.node("", n.X) })
	case *PanicStmt:
		d.line(label, n.Pos(), "PanicStmt")
		d.children(func() { d.node("", n.X) })
	case *FailStmt:
		d.line(label, n.Pos(), "FailStmt")
		d.children(func() { d.node("", n.X) })
	case *MatchStmt:
		d.line(label, n.Pos(), "MatchStmt")
		d.children(func() {
			d.node("", n.X)
			for _, c := range n.Clauses {
				d.node("", c)
			}
		})
	case *MatchClause:
		d.line(label, n.Pos(), "MatchClause")
		d.children(func() {
			for _, x := range n.Patterns {
				d.node("", x)
			}
			d.node("guard", n.Guard)
			d.node("", n.Body)
		})
	case *OnFail:
		d.line(label, n.Pos(), "OnFail", n.VarName, flag(n.VarName != "" && n.Type == nil, "var"))
		d.children(func() {
			d.node("", n.Type)
			d.node("", n.Body)
		})
	case *DoStmt:
		d.line(label, n.Pos(), "DoStmt")
		d.children(func() {
			d.node("", n.Body)
			d.onFail(n.OnFail)
		})
	case *LockStmt:
		d.line(label, n.Pos(), "LockStmt")
		d.children(func() {
			d.node("", n.Body)
			d.onFail(n.OnFail)
		})
	case *ForkStmt:
		d.line(label, n.Pos(), "ForkStmt")
		d.children(func() {
			for _, w := range n.Workers {
				d.node("", w)
			}
		})
	case *WorkerDecl:
		d.line(label, n.Pos(), "WorkerDecl", n.Name)
		d.children(func() {
			d.annots(n.Annots)
			d.node("returns", n.Return)
			d.node("", n.Body)
			d.onFail(n.OnFail)
		})

	// Expressions
	case *BadExpr:
		d.line(label, n.Pos(), "BadExpr")
	case *InferTypedescExpr:
		d.line(label, n.Pos(), "InferTypedescExpr")
	case *NameExpr:
		d.line(label, n.Pos(), "NameExpr", qualified(n.Prefix, n.Name))
	case *IntLit:
		val := strconv.FormatUint(n.Value, 10)
		raw := ""
		if n.Raw != val {
			raw = "raw=" + n.Raw
		}
		d.line(label, n.Pos(), "IntLit", val, raw, flag(n.Bad, "bad"))
	case *FloatLit:
		d.line(label, n.Pos(), "FloatLit", n.Raw, flag(n.Decimal, "decimal"))
	case *StringLit:
		d.line(label, n.Pos(), "StringLit", strconv.Quote(n.Value))
	case *BoolLit:
		d.line(label, n.Pos(), "BoolLit", strconv.FormatBool(n.Value))
	case *NilLit:
		d.line(label, n.Pos(), "NilLit")
	case *TemplateExpr:
		parts := make([]string, len(n.Strings))
		for i, s := range n.Strings {
			parts[i] = strconv.Quote(s)
		}
		tag := n.Tag
		if tag == "" {
			tag = "raw"
		}
		d.line(label, n.Pos(), "TemplateExpr", tag, "["+strings.Join(parts, " ")+"]")
		d.children(func() {
			for _, x := range n.Exprs {
				d.node("", x)
			}
		})
	case *ListExpr:
		d.line(label, n.Pos(), "ListExpr")
		d.children(func() {
			for _, x := range n.Elems {
				d.node("", x)
			}
		})
	case *TableExpr:
		d.line(label, n.Pos(), "TableExpr", keySpecString(n.Key))
		d.children(func() {
			for _, r := range n.Rows {
				d.node("", r)
			}
		})
	case *SpreadExpr:
		d.line(label, n.Pos(), "SpreadExpr")
		d.children(func() { d.node("", n.X) })
	case *MappingExpr:
		d.line(label, n.Pos(), "MappingExpr")
		d.children(func() {
			for _, f := range n.Fields {
				d.node("", f)
			}
		})
	case *Field:
		switch {
		case n.Spread != nil:
			d.line(label, n.Pos(), "Field", "...")
		case n.Computed != nil:
			d.line(label, n.Pos(), "Field", "[computed]", flag(n.Readonly, "readonly"))
		default:
			d.line(label, n.Pos(), "Field", strconv.Quote(n.Name), flag(n.Readonly, "readonly"), flag(n.Value == nil, "shorthand"))
		}
		d.children(func() {
			d.node("key", n.Computed)
			d.node("", n.Value)
			d.node("", n.Spread)
		})
	case *ParenExpr:
		d.line(label, n.Pos(), "ParenExpr", "( at "+posText(n.Lparen), ") at "+posText(n.Rparen))
		d.children(func() { d.node("", n.X) })
	case *UnaryExpr:
		d.line(label, n.Pos(), "UnaryExpr", n.Op.String())
		d.children(func() { d.node("", n.X) })
	case *BinaryExpr:
		d.line(label, n.Pos(), "BinaryExpr", n.Op.String())
		d.children(func() {
			d.node("", n.X)
			d.node("", n.Y)
		})
	case *TypeTestExpr:
		op := OpIs
		if n.Not {
			op = OpNotIs
		}
		d.line(label, n.Pos(), "TypeTestExpr", op.String())
		d.children(func() {
			d.node("", n.X)
			d.node("", n.Type)
		})
	case *AnnotAccessExpr:
		d.line(label, n.Pos(), "AnnotAccessExpr", qualified(n.Prefix, n.Name))
		d.children(func() { d.node("", n.X) })
	case *LetExpr:
		d.line(label, n.Pos(), "LetExpr")
		d.children(func() {
			for _, s := range n.Decls {
				d.node("", s)
			}
			d.node("", n.Body)
		})
	case *CondExpr:
		d.line(label, n.Pos(), "CondExpr")
		d.children(func() {
			d.node("", n.Cond)
			d.node("", n.Then)
			d.node("", n.Else)
		})
	case *CastExpr:
		d.line(label, n.Pos(), "CastExpr")
		d.children(func() {
			d.node("", n.Type)
			d.node("", n.X)
		})
	case *TypeDescExpr:
		d.line(label, n.Pos(), "TypeDescExpr")
		d.children(func() { d.node("", n.Type) })
	case *TypeofExpr:
		d.line(label, n.Pos(), "TypeofExpr")
		d.children(func() { d.node("", n.X) })
	case *CallExpr:
		d.line(label, n.Pos(), "CallExpr")
		d.children(func() {
			d.node("", n.Fun)
			d.args(n.Args)
		})
	case *MethodCallExpr:
		d.line(label, n.Pos(), "MethodCallExpr", n.Name)
		d.children(func() {
			d.node("", n.Recv)
			d.args(n.Args)
		})
	case *FieldExpr:
		name := "." + n.Name
		if n.Optional {
			name = "?." + n.Name
		}
		d.line(label, n.Pos(), "FieldExpr", name)
		d.children(func() { d.node("", n.X) })
	case *IndexExpr:
		d.line(label, n.Pos(), "IndexExpr", flag(n.Multi, "multi-key"))
		d.children(func() {
			d.node("", n.X)
			d.node("", n.Index)
		})
	case *CheckExpr:
		kw := "check"
		if n.Panic {
			kw = "checkpanic"
		}
		d.line(label, n.Pos(), "CheckExpr", kw)
		d.children(func() { d.node("", n.X) })
	case *TrapExpr:
		d.line(label, n.Pos(), "TrapExpr")
		d.children(func() { d.node("", n.X) })
	case *ErrorCtorExpr:
		d.line(label, n.Pos(), "ErrorCtorExpr")
		d.children(func() {
			d.node("", n.Type)
			d.args(n.Args)
		})
	case *NewExpr:
		d.line(label, n.Pos(), "NewExpr")
		d.children(func() {
			d.node("", n.Type)
			d.args(n.Args)
		})
	case *FuncExpr:
		d.line(label, n.Pos(), "FuncExpr", flag(n.Isolated, "isolated"))
		d.children(func() {
			d.sig(n.Sig)
			d.node("", n.Body)
			d.node("", n.ExprBody)
		})
	case *ObjectConstructorExpr:
		d.line(label, n.Pos(), "ObjectConstructorExpr", quals(n.Quals)...)
		d.children(func() {
			d.annots(n.Annots)
			d.node("ref", n.TypeRef)
			d.members(&n.ObjectMembers)
		})
	case *ArrowExpr:
		names := make([]string, len(n.Params))
		for i, prm := range n.Params {
			names[i] = prm.Name
		}
		d.line(label, n.Pos(), "ArrowExpr", "("+strings.Join(names, ", ")+")")
		d.children(func() { d.node("", n.Body) })
	case *StartExpr:
		d.line(label, n.Pos(), "StartExpr")
		d.children(func() {
			d.annots(n.Annots)
			d.node("", n.Call)
		})
	case *WaitExpr:
		d.line(label, n.Pos(), "WaitExpr")
		d.children(func() {
			for _, x := range n.Futures {
				d.node("", x)
			}
		})
	case *MultiWaitExpr:
		d.line(label, n.Pos(), "MultiWaitExpr")
		d.children(func() {
			for _, f := range n.Fields {
				d.line("", f.KeyP, "WaitField", f.Key)
				d.children(func() { d.node("", f.Future) })
			}
		})
	case *ReceiveExpr:
		d.line(label, n.Pos(), "ReceiveExpr")
		d.children(func() {
			for _, r := range n.Peers {
				d.peer("", r)
			}
		})
	case *MultiReceiveExpr:
		d.line(label, n.Pos(), "MultiReceiveExpr")
		d.children(func() {
			for _, f := range n.Fields {
				d.line("", f.KeyP, "ReceiveField", f.Key)
				d.children(func() { d.peer("", f.Peer) })
			}
		})
	case *SendExpr:
		d.line(label, n.Pos(), "SendExpr", "->>", "at "+posText(n.ArrowP))
		d.children(func() {
			d.node("", n.X)
			d.peer("", n.Peer)
		})
	case *FlushExpr:
		d.line(label, n.Pos(), "FlushExpr")
		d.children(func() { d.peer("", n.Peer) })
	case *RemoteCallExpr:
		d.line(label, n.Pos(), "RemoteCallExpr", n.Method)
		d.children(func() {
			d.node("", n.Client)
			d.args(n.Args)
		})
	case *ResourceCallExpr:
		method := ""
		if n.Method != "" {
			method = "." + n.Method
		}
		d.line(label, n.Pos(), "ResourceCallExpr", method)
		d.children(func() {
			d.node("", n.Client)
			for _, s := range n.Path {
				if s.X == nil {
					d.plain("", "Seg", s.Name)
					continue
				}
				d.plain("", "Seg", "[]")
				d.children(func() { d.node("", s.X) })
			}
			d.args(n.Args)
		})
	case *WildcardExpr:
		d.line(label, n.Pos(), "WildcardExpr")

	// Types
	case *BadType:
		d.line(label, n.Pos(), "BadType")
	case *BuiltinType:
		d.line(label, n.Pos(), "BuiltinType", n.Name)
	case *NilType:
		d.line(label, n.Pos(), "NilType")
	case *NamedType:
		d.line(label, n.Pos(), "NamedType", qualified(n.Prefix, n.Name))
	case *ArrayType:
		d.line(label, n.Pos(), "ArrayType", flag(n.Inferred, "[*]"))
		d.children(func() {
			d.node("", n.Elem)
			d.node("len", n.Len)
		})
	case *OptionalType:
		d.line(label, n.Pos(), "OptionalType")
		d.children(func() { d.node("", n.Elem) })
	case *UnionType:
		d.line(label, n.Pos(), "UnionType")
		d.children(func() {
			for _, m := range n.Members {
				d.node("", m)
			}
		})
	case *IntersectionType:
		d.line(label, n.Pos(), "IntersectionType")
		d.children(func() {
			for _, m := range n.Members {
				d.node("", m)
			}
		})
	case *TupleType:
		d.line(label, n.Pos(), "TupleType")
		d.children(func() {
			for _, m := range n.Members {
				d.node("", m)
			}
			d.node("rest", n.Rest)
		})
	case *MapType:
		d.line(label, n.Pos(), "MapType")
		d.children(func() { d.node("", n.Elem) })
	case *FutureType:
		d.line(label, n.Pos(), "FutureType")
		d.children(func() { d.node("", n.Elem) })
	case *StreamType:
		d.line(label, n.Pos(), "StreamType")
		d.children(func() {
			d.node("", n.Elem)
			d.node("completion", n.Completion)
		})
	case *ErrorType:
		d.line(label, n.Pos(), "ErrorType")
		d.children(func() { d.node("", n.Detail) })
	case *TableType:
		d.line(label, n.Pos(), "TableType", keySpecString(n.Key))
		d.children(func() {
			d.node("", n.Row)
			d.node("key", n.KeyType)
		})
	case *TypedescType:
		d.line(label, n.Pos(), "TypedescType")
		d.children(func() { d.node("", n.Elem) })
	case *RecordField:
		d.line(label, n.Pos(), "RecordField", n.Name, flag(n.Optional, "optional"), flag(n.Readonly, "readonly"))
		d.children(func() {
			d.annots(n.Annots)
			d.node("", n.Type)
			d.node("default", n.Default)
		})
	case *RecordType:
		d.line(label, n.Pos(), "RecordType", flag(n.Closed, "closed"))
		d.children(func() {
			for _, inc := range n.Includes {
				d.node("include", inc)
			}
			for _, f := range n.Fields {
				d.node("", f)
			}
			d.node("rest", n.Rest)
		})
	case *FuncType:
		d.line(label, n.Pos(), "FuncType", flag(n.Isolated, "isolated"), flag(n.Any, "any"))
		d.children(func() {
			for _, prm := range n.Params {
				d.node("", prm)
			}
			d.node("returns", n.Return)
		})
	case *SingletonType:
		d.line(label, n.Pos(), "SingletonType")
		d.children(func() { d.node("", n.Value) })
	case *ObjectType:
		d.line(label, n.Pos(), "ObjectType", quals(n.Quals)...)
		d.children(func() { d.members(&n.ObjectMembers) })
	case *DistinctType:
		d.line(label, n.Pos(), "DistinctType")
		d.children(func() { d.node("", n.Elem) })
	case Pattern, *BindingDecl, *DestructureStmt:
		d.pattern(label, n)
	case *QueryExpr, QueryClause:
		d.query(label, n)
	default:
		d.line(label, n.Pos(), fmt.Sprintf("%T", n))
	}
}

// keySpecString renders a key specifier for the dump: key(a,b), or "" when there is none.
func keySpecString(k *KeySpec) string {
	if k == nil {
		return ""
	}
	return "key(" + strings.Join(k.Names, ",") + ")"
}
