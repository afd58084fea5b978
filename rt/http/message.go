package http

import (
	"mime"
	nethttp "net/http"
	"sort"
	"strings"

	"github.com/bal2go/bal2go/rt"
)

// Media types, as jBallerina writes them in Content-Type.
const (
	mimeText = "text/plain"
	mimeJSON = "application/json"
)

// objectMark is the type of the Object_ field of Request, Response, Client and
// Listener. rt describes the http object types with RecordTypeOf, so each has a
// `bal`-tagged field (at least one is required); a field of a function type keeps rt
// from taking an object for anydata (a record whose fields are all anydata) in type
// tests such as `v is json`.
type objectMark func()

// entity is the headers and body shared by Request and Response.
type entity struct {
	header nethttp.Header
	body   []byte
}

func (e *entity) hdr() nethttp.Header {
	if e.header == nil {
		e.header = nethttp.Header{}
	}
	return e.header
}

func (e *entity) setBody(body []byte, contentType string) {
	e.body = body
	e.hdr().Set("Content-Type", contentType)
}

// setPayload is setPayload(v): a string is text/plain, () no body, any other anydata
// value JSON.
func (e *entity) setPayload(v any) {
	switch x := v.(type) {
	case string:
		e.setBody([]byte(x), mimeText)
	case nil:
		e.body = nil
		if e.header != nil {
			e.header.Del("Content-Type")
		}
	default:
		e.setJSON(v)
	}
}

func (e *entity) setJSON(v any) { e.setBody([]byte(jsonText(v)), mimeJSON) }

func (e *entity) getHeader(name string) any {
	if e.header != nil {
		if vs := e.header.Values(name); len(vs) > 0 {
			return vs[0]
		}
	}
	return newErr(ErrHeaderNotFoundError, msgNoHeader, nil, nil)
}

// mediaType is the entity's media type in lower case, without parameters ("" when
// there is no Content-Type).
func (e *entity) mediaType() string {
	if e.header == nil {
		return ""
	}
	return mediaTypeOf(e.header.Get("Content-Type"))
}

func mediaTypeOf(ct string) string {
	if ct == "" {
		return ""
	}
	if mt, _, err := mime.ParseMediaType(ct); err == nil {
		return mt
	}
	mt, _, _ := strings.Cut(ct, ";")
	return strings.ToLower(strings.TrimSpace(mt))
}

func (e *entity) getText() any {
	if len(e.body) == 0 {
		return newErr(ErrNoContentError, msgNoContent, nil, nil)
	}
	return string(e.body)
}

func (e *entity) getJSON(msg string) any {
	if len(e.body) == 0 {
		return newErr(ErrNoContentError, msgNoContent, nil, nil)
	}
	v, err := rt.FromJSON(string(e.body))
	if err != nil {
		cause := rt.NewError("Error occurred while extracting json data from entity: "+jsonErrorText(err), nil, nil)
		return newErr(ErrGenericClientError, msg, cause, nil)
	}
	return v
}

// jsonErrorText is the reason of a FromJSON error.
func jsonErrorText(e *rt.Error) string {
	if m, ok := e.Detail().Get("message"); ok {
		if s, ok := m.(string); ok {
			return s
		}
	}
	return e.Message()
}

// jsonText is v (anydata) as JSON text, the way toJsonString writes it.
func jsonText(v any) string { return rt.JSONString(v) }

// Request is an http:Request: an outbound request built by the program
// (`http:Request req = new;`) or the inbound request of a resource function.
type Request struct {
	RawPath string     `bal:"rawPath"` // inbound: the path and query as received
	Method  string     `bal:"method"`  // inbound: the HTTP method
	Object_ objectMark `bal:"$object"`
	entity
}

// NewRequest is `new http:Request()`.
func NewRequest() *Request { return &Request{} }

// SetPayload is setPayload: a string is sent as text/plain, any other anydata value
// as JSON (application/json).
func (r *Request) SetPayload(v any) { r.setPayload(v) }

// SetTextPayload is setTextPayload: text/plain.
func (r *Request) SetTextPayload(s string) { r.setBody([]byte(s), mimeText) }

// SetJsonPayload is setJsonPayload: application/json.
func (r *Request) SetJsonPayload(v any) { r.setJSON(v) }

// SetHeader is setHeader: it replaces the header's values.
func (r *Request) SetHeader(name, value string) { r.hdr().Set(name, value) }

// GetHeader is getHeader: the header's first value, or an http:HeaderNotFoundError.
func (r *Request) GetHeader(name string) any { return r.getHeader(name) }

// GetTextPayload is getTextPayload: the body as a string, or an error (no content).
func (r *Request) GetTextPayload() any { return r.getText() }

// GetJsonPayload is getJsonPayload: the body parsed as json, or an error.
func (r *Request) GetJsonPayload() any { return r.getJSON(msgJSONRequest) }

// BalString implements rt.BalStringer.
func (r *Request) BalString(bool) string { return "object http:Request" }

// Response is an http:Response: the response to a client call, or one a resource
// function builds (`http:Response res = new;`). StatusCode is its statusCode field.
type Response struct {
	StatusCode int64      `bal:"statusCode"`
	Object_    objectMark `bal:"$object"`
	reason     string
	entity
}

// NewResponse is `new http:Response()`: status 200, no body.
func NewResponse() *Response { return &Response{StatusCode: 200} }

// SetPayload is setPayload: a string is sent as text/plain, any other anydata value
// as JSON (application/json).
func (r *Response) SetPayload(v any) { r.setPayload(v) }

// SetTextPayload is setTextPayload: text/plain.
func (r *Response) SetTextPayload(s string) { r.setBody([]byte(s), mimeText) }

// SetJsonPayload is setJsonPayload: application/json.
func (r *Response) SetJsonPayload(v any) { r.setJSON(v) }

// SetHeader is setHeader: it replaces the header's values.
func (r *Response) SetHeader(name, value string) { r.hdr().Set(name, value) }

// GetHeader is getHeader: the header's first value, or an http:HeaderNotFoundError.
func (r *Response) GetHeader(name string) any { return r.getHeader(name) }

// GetTextPayload is getTextPayload: the body as a string, or an error (no content).
func (r *Response) GetTextPayload() any { return r.getText() }

// GetJsonPayload is getJsonPayload: the body parsed as json, or an error.
func (r *Response) GetJsonPayload() any { return r.getJSON(msgJSONResponse) }

// ReasonPhrase is the response's reasonPhrase field.
func (r *Response) ReasonPhrase() string {
	if r.reason != "" {
		return r.reason
	}
	return nethttp.StatusText(int(r.StatusCode))
}

// BalString implements rt.BalStringer.
func (r *Response) BalString(bool) string { return "object http:Response" }

// headerMap is the response's headers as the map<string[]> of an error detail.
func (r *Response) headerMap() *rt.Map[any] {
	m := rt.NewMap[any](rt.MapOf(rt.ArrayOf(rt.TString)))
	keys := make([]string, 0, len(r.header))
	for k := range r.header {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		m.Put(strings.ToLower(k), &rt.List[string]{Elems: append([]string(nil), r.header[k]...)})
	}
	return m
}
