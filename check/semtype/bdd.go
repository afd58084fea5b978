package semtype

import (
	"strconv"
	"sync/atomic"
)

// An atom is an indivisible structured type (a list, mapping or function shape, a
// covariant cell, or a distinct type id). Atoms are ordered by their creation index.
type atom interface{ index() int64 }

var atomCount atomic.Int64

type atomIndex struct{ i int64 }

func (a atomIndex) index() int64 { return a.i }

func newAtomIndex() atomIndex { return atomIndex{atomCount.Add(1)} }

// bdd is a binary decision diagram over atoms: the leaf all, the leaf nothing, or a
// node "if atom then left else right, or middle regardless" (the representation with
// a middle branch keeps unions small). Nodes are immutable. Two diagrams built
// separately for one formula are different nodes with the same key (structural), which
// is what the emptiness memo goes by, so that a formula met again through a recursive
// type is recognised.
type bdd = *bddNode

type bddNode struct {
	atom                atom
	left, middle, right bdd
	key                 atomic.Pointer[string] // structural key, computed on demand
}

var (
	bddAll     = leaf("T")
	bddNothing = leaf("F")
)

func leaf(key string) bdd {
	b := &bddNode{}
	b.key.Store(&key)
	return b
}

func bddAtom(a atom) bdd { return mkNode(a, bddAll, bddNothing, bddNothing) }

func mkNode(a atom, left, middle, right bdd) bdd {
	if middle == bddAll {
		return bddAll
	}
	if left == right {
		return bddUnion(left, middle)
	}
	return &bddNode{atom: a, left: left, middle: middle, right: right}
}

func (b bdd) n() *bddNode { return b }

// structKey returns a key that equal formulas share.
func (b bdd) structKey() string {
	if k := b.key.Load(); k != nil {
		return *k
	}
	k := "(" + strconv.FormatInt(b.atom.index(), 10) + "?" + b.left.structKey() + ":" +
		b.middle.structKey() + ":" + b.right.structKey() + ")"
	b.key.Store(&k)
	return k
}

func cmpAtoms(a, b atom) int {
	switch ai, bi := a.index(), b.index(); {
	case ai < bi:
		return -1
	case ai > bi:
		return 1
	}
	return 0
}

func bddUnion(a, b bdd) bdd {
	switch {
	case a == b, b == bddNothing:
		return a
	case a == bddNothing:
		return b
	case a == bddAll || b == bddAll:
		return bddAll
	}
	x, y := a.n(), b.n()
	switch c := cmpAtoms(x.atom, y.atom); {
	case c < 0:
		return mkNode(x.atom, x.left, bddUnion(x.middle, b), x.right)
	case c > 0:
		return mkNode(y.atom, y.left, bddUnion(a, y.middle), y.right)
	}
	return mkNode(x.atom, bddUnion(x.left, y.left), bddUnion(x.middle, y.middle), bddUnion(x.right, y.right))
}

func bddIntersect(a, b bdd) bdd {
	switch {
	case a == b, b == bddAll:
		return a
	case a == bddAll:
		return b
	case a == bddNothing || b == bddNothing:
		return bddNothing
	}
	x, y := a.n(), b.n()
	switch c := cmpAtoms(x.atom, y.atom); {
	case c < 0:
		return mkNode(x.atom, bddIntersect(x.left, b), bddIntersect(x.middle, b), bddIntersect(x.right, b))
	case c > 0:
		return mkNode(y.atom, bddIntersect(a, y.left), bddIntersect(a, y.middle), bddIntersect(a, y.right))
	}
	return mkNode(x.atom,
		bddIntersect(bddUnion(x.left, x.middle), bddUnion(y.left, y.middle)),
		bddNothing,
		bddIntersect(bddUnion(x.right, x.middle), bddUnion(y.right, y.middle)))
}

