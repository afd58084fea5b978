package rt

import (
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"regexp"
	"runtime"
	"strconv"
	"strings"
)

// Error is a Ballerina error value: a message, an optional cause, a detail mapping and
// the call stack at its creation (printed if it is ever raised as an uncaught panic).
// Errors are immutable.
type Error struct {
	msg      string
	cause    *Error
	detail   *Map[any] // nil when empty
	typeName string    // "" for the plain error type
	ids      []*TypeID // the distinct types the error belongs to (NewErrorOf)
	pcs      []uintptr
}

// maxStackDepth bounds the frames recorded for an error.
const maxStackDepth = 64

// NewError creates an error with message msg, an optional cause and an optional detail
// mapping (nil or empty for none), recording the caller's stack.
func NewError(msg string, cause *Error, detail *Map[any]) *Error {
	return newError("", msg, cause, detail)
}

// NewErrorOf is NewError for an error constructed as one of error type t (made by
// ErrorTypeOf; error T("m", …)): the error is named by t in its printed form and
// carries t's distinct type ids.
func NewErrorOf(t Type, msg string, cause *Error, detail *Map[any]) *Error {
	et := t.(*errorType)
	e := newError(et.name, msg, cause, detail)
	e.ids = et.ids
	return e
}

// NewTypedError is NewError for an error of a named error type (for example
// "NoMessage"); the name shows in the printed form: error NoMessage ("msg").
func NewTypedError(typeName, msg string, cause *Error, detail *Map[any]) *Error {
	return newError(typeName, msg, cause, detail)
}

func newError(typeName, msg string, cause *Error, detail *Map[any]) *Error {
	e := &Error{msg: msg, cause: cause, typeName: typeName}
	if detail != nil && detail.Len() > 0 {
		// the detail is read-only, its values cloned read-only (spec, "Error values")
		e.detail = CloneReadOnly(detail)
	}
	e.pcs = callers(4)
	return e
}

// newLangError creates a langlib/runtime error: message reason and detail
// {"message": message}, as jBallerina's ErrorCreator.createError(reason, message).
func newLangError(reason, message string) *Error {
	d := NewMap[any](nil)
	d.Put("message", message)
	d.freeze()
	return &Error{msg: reason, detail: d, pcs: callers(3)}
}

func callers(skip int) []uintptr {
	var buf [maxStackDepth]uintptr
	n := runtime.Callers(skip, buf[:])
	pcs := make([]uintptr, n)
	copy(pcs, buf[:n])
	return pcs
}

// Message returns the error's message (error:message).
func (e *Error) Message() string { return e.msg }

// Cause returns the cause (error:cause): nil or an *Error.
func (e *Error) Cause() any {
	if e.cause == nil {
		return nil
	}
	return e.cause
}

// Detail returns the detail mapping (error:detail), never nil; it is read-only.
func (e *Error) Detail() *Map[any] {
	if e.detail == nil {
		m := NewMap[any](nil)
		m.freeze()
		return m
	}
	return e.detail
}

// TypeName returns the name of the error's type: "error" for the plain error type.
func (e *Error) TypeName() string {
	if e.typeName == "" {
		return "error"
	}
	return e.typeName
}

// Error returns the text jBallerina prints after "error: " for this error: the message,
// then a space and the detail mapping when it is not empty.
func (e *Error) Error() string {
	if e.detail == nil || e.detail.Len() == 0 {
		return e.msg
	}
	return e.msg + " " + ToString(e.detail)
}

// panicValue is what Panic panics with.
type panicValue struct{ err *Error }

// Error makes a Ballerina panic that reaches Go print its error.
func (p *panicValue) Error() string { return "ballerina panic: " + p.err.Error() }

// Panic raises e as a Ballerina panic. It is the only way generated code panics (apart
// from the checked helpers of this package). The stack printed for an uncaught panic
// is the one recorded when e was created, as in jBallerina.
func Panic(e *Error) {
	if e == nil {
		e = NewError("panic with nil error", nil, nil)
	}
	if len(e.pcs) == 0 {
		e.pcs = callers(3)
	}
	panic(&panicValue{err: e})
}

// PanicValue returns the value to panic with for e, for generated code that writes
// panic(rt.PanicValue(e)) so that Go sees a terminating statement. It is equivalent to
// Panic(e).
func PanicValue(e *Error) any {
	if e == nil {
		e = NewError("panic with nil error", nil, nil)
	}
	if len(e.pcs) == 0 {
		e.pcs = callers(3)
	}
	return &panicValue{err: e}
}

