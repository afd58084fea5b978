package rt

// Functions compiled with //line directives, the way generated code is, so that Go's
// frame information names demo.bal lines. Keep nothing else in this file.

//line demo.bal:3
func demoDivide(m, n int64) int64 {
//line demo.bal:4
	if n == 0 {
//line demo.bal:5
		Panic(NewError("division by 0", nil, nil))
	}
//line demo.bal:7
	return DivInt(m, n)
}

//line demo.bal:10
func demoMain() any {
//line demo.bal:11
	Println("start")
//line demo.bal:12
	x := demoDivide(1, 0)
//line demo.bal:13
	Println(x)
	return nil
}

//line demo.bal:17
func demoOverflow(n int64) int64 {
//line demo.bal:18
	return AddInt(n, 1)
}

//line demo.bal:21
func demoCaller() int64 {
//line demo.bal:22
	f := func() int64 {
//line demo.bal:23
		return demoOverflow(9223372036854775807)
	}
//line demo.bal:25
	return f()
}

//line demo.bal:28
func demoNilMap() any {
//line demo.bal:29
	var m map[string]int
//line demo.bal:30
	m["x"] = 1
	return nil
}

//line demo.bal:34
func demoCause() any {
//line demo.bal:35
	inner := demoInner()
//line demo.bal:36
	Panic(NewError("outer", inner, nil))
	return nil
}

//line demo.bal:40
func demoInner() *Error {
//line demo.bal:41
	return NewError("inner", nil, nil)
}

//line demo.bal:44
func type_() any {
//line demo.bal:45
	return CheckPanic(IntFromString("x1"))
}

//line demo.bal:48
func demoPanicValue() any {
//line demo.bal:49
	panic(PanicValue(&Error{msg: "pv"}))
}
