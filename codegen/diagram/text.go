package diagram

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bal2go/bal2go/frontend"
)

// maxLabel is the longest label drawn, in characters; longer ones end in "…".
const maxLabel = 48

// shorten cuts s to maxLabel characters.
func shorten(s string) string {
	if utf8.RuneCountInString(s) <= maxLabel {
		return s
	}
	r := []rune(s)
	return strings.TrimRight(string(r[:maxLabel-1]), " ") + "…"
}

// Precedence levels of the expression printer, loosest first: the binary
// operators' own (frontend.Op.Prec) between the conditional and the unary
// operators. The printer puts a?:b with c?a:b, and actions with both.
const (
	precCond    = int(frontend.PrecElvis) // c ? a : b, a ?: b, actions
	precOr      = int(frontend.PrecOrOr)
	precRel     = int(frontend.PrecRel)
	precUnary   = int(frontend.PrecMul) + 1
	precPrimary = precUnary + 1
)

// exprText renders an expression in Ballerina syntax, for labels.
func exprText(e frontend.Expr) string {
	var b strings.Builder
	writeExpr(&b, e, 0)
	return b.String()
}

func exprPrec(e frontend.Expr) int {
	switch e := e.(type) {
	case *frontend.CondExpr:
		return precCond
	case *frontend.BinaryExpr:
		if p := e.Op.Prec(); p != frontend.PrecNone {
			return int(p)
		}
		return precCond
	case *frontend.TypeTestExpr:
		return precRel
	case *frontend.UnaryExpr, *frontend.CastExpr, *frontend.TypeofExpr, *frontend.CheckExpr, *frontend.TrapExpr:
		return precUnary
	case *frontend.SendExpr, *frontend.WaitExpr, *frontend.MultiWaitExpr, *frontend.ReceiveExpr,
		*frontend.MultiReceiveExpr, *frontend.StartExpr, *frontend.FuncExpr, *frontend.ArrowExpr:
		return precCond
	}
	return precPrimary
}