// AsError returns v as an *Error: nil for nil; any other non-error value panics with
// a cast error.
func AsError(v any) *Error {
	if v == nil {
		return nil
	}
	e, ok := v.(*Error)
	if !ok {
		panicCast(v, TError)
	}
	return e
}

var indexPanicRE = regexp.MustCompile(`index out of range \[(-?\d+)\] with length (\d+)`)

// Recover turns a recovered panic value into the *Error it stands for: a Ballerina panic
// gives its error; a check of int arithmetic (langPanic) gives its lang error with the
// stack at the panic; a Go runtime error (nil map, nil pointer, index out of range ...)
// gives an error with a Ballerina-like message and the stack at the panic; anything
// else gives an error whose message is its fmt text. Call it from the deferred function
// that called recover().
func Recover(r any) *Error {
	switch x := r.(type) {
	case nil:
		return nil
	case *strandKill:
		panic(x) // a strand being stopped at teardown: not a Ballerina panic
	case *panicValue:
		return x.err
	case *Error:
		return x
	}
	var e *Error
	var rtErr runtime.Error
	if lp, ok := r.(*langPanic); ok {
		e = newLangError(lp.reason, lp.msg)
	} else if err, ok := r.(error); ok && errors.As(err, &rtErr) {
		text := rtErr.Error()
		switch {
		case strings.Contains(text, "integer divide by zero"):
			e = newLangError(reasonDivByZero, msgDivisionByZero)
		case indexPanicRE.MatchString(text):
			m := indexPanicRE.FindStringSubmatch(text)
			i, _ := strconv.ParseInt(m[1], 10, 64)
			n, _ := strconv.ParseInt(m[2], 10, 64)
			e = indexOutOfRangeError(i, n)
		default:
			e = &Error{msg: text}
		}
	} else if err, ok := r.(error); ok {
		e = &Error{msg: err.Error()}
	} else {
		e = &Error{msg: fmt.Sprint(r)}
	}
	e.pcs = callers(3)
	return e
}

// Trap runs f and returns its result boxed, or the error if f panicked (Ballerina trap).
// s is the strand running f, or nil in code that never holds the lock: the `lock`
// statements that a panic left inside f are left, so the lock is released as far as
// it was held when f started.
func Trap[T any](s *Strand, f func() T) (result any) {
	held := s.heldLocks()
	defer func() {
		if r := recover(); r != nil {
			result = Recover(r)
			s.releaseLocks(held)
		}
	}()
	return f()
}

// TrapNil is trap on a call without a result: nil, or the error if f panicked.
func TrapNil(s *Strand, f func()) (result any) {
	held := s.heldLocks()
	defer func() {
		if r := recover(); r != nil {
			result = Recover(r)
			s.releaseLocks(held)
		}
	}()
	f()
	return nil
}

// CheckPanic is checkpanic: it panics with v if v is an error and returns v otherwise.
func CheckPanic(v any) any {
	if e, ok := v.(*Error); ok {
		Panic(e)
	}
	return v
}

// stopFrames are the Go functions below which a stack trace has no Ballerina frames:
// callBody, which runs the body of every strand.
var stopFrames []string

func init() { stopFrames = append(stopFrames, funcName(callBody)) }

func isStopFrame(fn string) bool {
	for _, s := range stopFrames {
		if fn == s {
			return true
		}
	}
	return false
}

func funcName(f any) string {
	return runtime.FuncForPC(reflect.ValueOf(f).Pointer()).Name()
}

// balFrame is one .bal frame of a stack trace.
type balFrame struct {
	fn   string
	file string
	line int
}

// balFrames resolves pcs to the frames in .bal files. Frames up to a runtime.gopanic
// (present when the stack was taken while a Go panic was unwinding) are dropped, so the
// first frame is the one that panicked.
func balFrames(pcs []uintptr) []balFrame {
	if len(pcs) == 0 {
		return nil
	}
	var all []runtime.Frame
	frames := runtime.CallersFrames(pcs)
	for {
		f, more := frames.Next()
		all = append(all, f)
		if !more {
			break
		}
	}
	for i := len(all) - 1; i >= 0; i-- {
		if all[i].Function == "runtime.gopanic" {
			all = all[i+1:]
			break
		}
	}
	var out []balFrame
	for _, f := range all {
		if isStopFrame(f.Function) {
			break // below are the program's Go entry point and the Go runtime
		}
		if !strings.HasSuffix(f.File, ".bal") {
			continue
		}
		out = append(out, balFrame{fn: balFuncName(f.Function), file: filepath.Base(f.File), line: f.Line})
	}
	return out
}

