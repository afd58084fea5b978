// Declarations of ballerina/lang.array that bal2go implements, in the form of
// Ballerina's langlib (see lang.int.bal). The functions are generic in the
// member type of the list: a call binds the type parameters from its
// arguments (the list's member type for Type, the function argument's
// result or the initial value for Type1).

# The member type of a list.
@typeParam
type Type any|error;

# Another type a function works with: map's result member type, reduce's
# accumulator.
@typeParam
type Type1 any|error;

# The member type of a list of anydata values.
@typeParam
type AnydataType anydata;

# The number of members of `arr`.
public isolated function length((any|error)[] arr) returns int = external;

# A new list of `func` applied to each member of `arr`, in order.
public isolated function 'map(Type[] arr, @isolatedParam function(Type val) returns Type1 func)
        returns Type1[] = external;

# Calls `func` on each member of `arr`, in order.
public isolated function forEach(Type[] arr, @isolatedParam function(Type val) returns () func)
        returns () = external;

# A new list of the members of `arr` for which `func` is true, in order.
public isolated function filter(Type[] arr, @isolatedParam function(Type val) returns boolean func)
        returns Type[] = external;

# `func` applied to `initial` and the first member, then to that result and
# the next member, and so on; `initial` when `arr` is empty.
public isolated function reduce(Type[] arr, @isolatedParam function(Type1 accum, Type val) returns Type1 func,
        Type1 initial) returns Type1 = external;

# Whether `func` is true for some member of `arr`; stops at the first.
public isolated function some(Type[] arr, @isolatedParam function(Type val) returns boolean func)
        returns boolean = external;

# Whether `func` is true for every member of `arr`; stops at the first that
# is not.
public isolated function every(Type[] arr, @isolatedParam function(Type val) returns boolean func)
        returns boolean = external;

# A new list of the members of `arr` from `startIndex` (inclusive) to
# `endIndex` (exclusive).
public isolated function slice(Type[] arr, int startIndex, int endIndex = arr.length()) returns Type[] = external;

# Removes the member of `arr` at `index` and returns it; the members after
# it move down.
public isolated function remove(Type[] arr, int index) returns Type = external;

# The index of the first member of `arr` at or after `startIndex` that is
# == `val`, or () when there is none.
public isolated function indexOf(AnydataType[] arr, AnydataType val, int startIndex = 0) returns int? = external;

# The index of the last member of `arr` at or before `startIndex` that is
# == `val`, or () when there is none.
public isolated function lastIndexOf(AnydataType[] arr, AnydataType val,
        int startIndex = arr.length() - 1) returns int? = external;

# A new list of the members of `arr` in reverse order.
public isolated function reverse(Type[] arr) returns Type[] = external;

# Sorts in ascending order.
public const ASCENDING = "ascending";

# Sorts in descending order.
public const DESCENDING = "descending";

# The direction of a sort.
public type SortDirection ASCENDING|DESCENDING;

# The values a list can be sorted by: the ordered types (Ballerina's
# OrderedType is recursive; bal2go's goes one list deep).
public type OrderedType ()|boolean|int|float|decimal|string|(()|boolean|int|float|decimal|string)[];

# A new list of the members of `arr` sorted, stably, by their value or by
# `key` of each, in `direction`; () keys, and NaN, come last in both
# directions.
public isolated function sort(Type[] arr, SortDirection direction = ASCENDING,
        (isolated function (Type val) returns OrderedType)? key = ()) returns Type[] = external;

# Removes the last member of `arr` and returns it.
public isolated function pop(Type[] arr) returns Type = external;

# Adds `vals` at the end of `arr`.
public isolated function push(Type[] arr, Type... vals) returns () = external;

# Removes the first member of `arr` and returns it; the others move down.
public isolated function shift(Type[] arr) returns Type = external;

# `arr`'s bytes in Base64 (standard alphabet, padded).
public isolated function toBase64(byte[] arr) returns string = external;

# The bytes Base64 text `str` encodes, or an error.
public isolated function fromBase64(string str) returns byte[]|error = external;

# `arr`'s bytes in lower-case hexadecimal.
public isolated function toBase16(byte[] arr) returns string = external;

# The bytes hexadecimal text `str` encodes, or an error.
public isolated function fromBase16(string str) returns byte[]|error = external;

# A new list of `[index, member]` for each member of `arr`, in order.
public isolated function enumerate(Type[] arr) returns [int, Type][] = external;

# A stream of the members of `arr`, in order. The stream reads `arr` as it is
# pulled from.
public isolated function toStream(Type[] arr) returns stream<Type> = external;

# Removes every member of `arr`; a list of fixed length panics.
public isolated function removeAll((any|error)[] arr) returns () = external;

# Changes the length of `arr` to `length`: members past it are removed,
# missing ones get filler values (a member type without one panics).
public isolated function setLength((any|error)[] arr, int length) returns () = external;

# Adds `vals` at the start of `arr`, in order; the others move up.
public isolated function unshift(Type[] arr, Type... vals) returns () = external;

# An iterator over the members of `arr`, in order: its next method gives
# `{value: v}` for each, then ().
public isolated function iterator(Type[] arr) returns object {
    public isolated function next() returns record {| Type value; |}?;
} = external;
