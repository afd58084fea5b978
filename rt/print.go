package rt

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"reflect"
	"strconv"
	"sync"
)

// Stdout is the buffered standard output that io:print and io:println write to.
// Flush empties it; Main flushes it at exit and before anything goes to stderr.
// Write to it only through Print, Println and PrintlnString, which hold stdoutMu.
var Stdout = bufio.NewWriterSize(os.Stdout, 32<<10)

// stdoutMu serialises writes to Stdout (strands of different groups may print at once).
// Every holder releases it with defer: formatting a value may panic, and the panic path
// flushes Stdout, which takes stdoutMu again.
var stdoutMu sync.Mutex

// Flush writes out everything buffered in Stdout.
func Flush() {
	stdoutMu.Lock()
	defer stdoutMu.Unlock()
	_ = Stdout.Flush()
}

// Println is io:println: the ToString form of each argument, with no separator,
// then a newline.
func Println(args ...any) {
	stdoutMu.Lock()
	defer stdoutMu.Unlock()
	for _, a := range args {
		writeDirect(Stdout, a)
	}
	_ = Stdout.WriteByte('\n')
}

// Print is io:print: the ToString form of each argument, with no separator.
func Print(args ...any) {
	stdoutMu.Lock()
	defer stdoutMu.Unlock()
	for _, a := range args {
		writeDirect(Stdout, a)
	}
}

// PrintlnString is io:println for a single string argument.
func PrintlnString(s string) {
	stdoutMu.Lock()
	defer stdoutMu.Unlock()
	_, _ = Stdout.WriteString(s)
	_ = Stdout.WriteByte('\n')
}

func writeDirect(w *bufio.Writer, a any) {
	switch x := a.(type) {
	case string:
		_, _ = w.WriteString(x)
	case int64:
		_, _ = w.Write(strconv.AppendInt(w.AvailableBuffer(), x, 10))
	case nil:
	default:
		p := newPrinter(styleDirect)
		p.member(x)
		_, _ = w.Write(p.buf)
		p.free()
	}
}

// ToString is value:toString, the "direct" form io:println shows: () is empty, a
// string is itself, and members of lists, maps and records are in their informal form
// (strings as escaped string literals, () as null).
func ToString(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return FloatToString(x)
	case Decimal:
		return x.String()
	case bool:
		return strconv.FormatBool(x)
	}
	p := newPrinter(styleDirect)
	p.member(v)
	s := string(p.buf)
	p.free()
	return s
}

// ToBalString is value:toBalString, the expression form: () is "()", strings are
// escaped string literals, NaN and infinities are float:NaN, float:Infinity and
// float:-Infinity.
func ToBalString(v any) string {
	p := newPrinter(styleExpr)
	p.member(v)
	s := string(p.buf)
	p.free()
	return s
}

// JSONString is value:toJsonString: `{"a":1, "b":"x"}` with ", " between members and
// strings JSON-escaped the way jBallerina's JsonGenerator does.
func JSONString(v any) string {
	p := newPrinter(styleJSON)
	p.member(v)
	s := string(p.buf)
	p.free()
	return s
}

// BalStringer is implemented by runtime values outside the basic value model (futures,
// HTTP clients, ...) to choose how they print. expr is true for toBalString.
type BalStringer interface {
	BalString(expr bool) string
}

type printStyle uint8

const (
	styleDirect printStyle = iota // value:toString
	styleExpr                     // value:toBalString
	styleJSON                     // value:toJsonString
)

// printer accumulates the text of one value. stack holds the containers being printed,
// innermost last, to cut cycles.
type printer struct {
	buf   []byte
	style printStyle
	stack []any
}

var printerPool = sync.Pool{New: func() any { return &printer{buf: make([]byte, 0, 64)} }}

func newPrinter(style printStyle) *printer {
	p := printerPool.Get().(*printer)
	p.style = style
	return p
}

func (p *printer) free() {
	if cap(p.buf) > 64<<10 {
		return
	}
	p.buf = p.buf[:0]
	p.stack = p.stack[:0]
	printerPool.Put(p)
}

func (p *printer) sep() {
	if p.style == styleJSON {
		p.buf = append(p.buf, ", "...)
	} else {
		p.buf = append(p.buf, ',')
	}
}

// enter pushes container v; if v is already being printed it reports the distance to
// that ancestor (0 = the direct parent) instead.
func (p *printer) enter(v any) (distance int, cyclic bool) {
	for i := len(p.stack) - 1; i >= 0; i-- {
		if p.stack[i] == v {
			return len(p.stack) - 1 - i, true
		}
	}
	p.stack = append(p.stack, v)
	return 0, false
}

