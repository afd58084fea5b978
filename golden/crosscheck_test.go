package golden

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bal2go/bal2go"
	"github.com/bal2go/bal2go/check"
	"github.com/bal2go/bal2go/frontend"
	"github.com/stretchr/testify/require"
)

// TestCrossCheck compares the checker's type relation with the runtime's. It generates
// type definitions (records open and closed with optional fields, unions, arrays,
// tuples, maps, singletons, int and string subtypes, readonly intersections, error
// types with detail records and maps, recursive records, tables) and values built for them, then runs one program that prints, for every
// value and every type, whether `v is T` holds. The checker predicts each answer: a
// mutable list or mapping belongs to T when its inherent type (the type its constructor
// was checked against) is a subtype of T, a read-only one or a simple value when its
// shape is. The two implementations (check/semtype and rt) share no code; this test is
// what keeps them in agreement.
func TestCrossCheck(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs a generated program")
	}
	r := rand.New(rand.NewPCG(*crossSeed, 7))
	var types []string
	types = append(types, crossFixedTypes...)
	for len(types) < crossTypeCount {
		types = append(types, genType(r, 2).src())
	}
	gen := &crossProgram{}
	gen.types = types
	// Values: a few samples built for each type; the checker drops those that do not
	// fit (an ambiguous union constructor, say).
	for i := range types {
		for range 2 {
			if lit, ok := sampleOf(r, types[i]); ok {
				gen.values = append(gen.values, crossValue{typ: i, lit: lit})
			}
		}
	}
	prog, file := gen.check(t)
	want := gen.predict(t, prog, file)

	out := runCrossProgram(t, gen.source())
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, len(gen.values))
	pairs, bad := 0, 0
	for k, line := range lines {
		for j := range types {
			pairs++
			got := line[j] == '1'
			if got != want[k][j] {
				bad++
				if bad <= 20 {
					v := gen.values[k]
					t.Errorf("value %s (built for %s) is %s: runtime says %v, checker says %v",
						v.lit, types[v.typ], types[j], got, want[k][j])
				}
			}
		}
	}
	t.Logf("%d types, %d values, %d pairs, %d disagreements", len(types), len(gen.values), pairs, bad)
}

var crossSeed = flag.Uint64("crossseed", 12, "seed of the types TestCrossCheck generates")

// crossTypeCount is how many types the program defines (the values are about twice as
// many, the pairs their product).
const crossTypeCount = 80

// crossFixedTypes are types that random generation rarely produces.
var crossFixedTypes = []string{
	"int", "byte", "int:Signed8", "string", "string:Char", "boolean", "float", "()",
	"anydata", "json", "readonly", "any",
	"int[]", "byte[]", "any[]", "readonly & int[]", "int[2]", "[int, string]", "[int, string...]",
	"[int|string]", "[int]|[string]", "map<int>", "map<anydata>", "readonly & map<int>",
	"record {| int a; |}", "record { int a; }", "record {| int a?; |}", "record {| int...; |}",
	"record {| int a; string b?; |}", "readonly & record {| int a; |}",
	"1|2|\"a\"", "true", "int?", "int[]|string[]", "(int|string)[]",
	"error", "error<record {| int code; |}>", "error<record { string reason; }>", "error<map<int>>",
	"error<record {| int code?; |}>", "int|error<record {| int code; |}>",
	"distinct error", "distinct error<record {| int code; |}>",
	"table<record {| readonly int id; string s; |}> key(id)", "table<record {| readonly int id; string s; |}>",
	"table<record {| readonly int id; string s; |}> key<int>", "table<record {| readonly int id; string s; |}> key<string>",
	"table<record { readonly int id; }> key(id)", "table<map<int>>", "table<map<anydata>>",
	"readonly & table<record {| readonly int id; string s; |}> key(id)",
	// recursive records: SELF stands for the type's own name
	"record {| int v; SELF? next; |}", "record {| int|string v; SELF? next; |}", "record { SELF[] kids; }",
}

// gtype is a generated type: its Ballerina source and enough structure to build a value
// for it.
type gtype struct {
	kind   string // simple, array, fixed, tuple, map, record, union, ro
	text   string // simple: the type; singleton text too
	elems  []*gtype
	names  []string
	opt    []bool
	closed bool
	rest   *gtype // tuple rest
}

