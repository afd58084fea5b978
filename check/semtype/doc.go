// Package semtype is bal2go's type algebra: Ballerina types as sets of shapes.
//
// # Design
//
// The Ballerina specification defines a type as a set of shapes and subtyping as set
// inclusion ("Types, values and shapes"); `A|B`, `A & B`, singletons, `readonly`, int
// ranges and recursive types are all set operations on it. bal2go implements that
// definition directly, in the style of Ballerina's own "semantic types" (the approach of
// Frisch, Castagna and Benzaken's semantic subtyping), rather than as a structural
// comparison of type trees:
//
//   - A SemType is split by basic type (nil, boolean, int, …, list, mapping, function,
//     error, future, …). For each basic type it holds either all of it, none of it, or a
//     subtype: an int range list, a finite or cofinite set of floats, decimals or strings,
//     one boolean, or a binary decision diagram (BDD) over atoms for the structured
//     basic types. Union, intersection, difference and complement are exact operations
//     on that representation, so `Intersect` and `Diff` for narrowing are the algebra's,
//     not approximations.
//   - Atoms are the building blocks of structured types: a list atom is a tuple of member
//     types with a rest type (`int[]`, `[int, string...]`), a mapping atom is a set of
//     named field types with a rest type (records and maps; an optional field's type
//     includes Undef, the absence of the field), a function atom is a parameter list
//     type and a return type. Covariant constructors (future, typedesc, stream)
//     share one small theory; a table is described by the list [rows, key type, key
//     names] (cell.go). An object type is a mapping type over the object basic
//     type whose member names map to [kind, visibility, type] descriptors, with its
//     qualifiers (isolated, client, service) and distinct type ids as id atoms beside
//     them, as an error type's ids sit beside its detail (object.go). Atoms are
//     allocated before their members are known, which is how recursive types are
//     built (ListDefinition, MappingDefinition, ObjectDefinition).
//   - Mutability is a split of the structured basic types: ListRO holds the read-only
//     lists, ListRW the mutable ones, and so on. A list type built by a definition is the
//     union of its mutable part and its read-only part (whose members are intersected
//     with readonly); `readonly & T` is then plain intersection with Readonly.
//   - Subtyping is emptiness of a difference: A ≤ B iff A \ B is empty. Emptiness of a
//     BDD is decided path by path (a conjunction of positive and negative atoms) and
//     memoized per Context; a formula met again while it is being decided is assumed
//     empty, which is exact for recursive types because Ballerina shapes are finite:
//     results that depended on an assumption are kept only if the assumption holds.
//
// The emptiness memo goes by a BDD's structure (its key), not its identity, so a formula
// built again while deciding a recursive type is recognised as the one being decided.
//
// The checker keeps its descriptive types (names, field order, how a type was written)
// for messages and for code generation; it derives a SemType from them for every
// relational question. Nothing here knows about syntax or Go.
package semtype
