package check

import "github.com/bal2go/bal2go/frontend"

// Services and isolation (spec "Isolated inference", "Listeners and services"): a
// listener may call a method of a service object concurrently only when the service
// object and the method are both isolated, declared or inferred. A service
// declaration is an object of an anonymous class that is never public, and
// jBallerina infers the isolation of both (IsolationAnalyzer, inferIsolation):
//
//   - the service is isolated when declared so, or when each of its fields is final
//     or private with isolated initializers (bal2go's services have no fields yet)
//     and none of its methods does something that no inference makes isolated
//     (isoInfo.nonInferable: mutable state that cannot be inferred isolated, a call
//     of a function value or public function that is not isolated, @strand);
//   - a resource method is isolated when declared so or inferred so, as any
//     function that is not public (isolation.go).
//
// Once both are known, jBallerina reports a hint at each resource or remote method
// whose requests will not run concurrently (logServiceIsolationHints), at the start
// of the method after its annotations; `bal build` and `bal run` print hints.
// Declared isolation keeps its rules without inference: the body of a resource
// declared isolated is checked as an isolated function's (isolation_walk.go); an
// isolated service has no fields whose use the isolated-object rules would restrict.

// The hints, jBallerina's (compiler.properties, hint.concurrent.calls.*).
const (
	hintNotIsolatedService = "concurrent calls will not be made to this method since the service is not an 'isolated' service"
	hintNotIsolatedMethod  = "concurrent calls will not be made to this method since the method is not an 'isolated' method"
	hintNeitherIsolated    = "concurrent calls will not be made to this method since the service and the method are not 'isolated'"
)

// services decides, after inference, which services are isolated and which of their
// resources may run concurrently, and reports a hint for each resource that may not.
func (a *isoAnalysis) services() {
	// A service class's (or service object's) resources run concurrently when the
	// class and the method are isolated; jBallerina's hints for them are not given yet.
	for _, cls := range a.c.prog.Classes {
		for _, r := range cls.Resources {
			r.Concurrent = cls.Type.Obj.Isolated && r.Fn != nil && r.Fn.Isolated
		}
	}
	for _, svc := range a.c.prog.Services {
		svc.Isolated = a.serviceIsolated(svc.Decl)
		for _, r := range svc.Resources {
			method := r.Fn != nil && r.Fn.Isolated
			r.Concurrent = svc.Isolated && method
			if r.Concurrent {
				continue
			}
			msg := hintNeitherIsolated
			switch {
			case svc.Isolated:
				msg = hintNotIsolatedMethod
			case method:
				msg = hintNotIsolatedService
			}
			a.diags = append(a.diags, frontend.Hintf(r.Decl.Pos(), "isolation", "%s", msg))
		}
	}
}

// serviceIsolated reports whether the service d is isolated: declared so, or
// inferred so because none of its resource methods does something that no
// inference makes isolated.
func (a *isoAnalysis) serviceIsolated(d *frontend.ServiceDecl) bool {
	if d.Isolated {
		return true
	}
	for _, rf := range d.Resources {
		if info := a.infos[a.c.prog.Funcs[rf]]; info != nil && info.nonInferable {
			return false
		}
	}
	return true
}
