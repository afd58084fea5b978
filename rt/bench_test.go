package rt

import (
	"testing"
	"time"
)

// Each benchmark times the rt version and a plain-Go twin in the same run and reports
// rt-ns/op and the ratio rt/plain.

func fibChecked(n int64) int64 {
	if n < 2 {
		return n
	}
	return AddInt(fibChecked(SubInt(n, 1)), fibChecked(SubInt(n, 2)))
}

func fibPlain(n int64) int64 {
	if n < 2 {
		return n
	}
	return fibPlain(n-1) + fibPlain(n-2)
}

func sumChecked(l *List[int64]) int64 {
	var s int64
	for i := int64(0); i < l.Len(); i++ {
		s = AddInt(s, MulInt(l.Get(i), 3))
		l.Set(i, ModInt(s, 7))
	}
	return s
}

func sumPlain(xs []int64) int64 {
	var s int64
	for i := range xs {
		s += xs[i] * 3
		xs[i] = s % 7
	}
	return s
}

var sink int64

func ratio(b *testing.B, checked, plain func()) {
	b.Helper()
	measure := func(f func()) time.Duration {
		start := time.Now()
		for i := 0; i < b.N; i++ {
			f()
		}
		return time.Since(start)
	}
	tp := measure(plain)
	tc := measure(checked)
	b.ReportMetric(float64(tc.Nanoseconds())/float64(b.N), "rt-ns/op")
	if tp > 0 {
		b.ReportMetric(float64(tc)/float64(tp), "ratio")
	}
}

func BenchmarkFib20(b *testing.B) {
	ratio(b, func() { sink = fibChecked(20) }, func() { sink = fibPlain(20) })
}

func BenchmarkListLoop(b *testing.B) {
	l := NewList[int64](nil, make([]int64, 1000)...)
	xs := make([]int64, 1000)
	ratio(b, func() { sink = sumChecked(l) }, func() { sink = sumPlain(xs) })
}

var benchKeys = func() []string {
	ks := make([]string, 16)
	for i := range ks {
		ks[i] = "key" + string(rune('a'+i))
	}
	return ks
}()

// BenchmarkMapGetPut counts keys in a *Map[int64] (Member, Put, MustGet, as
// generated code does) against a Go map.
func BenchmarkMapGetPut(b *testing.B) {
	m := NewMap[int64](nil)
	g := map[string]int64{}
	ratio(b, func() {
		for i := range 64 {
			k := benchKeys[i%len(benchKeys)]
			if c, ok := m.Member(k).(int64); ok {
				m.Put(k, c+1)
			} else {
				m.Put(k, 1)
			}
			sink += m.MustGet(k)
		}
	}, func() {
		for i := range 64 {
			k := benchKeys[i%len(benchKeys)]
			g[k]++
			sink += g[k]
		}
	})
}

// BenchmarkMapGetSmall reads a small map (Get), the scanning path.
func BenchmarkMapGetSmall(b *testing.B) {
	m := NewMap[int64](nil)
	g := map[string]int64{}
	for i, k := range benchKeys[:6] {
		m.Put(k, int64(i))
		g[k] = int64(i)
	}
	ratio(b, func() {
		for i := range 64 {
			v, _ := m.Get(benchKeys[i%6])
			sink += v
		}
	}, func() {
		for i := range 64 {
			sink += g[benchKeys[i%6]]
		}
	})
}

type benchRecord struct {
	A         int64     `bal:"a"`
	B         string    `bal:"b"`
	ReadOnly_ *ReadOnly `bal:",readonly"`
}

// BenchmarkRecordSetField stores into a record field as generated code does
// (rt.SetField) against a plain Go store.
func BenchmarkRecordSetField(b *testing.B) {
	r := &benchRecord{}
	p := &benchRecord{}
	ratio(b, func() {
		for i := range int64(64) {
			SetField(r.ReadOnly_, &r.A, r.A+i)
		}
		sink += r.A
	}, func() {
		for i := range int64(64) {
			p.A = p.A + i
		}
		sink += p.A
	})
}
