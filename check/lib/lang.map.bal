// Declarations of ballerina/lang.map that bal2go implements, in the form of
// Ballerina's langlib (see lang.int.bal). They apply to records too, records
// being mappings: a record passed for map<Type> binds Type to the union of
// its field types and rest field type.

# The member type of a mapping.
@typeParam
type Type any|error;

# Another type a function works with: map's result member type, reduce's
# accumulator.
@typeParam
type Type1 any|error;

# The number of members of `m`.
public isolated function length(map<any|error> m) returns int = external;

# The member of `m` with key `k`; a missing key panics.
public isolated function get(map<Type> m, string k) returns Type = external;

# A new mapping from each key of `m` to the tuple of the key and its member.
public isolated function entries(map<Type> m) returns map<[string, Type]> = external;

# A new mapping of `func` applied to each member of `m`, with the same keys.
public isolated function 'map(map<Type> m, @isolatedParam function(Type val) returns Type1 func)
        returns map<Type1> = external;

# Calls `func` on each member of `m`, in order.
public isolated function forEach(map<Type> m, @isolatedParam function(Type val) returns () func)
        returns () = external;

# A new mapping of the members of `m` for which `func` is true.
public isolated function filter(map<Type> m, @isolatedParam function(Type val) returns boolean func)
        returns map<Type> = external;

# `func` applied to `initial` and the first member, then to that result and
# the next member, and so on; `initial` when `m` is empty.
public isolated function reduce(map<Type> m, @isolatedParam function(Type1 accum, Type val) returns Type1 func,
        Type1 initial) returns Type1 = external;

# Removes the member of `m` with key `k` and returns it; a missing key panics.
public isolated function remove(map<Type> m, string k) returns Type = external;

# Removes the member of `m` with key `k` and returns it, or () when there is
# none.
public isolated function removeIfHasKey(map<Type> m, string k) returns Type? = external;

# Whether `m` has a member with key `k`.
public isolated function hasKey(map<Type> m, string k) returns boolean = external;

# The keys of `m`, in order.
public isolated function keys(map<any|error> m) returns string[] = external;

# A new list of the members of `m`, in order.
public isolated function toArray(map<Type> m) returns Type[] = external;

# Removes every member of `m`.
public isolated function removeAll(map<any|error> m) returns () = external;

# An iterator over the members of `m`, in the order of their keys: its next
# method gives `{value: v}` for each member still present, then ().
public isolated function iterator(map<Type> m) returns object {
    public isolated function next() returns record {| Type value; |}?;
} = external;
