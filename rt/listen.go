package rt

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

// # Listeners: work that arrives from outside the program
//
// A network listener (an http:Listener) is a Server registered with the runtime. Its
// requests arrive on goroutines that are not strands; each runs as a new strand of a
// Group (one per service) through Group.Call, so the strands of one service interleave
// at yield points like any other strands of one group; or, when the service and the
// resource are isolated, through Group.CallParallel, as a strand of a group of its own
// that runs in parallel with the others (spec "Isolated inference": a listener may
// call an isolated method of an isolated service object concurrently).
//
// Main serves the registered servers once main has returned and the runnable strands
// have run: it starts them, keeps the process alive until SIGINT or SIGTERM, then stops
// them gracefully (the requests in progress finish, within ShutdownGrace) and exits
// with code 0.

// Server is a listener registered with the runtime.
type Server interface {
	// Start begins serving; it does not block.
	Start() error
	// Stop stops accepting new work and returns once the work in progress has finished
	// or ctx is done.
	Stop(ctx context.Context) error
}

// ShutdownGrace bounds how long Main waits, after SIGINT or SIGTERM, for the requests
// in progress to finish.
var ShutdownGrace = 30 * time.Second

var servers struct {
	mu   sync.Mutex
	list []Server
}

// RegisterServer registers s: Main serves it after main has returned.
func RegisterServer(s Server) {
	servers.mu.Lock()
	servers.list = append(servers.list, s)
	servers.mu.Unlock()
}

// RegisterListener is runtime:registerListener(l): a listener that is a Server is
// served after main (once: a listener registers itself when it is made) and
// stopped gracefully when the program ends.
func RegisterListener(l Object) {
	s, ok := l.(Server)
	if !ok {
		return
	}
	servers.mu.Lock()
	defer servers.mu.Unlock()
	for _, x := range servers.list {
		if x == s {
			return
		}
	}
	servers.list = append(servers.list, s)
}

// DeregisterListener is runtime:deregisterListener(l).
func DeregisterListener(l Object) {
	if s, ok := l.(Server); ok {
		UnregisterServer(s)
	}
}

// UnregisterServer removes s from the registered servers.
func UnregisterServer(s Server) {
	servers.mu.Lock()
	defer servers.mu.Unlock()
	for i, x := range servers.list {
		if x == s {
			servers.list = append(servers.list[:i:i], servers.list[i+1:]...)
			return
		}
	}
}

func registeredServers() []Server {
	servers.mu.Lock()
	defer servers.mu.Unlock()
	return append([]Server(nil), servers.list...)
}

// serve is the listening phase of Main: with no registered server it returns false at
// once; otherwise it starts the servers, waits for SIGINT or SIGTERM, stops them
// gracefully and returns the exit code.
func serve() (code int, served bool) {
	list := registeredServers()
	if len(list) == 0 {
		return 0, false
	}
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGINT, syscall.SIGTERM)
	defer signal.Stop(sig)
	for _, s := range list {
		if err := s.Start(); err != nil {
			Flush()
			fmt.Fprintln(os.Stderr, "error: "+err.Error())
			stopServers(list)
			return 1, true
		}
	}
	Flush()
	<-sig
	stopServers(list)
	Flush()
	return 0, true
}

// stopServers stops every server at once and waits for them, within ShutdownGrace.
func stopServers(list []Server) {
	ctx, cancel := context.WithTimeout(context.Background(), ShutdownGrace)
	defer cancel()
	var wg sync.WaitGroup
	for _, s := range list {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = s.Stop(ctx)
		}()
	}
	wg.Wait()
}

// curProgram is the program running in the process (set by Main and Run), which the
// strands of incoming requests join.
var curProgram atomic.Pointer[program]

var host struct {
	once sync.Once
	p    *program
}

// hostProgram is the program that runs incoming requests while no program runs (a
// listener driven directly, as tests do): its main is taken as returned.
func hostProgram() *program {
	host.once.Do(func() {
		p := newProgram()
		p.mainDone.Store(true)
		host.p = p
	})
	return host.p
}

func currentProgram() *program {
	if p := curProgram.Load(); p != nil && !p.closed.Load() {
		return p
	}
	return hostProgram()
}

// Group is a group of strands for work that arrives from outside the program: all the
// requests of one HTTP service run on strands of one Group, so at most one of them
// runs at a time and they interleave at yield points (a request waiting for an HTTP
// call does not hold up the others). A Group joins the program running at the time of
// each call. The zero Group is ready to use.
type Group struct {
	mu sync.Mutex
	p  *program
	g  *group
}

// NewGroup returns a new Group.
func NewGroup() *Group { return &Group{} }

// bind returns the program to run in and the group's strand group in it.
func (gr *Group) bind() (*program, *group) {
	p := currentProgram()
	gr.mu.Lock()
	defer gr.mu.Unlock()
	if gr.p != p {
		g := p.newGroup()
		g.live = 1 // pinned: the group stays registered while it is idle
		gr.p, gr.g = p, g
	}
	return gr.p, gr.g
}

// Call runs body on a new strand of the group and returns once it has ended: body's
// result, or the error it panicked with. It must be called from a goroutine that is not
// a strand (a network handler); that goroutine becomes the strand's own: it waits for
// the strand's turn in the group (at the back of the queue), then runs it.
func (gr *Group) Call(name string, body func(s *Strand) any) (res any, panicked *Error) {
	p, g := gr.bind()
	return p.call(g, name, body)
}

// CallParallel is Call for work that may run on another thread (an isolated
// resource of an isolated service): body runs on a new strand of a group of its own,
// in parallel with the group's strands and with other parallel calls, so that a
// long computation holds up no other request. The group is made for the call, not
// taken from the pool of isolated starts (parallelGroup): the calling goroutine runs
// the strand, and a request behind a long one in a pooled group would wait for it.
// With BAL2GO_ONE_GROUP=1 (a reproducible schedule) it is Call.
func (gr *Group) CallParallel(name string, body func(s *Strand) any) (res any, panicked *Error) {
	p := currentProgram()
	if p.oneGroup {
		return gr.Call(name, body)
	}
	return p.call(p.newGroup(), name, body)
}

// call runs body on a new strand of g (see Group.Call).
func (p *program) call(g *group, name string, body func(s *Strand) any) (res any, panicked *Error) {
	var out callResult
	t := p.newStrand(g, name, kindStrand, func(s *Strand) any { return out.run(s, body) })
	t.wake = make(chan struct{}, 1)
	p.count.Add(activeOne)
	p.wg.Add(1)
	if traceOn {
		traceCreated(t, nil)
	}
	g.mu.Lock()
	g.live++
	t.started = true
	if g.running == nil {
		g.running = t
		g.mu.Unlock()
	} else {
		g.q.pushBack(t)
		g.mu.Unlock()
		<-t.wake
	}
	if next := t.run(); next != nil {
		go next.runLoop() // it takes over this goroutine's count in p.wg
	} else {
		p.wg.Done()
	}
	if !out.done {
		return nil, NewError("the program was stopped", nil, nil)
	}
	return out.res, out.panicked
}

// callResult is the outcome of a Call's body.
type callResult struct {
	done     bool
	res      any
	panicked *Error
}

// run runs body, keeping its result or its panic (a strand stopped at teardown
// unwinds on).
func (c *callResult) run(s *Strand, body func(*Strand) any) (res any) {
	defer func() {
		if c.done {
			return
		}
		r := recover()
		if _, ok := r.(*strandKill); ok {
			panic(r)
		}
		c.done, c.panicked = true, Recover(r)
		res = nil
	}()
	res = body(s)
	c.done, c.res = true, res
	return res
}
