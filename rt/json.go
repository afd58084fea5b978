package rt

import (
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"strconv"
	"strings"
)

// The inherent types of values made by FromJSON and ToJSON.
var (
	jsonArray = ArrayOf(TJSON)
	jsonMap   = MapOf(TJSON)
)

const reasonFromJSON = "{ballerina/lang.value}FromJsonStringError"

// FromJSON parses JSON text into a json value (value:fromJsonString): objects become
// *Map[any] (member order kept), arrays *List[any], numbers without fraction or exponent
// int64 (float64 if they do not fit), other numbers float64, null nil.
func FromJSON(text string) (any, *Error) {
	dec := json.NewDecoder(strings.NewReader(text))
	dec.UseNumber()
	v, err := decodeJSON(dec)
	if err == nil {
		if _, err2 := dec.Token(); err2 != io.EOF {
			err = errors.New("unexpected data after the JSON value")
		}
	}
	if err != nil {
		return nil, newLangError(reasonFromJSON, err.Error())
	}
	return v, nil
}

// FromJSONString is value:fromJsonString: the json value, or the *Error.
func FromJSONString(text string) any {
	v, err := FromJSON(text)
	if err != nil {
		return err
	}
	return v
}

func decodeJSON(dec *json.Decoder) (any, error) {
	tok, err := dec.Token()
	if err != nil {
		if err == io.EOF {
			return nil, io.ErrUnexpectedEOF
		}
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '[':
			l := &List[any]{Inherent: jsonArray}
			for dec.More() {
				e, err := decodeJSON(dec)
				if err != nil {
					return nil, err
				}
				l.Elems = append(l.Elems, e)
			}
			if _, err := dec.Token(); err != nil {
				return nil, err
			}
			return l, nil
		case '{':
			m := NewMap[any](jsonMap)
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return nil, err
				}
				k, _ := kt.(string)
				v, err := decodeJSON(dec)
				if err != nil {
					return nil, err
				}
				m.Put(k, v)
			}
			if _, err := dec.Token(); err != nil {
				return nil, err
			}
			return m, nil
		}
		return nil, errors.New("unexpected " + t.String())
	case json.Number:
		s := string(t)
		if !strings.ContainsAny(s, ".eE") {
			if n, err := strconv.ParseInt(s, 10, 64); err == nil {
				return n, nil
			}
		}
		f, err := strconv.ParseFloat(s, 64)
		if err != nil && !errors.Is(err, strconv.ErrRange) {
			return nil, err
		}
		return f, nil
	default:
		return t, nil // string, bool or nil
	}
}

// ToJSON converts an anydata value to json (value:toJson): records and typed maps
// become *Map[any], typed lists *List[any], all with json inherent types; simple values
// stay as they are. A value that is not anydata (an error, a function) panics.
func ToJSON(v any) any { return toJSON(v, nil) }

func toJSON(v any, seen []any) any {
	switch x := v.(type) {
	case nil, int64, float64, Decimal, bool, string:
		return v
	case *Error:
		panicCast(v, TJSON)
	case listValue:
		for _, s := range seen {
			if s == v {
				Panic(newLangError("{ballerina/lang.value}CyclicValueReferenceError", "'"+TypeName(v)+"' value has cyclic reference"))
			}
		}
		seen = append(seen, v)
		out := &List[any]{Elems: make([]any, x.listLen()), Inherent: jsonArray}
		for i := range out.Elems {
			out.Elems[i] = toJSON(x.listElem(i), seen)
		}
		return out
	}
	m := asMapping(v)
	if m == nil {
		if reflect.TypeOf(v).Kind() == reflect.Func {
			panicCast(v, TJSON)
		}
		return v
	}
	for _, s := range seen {
		if s == v {
			Panic(newLangError("{ballerina/lang.value}CyclicValueReferenceError", "'"+TypeName(v)+"' value has cyclic reference"))
		}
	}
	seen = append(seen, v)
	out := NewMap[any](jsonMap)
	m.mapRange(func(k string, e any) bool {
		out.Put(k, toJSON(e, seen))
		return true
	})
	return out
}
