package rt

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/pelletier/go-toml/v2"
	"github.com/pelletier/go-toml/v2/unstable"
)

// Configurable variables (`configurable int port = 8080;`, `configurable string
// password = ?;`) get their values, as Ballerina's runtime gives them, from
//
//  1. -Cname=value arguments (the program's other arguments are its own),
//  2. BAL_CONFIG_VAR_NAME environment variables,
//  3. TOML: the content of BAL_CONFIG_DATA, else the files BAL_CONFIG_FILES lists
//     (the first that has the key), else ./Config.toml,
//
// in that order of precedence, and from the variable's initializer when none of them
// has the variable. Every missing required value and ill-typed value is reported
// before the module is initialized, in Ballerina's words, and the program exits 1.
// go-toml/v2 decodes TOML; its parser also gives the positions that Ballerina's
// messages show ("[Config.toml:(2:8,2:12)] configurable variable ...").

// ConfigVar declares one configurable variable of the program.
type ConfigVar struct {
	Name     string
	Type     Type // the variable's type; its value is made read-only
	Required bool // declared `= ?`
	// convert makes a value of the variable's Go type from a Ballerina value.
	convert func(v any) any
}

// ConfigOf declares configurable variable name of type t and Go type T.
func ConfigOf[T any](name string, t Type, required bool) ConfigVar {
	return ConfigVar{Name: name, Type: t, Required: required, convert: func(v any) any {
		return CloneWithType[T](v, t)
	}}
}

// configValues holds the configured values by variable name. Configure writes it
// before any strand runs; the module's initialization reads it.
var configValues map[string]any

// Configure reads the values of the program's configurable variables, or reports
// what is wrong with them and exits.
func Configure(vars ...ConfigVar) {
	configValues = map[string]any{}
	var errs []string
	src, err := loadTOML()
	if err != "" {
		errs = append(errs, err)
	}
	cli := configArgs()
	for _, cv := range vars {
		v, msg, given := configValue(cv, cli, src)
		switch {
		case msg != "":
			errs = append(errs, msg)
		case given:
			configValues[cv.Name] = v
		case cv.Required:
			errs = append(errs, "value not provided for required configurable variable '"+cv.Name+"'")
		}
	}
	if len(errs) > 0 {
		Flush()
		for _, e := range errs {
			fmt.Fprintln(os.Stderr, "error: "+e)
		}
		exit(1)
	}
}

// Configured returns the configured value of variable name, and whether there is one
// (else the variable's initializer gives its value).
func Configured[T any](name string) (T, bool) {
	v, ok := configValues[name]
	if !ok {
		var zero T
		return zero, false
	}
	r, _ := v.(T)
	return r, true
}

// configValue finds the value of cv: the converted value, or a message, or neither
// when no source has it.
func configValue(cv ConfigVar, cli map[string]string, src *tomlSource) (any, string, bool) {
	if text, ok := cli[cv.Name]; ok {
		return cv.fromText(text, "-C"+cv.Name+"="+text)
	}
	env := "BAL_CONFIG_VAR_" + strings.ToUpper(cv.Name)
	if text, ok := os.LookupEnv(env); ok {
		return cv.fromText(text, env+"="+text)
	}
	if src == nil {
		return nil, "", false
	}
	raw, ok := src.values[cv.Name]
	if !ok {
		return nil, "", false
	}
	v := src.balValue(raw, cv.Name)
	r := cv.convert(v)
	if isError(r) {
		return nil, fmt.Sprintf("[%s] configurable variable '%s' is expected to be of type '%s', but found '%s'",
			src.where(cv.Name), cv.Name, cv.Type, tomlTypeName(raw)), true
	}
	return CloneReadOnly(r), "", true
}

