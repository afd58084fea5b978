package http

import "github.com/bal2go/bal2go/rt"

// The classes of the http module's objects: each object is an rt.Object, so that it
// can be held through an object type (an http:Listener as a runtime:DynamicListener),
// and an object type test lists the classes whose objects belong to it.
var (
	ClientClass   = &rt.Class{Name: "http:Client"}
	RequestClass  = &rt.Class{Name: "http:Request"}
	ResponseClass = &rt.Class{Name: "http:Response"}
	CallerClass   = &rt.Class{Name: "http:Caller"}
	ListenerClass = &rt.Class{Name: "http:Listener"}
)

// Class_ implements rt.Object.
func (c *Client) Class_() *rt.Class { return ClientClass }

// Class_ implements rt.Object.
func (r *Request) Class_() *rt.Class { return RequestClass }

// Class_ implements rt.Object.
func (r *Response) Class_() *rt.Class { return ResponseClass }

// Class_ implements rt.Object.
func (l *Listener) Class_() *rt.Class { return ListenerClass }

// Caller is an http:Caller, the caller of a resource function (its methods are not
// supported by bal2go yet).
type Caller struct {
	Object_ objectMark `bal:"$object"`
}

// Class_ implements rt.Object.
func (c *Caller) Class_() *rt.Class { return CallerClass }

// BalString implements rt.BalStringer.
func (c *Caller) BalString(bool) string { return "object http:Caller" }
