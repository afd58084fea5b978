// Declarations of ballerina/lang.int that bal2go implements, in the form of
// Ballerina's langlib: each function is external, implemented by the runtime
// (codegen/lib.go binds it to its rt function). Ballerina's other lang.int
// functions are listed in check/library.go for the "not supported" message.

# The absolute value of `n`; int:MIN_VALUE overflows.
public isolated function abs(int n) returns int = external;

# The sum of `ns`, 0 when there are none; overflow panics.
public isolated function sum(int... ns) returns int = external;

# The greatest of `n` and `ns`.
public isolated function max(int n, int... ns) returns int = external;

# The least of `n` and `ns`.
public isolated function min(int n, int... ns) returns int = external;

# The int `s` denotes (an optional sign and decimal digits), or an error.
public isolated function fromString(string s) returns int|error = external;

# `n` in lower-case hexadecimal, with a leading `-` when negative.
public isolated function toHexString(int n) returns string = external;

# The int the hexadecimal digits `s` denote (either case, an optional sign, no
# 0x), or an error.
public isolated function fromHexString(string s) returns int|error = external;

# The average of `n` and `ns`, as a decimal.
public isolated function avg(int n, int... ns) returns decimal = external;

# -1, 0 or 1 as `n` is negative, zero or positive.
public isolated function signum(int n) returns int = external;

# The greatest int.
public const int MAX_VALUE = 9223372036854775807;
# The least int.
public const int MIN_VALUE = -9223372036854775807 - 1;
# The greatest value of type Signed32.
public const int SIGNED32_MAX_VALUE = 2147483647;
# The least value of type Signed32.
public const int SIGNED32_MIN_VALUE = -2147483648;
# The greatest value of type Signed16.
public const int SIGNED16_MAX_VALUE = 32767;
# The least value of type Signed16.
public const int SIGNED16_MIN_VALUE = -32768;
# The greatest value of type Signed8.
public const int SIGNED8_MAX_VALUE = 127;
# The least value of type Signed8.
public const int SIGNED8_MIN_VALUE = -128;
# The greatest value of type Unsigned32.
public const int UNSIGNED32_MAX_VALUE = 4294967295;
# The greatest value of type Unsigned16.
public const int UNSIGNED16_MAX_VALUE = 65535;
# The greatest value of type Unsigned8.
public const int UNSIGNED8_MAX_VALUE = 255;
