package http

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	nethttp "net/http"
	"net/url"
	"os"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/bal2go/bal2go/rt"
)

// MaxRequestBody is the largest request body a listener accepts: a larger one is
// answered 413 Payload Too Large.
var MaxRequestBody int64 = 1 << 20

// DefaultListenerTimeout is a listener's timeout when its configuration gives none
// (ListenerConfiguration.timeout, 60 seconds): how long a connection may stay idle,
// and the longest a request may take to arrive.
const DefaultListenerTimeout = 60 * time.Second

// maxHeaderReadTimeout bounds the time a client has to send a request's headers. It
// is a variable so that tests can shorten it (it is read when a listener is made).
var maxHeaderReadTimeout = 20 * time.Second

// PanicExits makes a panic in a resource function end the program (exit code 1) once
// the 500 response is sent, as jBallerina does ("panic inside resource": fail fast).
// By default the panic is logged and the other requests go on.
var PanicExits = false

// Listener is an http:Listener: a port with the services attached to it. It is
// registered with rt, so Main serves it once main has returned.
type Listener struct {
	Host    string     `bal:"host"`
	Object_ objectMark `bal:"$object"`

	ln       net.Listener
	srv      *nethttp.Server
	mu       sync.RWMutex
	services []*Service
	attached map[Servable]*Service // the service objects attached (AttachService)
	started  bool
	stopped  bool
	served   chan struct{} // closed when Serve has returned
}

// NewListener is `new http:Listener(port, config)`: it binds the port at once (0 picks
// a free port, which Port reports) and registers the listener with rt. config holds
// the ListenerConfiguration fields given (nil for none): "host" (default "0.0.0.0")
// and "timeout" (seconds). A port that cannot be bound gives an *rt.Error.
func NewListener(port int64, config any) any {
	host := "0.0.0.0"
	timeout := DefaultListenerTimeout
	if config := mapping(config); config != nil {
		if v, ok := config.Get("host"); ok {
			if s, ok := v.(string); ok && s != "" {
				host = s
			}
		}
		if v, ok := config.Get("timeout"); ok {
			if d, ok := seconds(v); ok {
				timeout = d
			}
		}
	}
	if port < 0 || port > 65535 {
		return newErr(ErrListenerError, "invalid port: "+strconv.FormatInt(port, 10), nil, nil)
	}
	addr := net.JoinHostPort(host, strconv.FormatInt(port, 10))
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		reason := err.Error()
		if errors.Is(err, syscall.EADDRINUSE) {
			reason = "Address already in use"
		}
		return newErr(ErrListenerError, "failed to start server connector '"+addr+"': "+reason, nil, nil)
	}
	l := &Listener{Host: host, ln: ln, served: make(chan struct{})}
	l.srv = &nethttp.Server{
		Handler:           l,
		ReadHeaderTimeout: min(timeout, maxHeaderReadTimeout),
		ReadTimeout:       timeout,
		IdleTimeout:       timeout,
		MaxHeaderBytes:    8 << 10,
		ErrorLog:          log.New(io.Discard, "", 0),
	}
	rt.RegisterServer(l)
	return l
}

// Port returns the port the listener is bound to.
func (l *Listener) Port() int64 {
	if a, ok := l.ln.Addr().(*net.TCPAddr); ok {
		return int64(a.Port)
	}
	return 0
}

// BalString implements rt.BalStringer.
func (l *Listener) BalString(bool) string { return "object http:Listener" }

// Attach is `service ... on l`: the service's resources answer on this listener.
func (l *Listener) Attach(svc *Service) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.services = append(l.services, svc)
	// the longest base path is tried first
	sort.SliceStable(l.services, func(i, j int) bool { return len(l.services[i].base) > len(l.services[j].base) })
}

// Start begins serving (rt.Server): Main calls it once main has returned.
func (l *Listener) Start() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.started || l.stopped {
		return nil
	}
	l.started = true
	go func() {
		defer close(l.served)
		_ = l.srv.Serve(l.ln)
	}()
	return nil
}

// Stop stops the listener gracefully (rt.Server): no new connections; the requests in
// progress finish, unless ctx ends first, when the remaining connections are closed.
func (l *Listener) Stop(ctx context.Context) error {
	l.mu.Lock()
	if l.stopped {
		l.mu.Unlock()
		return nil
	}
	l.stopped = true
	started := l.started
	l.mu.Unlock()
	if !started {
		return l.ln.Close()
	}
	err := l.srv.Shutdown(ctx)
	if err != nil {
		_ = l.srv.Close()
	}
	<-l.served
	return err
}

