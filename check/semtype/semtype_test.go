package semtype

import (
	"math"
	"testing"
)

func arr(t SemType) SemType                 { return ListOf(nil, t) }
func tup(ms ...SemType) SemType             { return ListOf(ms, Never) }
func mapOf(t SemType) SemType               { return MappingOf(nil, t) }
func rec(rest SemType, fs ...Field) SemType { return MappingOf(fs, rest) }
func fld(name string, t SemType) Field      { return Field{Name: name, Type: t} }
func opt(name string, t SemType) Field      { return Field{Name: name, Type: t, Optional: true} }
func fn(ret SemType, ps ...SemType) SemType { return FunctionOf(tup(ps...), ret) }

// intList is type L record {| int head; L? tail; |}, built recursively.
func intList(elem SemType) SemType {
	d := NewMappingDefinition()
	return d.Define([]Field{fld("head", elem), fld("tail", Union(d.SemType(), Nil))}, Never)
}

func TestSubtype(t *testing.T) {
	byteT := IntRange(0, 255)
	cases := []struct {
		name string
		a, b SemType
		want bool
	}{
		{"int<=int", Int, Int, true},
		{"int<=any", Int, Any, true},
		{"error<=any", Error, Any, false},
		{"error<=top", Error, Top, true},
		{"1<=int", IntConst(1), Int, true},
		{"int<=1", Int, IntConst(1), false},
		{"byte<=int", byteT, Int, true},
		{"byte<=0..300", byteT, IntRange(0, 300), true},
		{"byte<=1..255", byteT, IntRange(1, 255), false},
		{"0..255 = 0..127|128..255", byteT, Union(IntRange(0, 127), IntRange(128, 255)), true},
		{"int = min..-1|0..max", Int, Union(IntRange(math.MinInt64, -1), IntRange(0, math.MaxInt64)), true},
		{"boolean<=true|false", Boolean, Union(BooleanConst(true), BooleanConst(false)), true},
		{"boolean<=true", Boolean, BooleanConst(true), false},
		{"\"a\"<=string", StringConst("a"), String, true},
		{"\"a\"<=Char", StringConst("a"), StringChar, true},
		{"\"ab\"<=Char", StringConst("ab"), StringChar, false},
		{"Char<=string", StringChar, String, true},
		{"1.5<=float", FloatConst(1.5), Float, true},
		{"float<=1.5", Float, FloatConst(1.5), false},
		{"-0.0 is 0.0", FloatConst(math.Copysign(0, -1)), FloatConst(0), true},
		{"int[]<=any[]", arr(Int), arr(Any), true},
		{"any[]<=int[]", arr(Any), arr(Int), false},
		{"[int,int]<=int[]", tup(Int, Int), arr(Int), true},
		{"int[]<=[int,int]", arr(Int), tup(Int, Int), false},
		{"[int]<=[int,int]", tup(Int), tup(Int, Int), false},
		{"[int,string]<=(int|string)[]", tup(Int, String), arr(Union(Int, String)), true},
		{"[int|string]<=[int]|[string]", tup(Union(Int, String)), Union(tup(Int), tup(String)), true},
		{"[int, string...]<=[int]|[int,string,string...]", ListOf([]SemType{Int}, String),
			Union(tup(Int), ListOf([]SemType{Int, String}, String)), true},
		{"[int, string...]<=[int]|[int,string,string,string...]", ListOf([]SemType{Int}, String),
			Union(tup(Int), ListOf([]SemType{Int, String, String}, String)), false},
		{"never[]<=int[]", arr(Never), arr(Int), true},
		{"[]<=never[]", tup(), arr(Never), true},
		{"int[]<=anydata", arr(Int), Anydata, true},
		{"int[]<=json", arr(Int), JSON, true},
		{"map<json> <= anydata", mapOf(JSON), Anydata, true},
		{"anydata <= json", Anydata, JSON, false},
		{"error[] <= anydata", arr(Error), Anydata, false},
		{"closed<=open", rec(Never, fld("x", Int)), rec(Anydata, fld("x", Int)), true},
		{"open<=closed", rec(Anydata, fld("x", Int)), rec(Never, fld("x", Int)), false},
		{"required<=optional", rec(Never, fld("x", Int)), rec(Never, opt("x", Int)), true},
		{"optional<=required", rec(Never, opt("x", Int)), rec(Never, fld("x", Int)), false},
		{"{x,y}<=open{x}", rec(Never, fld("x", Int), fld("y", String)), rec(Anydata, fld("x", Int)), true},
		{"{x,y}<=closed{x}", rec(Never, fld("x", Int), fld("y", String)), rec(Never, fld("x", Int)), false},
		{"record<=map<int>", rec(Never, fld("x", Int), fld("y", IntConst(2))), mapOf(Int), true},
		{"open record<=map<int>", rec(Anydata, fld("x", Int)), mapOf(Int), false},
		{"map<int><=record{|int...|}", mapOf(Int), rec(Int), true},
		{"map<int><=record{int x}", mapOf(Int), rec(Anydata, fld("x", Int)), false},
		{"{x:int|string}<={x:int}|{x:string}", rec(Never, fld("x", Union(Int, String))),
			Union(rec(Never, fld("x", Int)), rec(Never, fld("x", String))), true},
		{"list<=list(any)", intList(Int), intList(Any), true},
		{"list(any)<=list(int)", intList(Any), intList(Int), false},
		{"list(1)<=list(int)", intList(IntConst(1)), intList(Int), true},
		{"list<=anydata", intList(Int), Anydata, true},
		{"fn contravariant", fn(Int, Any), fn(Int, Int), true},
		{"fn not covariant param", fn(Int, Int), fn(Int, Any), false},
		{"fn covariant ret", fn(IntConst(1), Int), fn(Int, Int), true},
		{"fn ret", fn(Int, Int), fn(IntConst(1), Int), false},
		{"fn<=function", fn(Int, Int), Function, true},
		{"fn & fn <= fn", Intersect(fn(Int, Int), fn(String, String)), fn(Union(Int, String), Union(Int, String)), true},
		{"future<int><=future<any>", FutureOf(Int), FutureOf(Any), true},
		{"future<any><=future<int>", FutureOf(Any), FutureOf(Int), false},
		{"future<int><=future<int>|future<string>", FutureOf(Int), Union(FutureOf(Int), FutureOf(String)), true},
		{"future<int|string><=future<int>|future<string>", FutureOf(Union(Int, String)), Union(FutureOf(Int), FutureOf(String)), false},
		{"readonly&int[]<=int[]", Intersect(Readonly, arr(Int)), arr(Int), true},
		{"int[]<=readonly", arr(Int), Readonly, false},
		{"readonly&int[]<=readonly", Intersect(arr(Int), Readonly), Readonly, true},
		{"int<=readonly", Int, Readonly, true},
		{"readonly&int[][]<=readonly&(readonly&int[])[]", Intersect(arr(arr(Int)), Readonly),
			arr(Intersect(arr(Int), Readonly)), true},
		{"error<detail><=error", ErrorDetail(rec(Anydata, fld("code", Int))), Error, true},
		{"error<=error<detail>", Error, ErrorDetail(rec(Anydata, fld("code", Int))), false},
		{"error<{code:1}><=error<{code:int}>", ErrorDetail(rec(Anydata, fld("code", IntConst(1)))),
			ErrorDetail(rec(Anydata, fld("code", Int))), true},
		{"error<map<anydata>> is error", ErrorDetail(mapOf(Anydata)), Error, true},
		{"error<=error<map<anydata>>", Error, ErrorDetail(mapOf(Anydata)), false},
		{"error<=error<map<readonly>>", Error, ErrorDetail(mapOf(Readonly)), true},
	}
	for _, c := range cases {
		if got := IsSubtype(c.a, c.b); got != c.want {
			t.Errorf("%s: IsSubtype = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestDistinct(t *testing.T) {
	id1, id2 := NewDistinctID("E1"), NewDistinctID("E2")
	e1, e2 := ErrorDistinct(id1), ErrorDistinct(id2)
	for _, c := range []struct {
		name string
		a, b SemType
		want bool
	}{
		{"E1<=error", e1, Error, true},
		{"error<=E1", Error, e1, false},
		{"E1<=E2", e1, e2, false},
		{"E1&E2<=E1", Intersect(e1, e2), e1, true},
		{"E1&E2 is not empty", Intersect(e1, e2), Never, false},
		{"E1\\E1 is empty", Diff(e1, e1), Never, true},
	} {
		if got := IsSubtype(c.a, c.b); got != c.want {
			t.Errorf("%s: IsSubtype = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestEmpty(t *testing.T) {
	// type T record {| T x; |} has no finite shape.
	d := NewMappingDefinition()
	noBase := d.Define([]Field{fld("x", d.SemType())}, Never)
	// type L [int, L] neither; type M [int, M?] does.
	ld := NewListDefinition()
	noBaseList := ld.Define([]SemType{Int, ld.SemType()}, Never)
	md := NewListDefinition()
	withBase := md.Define([]SemType{Int, Union(md.SemType(), Nil)}, Never)
	for _, c := range []struct {
		name string
		t    SemType
		want bool
	}{
		{"never", Never, true},
		{"int", Int, false},
		{"record {|T x;|}", noBase, true},
		{"[int, L]", noBaseList, true},
		{"[int, M?]", withBase, false},
		{"int & string", Intersect(Int, String), true},
		{"[int] & [string]", Intersect(tup(Int), tup(String)), true},
		{"[int] & int[]", Intersect(tup(Int), arr(Int)), false},
		{"[int] & [int, int]", Intersect(tup(Int), tup(Int, Int)), true},
		{"{x:int} & {|y:int|}", Intersect(rec(Anydata, fld("x", Int)), rec(Never, fld("y", Int))), true},
		{"{x:int} & {|x?:int|}", Intersect(rec(Anydata, fld("x", Int)), rec(Never, opt("x", Int))), false},
		{"1..5 minus 1..5", Diff(IntRange(1, 5), IntRange(1, 5)), true},
		{"int[] minus any[]", Diff(arr(Int), arr(Any)), true},
		{"any[] minus int[]", Diff(arr(Any), arr(Int)), false},
		{"readonly & future", Intersect(Readonly, FutureOf(Int)), true},
		{"readonly & int[] & mutable", Diff(Intersect(Readonly, arr(Int)), Readonly), true},
	} {
		if got := IsEmpty(c.t); got != c.want {
			t.Errorf("%s: IsEmpty = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestSingleValue(t *testing.T) {
	for _, c := range []struct {
		t    SemType
		want any
		ok   bool
	}{
		{IntConst(3), int64(3), true},
		{StringConst("ab"), "ab", true},
		{StringConst("a"), "a", true},
		{BooleanConst(true), true, true},
		{FloatConst(2.5), 2.5, true},
		{Nil, nil, true},
		{Int, nil, false},
		{Union(IntConst(1), IntConst(2)), nil, false},
	} {
		got, ok := c.t.SingleValue()
		if ok != c.ok || got != c.want {
			t.Errorf("%v.SingleValue() = %v, %v; want %v, %v", c.t, got, ok, c.want, c.ok)
		}
	}
}

// Recursive types built twice are equal, and the memo handles mutual recursion.
func TestRecursiveEquivalence(t *testing.T) {
	a, b := intList(Int), intList(Int)
	if !IsSubtype(a, b) || !IsSubtype(b, a) {
		t.Fatal("two definitions of the same recursive type differ")
	}
	// type J1 int|J1[]; type J2 int|J2[]|J2[][]
	d1 := NewListDefinition()
	j1 := Union(Int, d1.SemType())
	d1.Define(nil, j1)
	d2, d3 := NewListDefinition(), NewListDefinition()
	j2 := Union(Int, d2.SemType(), d3.SemType())
	d2.Define(nil, j2)
	d3.Define(nil, d2.SemType())
	if !IsSubtype(j1, j2) || !IsSubtype(j2, j1) {
		t.Fatal("int|J1[] and int|J2[]|J2[][] should be equivalent")
	}
	if IsSubtype(j1, Int) {
		t.Fatal("int|J1[] <= int")
	}
}