func (g *gtype) src() string {
	switch g.kind {
	case "simple":
		return g.text
	case "array":
		return paren(g.elems[0]) + "[]"
	case "fixed":
		return paren(g.elems[0]) + "[2]"
	case "tuple":
		var ms []string
		for _, e := range g.elems {
			ms = append(ms, e.src())
		}
		if g.rest != nil {
			ms = append(ms, g.rest.src()+"...")
		}
		return "[" + strings.Join(ms, ", ") + "]"
	case "map":
		return "map<" + g.elems[0].src() + ">"
	case "record":
		var b strings.Builder
		b.WriteString("record {")
		if g.closed {
			b.WriteString("|")
		}
		for i, e := range g.elems {
			q := ""
			if g.opt[i] {
				q = "?"
			}
			fmt.Fprintf(&b, " %s %s%s;", e.src(), g.names[i], q)
		}
		if g.closed {
			b.WriteString(" |}")
		} else {
			b.WriteString(" }")
		}
		return b.String()
	case "union":
		var ms []string
		for _, e := range g.elems {
			ms = append(ms, paren(e))
		}
		return strings.Join(ms, "|")
	case "ro":
		return "readonly & " + paren(g.elems[0])
	}
	panic(g.kind)
}

func paren(g *gtype) string {
	if g.kind == "union" || g.kind == "ro" {
		return "(" + g.src() + ")"
	}
	return g.src()
}

var simpleTypes = []string{"int", "string", "boolean", "float", "()", "byte", "int:Signed8",
	"string:Char", "1", "2", "300", "\"a\"", "\"ab\"", "true", "anydata", "json"}

func genType(r *rand.Rand, depth int) *gtype {
	if depth == 0 || r.IntN(3) == 0 {
		return &gtype{kind: "simple", text: simpleTypes[r.IntN(len(simpleTypes))]}
	}
	sub := func() *gtype { return genType(r, depth-1) }
	return genKind(r, r.IntN(7), sub)
}

// genKind builds a type of kind k (0…6: array, fixed array, tuple, map, record, union,
// readonly & a container) over member types made by sub.
func genKind(r *rand.Rand, k int, sub func() *gtype) *gtype {
	switch k {
	case 0:
		return &gtype{kind: "array", elems: []*gtype{sub()}}
	case 1:
		return &gtype{kind: "fixed", elems: []*gtype{sub()}}
	case 2:
		g := &gtype{kind: "tuple", elems: []*gtype{sub(), sub()}[:1+r.IntN(2)]}
		if r.IntN(2) == 0 {
			g.rest = sub()
		}
		return g
	case 3:
		return &gtype{kind: "map", elems: []*gtype{sub()}}
	case 4:
		g := &gtype{kind: "record", closed: r.IntN(2) == 0}
		for i, name := range []string{"a", "b"}[:1+r.IntN(2)] {
			g.names = append(g.names, name)
			g.elems = append(g.elems, sub())
			g.opt = append(g.opt, i > 0 && r.IntN(2) == 0)
		}
		return g
	case 5:
		return &gtype{kind: "union", elems: []*gtype{sub(), sub()}}
	}
	return &gtype{kind: "ro", elems: []*gtype{genKind(r, r.IntN(5), sub)}}
}

// sampleOf returns a value literal for the type written src, by parsing it back into a
// gtype-like shape with the front end: the literal only needs to be plausible, the
// checker decides whether it fits.
func sampleOf(r *rand.Rand, src string) (string, bool) {
	file, diags := frontend.Parse(&frontend.Source{Name: "t.bal", Text: []byte("type T " + src + ";\n")})
	if frontend.HasErrors(diags) || len(file.Decls) != 1 {
		return "", false
	}
	return sampleType(r, file.Decls[0].(*frontend.TypeDecl).Type, 0)
}

