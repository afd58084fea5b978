package diagram

import (
	"fmt"
	"os"
	"testing"

	"github.com/bal2go/bal2go/check"
	"github.com/bal2go/bal2go/frontend"
)

func TestDebugPrint(t *testing.T) {
	name := os.Getenv("DG")
	if name == "" {
		t.Skip()
	}
	src, _ := os.ReadFile(name)
	f, _ := frontend.Parse(&frontend.Source{Name: name, Text: src})
	prog, diags := check.Check(f)
	for _, d := range diags {
		fmt.Println(d)
	}
	for _, fn := range Functions(prog) {
		fmt.Println(Mermaid(Build(prog, fn)))
	}
}

func TestDebugSVG(t *testing.T) {
	name := os.Getenv("DG")
	out := os.Getenv("DGOUT")
	if name == "" || out == "" {
		t.Skip()
	}
	src, _ := os.ReadFile(name)
	f, _ := frontend.Parse(&frontend.Source{Name: name, Text: src})
	prog, _ := check.Check(f)
	for _, fn := range Functions(prog) {
		os.WriteFile(out+"/"+fn.Name+".svg", []byte(SVG(Build(prog, fn))), 0o644)
	}
}
