package rt

// Strand programs compiled with //line directives, the way generated code is, so that
// stack traces name conc.bal lines. Keep nothing else in this file.

//line conc.bal:3
func concDivide(m, n int64) int64 {
//line conc.bal:4
	return DivInt(m, n)
}

//line conc.bal:7
func concMain(s *Strand) any {
//line conc.bal:8
	Println("start")
//line conc.bal:9
	w := NewWorkers(s, []string{"A", "function"}, nil)
//line conc.bal:10
	w.Start(s, 0, false, func(s *Strand) any {
//line conc.bal:11
		return concDivide(1, 0)
	})
//line conc.bal:13
	return w.Future(0).Wait(s, "conc.bal:13")
}
