package http

// Abuse tests of the Listener: slow, oversized and malformed requests, odd methods and
// a flood of connections. Each checks that the abusive client gets the answer it
// deserves (a closed connection, 431, 413, 400, 404/405) while other clients keep
// being served, and that no goroutine is left behind.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	nethttp "net/http"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/bal2go/bal2go/rt"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"
)

// leakCheck checks, once the test and all its cleanups are done, that no goroutine
// started during the test is left. Call it first, so that its cleanup runs last.
func leakCheck(t *testing.T) {
	t.Helper()
	ignore := goleak.IgnoreCurrent()
	t.Cleanup(func() { goleak.VerifyNone(t, ignore) })
}

// abuseListener starts a listener with the album service on a loopback port and
// returns it with its address ("127.0.0.1:port").
func abuseListener(t *testing.T) (*Listener, string) {
	t.Helper()
	l := startListener(t)
	l.Attach(albumService(t))
	return l, "127.0.0.1:" + strconv.FormatInt(l.Port(), 10)
}

// bystander is a well-behaved client that keeps calling the service on its own
// keep-alive connection while a test abuses the listener.
type bystander struct {
	stop, done chan struct{}
	ok         atomic.Int64
	mu         sync.Mutex
	failures   []string
}

func startBystander(t *testing.T, addr string) *bystander {
	t.Helper()
	b := &bystander{stop: make(chan struct{}), done: make(chan struct{})}
	tr := &nethttp.Transport{MaxIdleConnsPerHost: 4}
	hc := &nethttp.Client{Transport: tr, Timeout: 5 * time.Second}
	go func() {
		defer close(b.done)
		defer tr.CloseIdleConnections()
		for {
			select {
			case <-b.stop:
				return
			default:
			}
			if err := greet(hc, addr); err != nil {
				b.mu.Lock()
				b.failures = append(b.failures, err.Error())
				b.mu.Unlock()
			} else {
				b.ok.Add(1)
			}
			time.Sleep(10 * time.Millisecond)
		}
	}()
	t.Cleanup(func() { b.finish(t, 0) })
	return b
}

// finish stops the bystander and checks that all its requests (at least min) were
// answered.
func (b *bystander) finish(t *testing.T, min int64) {
	t.Helper()
	select {
	case <-b.stop:
		return // already finished
	default:
	}
	close(b.stop)
	<-b.done
	b.mu.Lock()
	defer b.mu.Unlock()
	assert.Empty(t, b.failures, "the bystander's requests all succeed")
	assert.GreaterOrEqual(t, b.ok.Load(), min, "the bystander was served meanwhile")
}

// greet makes one GET /api/greeting and checks its answer.
func greet(hc *nethttp.Client, addr string) error {
	res, err := hc.Get("http://" + addr + "/api/greeting")
	if err != nil {
		return err
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		return err
	}
	if res.StatusCode != 200 || string(body) != "Hello, World!" {
		return fmt.Errorf("greeting: %d %q", res.StatusCode, body)
	}
	return nil
}

// mustGreet checks that a fresh client is served.
func mustGreet(t *testing.T, addr string) {
	t.Helper()
	tr := &nethttp.Transport{}
	defer tr.CloseIdleConnections()
	require.NoError(t, greet(&nethttp.Client{Transport: tr, Timeout: 5 * time.Second}, addr))
}

// rawExchange sends raw on a new connection (from a goroutine, ignoring write errors:
// the server may answer and close before reading it all) and reads one response.
func rawExchange(t *testing.T, addr, raw string) (*nethttp.Response, string) {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	require.NoError(t, err)
	defer conn.Close()
	require.NoError(t, conn.SetDeadline(time.Now().Add(5*time.Second)))
	go func() { _, _ = io.WriteString(conn, raw) }()
	res, err := nethttp.ReadResponse(bufio.NewReader(conn), nil)
	require.NoError(t, err)
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	return res, string(body)
}

// checkErrorPayload checks a listener error response: its status and jBallerina's
// JSON error payload.
func checkErrorPayload(t *testing.T, status int, res *nethttp.Response, body string) {
	t.Helper()
	require.Equal(t, status, res.StatusCode, body)
	assert.Equal(t, "application/json", res.Header.Get("Content-Type"))
	var p errorPayload
	require.NoError(t, json.Unmarshal([]byte(body), &p), body)
	assert.Equal(t, status, p.Status)
}

