// Declarations of ballerina/lang.int that bal2go implements, in the form of
// Ballerina's langlib: each function is external, implemented by the runtime
// (codegen/lib.go binds it to its rt function). Ballerina's other lang.int
// functions are listed in check/library.go for the "not supported" message.

# Returns the absolute value of an int value.
#
# + n - int value to be operated on
# + return - absolute value of parameter `n`
public isolated function abs(int n) returns int = external;

# Returns the sum of zero or more int values; overflow panics.
#
# + ns - int values to sum
# + return - sum of all of parameter `ns`; 0 if parameter `ns` is empty
public isolated function sum(int... ns) returns int = external;

# Returns the maximum of one or more int values.
#
# + n - first int value
# + ns - other int values
# + return - maximum value of parameter `n` and all of parameter `ns`
public isolated function max(int n, int... ns) returns int = external;

# Returns the minimum of one or more int values.
#
# + n - first int value
# + ns - other int values
# + return - minimum value of parameter `n` and all of parameter `ns`
public isolated function min(int n, int... ns) returns int = external;

# Returns the integer that a string value represents: an optional sign
# followed by decimal digits.
#
# + s - string representation of an integer value
# + return - int representation of the argument or an error
public isolated function fromString(string s) returns int|error = external;

# Returns a string that represents an int value in hexadecimal, with a
# leading `-` when negative.
#
# + n - int value
# + return - hexadecimal string representation of the int value
public isolated function toHexString(int n) returns string = external;
