package frontend

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// renderTokens shows each token as LINE:COL TEXT, where TEXT is the
// operator or keyword itself, id(x) for identifiers, int(…)/float(…) for
// numbers with their raw text, str(…) for string values and head(…),
// mid(…), tail(…), full(…) for the parts of string templates.
func renderTokens(toks []token) []string {
	var out []string
	for _, t := range toks {
		var s string
		switch t.kind {
		case _EOF:
			s = "EOF"
		case _Name:
			s = "id(" + t.lit + ")"
		case _Int:
			s = "int(" + t.lit + ")"
		case _Float:
			s = "float(" + t.lit + ")"
		case _String:
			s = fmt.Sprintf("str(%q)", t.lit)
		case _TmplFull:
			s = fmt.Sprintf("full(%q)", t.lit)
		case _TmplHead:
			s = fmt.Sprintf("head(%q)", t.lit)
		case _TmplMid:
			s = fmt.Sprintf("mid(%q)", t.lit)
		case _TmplTail:
			s = fmt.Sprintf("tail(%q)", t.lit)
		default:
			s = t.kind.String()
		}
		out = append(out, fmt.Sprintf("%d:%d %s", t.line, t.col, s))
	}
	return out
}

func renderDiags(ds []Diagnostic) []string {
	var out []string
	for _, d := range ds {
		out = append(out, fmt.Sprintf("%d:%d %s", d.Pos.Line, d.Pos.Col, d.Message))
	}
	return out
}

