package http

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
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

// startListener starts a listener on a free loopback port; it is closed when the test
// ends.
func startListener(t *testing.T, kv ...any) *Listener {
	t.Helper()
	l, ok := NewListener(0, config(append([]any{"host", "127.0.0.1"}, kv...)...)).(*Listener)
	require.True(t, ok)
	t.Cleanup(func() { _ = l.Close() })
	require.NoError(t, l.Start())
	return l
}

// httpClient is a plain net/http client whose connections are closed when the test
// ends.
func httpClient(t *testing.T) *nethttp.Client {
	tr := &nethttp.Transport{MaxIdleConnsPerHost: 64}
	t.Cleanup(tr.CloseIdleConnections)
	return &nethttp.Client{Transport: tr, Timeout: 10 * time.Second}
}

type reply struct {
	status int
	body   string
	header nethttp.Header
}

func do(t *testing.T, hc *nethttp.Client, method, url, contentType, body string) reply {
	t.Helper()
	req, err := nethttp.NewRequest(method, url, strings.NewReader(body))
	require.NoError(t, err)
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	res, err := hc.Do(req)
	require.NoError(t, err)
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	return reply{res.StatusCode, string(b), res.Header}
}

// albumService is a service in the style of the http BBEs.
func albumService(t *testing.T) *Service {
	var mu sync.Mutex
	albums := []*Album{{Title: "Blue Train", Artist: "John Coltrane", Year: rt.Absent}}
	svc := NewService([]string{"api"})
	svc.Resource("GET", []string{"greeting"}, func(s *rt.Strand, c *Context) any { return "Hello, World!" })
	svc.Resource("GET", []string{"albums"}, func(s *rt.Strand, c *Context) any {
		mu.Lock()
		defer mu.Unlock()
		return &rt.List[*Album]{Elems: append([]*Album(nil), albums...)}
	})
	svc.Resource("GET", []string{"albums", "*"}, func(s *rt.Strand, c *Context) any {
		title := c.PathString(0)
		mu.Lock()
		defer mu.Unlock()
		for _, a := range albums {
			if a.Title == title {
				return a
			}
		}
		r := NewResponse()
		r.StatusCode = 404
		r.SetPayload("no album " + title)
		return r
	})
	svc.Resource("GET", []string{"albums", "new"}, func(s *rt.Strand, c *Context) any { return "the literal segment wins" })
	svc.Resource("POST", []string{"albums"}, func(s *rt.Strand, c *Context) any {
		a := Payload[*Album](c, tAlbum)
		if c.Failed() {
			return nil
		}
		mu.Lock()
		albums = append(albums, a)
		mu.Unlock()
		return a
	})
	svc.Resource("GET", []string{"items", "*", "price"}, func(s *rt.Strand, c *Context) any {
		id := c.PathInt(0)
		if c.Failed() {
			return nil
		}
		return float64(id) * 1.5
	})
	svc.Resource("GET", []string{"flags", "*", "*"}, func(s *rt.Strand, c *Context) any {
		b := c.PathBool(0)
		f := c.PathFloat(1)
		if c.Failed() {
			return nil
		}
		return rt.NewList[any](nil, b, f)
	})
	svc.Resource("GET", []string{"search"}, func(s *rt.Strand, c *Context) any {
		artist := c.Query("artist", "string", false, nil)
		limit := c.Query("limit", "int", true, int64(10))
		exact := c.Query("exact", "boolean", true, nil)
		score := c.Query("score", "float", true, nil)
		if c.Failed() {
			return nil
		}
		return rt.NewMapFrom[any](nil, []string{"artist", "limit", "exact", "score"}, []any{artist, limit, exact, score})
	})
	svc.Resource("GET", []string{"files", "**"}, func(s *rt.Strand, c *Context) any {
		return rt.JoinStrings("|", c.RestPath())
	})
	svc.Resource("GET", []string{"nums", "**"}, func(s *rt.Strand, c *Context) any {
		l := c.RestPathInt()
		if c.Failed() {
			return nil
		}
		return rt.SumInt(l.Elems...)
	})
	svc.Resource("POST", []string{"echo"}, func(s *rt.Strand, c *Context) any {
		req := c.Request()
		r := NewResponse()
		r.SetHeader("X-Method", req.Method)
		r.SetHeader("X-Path", req.RawPath)
		r.SetPayload(req.GetTextPayload())
		return r
	})
	svc.Resource("POST", []string{"text"}, func(s *rt.Strand, c *Context) any {
		v := Payload[string](c, rt.TString)
		if c.Failed() {
			return nil
		}
		return strings.ToUpper(v)
	})
	svc.Resource("POST", []string{"json"}, func(s *rt.Strand, c *Context) any {
		v := Payload[any](c, rt.UnionOf(rt.TJSON))
		if c.Failed() {
			return nil
		}
		return v
	})
	svc.Resource("GET", []string{"nothing"}, func(s *rt.Strand, c *Context) any { return nil })
	svc.Resource("POST", []string{"nothing"}, func(s *rt.Strand, c *Context) any { return nil })
	svc.Resource("GET", []string{"number"}, func(s *rt.Strand, c *Context) any { return int64(7) })
	svc.Resource("GET", []string{"fail"}, func(s *rt.Strand, c *Context) any {
		return rt.NewError("something failed", nil, nil)
	})
	svc.Resource("GET", []string{"panic"}, func(s *rt.Strand, c *Context) any {
		rt.Panic(rt.NewError("resource panicked", nil, nil))
		return nil
	})
	svc.Resource("GET", []string{"nilmap"}, func(s *rt.Strand, c *Context) any {
		var m map[string]int
		m["x"] = 1 // a Go runtime panic
		return nil
	})
	svc.Resource("GET", []string{"teapot"}, func(s *rt.Strand, c *Context) any {
		r := NewResponse()
		r.StatusCode = 418
		r.SetHeader("X-Tea", "green")
		r.SetJsonPayload(rt.NewMapFrom[any](nil, []string{"tea"}, []any{true}))
		return r
	})
	svc.Resource("DEFAULT", []string{"any"}, func(s *rt.Strand, c *Context) any { return "any " + c.Request().Method })
	svc.Resource("PUT", []string{"albums", "*"}, func(s *rt.Strand, c *Context) any { return "put " + c.PathString(0) })
	svc.Resource("DELETE", []string{"albums", "*"}, func(s *rt.Strand, c *Context) any { return "deleted " + c.PathString(0) })
	svc.Resource("PATCH", []string{"albums", "*"}, func(s *rt.Strand, c *Context) any { return "patched " + c.PathString(0) })
	return svc
}

