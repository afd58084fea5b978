package golden

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/bal2go/bal2go"
	"github.com/bal2go/bal2go/frontend"
	"github.com/stretchr/testify/require"
)

// TestCheckAcceptedGenerates: every golden and example program that `bal2go check`
// accepts also transpiles (TestGolden and TestExamplesRun then build and run them). A
// construct the generator cannot emit must be refused by the checker, so that `check`
// never says yes to a program `gen` refuses.
func TestCheckAcceptedGenerates(t *testing.T) {
	progs := map[string][]byte{}
	for _, c := range loadCases(t) {
		src, _ := c.section("input.bal")
		progs[c.name] = src
	}
	examples, err := filepath.Glob("../examples/*/*.bal")
	nested, err2 := filepath.Glob("../examples/*/*/*.bal")
	require.NoError(t, err2)
	examples = append(examples, nested...)
	require.NoError(t, err)
	require.NotEmpty(t, examples)
	for _, path := range examples {
		src, err := os.ReadFile(path)
		require.NoError(t, err)
		progs[path] = src
	}
	accepted := 0
	for name, src := range progs {
		if frontend.HasErrors(bal2go.Check(filepath.Base(name)+".bal", src)) {
			continue
		}
		accepted++
		if _, diags := bal2go.Transpile(filepath.Base(name)+".bal", src, bal2go.Options{}); frontend.HasErrors(diags) {
			t.Errorf("%s: bal2go check accepts it, bal2go gen refuses it: %s", name, diags[0])
		}
	}
	t.Logf("%d of %d programs accepted by check, all generated", accepted, len(progs))
}
