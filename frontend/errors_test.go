package frontend

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// errorRx finds the expectations in a test file: // ERROR "regexp". The
// text between the quotes is the regexp itself (\" stands for a quote).
var errorRx = regexp.MustCompile(`ERROR "((?:[^"\\]|\\.)*)"`)

// expectedErrors maps each line number to the regexps expected there.
func expectedErrors(t *testing.T, src string) map[int][]*regexp.Regexp {
	want := map[int][]*regexp.Regexp{}
	for i, line := range strings.Split(src, "\n") {
		c := strings.Index(line, "// ERROR")
		if c < 0 {
			continue
		}
		for _, m := range errorRx.FindAllStringSubmatch(line[c:], -1) {
			rx, err := regexp.Compile(m[1])
			require.NoError(t, err, "line %d", i+1)
			want[i+1] = append(want[i+1], rx)
		}
	}
	return want
}

// TestErrors parses each testdata/errors/*.bal file and compares its
// diagnostics with the // ERROR "regexp" comments: each diagnostic must
// match an expectation on its line, and each expectation must be matched.
func TestErrors(t *testing.T) {
	files, err := filepath.Glob("testdata/errors/*.bal")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			text, err := os.ReadFile(file)
			require.NoError(t, err)
			want := expectedErrors(t, string(text))
			_, diags := Parse(&Source{Name: file, Text: text})
			for _, d := range diags {
				line := d.Pos.Line
				matched := false
				for i, rx := range want[line] {
					if rx.MatchString(d.Message) {
						want[line] = append(want[line][:i], want[line][i+1:]...)
						matched = true
						break
					}
				}
				if !matched {
					t.Errorf("%s: unexpected diagnostic: %s", d.Pos, d.Message)
				}
			}
			for line, rxs := range want {
				for _, rx := range rxs {
					t.Errorf("%s:%d: missing diagnostic matching %q", file, line, rx)
				}
			}
			for _, d := range diags {
				assert.True(t, d.Pos.IsKnown(), "diagnostic without a position: %s", d.Message)
				switch {
				case strings.HasPrefix(d.Message, "not supported by bal2go yet: "):
					assert.Equal(t, "unsupported", d.Code, d.Message)
				case d.Severity == SevError:
					assert.Equal(t, "syntax", d.Code, d.Message)
				}
			}
		})
	}
}
