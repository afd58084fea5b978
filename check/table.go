package check

import (
	"fmt"
	"slices"
	"strings"

	"github.com/bal2go/bal2go/check/semtype"
	"github.com/bal2go/bal2go/frontend"
)

// Tables (spec, "Tables"): table<R> is an ordered collection of mappings of type R;
// table<R> key(k1, …) says that each row is identified by the values of its readonly,
// required fields k1, … (its key), table<R> key<K> that the table has a key whose
// values belong to K. A table type keeps its row type in Elem, its key specifier in
// KeyFields and its key type constraint in KeyType (types.go). Semantically a table
// type is the set of tables described by [rows, key type, key names] (semtype.TableKeyed),
// as in Ballerina's own semantic types: key<never> and key() constrain nothing.

// TableOf returns table<row> with the key specifier keyFields (nil: none) or the key
// type constraint keyType (nil: none).
func TableOf(row *Type, keyFields []string, keyType *Type) *Type {
	return &Type{Kind: KTable, Elem: row, KeyFields: keyFields, KeyType: keyType}
}

// TableRow returns the type of the rows of table type t: its row type, read-only in a
// read-only table.
func TableRow(t *Type) *Type {
	if t.ReadOnly {
		return ReadOnlyOf(t.Elem)
	}
	return t.Elem
}

// TableKeyType returns the type of the key values of table type t, the type member
// access and the key functions of lang.table take: K for key<K>, the key field's type
// for key(k), the tuple of the key fields' types for key(k1, k2); nil for a table
// without a key (no key constraint, key(), key<never>).
func TableKeyType(t *Type) *Type {
	switch {
	case len(t.KeyFields) > 0:
		return keyFieldsType(t.Elem, t.KeyFields)
	case t.KeyType != nil && t.KeyType.Kind != KNever:
		return t.KeyType
	}
	return nil
}

// keyFieldsType is the type of the key of rows of type row with the key fields names:
// the field's type for one field, the tuple of their types for several.
func keyFieldsType(row *Type, names []string) *Type {
	if len(names) == 1 {
		return keyFieldType(row, names[0])
	}
	ms := make([]*Type, len(names))
	for i, n := range names {
		ms[i] = keyFieldType(row, n)
	}
	return TupleOf(ms, nil)
}

// keyFieldType is the type of field name of the rows of type row: its declared type
// (read-only: a key field is readonly), the union of it over a union's members.
func keyFieldType(row *Type, name string) *Type {
	var ms []*Type
	for _, m := range MembersOf(row) {
		switch m.Kind {
		case KRecord:
			if f := m.FieldByName(name); f != nil {
				ms = append(ms, ReadOnlyOf(f.Type))
			} else if r := recordRest(m); r != nil {
				ms = append(ms, ReadOnlyOf(r))
			}
		case KMap:
			ms = append(ms, ReadOnlyOf(m.Elem))
		default:
			ms = append(ms, Anydata)
		}
	}
	return Union(ms...)
}

// tableSem is the semantic form of table type t (see semtype.TableKeyed).
func (cv *semConverter) tableSem(t *Type) semtype.SemType {
	row := cv.conv(t.Elem)
	kc, ks := semtype.Top, semtype.Top
	switch {
	case len(t.KeyFields) > 0:
		kt := t.KeyType // set too: the key type of a value's shape (types.go)
		if kt == nil {
			kt = keyFieldsType(t.Elem, t.KeyFields)
		}
		kc = cv.conv(kt)
		names := make([]semtype.SemType, len(t.KeyFields))
		for i, n := range t.KeyFields {
			names[i] = semtype.StringConst(n)
		}
		ks = semtype.ListOf(names, semtype.Never)
	case t.KeyType != nil && t.KeyType.Kind != KNever:
		k := t.KeyType
		if k.Kind == KTuple && k.Rest == nil {
			switch len(k.Members) {
			case 0:
				k = nil // key<[]>: no constraint
			case 1:
				k = k.Members[0] // key<[K]> is key<K>
			}
		}
		if k != nil {
			kc = cv.conv(k)
		}
	}
	return semtype.TableKeyed(row, kc, ks)
}

