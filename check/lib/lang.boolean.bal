// Declarations of ballerina/lang.boolean that bal2go implements, in the form
// of Ballerina's langlib (see lang.int.bal).

# The boolean `s` represents: true or false in any case, 1 or 0; otherwise an
# error.
public isolated function fromString(string s) returns boolean|error = external;
