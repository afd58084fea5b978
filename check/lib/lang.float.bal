// Declarations of ballerina/lang.float that bal2go implements, in the form of
// Ballerina's langlib (see lang.int.bal).

# Whether `x` is neither NaN nor infinite.
public isolated function isFinite(float x) returns boolean = external;

# Whether `x` is +Infinity or -Infinity.
public isolated function isInfinite(float x) returns boolean = external;

# Whether `x` is NaN.
public isolated function isNaN(float x) returns boolean = external;

# The sum of `xs`, 0.0 when there are none; NaN when one is NaN.
public isolated function sum(float... xs) returns float = external;

# The greatest of `xs`, -Infinity when there are none; NaN when one is NaN.
public isolated function max(float... xs) returns float = external;

# The least of `xs`, +Infinity when there are none; NaN when one is NaN.
public isolated function min(float... xs) returns float = external;

# The absolute value of `x`.
public isolated function abs(float x) returns float = external;

# `x` rounded to `fractionDigits` digits after the point, ties to even.
public isolated function round(float x, int fractionDigits = 0) returns float = external;

# The greatest integral value not above `x`.
public isolated function floor(float x) returns float = external;

# The least integral value not below `x`.
public isolated function ceiling(float x) returns float = external;

# The square root of `x`.
public isolated function sqrt(float x) returns float = external;

# `x` raised to the power `y`.
public isolated function pow(float x, float y) returns float = external;

# The cube root of `x`.
public isolated function cbrt(float x) returns float = external;

# The natural logarithm of `x`.
public isolated function log(float x) returns float = external;

# The base 10 logarithm of `x`.
public isolated function log10(float x) returns float = external;

# Euler's number raised to the power `x`.
public isolated function exp(float x) returns float = external;

# The sine of `x`, in radians.
public isolated function sin(float x) returns float = external;

# The cosine of `x`, in radians.
public isolated function cos(float x) returns float = external;

# The tangent of `x`, in radians.
public isolated function tan(float x) returns float = external;

# The arcsine of `x`, in radians.
public isolated function asin(float x) returns float = external;

# The arccosine of `x`, in radians.
public isolated function acos(float x) returns float = external;

# The arctangent of `x`, in radians.
public isolated function atan(float x) returns float = external;

# The hyperbolic sine of `x`.
public isolated function sinh(float x) returns float = external;

# The hyperbolic cosine of `x`.
public isolated function cosh(float x) returns float = external;

# The hyperbolic tangent of `x`.
public isolated function tanh(float x) returns float = external;

# The angle in radians from the positive x-axis to the point (`x`, `y`).
public isolated function atan2(float y, float x) returns float = external;

# The average of `xs`, NaN when there are none.
public isolated function avg(float... xs) returns float = external;

# `x` in Java's hexadecimal floating-point form (-0x1.47d97f62b6ae8p3); NaN and
# the infinities as toString prints them.
public isolated function toHexString(float x) returns string = external;

# The float the hexadecimal floating-point literal `s` denotes (an optional
# sign; NaN and Infinity allowed), or an error.
public isolated function fromHexString(string s) returns float|error = external;

# The IEEE 64-bit representation of `x`, NaN as the one canonical NaN.
public isolated function toBitsInt(float x) returns int = external;

# The float whose IEEE 64-bit representation is `x`.
public isolated function fromBitsInt(int x) returns float = external;

# `x` in fixed-point notation with `fractionDigits` digits after the point
# (rounded half to even; () for as many as `x` needs); a negative count panics.
public isolated function toFixedString(float x, int? fractionDigits) returns string = external;

# `x` in scientific notation, one digit before the point and `fractionDigits`
# after it (() for as many as `x` needs), then e, a sign and the exponent; a
# negative count panics.
public isolated function toExpString(float x, int? fractionDigits) returns string = external;

# The float `s` denotes (a decimal number with an optional sign, NaN or
# Infinity), or an error.
public isolated function fromString(string s) returns float|error = external;

# The number π.
public const float PI = 3.141592653589793;
# Euler's number.
public const float E = 2.718281828459045;
# IEEE not-a-number.
public const float NaN = 0.0 / 0.0;
# IEEE positive infinity.
public const float Infinity = 1.0 / 0.0;
