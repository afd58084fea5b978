// Declarations of ballerina/lang.float that bal2go implements, in the form of
// Ballerina's langlib (see lang.int.bal).

# Tests whether a float value is finite.
#
# + x - the float value to be tested
# + return - true if parameter `x` is finite, i.e., neither NaN nor +∞ nor -∞
public isolated function isFinite(float x) returns boolean = external;

# Tests whether a float value is infinite.
#
# + x - the float value to be tested
# + return - true if parameter `x` is either +∞ or -∞
public isolated function isInfinite(float x) returns boolean = external;

# Tests whether a float value is NaN.
#
# + x - the float value to be tested
# + return - true if parameter `x` is NaN
public isolated function isNaN(float x) returns boolean = external;

# Returns the sum of zero or more float values; NaN if any is NaN.
#
# + xs - float values to sum
# + return - sum of all of parameter `xs`; +0.0 if parameter `xs` is empty
public isolated function sum(float... xs) returns float = external;

# Returns the maximum of zero or more float values: -∞ if there are none,
# NaN if any is NaN.
#
# + xs - float values to operate on
# + return - maximum value of all of parameter `xs`
public isolated function max(float... xs) returns float = external;

# Returns the minimum of zero or more float values: +∞ if there are none,
# NaN if any is NaN.
#
# + xs - float values to operate on
# + return - minimum value of all of parameter `xs`
public isolated function min(float... xs) returns float = external;

# IEEE abs operation.
#
# + x - float value to operate on
# + return - absolute value of parameter `x`
public isolated function abs(float x) returns float = external;

# Rounds a float value to a given number of fraction digits, ties to even.
#
# + x - float value to operate on
# + fractionDigits - the number of digits after the decimal point
# + return - parameter `x` rounded to parameter `fractionDigits` fraction digits
public isolated function round(float x, int fractionDigits = 0) returns float = external;

# Rounds a float down to the closest integral value.
#
# + x - float value to operate on
# + return - the largest integral float value not greater than parameter `x`
public isolated function floor(float x) returns float = external;

# Rounds a float up to the closest integral value.
#
# + x - float value to operate on
# + return - the smallest integral float value not less than parameter `x`
public isolated function ceiling(float x) returns float = external;

# IEEE squareRoot operation.
#
# + x - float value to operate on
# + return - square root of parameter `x`
public isolated function sqrt(float x) returns float = external;

# IEEE pow(x, y) operation.
#
# + x - base value
# + y - the exponent
# + return - parameter `x` raised to the power of parameter `y`
public isolated function pow(float x, float y) returns float = external;

# Returns the float value a string represents: a decimal floating point
# number with an optional sign, `NaN` or `Infinity`.
#
# + s - string representation of a float
# + return - float value or error
public isolated function fromString(string s) returns float|error = external;
