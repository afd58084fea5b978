package http

import (
	nethttp "net/http"
	"testing"

	"github.com/bal2go/bal2go/rt"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Album is an open record: record { string title; string artist; int year?; }.
type Album struct {
	Title  string       `bal:"title"`
	Artist string       `bal:"artist"`
	Year   any          `bal:"year,optional"`
	Rest_  *rt.Map[any] `bal:",rest"`
}

// Point is a closed record: record {| int x; float y; string? label; |}.
type Point struct {
	X     int64   `bal:"x"`
	Y     float64 `bal:"y"`
	Label any     `bal:"label"`
}

// Order nests a record and a list of records.
type Order struct {
	ID    int64            `bal:"id"`
	Album *Album           `bal:"album"`
	Lines *rt.List[*Point] `bal:"lines"`
	Tags  *rt.List[string] `bal:"tags"`
	Meta  *rt.Map[int64]   `bal:"meta"`
}

var (
	tAlbum  = rt.RecordTypeOf((*Album)(nil), "Album")
	tPoint  = rt.RecordTypeOf((*Point)(nil), "Point")
	tOrder  = rt.RecordTypeOf((*Order)(nil), "Order")
	tResp   = rt.RecordTypeOf((*Response)(nil), "http:Response")
	tAlbums = rt.ArrayOf(tAlbum)
)

func resp(status int, contentType, body string) *Response {
	r := &Response{StatusCode: int64(status)}
	r.header = nethttp.Header{}
	if contentType != "" {
		r.header.Set("Content-Type", contentType)
	}
	r.body = []byte(body)
	return r
}

func jsonResp(body string) *Response { return resp(200, "application/json", body) }

// errOf asserts that v is an *rt.Error of the given type and returns it.
func errOf(t *testing.T, v any, typeName string) *rt.Error {
	t.Helper()
	e, ok := v.(*rt.Error)
	require.True(t, ok, "want an error, got %T %v", v, v)
	assert.Equal(t, typeName, e.TypeName(), "message: %s", e.Message())
	return e
}

func TestBindSimpleTypes(t *testing.T) {
	tests := []struct {
		name string
		got  any
		want any
	}{
		{"text to string", Bind[string](resp(200, "text/plain", "hello"), rt.TString), "hello"},
		{"text with charset", Bind[string](resp(200, "text/plain; charset=utf-8", "héllo"), rt.TString), "héllo"},
		{"no content type to string", Bind[string](resp(200, "", `{"a":1}`), rt.TString), `{"a":1}`},
		{"json string to string", Bind[string](jsonResp(`"hi"`), rt.TString), "hi"},
		{"json int", Bind[int64](jsonResp(`42`), rt.TInt), int64(42)},
		{"json float", Bind[float64](jsonResp(`1.5`), rt.TFloat), 1.5},
		{"json int to float", Bind[float64](jsonResp(`2`), rt.TFloat), 2.0},
		{"json boolean", Bind[bool](jsonResp(`true`), rt.TBoolean), true},
		{"no content type to int", Bind[int64](resp(200, "", `7`), rt.TInt), int64(7)},
		{"json null to int?", Bind[any](jsonResp(`null`), rt.UnionOf(rt.TInt, rt.TNil)), nil},
		{"empty body to string?", Bind[any](resp(200, "text/plain", ""), rt.UnionOf(rt.TString, rt.TNil)), nil},
		{"text to json is a string", Bind[any](resp(200, "text/plain", "plain"), rt.TJSON), "plain"},
		{"int to int|string", Bind[any](jsonResp(`3`), rt.UnionOf(rt.TInt, rt.TString)), int64(3)},
		{"int to float|string", Bind[any](jsonResp(`3`), rt.UnionOf(rt.TFloat, rt.TString)), 3.0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assert.Equal(t, tt.want, tt.got) })
	}
}

