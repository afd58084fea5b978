package codegen

import (
	"go/token"
	"strconv"
	"strings"
	"unicode"
)

// Go names for Ballerina names. A Ballerina name is kept as it is unless it
// is reserved (a Go keyword, a predeclared Go identifier, or a name the
// generated code itself uses) or ends with '_'; such names get one more '_'.
// The mapping is injective, and its image never contains a name of the form
// base+"_" where base is neither reserved nor ends in '_' — that space is
// where the generator's own temporaries live (tmp1_, err2_, initModule_).

var reserved = map[string]bool{
	// predeclared identifiers the generated code may use
	"any": true, "bool": true, "byte": true, "error": true, "float64": true, "int": true,
	"int64": true, "string": true, "rune": true, "uint64": true, "nil": true, "true": true,
	"false": true, "len": true, "cap": true, "append": true, "make": true, "new": true,
	"panic": true, "recover": true, "print": true, "println": true, "copy": true,
	"delete": true, "close": true, "iota": true, "complex": true, "real": true, "imag": true,
	"min": true, "max": true, "clear": true, "uint": true, "uint8": true, "int32": true,
	"float32": true, "uintptr": true, "comparable": true,
	// package names and entry points
	"rt": true, "main": true, "init": true, "fmt": true, "os": true, "math": true,
	"strand": true, // the strand parameter of functions that may yield
}

// goName escapes a Ballerina identifier for use as a Go identifier.
func goName(name string) string {
	if name == "" {
		return "_"
	}
	var b strings.Builder
	for i, r := range name {
		switch {
		case r == '_' || unicode.IsLetter(r) || (i > 0 && unicode.IsDigit(r)):
			b.WriteRune(r)
		default:
			// Ballerina quoted identifiers may hold characters Go does not allow.
			b.WriteString("x" + strconv.FormatInt(int64(r), 16))
		}
	}
	s := b.String()
	if token.IsKeyword(s) || reserved[s] || strings.HasSuffix(s, "_") || s != name {
		return s + "_"
	}
	return s
}

// exportedName turns a record field name into an exported Go field name.
func exportedName(name string) string {
	s := goName(name)
	r := []rune(s)
	if len(r) > 0 && unicode.IsLower(r[0]) {
		r[0] = unicode.ToUpper(r[0])
	} else if len(r) > 0 && !unicode.IsUpper(r[0]) {
		return "F" + s
	}
	return string(r)
}

// isTemp reports whether a Go identifier is one of the generator's own names
// (a temporary, initModule_, record1_, …) rather than a Ballerina name: see
// goName for why the two never meet.
func isTemp(s string) bool {
	base, ok := strings.CutSuffix(s, "_")
	return ok && base != "" && !reserved[base] && !strings.HasSuffix(base, "_") && !token.IsKeyword(base)
}