// TestAbuseSlowHeaders: slowloris clients trickle a request's headers a byte at a time;
// the listener closes each connection once its header timeout is over (counted from
// the first byte, not reset by each one) while a normal client is served throughout.
func TestAbuseSlowHeaders(t *testing.T) {
	leakCheck(t)
	const headerTimeout = 500 * time.Millisecond
	saved := maxHeaderReadTimeout
	maxHeaderReadTimeout = headerTimeout
	t.Cleanup(func() { maxHeaderReadTimeout = saved })
	_, addr := abuseListener(t) // the default 60 s idle timeout; headers get 0.5 s
	by := startBystander(t, addr)

	const slow = 20
	var wg sync.WaitGroup
	closedAfter := make([]time.Duration, slow)
	got := make([]string, slow)
	errs := make([]error, slow)
	for i := range slow {
		wg.Add(1)
		go func() {
			defer wg.Done()
			conn, err := net.Dial("tcp", addr)
			if err != nil {
				errs[i] = err
				return
			}
			defer conn.Close()
			start := time.Now()
			stop := make(chan struct{})
			defer close(stop)
			go func() { // a byte every 50 ms, the headers never finished
				req := "GET /api/greeting HTTP/1.1\r\nHost: x\r\nX-Slow: " + strings.Repeat("z", 1000)
				for j := 0; j < len(req); j++ {
					if _, err := conn.Write([]byte{req[j]}); err != nil {
						return
					}
					select {
					case <-stop:
						return
					case <-time.After(50 * time.Millisecond):
					}
				}
			}()
			_ = conn.SetReadDeadline(time.Now().Add(5 * time.Second))
			b, err := io.ReadAll(conn)
			closedAfter[i], got[i] = time.Since(start), string(b)
			var ne net.Error
			if errors.As(err, &ne) && ne.Timeout() {
				errs[i] = fmt.Errorf("the listener did not close the connection: %w", err)
			}
		}()
	}
	wg.Wait()
	for i := range slow {
		require.NoError(t, errs[i])
		assert.GreaterOrEqual(t, closedAfter[i], headerTimeout-50*time.Millisecond, "closed by the header timeout")
		assert.Less(t, closedAfter[i], headerTimeout+2*time.Second, "closed by the header timeout")
		assert.NotContains(t, got[i], "200 OK", "no response to an unfinished request")
	}
	by.finish(t, 10)
	mustGreet(t, addr)
}

// TestAbuseOversizedHeaders: headers beyond the listener's 8 KiB MaxHeaderBytes (plus
// net/http's 4 KiB allowance) are answered 431 by net/http, one big header or many
// small ones; headers under the limit are served.
func TestAbuseOversizedHeaders(t *testing.T) {
	leakCheck(t)
	_, addr := abuseListener(t)
	by := startBystander(t, addr)
	big := "GET /api/greeting HTTP/1.1\r\nHost: x\r\nX-Big: " + strings.Repeat("a", 64<<10) + "\r\n\r\n"
	var many strings.Builder
	many.WriteString("GET /api/greeting HTTP/1.1\r\nHost: x\r\n")
	for i := range 2000 {
		fmt.Fprintf(&many, "X-H%d: v\r\n", i)
	}
	many.WriteString("\r\n")
	for name, raw := range map[string]string{"one big header": big, "many headers": many.String()} {
		t.Run(name, func(t *testing.T) {
			var wg sync.WaitGroup
			for range 20 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					res, body := rawExchange(t, addr, raw)
					assert.Equal(t, nethttp.StatusRequestHeaderFieldsTooLarge, res.StatusCode, body)
					assert.True(t, res.Close, "the connection is closed")
				}()
			}
			wg.Wait()
		})
	}
	// under the limit
	ok := "GET /api/greeting HTTP/1.1\r\nHost: x\r\nX-Fine: " + strings.Repeat("a", 6<<10) + "\r\nConnection: close\r\n\r\n"
	res, body := rawExchange(t, addr, ok)
	assert.Equal(t, 200, res.StatusCode)
	assert.Equal(t, "Hello, World!", body)
	by.finish(t, 1)
	mustGreet(t, addr)
}

