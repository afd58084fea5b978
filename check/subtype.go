package check

// IsSubtype reports whether every value of a belongs to b (Ballerina's
// assignability for the types bal2go supports). Invalid types are
// compatible with everything so that one error does not cause more.
func IsSubtype(a, b *Type) bool {
	return subtype(a, b, 0)
}

const maxSubtypeDepth = 64

func subtype(a, b *Type, depth int) bool {
	if a == b {
		return true
	}
	if a == nil || b == nil {
		return a == b
	}
	if depth > maxSubtypeDepth {
		return true // recursive types: assume yes
	}
	depth++
	if a.Kind == KInvalid || b.Kind == KInvalid || a.Kind == KNever {
		return true
	}
	if a.Kind == KUnion {
		for _, m := range a.Members {
			if !subtype(m, b, depth) {
				return false
			}
		}
		return true
	}
	switch b.Kind {
	case KUnion:
		for _, m := range b.Members {
			if subtype(a, m, depth) {
				return true
			}
		}
		// boolean ≤ true|false
		if a.Kind == KBoolean {
			return subtype(SingletonOf(true), b, depth) && subtype(SingletonOf(false), b, depth)
		}
		return false
	case KAny:
		return a.Kind != KError
	case KAnydata:
		return isAnydata(a, depth)
	case KJSON:
		return isJSON(a, depth)
	case KReadonly:
		return isReadonlyValue(a)
	case KSingleton:
		return a.Kind == KSingleton && a.Value == b.Value
	}
	if a.Kind == KSingleton {
		return subtype(Basic(a), b, depth)
	}
	switch b.Kind {
	case KNil, KBoolean, KInt, KFloat, KDecimal, KString, KNever:
		return a.Kind == b.Kind
	case KError:
		if a.Kind != KError {
			return false
		}
		return b.Name == "" || b.Name == a.Name
	case KArray:
		switch a.Kind {
		case KArray:
			if b.Len >= 0 && a.Len != b.Len {
				return false
			}
			return subtype(a.Elem, b.Elem, depth)
		case KTuple:
			if b.Len >= 0 && (a.Rest != nil || len(a.Members) != b.Len) {
				return false
			}
			for _, m := range a.Members {
				if !subtype(m, b.Elem, depth) {
					return false
				}
			}
			return a.Rest == nil || subtype(a.Rest, b.Elem, depth)
		}
		return false
	case KTuple:
		switch a.Kind {
		case KTuple:
			if len(a.Members) < len(b.Members) && a.Rest == nil {
				return false
			}
			for i, bm := range b.Members {
				var am *Type
				if i < len(a.Members) {
					am = a.Members[i]
				} else {
					am = a.Rest
				}
				if !subtype(am, bm, depth) {
					return false
				}
			}
			for i := len(b.Members); i < len(a.Members); i++ {
				if b.Rest == nil || !subtype(a.Members[i], b.Rest, depth) {
					return false
				}
			}
			if a.Rest != nil {
				return b.Rest != nil && subtype(a.Rest, b.Rest, depth)
			}
			return true
		case KArray:
			if a.Len < 0 {
				return false
			}
			for i, bm := range b.Members {
				if i >= a.Len || !subtype(a.Elem, bm, depth) {
					return false
				}
			}
			return a.Len == len(b.Members) || (b.Rest != nil && subtype(a.Elem, b.Rest, depth))
		}
		return false
	case KMap:
		switch a.Kind {
		case KMap:
			return subtype(a.Elem, b.Elem, depth)
		case KRecord:
			for _, f := range a.Fields {
				if !subtype(f.Type, b.Elem, depth) {
					return false
				}
			}
			return recordRest(a) == nil || subtype(recordRest(a), b.Elem, depth)
		}
		return false
	case KRecord:
		switch a.Kind {
		case KRecord:
			if a.Name != "" && a == b {
				return true
			}
			for _, bf := range b.Fields {
				af := a.FieldByName(bf.Name)
				if af == nil {
					if !bf.Optional {
						return false
					}
					if r := recordRest(a); r != nil && !subtype(r, bf.Type, depth) {
						return false
					}
					continue
				}
				if af.Optional && !bf.Optional {
					return false
				}
				if !subtype(af.Type, bf.Type, depth) {
					return false
				}
			}
			// fields of a that b does not name must fit b's rest
			for _, af := range a.Fields {
				if b.FieldByName(af.Name) != nil {
					continue
				}
				br := recordRest(b)
				if br == nil || !subtype(af.Type, br, depth) {
					return false
				}
			}
			ar, br := recordRest(a), recordRest(b)
			if ar != nil {
				return br != nil && subtype(ar, br, depth)
			}
			return true
		case KMap:
			// map<T> ≤ record{| T...; |} only when b has no required fields
			for _, bf := range b.Fields {
				if !bf.Optional {
					return false
				}
			}
			br := recordRest(b)
			return br != nil && subtype(a.Elem, br, depth)
		}
		return false
	case KFunc:
		if a.Kind != KFunc {
			return false
		}
		if b.Params == nil && b.Ret == nil && b.RestP == nil {
			return true // bare `function`
		}
		if len(a.Params) != len(b.Params) || (a.RestP == nil) != (b.RestP == nil) {
			return false
		}
		for i := range a.Params {
			if !subtype(b.Params[i], a.Params[i], depth) {
				return false
			}
		}
		if a.RestP != nil && !subtype(b.RestP, a.RestP, depth) {
			return false
		}
		return subtype(retOf(a), retOf(b), depth)
	case KFuture:
		return a.Kind == KFuture && subtype(a.Elem, b.Elem, depth)
	case KTypedesc:
		return a.Kind == KTypedesc && subtype(a.Elem, b.Elem, depth)
	case KObject:
		return a.Kind == KObject && a.Module == b.Module && a.Name == b.Name
	}
	return false
}