func TestListenerResources(t *testing.T) {
	l := startListener(t)
	l.Attach(albumService(t))
	root := NewService(nil)
	root.Resource("GET", []string{"."}, func(s *rt.Strand, c *Context) any { return "root" })
	root.Resource("GET", []string{"health"}, func(s *rt.Strand, c *Context) any { return true })
	l.Attach(root)
	hc := httpClient(t)
	base := "http://127.0.0.1:" + strconv.FormatInt(l.Port(), 10)
	tests := []struct {
		name, method, path, ctype, body string
		status                          int
		want                            string
		wantType                        string
	}{
		{"string", "GET", "/api/greeting", "", "", 200, "Hello, World!", "text/plain"},
		{"records", "GET", "/api/albums", "", "", 200, `[{"title":"Blue Train", "artist":"John Coltrane"}]`, "application/json"},
		{"path param", "GET", "/api/albums/Blue%20Train", "", "", 200, `{"title":"Blue Train", "artist":"John Coltrane"}`, "application/json"},
		{"literal before param", "GET", "/api/albums/new", "", "", 200, "the literal segment wins", "text/plain"},
		{"response 404", "GET", "/api/albums/Jeru", "", "", 404, "no album Jeru", "text/plain"},
		{"int path param", "GET", "/api/items/4/price", "", "", 200, "6.0", "application/json"},
		{"bool and float path params", "GET", "/api/flags/TRUE/2.5", "", "", 200, "[true, 2.5]", "application/json"},
		{"query params", "GET", "/api/search?artist=John%20Coltrane&exact=true", "", "", 200, `{"artist":"John Coltrane", "limit":10, "exact":true, "score":null}`, "application/json"},
		{"query params set", "GET", "/api/search?limit=3&artist=x&artist=y&score=1.5", "", "", 200, `{"artist":"x", "limit":3, "exact":null, "score":1.5}`, "application/json"},
		{"empty query value", "GET", "/api/search?artist=", "", "", 200, `{"artist":"", "limit":10, "exact":null, "score":null}`, "application/json"},
		{"rest param", "GET", "/api/files/a/b%2Fc/d", "", "", 200, "a|b/c|d", "text/plain"},
		{"empty rest param", "GET", "/api/files", "", "", 200, "", "text/plain"},
		{"int rest param", "GET", "/api/nums/1/2/3", "", "", 200, "6", "application/json"},
		{"payload", "POST", "/api/albums", "application/json", `{"title":"Jeru","artist":"Gerry Mulligan","year":1962}`, 201, `{"title":"Jeru", "artist":"Gerry Mulligan", "year":1962}`, "application/json"},
		{"payload without content type", "POST", "/api/albums", "", `{"title":"Giant Steps","artist":"John Coltrane"}`, 201, `{"title":"Giant Steps", "artist":"John Coltrane"}`, "application/json"},
		{"request parameter", "POST", "/api/echo?q=1", "text/plain", "ping", 200, "ping", "text/plain"},
		{"text payload", "POST", "/api/text", "text/plain", "shout", 201, "SHOUT", "text/plain"},
		{"json payload", "POST", "/api/json", "application/json", `{"a":[1,2]}`, 201, `{"a":[1, 2]}`, "application/json"},
		{"nil is 202", "GET", "/api/nothing", "", "", 202, "", ""},
		{"nil from POST is 202", "POST", "/api/nothing", "", "", 202, "", ""},
		{"int is json", "GET", "/api/number", "", "", 200, "7", "application/json"},
		{"error is 500", "GET", "/api/fail", "", "", 500, "something failed", "text/plain"},
		{"custom response", "GET", "/api/teapot", "", "", 418, `{"tea":true}`, "application/json"},
		{"default accessor", "PUT", "/api/any", "", "", 200, "any PUT", "text/plain"},
		{"put", "PUT", "/api/albums/x", "", "", 200, "put x", "text/plain"},
		{"delete", "DELETE", "/api/albums/x", "", "", 200, "deleted x", "text/plain"},
		{"patch", "PATCH", "/api/albums/x", "", "", 200, "patched x", "text/plain"},
		{"head falls back to get", "HEAD", "/api/greeting", "", "", 200, "", "text/plain"},
		{"root service", "GET", "/", "", "", 200, "root", "text/plain"},
		{"root resource", "GET", "/health", "", "", 200, "true", "application/json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := do(t, hc, tt.method, base+tt.path, tt.ctype, tt.body)
			assert.Equal(t, tt.status, r.status, r.body)
			assert.Equal(t, tt.want, r.body)
			assert.Equal(t, tt.wantType, r.header.Get("Content-Type"))
		})
	}
	r := do(t, hc, "POST", base+"/api/echo?q=1", "text/plain", "x")
	assert.Equal(t, "POST", r.header.Get("X-Method"))
	assert.Equal(t, "/api/echo?q=1", r.header.Get("X-Path"))
	assert.Equal(t, "green", do(t, hc, "GET", base+"/api/teapot", "", "").header.Get("X-Tea"))
}