// tableType resolves table<R>, table<R> key(…) and table<R> key<K>.
func (c *checker) tableType(te *frontend.TableType) *Type {
	row := c.resolveType(te.Row)
	t := &Type{Kind: KTable, Elem: row}
	var kt *Type
	if te.KeyType != nil {
		kt = c.resolveType(te.KeyType)
	}
	if row.Kind == KInvalid || kt != nil && kt.Kind == KInvalid {
		return Invalid
	}
	if bound := row.Mutable(); bound.Kind == KTypeParam {
		row = bound.Elem // a library signature's table<MapType>: MapType's bound decides
	}
	if !IsSubtype(row, MapOf(AnyOrError)) {
		c.errorf(te.Row.Pos(), "invalid constraint type. expected subtype of 'map<any|error>' but found '%s'", row)
		return Invalid
	}
	switch {
	case te.Key != nil:
		if !c.keyFieldsValid(row, te.Key) {
			return Invalid
		}
		t.KeyFields = append([]string{}, te.Key.Names...)
	case kt != nil:
		if kt.Kind != KNever && hasMapRow(row) && !c.library {
			c.errorf(te.KeyTypeP, "table with constraint of type map cannot have key specifier or key type constraint")
			return Invalid
		}
		t.KeyType = kt
	}
	return t
}

// hasMapRow reports whether rows of type row may be maps (not records), which have
// no fields a key could name.
func hasMapRow(row *Type) bool {
	for _, m := range MembersOf(row) {
		if m.Kind != KRecord {
			return true
		}
	}
	return false
}

// keyFieldsValid reports whether the fields named by key can be the key of rows of
// type row (spec: each is a required, readonly field of an anydata type), reporting
// the first that cannot.
func (c *checker) keyFieldsValid(row *Type, key *frontend.KeySpec) bool {
	if len(key.Names) > 0 && hasMapRow(row) {
		c.errorf(key.Pos(), "table with constraint of type map cannot have key specifier or key type constraint")
		return false
	}
	for i, n := range key.Names {
		for _, m := range MembersOf(row) {
			f := m.FieldByName(n)
			switch {
			case f == nil:
				c.errorf(key.NamePs[i], "field name '%s' used in key specifier is not found in table constraint type '%s'", n, row)
			case !f.Readonly:
				c.errorf(key.NamePs[i], "field '%s' used in key specifier must be a readonly field", n)
			case f.Optional:
				c.errorf(key.NamePs[i], "field '%s' used in key specifier must be a required field", n)
			case !IsSubtype(f.Type, Anydata):
				c.errorf(key.Pos(), "invalid type '%s' for field '%s' used in key specifier, expected sub type of anydata", n, row)
			default:
				continue
			}
			return false
		}
	}
	return true
}

// tableTarget returns the table type a table constructor builds where want is
// expected: want's table member; table<map<anydata>> for anydata; nil when want has
// no table member (the row type is then inferred).
func tableTarget(want *Type) *Type {
	if want == nil {
		return nil
	}
	var tt *Type
	for _, m := range MembersOf(want) {
		switch m.Kind {
		case KTable:
			if tt == nil {
				tt = m
			}
		case KAnydata:
			if tt == nil {
				tt = TableOf(MapOf(Anydata), nil, nil)
				if m.ReadOnly {
					tt = ReadOnlyOf(tt)
				}
			}
		}
	}
	return tt
}

// tableExpr checks a table constructor where want is expected. Its type is the
// contextual table type; without one, a table of a row type inferred from the rows
// (inferRow). Program.TableKeys records the key field names the value gets.
func (c *checker) tableExpr(e *frontend.TableExpr, want *Type) *Type {
	target := tableTarget(want)
	var names []string
	if e.Key != nil {
		names = append([]string{}, e.Key.Names...)
	} else if target != nil {
		names = target.KeyFields
	}
	var row *Type
	if target != nil {
		row = TableRow(target)
		if !c.ctorKeyMatches(e, target) {
			c.checkRows(e, row)
			return Invalid
		}
		c.checkRows(e, row)
	} else {
		if len(e.Rows) == 0 {
			if want == nil || want.Kind != KInvalid {
				c.errorf(e.Pos(), "cannot infer the member type from table constructor; no values are provided in table constructor")
			}
			return Invalid
		}
		row = c.inferRow(e, names)
	}
	if e.Key != nil && !c.keyFieldsValid(row, e.Key) {
		return Invalid
	}
	c.prog.TableKeys[e] = names
	if len(names) > 0 {
		c.rowKeys(e, names)
	}
	if target != nil {
		return target
	}
	return TableOf(row, names, nil)
}

