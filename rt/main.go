package rt

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync/atomic"
)

// module is the Ballerina module name used in stack traces (see SetModule).
var module atomic.Value

// SetModule sets the module name printed in stack traces: the .bal file name without
// its extension. Without it, the name is taken from each frame's file name.
func SetModule(name string) { module.Store(name) }

// exit ends the process; tests replace it.
var exit = os.Exit

// Main runs the Ballerina program whose main function is body, on the program's first
// strand, and ends the process:
//
//   - body returns nil (or any non-error value): the strands that are runnable keep
//     running until every strand has ended or is blocked (on a message, a wait, the
//     lock, a sleep); blocked strands are abandoned; stdout is flushed, exit code 0;
//     with registered listeners (RegisterServer), the program serves them until
//     SIGINT or SIGTERM, stops them gracefully and exits with code 0 (listen.go);
//   - body returns an *Error: "error: <message>[ <detail>]" goes to stderr, exit code 1;
//   - body panics: the uncaught-panic text of FormatPanic goes to stderr, exit code 1;
//   - every strand blocks before main returns, with no sleep pending: a deadlock
//     report naming each blocked strand and what it waits for goes to stderr, exit
//     code 1.
//
// Stdout is always flushed before anything is written to stderr. With the environment
// variable BAL2GO_GOTRACE=1 a panic of main is re-raised instead, so Go prints its own
// trace; with BAL2GO_TRACE=1 the scheduler traces its events to stderr (see traceOn).
// Strands that may run on another thread (isolated starts, workers of isolated
// functions, @strand {thread: "any"}) get groups of their own, so that they run in
// parallel; with BAL2GO_ONE_GROUP=1 every strand stays in its creator's group, for a
// reproducible schedule.
func Main(body func(s *Strand) any) {
	p := newProgram()
	p.exitEarly = true
	p.goTrace = os.Getenv("BAL2GO_GOTRACE") == "1"
	p.oneGroup = os.Getenv("BAL2GO_ONE_GROUP") == "1"
	o := p.run(body)
	if o.kind == outNormal {
		if code, served := serve(); served { // listeners: serve until SIGINT/SIGTERM (listen.go)
			exit(code)
			return
		}
	}
	exit(o.print())
}

// print writes what the program's outcome shows on stderr and returns the exit code.
func (o outcome) print() int {
	Flush()
	switch o.kind {
	case outError:
		fmt.Fprintln(os.Stderr, "error: "+o.err.Error())
		return 1
	case outPanic:
		fmt.Fprintln(os.Stderr, FormatPanic(o.err))
		return 1
	case outDeadlock:
		fmt.Fprint(os.Stderr, o.report)
		return 1
	}
	return 0
}

// Args returns the command-line arguments for main's parameters: os.Args[1:]
// without the -Ckey=value ones, which configure the program (config.go).
func Args() []string { return programArgs() }

// ArgCount returns the number of command-line arguments.
func ArgCount() int { return len(programArgs()) }

// ArgPresent reports whether argument i exists, for optional and defaultable
// parameters and rest parameters.
func ArgPresent(i int) bool { return i >= 0 && i < ArgCount() }

// OptionalArg returns parse() when argument i exists and nil otherwise, for optional
// parameters of main (int? n).
func OptionalArg(i int, parse func() any) any {
	if !ArgPresent(i) {
		return nil
	}
	return parse()
}

// ArgsEnd ends the program with "error: all operand arguments are not matched"
// (jBallerina's text) when there are more than n arguments; call it after reading the
// arguments of a main without a rest parameter.
func ArgsEnd(n int) {
	if ArgCount() > n {
		argFail("all operand arguments are not matched")
	}
}

// argument returns argument i for parameter name, ending the program with
// "error: missing operand arguments for parameter 'name' of type 'typ'" (jBallerina's
// text) when there is none.
func argument(i int, name, typ string) string {
	args := Args()
	if i < 0 || i >= len(args) {
		argFail("missing operand arguments for parameter '" + name + "' of type '" + typ + "'")
	}
	return args[i]
}

func argFail(msg string) {
	Flush()
	fmt.Fprintln(os.Stderr, "error: "+msg)
	exit(1)
	panic("unreachable: exit returned")
}

// ArgInt returns argument i parsed as the int parameter name; a missing or malformed
// argument ends the program with exit code 1.
func ArgInt(i int, name string) int64 {
	s := argument(i, name, "int")
	if n, ok := parseInt(s); ok {
		return n
	}
	if len(s) > 2 && (strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X")) {
		if n, err := strconv.ParseInt(s[2:], 16, 64); err == nil {
			return n
		}
	}
	argFail("invalid argument '" + s + "' for parameter '" + name + "', expected integer value")
	return 0
}

// ArgFloat returns argument i parsed as the float parameter name; a missing or
// malformed argument ends the program with exit code 1.
func ArgFloat(i int, name string) float64 {
	s := argument(i, name, "float")
	if f, ok := parseFloat(s); ok {
		return f
	}
	argFail("invalid argument '" + s + "' for parameter '" + name + "', expected float value")
	return 0
}

// ArgString returns argument i for the string parameter name; a missing argument ends
// the program with exit code 1.
func ArgString(i int, name string) string { return argument(i, name, "string") }

// ArgBool returns argument i parsed as the boolean parameter name ("true"/"false" in
// any case, "1"/"0"); a missing or malformed argument ends the program with exit code 1.
func ArgBool(i int, name string) bool {
	s := argument(i, name, "boolean")
	switch strings.ToLower(s) {
	case "true", "1":
		return true
	case "false", "0":
		return false
	}
	argFail("invalid argument '" + s + "' for parameter '" + name + "', expected boolean value")
	return false
}

// restArgs parses the arguments from index from on for main's rest
// parameter name, each with parse.
func restArgs[T any](from int, parse func(i int) T) *List[T] {
	l := NewList[T](nil)
	for i := from; i < ArgCount(); i++ {
		l.Push(parse(i))
	}
	return l
}

// RestArgsInt returns the arguments from index from on for main's int rest parameter.
func RestArgsInt(from int, name string) *List[int64] {
	return restArgs(from, func(i int) int64 { return ArgInt(i, name) })
}

// RestArgsFloat returns the arguments from index from on for main's float rest parameter.
func RestArgsFloat(from int, name string) *List[float64] {
	return restArgs(from, func(i int) float64 { return ArgFloat(i, name) })
}

// RestArgsBool returns the arguments from index from on for main's boolean rest parameter.
func RestArgsBool(from int, name string) *List[bool] {
	return restArgs(from, func(i int) bool { return ArgBool(i, name) })
}

// RestArgsString returns the arguments from index from on for main's string rest parameter.
func RestArgsString(from int, name string) *List[string] {
	return restArgs(from, func(i int) string { return ArgString(i, name) })
}
