// Declarations of ballerina/lang.value that bal2go implements, in the form of
// Ballerina's langlib (see lang.int.bal). A method call on a value of any type
// falls back on this module when the module of the value's basic type has no
// function of that name.

# The values `clone` copies. Ballerina's bound is lang.value's Cloneable
# (readonly|xml|Cloneable[]|map<Cloneable>|table<map<Cloneable>>): of its
# members, bal2go has anydata and the error values (which are read-only).
@typeParam
type CloneableType anydata|error;

# A deep copy of `v`, sharing its read-only parts.
public isolated function clone(CloneableType v) returns CloneableType = external;

# A read-only deep copy of `v`, or `v` itself when it is read-only.
public isolated function cloneReadOnly(CloneableType v) returns CloneableType & readonly = external;

# Whether `v` is read-only.
public isolated function isReadOnly(anydata v) returns boolean = external;

# `v` as a string, the way io:println prints it.
public isolated function toString((any|error) v) returns string = external;

# `v` as a string in Ballerina's expression syntax.
public isolated function toBalString((any|error) v) returns string = external;

# `v` as JSON text.
public isolated function toJsonString(anydata v) returns string = external;

# The JSON value the text `str` denotes, or an error.
public isolated function fromJsonString(string str) returns json|error = external;

# Constructs a value with a specified type by cloning another value: numbers are
# converted where the type needs it, mappings become records, lists become tuples.
# Returns an error when the value's shape does not fit.
public isolated function cloneWithType(anydata v, typedesc<anydata> t = <>) returns t|error = external;

# Safely casts a value to a type: like a type cast, but returns an error instead of
# panicking.
public isolated function ensureType(any|error v, typedesc<any> t = <>) returns t|error = external;

# Converts a value of type json to a user-specified type, like cloneWithType.
public isolated function fromJsonWithType(json v, typedesc<anydata> t = <>) returns t|error = external;

# Converts a string in JSON format to a user-specified type.
public isolated function fromJsonStringWithType(string str, typedesc<anydata> t = <>) returns t|error = external;

# Converts a value of type anydata to json: records and maps become map<json>, tables
# and lists json[].
public isolated function toJson(anydata v) returns json = external;

# The type of the arguments of `first` and `last`, which return one of them.
@typeParam
type AnyType any|error;

# The number of arguments.
public isolated function count(any|error... vs) returns int = external;

# The first argument.
public isolated function first(AnyType v, AnyType... vs) returns AnyType = external;

# The last argument.
public isolated function last(AnyType v, AnyType... vs) returns AnyType = external;

# Merges `j2` into `j1`: () gives the other value; two mappings merge member by
# member, `j1` getting the members of `j2` it lacks; anything else is an error, and
# `j1` is then unchanged.
public isolated function mergeJson(json j1, json j2) returns json|error = external;

