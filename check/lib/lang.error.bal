// Declarations of ballerina/lang.error that bal2go implements, in the form of
// Ballerina's langlib (see lang.int.bal).

# The message of `e`.
public isolated function message(error e) returns string = external;

# The cause of `e`, or () when it has none.
public isolated function cause(error e) returns error? = external;

# The detail type of an error: the record or map its detail values have
# (Ballerina's bound is lang.error:Detail, a record {| Cloneable...; |}: with the
# read-only detail, every read-only mapping, as this bound is).
@typeParam
type DetailType map<any|error>;

# The detail of `e`, of its detail type: Detail in `error<Detail> e`, a
# read-only map of a plain error.
public isolated function detail(error<DetailType> e) returns readonly & DetailType = external;

# The type of the detail of an error: a record of read-only values (Ballerina's
# record {| Cloneable...; |}, whose members are the anydata and read-only values).
public type Detail record {| (anydata|readonly)...; |};

# `e` as a string, the way io:println prints it (as value:toString).
public isolated function toString(error e) returns string = external;

# `e` in Ballerina's expression syntax (as value:toBalString).
public isolated function toBalString(error e) returns string = external;