// errorPayload is the JSON body of the listener's own error responses.
type errorPayload struct {
	Timestamp string `json:"timestamp"`
	Status    int    `json:"status"`
	Reason    string `json:"reason"`
	Message   string `json:"message"`
	Path      string `json:"path"`
	Method    string `json:"method"`
}

func TestListenerErrors(t *testing.T) {
	l := startListener(t)
	l.Attach(albumService(t))
	hc := httpClient(t)
	base := "http://127.0.0.1:" + strconv.FormatInt(l.Port(), 10)
	tests := []struct {
		name, method, path, ctype, body string
		status                          int
		message                         string
	}{
		{"no service", "GET", "/nowhere", "", "", 404, "no matching service found for path : /nowhere"},
		{"no resource", "GET", "/api/unknown", "", "", 404, "no matching resource found for path : /api/unknown , method : GET"},
		{"too many segments", "GET", "/api/greeting/x", "", "", 404, "no matching resource found for path : /api/greeting/x , method : GET"},
		{"method not allowed", "POST", "/api/greeting", "", "", 405, "Method not allowed"},
		{"bad int path param", "GET", "/api/items/abc/price", "", "", 400, "error in casting path parameter : 'abc'"},
		{"bad bool path param", "GET", "/api/flags/yes/1", "", "", 400, "error in casting path parameter : 'yes'"},
		{"bad int rest param", "GET", "/api/nums/1/x", "", "", 400, "error in casting path parameter : 'x'"},
		{"missing query param", "GET", "/api/search", "", "", 400, "no query param value found for 'artist'"},
		{"query param without value", "GET", "/api/search?artist", "", "", 400, "no query param value found for 'artist'"},
		{"bad int query param", "GET", "/api/search?artist=a&limit=ten", "", "", 400, "error in casting query param : 'limit'"},
		{"bad boolean query param", "GET", "/api/search?artist=a&exact=1", "", "", 400, "error in casting query param : 'exact'"},
		{"bad JSON payload", "POST", "/api/albums", "application/json", `{"title":`, 400, "data binding failed: Error occurred while retrieving the json payload from the request: Error occurred while extracting json data from entity: unexpected EOF"},
		{"wrong payload shape", "POST", "/api/albums", "application/json", `{"title":"t"}`, 400, "data binding failed: required field 'artist' not present in JSON"},
		{"text for a record", "POST", "/api/albums", "text/plain", `{"title":"t","artist":"a"}`, 400, "data binding failed: incompatible Album found for 'text/plain' mime type"},
		{"no payload", "POST", "/api/albums", "application/json", "", 400, "data binding failed: No content"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := do(t, hc, tt.method, base+tt.path, tt.ctype, tt.body)
			assert.Equal(t, tt.status, r.status, r.body)
			assert.Equal(t, "application/json", r.header.Get("Content-Type"))
			var p errorPayload
			require.NoError(t, json.Unmarshal([]byte(r.body), &p), r.body)
			assert.Equal(t, tt.status, p.Status)
			assert.Equal(t, nethttp.StatusText(tt.status), p.Reason)
			assert.Equal(t, tt.message, p.Message)
			assert.Equal(t, tt.method, p.Method)
			assert.Equal(t, tt.path, p.Path)
			_, err := time.Parse(time.RFC3339Nano, p.Timestamp)
			assert.NoError(t, err)
		})
	}
	r := do(t, hc, "POST", base+"/api/greeting", "", "")
	assert.Equal(t, "GET", r.header.Get("Allow"))
	r = do(t, hc, "OPTIONS", base+"/api/albums", "", "")
	assert.Equal(t, 204, r.status)
	assert.Equal(t, "GET, POST, OPTIONS", r.header.Get("Allow"))
}

