package check

import (
	"slices"

	"github.com/bal2go/bal2go/check/semtype"
	"github.com/bal2go/bal2go/frontend"
)

// resolveNamedType resolves a module type definition once, guarding
// against cycles (a recursive record refers to itself through the
// placeholder created before its fields are resolved).
func (c *checker) resolveNamedType(name string) *Type {
	sym := c.types[name]
	if sym == nil {
		return nil
	}
	if sym.Type != nil {
		return sym.Type
	}
	var decl *frontend.TypeDecl
	for _, d := range c.prog.File.Decls {
		switch d := d.(type) {
		case *frontend.TypeDecl:
			if d.Name == name {
				decl = d
			}
		case *frontend.EnumDecl:
			if d.Name == name {
				sym.Type = c.enumType(d)
				return sym.Type
			}
		}
		if decl != nil {
			break
		}
	}
	if decl == nil {
		return Invalid
	}
	if tp := c.typeParamOf(decl); tp != nil {
		sym.Type = tp
		return tp
	}
	if c.resolving[name] {
		c.errorf(decl.Pos(), "invalid cyclic type reference in '[%s, %s]'", name, name)
		sym.Type = Invalid
		return Invalid
	}
	// Records get a placeholder first so that fields can refer back to it.
	if rt, ok := decl.Type.(*frontend.RecordType); ok {
		t := &Type{Kind: KRecord, Name: name, incomplete: true}
		sym.Type = t
		c.fillRecord(t, rt)
		t.incomplete = false
		c.addRecord(t)
		c.prog.TypeOf[decl.Type] = t
		return t
	}
	if ot := objectTypeExpr(decl.Type); ot != nil {
		// Object types, too, may refer to themselves (object { Node? next; }).
		t := &Type{Kind: KObject, Name: name, incomplete: true}
		sym.Type = t
		c.objectTypeDesc(t, ot)
		if _, ok := decl.Type.(*frontend.DistinctType); ok {
			t.Distinct = append(t.Distinct, semtype.NewDistinctID(name))
		}
		c.prog.TypeOf[decl.Type] = t
		return t
	}
	c.resolving[name] = true
	outerName := c.typeDeclName
	c.typeDeclName = name
	t := c.resolveType(decl.Type)
	c.typeDeclName = outerName
	delete(c.resolving, name)
	if t.Kind == KRecord && t.Name == "" {
		// readonly & record {…}: the record itself gets the name (its Go struct too)
		t.Name = name
		sym.Type = t
		return t
	}
	if t.Kind != KInvalid && t.Name == "" {
		t = t.withName(name)
	}
	sym.Type = t
	return t
}

