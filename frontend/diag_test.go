package frontend

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHintSeverity: a hint prints as "hint", is not an error (the program is
// transpiled) and does not count towards the error limit.
func TestHintSeverity(t *testing.T) {
	pos := Pos{Line: 3, Col: 5}
	hint := Hintf(pos, "isolation", "concurrent calls will not be made to this method")
	assert.Equal(t, "hint", hint.Severity.String())
	assert.Equal(t, ":3:5: hint: concurrent calls will not be made to this method", hint.Error())
	assert.False(t, HasErrors([]Diagnostic{hint, Warnf(pos, "type", "w")}))
	assert.True(t, HasErrors([]Diagnostic{hint, Errorf(pos, "type", "e")}))
	ds := []Diagnostic{hint, Errorf(pos, "type", "e1"), hint, Errorf(pos, "type", "e2")}
	assert.Len(t, LimitErrors(ds, 2), 4, "hints are not counted")
	var b bytes.Buffer
	require.NoError(t, WriteJSON(&b, []Diagnostic{hint}))
	assert.Contains(t, b.String(), `"severity":"hint"`)
}
