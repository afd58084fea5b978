package frontend

// tokKind is the kind of a token.
type tokKind uint8

const (
	_EOF tokKind = iota

	// literals and names
	_Name     // identifier; lit is the name, without the quote of a quoted identifier
	_Int      // lit is the raw text: 42, 0x2A
	_Float    // lit is the raw text: 1.5, 1e10, 2f, 1.2d
	_String   // lit is the value, escapes resolved
	_TmplFull // `text`           (lit is the text)
	_TmplHead // `text${          (lit is the text)
	_TmplMid  // }text${          (lit is the text)
	_TmplTail // }text`           (lit is the text)

	// operators and punctuation
	_Plus          // +
	_Minus         // -
	_Star          // *
	_Slash         // /
	_Percent       // %
	_Assign        // =
	_PlusAssign    // +=
	_MinusAssign   // -=
	_StarAssign    // *=
	_SlashAssign   // /=
	_PercentAssign // %=
	_AndAssign     // &=
	_OrAssign      // |=
	_XorAssign     // ^=
	_ShlAssign     // <<=
	_Eq            // ==
	_Ne            // !=
	_EqEq          // ===
	_NeEq          // !==
	_Lt            // <
	_Gt            // > (>> and >>> are adjacent > tokens, combined by the parser)
	_Le            // <=
	_Ge            // >=
	_AndAnd        // &&
	_OrOr          // ||
	_Not           // !
	_Tilde         // ~
	_And           // &
	_Or            // |
	_Xor           // ^
	_Shl           // <<
	_Question      // ?
	_Elvis         // ?:
	_OptDot        // ?.
	_Dot           // .
	_Ellipsis      // ...
	_DotDotLt      // ..<
	_Arrow         // ->
	_SyncArrow     // ->>
	_LArrow        // <-
	_FatArrow      // =>
	_Colon         // :
	_Semi          // ;
	_Comma         // ,
	_LParen        // (
	_RParen        // )
	_LBrack        // [
	_RBrack        // ]
	_LBrace        // {
	_RBrace        // }
	_LBracePipe    // {|
	_PipeRBrace    // |}
	_At            // @

	// keywords
	_keywordStart
	_Import
	_As
	_Public
	_Private
	_Function
	_Returns
	_Return
	_If
	_Else
	_While
	_Foreach
	_In
	_Break
	_Continue
	_Panic
	_Check
	_Checkpanic
	_Trap
	_Fail
	_Type
	_Record
	_IntKw
	_FloatKw
	_Decimal
	_Boolean
	_StringKw
	_Byte
	_Any
	_Anydata
	_Json
	_Error
	_Never
	_Readonly
	_Handle
	_Map
	_Future
	_Typedesc
	_Var
	_Final
	_Const
	_True
	_False
	_Null
	_New
	_Is
	_Typeof
	_Match
	_Worker
	_Fork
	_Wait
	_Flush
	_Start
	_Lock
	_Isolated
	_Service
	_Resource
	_Remote
	_Listener
	_On
	_Do
	_Client
	_Object
	_Class
	_Table
	_From
	_Select
	_Let
	_Transaction
	_Distinct
	_Xml
	_keywordEnd

	numTokKinds
)

