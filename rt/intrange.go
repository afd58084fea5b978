package rt

import (
	"strings"
	"unicode/utf8"
)

// The predeclared subtypes of int and string: byte, int:Signed8 … int:Unsigned32 are
// ranges of int64 values, string:Char the strings of one character. Their values are
// plain int64 and string values; only the descriptors know the bounds.

type intRangeType struct {
	min, max int64
	name     string
}

// IntRangeOf returns the type of the ints from min to max, named name (byte is
// IntRangeOf(0, 255, "byte")).
func IntRangeOf(min, max int64, name string) Type {
	return &intRangeType{min, max, name}
}

// Contains implements Type.
func (t *intRangeType) Contains(v any) bool {
	i, ok := v.(int64)
	return ok && t.min <= i && i <= t.max
}

// String implements Type.
func (t *intRangeType) String() string { return t.name }

// qualifiedName is the name jBallerina's messages give the type: byte, or the
// langlib module's qualified name (lang.int:Unsigned32).
func (t *intRangeType) qualifiedName() string {
	if rest, ok := strings.CutPrefix(t.name, "int:"); ok {
		return "lang.int:" + rest
	}
	return t.name
}

// TChar is string:Char.
var TChar Type = charType{}

type charType struct{}

// Contains implements Type.
func (charType) Contains(v any) bool {
	s, ok := v.(string)
	return ok && utf8.RuneCountInString(s) == 1
}

// String implements Type.
func (charType) String() string { return "string:Char" }