func TestListenerBodyLimit(t *testing.T) {
	l := startListener(t)
	l.Attach(albumService(t))
	hc := httpClient(t)
	url := "http://127.0.0.1:" + strconv.FormatInt(l.Port(), 10) + "/api/text"
	big := strings.Repeat("x", int(MaxRequestBody)+1)
	r := do(t, hc, "POST", url, "text/plain", big)
	assert.Equal(t, 413, r.status)
	// without Content-Length (chunked)
	req, err := nethttp.NewRequest("POST", url, io.MultiReader(strings.NewReader(big)))
	require.NoError(t, err)
	req.ContentLength = -1
	res, err := hc.Do(req)
	require.NoError(t, err)
	_, _ = io.Copy(io.Discard, res.Body)
	res.Body.Close()
	assert.Equal(t, 413, res.StatusCode)
	// at the limit it is read
	r = do(t, hc, "POST", url, "text/plain", big[:MaxRequestBody])
	assert.Equal(t, 201, r.status)
	assert.Len(t, r.body, int(MaxRequestBody))
}

func TestListenerPanic(t *testing.T) {
	l := startListener(t)
	l.Attach(albumService(t))
	hc := httpClient(t)
	base := "http://127.0.0.1:" + strconv.FormatInt(l.Port(), 10)
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			assert.Equal(t, "Hello, World!", do(t, hc, "GET", base+"/api/greeting", "", "").body)
		}()
	}
	r := do(t, hc, "GET", base+"/api/panic", "", "")
	assert.Equal(t, 500, r.status)
	assert.Equal(t, "resource panicked", r.body)
	r = do(t, hc, "GET", base+"/api/nilmap", "", "")
	assert.Equal(t, 500, r.status)
	assert.Contains(t, r.body, "nil map")
	wg.Wait()
	// the service still answers
	assert.Equal(t, "Hello, World!", do(t, hc, "GET", base+"/api/greeting", "", "").body)
}

