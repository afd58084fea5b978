// Declarations of ballerina/lang.stream that bal2go implements, in the form of
// Ballerina's langlib (see lang.int.bal). A stream is lazy and single-pass: map
// and filter build new streams that pull from theirs only when they are pulled
// from; a completion value (() or an error) ends a stream.

# The member type of a stream.
@typeParam
type Type any|error;

# The error a stream may complete with (reduce's error result).
@typeParam
type ErrorType error;

# The completion type of a stream: () when it ends normally, or an error.
@typeParam
type CompletionType error?;

# map's result member type, reduce's accumulator.
@typeParam
type Type1 any|error;

# The next member of `stm` as `{value: v}`, or its completion value once it
# has ended.
public isolated function next(stream<Type, CompletionType> stm) returns record {| Type value; |}|CompletionType = external;

# An iterator over the members of `stm`: its next method pulls from `stm`.
public isolated function iterator(stream<Type, CompletionType> stm) returns object {
    public isolated function next() returns record {| Type value; |}|CompletionType;
} = external;

# Closes `stm`, which gives no members afterwards; closing it again does nothing.
public isolated function close(stream<Type, CompletionType> stm) returns CompletionType? = external;

# A new stream of `func` applied to each member of `stm`, in order, as they
# are pulled.
public isolated function 'map(stream<Type, CompletionType> stm, @isolatedParam function(Type val) returns Type1 func)
        returns stream<Type1, CompletionType> = external;

# Calls `func` on each member of `stm`, in order, and returns its completion
# value.
public isolated function forEach(stream<Type, CompletionType> stm, @isolatedParam function(Type val) returns () func)
        returns CompletionType = external;

# A new stream of the members of `stm` for which `func` is true, pulled as
# they are needed.
public isolated function filter(stream<Type, CompletionType> stm, @isolatedParam function(Type val) returns boolean func)
        returns stream<Type, CompletionType> = external;

# `func` applied to `initial` and the first member, then to that result and
# the next member, and so on; the error `stm` completes with, if it does.
public isolated function reduce(stream<Type, ErrorType?> stm, @isolatedParam function(Type1 accum, Type val) returns Type1 func,
        Type1 initial) returns Type1|ErrorType = external;
