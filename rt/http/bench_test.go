package http

import (
	"encoding/json"
	"io"
	"net"
	nethttp "net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bal2go/bal2go/rt"
	"github.com/stretchr/testify/require"
)

// BenchmarkOneGroupCalls: 100 strands of one group (Start with parallel=false) each
// call an endpoint that answers after 100 ms. The calls suspend only their own strands,
// so the 100 calls overlap: latencies/op (total time / 100 ms) is close to 1, not 100.
func BenchmarkOneGroupCalls(b *testing.B) {
	const strands = 100
	const delay = 100 * time.Millisecond
	srv := httptest.NewServer(nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		time.Sleep(delay)
		_, _ = io.WriteString(w, "ok")
	}))
	defer srv.Close()
	c := NewClient(srv.URL, nil).(*Client)
	defer c.Close()
	var total time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		o := rt.Run(func(s *rt.Strand) any {
			fs := make([]*rt.Future, strands)
			for j := range fs {
				fs[j] = s.Start("call", false, func(s *rt.Strand) any {
					return Bind[string](c.Execute(s, "bench.bal:1", "GET", "/", nil, nil, nil, nil), rt.TString)
				})
			}
			for _, v := range rt.WaitAll(s, "bench.bal:2", fs...) {
				if v != "ok" {
					return rt.NewError("call failed: "+rt.ToString(v), nil, nil)
				}
			}
			return nil
		})
		total += time.Since(start)
		if o.Result != nil || o.Panic != nil {
			b.Fatalf("run: %v %v", o.Result, o.Panic)
		}
	}
	b.ReportMetric(float64(total)/float64(b.N)/float64(delay), "latencies/op")
}

// loadAlbum is the small record both load-test servers answer with.
type loadAlbum struct {
	Title  string `bal:"title" json:"title"`
	Artist string `bal:"artist" json:"artist"`
	Year   int64  `bal:"year" json:"year"`
}

// load sends n GET requests to url over conns concurrent keep-alive connections and
// returns the requests per second and the number of failed requests.
func load(url string, n, conns int) (perSec float64, failed int64) {
	tr := &nethttp.Transport{MaxIdleConnsPerHost: conns, MaxConnsPerHost: conns, DisableCompression: true}
	defer tr.CloseIdleConnections()
	hc := &nethttp.Client{Transport: tr, Timeout: 10 * time.Second}
	var next atomic.Int64
	var bad atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	for w := 0; w < conns; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for next.Add(1) <= int64(n) {
				res, err := hc.Get(url)
				if err != nil {
					bad.Add(1)
					continue
				}
				body, err := io.ReadAll(res.Body)
				res.Body.Close()
				if err != nil || res.StatusCode != 200 || len(body) == 0 {
					bad.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	return float64(n) / time.Since(start).Seconds(), bad.Load()
}

// albumListener starts a Listener whose service answers GET /album with a small JSON
// record; concurrent registers the resource with ConcurrentResource (each request in a
// group of its own) instead of Resource (every request in the service's group).
func albumListener(concurrent bool) *Listener {
	l := NewListener(0, config("host", "127.0.0.1")).(*Listener)
	svc := NewService(nil)
	register := svc.Resource
	if concurrent {
		register = svc.ConcurrentResource
	}
	register("GET", []string{"album"}, func(s *rt.Strand, c *Context) any {
		return &loadAlbum{Title: "Blue Train", Artist: "John Coltrane", Year: 1957}
	})
	l.Attach(svc)
	_ = l.Start()
	return l
}

// plainServer is the hand-written net/http server doing the same work.
func plainServer() (*nethttp.Server, string) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	srv := &nethttp.Server{Handler: nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		if r.URL.Path != "/album" {
			nethttp.NotFound(w, r)
			return
		}
		body, _ := json.Marshal(&loadAlbum{Title: "Blue Train", Artist: "John Coltrane", Year: 1957})
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		_, _ = w.Write(body)
	})}
	go func() { _ = srv.Serve(ln) }()
	return srv, "http://" + ln.Addr().String() + "/album"
}

