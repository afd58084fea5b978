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
