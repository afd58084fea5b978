package check

import (
	"sync"

	"github.com/bal2go/bal2go/check/semtype"
)

// The checker's types describe how a type was written (names, field order) for
// messages and code generation; every relational question (subtyping, emptiness,
// intersection) is answered by the type's semantic form (package semtype), derived here
// once per type and cached on it.

type semCache struct {
	t semtype.SemType
	// invalid reports that the type contains a type that failed to resolve: such a
	// type is compatible with everything so that one error does not cause more.
	invalid bool
}

// semOf returns t's semantic type.
func semOf(t *Type) semCache {
	if p := t.sem.Load(); p != nil {
		return *p
	}
	cv := semConverter{defs: map[*Type]semtype.SemType{}}
	s := cv.conv(t)
	return semCache{s, cv.invalid}
}

type semConverter struct {
	defs map[*Type]semtype.SemType // record types being converted (recursion)
	// invalid and incomplete are sticky for one conversion: a type that contains an
	// invalid type, or a record whose fields are still being resolved, is not cached.
	invalid, incomplete bool
}

func (cv *semConverter) conv(t *Type) semtype.SemType {
	if p := t.sem.Load(); p != nil {
		cv.invalid = cv.invalid || p.invalid
		return p.t
	}
	if s, ok := cv.defs[t]; ok {
		return s
	}
	s := cv.conv1(t)
	if t.ReadOnly {
		s = semtype.Intersect(s, semtype.Readonly)
	}
	if !cv.incomplete {
		t.sem.Store(&semCache{s, cv.invalid})
	}
	return s
}

func (cv *semConverter) conv1(t *Type) semtype.SemType {
	switch t.Kind {
	case KInvalid:
		cv.invalid = true
		return semtype.Never
	case KNever:
		return semtype.Never
	case KNil:
		return semtype.Nil
	case KBoolean:
		return semtype.Boolean
	case KInt, KString:
		if t.refined != nil {
			return *t.refined
		}
		if t.Kind == KString {
			return semtype.String
		}
		return semtype.Int
	case KFloat:
		return semtype.Float
	case KDecimal:
		return semtype.Decimal
	case KAny:
		return semtype.Any
	case KAnydata:
		return semtype.Anydata
	case KJSON:
		return semtype.JSON
	case KReadonly:
		return semtype.Readonly
	case KError:
		s := semtype.Error // a named error type is structural, like error<D>
		switch {
		case t == NoMessageError:
			return semtype.ErrorDistinct(distinctID(t.Name)) // a distinct error type
		case t.Elem != nil:
			s = semtype.ErrorDetail(cv.conv(t.Elem))
		}
		for _, id := range t.Distinct {
			s = semtype.Intersect(s, semtype.ErrorDistinct(id))
		}
		return s
	case KSingleton:
		switch v := t.Value.(type) {
		case int64:
			return semtype.IntConst(v)
		case float64:
			return semtype.FloatConst(v)
		case DecimalConst:
			return semtype.DecimalConst(string(v))
		case bool:
			return semtype.BooleanConst(v)
		case string:
			return semtype.StringConst(v)
		}
	case KUnion:
		ms := make([]semtype.SemType, len(t.Members))
		for i, m := range t.Members {
			ms[i] = cv.conv(m)
		}
		return semtype.Union(ms...)
	case KArray:
		if t.Len < 0 {
			return semtype.ListOf(nil, cv.conv(t.Elem))
		}
		e := cv.conv(t.Elem)
		ms := make([]semtype.SemType, t.Len)
		for i := range ms {
			ms[i] = e
		}
		return semtype.ListOf(ms, semtype.Never)
	case KTuple:
		return cv.listSem(t.Members, t.Rest)
	case KMap:
		return semtype.MappingOf(nil, cv.conv(t.Elem))
	case KRecord:
		return cv.record(t)
	case KFunc:
		s := cv.funcSem(t)
		if t.Isolated {
			s = semtype.IsolatedFunction(s)
		}
		return s
	case KFuture:
		return semtype.FutureOf(cv.conv(t.Elem))
	case KTypedesc:
		return semtype.TypedescOf(cv.conv(t.Elem))
	case KTable:
		return cv.tableSem(t)
	case KStream:
		return semtype.StreamOf(cv.conv(t.Elem), cv.conv(t.Ret))
	case KObject:
		if t.Obj != nil {
			return cv.objectSem(t)
		}
		return semtype.ObjectDistinct(distinctID("object " + t.Module + ":" + t.Name))
	case KTypeParam:
		// A library signature's type parameter stands for the type a call
		// binds (libCall substitutes it): until then it is a type of its
		// own, so that Union keeps Type? as written (Type's bound, any|error,
		// would absorb the ()).
		return semtype.ObjectDistinct(semtype.NewDistinctID("type parameter " + t.Name))
	}
	cv.invalid = true
	return semtype.Never
}

// funcSem is the semantic form of a function type without its isolated bit.
func (cv *semConverter) funcSem(t *Type) semtype.SemType {
	if t.Params == nil && t.Ret == nil && t.RestP == nil {
		return semtype.Function
	}
	return semtype.FunctionOf(cv.listSem(t.Params, t.RestP), cv.conv(retOf(t)))
}

// listSem is the list type of members ms then any number of rest (none when nil): a
// tuple, or a function's parameter list.
func (cv *semConverter) listSem(ms []*Type, rest *Type) semtype.SemType {
	ss := make([]semtype.SemType, len(ms))
	for i, m := range ms {
		ss[i] = cv.conv(m)
	}
	r := semtype.Never
	if rest != nil {
		r = cv.conv(rest)
	}
	return semtype.ListOf(ss, r)
}

func (cv *semConverter) record(t *Type) semtype.SemType {
	if t.incomplete {
		cv.incomplete = true
	}
	d := semtype.NewMappingDefinition()
	cv.defs[t] = d.SemType()
	fs := make([]semtype.Field, len(t.Fields))
	for i, f := range t.Fields {
		ft := cv.conv(f.Type)
		if f.Readonly {
			ft = semtype.Intersect(ft, semtype.Readonly)
		}
		fs[i] = semtype.Field{Name: f.Name, Type: ft, Optional: f.Optional}
	}
	rest := semtype.Never
	if r := recordRest(t); r != nil {
		rest = cv.conv(r)
	}
	return d.Define(fs, rest)
}

// distinctIDs gives each nominal type bal2go has today (named error types, library
// objects) one type id, by name.
var distinctIDs sync.Map // string → *semtype.DistinctID

func distinctID(name string) *semtype.DistinctID {
	if id, ok := distinctIDs.Load(name); ok {
		return id.(*semtype.DistinctID)
	}
	id, _ := distinctIDs.LoadOrStore(name, semtype.NewDistinctID(name))
	return id.(*semtype.DistinctID)
}
