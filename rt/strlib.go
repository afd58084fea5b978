package rt

import (
	"encoding/base64"
	"encoding/hex"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// The lang.string functions on code points and bytes, the padding functions,
// lang.boolean's fromString and lang.array's byte-array encodings, with
// jBallerina's error messages.

// byteArrayType is the inherent type of the byte[] values the library makes.
var byteArrayType = ArrayOf(IntRangeOf(int64(0), int64(255), "byte"))

// newByteList is a new byte[] holding bs.
func newByteList(bs []byte) *List[int64] {
	elems := make([]int64, len(bs))
	for i, b := range bs {
		elems[i] = int64(b)
	}
	return &List[int64]{Elems: elems, Inherent: byteArrayType}
}

// listBytes is the bytes of a byte[].
func listBytes(l *List[int64]) []byte {
	bs := make([]byte, len(l.Elems))
	for i, b := range l.Elems {
		bs[i] = byte(b)
	}
	return bs
}

// StrCodePointCompare is string:codePointCompare: -1, 0 or 1 as str1 is before,
// equal to or after str2 in code point order (UTF-8 byte order is code point
// order).
func StrCodePointCompare(str1, str2 string) int64 { return int64(strings.Compare(str1, str2)) }

// StrGetCodePoint is string:getCodePoint: the code point at index, which must be
// in range (as for str[index]).
func StrGetCodePoint(s string, index int64) int64 {
	r, _ := utf8.DecodeRuneInString(StrIndex(s, index))
	return int64(r)
}

// StrToCodePointInt is string:toCodePointInt of a single character.
func StrToCodePointInt(ch string) int64 {
	r, _ := utf8.DecodeRuneInString(ch)
	return int64(r)
}

// StrToCodePointInts is string:toCodePointInts.
func StrToCodePointInts(s string) *List[int64] {
	out := make([]int64, 0, len(s))
	for _, r := range s {
		out = append(out, int64(r))
	}
	return NewList[int64](nil, out...)
}

// validCodePoint reports whether n is a Unicode scalar value; shown is the
// value jBallerina's message shows (Java's (int) cast of the long).
func validCodePoint(n int64) (ok bool, shown int64) {
	return n >= 0 && n <= utf8.MaxRune && !(n >= 0xD800 && n <= 0xDFFF), int64(int32(n))
}

func invalidCodePoint(shown int64) *Error {
	return NewError("Invalid codepoint: "+IntToString(shown), nil, nil)
}

// StrFromCodePointInt is string:fromCodePointInt: the character, or the error
// "Invalid codepoint: n" for a surrogate or a value outside Unicode.
func StrFromCodePointInt(n int64) any {
	if ok, shown := validCodePoint(n); !ok {
		return invalidCodePoint(shown)
	}
	return string(rune(n))
}

// StrFromCodePointInts is string:fromCodePointInts; the first invalid code point
// gives the error "Invalid codepoint: n".
func StrFromCodePointInts(l *List[int64]) any {
	var sb strings.Builder
	for _, n := range l.Elems {
		if ok, shown := validCodePoint(n); !ok {
			return invalidCodePoint(shown)
		}
		sb.WriteRune(rune(n))
	}
	return sb.String()
}

// StrToBytes is string:toBytes: the UTF-8 encoding.
func StrToBytes(s string) *List[int64] { return newByteList([]byte(s)) }

// StrFromBytes is string:fromBytes: the string the UTF-8 bytes encode, or the
// error FailedToDecodeBytes when they are not valid UTF-8.
func StrFromBytes(l *List[int64]) any {
	bs := listBytes(l)
	if !utf8.Valid(bs) {
		return newLangError("FailedToDecodeBytes", "array contains invalid UTF-8 byte value")
	}
	return string(bs)
}

// padding is the run of pad to add to s to reach n code points ("" when s has
// them already).
func padding(s string, n int64, pad string) string {
	have := int64(utf8.RuneCountInString(s))
	if n <= have {
		return ""
	}
	return strings.Repeat(pad, int(n-have))
}

// StrPadStart is string:padStart(str, len, padChar = " ").
func StrPadStart(s string, n int64, padChar ...string) string {
	return padding(s, n, padArg(padChar, " ")) + s
}

// StrPadEnd is string:padEnd(str, len, padChar = " ").
func StrPadEnd(s string, n int64, padChar ...string) string {
	return s + padding(s, n, padArg(padChar, " "))
}

// StrPadZero is string:padZero(str, len, zeroChar = "0"): the padding goes after
// a leading sign.
func StrPadZero(s string, n int64, zeroChar ...string) string {
	pad := padding(s, n, padArg(zeroChar, "0"))
	if s != "" && (s[0] == '+' || s[0] == '-') {
		return s[:1] + pad + s[1:]
	}
	return pad + s
}

func padArg(given []string, def string) string {
	if len(given) > 0 {
		return given[0]
	}
	return def
}

// BoolFromString is boolean:fromString: true, false (any case), 1 or 0;
// otherwise the error {ballerina/lang.boolean}BooleanParsingError.
func BoolFromString(s string) any {
	switch {
	case strings.EqualFold(s, "true") || s == "1":
		return true
	case strings.EqualFold(s, "false") || s == "0":
		return false
	}
	return newLangError("{ballerina/lang.boolean}BooleanParsingError", "'string' value '"+s+"' cannot be converted to 'boolean'")
}

// ListToBase64 is array:toBase64 of a byte[]: standard Base64 with padding.
func ListToBase64(l *List[int64]) string { return base64.StdEncoding.EncodeToString(listBytes(l)) }

// ListToBase16 is array:toBase16 of a byte[]: lower-case hexadecimal.
func ListToBase16(l *List[int64]) string { return hex.EncodeToString(listBytes(l)) }

// ListFromBase64 is array:fromBase64: the bytes standard Base64 text encodes
// (padding optional, as Java's Base64 decoder takes it), or the error "Invalid
// base64 string" with the decoder's message.
func ListFromBase64(s string) any {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '=') {
			// Java reads the string as ISO-8859-1 bytes (others as '?') and shows
			// the signed byte in hexadecimal
			r, _ := utf8.DecodeRuneInString(s[i:])
			b := int8('?')
			if r < 256 {
				b = int8(byte(r))
			}
			return newLangError("Invalid base64 string", "Illegal base64 character "+strconv.FormatInt(int64(b), 16))
		}
	}
	enc := base64.StdEncoding
	if !strings.Contains(s, "=") {
		enc = base64.RawStdEncoding
	}
	bs, err := enc.DecodeString(s)
	if err != nil {
		msg := "Input byte array has wrong 4-byte ending unit"
		if len(strings.TrimRight(s, "="))%4 == 1 {
			msg = "Last unit does not have enough valid bits"
		}
		return newLangError("Invalid base64 string", msg)
	}
	return newByteList(bs)
}

// ListFromBase16 is array:fromBase16: the bytes hexadecimal text (either case)
// encodes, or the error "Invalid base16 string" with jBallerina's message. Like
// jBallerina, an invalid second digit of a pair is reported as the pair's first
// character.
func ListFromBase16(s string) any {
	units := utf16.Encode([]rune(s))
	if len(units)%2 != 0 {
		return newLangError("Invalid base16 string", "Expected an even length string, but the length of the string was: "+strconv.Itoa(len(units)))
	}
	bs := make([]byte, len(units)/2)
	var invalid []string
	for i := 0; i < len(units); i += 2 {
		hi, lo := hexDigit(units[i]), hexDigit(units[i+1])
		if hi < 0 {
			invalid = append(invalid, string(rune(units[i])))
		}
		if lo < 0 {
			invalid = append(invalid, string(rune(units[i])))
		}
		bs[i/2] = byte(hi<<4 | lo)
	}
	if invalid != nil {
		return newLangError("Invalid base16 string", "Invalid character(s): ["+strings.Join(invalid, ", ")+"]")
	}
	return newByteList(bs)
}

func hexDigit(c uint16) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}
