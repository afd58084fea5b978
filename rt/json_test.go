package rt

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFromJSON(t *testing.T) {
	tests := []struct {
		in       string
		toString string
		typ      string
	}{
		{`{"b":1,"a":[true,null,"x"],"c":{"d":2.5}}`, `{"b":1,"a":[true,null,"x"],"c":{"d":2.5}}`, "map<json>"},
		{`[1, 2.0, 1e2, -3]`, `[1,2.0,100.0,-3]`, "json[]"},
		{`"s"`, "s", "string"},
		{`42`, "42", "int"},
		{`9223372036854775808`, "9.223372036854776E18", "float"},
		{` null `, "", "()"},
		{`false`, "false", "boolean"},
		{`{}`, "{}", "map<json>"},
	}
	for _, tt := range tests {
		v, err := FromJSON(tt.in)
		require.Nil(t, err, tt.in)
		assert.Equal(t, tt.toString, ToString(v), tt.in)
		assert.Equal(t, tt.typ, TypeName(v), tt.in)
		assert.True(t, TJSON.Contains(v), tt.in)
	}
	for _, bad := range []string{``, `{`, `[1,]`, `{"a" 1}`, `1 2`, `tru`} {
		v, err := FromJSON(bad)
		assert.Nil(t, v, bad)
		require.NotNil(t, err, bad)
		assert.Equal(t, "{ballerina/lang.value}FromJsonStringError", err.Message(), bad)
	}
}

func TestToJSON(t *testing.T) {
	p := &person{Name: "A", Age: 3, Nick: Absent}
	j := ToJSON(NewList[any](nil, p, NewList[int64](nil, 1), NewMap[string](nil), nil, 1.5))
	assert.Equal(t, `[{"name":"A","age":3},[1],{},null,1.5]`, ToString(j))
	assert.Equal(t, "json[]", TypeName(j))
	assert.Equal(t, "json[]", TypeName(j.(*List[any]).Elems[1]))
	assert.Equal(t, "map<json>", TypeName(j.(*List[any]).Elems[0]))
	assert.Equal(t, int64(7), ToJSON(int64(7)))
	assert.Equal(t, `{ballerina}TypeCastError {"message":"incompatible types: 'error' cannot be cast to 'json'"}`,
		printable(panicked(func() { ToJSON(NewError("e", nil, nil)) })))
	cyc := mapOf()
	cyc.Put("me", cyc)
	assert.Equal(t, `{ballerina/lang.value}CyclicValueReferenceError {"message":"'map<any|error>' value has cyclic reference"}`,
		printable(panicked(func() { ToJSON(cyc) })))

	// Round trip through the text form.
	back, err := FromJSON(JSONString(j))
	require.Nil(t, err)
	assert.True(t, Equal(j, back))
}
