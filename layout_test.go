package bal2go_test

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/bal2go/bal2go"
	"github.com/stretchr/testify/require"
)

// TestImportDirection keeps data flowing one way: the compiler (frontend,
// check, codegen) never imports the runtime, and the runtime imports nothing
// of the compiler.
func TestImportDirection(t *testing.T) {
	deps := func(pkg string) []string {
		out, err := exec.Command("go", "list", "-deps", pkg).CombinedOutput()
		require.NoError(t, err, "%s", out)
		return strings.Fields(string(out))
	}
	const mod = "github.com/bal2go/bal2go"
	for _, pkg := range []string{"/frontend", "/check", "/codegen"} {
		for _, d := range deps(mod + pkg) {
			require.False(t, strings.HasPrefix(d, mod+"/rt"), "%s imports %s", pkg, d)
		}
	}
	for _, d := range deps(mod + "/rt/...") {
		for _, c := range []string{"/frontend", "/check", "/codegen", "/cmd"} {
			require.False(t, strings.HasPrefix(d, mod+c), "rt imports %s", d)
		}
	}
	for _, d := range deps(mod + "/frontend") {
		require.False(t, strings.HasPrefix(d, mod+"/check") || strings.HasPrefix(d, mod+"/codegen"), "frontend imports %s", d)
	}
}

// TestRuntimeDeps checks that the module generated programs build in
// (bal2go.ProgramModule) requires every module the runtime imports: a
// dependency missing there breaks every bal2go run with GOPROXY=off.
func TestRuntimeDeps(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "-f", "{{if not .Standard}}{{.ImportPath}}{{end}}",
		"github.com/bal2go/bal2go/rt/...").CombinedOutput()
	require.NoError(t, err, "%s", out)
	gomod := string(bal2go.ProgramModule("deps")["go.mod"])
	for _, pkg := range strings.Fields(string(out)) {
		if strings.HasPrefix(pkg, bal2go.ModulePath+"/") {
			continue
		}
		found := false
		for _, line := range strings.Split(gomod, "\n") {
			if f := strings.Fields(line); len(f) == 3 && f[0] == "require" && strings.HasPrefix(pkg+"/", f[1]+"/") {
				found = true
			}
		}
		require.True(t, found, "the runtime imports %s, whose module ProgramModule does not require", pkg)
	}
}
