package http

import (
	"encoding/json"
	"io"
	"net"
	nethttp "net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bal2go/bal2go/rt"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// run runs body as the main strand of a program (rt.Run) and returns its result.
func run(t *testing.T, body func(s *rt.Strand) any) any {
	t.Helper()
	o := rt.Run(body)
	require.Nil(t, o.Panic, "panic: %v", o.Panic)
	require.Empty(t, o.Deadlock)
	return o.Result
}

// newTestClient makes a client for url and closes its connections when the test ends.
func newTestClient(t *testing.T, url string, config *rt.Map[any]) *Client {
	t.Helper()
	c, ok := NewClient(url, config).(*Client)
	require.True(t, ok)
	t.Cleanup(c.Close)
	return c
}

func config(kv ...any) *rt.Map[any] {
	m := rt.NewMap[any](nil)
	for i := 0; i < len(kv); i += 2 {
		m.Put(kv[i].(string), kv[i+1])
	}
	return m
}

// echo is what the echo server reports about a request.
type echo struct {
	Method  string              `json:"method"`
	Path    string              `json:"path"`
	Query   map[string][]string `json:"query"`
	Header  map[string][]string `json:"header"`
	Body    string              `json:"body"`
	Content string              `json:"content"`
}

func echoServer(t *testing.T) *httptest.Server {
	srv := httptest.NewServer(nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		b, _ := io.ReadAll(r.Body)
		e := echo{Method: r.Method, Path: r.URL.Path, Query: r.URL.Query(), Header: r.Header, Body: string(b), Content: r.Header.Get("Content-Type")}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("X-Method", r.Method)
		_ = json.NewEncoder(w).Encode(e)
	}))
	t.Cleanup(srv.Close)
	return srv
}

func decodeEcho(t *testing.T, v any) echo {
	t.Helper()
	r, ok := v.(*Response)
	require.True(t, ok, "want a response, got %v", v)
	var e echo
	if r.StatusCode != 200 || len(r.body) == 0 {
		return e
	}
	require.NoError(t, json.Unmarshal(r.body, &e))
	return e
}

func TestClientMethods(t *testing.T) {
	srv := echoServer(t)
	c := newTestClient(t, srv.URL, nil)
	for _, m := range []string{"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"} {
		t.Run(m, func(t *testing.T) {
			res := run(t, func(s *rt.Strand) any {
				return c.Execute(s, "prog.bal:1", m, "/albums/1", nil, nil, nil, nil)
			})
			r := res.(*Response)
			assert.Equal(t, int64(200), r.StatusCode)
			assert.Equal(t, m, r.GetHeader("X-Method"))
			if m != "HEAD" {
				assert.Equal(t, "/albums/1", decodeEcho(t, r).Path)
			}
		})
	}
}

func TestClientMessages(t *testing.T) {
	srv := echoServer(t)
	c := newTestClient(t, srv.URL+"/api/", nil)
	album := &Album{Title: "Blue Train", Artist: "John Coltrane", Year: rt.Absent}
	req := NewRequest()
	req.SetJsonPayload(rt.NewMapFrom[any](nil, []string{"k"}, []any{int64(1)}))
	req.SetHeader("X-Req", "r")
	tests := []struct {
		name    string
		message any
		body    string
		content string
	}{
		{"no message", nil, "", ""},
		{"string", "Hello from client", "Hello from client", "text/plain"},
		{"record", album, `{"title":"Blue Train", "artist":"John Coltrane"}`, "application/json"},
		{"int", int64(3), "3", "application/json"},
		{"json list", rt.NewList[any](nil, int64(1), "a", nil), `[1, "a", null]`, "application/json"},
		{"request", req, `{"k":1}`, "application/json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := decodeEcho(t, run(t, func(s *rt.Strand) any {
				return c.Execute(s, "prog.bal:1", "POST", "greeting", tt.message, nil, nil, nil)
			}))
			assert.Equal(t, "/api/greeting", e.Path)
			assert.Equal(t, tt.body, e.Body)
			assert.Equal(t, tt.content, e.Content)
		})
	}
	e := decodeEcho(t, run(t, func(s *rt.Strand) any {
		return c.Execute(s, "prog.bal:1", "POST", "/x", req, nil, nil, nil)
	}))
	assert.Equal(t, []string{"r"}, e.Header["X-Req"])
}