// intersection is t & u when bal2go can describe it: the smaller of the two when
// one contains the other, and for two error types the error type with the type ids
// of both and the smaller detail type (spec: an intersection of error types, e.g.
// `type FileIoError IoError & FileError`, has the ids of each). It returns nil
// otherwise.
func (c *checker) intersection(t, u *Type) *Type {
	switch {
	case t.Kind == KError && u.Kind == KError && t != NoMessageError && u != NoMessageError:
		detail := t.Elem
		switch {
		case u.Elem == nil:
		case t.Elem == nil || IsSubtype(u.Elem, t.Elem):
			detail = u.Elem
		case !IsSubtype(t.Elem, u.Elem):
			if detail = c.recordIntersection(t.Elem, u.Elem); detail == nil {
				return nil // two detail records bal2go cannot intersect
			}
		}
		ids := slices.Clip(t.Distinct)
		for _, id := range u.Distinct {
			if !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
		return &Type{Kind: KError, Elem: detail, Distinct: ids}
	case IsSubtype(t, u):
		return t
	case IsSubtype(u, t):
		return u
	case t.Kind == KRecord && u.Kind == KRecord:
		return c.recordIntersection(t, u)
	}
	return nil
}

// recordIntersection is the intersection of two closed records with the same
// fields: each field of the intersection of the two field types, required when
// either requires it (record {| int|string value; |} & record {| int|float
// value; |} is record {| int value; |}). It returns nil for other records.
func (c *checker) recordIntersection(t, u *Type) *Type {
	if t.Kind != KRecord || u.Kind != KRecord || !t.Closed || !u.Closed || t.Rest != nil || u.Rest != nil ||
		len(t.Fields) != len(u.Fields) {
		return nil
	}
	r := &Type{Kind: KRecord, Closed: true}
	for _, f := range t.Fields {
		g := u.FieldByName(f.Name)
		if g == nil {
			return nil
		}
		ft := Intersect(f.Type, g.Type)
		if ft.Kind == KNever || Disjoint(f.Type, g.Type) {
			return nil
		}
		r.Fields = append(r.Fields, &Field{Name: f.Name, Type: ft, Optional: f.Optional && g.Optional,
			Readonly: f.Readonly || g.Readonly})
	}
	c.addRecord(r)
	return r
}

// enumType is the type an enum declaration defines: the union of its
// members' singleton types (spec: enum declarations).
func (c *checker) enumType(d *frontend.EnumDecl) *Type {
	var ms []*Type
	for _, m := range d.Members {
		sym := c.prog.Defs[m]
		c.ensureConst(sym)
		if sym.Type == nil || sym.Type.Kind == KInvalid {
			return Invalid
		}
		ms = append(ms, sym.Type)
	}
	return Union(ms...).withName(d.Name)
}

// objectTypeExpr returns the object type descriptor te is, or is made distinct of.
func objectTypeExpr(te frontend.TypeExpr) *frontend.ObjectType {
	if d, ok := te.(*frontend.DistinctType); ok {
		te = d.Elem
	}
	ot, _ := te.(*frontend.ObjectType)
	return ot
}

// distinctName names the type id of a `distinct` in the definition of type name
// ("" outside a type definition).
func distinctName(name string) string {
	if name == "" {
		return "distinct"
	}
	return name
}

func (c *checker) addRecord(t *Type) {
	c.recordID++
	t.ID = c.recordID
	c.prog.Records = append(c.prog.Records, t)
}

// resolveType turns a written type into a Type and records it.
func (c *checker) resolveType(te frontend.TypeExpr) *Type {
	if te == nil {
		return Nil
	}
	t := c.resolveType1(te)
	c.prog.TypeOf[te] = t
	return t
}

func (c *checker) resolveType1(te frontend.TypeExpr) *Type {
	switch te := te.(type) {
	case *frontend.BadType:
		return Invalid
	case *frontend.BuiltinType:
		switch te.Name {
		case "int":
			return Int
		case "float":
			return Float
		case "boolean":
			return Boolean
		case "string":
			return String
		case "any":
			return Any
		case "anydata":
			return Anydata
		case "json":
			return JSON
		case "error":
			return Error
		case "never":
			return Never
		case "readonly":
			return Readonly
		case "byte":
			return Byte
		case "decimal":
			return Decimal
		default:
			c.unsupported(te.Pos(), "type '"+te.Name+"'")
			return Invalid
		}
	case *frontend.NilType:
		return Nil
	case *frontend.NamedType:
		if te.Prefix != "" {
			mod, ok := c.modulePrefix(te.Pos(), te.Prefix)
			if !ok {
				return Invalid
			}
			// the predeclared subtypes first: the library's own declarations
			// use them (string:Char in lang.string) while it is being loaded
			if t := langlibSubtype(mod, te.Name); t != nil {
				return t
			}
			if t := libType(mod, te.Name); t != nil {
				c.adoptLibType(t)
				return t
			}
			if mod == "error" && te.Name == "NoMessage" {
				return NoMessageError
			}
			if mod == "value" && te.Name == "Cloneable" {
				return Anydata
			}
			if f := libraryFeature(mod, te.Name, "type"); f != "" {
				c.unsupported(te.Pos(), f)
				return Invalid
			}
			c.errorf(te.Pos(), "unknown type '%s'", te.Name)
			return Invalid
		}
		if tp := c.dependent[te.Name]; tp != nil {
			if !c.library {
				// jBallerina's dependently_typed_functions_test
				c.dependentRef[te.Name] = true
				c.errorf(te.Pos(), "a function with a non-'external' function body cannot be a dependently-typed function")
			}
			return tp
		}
		if sym := c.types[te.Name]; sym != nil {
			return c.resolveNamedType(te.Name)
		}
		// A constant used as a type is the singleton of its value.
		if sym := c.module.names[te.Name]; sym != nil && sym.Kind == SymConst {
			c.ensureConst(sym)
			if sym.Type == nil || sym.Type.Kind == KInvalid {
				return Invalid
			}
			if sym.Structured {
				return sym.Type
			}
			return constType(sym.Const)
		}
		c.errorf(te.Pos(), "unknown type '%s'", te.Name)
		return Invalid
	case *frontend.ArrayType:
		elem := c.resolveType(te.Elem)
		n := -1
		if te.Len != nil {
			c.expr(te.Len, Int)
			v, ok := c.constValue(te.Len)
			iv, isInt := v.(int64)
			if !ok || !isInt || iv < 0 {
				c.errorf(te.Len.Pos(), "invalid array length: expected a non-negative constant integer")
			} else {
				n = int(iv)
			}
		}
		if te.Inferred {
			return &Type{Kind: KArray, Elem: elem, Len: -2}
		}
		return ArrayOf(elem, n)
	case *frontend.OptionalType:
		return Optional(c.resolveType(te.Elem))
	case *frontend.UnionType:
		var ms []*Type
		for _, m := range te.Members {
			ms = append(ms, c.resolveType(m))
		}
		return Union(ms...)
	case *frontend.IntersectionType:
		// readonly & T, T & U where one contains the other, and error types.
		var res *Type
		readonly := false
		for _, m := range te.Members {
			mt := c.resolveType(m)
			if mt.Kind == KInvalid {
				return Invalid
			}
			if mt.Kind == KReadonly && !mt.ReadOnly {
				readonly = true
				continue
			}
			if res != nil {
				if res = c.intersection(res, mt); res == nil {
					c.unsupported(te.Pos(), "intersection types other than 'readonly & T' and of error types")
					return Invalid
				}
				continue
			}
			res = mt
		}
		switch {
		case res == nil:
			return Readonly
		case readonly:
			return ReadOnlyOf(res)
		}
		return res
	case *frontend.TupleType:
		var ms []*Type
		for _, m := range te.Members {
			ms = append(ms, c.resolveType(m))
		}
		var rest *Type
		if te.Rest != nil {
			rest = c.resolveType(te.Rest)
		}
		return TupleOf(ms, rest)
	case *frontend.MapType:
		return MapOf(c.resolveType(te.Elem))
	case *frontend.FutureType:
		if te.Elem == nil {
			return FutureOf(Any)
		}
		return FutureOf(c.resolveType(te.Elem))
	case *frontend.StreamType:
		return c.streamType(te)
	case *frontend.ErrorType:
		if te.Detail == nil {
			return Error
		}
		d := c.resolveType(te.Detail)
		if d.Kind == KInvalid {
			return Invalid
		}
		return &Type{Kind: KError, Elem: d} // error<D>: the errors whose detail is a D
	case *frontend.TableType:
		return c.tableType(te)
	case *frontend.TypedescType:
		if te.Elem == nil {
			return TypedescOf(Union(Any, Error)) // typedesc: typedesc<any|error>
		}
		elem := c.resolveType(te.Elem)
		if elem.Kind == KInvalid {
			return Invalid
		}
		return TypedescOf(elem)
	case *frontend.RecordType:
		t := &Type{Kind: KRecord, incomplete: true}
		c.fillRecord(t, te)
		t.incomplete = false
		c.addRecord(t)
		return t
	case *frontend.FuncType:
		if te.Any {
			return &Type{Kind: KFunc, Isolated: te.Isolated}
		}
		t := c.signature(&frontend.FuncSig{Params: te.Params, Return: te.Return}, nil)
		t.Isolated = te.Isolated
		return t
	case *frontend.SingletonType:
		c.expr(te.Value, nil)
		v, ok := c.constValue(te.Value)
		if !ok {
			c.errorf(te.Pos(), "invalid singleton type")
			return Invalid
		}
		return constType(v)
	case *frontend.ObjectType:
		t := &Type{Kind: KObject}
		c.objectTypeDesc(t, te)
		return t
	case *frontend.DistinctType:
		t := c.resolveType(te.Elem)
		if t.Kind == KInvalid {
			return Invalid
		}
		if t.Kind == KObject && t.Obj != nil {
			d := t.withName("")
			d.Distinct = append(slices.Clip(t.Distinct), semtype.NewDistinctID(distinctName(c.typeDeclName)))
			return d
		}
		if t.Kind != KError || t == NoMessageError {
			c.unsupported(te.Pos(), "distinct types")
			c.skipped = true // distinct object { … }
			return Invalid
		}
		// a new type id, added to those of t (type F distinct E)
		d := &Type{Kind: KError, Elem: t.Elem, Distinct: slices.Clip(t.Distinct)}
		d.Distinct = append(d.Distinct, semtype.NewDistinctID(distinctName(c.typeDeclName)))
		return d
	}
	c.unsupported(te.Pos(), "this type")
	return Invalid
}

func (c *checker) fillRecord(t *Type, rt *frontend.RecordType) {
	t.Closed = rt.Closed
	for _, inc := range rt.Includes {
		it := c.resolveType(inc)
		if it.Kind != KRecord {
			if it.Kind != KInvalid {
				c.errorf(inc.Pos(), "invalid type inclusion: expected a record type")
			}
			continue
		}
		for _, f := range it.Fields {
			cp := *f
			t.Fields = append(t.Fields, &cp)
		}
		if it.Rest != nil && t.Rest == nil {
			t.Rest = it.Rest
		}
	}
	for _, f := range rt.Fields {
		ft := c.resolveType(f.Type)
		if f.Readonly {
			ft = ReadOnlyOf(ft) // a readonly field holds a read-only value
		}
		if old := t.FieldByName(f.Name); old != nil {
			// an own field overrides an included one
			old.Type = ft
			old.Optional = f.Optional
			continue
		}
		fld := &Field{Name: f.Name, Type: ft, Optional: f.Optional, Readonly: f.Readonly}
		if f.Default != nil {
			fld.HasDefault = true
			fld.Default = f.Default
			if c.defaults != nil {
				def := f.Default
				c.defaults = append(c.defaults, func() { c.expr(def, ft) })
			} else {
				c.expr(f.Default, ft)
			}
		}
		t.Fields = append(t.Fields, fld)
	}
	if rt.Rest != nil {
		t.Rest = c.resolveType(rt.Rest)
	}
	if !t.Closed && rt.Rest == nil {
		t.Rest = nil // open record: rest is anydata (see recordRest)
	}
}

// langlibSubtype returns the predeclared subtype types of lang.int and lang.string.
func langlibSubtype(mod, name string) *Type {
	switch mod + ":" + name {
	case "int:Signed8":
		return Signed8
	case "int:Signed16":
		return Signed16
	case "int:Signed32":
		return Signed32
	case "int:Unsigned8":
		return Unsigned8
	case "int:Unsigned16":
		return Unsigned16
	case "int:Unsigned32":
		return Unsigned32
	case "string:Char":
		return Char
	}
	return nil
}
