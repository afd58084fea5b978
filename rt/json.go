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
	case *Table:
		// a table's json is the list of its rows' (spec, value:toJson)
		out := &List[any]{Elems: make([]any, 0, x.live), Inherent: jsonArray}
		x.Range(func(r any) bool {
			out.Elems = append(out.Elems, toJSON(r, seen))
			return true
		})
		return out
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

const reasonMergeJSON = "{ballerina/lang.value}MergeJsonError"

// MergeJSON is value:mergeJson: j2 merged into j1 (the merged j1), or a
// {ballerina/lang.value}MergeJsonError, j1 then unchanged.
func MergeJSON(j1, j2 any) any {
	if err := unmergeable(j1, j2, nil); err != nil {
		return err
	}
	return mergeJSON(j1, j2)
}

// unmergeable returns the error merging j2 into j1 would meet, or nil.
func unmergeable(j1, j2 any, seen [][2]any) *Error {
	if j1 == nil || j2 == nil {
		return nil
	}
	m1, ok1 := j1.(mapValue)
	m2, ok2 := j2.(mapValue)
	if !ok1 || !ok2 {
		return newLangError(reasonMergeJSON,
			"cannot merge JSON values of types '"+TypeName(j1)+"' and '"+TypeName(j2)+"'")
	}
	for _, p := range seen {
		if p[0] == j1 && p[1] == j2 {
			return newLangError(reasonMergeJSON, "cannot merge JSON values with cyclic references")
		}
	}
	seen = append(seen, [2]any{j1, j2})
	var err *Error
	m2.mapRange(func(k string, v2 any) bool {
		if v1, ok := m1.mapGet(k); ok {
			err = unmergeable(v1, v2, seen)
		}
		return err == nil
	})
	return err
}

// mergeJSON merges j2 into j1, which unmergeable has accepted.
func mergeJSON(j1, j2 any) any {
	if j1 == nil {
		return j2
	}
	if j2 == nil {
		return j1
	}
	m1, m2 := j1.(mapValue), j2.(mapValue)
	m2.mapRange(func(k string, v2 any) bool {
		v := v2
		if v1, ok := m1.mapGet(k); ok {
			v = mergeJSON(v1, v2)
		}
		m1.(anyPutter).putAny(k, v)
		return true
	})
	return j1
}
