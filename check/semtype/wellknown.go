package semtype

// The recursive predefined types.
var (
	// Anydata is anydata: () | boolean | int | float | decimal | string | xml |
	// anydata[] | map<anydata> | table<map<anydata>>.
	Anydata SemType
	// JSON is json: () | boolean | int | float | decimal | string | json[] | map<json>.
	JSON SemType
)

// init fills the operations table before building the predefined recursive types
// (which need it); package variables are initialized before any init runs.
func init() {
	simpleOps()
	listOps()
	mappingOps()
	functionOps()
	cellOps()
	objectOps()
	Anydata = buildAnydata()
	JSON = buildJSON()
}

func buildAnydata() SemType {
	ld, md := NewListDefinition(), NewMappingDefinition()
	t := Union(Nil, Boolean, Int, Float, Decimal, String, XML, ld.SemType(), md.SemType(),
		TableOf(md.SemType()))
	ld.Define(nil, t)
	md.Define(nil, t)
	return t
}

func buildJSON() SemType {
	ld, md := NewListDefinition(), NewMappingDefinition()
	t := Union(Nil, Boolean, Int, Float, Decimal, String, ld.SemType(), md.SemType())
	ld.Define(nil, t)
	md.Define(nil, t)
	return t
}