// ctorKeyMatches reports whether the key specifier of table constructor e agrees with
// the contextual table type target's key, reporting how it does not.
func (c *checker) ctorKeyMatches(e *frontend.TableExpr, target *Type) bool {
	kc := target.KeyType
	if kc != nil && kc.Kind == KNever {
		kc = nil
	}
	switch {
	case e.Key != nil && len(target.KeyFields) > 0:
		if !slices.Equal(e.Key.Names, target.KeyFields) {
			c.errorf(e.Key.Pos(), "table key specifier mismatch. expected: '[%s]' but found '[%s]'",
				strings.Join(target.KeyFields, ", "), strings.Join(e.Key.Names, ", "))
			return false
		}
	case kc == nil:
	case e.Key == nil:
		c.errorf(e.Pos(), "table key specifier mismatch with key constraint. expected: '%s' fields but key specifier is empty", keyTypeList(kc))
		return false
	default:
		if kc.Kind == KTuple && kc.Rest == nil && len(kc.Members) != len(e.Key.Names) {
			c.errorf(e.Key.Pos(), "table key specifier mismatch with key constraint. expected: '%s' fields but found '[%s]'",
				keyTypeList(kc), strings.Join(e.Key.Names, ", "))
			return false
		}
		if !IsSubtype(keyFieldsType(target.Elem, e.Key.Names), kc) {
			c.errorf(e.Key.Pos(), "table key specifier '[%s]' does not match with key constraint type '%s'",
				strings.Join(e.Key.Names, ", "), keyTypeList(kc))
			return false
		}
	}
	return true
}

