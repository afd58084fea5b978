// Declarations of ballerina/lang.runtime that bal2go implements, in the form
// of Ballerina's langlib (see lang.int.bal).

# Suspends the current strand for `seconds` seconds. bal2go has no decimal
# values: a float (or a numeric literal) is passed for the decimal.
public isolated function sleep(decimal seconds) returns () = external;

# A listener the program registers with `registerListener`: the program keeps
# running while it listens, and stops it gracefully when the program ends
# (SIGINT or SIGTERM).
public type DynamicListener object {
    public function 'start() returns error?;
    public function gracefulStop() returns error?;
    public function immediateStop() returns error?;
};

# Registers `listener`: the program keeps running after main, and stops it
# gracefully when it ends.
public isolated function registerListener(DynamicListener 'listener) = external;

# Deregisters `listener`: it is no longer stopped when the program ends.
public isolated function deregisterListener(DynamicListener 'listener) = external;