func TestBindJSONValues(t *testing.T) {
	v := Bind[any](jsonResp(`{"a":[1,2.5,"x",null,true],"b":{"c":{}}}`), rt.TJSON)
	m, ok := v.(*rt.Map[any])
	require.True(t, ok, "%T", v)
	assert.Equal(t, `{"a":[1,2.5,"x",null,true],"b":{"c":{}}}`, rt.ToString(m))
	assert.True(t, rt.TJSON.Contains(v))

	v = Bind[any](jsonResp(`[1,2]`), rt.TAnydata)
	assert.Equal(t, "[1,2]", rt.ToString(v))

	// map<json> and json[]
	mj := Bind[*rt.Map[any]](jsonResp(`{"k":"v","n":1}`), rt.MapOf(rt.TJSON))
	require.IsType(t, &rt.Map[any]{}, mj)
	assert.True(t, rt.MapOf(rt.TJSON).Contains(mj))
	lj := Bind[*rt.List[any]](jsonResp(`[1,"a",{}]`), rt.ArrayOf(rt.TJSON))
	require.IsType(t, &rt.List[any]{}, lj)
	assert.True(t, rt.ArrayOf(rt.TJSON).Contains(lj))

	// typed lists and maps
	li := Bind[*rt.List[int64]](jsonResp(`[1,2,3]`), rt.ArrayOf(rt.TInt))
	assert.Equal(t, []int64{1, 2, 3}, li.(*rt.List[int64]).Elems)
	ms := Bind[*rt.Map[string]](jsonResp(`{"a":"x","b":"y"}`), rt.MapOf(rt.TString))
	assert.Equal(t, `{"a":"x","b":"y"}`, rt.ToString(ms))
	// a list of boxed members is checked against its type
	lu := Bind[*rt.List[any]](jsonResp(`[1,"a"]`), rt.ArrayOf(rt.UnionOf(rt.TInt, rt.TString)))
	require.IsType(t, &rt.List[any]{}, lu)
	assert.True(t, rt.ArrayOf(rt.UnionOf(rt.TInt, rt.TString)).Contains(lu))
	errOf(t, Bind[*rt.List[any]](jsonResp(`[1,true]`), rt.ArrayOf(rt.UnionOf(rt.TInt, rt.TString))), ErrPayloadBindingClient)
	errOf(t, Bind[*rt.Map[string]](jsonResp(`{"a":1}`), rt.MapOf(rt.TString)), ErrPayloadBindingClient)
}

func TestBindRecords(t *testing.T) {
	v := Bind[*Album](jsonResp(`{"title":"Blue Train","artist":"John Coltrane"}`), tAlbum)
	a, ok := v.(*Album)
	require.True(t, ok, "%v", v)
	assert.Equal(t, "Blue Train", a.Title)
	assert.Equal(t, "John Coltrane", a.Artist)
	assert.True(t, rt.IsAbsent(a.Year))
	assert.Equal(t, `{"title":"Blue Train","artist":"John Coltrane"}`, rt.ToString(a))

	// optional field present, extra fields kept by the open record
	v = Bind[*Album](jsonResp(`{"title":"t","artist":"a","year":1957,"label":"Blue Note"}`), tAlbum)
	a = v.(*Album)
	assert.Equal(t, int64(1957), a.Year)
	assert.Equal(t, `{"title":"t","artist":"a","year":1957,"label":"Blue Note"}`, rt.ToString(a))

	// closed record: nilable field may be absent, int goes to float
	v = Bind[*Point](jsonResp(`{"x":1,"y":2}`), tPoint)
	p := v.(*Point)
	assert.Equal(t, Point{X: 1, Y: 2}, *p)

	// arrays of records
	v = Bind[*rt.List[*Album]](jsonResp(`[{"title":"a","artist":"b"},{"title":"c","artist":"d"}]`), tAlbums)
	l := v.(*rt.List[*Album])
	require.Len(t, l.Elems, 2)
	assert.Equal(t, "c", l.Elems[1].Title)
	assert.True(t, tAlbums.Contains(l))

	// nested
	v = Bind[*Order](jsonResp(`{"id":7,"album":{"title":"t","artist":"a"},"lines":[{"x":1,"y":1.5,"label":"p"}],"tags":["x"],"meta":{"n":1}}`), tOrder)
	o, ok := v.(*Order)
	require.True(t, ok, "%v", v)
	assert.Equal(t, int64(7), o.ID)
	assert.Equal(t, "p", o.Lines.Elems[0].Label)
	assert.Equal(t, []string{"x"}, o.Tags.Elems)
	assert.Equal(t, int64(1), o.Meta.MustGet("n"))
}

