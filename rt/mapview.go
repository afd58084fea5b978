package rt

import (
	"reflect"
	"sync"
)

// Map covariance, as for lists (listview.go): a map<int> used as a map<any> is the
// same map value, seen through a *Map[any] view. A map and its views form a family;
// a store or removal through one is replayed in the others (converted to their Go
// types) after the check against the inherent type of the family's first map, which
// every view shares.

// mapFamily is a map value with views: the maps that hold its members, the map it was
// made as first. mu serializes the making of views.
type mapFamily struct {
	mu      sync.Mutex
	members []familyMap
	// rec is the record whose views the members are (recordmap.go), or nil: then
	// members[0] is the map the value was made as.
	rec any
}

// familyMap is a *Map[T] for any T.
type familyMap interface {
	mapValue
	mapFamily() *mapFamily
	joinMapFamily(f *mapFamily)
	replayPut(k string, v any)
	replayRemove(k string)
	mapHas(k string) bool
	refillFrom(ri *recordInfo, sv reflect.Value)
}

func mapFamilyOf(m familyMap) *mapFamily {
	familyMu.Lock()
	defer familyMu.Unlock()
	f := m.mapFamily()
	if f == nil {
		f = &mapFamily{members: []familyMap{m}}
		m.joinMapFamily(f)
	}
	return f
}

// MapView returns the map value v (a *Map[S], or a record) as a *Map[T]: v itself when S is T, else
// its view of Go type T, made on first use and kept in v's family. The compiler has
// proved that v's inherent type is a subtype of the static type T stands for.
func MapView[T any](v any) *Map[T] {
	if m, ok := v.(*Map[T]); ok {
		return m
	}
	if _, ok := v.(familyMap); !ok {
		return RecordMap[T](v) // a record: the map it is
	}
	fam := mapFamilyOf(v.(familyMap))
	fam.mu.Lock()
	defer fam.mu.Unlock()
	for _, m := range fam.members {
		if m, ok := m.(*Map[T]); ok {
			return m
		}
	}
	root := fam.members[0]
	view := &Map[T]{Inherent: root.mapInherent(), ro: root.readOnly()}
	root.mapRange(func(k string, x any) bool { view.replayPut(k, x); return true })
	view.fam = fam
	fam.members = append(fam.members, view)
	return view
}

func (m *Map[T]) viewOf(v any) any { return MapView[T](v) }

func (m *Map[T]) mapFamily() *mapFamily { return m.fam }

// anyPutter is implemented by every *Map[T]: a store of a value of any Go type,
// checked against the map's member type.
type anyPutter interface {
	putAny(k string, v any)
}

func (m *Map[T]) putAny(k string, v any) {
	if et := mapMemberType(m.mapInherent()); et != nil && !et.Contains(v) {
		panicMapInherent(et, v)
	}
	m.Put(k, viewElem[T](v))
}

func (m *Map[T]) joinMapFamily(f *mapFamily) { m.fam = f }

// replayPut stores x, a member of another map of the family, converted to T.
func (m *Map[T]) replayPut(k string, x any) { m.store(k, viewElem[T](x)) }

func (m *Map[T]) replayRemove(k string) {
	if i := m.find(k); i >= 0 {
		m.removeAt(i)
	}
}

// put tells the other members of m's family that member k of m is now v.
func (f *mapFamily) put(m familyMap, k string, v any) {
	for _, o := range f.members {
		if o != m {
			o.replayPut(k, v)
		}
	}
}

// remove tells the other members of m's family that m no longer has member k.
func (f *mapFamily) remove(m familyMap, k string) {
	for _, o := range f.members {
		if o != m {
			o.replayRemove(k)
		}
	}
}