// keyTypeList writes a key type constraint as the list of the key fields' types
// jBallerina shows: [string] for key<string>, [string, int] for key<[string, int]>.
func keyTypeList(k *Type) string {
	if k.Kind == KTuple && k.Rest == nil {
		parts := make([]string, len(k.Members))
		for i, m := range k.Members {
			parts[i] = m.String()
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return "[" + k.String() + "]"
}

// checkRows checks each row of e as a value of type row.
func (c *checker) checkRows(e *frontend.TableExpr, row *Type) {
	for _, r := range e.Rows {
		c.expr(r, row)
	}
}

// inferRow infers the row type of a table constructor without a contextual type from
// its rows, each a closed record: a closed record of every field of any row, required
// when every row has it (of the union of its types), optional otherwise. Key fields
// are readonly. Each row is then a value of that type (its recorded type), as if it
// had been its contextual type.
func (c *checker) inferRow(e *frontend.TableExpr, keys []string) *Type {
	row := c.inferRow1(e, keys)
	for _, r := range e.Rows {
		c.prog.Types[r] = row
	}
	return row
}

func (c *checker) inferRow1(e *frontend.TableExpr, keys []string) *Type {
	var recs []*Type
	var elems []*Type
	for _, r := range e.Rows {
		t := c.expr(r, nil)
		elems = append(elems, mappingElemOr(t))
		if t.Kind == KRecord {
			recs = append(recs, t)
		}
	}
	if len(recs) < len(e.Rows) {
		return MapOf(Union(elems...))
	}
	if len(recs) == 1 && len(keys) == 0 {
		return recs[0]
	}
	row := &Type{Kind: KRecord, Closed: true}
	for _, r := range recs {
		for _, f := range r.Fields {
			if row.FieldByName(f.Name) != nil {
				continue
			}
			var ts []*Type
			optional := false
			for _, o := range recs {
				if of := o.FieldByName(f.Name); of != nil {
					ts = append(ts, of.Type)
					optional = optional || of.Optional
				} else {
					optional = true
				}
			}
			row.Fields = append(row.Fields, &Field{Name: f.Name, Type: Union(ts...), Optional: optional,
				Readonly: slices.Contains(keys, f.Name)})
		}
	}
	c.addRecord(row)
	return row
}

// mappingElemOr is the member type of mapping type t, or anydata.
func mappingElemOr(t *Type) *Type {
	if e := mappingElem(t); e != nil {
		return e
	}
	return Anydata
}

// rowKeys checks that each row of e gives its key fields names by constant
// expressions (spec: so that the constructor's keys are known to be distinct) and
// that no two rows have the same key.
func (c *checker) rowKeys(e *frontend.TableExpr, names []string) {
	seen := map[string]bool{}
rows:
	for _, r := range e.Rows {
		vals := make([]string, len(names))
		for i, n := range names {
			var v frontend.Expr
			for _, f := range r.Fields {
				if f.Name == n && f.Value != nil && f.Computed == nil && f.Spread == nil {
					v = f.Value
				}
			}
			if _, ok := c.constMembers(v); v == nil || !ok {
				c.errorf(r.Pos(), "value expression of key specifier '%s' must be a constant expression", n)
				continue rows
			}
			vals[i] = c.constKeyText(v)
		}
		k := strings.Join(vals, ", ")
		if seen[k] {
			c.errorf(r.Pos(), "duplicate key found in table row key('%s') : '%s'", strings.Join(names, ", "), k)
		}
		seen[k] = true
	}
}

// constKeyText writes the constant expression e of a key value for the duplicate key
// message, as jBallerina does for a simple value (13, Foo); a list or mapping
// constructor as [a, b] or {k: v}, its fields in name order, so that == values
// are written alike.
func (c *checker) constKeyText(e frontend.Expr) string {
	switch x := frontend.Unparen(e).(type) {
	case *frontend.ListExpr:
		parts := make([]string, len(x.Elems))
		for i, m := range x.Elems {
			parts[i] = c.constKeyText(m)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case *frontend.MappingExpr:
		parts := make([]string, 0, len(x.Fields))
		for _, f := range x.Fields {
			v := f.Name
			if f.Value != nil {
				v = c.constKeyText(f.Value)
			}
			parts = append(parts, f.Name+": "+v)
		}
		slices.Sort(parts)
		return "{" + strings.Join(parts, ", ") + "}"
	}
	v, _ := c.constValue(e)
	switch v := v.(type) {
	case nil:
		return "()"
	case string:
		return v
	case DecimalConst:
		return string(v)
	}
	return fmt.Sprint(v)
}

// tableMember types t[k] and t[k1, k2] on table type xt: the key must be of the
// table's key type, the result is the row with that key or ().
func (c *checker) tableMember(e *frontend.IndexExpr, xt *Type, assign bool) *Type {
	kt := TableKeyType(xt)
	if kt == nil {
		name := xt.String()
		if n, ok := frontend.Unparen(e.X).(*frontend.NameExpr); ok {
			name = n.Name
		}
		c.expr(e.Index, nil)
		if assign {
			c.errorf(e.Pos(), "cannot update '%s' with member access expression", xt)
		} else {
			c.errorf(e.Pos(), "member access is not supported for table '%s'", name)
		}
		return Invalid
	}
	if l, ok := e.Index.(*frontend.ListExpr); ok && e.Multi && !(kt.Kind == KTuple && len(kt.Members) == len(l.Elems)) {
		// t[k1, k2] on a table whose key is not a pair: the keys' tuple mismatches
		ms := make([]*Type, len(l.Elems))
		for i, k := range l.Elems {
			ms[i] = Widen(c.expr(k, nil))
		}
		c.prog.Types[l] = TupleOf(ms, nil)
		c.mismatch(l.Pos(), kt, c.prog.Types[l])
		return Invalid
	}
	c.expr(e.Index, kt)
	if assign {
		return TableRow(xt)
	}
	return Optional(TableRow(xt))
}

// basicName names the kind of type t for a message about member access: 'map' for
// a map type, else t itself.
func basicName(t *Type) string {
	if t.Kind == KMap {
		return "map"
	}
	return t.String()
}