func TestScanner(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		want  string // space-separated "L:C text" pairs are awkward; one token per line
		diags []string
	}{
		{
			name: "identifiers and keywords",
			src:  "import foo as _x1; get default configurable isolated function",
			want: `1:1 import
1:8 id(foo)
1:12 as
1:15 id(_x1)
1:18 ;
1:20 id(get)
1:24 id(default)
1:32 id(configurable)
1:45 isolated
1:54 function
1:62 EOF`,
		},
		{
			name: "escaped and Unicode identifiers",
			src:  `été \u{E9}t\u{e9} first\-name \u{69}f x\u{zz}`,
			want: `1:1 id(été)
1:7 id(été)
1:21 id(first-name)
1:33 id(if)
1:41 id(x)
1:43 id(u)
1:44 {
1:45 id(zz)
1:47 }
1:48 EOF`,
			diags: []string{`1:42 invalid character '\\'`},
		},
		{
			name: "quoted identifiers are never keywords",
			src:  "ballerina/lang.'int 'if '5xx",
			want: `1:1 id(ballerina)
1:10 /
1:11 id(lang)
1:15 .
1:16 id(int)
1:21 id(if)
1:25 id(5xx)
1:29 EOF`,
		},
		{
			name: "operators",
			src:  "+ - * / % = += -= *= /= %= &= |= ^= <<= == != === !== < > <= >= && || ! ~ & | ^ << ? ?: ?. . ... ..< -> ->> <- => : ; , ( ) [ ] { } {| |} @",
			want: `1:1 +
1:3 -
1:5 *
1:7 /
1:9 %
1:11 =
1:13 +=
1:16 -=
1:19 *=
1:22 /=
1:25 %=
1:28 &=
1:31 |=
1:34 ^=
1:37 <<=
1:41 ==
1:44 !=
1:47 ===
1:51 !==
1:55 <
1:57 >
1:59 <=
1:62 >=
1:65 &&
1:68 ||
1:71 !
1:73 ~
1:75 &
1:77 |
1:79 ^
1:81 <<
1:84 ?
1:86 ?:
1:89 ?.
1:92 .
1:94 ...
1:98 ..<
1:102 ->
1:105 ->>
1:109 <-
1:112 =>
1:115 :
1:117 ;
1:119 ,
1:121 (
1:123 )
1:125 [
1:127 ]
1:129 {
1:131 }
1:133 {|
1:136 |}
1:139 @
1:140 EOF`,
		},
		{
			name: "> is never combined",
			src:  "map<map<int>> a>>b a>>>=b a>>=b",
			want: `1:1 map
1:4 <
1:5 map
1:8 <
1:9 int
1:12 >
1:13 >
1:15 id(a)
1:16 >
1:17 >
1:18 id(b)
1:20 id(a)
1:21 >
1:22 >
1:23 >=
1:25 id(b)
1:27 id(a)
1:28 >
1:29 >=
1:31 id(b)
1:32 EOF`,
		},
		{
			name: "arrows",
			src:  "a<-1 x->y x->>y <-function",
			want: `1:1 id(a)
1:2 <-
1:4 int(1)
1:6 id(x)
1:7 ->
1:9 id(y)
1:11 id(x)
1:12 ->>
1:15 id(y)
1:17 <-
1:19 function
1:27 EOF`,
		},
		{
			name: "numbers",
			src:  "0 42 0x2A 0XfF 1.5 1e10 1.5E-3 .5 2f 2.0F 2d 1.2D 1e+2d 1...5 1..<5",
			want: `1:1 int(0)
1:3 int(42)
1:6 int(0x2A)
1:11 int(0XfF)
1:16 float(1.5)
1:20 float(1e10)
1:25 float(1.5E-3)
1:32 float(.5)
1:35 float(2f)
1:38 float(2.0F)
1:43 float(2d)
1:46 float(1.2D)
1:51 float(1e+2d)
1:57 int(1)
1:58 ...
1:61 int(5)
1:63 int(1)
1:64 ..<
1:67 int(5)
1:68 EOF`,
		},
		{
			name: "every escape",
			src:  `"a\n\t\r\\\"\'\u{1F600}\u{41}b" ""`,
			want: `1:1 str("a\n\t\r\\\"'😀Ab")
1:33 str("")
1:35 EOF`,
		},
		{
			name:  "bad escapes",
			src:   `"a\qb" "\u{110000}" "\u{zz}" "\u0041"`,
			want:  "1:1 str(\"ab\")\n1:8 str(\"\")\n1:21 str(\"zz}\")\n1:30 str(\"0041\")\n1:38 EOF",
			diags: []string{`1:3 invalid escape sequence '\q'`, `1:9 invalid unicode code point in escape sequence`, `1:22 invalid unicode escape sequence`, `1:31 invalid escape sequence '\u'`},
		},
		{
			name:  "unterminated string",
			src:   "x = \"abc\ny",
			want:  "1:1 id(x)\n1:3 =\n1:5 str(\"abc\")\n2:1 id(y)\n2:2 EOF",
			diags: []string{"1:5 unterminated string literal"},
		},
		{
			name: "template without interpolation",
			src:  "string `a\\n$b{}`",
			want: "1:1 string\n1:8 full(\"a\\\\n$b{}\")\n1:17 EOF",
		},
		{
			name: "template with interpolations",
			src:  "string `x ${a} y ${ {k: 1}[\"k\"] } z`;",
			want: `1:1 string
1:8 head("x ")
1:13 id(a)
1:14 mid(" y ")
1:21 {
1:22 id(k)
1:23 :
1:25 int(1)
1:26 }
1:27 [
1:28 str("k")
1:31 ]
1:33 tail(" z")
1:37 ;
1:38 EOF`,
		},
		{
			name: "nested template and record braces",
			src:  "`a${`b${c}d`}e${ {|x|} }`",
			want: `1:1 head("a")
1:5 head("b")
1:9 id(c)
1:10 tail("d")
1:13 mid("e")
1:18 {|
1:20 id(x)
1:21 |}
1:24 tail("")
1:26 EOF`,
		},
		{
			name: "multi-line template keeps positions",
			src:  "`a\nb ${x}\n`",
			want: "1:1 head(\"a\\nb \")\n2:5 id(x)\n2:6 tail(\"\\n\")\n3:2 EOF",
		},
		{
			name:  "unterminated template",
			src:   "`abc ${x",
			want:  "1:1 head(\"abc \")\n1:8 id(x)\n1:9 tail(\"\")\n1:9 EOF",
			diags: []string{"1:1 unterminated string template"},
		},
		{
			name:  "unterminated template text",
			src:   "x `abc",
			want:  "1:1 id(x)\n1:3 full(\"abc\")\n1:7 EOF",
			diags: []string{"1:3 unterminated string template"},
		},
		{
			name: "comments and documentation",
			src:  "a // comment ->\n# doc line `\n  b\r\n\tc",
			want: "1:1 id(a)\n3:3 id(b)\n4:2 id(c)\n4:3 EOF",
		},
		{
			name: "optional field access and conditional with a fraction",
			src:  "a?.b c?.5:1",
			want: "1:1 id(a)\n1:2 ?.\n1:4 id(b)\n1:6 id(c)\n1:7 ?\n1:8 float(.5)\n1:10 :\n1:11 int(1)\n1:12 EOF",
		},
		{
			name:  "invalid characters are reported once per run",
			src:   "a $$$ b ∑ c \x01",
			want:  "1:1 id(a)\n1:7 id(b)\n1:13 id(c)\n1:16 EOF",
			diags: []string{"1:3 invalid character '$'", "1:9 invalid character U+2211", "1:15 invalid character U+0001"},
		},
		{
			name:  "invalid utf-8",
			src:   "a \xff\xfe b",
			want:  "1:1 id(a)\n1:6 id(b)\n1:7 EOF",
			diags: []string{"1:3 invalid byte 0xff"},
		},
		{
			name:  "bad numbers",
			src:   "0123 12abc 0x 1e 1.",
			want:  "1:1 int(0123)\n1:6 int(12abc)\n1:12 int(0x)\n1:15 float(1e)\n1:18 int(1)\n1:19 .\n1:20 EOF",
			diags: []string{"1:1 invalid numeric literal: leading zeros are not allowed", "1:6 invalid numeric literal", "1:12 hexadecimal literal has no digits", "1:15 exponent has no digits"},
		},
		{
			name: "empty input",
			src:  "",
			want: "1:1 EOF",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks, diags := scan(&Source{Name: "t.bal", Text: []byte(tt.src)})
			assert.Equal(t, tt.want, strings.Join(renderTokens(toks), "\n"))
			assert.Equal(t, tt.diags, renderDiags(diags))
		})
	}
}

// TestScannerOffsets checks that token offsets agree with lines and columns
// and that each token's text is where the offsets say.
func TestScannerOffsets(t *testing.T) {
	src := "import ballerina/io;\r\n\nfunction main() {\n\tio:println(`x ${1 + 2}`, \"s\\n\");\n}\n"
	toks, diags := scan(&Source{Name: "t.bal", Text: []byte(src)})
	assert.Empty(t, diags)
	lineStart := []int{0}
	for i, c := range src {
		if c == '\n' {
			lineStart = append(lineStart, i+1)
		}
	}
	for _, tok := range toks {
		assert.Equal(t, lineStart[tok.line-1]+int(tok.col)-1, int(tok.off), "token %v", tok)
		assert.LessOrEqual(t, tok.off, tok.end)
		if tok.kind != _EOF && tok.kind < _keywordStart && tok.kind > _TmplTail {
			assert.Equal(t, tok.kind.String(), src[int(tok.off):int(tok.end)])
		}
	}
}
