package semtype

import "testing"

func pubField(name string, t SemType) Member { return Member{name, FieldMember, "public", t} }
func pubMethod(name string, t SemType) Member {
	return Member{name, MethodMember, "public", t}
}
func obj(ms ...Member) SemType { return ObjectOf(ms, ObjectQualifiers{}) }

// The facts are those of check/objects_study.md section 1.4 (from jBallerina's and
// nBallerina's semtype test data, and the spec's "Typing").
func TestObjectSubtype(t *testing.T) {
	byteT := IntRange(0, 255)
	oA := obj(pubField("a", Int))
	oAB := obj(pubField("a", Int), pubField("b", String))
	foo := func(ps ...SemType) SemType { return fn(Int, ps...) }
	fooRest := FunctionOf(ListOf([]SemType{Int}, Int), Int) // function (int a, int... r) returns int
	priv := obj(pubField("a", Int), Member{"b", FieldMember, "private#1", String})
	shape := func(q ObjectQualifiers) SemType {
		return ObjectOf([]Member{{"x", FieldMember, "module", Int}, {"f", MethodMember, "module", fn(Int)}}, q)
	}
	plain := shape(ObjectQualifiers{})
	isolatedO := shape(ObjectQualifiers{Isolated: true})
	clientO := shape(ObjectQualifiers{Client: true})
	serviceO := shape(ObjectQualifiers{Service: true})
	id1, id2 := NewDistinctID("D1"), NewDistinctID("D2")
	d1, d2 := Intersect(plain, ObjectDistinct(id1)), Intersect(plain, ObjectDistinct(id2))
	self := NewObjectDefinition()
	recursive := self.Define([]Member{pubField("other", Union(self.SemType(), Nil))}, ObjectQualifiers{})
	self2 := NewObjectDefinition()
	recursive2 := self2.Define([]Member{pubField("other", Union(self2.SemType(), Nil))}, ObjectQualifiers{})
	roArr := obj(pubField("a", ListOf(nil, Int)))
	for _, c := range []struct {
		name string
		a, b SemType
		want bool
	}{
		{"1: equal types", oA, obj(pubField("a", Int)), true},
		{"2: more members is narrower", oAB, oA, true},
		{"2: fewer members is wider", oA, oAB, false},
		{"3: fields are covariant", obj(pubField("a", byteT)), oA, true},
		{"3: not contravariant", oA, obj(pubField("a", byteT)), false},
		{"4: methods by the arrow relation", obj(pubMethod("foo", fooRest)), obj(pubMethod("foo", foo(Int))), true},
		{"5: a private member is not a public one", priv, oAB, false},
		{"5: private members do not matter to a wider type", priv, oA, true},
		{"6: field covariant, method parameter contravariant",
			obj(pubField("foo", byteT), pubMethod("bar", foo(Int))), obj(pubField("foo", Int), pubMethod("bar", foo(byteT))), true},
		{"7: objects are not mappings", oA, MappingOf(nil, Top), false},
		{"8: isolated <= plain", isolatedO, plain, true},
		{"8: plain </= isolated", plain, isolatedO, false},
		{"9: client </= service", clientO, serviceO, false},
		{"9: client <= plain", clientO, plain, true},
		{"10: client and service is empty", Intersect(clientO, serviceO), Never, true},
		{"11: distinct <= its type", d1, plain, true},
		{"11: distinct types are unrelated", d1, d2, false},
		{"11: distinct (distinct O) <= distinct O", Intersect(d1, ObjectDistinct(id2)), d1, true},
		{"12: recursive types are equal", recursive, recursive2, true},
		{"12: and the other way", recursive2, recursive, true},
		{"14: a union of objects <= object {}", Union(oA, obj(pubField("b", Float))), obj(), true},
		{"16: module and public visibility differ", obj(Member{"x", FieldMember, "module", Int}), obj(pubField("x", Int)), false},
		{"17: readonly & T <= T", Intersect(roArr, Readonly), roArr, true},
		{"17: T </= readonly", roArr, Readonly, false},
		{"objects are disjoint from errors", oA, Error, false},
	} {
		if got := IsSubtype(c.a, c.b); got != c.want {
			t.Errorf("%s: IsSubtype = %v, want %v", c.name, got, c.want)
		}
	}
}
