package frontend

// Op is a Ballerina operator: a binary operator (BinaryExpr, and the type
// tests is and !is, which the parser turns into a TypeTestExpr), a unary
// operator (UnaryExpr), or the operator of a compound assignment x op= e
// (AssignStmt, where OpNone stands for the plain =). Everything the parser,
// the checker and the printers know about an operator comes from one
// table, ops, as Go's syntax package and esbuild's js_ast do.
type Op uint8

// The operators. The binary ones are listed from loosest to tightest.
const (
	OpNone Op = iota // no operator: the plain assignment =

	OpElvis     // a ?: b
	OpOrOr      // a || b
	OpAndAnd    // a && b
	OpOr        // a | b
	OpXor       // a ^ b
	OpAnd       // a & b
	OpEq        // a == b
	OpNe        // a != b
	OpExactEq   // a === b
	OpExactNe   // a !== b
	OpLt        // a < b
	OpGt        // a > b
	OpLe        // a <= b
	OpGe        // a >= b
	OpIs        // x is T
	OpNotIs     // x !is T
	OpRange     // a ... b
	OpRangeExcl // a ..< b
	OpShl       // a << b
	OpShr       // a >> b
	OpUshr      // a >>> b
	OpAdd       // a + b
	OpSub       // a - b
	OpMul       // a * b
	OpDiv       // a / b
	OpMod       // a % b
	OpNeg       // -x
	OpPlus      // +x
	OpNot       // !x
	OpBitNot    // ~x
	numOps
)

// Prec is a binary operator's precedence level; a higher level binds
// tighter. All binary operators are left-associative except ?: (see the
// parser's elvisExpr). The conditional operator c ? a : b binds looser
// than every level, and the unary operators tighter.
type Prec uint8

// The binary precedence levels, loosest first.
const (
	PrecNone   Prec = iota // not a binary operator
	PrecElvis              // ?:
	PrecOrOr               // ||
	PrecAndAnd             // &&
	PrecOr                 // |
	PrecXor                // ^
	PrecAnd                // &
	PrecEq                 // == != === !==
	PrecRel                // < > <= >= is !is
	PrecRange              // ... ..<
	PrecShift              // << >> >>>
	PrecAdd                // + -
	PrecMul                // * / %
)

// opInfo is what the table says of one operator.
type opInfo struct {
	text string  // as written in Ballerina
	prec Prec    // binary precedence; PrecNone for a unary operator
	tok  tokKind // the single token that spells the operator (_EOF: several, or shared; see binaryOp)
	// assign is the token of the compound assignment x op= e, _EOF when op
	// has none. >>= and >>>= are scanned as several tokens (see assignOp).
	assign tokKind
	unary  bool
}

var ops = [numOps]opInfo{
	OpNone:      {text: ""},
	OpElvis:     {text: "?:", prec: PrecElvis, tok: _Elvis},
	OpOrOr:      {text: "||", prec: PrecOrOr, tok: _OrOr},
	OpAndAnd:    {text: "&&", prec: PrecAndAnd, tok: _AndAnd},
	OpOr:        {text: "|", prec: PrecOr, tok: _Or, assign: _OrAssign},
	OpXor:       {text: "^", prec: PrecXor, tok: _Xor, assign: _XorAssign},
	OpAnd:       {text: "&", prec: PrecAnd, tok: _And, assign: _AndAssign},
	OpEq:        {text: "==", prec: PrecEq, tok: _Eq},
	OpNe:        {text: "!=", prec: PrecEq, tok: _Ne},
	OpExactEq:   {text: "===", prec: PrecEq, tok: _EqEq},
	OpExactNe:   {text: "!==", prec: PrecEq, tok: _NeEq},
	OpLt:        {text: "<", prec: PrecRel, tok: _Lt},
	OpGt:        {text: ">", prec: PrecRel}, // '>' also starts >> and >>>
	OpLe:        {text: "<=", prec: PrecRel, tok: _Le},
	OpGe:        {text: ">=", prec: PrecRel, tok: _Ge},
	OpIs:        {text: "is", prec: PrecRel, tok: _Is},
	OpNotIs:     {text: "!is", prec: PrecRel}, // '!' 'is'
	OpRange:     {text: "...", prec: PrecRange, tok: _Ellipsis},
	OpRangeExcl: {text: "..<", prec: PrecRange, tok: _DotDotLt},
	OpShl:       {text: "<<", prec: PrecShift, tok: _Shl, assign: _ShlAssign},
	OpShr:       {text: ">>", prec: PrecShift},  // '>' '>'
	OpUshr:      {text: ">>>", prec: PrecShift}, // '>' '>' '>'
	OpAdd:       {text: "+", prec: PrecAdd, tok: _Plus, assign: _PlusAssign},
	OpSub:       {text: "-", prec: PrecAdd, tok: _Minus, assign: _MinusAssign},
	OpMul:       {text: "*", prec: PrecMul, tok: _Star, assign: _StarAssign},
	OpDiv:       {text: "/", prec: PrecMul, tok: _Slash, assign: _SlashAssign},
	OpMod:       {text: "%", prec: PrecMul, tok: _Percent, assign: _PercentAssign},
	OpNeg:       {text: "-", unary: true, tok: _Minus},
	OpPlus:      {text: "+", unary: true, tok: _Plus},
	OpNot:       {text: "!", unary: true, tok: _Not},
	OpBitNot:    {text: "~", unary: true, tok: _Tilde},
}

// String returns the operator as written in Ballerina: "+", ">>>", "!is".
// OpNone is "".
func (o Op) String() string {
	if o < numOps {
		return ops[o].text
	}
	return "?"
}

// Prec returns the precedence of a binary operator, PrecNone for any other.
func (o Op) Prec() Prec {
	if o < numOps {
		return ops[o].prec
	}
	return PrecNone
}

// IsUnary reports whether o is a unary operator.
func (o Op) IsUnary() bool { return o < numOps && ops[o].unary }

// Token-indexed views of the table, for the parser.
var (
	binaryOpOf [numTokKinds]Op // the binary operator a single token spells
	unaryOpOf  [numTokKinds]Op // the unary operator a token spells
	assignOpOf [numTokKinds]Op // the operator of a compound assignment token
)

func init() {
	for o := Op(1); o < numOps; o++ {
		info := ops[o]
		switch {
		case info.unary:
			unaryOpOf[info.tok] = o
		case info.tok != _EOF:
			binaryOpOf[info.tok] = o
		}
		if info.assign != _EOF {
			assignOpOf[info.assign] = o
		}
	}
}

// IsRelational reports whether o is <, <=, > or >=.
func (o Op) IsRelational() bool { return o == OpLt || o == OpLe || o == OpGt || o == OpGe }

// IsArith reports whether o is + - * / or %.
func (o Op) IsArith() bool {
	return o == OpAdd || o == OpSub || o == OpMul || o == OpDiv || o == OpMod
}
