package http

import (
	"reflect"
	"strconv"
	"strings"
	"sync"

	"github.com/bal2go/bal2go/rt"
)

// # Data binding
//
// Bind (client calls) and Payload (resource parameters) turn a body into the value the
// program asked for, following module-ballerina-http's performDataBinding: the body's
// media type picks the reader (text/* is text, application/json and +json are JSON,
// no Content-Type goes by the target type: string reads text, anything else JSON), then
// the JSON value is converted to the Go type T of the target by reflection, the way
// data.jsondata's parseAsType does with projection off: a record needs its required
// fields, a closed record rejects extra fields (an open one keeps them in its rest
// field), members must have the right types.

// Bind turns the result of Execute into the value of the target type (the contextual
// type of c->get(...)): T is the target's Go type and target its descriptor. Errors
// pass through. A *Response target (or a union holding http:Response) gets the
// response itself. Otherwise a 4xx status gives an http:ClientRequestError and a 5xx an
// http:RemoteServerError (message: the reason phrase; detail: statusCode, headers,
// body), and the body is bound to T. Bind never panics.
func Bind[T any](res any, target rt.Type) (out any) {
	resp, ok := res.(*Response)
	if !ok {
		return res
	}
	var zero T
	if _, isResp := any(zero).(*Response); isResp || (target != nil && target.Contains(resp)) {
		return resp
	}
	defer func() {
		if r := recover(); r != nil {
			out = newErr(ErrPayloadBindingClient, msgBindingFail+rt.Recover(r).Message(), nil, nil)
		}
	}()
	if resp.StatusCode >= 400 && resp.StatusCode <= 599 {
		return responseError(resp)
	}
	v, err := bindEntity[T](&resp.entity, target, true)
	if err != nil {
		return err
	}
	return v
}

// responseError is the ClientRequestError or RemoteServerError for a 4xx or 5xx
// response (jBallerina's createResponseError).
func responseError(resp *Response) *rt.Error {
	code := resp.StatusCode
	var body any
	if len(resp.body) > 0 {
		if isJSONType(resp.mediaType()) {
			v, err := rt.FromJSON(string(resp.body))
			if err != nil {
				cause := newErr(ErrGenericClientError, msgJSONResponse, rt.NewError("Error occurred while extracting json data from entity: "+jsonErrorText(err), nil, nil), nil)
				return newErr(ErrPayloadBindingClient, "http:ApplicationResponseError creation failed: "+strconv.FormatInt(code, 10)+" response payload extraction failed", cause, nil)
			}
			body = v
		} else {
			body = string(resp.body)
		}
	}
	d := rt.NewMap[any](nil)
	d.Put("statusCode", code)
	d.Put("headers", resp.headerMap())
	d.Put("body", body)
	typ := ErrRemoteServerError
	if code < 500 {
		typ = ErrClientRequestError
	}
	return newErr(typ, resp.ReasonPhrase(), nil, d)
}

func isJSONType(mt string) bool {
	return mt == mimeJSON || (strings.HasPrefix(mt, "application/") && strings.HasSuffix(mt, "+json"))
}

func isXMLType(mt string) bool { return strings.HasSuffix(mt, "/xml") || strings.HasSuffix(mt, "+xml") }

// bindEntity reads e's body as a value of T (target: its descriptor). client says
// which side reads it, for the wording of errors (the listener reports them as 400).
func bindEntity[T any](e *entity, target rt.Type, client bool) (any, *rt.Error) {
	gt := reflect.TypeFor[T]()
	mt := e.mediaType()
	switch {
	case mt == "":
		if wantsText(gt, target) {
			return bindText(e, gt, target)
		}
		return bindJSON(e, gt, target, client)
	case isXMLType(mt):
		return nil, incompatible(e, gt, target, client)
	case strings.HasPrefix(mt, "text/"):
		if admitsString(gt, target) {
			return bindText(e, gt, target)
		}
		return nil, incompatible(e, gt, target, client)
	case isJSONType(mt):
		return bindJSON(e, gt, target, client)
	case mt == "application/x-www-form-urlencoded" || mt == "application/octet-stream":
		if wantsText(gt, target) {
			return bindText(e, gt, target)
		}
		return nil, incompatible(e, gt, target, client)
	}
	if wantsText(gt, target) {
		return bindText(e, gt, target)
	}
	return bindJSON(e, gt, target, client)
}

