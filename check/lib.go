package check

import (
	"embed"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/bal2go/bal2go/frontend"
)

// Library modules are declared in Ballerina, in check/lib/MODULE.bal, the
// way Ballerina's own langlib declares them: each function bal2go
// implements is `public isolated function NAME(params) returns T =
// external;`, and a generic one uses the module's @typeParam types
// (`@typeParam type Type any|error;`). The files are parsed by the front
// end and checked by this checker once; a call of one of their functions
// is typed from its declaration (libCall), and the code generator binds
// each declared function to the runtime in one table (codegen/lib.go).

//go:embed lib/*.bal
var libFiles embed.FS

// declModule is a library module declared in check/lib.
type declModule struct {
	name  string               // "lang.array", "io"
	funcs map[string]*Function // its functions, by name
	types map[string]*Type     // its public types and classes, by name
	// consts are its public constants (int:MAX_VALUE, array:ASCENDING), by
	// name: shared by every program, so read, never written, after loading.
	consts map[string]*Symbol
	// methods are the external methods of its classes (init included), as
	// library functions: see Method.Lib.
	methods []*Function
}

var (
	libOnce sync.Once
	libMods map[string]*declModule // by the prefix a program uses: "array", "io", "runtime"
)

// library returns the declared library modules, loading them on first use.
func library() map[string]*declModule {
	libOnce.Do(loadLibrary)
	return libMods
}

// libFunc returns the declared function name of the module a program names
// mod ("int", "io", "runtime"), or nil.
func libFunc(mod, name string) *Function {
	if m := library()[mod]; m != nil {
		return m.funcs[name]
	}
	return nil
}

// loadLibrary parses and checks every declaration file. A diagnostic there
// is a bug of bal2go, not of the program being compiled (TestLibrary keeps
// the files clean), so it panics.
func loadLibrary() {
	libMods = map[string]*declModule{}
	entries, err := libFiles.ReadDir("lib")
	if err != nil {
		panic(err)
	}
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), ".bal")
		m, diags := loadModule(name)
		if frontend.HasErrors(diags) {
			panic(fmt.Sprintf("bal2go: library module %s: %v", name, diags))
		}
		libMods[strings.TrimPrefix(name, "lang.")] = m
	}
}

// loadModule parses and checks check/lib/NAME.bal.
func loadModule(name string) (*declModule, []frontend.Diagnostic) {
	text, err := libFiles.ReadFile("lib/" + name + ".bal")
	if err != nil {
		panic(err)
	}
	f, diags := frontend.ParseLibrary(&frontend.Source{Name: "lib/" + name + ".bal", Text: text})
	c := newChecker(f)
	c.library = true
	c.checkFile(f)
	diags = append(diags, c.diags...)
	m := &declModule{name: name, funcs: map[string]*Function{}, types: map[string]*Type{}, consts: map[string]*Symbol{}}
	prefix := strings.TrimPrefix(name, "lang.")
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *frontend.FuncDecl:
			if !d.External || !d.Public {
				diags = append(diags, frontend.Errorf(d.Pos(), "type", "a library function must be public and external"))
				continue
			}
			fn := c.prog.Funcs[d]
			fn.Library = name
			m.funcs[d.Name] = fn
		case *frontend.ConstDecl:
			if d.Public {
				m.consts[d.Name] = c.prog.Defs[d]
			}
		case *frontend.TypeDecl:
			if d.Public {
				t := c.types[d.Name].Type
				t.Module = prefix
				m.types[d.Name] = t
			}
		case *frontend.ClassDecl:
			if !d.Public {
				diags = append(diags, frontend.Errorf(d.Pos(), "type", "a library class must be public"))
				continue
			}
			cls := c.classes[d]
			cls.Type.Module = prefix
			m.types[d.Name] = cls.Type
			ms, ds := libMethods(name, cls)
			m.methods = append(m.methods, ms...)
			diags = append(diags, ds...)
		}
	}
	return m, frontend.SortDiagnostics(diags)
}

// libConst returns the public constant name of the library module a program
// names mod ("int", "array"), or nil.
func libConst(mod, name string) *Symbol {
	if m := library()[mod]; m != nil {
		return m.consts[name]
	}
	return nil
}

// libType returns the public type or class name of the library module a
// program names mod ("http"), or nil.
func libType(mod, name string) *Type {
	if m := library()[mod]; m != nil {
		return m.types[name]
	}
	return nil
}

// LibraryKey names a library function as the code generator's binding table
// does: "lang.array:push", "io:println"; "" for a function of the program.
func (f *Function) LibraryKey() string {
	if f == nil || f.Library == "" {
		return ""
	}
	if f.LibName != "" {
		return f.Library + ":" + f.LibName
	}
	return f.Library + ":" + f.Name
}

// LibraryClasses returns the classes declared in check/lib (http:Client, ...), by
// module and name.
func LibraryClasses() []*Class {
	var out []*Class
	for _, m := range library() {
		for _, t := range m.types {
			if t.IsLibraryClass() {
				out = append(out, t.Obj.Class)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i].Type, out[j].Type
		return a.Module+":"+a.Name < b.Module+":"+b.Name
	})
	return out
}

// LibraryFunctions returns every function declared in check/lib, ordered by
// LibraryKey.
func LibraryFunctions() []*Function {
	var out []*Function
	for _, m := range library() {
		for _, fn := range m.funcs {
			out = append(out, fn)
		}
		out = append(out, m.methods...)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].LibraryKey() < out[j].LibraryKey() })
	return out
}

// typeParamOf returns the type parameter a library type definition
// declares (@typeParam type Type any|error;), or nil.
func (c *checker) typeParamOf(d *frontend.TypeDecl) *Type {
	if !c.library {
		return nil
	}
	for _, a := range d.Annots {
		if a.Prefix == "" && a.Name == "typeParam" {
			return &Type{Kind: KTypeParam, Name: d.Name, Elem: c.resolveType(d.Type)}
		}
	}
	return nil
}