func writeExpr(b *strings.Builder, e frontend.Expr, min int) {
	if e == nil {
		return
	}
	// Labels are canonical: the printer puts the parentheses that
	// precedence needs, whatever the source had.
	e = frontend.Unparen(e)
	if exprPrec(e) < min {
		b.WriteByte('(')
		writeExpr(b, e, 0)
		b.WriteByte(')')
		return
	}
	switch e := e.(type) {
	case *frontend.NameExpr:
		if e.Prefix != "" {
			b.WriteString(e.Prefix + ":")
		}
		b.WriteString(e.Name)
	case *frontend.IntLit:
		b.WriteString(e.Raw)
	case *frontend.FloatLit:
		b.WriteString(e.Raw)
	case *frontend.StringLit:
		b.WriteString(strconv.Quote(e.Value))
	case *frontend.BoolLit:
		b.WriteString(strconv.FormatBool(e.Value))
	case *frontend.NilLit:
		b.WriteString("()")
	case *frontend.TemplateExpr:
		b.WriteString(e.Tag + " `")
		for i, s := range e.Strings {
			b.WriteString(s)
			if i < len(e.Exprs) {
				b.WriteString("${")
				writeExpr(b, e.Exprs[i], 0)
				b.WriteString("}")
			}
		}
		b.WriteString("`")
	case *frontend.ListExpr:
		b.WriteByte('[')
		for i, x := range e.Elems {
			if i > 0 {
				b.WriteString(", ")
			}
			writeExpr(b, x, 0)
		}
		b.WriteByte(']')
	case *frontend.SpreadExpr:
		b.WriteString("...")
		writeExpr(b, e.X, precPrimary)
	case *frontend.MappingExpr:
		b.WriteByte('{')
		for i, f := range e.Fields {
			if i > 0 {
				b.WriteString(", ")
			}
			if f.Readonly {
				b.WriteString("readonly ")
			}
			switch {
			case f.Spread != nil:
				b.WriteString("...")
				writeExpr(b, f.Spread, precPrimary)
			case f.Computed != nil:
				b.WriteByte('[')
				writeExpr(b, f.Computed, 0)
				b.WriteString("]: ")
				writeExpr(b, f.Value, 0)
			case f.Value == nil:
				b.WriteString(f.Name)
			default:
				b.WriteString(f.Name + ": ")
				writeExpr(b, f.Value, 0)
			}
		}
		b.WriteByte('}')
	case *frontend.UnaryExpr:
		b.WriteString(e.Op.String())
		writeExpr(b, e.X, precUnary)
	case *frontend.BinaryExpr:
		p := exprPrec(e)
		writeExpr(b, e.X, p)
		b.WriteString(" " + e.Op.String() + " ")
		writeExpr(b, e.Y, p+1)
	case *frontend.TypeTestExpr:
		writeExpr(b, e.X, precRel+1)
		if e.Not {
			b.WriteString(" !is ")
		} else {
			b.WriteString(" is ")
		}
		b.WriteString(typeText(e.Type))
	case *frontend.CondExpr:
		writeExpr(b, e.Cond, precOr)
		b.WriteString(" ? ")
		writeExpr(b, e.Then, precCond)
		b.WriteString(" : ")
		writeExpr(b, e.Else, precCond)
	case *frontend.CastExpr:
		b.WriteString("<" + typeText(e.Type) + ">")
		writeExpr(b, e.X, precUnary)
	case *frontend.TypeofExpr:
		b.WriteString("typeof ")
		writeExpr(b, e.X, precUnary)
	case *frontend.CallExpr:
		writeExpr(b, e.Fun, precPrimary)
		writeArgs(b, e.Args)
	case *frontend.MethodCallExpr:
		writeExpr(b, e.Recv, precPrimary)
		b.WriteString("." + e.Name)
		writeArgs(b, e.Args)
	case *frontend.FieldExpr:
		writeExpr(b, e.X, precPrimary)
		if e.Optional {
			b.WriteString("?")
		}
		b.WriteString("." + e.Name)
	case *frontend.IndexExpr:
		writeExpr(b, e.X, precPrimary)
		b.WriteByte('[')
		writeExpr(b, e.Index, 0)
		b.WriteByte(']')
	case *frontend.CheckExpr:
		if e.Panic {
			b.WriteString("checkpanic ")
		} else {
			b.WriteString("check ")
		}
		writeExpr(b, e.X, precUnary)
	case *frontend.TrapExpr:
		b.WriteString("trap ")
		writeExpr(b, e.X, precUnary)
	case *frontend.ErrorCtorExpr:
		b.WriteString("error")
		if e.Type != nil {
			b.WriteString(" " + typeText(e.Type))
		}
		writeArgs(b, e.Args)
	case *frontend.NewExpr:
		b.WriteString("new")
		if e.Type != nil {
			b.WriteString(" " + typeText(e.Type))
		} else {
			b.WriteByte(' ')
		}
		writeArgs(b, e.Args)
	case *frontend.FuncExpr:
		b.WriteString("function (…)")
	case *frontend.ArrowExpr:
		var ps []string
		for _, p := range e.Params {
			ps = append(ps, p.Name)
		}
		if len(ps) == 1 {
			b.WriteString(ps[0])
		} else {
			b.WriteString("(" + strings.Join(ps, ", ") + ")")
		}
		b.WriteString(" => ")
		writeExpr(b, e.Body, precCond)
	case *frontend.StartExpr:
		b.WriteString("start ")
		writeExpr(b, e.Call, precPrimary)
	case *frontend.WaitExpr:
		b.WriteString("wait ")
		for i, f := range e.Futures {
			if i > 0 {
				b.WriteString(" | ")
			}
			writeExpr(b, f, precPrimary)
		}
	case *frontend.MultiWaitExpr:
		b.WriteString("wait {")
		for i, f := range e.Fields {
			if i > 0 {
				b.WriteString(", ")
			}
			if ne, ok := f.Future.(*frontend.NameExpr); ok && ne.Prefix == "" && ne.Name == f.Key {
				b.WriteString(f.Key)
				continue
			}
			b.WriteString(f.Key + ": ")
			writeExpr(b, f.Future, 0)
		}
		b.WriteString("}")
	case *frontend.ReceiveExpr:
		b.WriteString("<- ")
		for i, p := range e.Peers {
			if i > 0 {
				b.WriteString(" | ")
			}
			b.WriteString(p.Name)
		}
	case *frontend.MultiReceiveExpr:
		b.WriteString("<- {")
		for i, f := range e.Fields {
			if i > 0 {
				b.WriteString(", ")
			}
			if f.Peer != nil && f.Peer.Name == f.Key {
				b.WriteString(f.Key)
			} else if f.Peer != nil {
				b.WriteString(f.Key + ": " + f.Peer.Name)
			}
		}
		b.WriteString("}")
	case *frontend.SendExpr:
		writeExpr(b, e.X, precCond+1)
		b.WriteString(" ->> " + e.Peer.Name)
	case *frontend.FlushExpr:
		b.WriteString("flush")
		if e.Peer != nil {
			b.WriteString(" " + e.Peer.Name)
		}
	case *frontend.RemoteCallExpr:
		writeExpr(b, e.Client, precPrimary)
		b.WriteString("->" + e.Method)
		writeArgs(b, e.Args)
	case *frontend.ResourceCallExpr:
		writeExpr(b, e.Client, precPrimary)
		b.WriteString("->")
		b.WriteString(resourcePath(e))
		if e.Method != "" {
			b.WriteString("." + e.Method)
		}
		if e.Method != "" || len(e.Args) > 0 {
			writeArgs(b, e.Args)
		}
	case *frontend.WildcardExpr:
		b.WriteString("_")
	default:
		b.WriteString("…")
	}
}