// balFuncName turns a Go function name into the Ballerina function name shown in stack
// traces: the package path goes, main.fib becomes fib, a method main.(*T).m becomes
// T.m, a closure main.f.func2 becomes $lambda$2 (nested: $lambda$2$1), type arguments
// go, and the trailing '_' that escapes Go keywords is dropped.
func balFuncName(fn string) string {
	if i := strings.LastIndexByte(fn, '/'); i >= 0 {
		fn = fn[i+1:]
	}
	if i := strings.IndexByte(fn, '.'); i >= 0 {
		fn = fn[i+1:]
	}
	for {
		i := strings.IndexByte(fn, '[')
		if i < 0 {
			break
		}
		j := strings.IndexByte(fn[i:], ']')
		if j < 0 {
			break
		}
		fn = fn[:i] + fn[i+j+1:]
	}
	if strings.HasPrefix(fn, "(*") {
		if j := strings.IndexByte(fn, ')'); j > 0 {
			fn = fn[2:j] + fn[j+1:]
		}
	} else if strings.HasPrefix(fn, "(") {
		if j := strings.IndexByte(fn, ')'); j > 0 {
			fn = fn[1:j] + fn[j+1:]
		}
	}
	parts := strings.Split(fn, ".")
	if len(parts) > 1 && isClosureName(parts[len(parts)-1]) {
		// A closure: f.func2, nested f.func2.1. When Go inlines f into g, it renames
		// the copies of f's closures g.funcN.f.1: the path starts after the last name.
		start := len(parts) - 1
		for start > 1 && isClosureName(parts[start-1]) {
			start--
		}
		path := parts[start:]
		for i, p := range path {
			path[i] = strings.TrimPrefix(p, "func")
		}
		return "$lambda$" + strings.Join(path, "$")
	}
	for i, p := range parts {
		if len(p) > 1 {
			parts[i] = strings.TrimSuffix(p, "_")
		}
	}
	return strings.Join(parts, ".")
}

// isClosureName reports whether a segment of a Go function name names a closure: funcN,
// or N for a nested or inlined one.
func isClosureName(seg string) bool {
	seg = strings.TrimPrefix(seg, "func")
	if seg == "" {
		return false
	}
	for _, c := range seg {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func moduleFor(f balFrame) string {
	if m, ok := module.Load().(string); ok && m != "" {
		return m
	}
	return strings.TrimSuffix(f.file, ".bal")
}

// FormatPanic returns the text jBallerina prints for an uncaught panic of e:
//
//	error: <message>[ <detail>]
//		at <module>:<function>(<file>.bal:<line>)
//		   <module>:<function>(<file>.bal:<line>)
//
// followed, for each cause, by "cause: <message>" and the frames of the cause that
// differ from the enclosing error's ("... n more" for the common tail). There is no
// trailing newline.
func FormatPanic(e *Error) string {
	var sb strings.Builder
	sb.WriteString("error: ")
	sb.WriteString(e.Error())
	frames := balFrames(e.pcs)
	writeFrames(&sb, frames, nil)
	enclosing := frames
	for c := e.cause; c != nil; c = c.cause {
		sb.WriteString("\ncause: ")
		sb.WriteString(c.msg)
		cf := balFrames(c.pcs)
		writeFrames(&sb, cf, enclosing)
		enclosing = cf
	}
	return sb.String()
}

func writeFrames(sb *strings.Builder, frames, enclosing []balFrame) {
	if len(frames) == 0 {
		return
	}
	// Like Java's printEnclosedTrace: the tail shared with the enclosing trace is
	// summarised, but the first frame is always shown.
	last := len(frames) - 1
	for n := len(enclosing) - 1; last >= 0 && n >= 0 && frames[last] == enclosing[n]; n-- {
		last--
	}
	writeFrame(sb, "\n\tat ", frames[0])
	for i := 1; i <= last; i++ {
		writeFrame(sb, "\n\t   ", frames[i])
	}
	if common := len(frames) - 1 - last; common != 0 {
		sb.WriteString("\n\t   ... ")
		sb.WriteString(strconv.Itoa(common))
		sb.WriteString(" more")
	}
}

func writeFrame(sb *strings.Builder, prefix string, f balFrame) {
	sb.WriteString(prefix)
	sb.WriteString(moduleFor(f))
	sb.WriteByte(':')
	sb.WriteString(f.fn)
	sb.WriteByte('(')
	sb.WriteString(f.file)
	sb.WriteByte(':')
	sb.WriteString(strconv.Itoa(f.line))
	sb.WriteByte(')')
}