// fromText converts the text of a -C argument or an environment variable, which
// gives a value of a simple type only.
func (cv ConfigVar) fromText(text, where string) (any, string, bool) {
	var candidates []any
	if i, err := strconv.ParseInt(text, 10, 64); err == nil {
		candidates = append(candidates, i)
	}
	if f, err := strconv.ParseFloat(text, 64); err == nil && !strings.ContainsAny(text, "xXpP_") {
		candidates = append(candidates, f)
	}
	if b, err := strconv.ParseBool(text); err == nil && (text == "true" || text == "false") {
		candidates = append(candidates, b)
	}
	candidates = append(candidates, text)
	for _, c := range candidates {
		if r := cv.convert(c); !isError(r) && isSimple(r) {
			return CloneReadOnly(r), "", true
		}
	}
	return nil, fmt.Sprintf("[%s] configurable variable '%s' is expected to be of type '%s', but found '%s'",
		where, cv.Name, cv.Type, text), true
}

// isSimple reports whether v is of a simple type: a -C argument or an environment
// variable cannot give a structured value (that needs TOML).
func isSimple(v any) bool {
	switch v.(type) {
	case int64, float64, bool, string, nil:
		return true
	}
	return false
}

func isError(v any) bool {
	_, ok := v.(*Error)
	return ok
}

// configArgs returns the -Ckey=value arguments by variable name: a key may be the
// name itself or qualified by the module (org.module.name).
func configArgs() map[string]string {
	m := map[string]string{}
	for _, a := range os.Args[1:] {
		if key, value, ok := configArg(a); ok {
			if i := strings.LastIndexByte(key, '.'); i >= 0 {
				key = key[i+1:]
			}
			m[key] = value
		}
	}
	return m
}

// configArg splits a -Ckey=value argument.
func configArg(a string) (key, value string, ok bool) {
	rest, found := strings.CutPrefix(a, "-C")
	if !found {
		return "", "", false
	}
	return strings.Cut(rest, "=")
}

// programArgs are the command-line arguments that are the program's own: all but
// the -Ckey=value ones.
func programArgs() []string {
	var args []string
	for _, a := range os.Args[1:] {
		if _, _, ok := configArg(a); !ok {
			args = append(args, a)
		}
	}
	return args
}

// tomlSource is the decoded TOML that configures the program.
type tomlSource struct {
	name   string         // file name shown in messages
	values map[string]any // as go-toml decodes it
	// shapes and order come from go-toml's parser: where each top-level key's
	// value is, and the order of the keys of each table (by dotted path), which a
	// map<T> keeps.
	shapes map[string]unstable.Shape
	order  map[string][]string
}

// loadTOML reads the TOML source, if there is one; the string is an error message.
func loadTOML() (*tomlSource, string) {
	if data, ok := os.LookupEnv("BAL_CONFIG_DATA"); ok {
		return parseTOML("BAL_CONFIG_DATA", []byte(data))
	}
	if files, ok := os.LookupEnv("BAL_CONFIG_FILES"); ok {
		var merged *tomlSource
		for _, f := range filepath.SplitList(files) {
			data, err := os.ReadFile(f)
			if err != nil {
				return nil, "configuration file is not found in path '" + f + "'"
			}
			src, msg := parseTOML(filepath.Base(f), data)
			if msg != "" {
				return nil, msg
			}
			merged = merged.merge(src)
		}
		return merged, ""
	}
	data, err := os.ReadFile("Config.toml")
	if errors.Is(err, os.ErrNotExist) {
		return nil, ""
	}
	if err != nil {
		return nil, "cannot read Config.toml: " + err.Error()
	}
	return parseTOML("Config.toml", data)
}

// merge adds the keys of b that a has not: the first file that has a key gives it.
func (a *tomlSource) merge(b *tomlSource) *tomlSource {
	if a == nil {
		return b
	}
	for k, v := range b.values {
		if _, ok := a.values[k]; !ok {
			a.values[k] = v
			a.shapes[k] = b.shapes[k]
		}
	}
	for k, ks := range b.order {
		if _, ok := a.order[k]; !ok {
			a.order[k] = ks
		}
	}
	return a
}