func (p *printer) leave() { p.stack = p.stack[:len(p.stack)-1] }

// cycle prints a reference back to an ancestor: "..." in the direct form and
// "...[n]" in the expression form, where n counts jBallerina's link nodes (two per
// container level).
func (p *printer) cycle(distance int) {
	p.buf = append(p.buf, "..."...)
	if p.style == styleExpr {
		p.buf = append(p.buf, '[')
		p.buf = strconv.AppendInt(p.buf, int64(2*distance), 10)
		p.buf = append(p.buf, ']')
	}
}

func (p *printer) str(s string) {
	if p.style == styleJSON {
		p.buf = appendJSONString(p.buf, s)
		return
	}
	p.buf = appendStringLiteral(p.buf, s)
}

// appendStringLiteral quotes s as a Ballerina string literal, the form a string takes
// inside a list, mapping or error value in both the direct and the expression style
// (spec, ToString: expression style must read back as an == value). '"', '\\', tab,
// newline and carriage return use their single-character escapes; other control
// characters a numeric escape \u{H}. (jBallerina quotes such strings without
// escaping them; the spec's round-trip requirement is followed here instead.)
func appendStringLiteral(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c != 0x7f {
			continue
		}
		b = append(b, s[start:i]...)
		start = i + 1
		switch c {
		case '"':
			b = append(b, `\"`...)
		case '\\':
			b = append(b, `\\`...)
		case '\t':
			b = append(b, `\t`...)
		case '\n':
			b = append(b, `\n`...)
		case '\r':
			b = append(b, `\r`...)
		default:
			const hex = "0123456789ABCDEF"
			b = append(b, `\u{`...)
			if c >= 0x10 {
				b = append(b, hex[c>>4])
			}
			b = append(b, hex[c&0xf], '}')
		}
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

func (p *printer) float(f float64) {
	if p.style == styleExpr && (f != f || math.IsInf(f, 0)) {
		p.buf = append(p.buf, "float:"...)
	}
	p.buf = appendFloat(p.buf, f)
}

// member prints v as a member of a structure (also used at top level, where only ()
// and strings print differently in the direct form).
func (p *printer) member(v any) {
	switch x := v.(type) {
	case nil:
		if p.style == styleExpr {
			p.buf = append(p.buf, "()"...)
		} else {
			p.buf = append(p.buf, "null"...)
		}
	case int64:
		p.buf = strconv.AppendInt(p.buf, x, 10)
	case float64:
		p.float(x)
	case Decimal:
		p.buf = append(p.buf, x.String()...)
		if p.style == styleExpr {
			p.buf = append(p.buf, 'd') // 1.5d
		}
	case bool:
		p.buf = strconv.AppendBool(p.buf, x)
	case string:
		p.str(x)
	case *Error:
		p.errorValue(x)
	case *List[int64]:
		printList(p, x, func(e int64) { p.buf = strconv.AppendInt(p.buf, e, 10) })
	case *List[string]:
		printList(p, x, p.str)
	case *List[float64]:
		printList(p, x, p.float)
	case *List[any]:
		printList(p, x, p.member)
	case listValue:
		p.list(x)
	case mapValue:
		p.mapping(x)
	case *Table:
		p.table(x)
	case absentValue:
	case Object:
		if p.style == styleExpr {
			p.buf = append(p.buf, objectBalString(x)...)
		} else {
			p.buf = append(p.buf, objectString(x)...)
		}
	case BalStringer:
		p.buf = append(p.buf, x.BalString(p.style == styleExpr)...)
	case Type:
		p.buf = append(p.buf, typedescString(x)...)
	default:
		p.other(v)
	}
}

func (p *printer) list(l listValue) {
	if d, cyc := p.enter(l); cyc {
		p.cycle(d)
		return
	}
	p.buf = append(p.buf, '[')
	n := l.listLen()
	for i := 0; i < n; i++ {
		if i > 0 {
			p.sep()
		}
		p.member(l.listElem(i))
	}
	p.buf = append(p.buf, ']')
	p.leave()
}

// table prints a table: its rows as a list, and in the expression form after
// "table key(k, …) " (key() for a keyless table), as jBallerina does.
func (p *printer) table(t *Table) {
	if d, cyc := p.enter(t); cyc {
		p.cycle(d)
		return
	}
	if p.style == styleExpr {
		p.buf = append(p.buf, "table key("...)
		for i, n := range t.tt.names {
			if i > 0 {
				p.buf = append(p.buf, ',')
			}
			p.buf = append(p.buf, n...)
		}
		p.buf = append(p.buf, ") "...)
	}
	p.buf = append(p.buf, '[')
	first := true
	t.Range(func(r any) bool {
		if !first {
			p.sep()
		}
		first = false
		p.member(r)
		return true
	})
	p.buf = append(p.buf, ']')
	p.leave()
}

func (p *printer) mapping(m mapValue) {
	if d, cyc := p.enter(m); cyc {
		p.cycle(d)
		return
	}
	p.buf = append(p.buf, '{')
	first := true
	m.mapRange(func(k string, v any) bool {
		if !first {
			p.sep()
		}
		first = false
		p.str(k)
		p.buf = append(p.buf, ':')
		p.member(v)
		return true
	})
	p.buf = append(p.buf, '}')
	p.leave()
}

func (p *printer) other(v any) {
	if ri, sv := recordOf(v); ri != nil {
		if d, cyc := p.enter(v); cyc {
			p.cycle(d)
			return
		}
		p.buf = append(p.buf, '{')
		first := true
		ri.each(sv, func(name string, fv reflect.Value) bool {
			if !first {
				p.sep()
			}
			first = false
			p.str(name)
			p.buf = append(p.buf, ':')
			p.member(fieldValue(fv))
			return true
		})
		p.buf = append(p.buf, '}')
		p.leave()
		return
	}
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.Func {
		p.buf = append(p.buf, "function"...)
		return
	}
	p.buf = fmt.Append(p.buf, v)
}

// errorValue prints error("msg"[,cause][,key=value...]).
func (p *printer) errorValue(e *Error) {
	if d, cyc := p.enter(e); cyc {
		p.cycle(d)
		return
	}
	p.buf = append(p.buf, "error"...)
	if e.typeName != "" {
		p.buf = append(p.buf, ' ')
		p.buf = append(p.buf, e.typeName...)
		p.buf = append(p.buf, ' ')
	}
	p.buf = append(p.buf, '(')
	style := p.style
	if style == styleJSON {
		p.style = styleDirect
	}
	p.str(e.msg)
	if e.cause != nil {
		p.buf = append(p.buf, ',')
		p.errorValue(e.cause)
	}
	if e.detail != nil {
		e.detail.mapRange(func(k string, v any) bool {
			p.buf = append(p.buf, ',')
			p.buf = append(p.buf, k...)
			p.buf = append(p.buf, '=')
			p.member(v)
			return true
		})
	}
	p.style = style
	p.buf = append(p.buf, ')')
	p.leave()
}

// appendJSONString quotes s the way jBallerina's JsonGenerator does: only when s holds
// one of '"', '\\', '\b', '\n', '\r', '\t' is it escaped, and then '/' and '\f' are
// escaped as well. Other control characters are written as they are.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	needs := false
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '"', '\\', '\b', '\n', '\r', '\t':
			needs = true
		}
		if needs {
			break
		}
	}
	if !needs {
		b = append(b, s...)
		return append(b, '"')
	}
	start := 0
	for i := 0; i < len(s); i++ {
		var esc string
		switch s[i] {
		case '"':
			esc = `\"`
		case '\\':
			esc = `\\`
		case '/':
			esc = `\/`
		case '\b':
			esc = `\b`
		case '\n':
			esc = `\n`
		case '\r':
			esc = `\r`
		case '\f':
			esc = `\f`
		case '\t':
			esc = `\t`
		default:
			continue
		}
		b = append(b, s[start:i]...)
		b = append(b, esc...)
		start = i + 1
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// FloatToString formats f the way Ballerina prints a float (Java's Double.toString,
// which jBallerina uses): the shortest decimal that reads back as f, always with a
// fraction ("1.0"), plain notation for 1e-3 <= |f| < 1e7 and computerized scientific
// notation otherwise ("1.0E7", "1.2345E-5"); NaN, Infinity, -Infinity.
func FloatToString(f float64) string {
	var tmp [32]byte
	return string(appendFloat(tmp[:0], f))
}

// minNormal is the smallest positive normal float64.
const minNormal = 2.2250738585072014e-308

func appendFloat(b []byte, f float64) []byte {
	switch {
	case f != f:
		return append(b, "NaN"...)
	case math.IsInf(f, 1):
		return append(b, "Infinity"...)
	case math.IsInf(f, -1):
		return append(b, "-Infinity"...)
	case f == 0:
		if math.Signbit(f) {
			return append(b, "-0.0"...)
		}
		return append(b, "0.0"...)
	}
	if f == math.Trunc(f) && f < 1e7 && f > -1e7 {
		b = strconv.AppendInt(b, int64(f), 10)
		return append(b, ".0"...)
	}
	if f < 0 {
		b = append(b, '-')
		f = -f
	}
	var tmp [32]byte
	// Shortest round-trip digits in the form d[.ddd]e±XX.
	e := strconv.AppendFloat(tmp[:0], f, 'e', -1, 64)
	digits, exp := splitExp(e)
	if len(digits) == 1 && f < minNormal {
		// Java picks the closest 2-digit decimal when a single digit is shortest
		// (this only matters for subnormals: Double.MIN_VALUE is 4.9E-324).
		var tmp2 [32]byte
		e2 := strconv.AppendFloat(tmp2[:0], f, 'e', 1, 64)
		if g, err := strconv.ParseFloat(string(e2), 64); err == nil && g == f {
			d2, x2 := splitExp(e2)
			if d2[1] != '0' {
				digits, exp = d2, x2
			}
		}
	}
	if f >= 1e-3 && f < 1e7 {
		point := exp + 1 // digits before the decimal point
		switch {
		case point <= 0:
			b = append(b, "0."...)
			for i := 0; i < -point; i++ {
				b = append(b, '0')
			}
			b = append(b, digits...)
		case point >= len(digits):
			b = append(b, digits...)
			for i := len(digits); i < point; i++ {
				b = append(b, '0')
			}
			b = append(b, ".0"...)
		default:
			b = append(b, digits[:point]...)
			b = append(b, '.')
			b = append(b, digits[point:]...)
		}
		return b
	}
	b = append(b, digits[0], '.')
	if len(digits) > 1 {
		b = append(b, digits[1:]...)
	} else {
		b = append(b, '0')
	}
	b = append(b, 'E')
	return strconv.AppendInt(b, int64(exp), 10)
}

// splitExp splits strconv's "d.ddde±XX" into its digits "dddd" and decimal exponent.
func splitExp(e []byte) (digits []byte, exp int) {
	i := 0
	for i < len(e) && e[i] != 'e' {
		i++
	}
	mant := e[:i]
	x, _ := strconv.Atoi(string(e[i+1:]))
	if len(mant) > 1 {
		digits = make([]byte, 0, len(mant)-1)
		digits = append(digits, mant[0])
		digits = append(digits, mant[2:]...)
	} else {
		digits = append(digits, mant...)
	}
	return digits, x
}

// javaNumber formats n the way java.text.MessageFormat formats a Long argument in
// jBallerina's error messages: decimal with ',' grouping ("1,000").
func javaNumber(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := n < 0
	if neg {
		s = s[1:]
	}
	if len(s) <= 3 {
		if neg {
			return "-" + s
		}
		return s
	}
	out := make([]byte, 0, len(s)+len(s)/3+1)
	if neg {
		out = append(out, '-')
	}
	lead := len(s) % 3
	if lead == 0 {
		lead = 3
	}
	out = append(out, s[:lead]...)
	for i := lead; i < len(s); i += 3 {
		out = append(out, ',')
		out = append(out, s[i:i+3]...)
	}
	return string(out)
}

// javaFloatNumber formats an integral-valued float beyond the int range the way
// MessageFormat formats a Double: the shortest digits padded with zeros, grouped.
func javaFloatNumber(f float64) string {
	var tmp [32]byte
	e := strconv.AppendFloat(tmp[:0], math.Abs(f), 'e', -1, 64)
	digits, exp := splitExp(e)
	if exp < 0 || exp > 400 {
		return FloatToString(f)
	}
	intDigits := make([]byte, 0, exp+1)
	for i := 0; i <= exp; i++ {
		if i < len(digits) {
			intDigits = append(intDigits, digits[i])
		} else {
			intDigits = append(intDigits, '0')
		}
	}
	out := make([]byte, 0, len(intDigits)*4/3+2)
	if f < 0 {
		out = append(out, '-')
	}
	lead := len(intDigits) % 3
	if lead == 0 {
		lead = 3
	}
	out = append(out, intDigits[:lead]...)
	for i := lead; i < len(intDigits); i += 3 {
		out = append(out, ',')
		out = append(out, intDigits[i:i+3]...)
	}
	return string(out)
}

// printList prints a list whose members print with member: the typed fast
// paths of member (no boxing of each element).
func printList[T any](p *printer, l *List[T], member func(T)) {
	if d, cyc := p.enter(l); cyc {
		p.cycle(d)
		return
	}
	p.buf = append(p.buf, '[')
	for i, e := range l.Elems {
		if i > 0 {
			p.sep()
		}
		member(e)
	}
	p.buf = append(p.buf, ']')
	p.leave()
}