func bddDiff(a, b bdd) bdd {
	switch {
	case a == b, a == bddNothing, b == bddAll:
		return bddNothing
	case b == bddNothing:
		return a
	case a == bddAll:
		return bddComplement(b)
	}
	x, y := a.n(), b.n()
	switch c := cmpAtoms(x.atom, y.atom); {
	case c < 0:
		return mkNode(x.atom, bddDiff(bddUnion(x.left, x.middle), b), bddNothing, bddDiff(bddUnion(x.right, x.middle), b))
	case c > 0:
		return mkNode(y.atom, bddDiff(a, bddUnion(y.left, y.middle)), bddNothing, bddDiff(a, bddUnion(y.right, y.middle)))
	}
	return mkNode(x.atom,
		bddDiff(bddUnion(x.left, x.middle), bddUnion(y.left, y.middle)),
		bddNothing,
		bddDiff(bddUnion(x.right, x.middle), bddUnion(y.right, y.middle)))
}

func bddComplement(a bdd) bdd {
	switch a {
	case bddAll:
		return bddNothing
	case bddNothing:
		return bddAll
	}
	x := a.n()
	switch {
	case x.right == bddNothing:
		return mkNode(x.atom, bddNothing, bddComplement(bddUnion(x.left, x.middle)), bddComplement(x.middle))
	case x.left == bddNothing:
		return mkNode(x.atom, bddComplement(x.middle), bddComplement(bddUnion(x.right, x.middle)), bddNothing)
	case x.middle == bddNothing:
		return mkNode(x.atom, bddComplement(x.left), bddComplement(bddUnion(x.left, x.right)), bddComplement(x.right))
	}
	return mkNode(x.atom, bddComplement(bddUnion(x.left, x.middle)), bddNothing, bddComplement(bddUnion(x.right, x.middle)))
}

// bddEvery reports whether pred holds for every path of b that reaches the leaf all,
// given the positive and negative atoms of the path. Emptiness of a BDD is "every
// path is a contradiction".
func bddEvery(b bdd, pos, neg []atom, pred func(pos, neg []atom) bool) bool {
	switch b {
	case bddNothing:
		return true
	case bddAll:
		return pred(pos, neg)
	}
	x := b.n()
	return bddEvery(x.left, append(pos[:len(pos):len(pos)], x.atom), neg, pred) &&
		bddEvery(x.middle, pos, neg, pred) &&
		bddEvery(x.right, pos, append(neg[:len(neg):len(neg)], x.atom), pred)
}

func (b bdd) String() string { return b.structKey() }

// bddOps returns the subtype operations of a basic type whose subtypes are BDDs, with
// isEmpty deciding a path (positive and negative atoms) by the theory of its atoms.
func bddOps(pathEmpty func(cx *Context, pos, neg []atom) bool) *subOps {
	o := &subOps{
		union:      func(a, b subtype) subtype { return bddUnion(a.(bdd), b.(bdd)) },
		intersect:  func(a, b subtype) subtype { return bddIntersect(a.(bdd), b.(bdd)) },
		diff:       func(a, b subtype) subtype { return bddDiff(a.(bdd), b.(bdd)) },
		complement: func(a subtype) subtype { return bddComplement(a.(bdd)) },
		isAll:      func(a subtype) bool { return a.(bdd) == bddAll },
		isNone:     func(a subtype) bool { return a.(bdd) == bddNothing },
	}
	o.isEmpty = func(cx *Context, a subtype) bool {
		b := a.(bdd)
		return cx.memoEmpty(b, func() bool {
			return bddEvery(b, nil, nil, func(pos, neg []atom) bool { return pathEmpty(cx, pos, neg) })
		})
	}
	return o
}

// bddSemType returns the type whose part of basic type bt is b.
func bddSemType(bt BasicType, b bdd) SemType {
	var bd builder
	bd.add(bt, b)
	return bd.t
}

// definition is a structured type being defined: its read-only and its mutable atom
// exist (so the type can be referred to, recursively) before their contents are set.
type definition[A atom] struct {
	ro, rw A
	t      SemType
}

func newDefinition[A atom](roBT, rwBT BasicType, ro, rw A) definition[A] {
	return definition[A]{ro, rw, union2(bddSemType(roBT, bddAtom(ro)), bddSemType(rwBT, bddAtom(rw)))}
}

// SemType returns the type being defined.
func (d *definition[A]) SemType() SemType { return d.t }