func TestClientHeadersAndQuery(t *testing.T) {
	srv := echoServer(t)
	c := newTestClient(t, strings.TrimPrefix(srv.URL, "http://"), nil) // no scheme: http
	headers := rt.NewMapFrom[any](nil, []string{"X-One", "X-Many"}, []any{"1", &rt.List[string]{Elems: []string{"a", "b"}}})
	query := rt.NewMapFrom[any](nil,
		[]string{"artist", "year", "price", "new", "tag", "none"},
		[]any{"John Coltrane", int64(1957), 9.5, true, &rt.List[string]{Elems: []string{"jazz", "bop"}}, nil})
	e := decodeEcho(t, run(t, func(s *rt.Strand) any {
		return c.Execute(s, "prog.bal:1", "GET", "/albums?sort=asc", nil, headers, query, nil)
	}))
	assert.Equal(t, []string{"1"}, e.Header["X-One"])
	assert.Equal(t, []string{"a", "b"}, e.Header["X-Many"])
	assert.Equal(t, map[string][]string{
		"sort": {"asc"}, "artist": {"John Coltrane"}, "year": {"1957"}, "price": {"9.5"}, "new": {"true"}, "tag": {"jazz", "bop"},
	}, e.Query)
	assert.Equal(t, "/albums", e.Path)
	e = decodeEcho(t, run(t, func(s *rt.Strand) any {
		return c.Execute(s, "prog.bal:1", "GET", "/my albums?artist=John Coltrane", nil, nil, nil, nil)
	}))
	assert.Equal(t, "/my albums", e.Path)
	assert.Equal(t, map[string][]string{"artist": {"John Coltrane"}}, e.Query)
	// a path segment is escaped
	assert.Equal(t, "a%2Fb%20c", PathSegment("a/b c"))
	assert.Equal(t, "42", PathSegment(int64(42)))
	assert.Equal(t, "1.5", PathSegment(1.5))
}

func TestNewClientErrors(t *testing.T) {
	for _, u := range []string{"http://", "ftp://host/x", "http://[::1", ""} {
		e := errOf(t, NewClient(u, nil), ErrClientError)
		assert.Contains(t, e.Message(), "malformed URL")
	}
	c := newTestClient(t, "https://example.com/a/b/", config("timeout", int64(5)))
	assert.Equal(t, "https://example.com/a/b", c.URL)
	assert.Equal(t, 5*time.Second, c.timeout)
	assert.Equal(t, "object http:Client", rt.ToString(c))
}

