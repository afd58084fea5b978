package check

import (
	"strings"

	"github.com/bal2go/bal2go/frontend"
)

// Lock keys. A lock statement behaves as if one program-wide re-entrant lock guarded
// every lock block ("Naive implementation uses single, global, recursive lock.
// Efficient implementation can do compile-time lock inference", BBE lock-statement).
// bal2go keys a lock statement by the state it protects when it can show that
// running it alongside a lock statement on other state is not observable: the
// statement is then a leaf, and the runtime lets leaves on different keys run at
// once (rt.LockOn: the program-wide lock shared, plus the key's lock), while every
// other lock statement takes the program-wide lock exclusively.
//
// A leaf is a lock statement whose body
//
//   - uses exactly one restricted variable, its key: an isolated module variable
//     (declared, or inferred isolated), or the self of a method of an isolated class;
//   - uses no other state that another strand could use: besides the key, it reads
//     and writes only variables declared in its body, locals and parameters (its own
//     function's, or final captured ones) whose values are read-only or isolated
//     objects, and final module variables of such types; and it touches no mutable
//     field of an isolated object other than the key's own;
//   - calls nothing that could take another lock or use other state: only functions
//     of the language library that take no function values (and the error
//     constructor): no output, whose lines two leaves would interleave; no method,
//     no function value, no new, no start, wait, send, receive, flush, worker or
//     nested lock; it creates no function value or object; and no record default
//     evaluated in it calls a function (defaults are isolated code, which may still
//     call an isolated function that locks).
//
// Two leaves on different keys then share no mutable state: what each touches is its
// key's region (isolated from everything else by the isolation rules, which a lock on
// a restricted variable keeps) or immutable, or private to its strand; whatever else
// touches a mutable value takes the program-wide lock exclusively, or no lock at all
// (and then races under the naive lock as well). A leaf takes no other lock, so keys
// cannot deadlock. The rules are checked on the source after isolation inference,
// which decides the inferred isolated variables.

// lockSite is a lock statement met by the isolation walk: what the walk found in it,
// and the function whose locals are its own.
type lockSite struct {
	stmt *frontend.LockStmt
	info *lockInfo
	cur  *Function
}

// lockKeys records in Program.LockKeys the key of every leaf lock statement; iso
// holds the module variables inferred isolated.
func (a *isoAnalysis) lockKeys(iso map[*Symbol]bool) {
	for _, site := range a.lockSites {
		if key := a.lockKey(site, iso); key != nil {
			a.c.prog.LockKeys[site.stmt] = key
		}
	}
}

// lockKey returns the key of a leaf lock statement, or nil.
func (a *isoAnalysis) lockKey(site lockSite, iso map[*Symbol]bool) *Symbol {
	lk := site.info
	var key *Symbol
	switch {
	case len(lk.restricted) == 1:
		key = lk.restricted[0]
	case len(lk.restricted) == 0 && len(lk.vars) == 1 && iso[lk.vars[0]]:
		key = lk.vars[0]
	default:
		return nil
	}
	lw := &leafWalk{a: a, key: key, body: site.stmt.Body, cur: site.cur, seen: map[*Type]bool{}}
	if !lw.code(site.stmt.Body) {
		return nil
	}
	return key
}

// leafWalk checks the body of a lock statement (or a record default evaluated in it)
// against the rules of a leaf on key.
type leafWalk struct {
	a    *isoAnalysis
	key  *Symbol
	body *frontend.Block
	cur  *Function
	seen map[*Type]bool // record types whose defaults were checked
}