// TestAbuseOversizedBody: a body over MaxRequestBody is answered 413 (with the JSON
// error payload) without the listener reading it: a declared Content-Length of 1 GiB
// is refused at once, an endless chunked body after MaxRequestBody bytes.
func TestAbuseOversizedBody(t *testing.T) {
	leakCheck(t)
	_, addr := abuseListener(t)
	by := startBystander(t, addr)

	t.Run("declared length", func(t *testing.T) {
		var wg sync.WaitGroup
		for range 10 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				start := time.Now()
				res, body := rawExchange(t, addr, "POST /api/text HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 1073741824\r\n\r\nonly a few bytes")
				checkErrorPayload(t, 413, res, body)
				assert.Less(t, time.Since(start), 2*time.Second, "refused without waiting for the body")
			}()
		}
		wg.Wait()
	})

	t.Run("endless chunked", func(t *testing.T) {
		var wg sync.WaitGroup
		for range 5 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				conn, err := net.Dial("tcp", addr)
				if !assert.NoError(t, err) {
					return
				}
				defer conn.Close()
				_ = conn.SetDeadline(time.Now().Add(10 * time.Second))
				sent := make(chan int64, 1)
				go func() { // chunks of 32 KiB until the server hangs up (at most 64 MiB)
					var n int64
					defer func() { sent <- n }()
					if _, err := io.WriteString(conn, "POST /api/text HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n"); err != nil {
						return
					}
					chunk := []byte(fmt.Sprintf("%x\r\n%s\r\n", 32<<10, bytes.Repeat([]byte("x"), 32<<10)))
					for n < 64<<20 {
						if _, err := conn.Write(chunk); err != nil {
							return
						}
						n += 32 << 10
					}
				}()
				res, err := nethttp.ReadResponse(bufio.NewReader(conn), nil)
				if !assert.NoError(t, err) {
					return
				}
				body, _ := io.ReadAll(res.Body)
				res.Body.Close()
				checkErrorPayload(t, 413, res, string(body))
				conn.Close() // ends the writer if the server has not yet
				assert.Less(t, <-sent, int64(64<<20), "the server stops reading the body")
			}()
		}
		wg.Wait()
	})
	by.finish(t, 1)
	mustGreet(t, addr)
}

// TestAbuseMalformedJSON: bodies that are not JSON, or JSON of the wrong shape, for a
// resource with a record payload parameter (POST /api/albums, Album) are answered 400
// with the JSON error payload, and none reaches the resource function.
func TestAbuseMalformedJSON(t *testing.T) {
	leakCheck(t)
	_, addr := abuseListener(t)
	by := startBystander(t, addr)
	hc := httpClient(t)
	url := "http://" + addr + "/api/albums"
	deepOpen := strings.Repeat("[", 200000)
	deep := deepOpen + strings.Repeat("]", 200000)
	deepObj := strings.Repeat(`{"title":`, 50000) + `"t"` + strings.Repeat("}", 50000)
	bodies := map[string]string{
		"truncated":             `{"title":"t","artist":`,
		"not JSON":              `title=t&artist=a`,
		"trailing data":         `{"title":"t","artist":"a"} {}`,
		"trailing comma":        `{"title":"t","artist":"a",}`,
		"single quotes":         `{'title':'t','artist':'a'}`,
		"invalid UTF-8":         "{\"title\":\"\xff\xfe\",\"artist\":\"a\"",
		"NUL bytes":             "\x00\x00\x00",
		"unclosed deep nesting": deepOpen,
		"deep nesting":          deep,
		"deep object nesting":   deepObj,
		"missing field":         `{"title":"t"}`,
		"wrong field type":      `{"title":1,"artist":"a"}`,
		"nesting at the limit":  strings.Repeat("[", maxJSONDepth) + strings.Repeat("]", maxJSONDepth),
		"array":                 `[{"title":"t","artist":"a"}]`,
		"string":                `"t"`,
		"number":                `42`,
		"null":                  `null`,
	}
	for name, body := range bodies {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			r := do(t, hc, "POST", url, "application/json", body)
			assert.Less(t, time.Since(start), 2*time.Second, "answered at once")
			assert.Equal(t, 400, r.status, r.body)
			var p errorPayload
			require.NoError(t, json.Unmarshal([]byte(r.body), &p), r.body)
			assert.Equal(t, 400, p.Status)
			assert.True(t, strings.HasPrefix(p.Message, "data binding failed: "), p.Message)
			if strings.Contains(name, "deep") {
				assert.Contains(t, p.Message, "exceeded max depth")
			}
		})
	}
	// deep nesting is refused for a json payload parameter too
	r0 := do(t, hc, "POST", "http://"+addr+"/api/json", "application/json", deep)
	assert.Equal(t, 400, r0.status)
	assert.Contains(t, r0.body, "exceeded max depth")
	// brackets inside strings do not count
	r0 = do(t, hc, "POST", "http://"+addr+"/api/json", "application/json", `["`+deepOpen+`"]`)
	assert.Equal(t, 201, r0.status)
	assert.Len(t, r0.body, len(deepOpen)+4)
	// nothing was added
	r := do(t, hc, "GET", url, "", "")
	assert.Equal(t, `[{"title":"Blue Train", "artist":"John Coltrane"}]`, r.body)
	by.finish(t, 1)
	mustGreet(t, addr)
}

