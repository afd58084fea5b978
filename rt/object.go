package rt

import (
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// Objects. Each class of the program is a Go struct whose pointer implements Object;
// its Class describes it at run time (its name for printing, its toString method).
// Code that knows an object's class statically uses its fields and methods directly.
// Code that holds it through an object type (any of several classes may be there)
// reaches its members by name, through DynamicObject, which the classes of such
// objects implement.

// Class describes a class of the program.
type Class struct {
	Name string
	// ReadOnly marks a readonly class, whose objects are read-only values.
	ReadOnly bool
	// ToString is the class's toString() method, nil when it has none: an object
	// prints as its result instead of "object Name".
	ToString func(Object) string
}

// Object is a value of a class.
type Object interface {
	Class_() *Class
}

// DynamicObject is an object whose members are reached by name: its class is a
// subtype of an object type the program uses.
type DynamicObject interface {
	Object
	// Field_ returns the value of the field called name.
	Field_(name string) any
	// SetField_ stores v in the field called name, which must be of the field's type
	// (StoreField checks it).
	SetField_(name string, v any)
	// Call_ calls the method called name with args, one per parameter (a rest
	// parameter's as one list), and returns its result (nil for none).
	Call_(s *Strand, name string, args []any) any
}

// DefaultArg is passed to rt.CallMethod for an argument the call leaves out: the
// object's method computes the parameter's default.
var DefaultArg any = defaultArg{}

type defaultArg struct{}

// ObjectField is o.name for an object held through an object type.
func ObjectField(o Object, name string) any { return o.(DynamicObject).Field_(name) }

// SetObjectField is o.name = v for an object held through an object type.
func SetObjectField(o Object, name string, v any) { o.(DynamicObject).SetField_(name, v) }

// CallMethod is o.name(args) for an object held through an object type.
func CallMethod(s *Strand, o Object, name string, args ...any) any {
	return o.(DynamicObject).Call_(s, name, args)
}

// StoreField converts v, stored through an object type in the field name of type t of
// an object, to the Go type T of the field, and panics when v does not belong to t (an
// object type's field may be wider than the field of the object's class).
func StoreField[T any](v any, name string, t Type) T {
	if !t.Contains(v) {
		Panic(newLangError(reasonObjectType, "invalid value for object field '"+name+
			"': expected value of type '"+t.String()+"', found '"+TypeName(v)+"'"))
	}
	return Narrow[T](v, t)
}

// The reasons of object errors (jBallerina's lang.object).
const (
	reasonObjectType   = "{ballerina/lang.object}InherentTypeViolation"
	reasonObjectUpdate = "{ballerina/lang.object}InvalidUpdate"
)

// PanicFieldUpdate panics for a store through an object type into a field its object
// does not let change: a field of a read-only object, or a final field (neither is
// part of an object type's shape, so the store compiles).
func PanicFieldUpdate(o Object, name string) {
	c := o.Class_()
	if c.ReadOnly {
		Panic(newLangError(reasonObjectType, "modification not allowed on readonly value"))
	}
	Panic(newLangError(reasonObjectUpdate, "cannot update 'final' field '"+name+"' in object of type '"+c.Name+"'"))
}

// objectType is an object type: since the program's classes are all known when it is
// compiled, the compiler lists the classes whose objects belong to it.
type objectType struct {
	name    string
	classes []*Class
}

// ObjectTypeOf returns the object type named name whose objects are those of classes.
func ObjectTypeOf(name string, classes ...*Class) Type {
	return &objectType{name: name, classes: classes}
}

// Contains implements Type.
func (t *objectType) Contains(v any) bool {
	o, ok := v.(Object)
	return ok && slices.Contains(t.classes, o.Class_())
}

// String implements Type.
func (t *objectType) String() string { return t.name }

func (t *objectType) includes(s *objectType) bool {
	for _, c := range s.classes {
		if !slices.Contains(t.classes, c) {
			return false
		}
	}
	return true
}

// objectString is the toString form of an object: its toString method's result, else
// "object" and its class name.
func objectString(o Object) string {
	c := o.Class_()
	if c.ToString != nil {
		return c.ToString(o)
	}
	return "object " + c.Name
}

// objectBalString is the toBalString form: "object" and the toString result, else
// "object", the class name and a number unique to the object (spec "ToString": the
// same for === objects, different for others).
func objectBalString(o Object) string {
	c := o.Class_()
	if c.ToString != nil {
		return "object " + c.ToString(o)
	}
	var b strings.Builder
	b.WriteString("object ")
	b.WriteString(c.Name)
	b.WriteString(" ")
	b.WriteString(strconv.FormatUint(objectNumber(o), 10))
	return b.String()
}

// objectNumber is a number unique to o among the live objects: its address (Go does
// not move heap objects).
func objectNumber(o Object) uint64 { return uint64(reflect.ValueOf(o).Pointer()) }
