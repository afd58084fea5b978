// Package diagram draws the sequence diagram of a Ballerina function: a
// lifeline per worker (the default worker included) and per client object,
// an arrow for each send/receive pair, for each client remote or resource
// call and its response, and a note for each wait. It is the picture the
// Ballerina tools draw for every function; the language makes it possible
// because message slots are fixed at compile time.
//
// Build turns one function of a checked program into a Diagram (the model);
// Mermaid and SVG render it. Both renderers are deterministic.
//
// The arrows come from the checker's slot table (check.WorkerSet.Channels):
// the k-th send on a channel is drawn to the receive that holds the k-th
// slot, exactly the pairing the compiler uses. Client calls come from the
// syntax tree, so they are drawn even while the checker reports them as not
// supported.
package diagram

// Kind says what a participant stands for.
type Kind int

// The kinds of participants.
const (
	KindFunction   Kind = iota // the function's default worker
	KindWorker                 // a named worker of the function
	KindForkWorker             // a worker of a fork statement
	KindClient                 // a client object (remote and resource calls)
)

// Participant is one lifeline.
type Participant struct {
	ID      string // identifier in the Mermaid source (a safe name)
	Name    string // the worker, function or client variable name
	Kind    Kind
	Caption string // second header line: "function", "worker", "http:Client", ...
	Group   int    // index into Diagram.Groups, -1 when ungrouped
}

// Group is a labelled box around consecutive participants: the workers of
// one fork statement.
type Group struct {
	Label       string
	First, Last int // participant indexes, inclusive
}

// StepKind classifies the steps of a diagram.
type StepKind int

// The kinds of steps.
const (
	StepMessage StepKind = iota // a worker message: From sends, To receives
	StepCall                    // a client call: From calls the client To
	StepReply                   // the response of a call: From is the client, To the caller
	StepNote                    // a note over Over (wait, flush, start, fork)
	StepBegin                   // opens a block: Block is "opt", "alt" or "loop"
	StepElse                    // the next section of an alt block
	StepEnd                     // closes the innermost block
	StepFinish                  // From's body ends here (its lifeline stops)
)

// Step is one row of the diagram, top to bottom.
type Step struct {
	Kind        StepKind
	From, To    int // participant indexes (messages, calls, replies; From for finish and blocks)
	Label       string
	Conditional bool   // a message whose send sits in a branch: drawn dashed
	Sync        bool   // a synchronous send (->>)
	Over        []int  // notes: the participants the note spans (first and last)
	Note        string // notes: "wait", "flush", "start" or "fork"
	Block       string // begin: "opt", "alt", "loop"
	Starts      []int  // a fork note: the participants that start here
}

// Diagram is the sequence diagram of one function.
type Diagram struct {
	Func         string // the function's name
	File         string // the source file's base name
	Participants []*Participant
	Groups       []*Group
	Steps        []Step
}
