package rt

import "sync"

// List covariance. A list's Go type follows its static element type (an int[] is a
// *List[int64]), but a list value may be used as a list of a wider type: an int[] is
// an any[] (spec: a list type is covariant; the inherent type checks the stores). A
// *List[int64] cannot be a *List[any], so such a use gets a view: a *List[any] that
// holds the same members, boxed, and is the same Ballerina value. The list and its
// views form a family that keeps every member list's Elems equal (each converted to
// its own Go type): a store through one is made in all of them, after the check
// against the inherent type of the family's first list (the one the value was made
// as), which every view shares. Reads stay plain slice reads; only stores into a list
// that has views pay for them, and only in proportion to what they change.

// listFamily is a list value with views: the lists that hold its members, the list it
// was made as first. mu serializes the making of views (a list converted in two
// strands at once); stores need no lock of their own (a list stored into by two
// strands at once is a data race in the program).
type listFamily struct {
	mu      sync.Mutex
	members []familyList
}

// familyList is a *List[T] for any T.
type familyList interface {
	listValue
	family() *listFamily
	joinFamily(f *listFamily)
	resyncFrom(src listValue, from, to int)
}

// viewMaker is implemented by every *List[T] and *Map[T], nil ones included: it makes
// the view of a list (map) value as a *List[T] (*Map[T]), the member of its family of
// that Go type.
type viewMaker interface {
	viewOf(v any) any
}

// familyMu guards the making of a list's family.
var familyMu sync.Mutex

func familyOf(l familyList) *listFamily {
	familyMu.Lock()
	defer familyMu.Unlock()
	f := l.family()
	if f == nil {
		f = &listFamily{members: []familyList{l}}
		l.joinFamily(f)
	}
	return f
}

// ListView returns the list value v (a *List[S]) as a *List[T]: v itself when S is T,
// else its view of Go type T, made on first use and kept in v's family. The compiler
// has proved that v's inherent type is a subtype of the static type T stands for.
func ListView[T any](v any) *List[T] {
	if l, ok := v.(*List[T]); ok {
		return l
	}
	fam := familyOf(v.(familyList))
	fam.mu.Lock()
	defer fam.mu.Unlock()
	for _, m := range fam.members {
		if l, ok := m.(*List[T]); ok {
			return l
		}
	}
	root := fam.members[0]
	view := &List[T]{Inherent: root.listInherent(), ro: root.readOnly()}
	view.resyncFrom(root, 0, root.listLen()) // nested lists: views in their own families
	view.joinFamily(fam)
	fam.members = append(fam.members, view)
	return view
}

func (l *List[T]) viewOf(v any) any { return ListView[T](v) }

func (l *List[T]) family() *listFamily { return l.fam }

// joinFamily makes l a member of f: every store into l now takes the checked path,
// which updates the other members.
func (l *List[T]) joinFamily(f *listFamily) {
	l.fam = f
	l.settable = 0
}

// changed tells the other members of l's family that l's members from to to (and,
// when l's length changed, every member from on) are new.
func (f *listFamily) changed(l familyList, from, to int) {
	for _, m := range f.members {
		if m != l {
			m.resyncFrom(l, from, to)
		}
	}
}

// resyncFrom makes l's length src's and converts src's members from..to (and any new
// ones past l's old length) into l.
func (l *List[T]) resyncFrom(src listValue, from, to int) {
	n := src.listLen()
	old := len(l.Elems)
	if n < old {
		clear(l.Elems[n:])
		l.Elems = l.Elems[:n]
	} else if n > old {
		l.Elems = append(l.Elems, make([]T, n-old)...)
		from, to = min(from, old), max(to, n)
	}
	for i := from; i < to && i < n; i++ {
		l.Elems[i] = viewElem[T](src.listElem(i))
	}
}

// viewElem converts a member of one list or map of a family into the Go type of
// another's: boxing and unboxing, or the view of a nested list or map.
func viewElem[T any](x any) T {
	if t, ok := x.(T); ok {
		return t
	}
	var zero T
	if x == nil {
		return zero
	}
	if o := viewOriginal(x); o != x {
		if t, ok := o.(T); ok {
			return t // a record's view as a map, where the record is wanted
		}
	}
	if mk, ok := any(zero).(viewMaker); ok {
		return mk.viewOf(x).(T)
	}
	panic("rt: a member of type " + TypeName(x) + " in a view of another Go type")
}

// viewOriginal returns the list, map or record a value was made as, when it is a
// view.
func viewOriginal(v any) any {
	switch x := v.(type) {
	case familyList:
		if f := x.family(); f != nil {
			return f.members[0]
		}
	case familyMap:
		if f := x.mapFamily(); f != nil {
			if f.rec != nil {
				return f.rec // a record's view as a map (recordmap.go)
			}
			return f.members[0]
		}
	}
	return v
}
