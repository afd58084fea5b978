package rt

import (
	"slices"
	"strconv"
	"strings"
)

// deadlockReport is what a program prints to stderr when every strand is blocked
// while main has not returned (exit code 1):
//
//	error: deadlock: every strand is blocked
//		strand 'main' waits for worker 'A' at prog.bal:20
//		worker 'A' waits to receive from worker 'B' at prog.bal:12
//		worker 'B' waits to receive from function at prog.bal:15
//
// one line per blocked strand, in creation order. "function" is the default worker of
// the function whose workers talk.
func (p *program) deadlockReport() string {
	var blocked []*Strand
	p.gmu.Lock()
	for g := range p.groups {
		g.mu.Lock()
		blocked = append(blocked, g.blocked...)
		g.mu.Unlock()
	}
	p.gmu.Unlock()
	slices.SortFunc(blocked, func(a, b *Strand) int {
		switch {
		case a.id < b.id:
			return -1
		case a.id > b.id:
			return 1
		}
		return 0
	})
	var sb strings.Builder
	sb.WriteString("error: deadlock: every strand is blocked\n")
	for _, s := range blocked {
		sb.WriteString("\t")
		sb.WriteString(label(s))
		sb.WriteString(" ")
		sb.WriteString(describeWait(s))
		sb.WriteString("\n")
	}
	return sb.String()
}

// peerLabel names peer i of w: worker 'A', or function for the default worker.
func (w *Workers) peerLabel(i int) string {
	if i == w.dflt {
		return "function"
	}
	return "worker '" + w.names[i] + "'"
}

// describeWait tells what parked strand s waits for.
func describeWait(s *Strand) string {
	var d string
	switch s.waitKind {
	case waitReceive:
		w := s.waitObj.(*Workers)
		d = "waits to receive from " + w.peerLabel(w.chans[s.waitN].from)
	case waitReceives:
		m := s.waitObj.(*multiWait)
		var names []string
		for _, sl := range m.slots {
			if n := m.w.peerLabel(m.w.chans[sl.Chan].from); !slices.Contains(names, n) {
				names = append(names, n)
			}
		}
		d = "waits to receive from " + strings.Join(names, ", ")
	case waitFlush:
		w := s.waitObj.(*Workers)
		d = "waits for " + w.peerLabel(w.chans[s.waitN].to) + " to receive its messages"
	case waitEnd:
		w := s.waitObj.(*Workers)
		var names []string
		for c := range w.chans {
			if ch := &w.chans[c]; ch.from == int(s.waitN) && ch.pending > 0 {
				names = append(names, w.peerLabel(ch.to))
			}
		}
		d = "has returned and waits for " + strings.Join(names, ", ") + " to receive its messages"
	case waitFuture:
		d = "waits for " + label(s.waitObj.(*Future).s)
	case waitFutures:
		var names []string
		for _, f := range s.waitObj.([]*Future) {
			names = append(names, label(f.s))
		}
		d = "waits for " + strings.Join(names, ", ")
	case waitLock:
		d = "waits for the lock"
		if o := s.waitObj.(*slock).owner.Load(); o != nil {
			d += " held by " + label(o)
		}
	case waitSleep:
		d = "sleeps"
	case waitYield:
		d = "yields"
	case waitCall:
		d = "waits for a blocking call"
	default:
		d = "waits (" + strconv.Itoa(int(s.waitKind)) + ")"
	}
	if s.waitAt != "" {
		d += " at " + s.waitAt
	}
	return d
}