func parseTOML(name string, data []byte) (*tomlSource, string) {
	src := &tomlSource{name: name, values: map[string]any{}, shapes: map[string]unstable.Shape{},
		order: map[string][]string{}}
	if err := toml.Unmarshal(data, &src.values); err != nil {
		var de *toml.DecodeError
		if errors.As(err, &de) {
			row, col := de.Position()
			return nil, fmt.Sprintf("[%s:(%d:%d)] invalid TOML: %s", name, row, col, de.Error())
		}
		return nil, fmt.Sprintf("[%s] invalid TOML: %v", name, err)
	}
	var p unstable.Parser
	p.Reset(data)
	var table []string
	for p.NextExpression() {
		e := p.Expression()
		switch e.Kind {
		case unstable.Table, unstable.ArrayTable:
			table = keyPath(e.Key())
			for i := range table {
				src.addKey(strings.Join(table[:i], "."), table[i])
			}
		case unstable.KeyValue:
			src.keyValue(&p, table, e)
		}
	}
	return src, ""
}

// keyValue records the order (and, at the top level, the position) of a key and of
// the keys of an inline table that is its value.
func (s *tomlSource) keyValue(p *unstable.Parser, table []string, e *unstable.Node) {
	key := append(slices.Clip(table), keyPath(e.Key())...)
	for i := len(table); i < len(key); i++ {
		s.addKey(strings.Join(key[:i], "."), key[i])
	}
	v := e.Value()
	if len(key) == 1 {
		s.shapes[key[0]] = p.Shape(span(v))
	}
	if v.Kind == unstable.InlineTable {
		for it := v.Children(); it.Next(); {
			s.keyValue(p, key, it.Node())
		}
	}
}

// span is the range of a value: an array's or an inline table's is that of its
// members (the parser gives only leaves a range).
func span(v *unstable.Node) unstable.Range {
	if v.Raw.Length > 0 {
		return v.Raw
	}
	var first, last unstable.Range
	for it := v.Children(); it.Next(); {
		r := span(it.Node())
		if first.Length == 0 {
			first = r
		}
		last = r
	}
	if first.Length == 0 {
		return v.Raw
	}
	return unstable.Range{Offset: first.Offset, Length: last.Offset + last.Length - first.Offset}
}

func (s *tomlSource) addKey(table, key string) {
	if !slices.Contains(s.order[table], key) {
		s.order[table] = append(s.order[table], key)
	}
}

func keyPath(it unstable.Iterator) []string {
	var path []string
	for it.Next() {
		path = append(path, string(it.Node().Data))
	}
	return path
}

// where is the position of the value of key, as Ballerina shows it:
// Config.toml:(2:8,2:12).
func (s *tomlSource) where(key string) string {
	sh, ok := s.shapes[key]
	if !ok || sh.Start.Line == 0 {
		return s.name
	}
	return fmt.Sprintf("%s:(%d:%d,%d:%d)", s.name, sh.Start.Line, sh.Start.Column, sh.End.Line, sh.End.Column)
}

// balValue converts a decoded TOML value to a Ballerina value: tables become maps
// whose keys keep the document's order, arrays lists.
func (s *tomlSource) balValue(v any, path string) any {
	switch v := v.(type) {
	case map[string]any:
		m := &Map[any]{}
		keys := s.orderedKeys(path, v)
		for _, k := range keys {
			m.store(k, s.balValue(v[k], path+"."+k))
		}
		return m
	case []any:
		l := &List[any]{}
		for _, x := range v {
			l.Elems = append(l.Elems, s.balValue(x, path))
		}
		return l
	}
	return v
}

// orderedKeys returns the keys of m in the document's order (sorted when the order is
// not known: a table in an array of tables).
func (s *tomlSource) orderedKeys(path string, m map[string]any) []string {
	var keys []string
	for _, k := range s.order[path] {
		if _, ok := m[k]; ok {
			keys = append(keys, k)
		}
	}
	if len(keys) == len(m) {
		return keys
	}
	keys = keys[:0]
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// tomlTypeName is the Ballerina name of the type of a decoded TOML value, for
// messages.
func tomlTypeName(v any) string {
	switch v.(type) {
	case int64:
		return "int"
	case float64:
		return "float"
	case bool:
		return "boolean"
	case string:
		return "string"
	case []any:
		return "array"
	case map[string]any:
		return "record"
	}
	return "unsupported TOML value"
}
