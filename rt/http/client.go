package http

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net"
	nethttp "net/http"
	"net/url"
	"runtime"
	"strings"
	"time"

	"github.com/bal2go/bal2go/rt"
)

// Client is an http:Client: a base URL, a timeout and its own pool of keep-alive
// connections. Its calls are yield points: the network wait runs through
// rt.Blocking, so only the calling strand waits.
type Client struct {
	URL     string     `bal:"url"` // the base URL, without a trailing '/'
	Object_ objectMark `bal:"$object"`
	base    *url.URL
	hc      *nethttp.Client
	tr      *nethttp.Transport
	timeout time.Duration
}

// DefaultClientTimeout is the timeout of a client whose configuration gives none:
// ClientConfiguration.timeout defaults to 60 seconds in Ballerina.
const DefaultClientTimeout = 60 * time.Second

// maxResponseBody bounds the body of a response that a client reads.
const maxResponseBody = 64 << 20

// maxIdlePerHost is the number of idle keep-alive connections a client keeps per host:
// enough for 1,000 strands calling one service at once.
const maxIdlePerHost = 2048

// NewClient is `new http:Client(url, config)`: the *Client, or an *rt.Error for a URL
// that cannot be used. A URL without a scheme is taken as http ("localhost:9090").
// config is the ClientConfiguration record (or a map of its fields; nil for none); its
// "timeout" (seconds, int or float) bounds each call.
func NewClient(rawURL string, config any) any {
	s := strings.TrimSpace(rawURL)
	if !strings.Contains(s, "://") {
		s = "http://" + s
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return newErr(ErrClientError, "malformed URL: "+rawURL, nil, nil)
	}
	u.Path = strings.TrimRight(u.Path, "/")
	u.RawPath = ""
	timeout := DefaultClientTimeout
	if config := mapping(config); config != nil {
		if v, ok := config.Get("timeout"); ok {
			if d, ok := seconds(v); ok {
				timeout = d
			}
		}
	}
	tr := &nethttp.Transport{
		Proxy: nil,
		DialContext: (&net.Dialer{
			Timeout:   timeout,
			KeepAlive: 30 * time.Second,
		}).DialContext,
		MaxIdleConns:          0,
		MaxIdleConnsPerHost:   maxIdlePerHost,
		IdleConnTimeout:       90 * time.Second,
		ExpectContinueTimeout: time.Second,
		ForceAttemptHTTP2:     true,
	}
	c := &Client{
		URL:     strings.TrimRight(u.String(), "/"),
		base:    u,
		tr:      tr,
		hc:      &nethttp.Client{Transport: tr},
		timeout: timeout,
	}
	// a client the program no longer reaches (one made per request) lets its idle
	// connections go
	runtime.AddCleanup(c, func(tr *nethttp.Transport) { tr.CloseIdleConnections() }, tr)
	return c
}

// seconds converts a Ballerina number of seconds to a duration.
func seconds(v any) (time.Duration, bool) {
	var f float64
	switch x := v.(type) {
	case int64:
		f = float64(x)
	case float64:
		f = x
	default:
		return 0, false
	}
	if !(f > 0) || f > 1e9 {
		return 0, false
	}
	return time.Duration(f * float64(time.Second)), true
}

// Close closes the client's idle connections.
func (c *Client) Close() { c.tr.CloseIdleConnections() }

// BalString implements rt.BalStringer.
func (c *Client) BalString(bool) string { return "object http:Client" }