// TestAbuseMethods: an unknown path is 404; a known path with a method it has no
// resource for is 405 with Allow, whether the method is a standard one, a made-up
// token ("BREW") or a standard one in lower case (methods are case-sensitive); a
// DEFAULT resource takes any token; a method that is not a token is 400 (net/http).
func TestAbuseMethods(t *testing.T) {
	leakCheck(t)
	_, addr := abuseListener(t)
	by := startBystander(t, addr)
	hc := httpClient(t)
	base := "http://" + addr
	tests := []struct {
		method, path string
		status       int
		allow        string
	}{
		{"GET", "/nowhere", 404, ""},
		{"GET", "/api/unknown", 404, ""},
		{"BREW", "/nowhere", 404, ""},
		{"BREW", "/api/unknown", 404, ""},
		{"POST", "/api/greeting", 405, "GET"},
		{"DELETE", "/api/greeting", 405, "GET"},
		{"BREW", "/api/greeting", 405, "GET"},
		{"get", "/api/greeting", 405, "GET"},
		{"BREW", "/api/albums", 405, "GET, POST"},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.path, func(t *testing.T) {
			r := do(t, hc, tt.method, base+tt.path, "", "")
			assert.Equal(t, tt.status, r.status, r.body)
			assert.Equal(t, tt.allow, r.header.Get("Allow"))
			var p errorPayload
			require.NoError(t, json.Unmarshal([]byte(r.body), &p), r.body)
			assert.Equal(t, tt.status, p.Status)
			assert.Equal(t, tt.method, p.Method)
		})
	}
	r := do(t, hc, "BREW", base+"/api/any", "", "")
	assert.Equal(t, 200, r.status)
	assert.Equal(t, "any BREW", r.body)
	for _, m := range []string{"GE(T", "G\x01T", "GET@"} {
		res, body := rawExchange(t, addr, m+" /api/greeting HTTP/1.1\r\nHost: x\r\n\r\n")
		assert.Equal(t, 400, res.StatusCode, "%q: %s", m, body)
	}
	by.finish(t, 1)
	mustGreet(t, addr)
}

// The flood test: a child process (this test binary, through the programs of
// main_test.go) opens floodConns connections to the listener at once, sends one
// keep-alive GET on each and checks every response; the client side lives in its own
// process so that neither process needs more than floodConns open files.
const (
	floodAddrEnv  = "RT_HTTP_FLOOD_ADDR"
	floodConnsEnv = "RT_HTTP_FLOOD_CONNS"
)

func init() {
	programs["flood"] = func(s *rt.Strand) any {
		floodClient()
		return nil
	}
}

// raiseFileLimit raises the soft open-file limit to the hard one and returns it.
func raiseFileLimit() (uint64, error) {
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil {
		return 0, err
	}
	if lim.Cur < lim.Max {
		lim.Cur = lim.Max
		if err := syscall.Setrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil {
			return 0, err
		}
	}
	return lim.Cur, nil
}

