package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"

	"github.com/bal2go/bal2go"
)

// buildCached builds generated Go source into a binary kept in the user
// cache directory, keyed by the source, the runtime version and the Go
// toolchain, so that running an unchanged program again skips go build.
// It returns the binary's path.
func buildCached(goSrc []byte, stderr io.Writer) (string, error) {
	h := sha256.New()
	h.Write(goSrc)
	h.Write([]byte(bal2go.RuntimeVersion()))
	h.Write([]byte(runtime.Version()))
	key := hex.EncodeToString(h.Sum(nil))[:24]
	cache, err := cacheDir()
	if err != nil {
		return "", err
	}
	bin := filepath.Join(cache, "bin", key)
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	if _, err := os.Stat(bin); err == nil {
		return bin, nil
	}
	work, err := os.MkdirTemp(cache, "work-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(work)
	if err := writeModule(work, goSrc); err != nil {
		return "", err
	}
	if err := os.MkdirAll(filepath.Dir(bin), 0o755); err != nil {
		return "", err
	}
	tmpBin := filepath.Join(work, "prog.bin")
	cmd := exec.Command("go", "build", "-o", tmpBin, ".")
	cmd.Dir = work
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod", "GOPROXY=off")
	out, err := cmd.CombinedOutput()
	if err != nil {
		fmt.Fprintf(stderr, "%s", out)
		return "", fmt.Errorf("go build of the generated program failed: %v", err)
	}
	if err := os.Rename(tmpBin, bin); err != nil {
		return "", err
	}
	return bin, nil
}

func cacheDir() (string, error) {
	if d := os.Getenv("BAL2GO_CACHE"); d != "" {
		return d, os.MkdirAll(d, 0o755)
	}
	base, err := os.UserCacheDir()
	if err != nil {
		base = os.TempDir()
	}
	d := filepath.Join(base, "bal2go")
	return d, os.MkdirAll(d, 0o755)
}

// writeModule lays out a self-contained Go module: the program and a copy
// of the runtime embedded in this binary, so no checkout or network is needed.
func writeModule(dir string, goSrc []byte) error {
	files := bal2go.ProgramModule("bal2goprog")
	files["main.go"] = goSrc
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