// Close stops the listener gracefully (waiting at most ShutdownGrace for the requests
// in progress) and unregisters it from rt.
func (l *Listener) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), rt.ShutdownGrace)
	defer cancel()
	err := l.Stop(ctx)
	rt.UnregisterServer(l)
	return err
}

// Service is a service declaration: a base path and its resource functions. The
// requests of one service run as strands of one group, except those of its concurrent
// resources (ConcurrentResource), which run in groups of their own.
type Service struct {
	base      []string
	resources []*resource
	group     *rt.Group
}

type resource struct {
	method  string
	path    []string // literal segments, "*" for a path parameter, "**" for a rest parameter
	handler func(s *rt.Strand, ctx *Context) any
	name    string // the strand's name: "GET /a/*"
	// concurrent: its requests may run in parallel with the service's other
	// requests (an isolated resource of an isolated service).
	concurrent bool
}

// NewService is a service declaration: "service /a/b on l" has base path {"a", "b"};
// "service / on l" has nil.
func NewService(basePath []string) *Service {
	var base []string
	for _, s := range basePath {
		if s != "" && s != "/" {
			base = append(base, strings.Trim(s, "/"))
		}
	}
	return &Service{base: base, group: rt.NewGroup()}
}

// Resource adds a resource function: method is "GET", "POST", ... or "DEFAULT" (any
// method); path holds literal segments, "*" for a path parameter and "**" for a rest
// parameter (last); nil or {"."} is the base path itself. Each request runs handler
// on a new strand of the service's group.
func (svc *Service) Resource(method string, path []string, handler func(s *rt.Strand, ctx *Context) any) {
	svc.add(method, path, handler, false)
}

// ConcurrentResource adds a resource function whose requests may run concurrently:
// an isolated resource method of an isolated service (declared or inferred). Each
// request runs handler on a new strand of a group of its own (rt.Group.CallParallel),
// so that it runs in parallel with the service's other requests; with
// BAL2GO_ONE_GROUP=1 it runs in the service's group, as a Resource's requests do.
func (svc *Service) ConcurrentResource(method string, path []string, handler func(s *rt.Strand, ctx *Context) any) {
	svc.add(method, path, handler, true)
}

func (svc *Service) add(method string, path []string, handler func(s *rt.Strand, ctx *Context) any, concurrent bool) {
	var p []string
	for _, s := range path {
		if s != "." && s != "" {
			p = append(p, s)
		}
	}
	full := append(append([]string(nil), svc.base...), p...)
	svc.resources = append(svc.resources, &resource{
		method:     strings.ToUpper(method),
		path:       p,
		handler:    handler,
		name:       strings.ToUpper(method) + " /" + strings.Join(full, "/"),
		concurrent: concurrent,
	})
}

// splitPath splits an escaped URL path into its unescaped segments (empty ones
// dropped).
func splitPath(p string) []string {
	var segs []string
	for _, s := range strings.Split(p, "/") {
		if s == "" {
			continue
		}
		if u, err := url.PathUnescape(s); err == nil {
			s = u
		}
		segs = append(segs, s)
	}
	return segs
}

// matchPath matches segs against a resource path and returns its specificity per
// segment (2 literal, 1 parameter, 0 rest), or ok=false.
func matchPath(pat, segs []string) (rank []int, ok bool) {
	for i, p := range pat {
		if p == "**" {
			return append(rank, 0), true
		}
		if i >= len(segs) {
			return nil, false
		}
		switch p {
		case "*":
			rank = append(rank, 1)
		default:
			if p != segs[i] {
				return nil, false
			}
			rank = append(rank, 2)
		}
	}
	return rank, len(pat) == len(segs)
}

// moreSpecific orders path matches: literal before parameter before rest, segment by
// segment.
func moreSpecific(a, b []int) bool {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return a[i] > b[i]
		}
	}
	return len(a) > len(b)
}

type candidate struct {
	r    *resource
	rank []int
}