func TestBindErrors(t *testing.T) {
	tests := []struct {
		name     string
		got      any
		typeName string
		msg      string
	}{
		{"missing field", Bind[*Album](jsonResp(`{"title":"t"}`), tAlbum), ErrPayloadBindingClient,
			"Payload binding failed: required field 'artist' not present in JSON"},
		{"wrong field type", Bind[*Album](jsonResp(`{"title":1,"artist":"a"}`), tAlbum), ErrPayloadBindingClient,
			"Payload binding failed: incompatible value '1' for type 'string' in field 'title'"},
		{"extra field of a closed record", Bind[*Point](jsonResp(`{"x":1,"y":2,"z":3}`), tPoint), ErrPayloadBindingClient,
			"Payload binding failed: undefined field 'z'"},
		{"nested field", Bind[*Order](jsonResp(`{"id":1,"album":{"title":"t"},"lines":[],"tags":[],"meta":{}}`), tOrder), ErrPayloadBindingClient,
			"Payload binding failed: required field 'album.artist' not present in JSON"},
		{"array element", Bind[*rt.List[*Album]](jsonResp(`[{"title":"a","artist":"b"},{"title":2,"artist":"d"}]`), tAlbums), ErrPayloadBindingClient,
			"Payload binding failed: incompatible value '2' for type 'string' in field '[1].title'"},
		{"object for an array", Bind[*rt.List[*Album]](jsonResp(`{"title":"a"}`), tAlbums), ErrPayloadBindingClient,
			`Payload binding failed: incompatible expected type 'Album[]' for value '{"title":"a"}'`},
		{"string for an int", Bind[int64](jsonResp(`"x"`), rt.TInt), ErrPayloadBindingClient,
			"Payload binding failed: incompatible expected type 'int' for value 'x'"},
		{"float for an int", Bind[int64](jsonResp(`1.5`), rt.TInt), ErrPayloadBindingClient,
			"Payload binding failed: incompatible expected type 'int' for value '1.5'"},
		{"bad JSON", Bind[any](jsonResp(`{"a":`), rt.TJSON), ErrGenericClientError,
			"Error occurred while retrieving the json payload from the response"},
		{"bad JSON for a record", Bind[*Album](jsonResp(`[1,`), tAlbum), ErrGenericClientError,
			"Error occurred while retrieving the json payload from the response"},
		{"text for a record", Bind[*Album](resp(200, "text/plain", "hi"), tAlbum), ErrPayloadBindingClient,
			"incompatible Album found for 'text/plain' mime type"},
		{"xml for a string", Bind[string](resp(200, "application/xml", "<a/>"), rt.TString), ErrPayloadBindingClient,
			"incompatible string found for 'application/xml' mime type"},
		{"no content for a string", Bind[string](resp(200, "text/plain", ""), rt.TString), ErrNoContentError, "No content"},
		{"no content for a record", Bind[*Album](resp(202, "", ""), tAlbum), ErrNoContentError, "No content"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := errOf(t, tt.got, tt.typeName)
			assert.Equal(t, tt.msg, e.Message())
			assert.True(t, ErrorIs(e, "http:ClientError"))
		})
	}
}

func TestBindStatusErrors(t *testing.T) {
	r := resp(404, "text/plain", "no such album")
	r.reason = "Not Found"
	e := errOf(t, Bind[string](r, rt.TString), ErrClientRequestError)
	assert.Equal(t, "Not Found", e.Message())
	assert.Equal(t, int64(404), e.Detail().MustGet("statusCode"))
	assert.Equal(t, "no such album", e.Detail().MustGet("body"))
	assert.Equal(t, `{"content-type":["text/plain"]}`, rt.ToString(e.Detail().MustGet("headers")))
	assert.True(t, ErrorIs(e, "ApplicationResponseError"))
	assert.True(t, ErrorIs(e, "ClientError"))
	assert.False(t, ErrorIs(e, "RemoteServerError"))

	r = resp(500, "application/json", `{"message":"boom"}`)
	e = errOf(t, Bind[*Album](r, tAlbum), ErrRemoteServerError)
	assert.Equal(t, "Internal Server Error", e.Message())
	assert.Equal(t, `{"message":"boom"}`, rt.ToString(e.Detail().MustGet("body")))

	r = resp(503, "", "")
	e = errOf(t, Bind[any](r, rt.TJSON), ErrRemoteServerError)
	assert.Nil(t, e.Detail().MustGet("body"))

	// bad JSON in an error response
	e = errOf(t, Bind[any](resp(500, "application/json", "{"), rt.TJSON), ErrPayloadBindingClient)
	assert.Equal(t, "http:ApplicationResponseError creation failed: 500 response payload extraction failed", e.Message())

	// a Response target takes any status
	r = resp(500, "text/plain", "x")
	assert.Same(t, r, Bind[*Response](r, tResp))
	assert.Same(t, r, Bind[any](r, rt.UnionOf(tResp, rt.TJSON)))
	// errors pass through
	ce := rt.NewError("boom", nil, nil)
	assert.Same(t, ce, Bind[string](ce, rt.TString))
}