func TestListenerSlowHeaders(t *testing.T) {
	l := startListener(t, "timeout", 0.3)
	l.Attach(albumService(t))
	conn, err := net.Dial("tcp", "127.0.0.1:"+strconv.FormatInt(l.Port(), 10))
	require.NoError(t, err)
	defer conn.Close()
	start := time.Now()
	_, err = io.WriteString(conn, "GET /api/greeting HTTP/1.1\r\nHost: x\r\n") // never finished
	require.NoError(t, err)
	require.NoError(t, conn.SetReadDeadline(time.Now().Add(5*time.Second)))
	_, err = io.ReadAll(conn)
	var ne net.Error
	assert.False(t, errors.As(err, &ne) && ne.Timeout(), "the listener closes the connection")
	assert.Less(t, time.Since(start), 3*time.Second)
}

func TestListenerGracefulStop(t *testing.T) {
	l := startListener(t)
	svc := NewService([]string{"slow"})
	started := make(chan struct{})
	svc.Resource("GET", nil, func(s *rt.Strand, c *Context) any {
		close(started)
		rt.Sleep(s, 0.3)
		return "finished"
	})
	l.Attach(svc)
	hc := httpClient(t)
	url := "http://127.0.0.1:" + strconv.FormatInt(l.Port(), 10) + "/slow"
	done := make(chan reply, 1)
	go func() { done <- do(t, hc, "GET", url, "", "") }()
	<-started
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	require.NoError(t, l.Stop(ctx))
	r := <-done
	assert.Equal(t, 200, r.status)
	assert.Equal(t, "finished", r.body)
	_, err := net.DialTimeout("tcp", "127.0.0.1:"+strconv.FormatInt(l.Port(), 10), time.Second)
	assert.Error(t, err, "a stopped listener accepts no connection")
}

func TestListenerPortInUse(t *testing.T) {
	l := startListener(t)
	e := errOf(t, NewListener(l.Port(), config("host", "127.0.0.1")), ErrListenerError)
	assert.Contains(t, e.Message(), "Address already in use")
	errOf(t, NewListener(70000, nil), ErrListenerError)
	assert.Equal(t, "object http:Listener", rt.ToString(l))
}