// dispatch finds the resource for method and the segments below the base path. With
// none, status is 404 (no path matches) or 405 (no method matches); allow lists the
// methods of the best matching path.
func (svc *Service) dispatch(method string, segs []string) (r *resource, status int, allow []string) {
	var cands []candidate
	for _, res := range svc.resources {
		if rank, ok := matchPath(res.path, segs); ok {
			cands = append(cands, candidate{res, rank})
		}
	}
	if len(cands) == 0 {
		return nil, nethttp.StatusNotFound, nil
	}
	if len(cands) > 1 {
		sort.SliceStable(cands, func(i, j int) bool { return moreSpecific(cands[i].rank, cands[j].rank) })
	}
	pick := func(m string) *resource {
		var dflt *resource
		for i, c := range cands {
			if i > 0 && !sameRank(c.rank, cands[i-1].rank) && dflt != nil {
				return dflt // the default resource of a more specific path
			}
			if c.r.method == m {
				return c.r
			}
			if c.r.method == "DEFAULT" && dflt == nil {
				dflt = c.r
			}
		}
		return dflt
	}
	if r := pick(method); r != nil {
		return r, 0, nil
	}
	if method == nethttp.MethodHead {
		if r := pick(nethttp.MethodGet); r != nil {
			return r, 0, nil
		}
	}
	for _, c := range cands {
		if sameRank(c.rank, cands[0].rank) && !contains(allow, c.r.method) {
			allow = append(allow, c.r.method)
		}
	}
	return nil, nethttp.StatusMethodNotAllowed, allow
}