// code reports whether n keeps the rules.
func (lw *leafWalk) code(n frontend.Node) bool {
	prog := lw.a.c.prog
	ok := true
	frontend.Inspect(n, func(x frontend.Node) bool {
		if !ok {
			return false
		}
		switch x := x.(type) {
		case *frontend.LockStmt, *frontend.StartExpr, *frontend.WaitExpr, *frontend.MultiWaitExpr,
			*frontend.ReceiveExpr, *frontend.MultiReceiveExpr, *frontend.SendExpr, *frontend.SendStmt,
			*frontend.FlushExpr, *frontend.ForkStmt, *frontend.WorkerDecl, *frontend.RemoteCallExpr,
			*frontend.ResourceCallExpr, *frontend.NewExpr, *frontend.ObjectConstructorExpr,
			*frontend.FuncExpr, *frontend.ArrowExpr:
			ok = false
		case *frontend.CallExpr, *frontend.MethodCallExpr:
			ok = leafCall(prog.Calls[x.(frontend.Expr)])
		case *frontend.NameExpr:
			if sym := prog.Uses[x]; sym != nil {
				ok = lw.variable(x, sym)
			}
		case *frontend.MappingExpr:
			for _, f := range x.Fields {
				if sym := prog.Shorthands[f]; sym != nil && f.Value == nil && !lw.variable(nil, sym) {
					ok = false
				}
			}
			ok = ok && lw.defaults(prog.Types[x])
		case *frontend.AssignStmt:
			if _, member := frontend.Unparen(x.Lhs).(*frontend.IndexExpr); member {
				// storing past a list's end fills the gap with the member type's filler
				ok = lw.defaults(prog.Types[x.Lhs])
			}
		case *frontend.FieldExpr:
			ok = lw.field(x)
		}
		return ok
	})
	return ok
}

// leafCall reports whether a leaf may make call: a function of the language
// library (lang.*, whose functions use nothing but their arguments; io's print to
// the output that every strand shares, so two leaves printing at once would mix their
// lines) that calls no function value (it takes none), or the error constructor.
func leafCall(call *Call) bool {
	if call == nil {
		return false
	}
	switch call.Kind {
	case CallError:
		return true
	case CallBuiltin:
		fn := call.Func
		if fn == nil || !strings.HasPrefix(fn.Library, "lang.") {
			return false
		}
		params := fn.Params
		if fn.Rest != nil {
			params = append(params[:len(params):len(params)], fn.Rest)
		}
		for _, p := range params {
			for _, m := range MembersOf(p.Type) {
				if m.Kind == KFunc {
					return false
				}
			}
		}
		return true
	}
	return false
}

// variable reports whether a leaf may use sym (at e, nil for the variable of a {x}
// field): the key, a variable of the body, or one whose value no other strand can
// change under it.
func (lw *leafWalk) variable(e frontend.Expr, sym *Symbol) bool {
	if sym == lw.key {
		return true
	}
	safe := func() bool {
		t := sym.Type
		if e != nil && lw.a.c.prog.Types[e] != nil {
			t = lw.a.c.prog.Types[e]
		}
		return lw.a.safeType(t)
	}
	switch sym.Kind {
	case SymVar:
		if b := lw.body; sym.Pos.IsKnown() && b.Pos().Off <= sym.Pos.Off && sym.Pos.Off < b.Rbrace.Off {
			return true // declared in the body
		}
		return (sym.Owner == lw.cur || sym.Final) && safe()
	case SymGlobal:
		return sym.Final && safe()
	}
	return true // constants, functions, types: immutable
}

// field reports whether a leaf may access x.f: not a mutable field of an isolated
// object other than the key's (a class's methods may reach the private fields of
// other objects of the class).
func (lw *leafWalk) field(e *frontend.FieldExpr) bool {
	prog := lw.a.c.prog
	t := prog.Types[e.X]
	if t == nil || t.Kind != KObject || t.Obj == nil || !t.Obj.Isolated {
		return true
	}
	if ne, ok := frontend.Unparen(e.X).(*frontend.NameExpr); ok && prog.Uses[ne] == lw.key {
		return true
	}
	f := t.Obj.FieldByName(e.Name)
	return f == nil || f.isolatedField()
}

// defaults reports whether the defaults of the record types among t's members, which
// a mapping constructor or a list's filler evaluates, keep the rules.
func (lw *leafWalk) defaults(t *Type) bool {
	if t == nil {
		return true
	}
	for _, m := range MembersOf(t) {
		if m.Kind != KRecord || lw.seen[m] {
			continue
		}
		lw.seen[m] = true
		for _, f := range m.Fields {
			if d, ok := f.Default.(frontend.Expr); ok && f.HasDefault && !lw.code(d) {
				return false
			}
		}
	}
	return true
}