// TestServiceInterleaves shows the requests of one service running as strands of one
// group: a request waiting for a client call does not hold up the others, and the
// counter the resources share without a lock is never raced (go test -race).
func TestServiceInterleaves(t *testing.T) {
	const delay = 300 * time.Millisecond
	backend := httptest.NewServer(nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		time.Sleep(delay)
		_, _ = io.WriteString(w, "backend")
	}))
	defer backend.Close()
	c := newTestClient(t, backend.URL, nil)
	l := startListener(t)
	svc := NewService([]string{"svc"})
	counter := 0 // touched only by strands of the service's group
	svc.Resource("GET", []string{"proxy"}, func(s *rt.Strand, ctx *Context) any {
		counter++
		return Bind[string](c.Execute(s, "prog.bal:1", "GET", "/", nil, nil, nil, nil), rt.TString)
	})
	svc.Resource("GET", []string{"count"}, func(s *rt.Strand, ctx *Context) any {
		counter++
		return int64(counter)
	})
	l.Attach(svc)
	hc := httpClient(t)
	base := "http://127.0.0.1:" + strconv.FormatInt(l.Port(), 10) + "/svc"
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			assert.Equal(t, "backend", do(t, hc, "GET", base+"/proxy", "", "").body)
		}()
	}
	time.Sleep(50 * time.Millisecond)
	start := time.Now()
	for i := 0; i < 100; i++ {
		assert.Equal(t, 200, do(t, hc, "GET", base+"/count", "", "").status)
	}
	assert.Less(t, time.Since(start), delay, "the proxied requests do not hold the group")
	wg.Wait()
	assert.Equal(t, "109", do(t, hc, "GET", base+"/count", "", "").body)
}

// TestConcurrentResource: each request of a concurrent resource runs in a group of its
// own, so one that spins without a yield point until a later request has run ends (in
// the service's group it would spin on); a plain resource of the same service keeps the
// service's group.
func TestConcurrentResource(t *testing.T) {
	l := startListener(t)
	svc := NewService([]string{"svc"})
	var released atomic.Bool
	started := make(chan struct{})
	svc.ConcurrentResource("GET", []string{"spin"}, func(s *rt.Strand, ctx *Context) any {
		close(started)
		deadline := time.Now().Add(5 * time.Second) // fail, not hang, when not in parallel
		for i := 0; !released.Load(); i++ {
			if i%1024 == 0 && time.Now().After(deadline) {
				return "still spinning"
			}
		}
		return "released"
	})
	svc.ConcurrentResource("GET", []string{"release"}, func(s *rt.Strand, ctx *Context) any {
		released.Store(true)
		return "ok"
	})
	counter := 0 // touched only by strands of the service's group
	svc.Resource("GET", []string{"count"}, func(s *rt.Strand, ctx *Context) any {
		counter++
		rt.Sleep(s, 0) // a yield point: the others interleave
		return int64(counter)
	})
	l.Attach(svc)
	hc := httpClient(t)
	base := "http://127.0.0.1:" + strconv.FormatInt(l.Port(), 10) + "/svc"
	spun := make(chan reply, 1)
	go func() { spun <- do(t, hc, "GET", base+"/spin", "", "") }()
	<-started
	assert.Equal(t, "ok", do(t, hc, "GET", base+"/release", "", "").body)
	assert.Equal(t, "released", (<-spun).body)
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			assert.Equal(t, 200, do(t, hc, "GET", base+"/count", "", "").status)
		}()
	}
	wg.Wait()
	assert.Equal(t, "21", do(t, hc, "GET", base+"/count", "", "").body)
}