// BenchmarkLoad: 10,000 requests over 256 concurrent keep-alive connections against a
// Listener+Service answering a small JSON record (its resource registered with
// Resource, then with ConcurrentResource), and against a hand-written net/http server
// doing the same; reports the three rates and the ratios to net/http, and fails on any
// failed request.
func BenchmarkLoad(b *testing.B) {
	const requests, conns = 10000, 256
	l := albumListener(false)
	defer l.Close()
	lc := albumListener(true)
	defer lc.Close()
	srv, plainURL := plainServer()
	defer srv.Close()
	balURL := "http://127.0.0.1:" + strconv.FormatInt(l.Port(), 10) + "/album"
	concURL := "http://127.0.0.1:" + strconv.FormatInt(lc.Port(), 10) + "/album"
	var balRate, concRate, goRate float64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r, failed := load(balURL, requests, conns)
		if failed != 0 {
			b.Fatalf("listener: %d failed requests", failed)
		}
		balRate += r
		r, failed = load(concURL, requests, conns)
		if failed != 0 {
			b.Fatalf("listener, concurrent resource: %d failed requests", failed)
		}
		concRate += r
		r, failed = load(plainURL, requests, conns)
		if failed != 0 {
			b.Fatalf("net/http: %d failed requests", failed)
		}
		goRate += r
	}
	b.ReportMetric(balRate/float64(b.N), "listener-req/s")
	b.ReportMetric(concRate/float64(b.N), "concurrent-req/s")
	b.ReportMetric(goRate/float64(b.N), "nethttp-req/s")
	b.ReportMetric(balRate/goRate, "ratio")
	b.ReportMetric(concRate/goRate, "concurrent-ratio")
}

// TestListenerLoad is a bounded load test run with the tests: 2,000 requests over 64
// keep-alive connections, none may fail, with the resource registered with Resource and
// with ConcurrentResource.
func TestListenerLoad(t *testing.T) {
	for _, concurrent := range []bool{false, true} {
		l := albumListener(concurrent)
		url := "http://127.0.0.1:" + strconv.FormatInt(l.Port(), 10) + "/album"
		_, failed := load(url, 2000, 64)
		require.Zero(t, failed, "concurrent: %v", concurrent)
		hc := httpClient(t)
		require.Equal(t, `{"title":"Blue Train", "artist":"John Coltrane", "year":1957}`, do(t, hc, "GET", url, "", "").body)
		require.NoError(t, l.Close())
	}
}

// BenchmarkCPUBoundNeighbour: a service whose resource /cpu computes for 300 ms with no
// yield point, and whose /hello answers at once. Each iteration sends /cpu, then, once it
// computes, /hello, and measures how long /hello takes: registered with Resource, the
// service's requests run one at a time in its group, and /hello waits for /cpu (close to
// 300 ms); with ConcurrentResource (an isolated resource of an isolated service), it runs
// in a group of its own and answers at once. Reports the mean /hello latency of both, in
// milliseconds.
func BenchmarkCPUBoundNeighbour(b *testing.B) {
	const compute = 300 * time.Millisecond
	for _, concurrent := range []bool{false, true} {
		name := "serial"
		if concurrent {
			name = "concurrent"
		}
		b.Run(name, func(b *testing.B) {
			l := NewListener(0, config("host", "127.0.0.1")).(*Listener)
			defer l.Close()
			svc := NewService(nil)
			register := svc.Resource
			if concurrent {
				register = svc.ConcurrentResource
			}
			computing := make(chan struct{}, 1)
			register("GET", []string{"cpu"}, func(s *rt.Strand, c *Context) any {
				computing <- struct{}{}
				n := 0
				for start := time.Now(); time.Since(start) < compute; n++ {
				}
				return int64(n)
			})
			register("GET", []string{"hello"}, func(s *rt.Strand, c *Context) any { return "hello" })
			l.Attach(svc)
			_ = l.Start()
			base := "http://127.0.0.1:" + strconv.FormatInt(l.Port(), 10)
			tr := &nethttp.Transport{}
			defer tr.CloseIdleConnections()
			hc := &nethttp.Client{Transport: tr, Timeout: 10 * time.Second}
			get := func(path string) {
				res, err := hc.Get(base + path)
				if err != nil {
					b.Error(err)
					return
				}
				_, _ = io.Copy(io.Discard, res.Body)
				res.Body.Close()
			}
			var total time.Duration
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				done := make(chan struct{})
				go func() {
					defer close(done)
					get("/cpu")
				}()
				<-computing
				start := time.Now()
				get("/hello")
				total += time.Since(start)
				<-done
			}
			b.ReportMetric(float64(total.Microseconds())/1000/float64(b.N), "hello-ms")
		})
	}
}