func sameRank(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// service finds the service whose base path starts segs (the longest) and returns it
// with the segments after its base path.
func (l *Listener) service(segs []string) (*Service, []string) {
	l.mu.RLock()
	defer l.mu.RUnlock()
outer:
	for _, svc := range l.services {
		if len(svc.base) > len(segs) {
			continue
		}
		for i, b := range svc.base {
			if segs[i] != b {
				continue outer
			}
		}
		return svc, segs[len(svc.base):]
	}
	return nil, nil
}

// ServeHTTP dispatches one request: it reads the body (at most MaxRequestBody bytes),
// finds the service and the resource, runs the resource function on a new strand of
// the service's group (of a group of its own for a concurrent resource) and sends what
// it returns.
func (l *Listener) ServeHTTP(w nethttp.ResponseWriter, r *nethttp.Request) {
	rawPath := r.URL.RequestURI()
	if r.ContentLength > MaxRequestBody {
		writeErrorPayload(w, r, nethttp.StatusRequestEntityTooLarge, "request entity too large: the limit is "+strconv.FormatInt(MaxRequestBody, 10)+" bytes")
		return
	}
	var body []byte
	var err error
	if r.Body != nil && r.Body != nethttp.NoBody {
		body, err = io.ReadAll(nethttp.MaxBytesReader(w, r.Body, MaxRequestBody))
	}
	if err != nil {
		var mbe *nethttp.MaxBytesError
		if errors.As(err, &mbe) {
			writeErrorPayload(w, r, nethttp.StatusRequestEntityTooLarge, "request entity too large: the limit is "+strconv.FormatInt(MaxRequestBody, 10)+" bytes")
			return
		}
		writeErrorPayload(w, r, nethttp.StatusBadRequest, "error reading the request body: "+err.Error())
		return
	}
	segs := splitPath(r.URL.EscapedPath())
	svc, rest := l.service(segs)
	if svc == nil {
		writeErrorPayload(w, r, nethttp.StatusNotFound, "no matching service found for path : "+r.URL.Path)
		return
	}
	res, status, allow := svc.dispatch(r.Method, rest)
	if res == nil {
		switch {
		case status == nethttp.StatusMethodNotAllowed && r.Method == nethttp.MethodOptions:
			w.Header().Set("Allow", strings.Join(append(allow, nethttp.MethodOptions), ", "))
			w.WriteHeader(nethttp.StatusNoContent)
		case status == nethttp.StatusMethodNotAllowed:
			w.Header().Set("Allow", strings.Join(allow, ", "))
			writeErrorPayload(w, r, status, "Method not allowed")
		default:
			writeErrorPayload(w, r, status, "no matching resource found for path : "+r.URL.Path+" , method : "+r.Method)
		}
		return
	}
	ctx := &Context{method: r.Method, rawQuery: r.URL.RawQuery}
	ctx.req = &Request{RawPath: rawPath, Method: r.Method}
	ctx.req.header = r.Header
	ctx.req.body = body
	for i, p := range res.path {
		switch p {
		case "*":
			ctx.params = append(ctx.params, rest[i])
		case "**":
			ctx.rest = rest[i:]
		}
	}
	run := func(s *rt.Strand) any { return res.handler(s, ctx) }
	var result any
	var panicked *rt.Error
	if res.concurrent {
		result, panicked = svc.group.CallParallel(res.name, run)
	} else {
		result, panicked = svc.group.Call(res.name, run)
	}
	rt.Flush()
	switch {
	case panicked != nil:
		logError(panicked)
		writeText(w, nethttp.StatusInternalServerError, panicked.Message())
		if PanicExits {
			if f, ok := w.(nethttp.Flusher); ok {
				f.Flush()
			}
			os.Exit(1)
		}
	case ctx.failed:
		writeErrorPayload(w, r, ctx.status, ctx.msg)
	default:
		writeResult(w, r.Method, result)
	}
}

// logError writes a returned or panicked error to stderr the way jBallerina's default
// error interceptor logs it.
func logError(e *rt.Error) {
	rt.Flush()
	fmt.Fprintln(os.Stderr, rt.FormatPanic(e))
}

// writeResult sends what a resource function returned: () is 202 Accepted; a string
// text/plain; an *Response as set; an error 500 with its message (a client's
// ClientRequestError/RemoteServerError: its status and body); other anydata JSON. A
// value is 201 Created from a POST resource, 200 OK otherwise.
func writeResult(w nethttp.ResponseWriter, method string, result any) {
	ok := nethttp.StatusOK
	if method == nethttp.MethodPost {
		ok = nethttp.StatusCreated
	}
	switch v := result.(type) {
	case nil:
		w.WriteHeader(nethttp.StatusAccepted)
	case string:
		writeBody(w, ok, mimeText, []byte(v))
	case *Response:
		writeResponse(w, v)
	case *rt.Error:
		logError(v)
		writeErrorResult(w, v)
	case *Request:
		writeText(w, nethttp.StatusInternalServerError, "invalid resource result: http:Request")
	default:
		writeBody(w, ok, mimeJSON, []byte(jsonText(v)))
	}
}

// writeErrorResult sends the response for an error a resource function returned.
func writeErrorResult(w nethttp.ResponseWriter, e *rt.Error) {
	switch {
	case ErrorIs(e, ErrApplicationResponse):
		d := e.Detail()
		status := nethttp.StatusInternalServerError
		if c, ok := d.Get("statusCode"); ok {
			if n, ok := c.(int64); ok && n >= 100 && n <= 999 {
				status = int(n)
			}
		}
		if hs, ok := d.Get("headers"); ok {
			if m, ok := hs.(*rt.Map[any]); ok {
				m.Range(func(k string, v any) bool {
					switch strings.ToLower(k) {
					case "content-length", "content-type", "transfer-encoding", "connection", "date", "server", "keep-alive":
						return true
					}
					eachString(v, func(s string) { w.Header().Add(k, s) })
					return true
				})
			}
		}
		body, _ := d.Get("body")
		switch b := body.(type) {
		case nil:
			w.WriteHeader(status)
		case string:
			writeBody(w, status, mimeText, []byte(b))
		default:
			writeBody(w, status, mimeJSON, []byte(jsonText(b)))
		}
	case ErrorIs(e, ErrClientConnectorError):
		writeText(w, nethttp.StatusBadGateway, e.Message())
	default:
		writeText(w, nethttp.StatusInternalServerError, e.Message())
	}
}

func writeResponse(w nethttp.ResponseWriter, r *Response) {
	status := int(r.StatusCode)
	if r.StatusCode == 0 {
		status = nethttp.StatusOK
	}
	if status < 100 || status > 999 {
		writeText(w, nethttp.StatusInternalServerError, "invalid status code: "+strconv.FormatInt(r.StatusCode, 10))
		return
	}
	h := w.Header()
	for k, vs := range r.header {
		switch strings.ToLower(k) {
		case "content-length", "transfer-encoding":
			continue
		}
		h[k] = append([]string(nil), vs...)
	}
	h.Set("Server", "ballerina")
	if len(r.body) > 0 {
		h.Set("Content-Length", strconv.Itoa(len(r.body)))
	}
	w.WriteHeader(status)
	if len(r.body) > 0 {
		_, _ = w.Write(r.body)
	}
}

func writeText(w nethttp.ResponseWriter, status int, text string) {
	writeBody(w, status, mimeText, []byte(text))
}

func writeBody(w nethttp.ResponseWriter, status int, contentType string, body []byte) {
	h := w.Header()
	h["Content-Type"] = []string{contentType}
	h["Content-Length"] = []string{strconv.Itoa(len(body))}
	h["Server"] = []string{"ballerina"}
	w.WriteHeader(status)
	_, _ = w.Write(body)
}

// writeErrorPayload sends an error of the listener itself (no service or resource, a
// parameter that cannot be bound, a body too large) with jBallerina's error payload:
// {"timestamp", "status", "reason", "message", "path", "method"} in JSON.
func writeErrorPayload(w nethttp.ResponseWriter, r *nethttp.Request, status int, msg string) {
	m := rt.NewMap[any](nil)
	m.Put("timestamp", time.Now().UTC().Format("2006-01-02T15:04:05.000000Z"))
	m.Put("status", int64(status))
	m.Put("reason", nethttp.StatusText(status))
	m.Put("message", msg)
	m.Put("path", r.URL.RequestURI())
	m.Put("method", r.Method)
	writeBody(w, status, mimeJSON, []byte(jsonText(m)))
}

// Context is one request, as the generated handler of a resource function sees it:
// its path parameters, query parameters, payload and http:Request. A parameter that
// cannot be bound makes the request fail (Failed): the handler then returns nil at
// once and the listener sends the 400 response chosen.
type Context struct {
	req      *Request
	method   string
	params   []string
	rest     []string
	rawQuery string
	query    map[string][]queryValue
	failed   bool
	status   int
	msg      string
}

type queryValue struct {
	value string
	set   bool // written as name=value (not a bare name)
}

// fail records the first failure of a parameter.
func (c *Context) fail(status int, msg string) {
	if !c.failed {
		c.failed, c.status, c.msg = true, status, msg
	}
}

// Failed reports whether a parameter could not be bound: the handler must return nil
// at once.
func (c *Context) Failed() bool { return c.failed }

// Request returns the http:Request of the resource function's Request parameter.
func (c *Context) Request() *Request { return c.req }

func (c *Context) param(i int) (string, bool) {
	if i < 0 || i >= len(c.params) {
		c.fail(nethttp.StatusInternalServerError, "no path parameter "+strconv.Itoa(i))
		return "", false
	}
	return c.params[i], true
}

func (c *Context) castFailed(s string) {
	c.fail(nethttp.StatusBadRequest, "error in casting path parameter : '"+s+"'")
}

// PathString returns the i-th path parameter (0-based, in resource-path order),
// URL-unescaped.
func (c *Context) PathString(i int) string {
	s, _ := c.param(i)
	return s
}

// PathInt returns the i-th path parameter as an int; one that is not an int makes the
// request fail with 400.
func (c *Context) PathInt(i int) int64 {
	s, ok := c.param(i)
	if !ok {
		return 0
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		c.castFailed(s)
	}
	return n
}

// PathFloat returns the i-th path parameter as a float; 400 when it is not one.
func (c *Context) PathFloat(i int) float64 {
	s, ok := c.param(i)
	if !ok {
		return 0
	}
	f, ok := parseFloat(s)
	if !ok {
		c.castFailed(s)
	}
	return f
}

// PathBool returns the i-th path parameter as a boolean ("true" or "false" in any
// case); 400 when it is not one.
func (c *Context) PathBool(i int) bool {
	s, ok := c.param(i)
	if !ok {
		return false
	}
	b, ok := parseBool(s)
	if !ok {
		c.castFailed(s)
	}
	return b
}

// RestPath returns the segments matched by the rest parameter, URL-unescaped.
func (c *Context) RestPath() *rt.List[string] {
	return &rt.List[string]{Elems: append([]string{}, c.rest...)}
}

// RestPathInt returns the rest segments as ints ([int... xs]); 400 when one is not.
func (c *Context) RestPathInt() *rt.List[int64] {
	out := &rt.List[int64]{Elems: []int64{}}
	for _, s := range c.rest {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			c.castFailed(s)
		}
		out.Elems = append(out.Elems, n)
	}
	return out
}