// floodClient is the child's side: it reports on stdout "dialed N", then "ok N <all
// the responses took> <dials and responses took>" or "fail <reason>", holds the
// connections until a line on stdin and then closes them ("closed").
func floodClient() {
	out := func(format string, a ...any) { fmt.Fprintf(os.Stdout, format+"\n", a...) }
	if _, err := raiseFileLimit(); err != nil {
		out("fail rlimit: %v", err)
		return
	}
	addr := os.Getenv(floodAddrEnv)
	n, _ := strconv.Atoi(os.Getenv(floodConnsEnv))
	conns := make([]net.Conn, n)
	defer func() {
		for _, c := range conns {
			if c != nil {
				c.Close()
			}
		}
	}()
	start := time.Now()
	var failed atomic.Int64
	var firstErr sync.Once
	var errText string
	fail := func(err error) {
		failed.Add(1)
		firstErr.Do(func() { errText = err.Error() })
	}
	// dial them all, 256 at a time (the accept queue is not flooded), and hold them
	var wg sync.WaitGroup
	sem := make(chan struct{}, 256)
	for i := range n {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			c, err := net.DialTimeout("tcp", addr, 10*time.Second)
			if err != nil {
				fail(err)
				return
			}
			conns[i] = c
		}()
	}
	wg.Wait()
	if failed.Load() > 0 {
		out("fail %d dials failed: %s", failed.Load(), errText)
		return
	}
	out("dialed %d", n)
	// then one keep-alive GET on each, all at once
	reqStart := time.Now()
	var ok atomic.Int64
	gate := make(chan struct{})
	for i, c := range conns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-gate
			_ = c.SetDeadline(time.Now().Add(20 * time.Second))
			if _, err := fmt.Fprintf(c, "GET /flood/c/%d HTTP/1.1\r\nHost: x\r\n\r\n", i); err != nil {
				fail(err)
				return
			}
			res, err := nethttp.ReadResponse(bufio.NewReader(c), nil)
			if err != nil {
				fail(fmt.Errorf("conn %d: %w", i, err))
				return
			}
			body, err := io.ReadAll(res.Body)
			res.Body.Close()
			if err != nil || res.StatusCode != 200 || string(body) != "conn "+strconv.Itoa(i) || res.Close {
				fail(fmt.Errorf("conn %d: %d %q %v close=%v", i, res.StatusCode, body, err, res.Close))
				return
			}
			ok.Add(1)
		}()
	}
	close(gate)
	wg.Wait()
	if ok.Load() != int64(n) {
		out("fail %d of %d responses: %d failed: %s", ok.Load(), n, failed.Load(), errText)
		return
	}
	out("ok %d %s %s", n, time.Since(reqStart).Round(time.Millisecond), time.Since(start).Round(time.Millisecond))
	_, _ = bufio.NewReader(os.Stdin).ReadString('\n')
	for i, c := range conns {
		c.Close()
		conns[i] = nil
	}
	out("closed")
}

// TestAbuseFlood: floodConns connections (10,000; fewer under -race, whose detector
// allows only 8128 live goroutines) open at once each get their keep-alive GET
// answered 200 with their own body, none lost, within 30 s; a fresh client is served
// while they are held and after they are closed.
func TestAbuseFlood(t *testing.T) {
	leakCheck(t)
	limit, err := raiseFileLimit()
	require.NoError(t, err)
	if limit < floodConns+1000 {
		t.Skipf("the open-file hard limit is %d: %d connections need about %d", limit, floodConns, floodConns+1000)
	}
	l := startListener(t)
	svc := NewService([]string{"flood"})
	svc.Resource("GET", []string{"c", "*"}, func(s *rt.Strand, c *Context) any { return "conn " + c.PathString(0) })
	svc.Resource("GET", []string{"greeting"}, func(s *rt.Strand, c *Context) any { return "Hello, World!" })
	l.Attach(svc)
	addr := "127.0.0.1:" + strconv.FormatInt(l.Port(), 10)

	cmd := program("flood")
	cmd.Env = append(cmd.Env, floodAddrEnv+"="+addr, floodConnsEnv+"="+strconv.Itoa(floodConns))
	stdin, err := cmd.StdinPipe()
	require.NoError(t, err)
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	require.NoError(t, cmd.Start())
	killer := time.AfterFunc(30*time.Second, func() { _ = cmd.Process.Kill() })
	defer killer.Stop()
	waited := false
	defer func() {
		if !waited {
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
		}
	}()
	rd := bufio.NewReader(stdout)
	line := func() string {
		s, err := rd.ReadString('\n')
		if err != nil { // stderr may be read once the child is waited for
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
			waited = true
			t.Fatalf("the flood client ended early: %v; stderr: %s", err, stderr.String())
		}
		return strings.TrimSpace(s)
	}
	require.Equal(t, "dialed "+strconv.Itoa(floodConns), line())
	res := line()
	require.True(t, strings.HasPrefix(res, "ok "), res)
	t.Logf("%d connections at once: %s", floodConns, strings.TrimPrefix(res, "ok "))

	// while they are all held open
	hc := httpClient(t)
	r := do(t, hc, "GET", "http://"+addr+"/flood/greeting", "", "")
	assert.Equal(t, 200, r.status)
	assert.Equal(t, "Hello, World!", r.body)

	_, err = io.WriteString(stdin, "close\n")
	require.NoError(t, err)
	require.Equal(t, "closed", line())
	waited = true
	err = cmd.Wait()
	require.NoError(t, err, stderr.String())

	r = do(t, hc, "GET", "http://"+addr+"/flood/c/x", "", "")
	assert.Equal(t, 200, r.status)
	assert.Equal(t, "conn x", r.body)
}
