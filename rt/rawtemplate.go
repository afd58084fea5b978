package rt

// RawTemplate is the value of a raw template (`a ${x} b`, lang.object's
// RawTemplate): the strings around the insertions, read-only, and the values
// of the insertions. Programs reach its fields through the object type.
type RawTemplate struct {
	strings    *List[string]
	insertions *List[any]
}

var rawTemplateClass = &Class{Name: "RawTemplate"}

// NewRawTemplate makes the value of a raw template with the given strings (one
// more than the insertions) and insertion values.
func NewRawTemplate(strings []string, insertions ...any) *RawTemplate {
	s := NewList[string](nil, strings...)
	s.freeze()
	return &RawTemplate{strings: s, insertions: NewList[any](rawInsertionsType, insertions...)}
}

var rawInsertionsType = ArrayOf(UnionOf(TAny, TError))

// Class_ implements Object.
func (t *RawTemplate) Class_() *Class { return rawTemplateClass }

// Field_ implements DynamicObject.
func (t *RawTemplate) Field_(name string) any {
	switch name {
	case "strings":
		return t.strings
	case "insertions":
		return t.insertions
	}
	panic("rt.RawTemplate: no field " + name)
}

// SetField_ implements DynamicObject: strings is read-only (the checker does
// not allow a store into it), insertions may be replaced.
func (t *RawTemplate) SetField_(name string, v any) {
	if name != "insertions" {
		panic("rt.RawTemplate: field " + name + " cannot be assigned")
	}
	t.insertions = ListView[any](v)
}

// Call_ implements DynamicObject; a raw template has no methods.
func (t *RawTemplate) Call_(_ *Strand, name string, _ []any) any {
	panic("rt.RawTemplate: no method " + name)
}
