package check

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLibrary checks that every declaration file in check/lib parses and
// checks without a diagnostic, and declares only external functions.
func TestLibrary(t *testing.T) {
	entries, err := libFiles.ReadDir("lib")
	require.NoError(t, err)
	require.NotEmpty(t, entries)
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), ".bal")
		m, diags := loadModule(name)
		assert.Empty(t, diags, name)
		assert.NotEmpty(t, m.funcs, name)
		for fname, fn := range m.funcs {
			assert.Equal(t, name+":"+fname, fn.LibraryKey())
			assert.NotNil(t, fn.Type, fname)
		}
	}
}

// TestLibraryNotListed checks that a function bal2go declares is not also in
// the list of Ballerina's functions it lacks: each name is in one place.
func TestLibraryNotListed(t *testing.T) {
	for mod, m := range library() {
		for name := range m.funcs {
			assert.Empty(t, libraryIndex[mod][name], "%s:%s is declared in check/lib and listed in ballerinaLibrary", mod, name)
		}
	}
}

// TestLibrarySignature checks a declaration's signature as the checker
// resolves it: parameter names, rest parameter and return type.
func TestLibrarySignature(t *testing.T) {
	fn := libFunc("int", "max")
	require.NotNil(t, fn)
	assert.Equal(t, "function (int,int...) returns (int)", fn.Type.String())
	assert.Equal(t, []string{"n"}, fn.Type.PNames)
}
