// Declarations of ballerina/lang.decimal that bal2go implements, in the form of
// Ballerina's langlib (see lang.int.bal).

# The sum of `xs`, 0 when there are none.
public isolated function sum(decimal... xs) returns decimal = external;

# The greatest of `x` and `xs`.
public isolated function max(decimal x, decimal... xs) returns decimal = external;

# The least of `x` and `xs`.
public isolated function min(decimal x, decimal... xs) returns decimal = external;

# The average of `x` and `xs`.
public isolated function avg(decimal x, decimal... xs) returns decimal = external;

# The absolute value of `x`.
public isolated function abs(decimal x) returns decimal = external;

# `x` rounded to `fractionDigits` digits after the point (an exponent of
# `-fractionDigits`), ties to even: 4.55555 rounded to 3 digits is 4.556, 4345.55
# rounded to -3 digits is 4E+3.
public isolated function round(decimal x, int fractionDigits = 0) returns decimal = external;

# `x` with the exponent of `y` (IEEE quantize), rounded half to even:
# quantize(4.1626, 3.512) is 4.163.
public isolated function quantize(decimal x, decimal y) returns decimal = external;

# The greatest integral value not above `x`.
public isolated function floor(decimal x) returns decimal = external;

# The least integral value not below `x`.
public isolated function ceiling(decimal x) returns decimal = external;

# The decimal `s` denotes (a decimal number with an optional sign, without a
# suffix), or an error.
public isolated function fromString(string s) returns decimal|error = external;
