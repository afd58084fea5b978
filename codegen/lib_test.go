package codegen

import (
	"testing"

	"github.com/bal2go/bal2go/check"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLibraryBindings checks that the binding table and the declarations
// in check/lib name the same functions: a declared function without a
// binding would pass the checker and fail here, a binding without a
// declaration is dead. It also checks that each row is complete.
func TestLibraryBindings(t *testing.T) {
	declared := map[string]bool{}
	fns := check.LibraryFunctions()
	require.NotEmpty(t, fns)
	for _, fn := range fns {
		key := fn.LibraryKey()
		declared[key] = true
		b, ok := libTable[key]
		if !assert.True(t, ok, "%s is declared in check/lib but has no binding in libTable", key) {
			continue
		}
		if b.shape == custom {
			assert.NotNil(t, b.emit, "%s: custom binding without emit", key)
		} else {
			assert.NotEmpty(t, b.sym, "%s: binding without a symbol", key)
		}
		if b.shape == method || b.record != "" {
			assert.NotEmpty(t, fn.Params, "%s: a method binding needs a first parameter", key)
		}
	}
	for key := range libTable {
		assert.True(t, declared[key], "%s has a binding but no declaration in check/lib", key)
	}
}
