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