func retOf(f *Type) *Type {
	if f.Ret == nil {
		return Nil
	}
	return f.Ret
}

// recordRest is the type of the record's rest fields: the declared rest
// type of a closed record with T...;, anydata for an open record, nil for a
// closed record without rest.
func recordRest(r *Type) *Type {
	if r.Closed {
		return r.Rest
	}
	if r.Rest != nil {
		return r.Rest
	}
	return Anydata
}

func isAnydata(a *Type, depth int) bool {
	switch a.Kind {
	case KNil, KBoolean, KInt, KFloat, KDecimal, KString, KAnydata, KJSON, KSingleton, KNever:
		return true
	case KArray, KMap:
		return subtype(a.Elem, Anydata, depth)
	case KTuple:
		for _, m := range a.Members {
			if !subtype(m, Anydata, depth) {
				return false
			}
		}
		return a.Rest == nil || subtype(a.Rest, Anydata, depth)
	case KRecord:
		for _, f := range a.Fields {
			if !subtype(f.Type, Anydata, depth) {
				return false
			}
		}
		return recordRest(a) == nil || subtype(recordRest(a), Anydata, depth)
	case KUnion:
		for _, m := range a.Members {
			if !isAnydata(m, depth) {
				return false
			}
		}
		return true
	}
	return false
}

func isJSON(a *Type, depth int) bool {
	switch a.Kind {
	case KNil, KBoolean, KInt, KFloat, KDecimal, KString, KJSON, KNever:
		return true
	case KSingleton:
		return true
	case KArray, KMap:
		return subtype(a.Elem, JSON, depth)
	case KTuple:
		for _, m := range a.Members {
			if !subtype(m, JSON, depth) {
				return false
			}
		}
		return a.Rest == nil || subtype(a.Rest, JSON, depth)
	case KRecord:
		for _, f := range a.Fields {
			if !subtype(f.Type, JSON, depth) {
				return false
			}
		}
		return recordRest(a) == nil || subtype(recordRest(a), JSON, depth)
	case KUnion:
		for _, m := range a.Members {
			if !isJSON(m, depth) {
				return false
			}
		}
		return true
	}
	return false
}

func isReadonlyValue(a *Type) bool {
	switch a.Kind {
	case KNil, KBoolean, KInt, KFloat, KDecimal, KString, KSingleton, KError, KFunc, KReadonly:
		return true
	}
	return false
}

// Intersect approximates t ∩ u for type narrowing: the members of t that
// are subtypes of u, or u itself when it is narrower than t.
func Intersect(t, u *Type) *Type {
	if IsSubtype(t, u) {
		return t
	}
	if IsSubtype(u, t) {
		return u
	}
	var ms []*Type
	for _, m := range MembersOf(t) {
		if IsSubtype(m, u) {
			ms = append(ms, m)
		} else if IsSubtype(u, m) {
			ms = append(ms, u)
		} else {
			for _, um := range MembersOf(u) {
				if IsSubtype(um, m) || sharesShape(m, um) {
					ms = append(ms, um)
				} else if sharesShape(um, m) {
					ms = append(ms, m)
				}
			}
		}
	}
	return Union(ms...)
}

// sharesShape reports whether some value of the record type r has a shape that
// belongs to json (or anydata) t although r is not a subtype of t: an open
// record {int x;} (rest anydata) and json share {x: 1}, which a read-only
// map<json> can be (spec, "Type membership": read-only values belong by
// shape). Narrowing to the record stands for the intersection.
func sharesShape(t, r *Type) bool {
	if (t.Kind != KJSON && t.Kind != KAnydata) || r.Kind != KRecord {
		return false
	}
	for _, f := range r.Fields {
		if !f.Optional && Intersect(f.Type, t).Kind == KNever {
			return false
		}
	}
	return true
}

// Diff approximates t \ u for type narrowing in the negative branch.
func Diff(t, u *Type) *Type {
	var ms []*Type
	for _, m := range MembersOf(t) {
		if IsSubtype(m, u) {
			continue
		}
		// (any|error) minus error gives any; any minus () stays any.
		if m.Kind == KBoolean {
			var rest []*Type
			for _, v := range []bool{true, false} {
				if !IsSubtype(SingletonOf(v), u) {
					rest = append(rest, SingletonOf(v))
				}
			}
			if len(rest) == 1 {
				ms = append(ms, rest[0])
				continue
			}
		}
		ms = append(ms, m)
	}
	return Union(ms...)
}
