// Declarations of ballerina/io that bal2go implements, in the form of
// Ballerina's modules (see lang.int.bal).

# The values io:print and io:println accept. Ballerina's includes
# PrintableRawTemplate (raw templates, which bal2go lacks).
public type Printable any|error;

# Prints each of `values` as value:toString does, with no separator.
public isolated function print(Printable... values) = external;

# Prints each of `values` as value:toString does, with no separator, then a
# newline.
public isolated function println(Printable... values) = external;
