package diagram

import (
	"strings"

	"github.com/bal2go/bal2go/frontend"
)

// patternText renders a binding or match pattern as Ballerina source.
func patternText(p frontend.Pattern) string {
	var b strings.Builder
	writePattern(&b, p)
	return shorten(b.String())
}

func writePattern(b *strings.Builder, p frontend.Pattern) {
	list := func(n int, item func(i int)) {
		for i := range n {
			if i > 0 {
				b.WriteString(", ")
			}
			item(i)
		}
	}
	rest := func(r *frontend.RestPattern, first bool) {
		if r == nil {
			return
		}
		if !first {
			b.WriteString(", ")
		}
		b.WriteString("..." + r.Name)
	}
	switch p := p.(type) {
	case *frontend.CapturePattern:
		b.WriteString(p.Name)
	case *frontend.WildcardPattern:
		b.WriteString("_")
	case *frontend.ConstPattern:
		b.WriteString(exprText(p.X))
	case *frontend.VarPattern:
		b.WriteString("var ")
		writePattern(b, p.P)
	case *frontend.ListPattern:
		b.WriteString("[")
		list(len(p.Members), func(i int) { writePattern(b, p.Members[i]) })
		rest(p.Rest, len(p.Members) == 0)
		b.WriteString("]")
	case *frontend.MappingPattern:
		b.WriteString("{")
		list(len(p.Fields), func(i int) {
			b.WriteString(p.Fields[i].Name + ": ")
			writePattern(b, p.Fields[i].P)
		})
		rest(p.Rest, len(p.Fields) == 0)
		b.WriteString("}")
	case *frontend.ErrorPattern:
		b.WriteString("error")
		if p.Type != nil {
			b.WriteString(" " + typeText(p.Type))
		}
		b.WriteString("(")
		var parts []frontend.Pattern
		if p.Message != nil {
			parts = append(parts, p.Message)
		}
		if p.Cause != nil {
			parts = append(parts, p.Cause)
		}
		list(len(parts), func(i int) { writePattern(b, parts[i]) })
		for i, f := range p.Fields {
			if i > 0 || len(parts) > 0 {
				b.WriteString(", ")
			}
			b.WriteString(f.Name + " = ")
			writePattern(b, f.P)
		}
		rest(p.Rest, len(parts) == 0 && len(p.Fields) == 0)
		b.WriteString(")")
	default:
		b.WriteString("…")
	}
}
