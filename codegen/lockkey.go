package codegen

import (
	"github.com/bal2go/bal2go/check"
	"github.com/bal2go/bal2go/frontend"
	"github.com/dave/jennifer/jen"
)

// Lock keys. A leaf lock statement (check/lockkey.go: it uses the state of one
// isolated variable or isolated object only) takes that state's rt.Key with
// rt.LockOn, so that leaves on different state run at once; every other lock
// statement takes the program-wide lock (rt.Lock). Both end with rt.Unlock. The key
// of an isolated module variable is its field of the package variable locks_; the key
// of an isolated object is the field lock_ of its struct:
//
//	var locks_ struct {
//		counter rt.Key
//	}
//
//	rt.LockOn(strand, &locks_.counter, "prog.bal:7")
//	rt.LockOn(strand, &self.lock_, "prog.bal:12")

const (
	moduleKeys = "locks_" // the package variable holding the module variables' keys
	objectKey  = "lock_"  // the struct field holding an object's key
)

// lockCall is the call entering lock statement s.
func (g *gen) lockCall(s *frontend.LockStmt) jen.Code {
	key := g.prog.LockKeys[s]
	if key == nil {
		return rtCall("Lock", g.strand(), g.at(s.Pos()))
	}
	var ref jen.Code
	if key.Kind == check.SymGlobal {
		ref = jen.Id(moduleKeys).Dot(g.names[key])
	} else {
		ref = jen.Id(g.symRef(key)).Dot(objectKey) // self
	}
	return rtCall("LockOn", g.strand(), jen.Op("&").Add(ref), g.at(s.Pos()))
}

// moduleKeysDecl declares locks_, when a leaf lock statement locks a module variable.
func (g *gen) moduleKeysDecl() []jen.Code {
	keyed := map[*check.Symbol]bool{}
	for _, key := range g.prog.LockKeys {
		keyed[key] = true
	}
	var fields []jen.Code
	for _, d := range g.prog.File.Decls {
		if sym := g.prog.Defs[d]; sym != nil && keyed[sym] && sym.Kind == check.SymGlobal {
			fields = append(fields, jen.Id(g.names[sym]).Add(rtq("Key")))
		}
	}
	if len(fields) == 0 {
		return nil
	}
	return []jen.Code{jen.Comment(moduleKeys + " holds the keys of the isolated module variables that lock statements lock alone.").Line().
		Var().Id(moduleKeys).Struct(fields...)}
}

// objectKeyField is the field lock_ of the struct of class cls, when a leaf lock
// statement of one of its methods locks self.
func (g *gen) objectKeyField(cls *check.Class) []jen.Code {
	for _, key := range g.prog.LockKeys {
		if key.Kind == check.SymVar && key.Owner != nil && key.Owner.Class == cls {
			return []jen.Code{jen.Id(objectKey).Add(rtq("Key"))}
		}
	}
	return nil
}
