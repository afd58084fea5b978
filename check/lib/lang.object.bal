// Declarations of ballerina/lang.object that bal2go implements, in the form of
// Ballerina's langlib (see lang.int.bal).

# The value of a raw template (a backtick template without a tag, `a ${x} b`):
# the strings around its insertions, and the values of the insertions.
public type RawTemplate distinct object {
    public (readonly & string[]) strings;
    public (any|error)[] insertions;
};

# An iterable object: `foreach` and query expressions iterate over the
# sequence its iterator gives.
public type Iterable distinct object {
    public function iterator() returns object {
        public function next() returns record {| any|error value; |}|error?;
    };
};