// RestPathFloat returns the rest segments as floats; 400 when one is not.
func (c *Context) RestPathFloat() *rt.List[float64] {
	out := &rt.List[float64]{Elems: []float64{}}
	for _, s := range c.rest {
		f, ok := parseFloat(s)
		if !ok {
			c.castFailed(s)
		}
		out.Elems = append(out.Elems, f)
	}
	return out
}

// RestPathBool returns the rest segments as booleans; 400 when one is not.
func (c *Context) RestPathBool() *rt.List[bool] {
	out := &rt.List[bool]{Elems: []bool{}}
	for _, s := range c.rest {
		b, ok := parseBool(s)
		if !ok {
			c.castFailed(s)
		}
		out.Elems = append(out.Elems, b)
	}
	return out
}

func parseFloat(s string) (float64, bool) {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		var ne *strconv.NumError
		if errors.As(err, &ne) && ne.Err == strconv.ErrRange {
			return f, true
		}
		return 0, false
	}
	return f, true
}

func parseBool(s string) (bool, bool) {
	switch {
	case strings.EqualFold(s, "true"):
		return true, true
	case strings.EqualFold(s, "false"):
		return false, true
	}
	return false, false
}

// parseQuery splits the raw query, keeping whether each value had an '='.
func (c *Context) parseQuery() {
	c.query = map[string][]queryValue{}
	for _, part := range strings.Split(c.rawQuery, "&") {
		if part == "" {
			continue
		}
		k, v, set := strings.Cut(part, "=")
		if u, err := url.QueryUnescape(k); err == nil {
			k = u
		}
		if u, err := url.QueryUnescape(v); err == nil {
			v = u
		}
		c.query[k] = append(c.query[k], queryValue{v, set})
	}
}

