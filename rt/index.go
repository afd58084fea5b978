package rt

// Index maps anydata keys to values of type V, telling keys apart as ==
// does (DeepEquals: 1.0 and 1.00d are different keys, a mapping's fields in
// any order the same): a query's join index and group by index for keys
// other than ints, strings and booleans, which generated code keys a Go map
// with directly.
type Index[V any] struct {
	buckets map[uint64][]indexEntry[V]
}

type indexEntry[V any] struct {
	key any
	val V
}

// NewIndex returns an empty index.
func NewIndex[V any]() *Index[V] {
	return &Index[V]{buckets: map[uint64][]indexEntry[V]{}}
}

// Get returns the value of the key equal to k, and whether there is one.
func (x *Index[V]) Get(k any) (V, bool) {
	for _, e := range x.buckets[keyHash(k, 0)] {
		if Equal(e.key, k) {
			return e.val, true
		}
	}
	var zero V
	return zero, false
}

// Set sets the value of the key equal to k (adding k when there is none).
func (x *Index[V]) Set(k any, v V) {
	h := keyHash(k, 0)
	b := x.buckets[h]
	for i := range b {
		if Equal(b[i].key, k) {
			b[i].val = v
			return
		}
	}
	x.buckets[h] = append(b, indexEntry[V]{k, v})
}

// KeyTuple is the key of several grouping keys' values, compared member by
// member.
func KeyTuple(vals ...any) any { return &List[any]{Elems: vals} }
