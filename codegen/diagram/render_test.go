package diagram

import (
	"context"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestSVGRendersInChromium opens every golden SVG in headless Chromium
// (Debian's chromium package; .ci/run installs it), takes a screenshot the
// size of the SVG and checks the picture: the expected size, not blank
// (several colours, dark text and lines), the function's header drawn in
// its colour, content reaching the right-hand side and nothing cut off at
// the edge. Without chromium on PATH the test is skipped, unless CI is set.
func TestSVGRendersInChromium(t *testing.T) {
	bin, err := exec.LookPath("chromium")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("chromium is not on PATH but CI is set: .ci/run installs Debian's chromium package")
		}
		t.Skip("chromium is not on PATH: apt-get install chromium to run this test (CI does)")
	}
	dir := t.TempDir()
	svgs := map[string]string{}
	for _, c := range loadGolden(t) {
		for name, svg := range c.svgs {
			svgs[c.name+"__"+name] = svg
		}
	}
	names := make([]string, 0, len(svgs))
	for n := range svgs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			svg := svgs[name]
			w, h := checkSVG(t, name, svg)
			width, height := int(w), int(h)
			file := filepath.Join(dir, name)
			require.NoError(t, os.WriteFile(file, []byte(svg), 0o644))
			shot := filepath.Join(dir, name+".png")
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--no-first-run", "--hide-scrollbars", "--force-device-scale-factor=1",
				"--user-data-dir="+t.TempDir(), "--screenshot="+shot,
				"--window-size="+strconv.Itoa(width)+","+strconv.Itoa(height), "file://"+file)
			out, err := cmd.CombinedOutput()
			require.NoError(t, err, "chromium: %s", out)
			f, err := os.Open(shot)
			require.NoError(t, err, "chromium wrote no screenshot: %s", out)
			defer f.Close()
			img, err := png.Decode(f)
			require.NoError(t, err)
			checkPicture(t, img, width, height)
		})
	}
}

func checkPicture(t *testing.T, img image.Image, width, height int) {
	b := img.Bounds()
	require.Equal(t, width, b.Dx(), "screenshot width")
	require.Equal(t, height, b.Dy(), "screenshot height")
	colours := map[[3]uint32]bool{}
	dark, header := 0, 0
	rightmost := -1
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			r, g, bl = r>>8, g>>8, bl>>8
			colours[[3]uint32{r, g, bl}] = true
			if r+g+bl < 3*110 {
				dark++
			}
			if near(r, 0x55) && near(g, 0x67) && near(bl, 0xd5) {
				header++ // the function's header and the workers' lifelines
			}
			if r+g+bl < 3*235 && x-b.Min.X > rightmost {
				rightmost = x - b.Min.X
			}
		}
	}
	require.GreaterOrEqual(t, len(colours), 8, "the picture is nearly blank")
	require.Greater(t, dark, 150, "no text or lines drawn")
	require.Greater(t, header, 1500, "the function's header is not drawn in its colour")
	require.Greater(t, rightmost, width-int(margin)-60, "the drawing does not reach the right-hand side: sized wrong")
	require.Less(t, rightmost, width-4, "the drawing is cut off at the right-hand edge")
}

func near(v, want uint32) bool {
	return v+14 >= want && v <= want+14
}