// incompatible is jBallerina's error for a body whose media type the target cannot
// take.
func incompatible(e *entity, gt reflect.Type, target rt.Type, client bool) *rt.Error {
	msg := "incompatible " + typeText(gt, target) + " found for '" + e.header.Get("Content-Type") + "' mime type"
	if client {
		return newErr(ErrPayloadBindingClient, msg, nil, nil)
	}
	return newErr(ErrPayloadBindingListener, msg, nil, nil)
}

// bindText reads the body as a string.
func bindText(e *entity, gt reflect.Type, target rt.Type) (any, *rt.Error) {
	if len(e.body) == 0 {
		if admitsNil(gt, target) {
			return nil, nil
		}
		return nil, newErr(ErrNoContentError, msgNoContent, nil, nil)
	}
	return string(e.body), nil
}

// bindJSON parses the body as JSON and converts it to gt.
func bindJSON(e *entity, gt reflect.Type, target rt.Type, client bool) (any, *rt.Error) {
	if len(e.body) == 0 {
		if admitsNil(gt, target) {
			return nil, nil
		}
		return nil, newErr(ErrNoContentError, msgNoContent, nil, nil)
	}
	var j any
	var reason string
	if jsonTooDeep(e.body) {
		reason = "exceeded max depth"
	} else if v, jerr := rt.FromJSON(string(e.body)); jerr != nil {
		reason = jsonErrorText(jerr)
	} else {
		j = v
	}
	if reason != "" {
		msg := msgJSONResponse
		if !client {
			msg = msgJSONRequest
		}
		cause := rt.NewError("Error occurred while extracting json data from entity: "+reason, nil, nil)
		return nil, newErr(ErrGenericClientError, msg, cause, nil)
	}
	v, err := convertJSON(j, gt, target)
	if err != nil {
		if client {
			return nil, newErr(ErrPayloadBindingClient, msgBindingFail+err.msg, nil, nil)
		}
		return nil, newErr(ErrPayloadBindingListener, err.msg, nil, nil)
	}
	return v, nil
}

// maxJSONDepth bounds the nesting of a JSON payload: a deeper one is refused before it
// is parsed, as handling it (rendering it in a binding error's message, say) takes time
// quadratic in its depth, and a few hundred KB of brackets held a service for seconds.
const maxJSONDepth = 1000

// jsonTooDeep reports whether the JSON text b nests arrays and objects deeper than
// maxJSONDepth (brackets inside strings do not count).
func jsonTooDeep(b []byte) bool {
	depth, inString, escaped := 0, false, false
	for _, c := range b {
		if inString {
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
			continue
		}
		switch c {
		case '"':
			inString = true
		case '[', '{':
			if depth++; depth > maxJSONDepth {
				return true
			}
		case ']', '}':
			depth--
		}
	}
	return false
}

// wantsText reports whether the target is string or string? (read as text when no
// media type says otherwise).
func wantsText(gt reflect.Type, target rt.Type) bool {
	if gt.Kind() == reflect.String {
		return true
	}
	return gt.Kind() == reflect.Interface && target != nil && target.Contains("") &&
		!target.Contains(int64(0)) && !target.Contains(false) && !target.Contains(float64(0))
}

// admitsString reports whether a string can be the target's value.
func admitsString(gt reflect.Type, target rt.Type) bool {
	switch gt.Kind() {
	case reflect.String:
		return true
	case reflect.Interface:
		return target == nil || target.Contains("")
	}
	return false
}

// admitsNil reports whether () can be the target's value.
func admitsNil(gt reflect.Type, target rt.Type) bool {
	return gt.Kind() == reflect.Interface && (target == nil || target.Contains(nil))
}