// albumServer serves the bodies the binding tests read.
func albumServer(t *testing.T) *httptest.Server {
	mux := nethttp.NewServeMux()
	h := func(path, ct string, status int, body string) {
		mux.HandleFunc(path, func(w nethttp.ResponseWriter, r *nethttp.Request) {
			if ct != "" {
				w.Header().Set("Content-Type", ct)
			}
			w.WriteHeader(status)
			_, _ = io.WriteString(w, body)
		})
	}
	h("/hello", "text/plain", 200, "Hello, World!")
	h("/json", "application/json", 200, `{"a":1,"b":[true,null]}`)
	h("/int", "application/json", 200, `42`)
	h("/album", "application/json", 200, `{"title":"Blue Train","artist":"John Coltrane"}`)
	h("/albums", "application/json", 200, `[{"title":"Blue Train","artist":"John Coltrane"},{"title":"Jeru","artist":"Gerry Mulligan"}]`)
	h("/map", "application/json", 200, `{"x":"1","y":"2"}`)
	h("/missing", "text/plain", 404, "no such thing")
	h("/fail", "application/json", 500, `{"error":"boom"}`)
	h("/bad", "application/json", 200, `{"title":`)
	h("/shape", "application/json", 200, `{"title":"t","artist":5}`)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestClientBinding(t *testing.T) {
	srv := albumServer(t)
	c := newTestClient(t, srv.URL, nil)
	call := func(path string, bind func(res any) any) any {
		return run(t, func(s *rt.Strand) any {
			return bind(c.Execute(s, "prog.bal:1", "GET", path, nil, nil, nil, nil))
		})
	}
	assert.Equal(t, "Hello, World!", call("/hello", func(r any) any { return Bind[string](r, rt.TString) }))
	assert.Equal(t, `{"a":1,"b":[true,null]}`, rt.ToString(call("/json", func(r any) any { return Bind[any](r, rt.TJSON) })))
	assert.Equal(t, int64(42), call("/int", func(r any) any { return Bind[int64](r, rt.TInt) }))
	a := call("/album", func(r any) any { return Bind[*Album](r, tAlbum) })
	assert.Equal(t, "Blue Train", a.(*Album).Title)
	l := call("/albums", func(r any) any { return Bind[*rt.List[*Album]](r, tAlbums) })
	assert.Equal(t, "Gerry Mulligan", l.(*rt.List[*Album]).Elems[1].Artist)
	m := call("/map", func(r any) any { return Bind[*rt.Map[string]](r, rt.MapOf(rt.TString)) })
	assert.Equal(t, `{"x":"1","y":"2"}`, rt.ToString(m))
	r := call("/missing", func(r any) any { return Bind[*Response](r, tResp) })
	assert.Equal(t, int64(404), r.(*Response).StatusCode)
	assert.Equal(t, "no such thing", r.(*Response).GetTextPayload())

	e := errOf(t, call("/missing", func(r any) any { return Bind[string](r, rt.TString) }), ErrClientRequestError)
	assert.Equal(t, "Not Found", e.Message())
	assert.Equal(t, "no such thing", e.Detail().MustGet("body"))
	e = errOf(t, call("/fail", func(r any) any { return Bind[*Album](r, tAlbum) }), ErrRemoteServerError)
	assert.Equal(t, "Internal Server Error", e.Message())
	assert.Equal(t, int64(500), e.Detail().MustGet("statusCode"))
	errOf(t, call("/bad", func(r any) any { return Bind[*Album](r, tAlbum) }), ErrGenericClientError)
	e = errOf(t, call("/shape", func(r any) any { return Bind[*Album](r, tAlbum) }), ErrPayloadBindingClient)
	assert.Equal(t, "Payload binding failed: incompatible value '5' for type 'string' in field 'artist'", e.Message())
}

func TestClientConnectionRefused(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	port := ln.Addr().(*net.TCPAddr).Port
	require.NoError(t, ln.Close())
	c := newTestClient(t, "http://127.0.0.1:"+strconv.Itoa(port), nil)
	res := run(t, func(s *rt.Strand) any {
		return Bind[string](c.Execute(s, "prog.bal:1", "GET", "/x", nil, nil, nil, nil), rt.TString)
	})
	e := errOf(t, res, ErrClientConnectorError)
	assert.Equal(t, "Something wrong with the connection", e.Message())
	cause, ok := e.Cause().(*rt.Error)
	require.True(t, ok)
	assert.Equal(t, "Connection refused: 127.0.0.1/127.0.0.1:"+strconv.Itoa(port), cause.Message())
	assert.True(t, ErrorIs(e, "ClientError"))
}

func TestClientTimeout(t *testing.T) {
	srv := httptest.NewServer(nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	}))
	defer srv.Close()
	c := newTestClient(t, srv.URL, config("timeout", 0.2))
	start := time.Now()
	res := run(t, func(s *rt.Strand) any {
		return Bind[string](c.Execute(s, "prog.bal:1", "GET", "/slow", nil, nil, nil, nil), rt.TString)
	})
	e := errOf(t, res, ErrIdleTimeoutError)
	assert.Equal(t, "Idle timeout triggered before initiating inbound response", e.Message())
	assert.Less(t, time.Since(start), 3*time.Second)
	assert.True(t, ErrorIs(e, "http:ClientError"))
}

