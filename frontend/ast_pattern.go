package frontend

// The nodes of binding patterns and match patterns, and of the statements
// that only binding patterns make: the declaration of the variables of a
// binding pattern and the destructuring assignment. A binding pattern (in
// a declaration, a destructuring assignment, a foreach statement, or after
// `var` in a match pattern) and a match pattern share their nodes; which
// node may occur where is the grammar's business (Ballerina spec, "Binding
// patterns" and "Match patterns").

// Pattern is a binding pattern or a match pattern.
type Pattern interface {
	Node
	aPattern()
}

type pattern struct{ node }

func (*pattern) aPattern() {}

// CapturePattern: x
//
// In a binding pattern a name is a variable the pattern binds (declares,
// or assigns in a destructuring assignment); in a match pattern only under
// `var`, for outside it a name is a constant (ConstPattern).
type CapturePattern struct {
	pattern
	Name string
}

// WildcardPattern: _
type WildcardPattern struct{ pattern }

// ConstPattern: 1  -1  "GET"  true  ()  C  m:C   (match patterns only)
type ConstPattern struct {
	pattern
	X Expr
}

// VarPattern: var x   var [a, b]   var {name}   var error(m)   (match patterns only)
//
// The binding pattern after var declares its variables; matching it tests
// the shape its list, mapping and error patterns require.
type VarPattern struct {
	pattern
	P Pattern
}

// RestPattern: ...rest  (...var rest in a match pattern)
type RestPattern struct {
	pattern
	Name string
}

// ListPattern: [a, b, ...rest]   [var x, 1, ...var r]
type ListPattern struct {
	pattern
	Members []Pattern
	Rest    *RestPattern // nil when none
}

// MappingPattern: {name, age: a, ...rest}   {command: "add", amount: var x, ...var r}
type MappingPattern struct {
	pattern
	Fields []*FieldPattern
	Rest   *RestPattern // nil when none
}

// FieldPattern: name: p, and in a binding pattern the shorthand name (P is
// then a CapturePattern of the same name and position). In an error
// pattern it is a named argument: name = p.
type FieldPattern struct {
	node
	Name string
	P    Pattern
}

// ErrorPattern: error(m)   error E(m, cause, code = c, ...detail)   error(var m, _)
type ErrorPattern struct {
	pattern
	Type    TypeExpr        // the error type reference; nil when none
	Message Pattern         // nil when omitted (error(code = c))
	Cause   Pattern         // nil when omitted
	Fields  []*FieldPattern // the named arguments, detail fields
	Rest    *RestPattern    // nil when none
}

// BindingDecl: [final] T [a, b] = e;   var {name, age} = p;   error error(m) = e;
//
// The declaration of the variables of a list, mapping or error binding
// pattern (a typed binding pattern whose binding pattern is not a plain
// variable name, which is a VarDecl).
type BindingDecl struct {
	stmt
	Final   bool
	Type    TypeExpr // nil for var
	Pattern Pattern
	Value   Expr
}

// DestructureStmt: [a, b] = [b, a];   {name, age: a} = p;   error(m, code = c) = e;
//
// A destructuring assignment: the variables the binding pattern names are
// assigned the parts of the value. It takes the position of the pattern.
type DestructureStmt struct {
	stmt
	Pattern Pattern
	Value   Expr
}

// Captures returns the capture patterns of p (its variables) and its rest
// patterns in source order.
func Captures(p Pattern) []Pattern {
	var out []Pattern
	var walk func(p Pattern)
	rest := func(r *RestPattern) {
		if r != nil {
			out = append(out, r)
		}
	}
	walk = func(p Pattern) {
		switch p := p.(type) {
		case *CapturePattern:
			out = append(out, p)
		case *VarPattern:
			walk(p.P)
		case *ListPattern:
			for _, m := range p.Members {
				walk(m)
			}
			rest(p.Rest)
		case *MappingPattern:
			for _, f := range p.Fields {
				walk(f.P)
			}
			rest(p.Rest)
		case *ErrorPattern:
			if p.Message != nil {
				walk(p.Message)
			}
			if p.Cause != nil {
				walk(p.Cause)
			}
			for _, f := range p.Fields {
				walk(f.P)
			}
			rest(p.Rest)
		}
	}
	walk(p)
	return out
}

// VarName returns the variable a capture or rest pattern binds ("" for
// other patterns).
func VarName(p Pattern) string {
	switch p := p.(type) {
	case *CapturePattern:
		return p.Name
	case *RestPattern:
		return p.Name
	}
	return ""
}