// bindError is a failed conversion, in data.jsondata's words.
type bindError struct{ msg string }

// convertJSON converts the json value j to a value of Go type gt (target: the
// Ballerina type, when known) and returns it boxed.
func convertJSON(j any, gt reflect.Type, target rt.Type) (any, *bindError) {
	v, err := convertValue(j, gt, target, "")
	if err != nil {
		return nil, err
	}
	return v.Interface(), nil
}

func valueText(v any) string {
	if v == nil {
		return "null"
	}
	return rt.ToString(v)
}

// mismatch is the error for a value of the wrong type at path ("" at the top).
func mismatch(v any, gt reflect.Type, target rt.Type, path string) *bindError {
	if path == "" {
		return &bindError{"incompatible expected type '" + typeText(gt, target) + "' for value '" + valueText(v) + "'"}
	}
	return &bindError{"incompatible value '" + valueText(v) + "' for type '" + typeText(gt, target) + "' in field '" + path + "'"}
}

var (
	rtPkg       = reflect.TypeFor[rt.Error]().PkgPath()
	anyListType = reflect.TypeFor[*rt.List[any]]()
	anyMapType  = reflect.TypeFor[*rt.Map[any]]()
	restMapType = reflect.TypeFor[*rt.Map[any]]()
	jsonArray   = rt.ArrayOf(rt.TJSON)
	jsonMap     = rt.MapOf(rt.TJSON)
)

// genericKind tells whether t is *rt.List[E] ("List") or *rt.Map[E] ("Map").
func genericKind(t reflect.Type) string {
	if t.Kind() != reflect.Pointer || t.Elem().Kind() != reflect.Struct || t.Elem().PkgPath() != rtPkg {
		return ""
	}
	name := t.Elem().Name()
	switch {
	case strings.HasPrefix(name, "List["):
		return "List"
	case strings.HasPrefix(name, "Map["):
		return "Map"
	}
	return ""
}

// convertValue converts j to gt; path names the field being converted.
func convertValue(j any, gt reflect.Type, target rt.Type, path string) (reflect.Value, *bindError) {
	switch gt.Kind() {
	case reflect.String:
		if s, ok := j.(string); ok {
			return reflect.ValueOf(s), nil
		}
	case reflect.Int64:
		if n, ok := j.(int64); ok {
			return reflect.ValueOf(n), nil
		}
	case reflect.Float64:
		switch n := j.(type) {
		case float64:
			return reflect.ValueOf(n), nil
		case int64:
			return reflect.ValueOf(float64(n)), nil
		}
	case reflect.Bool:
		if b, ok := j.(bool); ok {
			return reflect.ValueOf(b), nil
		}
	case reflect.Interface:
		v, ok := convertAny(j, target)
		if ok {
			rv := reflect.New(gt).Elem()
			if v != nil {
				rv.Set(reflect.ValueOf(v))
			}
			return rv, nil
		}
	case reflect.Pointer:
		switch genericKind(gt) {
		case "List":
			return convertList(j, gt, target, path)
		case "Map":
			return convertMap(j, gt, target, path)
		}
		if ri := recordInfoOf(gt); ri != nil {
			return convertRecord(j, gt, ri, path)
		}
	}
	return reflect.Value{}, mismatch(j, gt, target, path)
}

// convertAny checks a json value against the target of a boxed (any) Go type:
// without a target any json value goes; an int goes where only a float does.
func convertAny(j any, target rt.Type) (any, bool) {
	if target == nil || target.Contains(j) {
		return j, true
	}
	if n, ok := j.(int64); ok && target.Contains(float64(n)) {
		return float64(n), true
	}
	switch x := j.(type) {
	case *rt.List[any]:
		if !strings.HasSuffix(target.String(), "]") {
			break // a list type with boxed members (not a union holding one)
		}
		// a json array for a list type with boxed members: checked stores decide
		l := &rt.List[any]{Inherent: target}
		if rt.TrapNil(nil, func() { l.Push(x.Elems...) }) == nil && target.Contains(l) {
			return l, true
		}
	case *rt.Map[any]:
		if !strings.HasPrefix(target.String(), "map<") {
			break
		}
		m := rt.NewMap[any](target)
		if rt.TrapNil(nil, func() { x.Range(func(k string, v any) bool { m.Put(k, v); return true }) }) == nil && target.Contains(m) {
			return m, true
		}
	}
	return nil, false
}

