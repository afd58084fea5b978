package codegen

import "github.com/dave/jennifer/jen"

// RuntimePath is the import path of the runtime package every generated
// program links against. This file is the only place that names it: every
// reference to rt in generated code is built by rtq or rtCall.
const RuntimePath = "github.com/bal2go/bal2go/rt"

// rtq refers to an exported name of the runtime package.
func rtq(name string) *jen.Statement { return jen.Qual(RuntimePath, name) }

// rtCall calls a runtime function.
func rtCall(name string, args ...jen.Code) *jen.Statement {
	return jen.Qual(RuntimePath, name).Call(args...)
}

// rtGeneric calls a generic runtime function with explicit type arguments.
func rtGeneric(name string, targs []jen.Code, args ...jen.Code) *jen.Statement {
	return jen.Qual(RuntimePath, name).Types(targs...).Call(args...)
}

// HTTPPath is the import path of the runtime's HTTP package.
const HTTPPath = RuntimePath + "/http"

// httpq refers to an exported name of the runtime's HTTP package.
func httpq(name string) *jen.Statement { return jen.Qual(HTTPPath, name) }