// Execute makes one request and returns its *Response, or an *rt.Error for a failure
// before a response (connection refused, timeout, ...). method is "GET", "POST", ...;
// path is appended to the base URL; message is nil (no body), a string (text/plain),
// a *Request, or any other anydata value (JSON); headers (a map, or nil) maps names
// to a string or a list of strings; query (resource calls: the QueryParams record,
// or a map) maps names to values printed with rt.ToString, a list repeating the
// name, nil leaving the name out; mediaType, a string, sets the Content-Type (nil:
// the message's own). The network wait is a yield point of s.
func (c *Client) Execute(s *rt.Strand, at string, method, path string, message, headers, query, mediaType any) any {
	target := c.target(path, mapping(query))
	var body []byte
	hdr := nethttp.Header{}
	switch m := message.(type) {
	case nil:
	case string:
		body = []byte(m)
		hdr.Set("Content-Type", mimeText)
	case *Request:
		body = m.body
		for k, vs := range m.header {
			hdr[k] = append([]string(nil), vs...)
		}
	case *Response:
		body = m.body
		for k, vs := range m.header {
			hdr[k] = append([]string(nil), vs...)
		}
	default:
		body = []byte(jsonText(message))
		hdr.Set("Content-Type", mimeJSON)
	}
	if mt, ok := mediaType.(string); ok {
		hdr.Set("Content-Type", mt)
	}
	if headers := mapping(headers); headers != nil {
		headers.Range(func(k string, v any) bool {
			hdr.Del(k)
			eachString(v, func(s string) { hdr.Add(k, s) })
			return true
		})
	}
	u, err := url.Parse(target)
	if err != nil {
		return newErr(ErrInitOutboundRequest, "malformed URL: "+target, nil, nil)
	}
	u.RawQuery = strings.ReplaceAll(u.RawQuery, " ", "%20") // "?artist=John Coltrane"
	var res any
	rt.Blocking(s, at, func() { res = c.do(method, u, body, hdr) })
	return res
}

// mapping returns v, a map or record value of any Go type, as a *rt.Map[any]; nil for
// nil.
func mapping(v any) *rt.Map[any] {
	switch m := v.(type) {
	case nil:
		return nil
	case *rt.Map[any]:
		return m
	}
	return rt.RecordToMap[any](v, nil)
}

// eachString calls f with v printed, or with each member of a list.
func eachString(v any, f func(string)) {
	switch x := v.(type) {
	case nil:
	case *rt.List[string]:
		for _, e := range x.Elems {
			f(e)
		}
	case *rt.List[any]:
		for _, e := range x.Elems {
			f(rt.ToString(e))
		}
	case string:
		f(x)
	default:
		f(rt.ToString(v))
	}
}

// target is the URL of a call: the base URL, the path and the query arguments.
func (c *Client) target(path string, query *rt.Map[any]) string {
	var sb strings.Builder
	sb.WriteString(c.URL)
	switch {
	case path == "":
	case path[0] == '/' || path[0] == '?' || path[0] == '#':
		sb.WriteString(path)
	default:
		sb.WriteByte('/')
		sb.WriteString(path)
	}
	if query != nil && query.Len() > 0 {
		sep := byte('?')
		if strings.ContainsRune(sb.String(), '?') {
			sep = '&'
		}
		query.Range(func(k string, v any) bool {
			eachString(v, func(s string) {
				sb.WriteByte(sep)
				sep = '&'
				sb.WriteString(url.QueryEscape(k))
				sb.WriteByte('=')
				sb.WriteString(url.QueryEscape(s))
			})
			return true
		})
	}
	return sb.String()
}

// do sends the request and reads the whole response, within the client's timeout.
func (c *Client) do(method string, u *url.URL, body []byte, hdr nethttp.Header) any {
	ctx, cancel := context.WithTimeout(context.Background(), c.timeout)
	defer cancel()
	req := &nethttp.Request{
		Method:     method,
		URL:        u,
		Proto:      "HTTP/1.1",
		ProtoMajor: 1,
		ProtoMinor: 1,
		Header:     hdr,
		Host:       u.Host,
	}
	req = req.WithContext(ctx)
	if len(body) > 0 {
		req.Body = io.NopCloser(bytes.NewReader(body))
		req.ContentLength = int64(len(body))
		req.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(body)), nil }
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return clientError(err, u, errors.Is(ctx.Err(), context.DeadlineExceeded))
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxResponseBody+1))
	resp.Body.Close()
	if err != nil {
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return newErr(ErrIdleTimeoutError, "Idle timeout triggered while reading inbound response body", nil, nil)
		}
		return newErr(ErrReadingInboundResponse, "Error occurred while reading inbound response body: "+err.Error(), nil, nil)
	}
	if len(data) > maxResponseBody {
		return newErr(ErrReadingInboundResponse, "the response body is larger than the limit", nil, nil)
	}
	r := &Response{StatusCode: int64(resp.StatusCode)}
	r.header = resp.Header
	r.body = data
	if _, reason, ok := strings.Cut(resp.Status, " "); ok {
		r.reason = reason
	}
	return r
}

// PathSegment is one segment [expr] of a resource call's path: the value printed with
// rt.ToString, URL-escaped.
func PathSegment(v any) string { return url.PathEscape(rt.ToString(v)) }