// isOpenArray reports whether target is an array type of any length (T[]).
func isOpenArray(target rt.Type) bool {
	return target != nil && strings.HasSuffix(target.String(), "[]")
}

func convertList(j any, gt reflect.Type, target rt.Type, path string) (reflect.Value, *bindError) {
	src, ok := j.(*rt.List[any])
	if !ok {
		return reflect.Value{}, mismatch(j, gt, target, path)
	}
	if gt == anyListType {
		if target == nil {
			return reflect.ValueOf(&rt.List[any]{Elems: append([]any(nil), src.Elems...), Inherent: jsonArray}), nil
		}
		if v, ok := convertAny(src, target); ok {
			return reflect.ValueOf(v), nil
		}
		return reflect.Value{}, mismatch(j, gt, target, path)
	}
	et := gt.Elem().Field(0).Type.Elem() // Elems []E
	lv := reflect.New(gt.Elem())
	elems := reflect.MakeSlice(reflect.SliceOf(et), len(src.Elems), len(src.Elems))
	for i, e := range src.Elems {
		ev, err := convertValue(e, et, nil, path+"["+strconv.Itoa(i)+"]")
		if err != nil {
			return reflect.Value{}, err
		}
		elems.Index(i).Set(ev)
	}
	if target != nil && !isOpenArray(target) {
		// fixed length or tuple: stores through the inherent type check the length
		lv.Elem().FieldByName("Inherent").Set(reflect.ValueOf(&target).Elem())
		push := lv.MethodByName("Push")
		if rt.TrapNil(nil, func() { push.CallSlice([]reflect.Value{elems}) }) != nil {
			return reflect.Value{}, &bindError{"array size is not compatible with the expected size"}
		}
		return lv, nil
	}
	lv.Elem().FieldByName("Elems").Set(elems)
	return lv, nil
}

func convertMap(j any, gt reflect.Type, target rt.Type, path string) (reflect.Value, *bindError) {
	src, ok := j.(*rt.Map[any])
	if !ok {
		return reflect.Value{}, mismatch(j, gt, target, path)
	}
	if gt == anyMapType {
		if target == nil {
			m := rt.NewMap[any](jsonMap)
			src.Range(func(k string, v any) bool { m.Put(k, v); return true })
			return reflect.ValueOf(m), nil
		}
		if v, ok := convertAny(src, target); ok {
			return reflect.ValueOf(v), nil
		}
		return reflect.Value{}, mismatch(j, gt, target, path)
	}
	put := reflect.New(gt.Elem())
	putFn := put.MethodByName("Put")
	et := putFn.Type().In(1)
	var err *bindError
	src.Range(func(k string, v any) bool {
		ev, e := convertValue(v, et, nil, joinPath(path, k))
		if e != nil {
			err = e
			return false
		}
		putFn.Call([]reflect.Value{reflect.ValueOf(k), ev})
		return true
	})
	if err != nil {
		return reflect.Value{}, err
	}
	return put, nil
}

