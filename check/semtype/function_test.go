package semtype

import "testing"

// Fact 15 of check/objects_study.md section 1.4 (jBallerina's type-rel test
// func-quals-tv.bal): an isolated function type is a subtype of the plain one with
// the same signature, not the reverse; the arrow relation holds under the bit.
func TestIsolatedFunction(t *testing.T) {
	plain := fn(Nil)
	iso := IsolatedFunction(plain)
	intToInt, byteToInt := fn(Int, Int), fn(Int, IntRange(0, 255))
	isoIntToInt := IsolatedFunction(intToInt)
	for _, c := range []struct {
		name string
		a, b SemType
		want bool
	}{
		{"isolated function () <= function ()", iso, plain, true},
		{"function () <= isolated function ()", plain, iso, false},
		{"isolated function () <= function", iso, Function, true},
		{"isolated function () <= isolated function", iso, IsolatedFunction(Function), true},
		{"function () <= isolated function", plain, IsolatedFunction(Function), false},
		{"isolated function (int) returns int <= isolated function (byte) returns int", isoIntToInt,
			IsolatedFunction(byteToInt), true},
		{"isolated function (byte) returns int <= isolated function (int) returns int",
			IsolatedFunction(byteToInt), isoIntToInt, false},
		{"isolated function (int) returns int <= function (byte) returns int", isoIntToInt, byteToInt, true},
		{"function (int) returns int <= isolated function (byte) returns int", intToInt,
			IsolatedFunction(byteToInt), false},
		{"isolated f & g <= isolated (f & g)", Intersect(isoIntToInt, fn(String, String)),
			IsolatedFunction(Intersect(intToInt, fn(String, String))), true},
		{"isolated function minus function is empty", Diff(IsolatedFunction(Function), Function), Never, true},
		{"function minus isolated function is not empty", Diff(Function, IsolatedFunction(Function)), Never, false},
		{"isolated function () & (function () minus isolated) is empty",
			Intersect(iso, Diff(plain, IsolatedFunction(Function))), Never, true},
	} {
		if got := IsSubtype(c.a, c.b); got != c.want {
			t.Errorf("%s: IsSubtype = %v, want %v", c.name, got, c.want)
		}
	}
}
