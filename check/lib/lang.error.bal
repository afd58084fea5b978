// Declarations of ballerina/lang.error that bal2go implements, in the form of
// Ballerina's langlib (see lang.int.bal).

# The message of `e`.
public isolated function message(error e) returns string = external;

# The cause of `e`, or () when it has none.
public isolated function cause(error e) returns error? = external;

# The detail of `e`. Ballerina types it by the error's detail type
# (error<DetailType> e returns DetailType & readonly); bal2go's error types
# carry no detail type, so it is the read-only map every detail is.
public isolated function detail(error e) returns map<anydata> & readonly = external;