func joinPath(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

func convertRecord(j any, gt reflect.Type, ri *recInfo, path string) (reflect.Value, *bindError) {
	src, ok := j.(*rt.Map[any])
	if !ok {
		return reflect.Value{}, mismatch(j, gt, nil, path)
	}
	rv := reflect.New(gt.Elem())
	sv := rv.Elem()
	seen := make([]bool, len(ri.fields))
	var err *bindError
	src.Range(func(k string, v any) bool {
		i, ok := ri.byName[k]
		if !ok {
			if ri.rest < 0 {
				err = &bindError{"undefined field '" + joinPath(path, k) + "'"}
				return false
			}
			rest := sv.Field(ri.rest).Addr().Interface().(**rt.Map[any])
			rt.SetRest(nil, rest, k, v) // a new record: mutable
			return true
		}
		f := &ri.fields[i]
		fv, e := convertValue(v, f.typ, nil, joinPath(path, k))
		if e != nil {
			err = e
			return false
		}
		sv.Field(f.index).Set(fv)
		seen[i] = true
		return true
	})
	if err != nil {
		return reflect.Value{}, err
	}
	for i := range ri.fields {
		if seen[i] {
			continue
		}
		f := &ri.fields[i]
		switch {
		case f.optional:
			sv.Field(f.index).Set(reflect.ValueOf(&rt.Absent).Elem())
		case f.typ.Kind() == reflect.Interface:
			// a field of a boxed type (json, T?, a union): () when absent
		default:
			return reflect.Value{}, &bindError{"required field '" + joinPath(path, f.name) + "' not present in JSON"}
		}
	}
	return rv, nil
}

// recInfo is what binding needs of a generated record struct: its fields by their
// `bal` tags and its rest field.
type recInfo struct {
	fields []recField
	byName map[string]int
	rest   int // index of the Rest_ field of an open record, or -1
}

type recField struct {
	name     string
	index    int
	optional bool
	typ      reflect.Type
}

var recCache sync.Map // reflect.Type -> *recInfo (nil: not a record)

// recordInfoOf returns the binding information of t, or nil when t is not a pointer to
// a generated record struct (one with `bal` tags, rt's rule).
func recordInfoOf(t reflect.Type) *recInfo {
	if v, ok := recCache.Load(t); ok {
		return v.(*recInfo)
	}
	ri := buildRecInfo(t)
	v, _ := recCache.LoadOrStore(t, ri)
	return v.(*recInfo)
}

func buildRecInfo(t reflect.Type) *recInfo {
	if t.Kind() != reflect.Pointer || t.Elem().Kind() != reflect.Struct || genericKind(t) != "" {
		return nil
	}
	st := t.Elem()
	ri := &recInfo{byName: map[string]int{}, rest: -1}
	tagged := false
	for i := 0; i < st.NumField(); i++ {
		f := st.Field(i)
		tag, ok := f.Tag.Lookup("bal")
		if !ok || !f.IsExported() {
			continue
		}
		tagged = true
		name, opts, _ := strings.Cut(tag, ",")
		if opts == "rest" && f.Type == restMapType {
			ri.rest = i
			continue
		}
		if opts == "readonly" {
			continue // the read-only mark: nil in a new record
		}
		if name == "" {
			name = f.Name
		}
		if f.Type.Kind() == reflect.Func {
			return nil // an object (http:Response ...), not a record
		}
		ri.byName[name] = len(ri.fields)
		ri.fields = append(ri.fields, recField{name: name, index: i, optional: opts == "optional", typ: f.Type})
	}
	if !tagged && st.NumField() > 0 {
		return nil
	}
	return ri
}

// typeText names the target in messages: its descriptor when known, else the
// Ballerina type the Go type stands for.
func typeText(gt reflect.Type, target rt.Type) string {
	if target != nil {
		return target.String()
	}
	switch gt.Kind() {
	case reflect.String:
		return "string"
	case reflect.Int64:
		return "int"
	case reflect.Float64:
		return "float"
	case reflect.Bool:
		return "boolean"
	case reflect.Interface:
		return "json"
	case reflect.Pointer:
		switch genericKind(gt) {
		case "List":
			return typeText(gt.Elem().Field(0).Type.Elem(), nil) + "[]"
		case "Map":
			return "map<" + typeText(reflect.New(gt.Elem()).MethodByName("Put").Type().In(1), nil) + ">"
		}
		return rt.TypeName(reflect.Zero(gt).Interface())
	}
	return gt.String()
}
