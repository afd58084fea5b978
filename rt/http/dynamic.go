package http

import (
	"context"
	"strings"

	"github.com/bal2go/bal2go/rt"
)

// The methods of http:Listener that a program calls itself (a dynamic listener):
// attach and detach a service object, start, stop. Each returns nil or the
// *rt.Error the Ballerina method returns.

// Servable is a service object an http:Listener can attach: the Go of a service
// class of type http:Service, which builds its service for a base path.
type Servable interface {
	HTTPService(base []string) *Service
}

// AttachService is l.attach(svc, name): svc's resources, at base path name (nil:
// "/"; a string "/a/b"; a list of segments), take the requests that reach them.
func (l *Listener) AttachService(svc any, name any) any {
	s, ok := svc.(Servable)
	if !ok {
		return newErr(ErrListenerError, "invalid service: "+rt.TypeName(svc)+" is not an HTTP service", nil, nil)
	}
	var base []string
	switch n := name.(type) {
	case string:
		base = splitPath(n)
	case *rt.List[string]:
		for _, seg := range n.Elems {
			base = append(base, strings.Trim(seg, "/"))
		}
	}
	built := s.HTTPService(base)
	l.mu.Lock()
	if l.attached == nil {
		l.attached = map[Servable]*Service{}
	}
	l.attached[s] = built
	l.mu.Unlock()
	l.Attach(built)
	return nil
}

// DetachService is l.detach(svc): the service attached for svc takes no more
// requests.
func (l *Listener) DetachService(svc any) any {
	s, _ := svc.(Servable)
	l.mu.Lock()
	defer l.mu.Unlock()
	built := l.attached[s]
	if built == nil {
		return newErr(ErrListenerError, "service is not attached to the listener", nil, nil)
	}
	delete(l.attached, s)
	for i, x := range l.services {
		if x == built {
			l.services = append(l.services[:i:i], l.services[i+1:]...)
			break
		}
	}
	return nil
}

// StartListening is l.'start(): the listener serves from now on.
func (l *Listener) StartListening() any {
	if err := l.Start(); err != nil {
		return newErr(ErrListenerError, err.Error(), nil, nil)
	}
	return nil
}

// GracefulStop is l.gracefulStop(): no new connections; the requests in progress are
// answered (within rt.ShutdownGrace).
func (l *Listener) GracefulStop() any {
	if err := l.Close(); err != nil {
		return newErr(ErrListenerError, err.Error(), nil, nil)
	}
	return nil
}

// ImmediateStop is l.immediateStop(): the listener closes its connections now.
func (l *Listener) ImmediateStop() any {
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // no grace
	_ = l.Stop(ctx)
	rt.UnregisterServer(l)
	return nil
}
