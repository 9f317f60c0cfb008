package layout

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "update golden test files")

// TestGolden runs every fixture in testdata/layout and compares the whole
// Result with its .golden.json. Regenerate with go test -run Golden -update.
func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob("../../testdata/layout/*.*")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, in := range inputs {
		ext := filepath.Ext(in)
		if ext != ".txt" && ext != ".html" {
			continue
		}
		n++
		name := strings.TrimSuffix(filepath.Base(in), ext)
		t.Run(name, func(t *testing.T) {
			got := runFile(t, strings.TrimSuffix(in, ext))
			gotJSON, err := json.MarshalIndent(got, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			gotJSON = append(gotJSON, '\n')
			golden := strings.TrimSuffix(in, ext) + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, gotJSON, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), string(gotJSON)); diff != "" {
				t.Errorf("%s mismatch (-want +got):\n%s", filepath.Base(golden), diff)
			}
		})
	}
	if n == 0 {
		t.Fatal("no fixtures")
	}
}

// checkTextBlocks verifies the plain-text invariants: every block's Text is
// the input at RawStart, blocks come in order without overlapping, and every
// non-blank line of the input is in some block.
func checkTextBlocks(t *testing.T, input string, r *Result) {
	t.Helper()
	runes := []rune(input)
	pos := 0
	covered := 0
	for i, b := range r.Blocks {
		n := utf8.RuneCountInString(b.Text)
		if b.RawStart < pos || b.RawStart+n > len(runes) {
			t.Fatalf("block %d (%s) at %d+%d out of order or range (pos %d, len %d)", i, b.Kind, b.RawStart, n, pos, len(runes))
		}
		if got := string(runes[b.RawStart : b.RawStart+n]); got != b.Text {
			t.Fatalf("block %d text %q is not the input at %d: %q", i, b.Text, b.RawStart, got)
		}
		pos = b.RawStart + n
		covered += len(strings.Fields(b.Text))
	}
	if want := len(strings.Fields(input)); covered != want && r.Headline != "" {
		t.Errorf("blocks cover %d words of %d", covered, want)
	}
}

func TestTextInvariants(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/gold/*.txt")
	more, _ := filepath.Glob("../../testdata/layout/*.txt")
	for _, f := range append(files, more...) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(filepath.Base(f), func(t *testing.T) {
			checkTextBlocks(t, string(data), Text(string(data)))
		})
	}
}