func sampleType(r *rand.Rand, te frontend.TypeExpr, depth int) (string, bool) {
	if depth > 4 {
		return "", false
	}
	switch te := te.(type) {
	case *frontend.BuiltinType:
		switch te.Name {
		case "int", "anydata", "json", "any", "readonly":
			return []string{"1", "300", "7"}[r.IntN(3)], true
		case "byte":
			return "200", true
		case "string":
			return []string{`"ab"`, `"c"`}[r.IntN(2)], true
		case "boolean":
			return "false", true
		case "float":
			return "1.5", true
		case "error":
			return `error("m", code = 2)`, true
		}
	case *frontend.NamedType:
		switch te.Prefix + ":" + te.Name {
		case "int:Signed8":
			return "100", true
		case "string:Char":
			return `"z"`, true
		}
	case *frontend.NilType:
		return "()", true
	case *frontend.ErrorType:
		return []string{`error("m")`, `error("m", code = 1)`, `error("m", code = 1, reason = "r")`,
			`error("m", reason = "r")`}[r.IntN(4)], true
	case *frontend.SingletonType:
		return sourceOf(te.Value), true
	case *frontend.OptionalType:
		if r.IntN(2) == 0 {
			return "()", true
		}
		return sampleType(r, te.Elem, depth+1)
	case *frontend.UnionType:
		return sampleType(r, te.Members[r.IntN(len(te.Members))], depth+1)
	case *frontend.IntersectionType:
		for _, m := range te.Members {
			if bt, ok := m.(*frontend.BuiltinType); !ok || bt.Name != "readonly" {
				return sampleType(r, m, depth+1)
			}
		}
	case *frontend.ArrayType:
		n := r.IntN(3)
		if te.Len != nil {
			n = 2
		}
		var ms []string
		for range n {
			m, ok := sampleType(r, te.Elem, depth+1)
			if !ok {
				return "", false
			}
			ms = append(ms, m)
		}
		return "[" + strings.Join(ms, ", ") + "]", true
	case *frontend.TupleType:
		var ms []string
		for _, m := range te.Members {
			s, ok := sampleType(r, m, depth+1)
			if !ok {
				return "", false
			}
			ms = append(ms, s)
		}
		if te.Rest != nil && r.IntN(2) == 0 {
			s, ok := sampleType(r, te.Rest, depth+1)
			if !ok {
				return "", false
			}
			ms = append(ms, s)
		}
		return "[" + strings.Join(ms, ", ") + "]", true
	case *frontend.TableType:
		if r.IntN(3) == 0 {
			return "table []", true
		}
		s, ok := sampleType(r, te.Row, depth+1)
		return "table [" + s + "]", ok
	case *frontend.MapType:
		if r.IntN(3) == 0 {
			return "{}", true
		}
		s, ok := sampleType(r, te.Elem, depth+1)
		return "{k: " + s + "}", ok
	case *frontend.RecordType:
		var fs []string
		for _, f := range te.Fields {
			if f.Optional && r.IntN(2) == 0 {
				continue
			}
			s, ok := sampleType(r, f.Type, depth+1)
			if !ok {
				return "", false
			}
			fs = append(fs, f.Name+": "+s)
		}
		return "{" + strings.Join(fs, ", ") + "}", true
	}
	return "", false
}

func sourceOf(e frontend.Expr) string {
	switch e := e.(type) {
	case *frontend.IntLit:
		return e.Raw
	case *frontend.StringLit:
		return fmt.Sprintf("%q", e.Value)
	case *frontend.BoolLit:
		return fmt.Sprint(e.Value)
	case *frontend.FloatLit:
		return e.Raw
	}
	return "()"
}

type crossValue struct {
	typ int    // index of the type it was built for
	lit string // its constructor
}

type crossProgram struct {
	types  []string
	values []crossValue
	// after predict: the checker's type of each T<j> and the type deciding the
	// membership of each value
	named      []*check.Type
	valueTypes []*check.Type
}

func (p *crossProgram) source() string {
	var b strings.Builder
	b.WriteString("import ballerina/io;\n\n")
	for i, t := range p.types {
		fmt.Fprintf(&b, "type T%d %s;\n", i, strings.ReplaceAll(t, "SELF", fmt.Sprintf("T%d", i)))
	}
	b.WriteString("\nfunction bit(boolean b) returns string => b ? \"1\" : \"0\";\n\n")
	for k, v := range p.values {
		fmt.Fprintf(&b, "function v%d() {\n    T%d v = %s;\n    any|error x = v;\n    io:println(", k, v.typ, v.lit)
		for j := range p.types {
			if j > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "bit(x is T%d)", j)
		}
		b.WriteString(");\n}\n\n")
	}
	b.WriteString("public function main() {\n")
	for k := range p.values {
		fmt.Fprintf(&b, "    v%d();\n", k)
	}
	b.WriteString("}\n")
	return b.String()
}

// check checks the program, dropping the values the checker rejects, until it is clean.
func (p *crossProgram) check(t *testing.T) (*check.Program, *frontend.File) {
	for {
		src := p.source()
		file, diags := frontend.Parse(&frontend.Source{Name: "cross.bal", Text: []byte(src)})
		require.False(t, frontend.HasErrors(diags), "syntax errors: %v", diags)
		prog, diags := check.Check(file)
		if !frontend.HasErrors(diags) {
			return prog, file
		}
		bad := map[int]bool{}
		for _, d := range diags {
			k := p.valueAt(src, d.Pos.Line)
			require.GreaterOrEqual(t, k, 0, "a diagnostic outside the values: %v", d)
			bad[k] = true
		}
		var kept []crossValue
		for k, v := range p.values {
			if !bad[k] {
				kept = append(kept, v)
			}
		}
		p.values = kept
	}
}

// valueAt returns the index of the value whose function contains line, or -1.
func (p *crossProgram) valueAt(src string, line int) int {
	k := -1
	for i, l := range strings.Split(src, "\n") {
		if i+1 > line {
			break
		}
		if strings.HasPrefix(l, "function v") {
			fmt.Sscanf(l, "function v%d()", &k)
		}
	}
	return k
}

