// Declarations of ballerina/lang.future that bal2go implements, in the form of
// Ballerina's langlib (see lang.int.bal).

# Asks the strand of `f` to stop; waiting on `f` then gets an error.
public isolated function cancel(future<any|error> f) returns () = external;
