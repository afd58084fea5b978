package codegen

import (
	"go/format"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// spreadLines repeats a directive exactly where a later Go line of the same
// statement can fail, respects the block (and case clause) a directive holds
// in, and is a fixed point on its own output.
func TestSpreadLines(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{
			name: "conditional expression",
			in: `
func f(c bool, a int64) {
//line p.bal:6
	var cond1_ int64
	if c {
		cond1_ = rt.DivInt(10, a)
	} else {
		cond1_ = 1
	}
	x := cond1_
//line p.bal:7
	rt.Println(x)
}`,
			want: `
func f(c bool, a int64) {
//line p.bal:6
	var cond1_ int64
//line p.bal:6
	if c {
//line p.bal:6
		cond1_ = rt.DivInt(10, a)
	} else {
		cond1_ = 1
	}
	x := cond1_
//line p.bal:7
	rt.Println(x)
}`,
		},
		{
			name: "after a function literal with its own lines",
			in: `
func f(a int64) {
//line p.bal:9
	r := apply(func(v int64) int64 {
//line p.bal:10
		return rt.MulInt(v, 2)
	}, rt.DivInt(10, a))
//line p.bal:12
	rt.Println(r)
}`,
			want: `
func f(a int64) {
//line p.bal:9
	r := apply(func(v int64) int64 {
//line p.bal:10
		return rt.MulInt(v, 2)
//line p.bal:9
	}, rt.DivInt(10, a))
//line p.bal:12
	rt.Println(r)
}`,
		},
		{
			name: "a case clause's directive ends with the clause",
			in: `
func f(x int64) {
//line p.bal:3
	switch x {
	case 1:
//line p.bal:5
		rt.Println(x)
	case rt.DivInt(10, x):
		rt.Println(x)
	}
}`,
			want: `
func f(x int64) {
//line p.bal:3
	switch x {
	case 1:
//line p.bal:5
		rt.Println(x)
//line p.bal:3
	case rt.DivInt(10, x):
//line p.bal:3
		rt.Println(x)
	}
}`,
		},
		{
			name: "a const group is not a call",
			in: `
func f(strand *rt.Strand, x int64) {
//line p.bal:3
	rt.Println(x)
	const (
		workerA_ = 0
		chanAToB_ = 0
	)
//line p.bal:4
	rt.Println(x)
}`,
		},
		{
			name: "no directives (-nolines): unchanged",
			in: `
func f(x int64) {
	var cond1_ int64
	if x > 0 {
		cond1_ = rt.DivInt(10, x)
	}
	rt.Println(cond1_)
}`,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src, err := format.Source([]byte("package p\n\nimport \"example.com/rt\"\n" + tc.in + "\n"))
			require.NoError(t, err)
			want := string(src)
			if tc.want != "" {
				w, err := format.Source([]byte("package p\n\nimport \"example.com/rt\"\n" + tc.want + "\n"))
				require.NoError(t, err)
				want = string(w)
			}
			got, err := spreadLines(src)
			require.NoError(t, err)
			require.Equal(t, want, string(got))
			again, err := spreadLines(got)
			require.NoError(t, err)
			require.Equal(t, string(got), string(again), "a second pass changes nothing")
			require.False(t, strings.Contains(string(got), "\t//line"), "directives stay at column 1")
		})
	}
}
