// Declarations of ballerina/lang.string that bal2go implements, in the form
// of Ballerina's langlib (see lang.int.bal). Indexes count code points.

# The number of code points of `str`.
public isolated function length(string str) returns int = external;

# `strs` concatenated; "" when there are none.
public isolated function concat(string... strs) returns string = external;

# `strs` concatenated with `separator` between each two.
public isolated function join(string separator, string... strs) returns string = external;

# The index of the first occurrence of `substr` in `str` at or after
# `startIndex`, or () when there is none.
public isolated function indexOf(string str, string substr, int startIndex = 0) returns int? = external;

# The index of the last occurrence of `substr` in `str` at or before
# `startIndex`, or () when there is none.
public isolated function lastIndexOf(string str, string substr,
        int startIndex = str.length() - substr.length()) returns int? = external;

# Whether `substr` occurs in `str` at or after `startIndex`.
public isolated function includes(string str, string substr, int startIndex = 0) returns boolean = external;

# Whether `str` starts with `substr`.
public isolated function startsWith(string str, string substr) returns boolean = external;

# Whether `str` ends with `substr`.
public isolated function endsWith(string str, string substr) returns boolean = external;

# The code points of `str` from `startIndex` (inclusive) to `endIndex`
# (exclusive); an index out of range panics.
public isolated function substring(string str, int startIndex, int endIndex = str.length()) returns string = external;

# `str` with A-Z changed to a-z.
public isolated function toLowerAscii(string str) returns string = external;

# `str` with a-z changed to A-Z.
public isolated function toUpperAscii(string str) returns string = external;

# Whether `str1` and `str2` are equal when ASCII letters are compared
# regardless of case.
public isolated function equalsIgnoreCaseAscii(string str1, string str2) returns boolean = external;

# `str` without its leading and trailing ASCII white space.
public isolated function trim(string str) returns string = external;

# -1, 0 or 1 as `str1` comes before, equals or comes after `str2` in code
# point order.
public isolated function codePointCompare(string str1, string str2) returns int = external;

# The code point at `index` of `str`; an index out of range panics.
public isolated function getCodePoint(string str, int index) returns int = external;

# The code point of the single character `ch`.
public isolated function toCodePointInt(string:Char ch) returns int = external;

# The code points of `str`, in order.
public isolated function toCodePointInts(string str) returns int[] = external;

# The single character of code point `codePoint`, or an error for a surrogate
# or a value outside Unicode.
public isolated function fromCodePointInt(int codePoint) returns string:Char|error = external;

# The string of the code points `codePoints`, or an error at the first invalid
# one.
public isolated function fromCodePointInts(int[] codePoints) returns string|error = external;

# The UTF-8 encoding of `str`.
public isolated function toBytes(string str) returns byte[] = external;

# The string the UTF-8 `bytes` encode, or an error when they are not UTF-8.
public isolated function fromBytes(byte[] bytes) returns string|error = external;

# `str` with `padChar` added before it up to `len` code points.
public isolated function padStart(string str, int len, string:Char padChar = " ") returns string = external;

# `str` with `padChar` added after it up to `len` code points.
public isolated function padEnd(string str, int len, string:Char padChar = " ") returns string = external;

# `str` with `zeroChar` added before it, after a leading + or -, up to `len`
# code points.
public isolated function padZero(string str, int len, string:Char zeroChar = "0") returns string = external;