var tokNames = [numTokKinds]string{
	_EOF:      "end of file",
	_Name:     "identifier",
	_Int:      "int literal",
	_Float:    "float literal",
	_String:   "string literal",
	_TmplFull: "string template",
	_TmplHead: "string template",
	_TmplMid:  "}",
	_TmplTail: "}",

	_Plus:          "+",
	_Minus:         "-",
	_Star:          "*",
	_Slash:         "/",
	_Percent:       "%",
	_Assign:        "=",
	_PlusAssign:    "+=",
	_MinusAssign:   "-=",
	_StarAssign:    "*=",
	_SlashAssign:   "/=",
	_PercentAssign: "%=",
	_AndAssign:     "&=",
	_OrAssign:      "|=",
	_XorAssign:     "^=",
	_ShlAssign:     "<<=",
	_Eq:            "==",
	_Ne:            "!=",
	_EqEq:          "===",
	_NeEq:          "!==",
	_Lt:            "<",
	_Gt:            ">",
	_Le:            "<=",
	_Ge:            ">=",
	_AndAnd:        "&&",
	_OrOr:          "||",
	_Not:           "!",
	_Tilde:         "~",
	_And:           "&",
	_Or:            "|",
	_Xor:           "^",
	_Shl:           "<<",
	_Question:      "?",
	_Elvis:         "?:",
	_OptDot:        "?.",
	_Dot:           ".",
	_Ellipsis:      "...",
	_DotDotLt:      "..<",
	_Arrow:         "->",
	_SyncArrow:     "->>",
	_LArrow:        "<-",
	_FatArrow:      "=>",
	_Colon:         ":",
	_Semi:          ";",
	_Comma:         ",",
	_LParen:        "(",
	_RParen:        ")",
	_LBrack:        "[",
	_RBrack:        "]",
	_LBrace:        "{",
	_RBrace:        "}",
	_LBracePipe:    "{|",
	_PipeRBrace:    "|}",
	_At:            "@",

	_Import:      "import",
	_As:          "as",
	_Public:      "public",
	_Private:     "private",
	_Function:    "function",
	_Returns:     "returns",
	_Return:      "return",
	_If:          "if",
	_Else:        "else",
	_While:       "while",
	_Foreach:     "foreach",
	_In:          "in",
	_Break:       "break",
	_Continue:    "continue",
	_Panic:       "panic",
	_Check:       "check",
	_Checkpanic:  "checkpanic",
	_Trap:        "trap",
	_Fail:        "fail",
	_Type:        "type",
	_Record:      "record",
	_IntKw:       "int",
	_FloatKw:     "float",
	_Decimal:     "decimal",
	_Boolean:     "boolean",
	_StringKw:    "string",
	_Byte:        "byte",
	_Any:         "any",
	_Anydata:     "anydata",
	_Json:        "json",
	_Error:       "error",
	_Never:       "never",
	_Readonly:    "readonly",
	_Handle:      "handle",
	_Map:         "map",
	_Future:      "future",
	_Typedesc:    "typedesc",
	_Var:         "var",
	_Final:       "final",
	_Const:       "const",
	_True:        "true",
	_False:       "false",
	_Null:        "null",
	_New:         "new",
	_Is:          "is",
	_Typeof:      "typeof",
	_Match:       "match",
	_Worker:      "worker",
	_Fork:        "fork",
	_Wait:        "wait",
	_Flush:       "flush",
	_Start:       "start",
	_Lock:        "lock",
	_Isolated:    "isolated",
	_Service:     "service",
	_Resource:    "resource",
	_Remote:      "remote",
	_Listener:    "listener",
	_On:          "on",
	_Do:          "do",
	_Client:      "client",
	_Object:      "object",
	_Class:       "class",
	_Table:       "table",
	_From:        "from",
	_Select:      "select",
	_Let:         "let",
	_Transaction: "transaction",
	_Distinct:    "distinct",
	_Xml:         "xml",
}

// keywords maps each reserved word to its token kind.
var keywords = func() map[string]tokKind {
	m := make(map[string]tokKind, _keywordEnd-_keywordStart)
	for k := _keywordStart + 1; k < _keywordEnd; k++ {
		m[tokNames[k]] = k
	}
	return m
}()

func (k tokKind) isKeyword() bool { return k > _keywordStart && k < _keywordEnd }

func (k tokKind) String() string {
	if int(k) < len(tokNames) && tokNames[k] != "" {
		return tokNames[k]
	}
	return "?"
}

// builtinTypeKw reports whether k names a built-in type (a BuiltinType when
// used as a type descriptor on its own).
func (k tokKind) builtinTypeKw() bool {
	switch k {
	case _IntKw, _FloatKw, _Decimal, _Boolean, _StringKw, _Byte, _Any, _Anydata,
		_Json, _Error, _Never, _Readonly, _Handle:
		return true
	}
	return false
}

// prefixKw reports whether k may be used as a predeclared module prefix,
// as in int:MAX_VALUE, string:concat(…), error:NoMessage.
func (k tokKind) prefixKw() bool {
	switch k {
	case _IntKw, _FloatKw, _Decimal, _Boolean, _StringKw, _Error, _Map, _Future,
		_Typedesc, _Xml, _Table, _Object, _Function, _Transaction:
		return true
	}
	return false
}

// token is one lexical token. Positions are stored unpacked in 32 bits to
// keep the token slice small (Parse rejects files of 2 GiB or more); the
// parser builds a Pos when a node needs one.
type token struct {
	kind tokKind
	bad  bool  // an unterminated string or template: follow-on errors are noise
	off  int32 // byte offset of the first byte
	end  int32 // byte offset just past the last byte
	line int32
	col  int32
	lit  string
}

// describe renders a token for "unexpected X" messages.
func (t *token) describe() string {
	switch t.kind {
	case _EOF:
		return "end of file"
	case _Name:
		return "identifier '" + t.lit + "'"
	case _Int:
		return "int literal"
	case _Float:
		n := len(t.lit)
		if n > 0 && (t.lit[n-1] == 'd' || t.lit[n-1] == 'D') {
			return "decimal literal"
		}
		return "float literal"
	case _String:
		return "string literal"
	case _TmplFull, _TmplHead:
		return "string template"
	}
	if t.kind.isKeyword() {
		return "keyword '" + t.kind.String() + "'"
	}
	return "'" + t.kind.String() + "'"
}
