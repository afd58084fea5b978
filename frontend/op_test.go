package frontend

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOpTable parses every operator of the table from its text: the parser
// and the printers read the same table, so each operator must come back as
// itself.
func TestOpTable(t *testing.T) {
	for o := Op(1); o < numOps; o++ {
		text := o.String()
		t.Run(text, func(t *testing.T) {
			switch {
			case o.IsUnary():
				assert.Equal(t, PrecNone, o.Prec())
				x, ok := parseExpr(t, text+" a").(*UnaryExpr)
				require.True(t, ok)
				assert.Equal(t, o, x.Op)
			case o == OpIs || o == OpNotIs:
				x, ok := parseExpr(t, "a "+text+" int").(*TypeTestExpr)
				require.True(t, ok)
				assert.Equal(t, o == OpNotIs, x.Not)
			default:
				x, ok := parseExpr(t, "a "+text+" b").(*BinaryExpr)
				require.True(t, ok)
				assert.Equal(t, o, x.Op)
			}
		})
	}
	compound := []Op{OpAdd, OpSub, OpMul, OpDiv, OpMod, OpAnd, OpOr, OpXor, OpShl, OpShr, OpUshr}
	for _, o := range compound {
		s := dumpStmts(t, "x "+o.String()+"= 1;")
		assert.Contains(t, s, "AssignStmt "+o.String()+"=")
	}
	for o := Op(1); o < numOps; o++ {
		if k := ops[o].tok; k != _EOF {
			assert.Equal(t, k.String(), o.String(), "the text of %s is its token's", o)
		}
		if k := ops[o].assign; k != _EOF {
			assert.Equal(t, k.String(), o.String()+"=", "the compound assignment of %s", o)
		}
	}
	assert.Equal(t, "", OpNone.String())
	assert.Equal(t, "?", Op(numOps).String())
}
