package rt

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestErrorAccessors(t *testing.T) {
	inner := NewError("inner", nil, nil)
	d := mapOf("code", int64(27))
	e := NewError("outer", inner, d)

	assert.Equal(t, "outer", e.Message())
	assert.Same(t, inner, e.Cause())
	assert.Nil(t, inner.Cause())
	assert.Equal(t, `{"code":27}`, ToString(e.Detail()))
	assert.NotNil(t, inner.Detail())
	assert.Equal(t, int64(0), inner.Detail().Len())
	assert.Equal(t, `outer {"code":27}`, e.Error())
	assert.Equal(t, "inner", inner.Error())
	assert.Equal(t, "error", e.TypeName())

	var goErr error = e
	assert.EqualError(t, goErr, `outer {"code":27}`)

	empty := NewError("m", nil, NewMap[any](nil))
	assert.Equal(t, `error("m")`, ToString(empty), "an empty detail prints as none")

	typed := NewTypedError("NoMessage", "no message", nil, nil)
	assert.Equal(t, "NoMessage", typed.TypeName())
	assert.Equal(t, `error NoMessage ("no message")`, ToString(typed))
}

func TestTrapAndCheckPanic(t *testing.T) {
	tests := []struct {
		name string
		f    func() any
		want string // ToString of the result
	}{
		{"value", func() any { return int64(4) }, "4"},
		{"nil", func() any { return nil }, ""},
		{"returned error is a value", func() any { return NewError("r", nil, nil) }, `error("r")`},
		{"panic", func() any { Panic(NewError("division by 0", nil, nil)); return nil }, `error("division by 0")`},
		{"checkpanic error", func() any { return CheckPanic(NewError("c", nil, nil)) }, `error("c")`},
		{"checkpanic value", func() any { return CheckPanic(int64(1)) }, "1"},
		{"overflow", func() any { return AddInt(1<<62, 1<<62) }, `error("{ballerina}NumberOverflow",message="int range overflow")`},
		{"go index", func() any { s := []int{1}; i := 3; return s[i] }, `error("{ballerina/lang.array}IndexOutOfRange",message="array index out of range: index: 3, size: 1")`},
		{"go nil map", func() any { var m map[string]int; m["a"] = 1; return nil }, `error("assignment to entry in nil map")`},
		{"go divide", func() any { a, b := 1, 0; return a / b }, `error("{ballerina}DivisionByZero",message=" / by zero")`},
		{"other value", func() any { panic("boom") }, `error("boom")`},
		{"go error", func() any { panic(errors.New("bad")) }, `error("bad")`},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, ToString(Trap(nil, tt.f)), tt.name)
	}
	// Typed results are boxed.
	assert.Equal(t, int64(3), Trap(nil, func() int64 { return 3 }))
	assert.Equal(t, "s", Trap(nil, func() string { return "s" }))
}

func TestRecover(t *testing.T) {
	assert.Nil(t, Recover(nil))
	e := NewError("x", nil, nil)
	assert.Same(t, e, Recover(&panicValue{err: e}))
	assert.Same(t, e, Recover(e))
	assert.Equal(t, "7", Recover(7).Message())
	ov := Recover(overflowSignal)
	assert.Equal(t, "{ballerina}NumberOverflow {\"message\":\"int range overflow\"}", ov.Error())
	assert.NotSame(t, ov, Recover(overflowSignal), "each panic is a new error value")
}

func TestBalFuncName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"main.fib", "fib"},
		{"main.main_", "main"},
		{"main.type_", "type"},
		{"main.main.func1", "$lambda$1"},
		{"main.worker.func2.1", "$lambda$2$1"},
		{"main.main.func3.caller.1", "$lambda$1"}, // caller (with its closure) inlined into a closure of main
		{"main.main.caller.2", "$lambda$2"},       // caller inlined into main
		{"main.func1", "func1"},
		{"main.(*Counter).incr", "Counter.incr"},
		{"main.Counter.get", "Counter.get"},
		{"main.apply[...]", "apply"},
		{"github.com/x/y/pkg.run", "run"},
		{"_", "_"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, balFuncName(tt.in), tt.in)
	}
}