// predict returns, for every value and type, whether the checker says the value
// belongs to the type.
func (p *crossProgram) predict(t *testing.T, prog *check.Program, file *frontend.File) [][]bool {
	named := map[string]*check.Type{}
	for _, d := range file.Decls {
		if td, ok := d.(*frontend.TypeDecl); ok {
			named[td.Name] = prog.TypeOf[td.Type]
		}
	}
	for j := range p.types {
		p.named = append(p.named, named[fmt.Sprintf("T%d", j)])
	}
	want := make([][]bool, len(p.values))
	k := 0
	for _, d := range file.Decls {
		fd, ok := d.(*frontend.FuncDecl)
		if !ok || !strings.HasPrefix(fd.Name, "v") || fd.Name == "main" {
			continue
		}
		vd := fd.Body.Stmts[0].(*frontend.VarDecl)
		vt := valueType(prog, vd.Value)
		require.NotNil(t, vt, "no type for %s", p.values[k].lit)
		p.valueTypes = append(p.valueTypes, vt)
		want[k] = make([]bool, len(p.types))
		for j := range p.types {
			want[k][j] = check.IsSubtype(vt, p.named[j])
		}
		k++
	}
	require.Equal(t, len(p.values), k)
	return want
}

// valueType is the type that decides the membership of the value of e: the inherent
// type of a mutable list or mapping, else the shape of the value.
func valueType(prog *check.Program, e frontend.Expr) *check.Type {
	switch e := e.(type) {
	case *frontend.ListExpr, *frontend.MappingExpr:
		if t := prog.Types[e]; t != nil && !check.IsSubtype(t, check.Readonly) {
			return t
		}
	case *frontend.TableExpr:
		// a table's inherent type: its contextual type's rows, its key fields
		t := prog.Types[e]
		if t == nil || t.Kind != check.KTable {
			return nil
		}
		keys := prog.TableKeys[e]
		if len(keys) == 0 {
			keys = nil
		}
		it := check.TableOf(t.Mutable().Elem, keys, nil)
		if !t.ReadOnly {
			return it
		}
		// a read-only table belongs by its shape: its rows' shapes, its key
		var rows []*check.Type
		for _, r := range e.Rows {
			rows = append(rows, shapeType(prog, r))
		}
		return check.ReadOnlyOf(&check.Type{Kind: check.KTable, Elem: check.Union(rows...),
			KeyFields: keys, KeyType: check.TableKeyType(it)})
	}
	return shapeType(prog, e)
}

// shapeType is the type whose only value is the (read-only) value of e.
func shapeType(prog *check.Program, e frontend.Expr) *check.Type {
	switch e := e.(type) {
	case *frontend.IntLit:
		return check.SingletonOf(int64(e.Value))
	case *frontend.FloatLit:
		return check.SingletonOf(e.Value)
	case *frontend.StringLit:
		return check.SingletonOf(e.Value)
	case *frontend.BoolLit:
		return check.SingletonOf(e.Value)
	case *frontend.NilLit:
		return check.Nil
	case *frontend.ListExpr:
		var ms []*check.Type
		for _, m := range e.Elems {
			ms = append(ms, shapeType(prog, m))
		}
		return check.ReadOnlyOf(check.TupleOf(ms, nil))
	case *frontend.MappingExpr:
		rec := &check.Type{Kind: check.KRecord, Closed: true}
		for _, f := range e.Fields {
			rec.Fields = append(rec.Fields, &check.Field{Name: f.Name, Type: shapeType(prog, f.Value)})
		}
		return check.ReadOnlyOf(rec)
	case *frontend.ErrorCtorExpr:
		// an error belongs to error<D> when its (immutable) detail mapping is a D
		detail := &check.Type{Kind: check.KRecord, Closed: true}
		for _, a := range e.Args {
			if a.Name != "" {
				detail.Fields = append(detail.Fields, &check.Field{Name: a.Name, Type: shapeType(prog, a.Value)})
			}
		}
		return &check.Type{Kind: check.KError, Elem: check.ReadOnlyOf(detail)}
	}
	return nil
}

// runCrossProgram transpiles, builds and runs src, returning its standard output.
func runCrossProgram(t *testing.T, src string) string {
	gen, diags := bal2go.Transpile("cross.bal", []byte(src), bal2go.Options{})
	require.NotNil(t, gen, "transpiling failed: %v", diags)
	dir := t.TempDir()
	files := bal2go.ProgramModule("crossprog")
	files["main.go"] = gen
	for name, data := range files {
		p := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, data, 0o644))
	}
	run := exec.Command("go", "run", ".")
	run.Dir = dir
	run.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "GOPROXY=off")
	var stderr strings.Builder
	run.Stderr = &stderr
	out, err := run.Output()
	require.NoError(t, err, "%s", stderr.String())
	return string(out)
}
