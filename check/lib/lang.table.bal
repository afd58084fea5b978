// Declarations of ballerina/lang.table that bal2go implements, in the form of
// Ballerina's langlib (see lang.int.bal). iterator, which returns an iterator
// object, is not declared: bal2go has no iterator objects yet.

# The row type of a table.
@typeParam
type MapType map<any|error>;

# Another row type: map's result rows.
@typeParam
type MapType1 map<any|error>;

# A type a function works with: reduce's accumulator.
@typeParam
type Type any|error;

# The key type of a table.
@typeParam
type KeyType anydata;

# The number of members of `t`.
public isolated function length(table<map<any|error>> t) returns int = external;

# The member of `t` with key `k`; a missing key panics.
public isolated function get(table<MapType> key<KeyType> t, KeyType k) returns MapType = external;

# Adds `val` to `t`, replacing the member with the same key, which keeps its
# place; otherwise `val` becomes the last member.
public isolated function put(table<MapType> t, MapType val) returns () = external;

# Adds `val` to `t` as its last member; a member with the same key panics.
public isolated function add(table<MapType> t, MapType val) returns () = external;

# A new keyless table of `func` applied to each member of `t`, in order.
public isolated function 'map(table<MapType> t, @isolatedParam function(MapType val) returns MapType1 func)
        returns table<MapType1> key<never> = external;

# Calls `func` on each member of `t`, in order.
public isolated function forEach(table<MapType> t, @isolatedParam function(MapType val) returns () func)
        returns () = external;

# A new table of the members of `t` for which `func` is true, with the same key.
public isolated function filter(table<MapType> key<KeyType> t, @isolatedParam function(MapType val) returns boolean func)
        returns table<MapType> key<KeyType> = external;

# `func` applied to `initial` and the first member, then to that result and
# the next member, and so on; `initial` when `t` is empty.
public isolated function reduce(table<MapType> t, @isolatedParam function(Type accum, MapType val) returns Type func,
        Type initial) returns Type = external;

# Removes the member of `t` with key `k` and returns it; a missing key panics.
public isolated function remove(table<MapType> key<KeyType> t, KeyType k) returns MapType = external;

# Removes the member of `t` with key `k` and returns it, or () when there is
# none.
public isolated function removeIfHasKey(table<MapType> key<KeyType> t, KeyType k) returns MapType? = external;

# Removes every member of `t`.
public isolated function removeAll(table<map<any|error>> t) returns () = external;

# Whether `t` has a member with key `k`.
public isolated function hasKey(table<MapType> key<KeyType> t, KeyType k) returns boolean = external;

# The keys of `t`, in order.
public isolated function keys(table<map<any|error>> key<KeyType> t) returns KeyType[] = external;

# A new list of the members of `t`, in order.
public isolated function toArray(table<MapType> t) returns MapType[] = external;

# The largest int key used in `t` plus one, or 0 when `t` is empty.
public isolated function nextKey(table<MapType> key<int> t) returns int = external;