// countingServer counts the connections it accepts.
func countingServer(t *testing.T, h nethttp.HandlerFunc) (*httptest.Server, *atomic.Int64) {
	var conns atomic.Int64
	srv := httptest.NewUnstartedServer(h)
	srv.Config.ConnState = func(_ net.Conn, st nethttp.ConnState) {
		if st == nethttp.StateNew {
			conns.Add(1)
		}
	}
	srv.Start()
	t.Cleanup(srv.Close)
	return srv, &conns
}

func TestClientKeepAlive(t *testing.T) {
	srv, conns := countingServer(t, func(w nethttp.ResponseWriter, r *nethttp.Request) {
		_, _ = io.WriteString(w, "ok")
	})
	c := newTestClient(t, srv.URL, nil)
	run(t, func(s *rt.Strand) any {
		for i := 0; i < 50; i++ {
			require.Equal(t, "ok", Bind[string](c.Execute(s, "prog.bal:1", "GET", "/", nil, nil, nil, nil), rt.TString))
		}
		return nil
	})
	assert.Equal(t, int64(1), conns.Load(), "sequential calls reuse one connection")

	// 64 strands of one group at once, twice: the second round opens no connection
	const n = 64
	slow, slowConns := countingServer(t, func(w nethttp.ResponseWriter, r *nethttp.Request) {
		time.Sleep(20 * time.Millisecond)
		_, _ = io.WriteString(w, "ok")
	})
	c2 := newTestClient(t, slow.URL, nil)
	round := func() {
		run(t, func(s *rt.Strand) any {
			var fs []*rt.Future
			for i := 0; i < n; i++ {
				fs = append(fs, s.Start("call", false, func(s *rt.Strand) any {
					return Bind[string](c2.Execute(s, "prog.bal:1", "GET", "/", nil, nil, nil, nil), rt.TString)
				}))
			}
			for _, f := range rt.WaitAll(s, "prog.bal:2", fs...) {
				require.Equal(t, "ok", f)
			}
			return nil
		})
	}
	round()
	assert.LessOrEqual(t, slowConns.Load(), int64(n))
	round()
	// Every call of the second round finds an idle connection, except those for which
	// the first round reused one (a call that ended early under load): never more
	// connections than calls at once (without reuse there would be 2n).
	assert.LessOrEqual(t, slowConns.Load(), int64(n), "the second round reuses the idle connections")
}

// TestClientCallYields shows that a client call suspends only its own strand: strand B
// of the same group runs while strand A waits for a slow response.
func TestClientCallYields(t *testing.T) {
	const delay = 300 * time.Millisecond
	srv := httptest.NewServer(nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		time.Sleep(delay)
		_, _ = io.WriteString(w, "slow")
	}))
	defer srv.Close()
	c := newTestClient(t, srv.URL, nil)
	var mu sync.Mutex
	var events []string
	var bAt time.Duration
	start := time.Now()
	note := func(s string) {
		mu.Lock()
		events = append(events, s)
		mu.Unlock()
	}
	run(t, func(s *rt.Strand) any {
		fb := s.Start("B", false, func(s *rt.Strand) any {
			bAt = time.Since(start)
			note("B ran")
			return nil
		})
		fa := s.Start("A", false, func(s *rt.Strand) any { // runs first: the newest strand
			note("A calls")
			v := Bind[string](c.Execute(s, "prog.bal:3", "GET", "/", nil, nil, nil, nil), rt.TString)
			note("A got " + v.(string))
			return nil
		})
		rt.WaitAll(s, "prog.bal:9", fa, fb)
		return nil
	})
	assert.Equal(t, []string{"A calls", "B ran", "A got slow"}, events)
	assert.Less(t, bAt, delay)
}
