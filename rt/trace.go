package rt

import (
	"io"
	"os"
	"strconv"
	"sync"
)

// traceOn enables the scheduling trace: BAL2GO_TRACE=1 in the environment. Every
// scheduling event is then written to stderr, one line each:
//
//	bal2go trace: created worker 'B' #3 in group 1 by strand 'main' #1
//	bal2go trace: started worker 'B' #3
//	bal2go trace: yielded strand 'main' #1: waits to receive from worker 'B' at prog.bal:12
//	bal2go trace: resumed strand 'main' #1
//	bal2go trace: returned worker 'B' #3: waits for strand 'main' to receive its messages
//	bal2go trace: ended worker 'B' #3: returned
//	bal2go trace: cancelled strand 'fetch' #4
//
// #n numbers strands in creation order (the main strand is #1); a parallel strand is
// created in a new group. "ended" tells how: returned, failed (with the error's
// message) or panicked (with the panic's message). Every call site checks traceOn
// first, so the trace costs nothing when it is off.
var traceOn = os.Getenv("BAL2GO_TRACE") == "1"

var (
	traceMu  sync.Mutex
	traceOut io.Writer = os.Stderr
)

// label names a strand in traces and deadlock reports: worker 'A' or strand 'main'.
func label(s *Strand) string {
	if s.kind == kindWorker {
		return "worker '" + s.name + "'"
	}
	return "strand '" + s.name + "'"
}

func traceLabel(s *Strand) string {
	return label(s) + " #" + strconv.FormatUint(s.id, 10)
}

func traceLine(line string) {
	traceMu.Lock()
	_, _ = io.WriteString(traceOut, "bal2go trace: "+line+"\n")
	traceMu.Unlock()
}

func traceEvent(s *Strand, event, detail string) {
	line := event + " " + traceLabel(s)
	if detail != "" {
		line += ": " + detail
	}
	traceLine(line)
}

func traceCreated(t, by *Strand) {
	line := "created " + traceLabel(t) + " in group " + strconv.FormatInt(t.g.id, 10)
	if by != nil {
		line += " by " + traceLabel(by)
	}
	traceLine(line)
}

func traceEnded(t *Strand, res any, perr *Error) {
	how := "returned"
	if perr != nil {
		how = "panicked: " + perr.Error()
	} else if e, ok := res.(*Error); ok {
		how = "failed: " + e.Error()
	}
	traceEvent(t, "ended", how)
}