func TestResponseIsNotAnydata(t *testing.T) {
	r := NewResponse()
	assert.False(t, rt.TJSON.Contains(r))
	assert.False(t, rt.TAnydata.Contains(r))
	assert.True(t, tResp.Contains(r))
	assert.Equal(t, "object http:Response", rt.ToString(r))
	// a json target binds the body of a Response
	assert.Equal(t, int64(1), Bind[any](jsonResp("1"), rt.TJSON))
}

func TestBindNeverPanics(t *testing.T) {
	bodies := []string{"", "null", "{", "[]", "{}", `{"title":null,"artist":"a"}`, "1e400", `"\ud800"`, "[[[[", `{"a":{"b":[1,{"c":2}]}}`, "\x00\xff"}
	types := []string{"application/json", "text/plain", "", "application/xml", "application/octet-stream"}
	for _, b := range bodies {
		for _, ct := range types {
			for _, st := range []int{200, 404, 500} {
				r := resp(st, ct, b)
				assert.NotPanics(t, func() {
					Bind[*Album](r, tAlbum)
					Bind[*Order](r, tOrder)
					Bind[*rt.List[*Album]](r, tAlbums)
					Bind[any](r, rt.TJSON)
					Bind[int64](r, rt.TInt)
					Bind[string](r, rt.TString)
					Bind[*rt.Map[int64]](r, rt.MapOf(rt.TInt))
					Bind[any](r, rt.FixedArrayOf(rt.TInt, 2))
					Bind[*rt.List[int64]](r, rt.FixedArrayOf(rt.TInt, 1))
				}, "body %q type %q", b, ct)
			}
		}
	}
}

func TestMessages(t *testing.T) {
	req := NewRequest()
	errOf(t, req.GetHeader("X-A"), ErrHeaderNotFoundError)
	errOf(t, req.GetTextPayload(), ErrNoContentError)
	errOf(t, req.GetJsonPayload(), ErrNoContentError)
	req.SetHeader("X-A", "1")
	assert.Equal(t, "1", req.GetHeader("x-a"))
	req.SetPayload("text")
	assert.Equal(t, "text/plain", req.GetHeader("Content-Type"))
	assert.Equal(t, "text", req.GetTextPayload())
	req.SetPayload(rt.NewMapFrom[any](nil, []string{"a", "b"}, []any{int64(1), "x"}))
	assert.Equal(t, "application/json", req.GetHeader("content-type"))
	assert.Equal(t, `{"a":1, "b":"x"}`, req.GetTextPayload())
	assert.Equal(t, `{"a":1,"b":"x"}`, rt.ToString(req.GetJsonPayload()))
	req.SetJsonPayload("s")
	assert.Equal(t, `"s"`, req.GetTextPayload())
	req.SetTextPayload("{bad")
	e := errOf(t, req.GetJsonPayload(), ErrGenericClientError)
	assert.Equal(t, "Error occurred while retrieving the json payload from the request", e.Message())

	res := NewResponse()
	assert.Equal(t, int64(200), res.StatusCode)
	res.SetPayload(int64(5))
	assert.Equal(t, int64(5), res.GetJsonPayload())
	res.SetTextPayload("t")
	assert.Equal(t, "t", res.GetTextPayload())
	res.SetHeader("A", "b")
	assert.Equal(t, "b", res.GetHeader("a"))
	res.SetJsonPayload(rt.NewList[any](nil, int64(1)))
	assert.Equal(t, "[1]", res.GetTextPayload())
	errOf(t, res.GetHeader("missing"), ErrHeaderNotFoundError)
	assert.Equal(t, "OK", res.ReasonPhrase())
}