// TestClientToListener drives a Listener with this package's Client.
func TestClientToListener(t *testing.T) {
	l := startListener(t)
	l.Attach(albumService(t))
	c := newTestClient(t, "localhost:"+strconv.FormatInt(l.Port(), 10)+"/api", nil)
	out := run(t, func(s *rt.Strand) any {
		var sb bytes.Buffer
		greeting := Bind[string](c.Execute(s, "p.bal:1", "GET", "/greeting", nil, nil, nil, nil), rt.TString)
		fmt.Fprintln(&sb, greeting)
		created := Bind[*Album](c.Execute(s, "p.bal:2", "POST", "/albums", &Album{Title: "Kind of Blue", Artist: "Miles Davis", Year: int64(1959)}, nil, nil, nil), tAlbum)
		fmt.Fprintln(&sb, rt.ToString(created))
		all := Bind[*rt.List[*Album]](c.Execute(s, "p.bal:3", "GET", "/albums", nil, nil, nil, nil), tAlbums)
		fmt.Fprintln(&sb, rt.ToString(all))
		one := Bind[*Album](c.Execute(s, "p.bal:4", "GET", "/albums/"+PathSegment("Kind of Blue"), nil, nil, nil, nil), tAlbum)
		fmt.Fprintln(&sb, rt.ToString(one))
		missing := Bind[*Album](c.Execute(s, "p.bal:5", "GET", "/albums/"+PathSegment("x"), nil, nil, nil, nil), tAlbum)
		fmt.Fprintln(&sb, rt.ToString(missing))
		failed := Bind[string](c.Execute(s, "p.bal:6", "GET", "/fail", nil, nil, nil, nil), rt.TString)
		fmt.Fprintln(&sb, rt.ToString(failed))
		q := Bind[any](c.Execute(s, "p.bal:7", "GET", "/search", nil, nil, rt.NewMapFrom[any](nil, []string{"artist", "limit"}, []any{"Miles", int64(2)}), nil), rt.TJSON)
		fmt.Fprintln(&sb, rt.ToString(q))
		accepted := Bind[*Response](c.Execute(s, "p.bal:8", "GET", "/nothing", nil, nil, nil, nil), tResp)
		fmt.Fprintln(&sb, accepted.(*Response).StatusCode)
		return sb.String()
	})
	lines := strings.Split(strings.TrimSpace(out.(string)), "\n")
	require.Len(t, lines, 8)
	assert.Equal(t, []string{
		"Hello, World!",
		`{"title":"Kind of Blue","artist":"Miles Davis","year":1959}`,
		`[{"title":"Blue Train","artist":"John Coltrane"},{"title":"Kind of Blue","artist":"Miles Davis","year":1959}]`,
		`{"title":"Kind of Blue","artist":"Miles Davis","year":1959}`,
	}, lines[:4])
	assert.True(t, strings.HasPrefix(lines[4], `error ClientRequestError ("Not Found",statusCode=404,headers={`), lines[4])
	assert.True(t, strings.HasSuffix(lines[4], `body="no album x")`), lines[4])
	assert.True(t, strings.HasPrefix(lines[5], `error RemoteServerError ("Internal Server Error",statusCode=500,`), lines[5])
	assert.True(t, strings.HasSuffix(lines[5], `body="something failed")`), lines[5])
	assert.Equal(t, `{"artist":"Miles","limit":2,"exact":null,"score":null}`, lines[6])
	assert.Equal(t, "202", lines[7])
}

// TestListenerReadsWholeBodyBeforeTheStrand checks that a slow request body does not
// hold the service's group: the body is read before the strand starts.
func TestListenerReadsWholeBodyBeforeTheStrand(t *testing.T) {
	l := startListener(t)
	l.Attach(albumService(t))
	addr := "127.0.0.1:" + strconv.FormatInt(l.Port(), 10)
	conn, err := net.Dial("tcp", addr)
	require.NoError(t, err)
	defer conn.Close()
	_, err = io.WriteString(conn, "POST /api/text HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 10\r\n\r\nhello")
	require.NoError(t, err)
	hc := httpClient(t)
	start := time.Now()
	assert.Equal(t, "Hello, World!", do(t, hc, "GET", "http://"+addr+"/api/greeting", "", "").body)
	assert.Less(t, time.Since(start), time.Second)
	_, err = io.WriteString(conn, "world")
	require.NoError(t, err)
	res, err := nethttp.ReadResponse(bufio.NewReader(conn), nil)
	require.NoError(t, err)
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	assert.Equal(t, "HELLOWORLD", string(b))
}
