package codegen

import (
	"github.com/bal2go/bal2go/check"
	"github.com/dave/jennifer/jen"
)

// Records are structural: a record of type Q is also a P when Q is a subtype of P,
// and keeps its identity (and its inherent type Q) when it is assigned to a P. Each
// record type has its own Go struct, so a record type with other record types of
// the program among its subtypes is shared: its static Go type is any, holding a
// pointer to the struct of the record's own type, and its fields are read and
// written by name (rt.RecordMember, rt.SetRecordMember, which checks the store
// against the record's inherent field type). So is a record type that maps may
// belong to (record {| int...; |} holds a map<int>), whose values may then be maps. A
// record type without such subtypes, by far the common case, keeps its struct
// pointer and plain Go field access.

// recordSubtypes returns, per record struct name, the record types of the program
// (other structs) that are subtypes of it, computed once with the checker's subtype
// relation (check.MayBeSubtype keeps the quadratic scan cheap).
func (g *gen) recordSubtypes() map[string][]*check.Type {
	if g.recSubs != nil {
		return g.recSubs
	}
	g.recSubs = map[string][]*check.Type{}
	var recs []*check.Type
	seen := map[string]bool{}
	for _, t := range g.prog.Records {
		t = t.Mutable()
		if n := g.recordName(t); !seen[n] {
			seen[n] = true
			recs = append(recs, t)
		}
	}
	g.recShared = map[string]bool{}
	for _, p := range recs {
		pn := g.recordName(p)
		for _, q := range recs {
			if q == p || !check.MayBeSubtype(q, p) || !check.IsSubtype(q, p) {
				continue
			}
			g.recSubs[pn] = append(g.recSubs[pn], q)
		}
		g.recShared[pn] = len(g.recSubs[pn]) > 0 || mapsMayBelong(p)
	}
	return g.recSubs
}

// recordsFitMap reports whether some record type of the program is a subtype of the
// map type m, so that a value of type m held as a Go any (in a union, as any) may be a
// record rather than a *rt.Map: using it as an m takes rt.Narrow, which makes the
// record's map view (rt/recordmap.go).
func (g *gen) recordsFitMap(m *check.Type) bool {
	key := m.String()
	if fits, ok := g.recMaps[key]; ok {
		return fits
	}
	if g.recMaps == nil {
		g.recMaps = map[string]bool{}
	}
	fits := false
	for _, r := range g.prog.Records {
		if check.IsSubtype(r, m) {
			fits = true
			break
		}
	}
	g.recMaps[key] = fits
	return fits
}

// sharedRecord reports whether t is a record type whose values may be records of
// other record types, or maps (its Go type is any).
func (g *gen) sharedRecord(t *check.Type) bool {
	if t.Kind != check.KRecord {
		return false
	}
	g.recordSubtypes() // computes recShared once
	return g.recShared[g.recordName(t)]
}

// mapsMayBelong reports whether some map type may be a subtype of record type t:
// when t has only optional, mutable fields and admits rest fields (map<int> is
// record {| int...; |}, and a subtype of record { int x?; }).
func mapsMayBelong(t *check.Type) bool {
	if t.Closed && t.Rest == nil {
		return false
	}
	for _, f := range t.Fields {
		if !f.Optional || f.Readonly {
			return false
		}
	}
	return true
}

// structRecord reports whether t is a record type whose values are always records of
// its own struct (its Go type is the struct pointer).
func (g *gen) structRecord(t *check.Type) bool {
	return t.Kind == check.KRecord && !g.sharedRecord(t)
}

// defineSubtypes tells the runtime which record types are subtypes of which:
//
//	rt.DefineSubtypes(typeP_, typeQ_)
func (g *gen) defineSubtypes() {
	done := map[string]bool{}
	for _, t := range g.prog.Records {
		t = t.Mutable()
		n := g.recordName(t)
		subs := g.recordSubtypes()[n]
		if len(subs) == 0 || done[n] {
			continue
		}
		done[n] = true
		args := []jen.Code{g.typeDesc(t)}
		for _, s := range subs {
			args = append(args, g.typeDesc(s))
		}
		g.tdInits = append(g.tdInits, rtCall("DefineSubtypes", args...))
	}
}