// Query returns the query parameter name converted to kind ("string", "int", "float"
// or "boolean"), boxed. A parameter that is missing (or written without a value)
// gives def when optional (a T? parameter, def nil, or one with a default value, def
// that value) and makes the request fail with 400 otherwise; one that cannot be
// converted fails with 400 (Query then gives the zero value of kind). With several
// values the first is taken.
func (c *Context) Query(name string, kind string, optional bool, def any) any {
	if c.query == nil {
		c.parseQuery()
	}
	vs := c.query[name]
	if len(vs) == 0 || !vs[0].set {
		if optional {
			return def
		}
		c.fail(nethttp.StatusBadRequest, "no query param value found for '"+name+"'")
		return zeroOf(kind)
	}
	s := vs[0].value
	var v any
	ok := true
	switch kind {
	case "int":
		n, err := strconv.ParseInt(s, 10, 64)
		v, ok = n, err == nil
	case "float":
		v, ok = parseFloat(s)
	case "boolean":
		v, ok = parseBool(s)
	default:
		v = s
	}
	if !ok {
		c.fail(nethttp.StatusBadRequest, "error in casting query param : '"+name+"'")
		return zeroOf(kind)
	}
	return v
}

// zeroOf is the value Query gives for a parameter that failed: the zero value of its
// kind, so that the generated code's conversion of it does not panic.
func zeroOf(kind string) any {
	switch kind {
	case "int":
		return int64(0)
	case "float":
		return float64(0)
	case "boolean":
		return false
	}
	return ""
}

// Payload binds the request body to the resource function's payload parameter, of Go
// type T and Ballerina type target, as Bind does for a client (JSON or text by the
// media type). A body that cannot be bound makes the request fail with 400.
func Payload[T any](c *Context, target rt.Type) T {
	var zero T
	v, err := bindPayload[T](c, target)
	if err != nil {
		c.fail(nethttp.StatusBadRequest, "data binding failed: "+bindMessage(err))
		return zero
	}
	if t, ok := v.(T); ok {
		return t
	}
	if v != nil {
		c.fail(nethttp.StatusBadRequest, "data binding failed: incompatible payload for '"+typeText(reflect.TypeFor[T](), target)+"'")
	}
	return zero
}

// bindPayload binds the request body, turning a panic into an error.
func bindPayload[T any](c *Context, target rt.Type) (v any, err *rt.Error) {
	defer func() {
		if r := recover(); r != nil {
			v, err = nil, rt.Recover(r)
		}
	}()
	return bindEntity[T](&c.req.entity, target, false)
}

// bindMessage is the text of a binding error, with its cause.
func bindMessage(e *rt.Error) string {
	msg := e.Message()
	if c, ok := e.Cause().(*rt.Error); ok {
		msg += ": " + c.Message()
	}
	return msg
}