func writeArgs(b *strings.Builder, args []*frontend.Arg) {
	b.WriteByte('(')
	for i, a := range args {
		if i > 0 {
			b.WriteString(", ")
		}
		if a.Rest {
			b.WriteString("...")
		}
		if a.Name != "" {
			b.WriteString(a.Name + " = ")
		}
		writeExpr(b, a.Value, 0)
	}
	b.WriteByte(')')
}

// resourcePath renders the path of a resource call: /albums/[id].
func resourcePath(e *frontend.ResourceCallExpr) string {
	if len(e.Path) == 0 {
		return "/"
	}
	var b strings.Builder
	for _, s := range e.Path {
		b.WriteByte('/')
		if s.X != nil {
			b.WriteByte('[')
			writeExpr(&b, s.X, 0)
			b.WriteByte(']')
		} else {
			b.WriteString(s.Name)
		}
	}
	return b.String()
}

// typeText renders a type descriptor.
func typeText(t frontend.TypeExpr) string {
	switch t := t.(type) {
	case nil:
		return ""
	case *frontend.BuiltinType:
		return t.Name
	case *frontend.NilType:
		return "()"
	case *frontend.NamedType:
		if t.Prefix != "" {
			return t.Prefix + ":" + t.Name
		}
		return t.Name
	case *frontend.ArrayType:
		elem := typeText(t.Elem)
		if _, ok := t.Elem.(*frontend.UnionType); ok {
			elem = "(" + elem + ")"
		}
		switch {
		case t.Inferred:
			return elem + "[*]"
		case t.Len != nil:
			return elem + "[" + exprText(t.Len) + "]"
		}
		return elem + "[]"
	case *frontend.OptionalType:
		elem := typeText(t.Elem)
		if _, ok := t.Elem.(*frontend.UnionType); ok {
			elem = "(" + elem + ")"
		}
		return elem + "?"
	case *frontend.UnionType:
		var ms []string
		for _, m := range t.Members {
			ms = append(ms, typeText(m))
		}
		return strings.Join(ms, "|")
	case *frontend.IntersectionType:
		var ms []string
		for _, m := range t.Members {
			ms = append(ms, typeText(m))
		}
		return strings.Join(ms, " & ")
	case *frontend.TupleType:
		var ms []string
		for _, m := range t.Members {
			ms = append(ms, typeText(m))
		}
		if t.Rest != nil {
			ms = append(ms, typeText(t.Rest)+"...")
		}
		return "[" + strings.Join(ms, ", ") + "]"
	case *frontend.MapType:
		return "map<" + typeText(t.Elem) + ">"
	case *frontend.FutureType:
		if t.Elem == nil {
			return "future"
		}
		return "future<" + typeText(t.Elem) + ">"
	case *frontend.StreamType:
		switch {
		case t.Elem == nil:
			return "stream"
		case t.Completion == nil:
			return "stream<" + typeText(t.Elem) + ">"
		}
		return "stream<" + typeText(t.Elem) + ", " + typeText(t.Completion) + ">"
	case *frontend.ErrorType:
		if t.Detail == nil {
			return "error"
		}
		return "error<" + typeText(t.Detail) + ">"
	case *frontend.TypedescType:
		return "typedesc<" + typeText(t.Elem) + ">"
	case *frontend.RecordType:
		if t.Closed {
			return "record {|…|}"
		}
		return "record {…}"
	case *frontend.FuncType:
		return "function"
	case *frontend.SingletonType:
		return exprText(t.Value)
	}
	return "…"
}

// The SVG is set in a monospace font: every character is charWidth ems
// wide, except the wide (East Asian) characters, which take two cells, and
// the combining and zero-width ones, which take none.
const charWidth = 0.6

// wideRanges are the code point ranges drawn two cells wide.
var wideRanges = [][2]rune{
	{0x1100, 0x115F}, {0x2E80, 0x303E}, {0x3041, 0x33FF}, {0x3400, 0x4DBF},
	{0x4E00, 0x9FFF}, {0xA000, 0xA4CF}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF},
	{0xFE30, 0xFE4F}, {0xFF00, 0xFF60}, {0xFFE0, 0xFFE6}, {0x1F300, 0x1F64F},
	{0x1F900, 0x1F9FF}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
}

// cells is the number of monospace cells r takes.
func cells(r rune) int {
	if r < 0x300 {
		return 1
	}
	if unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf) {
		return 0
	}
	for _, w := range wideRanges {
		if r >= w[0] && r <= w[1] {
			return 2
		}
	}
	return 1
}

// textWidth is the width of s set at size pixels.
func textWidth(s string, size float64) float64 {
	n := 0
	for _, r := range s {
		n += cells(r)
	}
	return float64(n) * charWidth * size
}

// wrap breaks s into lines of at most width characters, at spaces.
func wrap(s string, width int) []string {
	words := strings.Fields(s)
	if len(words) == 0 {
		return []string{""}
	}
	var lines []string
	line := words[0]
	for _, w := range words[1:] {
		if utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) > width {
			lines = append(lines, line)
			line = w
			continue
		}
		line += " " + w
	}
	return append(lines, line)
}
