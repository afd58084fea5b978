// Subtyping is inclusion of sets of shapes (spec "Types, values and shapes"), exact on
// recursive types and on unions of structured types.

type L1 record {| int head; L1? tail; |};
type L2 record {| int|string head; L2? tail; |};
type L3 record {| string head; L3? tail; |};

// Two spellings of one recursive type.
type T1 record {| int v; T1[] kids; |};
type T2 record {| int v; record {| int v; T2[] kids; |}[] kids; |};

// The mismatch is only seen after unfolding the recursion many times.
type Deep1 record {| Deep1? a; int leaf?; |};
type Deep2 record {| Deep2? a; string leaf?; |};

type Open record { int x; };
type Closed record {| int x; |};

function lists(L1 l1, L2 l2, L3 l3) {
    L2 a = l1;
    L1 b = l2; // ERROR "incompatible types: expected 'L1', found 'L2'"
    L3 c = l1; // ERROR "incompatible types: expected 'L3', found 'L1'"
    L2 d = l3;
}

function equivalent(T1 t1, T2 t2) {
    T2 a = t1;
    T1 b = t2;
}

function deep(Deep1 d1, Deep2 d2) {
    Deep2 a = d1; // ERROR "incompatible types: expected 'Deep2', found 'Deep1'"
}

function records(Open o, Closed c, map<int> m) {
    Open a = c;
    Closed b = o; // ERROR "incompatible types: expected 'Closed', found 'Open'"
    map<int> d = c; // a subtype: no mismatch
    map<int> e = o; // ERROR "incompatible types: expected 'map<int>', found 'Open'"
    record {| int...; |} f = m;
}

function tuples([int|string] t, [int, string...] u) {
    [int]|[string] a = t;
    [int]|[int, string, string...] b = u;
    [int]|[int, string, string, string...] c = u; // ERROR "incompatible types: expected '\(\[int\]\|\[int,string,string,string...\]\)', found '\[int,string...\]'"
    boolean[1] d = [true];
    true|false e = d[0];
}