func TestWriteFrames(t *testing.T) {
	SetModule("")
	frames := []balFrame{{"divide", "panics.bal", 8}, {"main", "panics.bal", 23}}
	var sb strings.Builder
	writeFrames(&sb, frames, nil)
	assert.Equal(t, "\n\tat panics:divide(panics.bal:8)\n\t   panics:main(panics.bal:23)", sb.String())

	// A cause's trace omits the tail it shares with the enclosing trace.
	enclosing := []balFrame{{"f", "a.bal", 5}, {"g", "a.bal", 9}, {"main", "a.bal", 20}}
	cause := []balFrame{{"h", "a.bal", 2}, {"g", "a.bal", 9}, {"main", "a.bal", 20}}
	sb.Reset()
	writeFrames(&sb, cause, enclosing)
	assert.Equal(t, "\n\tat a:h(a.bal:2)\n\t   ... 2 more", sb.String())

	SetModule("mod")
	defer SetModule("")
	sb.Reset()
	writeFrames(&sb, frames[:1], nil)
	assert.Equal(t, "\n\tat mod:divide(panics.bal:8)", sb.String())

	sb.Reset()
	writeFrames(&sb, nil, nil)
	assert.Equal(t, "", sb.String())
}

// Panics raised from functions compiled with //line demo.bal directives
// (linedemo_test.go) print demo.bal frames only.
func TestFormatPanicRealFrames(t *testing.T) {
	SetModule("")
	trap := func(f func() any) *Error {
		e, ok := Trap(nil, f).(*Error)
		require.True(t, ok)
		return e
	}
	tests := []struct {
		name string
		f    func() any
		want string
	}{
		{"explicit panic", func() any { return demoDivide(1, 0) },
			"error: division by 0\n\tat demo:demoDivide(demo.bal:5)"},
		{"overflow in a closure", func() any { return demoCaller() },
			"error: {ballerina}NumberOverflow {\"message\":\"int range overflow\"}\n" +
				"\tat demo:demoOverflow(demo.bal:18)\n\t   demo:$lambda$1(demo.bal:23)\n\t   demo:demoCaller(demo.bal:25)"},
		{"go runtime error", demoNilMap,
			"error: assignment to entry in nil map\n\tat demo:demoNilMap(demo.bal:30)"},
		{"cause", demoCause,
			"error: outer\n\tat demo:demoCause(demo.bal:36)\ncause: inner\n\tat demo:demoInner(demo.bal:41)\n\t   demo:demoCause(demo.bal:35)"},
		{"keyword-escaped name", type_,
			"error: {ballerina/lang.int}NumberParsingError {\"message\":\"'string' value 'x1' cannot be converted to 'int'\"}\n" +
				"\tat demo:type(demo.bal:45)"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, FormatPanic(trap(tt.f)), tt.name)
	}
}

func TestDistinctErrorTypes(t *testing.T) {
	detail := MapOf(TAny)
	base := NewTypeID("AccountError")
	account := ErrorTypeOf(detail, "AccountError", base)
	notFound := ErrorTypeOf(detail, "AccountNotFound", base, NewTypeID("AccountNotFound"))
	e := NewErrorOf(notFound, "missing", nil, nil)
	assert.True(t, account.Contains(e), "a subtype's error carries the base id")
	assert.True(t, notFound.Contains(e))
	plain := NewError("missing", nil, nil)
	assert.False(t, account.Contains(plain), "a plain error carries no id")
	assert.True(t, ErrorTypeOf(detail, "error<map<any>>").Contains(plain))
	assert.True(t, isSubtype(notFound, account))
	assert.False(t, isSubtype(account, notFound))
	assert.Equal(t, `error AccountNotFound ("missing")`, ToBalString(e))
}
