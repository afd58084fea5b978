// Declarations of ballerina/lang.runtime that bal2go implements, in the form
// of Ballerina's langlib (see lang.int.bal).

# Suspends the current strand for `seconds` seconds. bal2go has no decimal
# values: a float (or a numeric literal) is passed for the decimal.
public isolated function sleep(decimal seconds) returns () = external;
