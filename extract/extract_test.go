package extract_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/clipper-news/clipper/extract"
	"github.com/clipper-news/clipper/extract/ingest"
	"github.com/clipper-news/clipper/model"
)

var update = flag.Bool("update", false, "rewrite the golden records in testdata/extract/golden")

// sharedExtractor is built once, as a program would.
var sharedExtractor = sync.OnceValue(func() *extract.Extractor {
	ex, err := extract.New(extract.Options{})
	if err != nil {
		panic(err)
	}
	return ex
})

// article is one input of the golden tests.
type article struct {
	name string // base name without extension
	path string
	ref  time.Time
}

// articles lists the annotated articles (with their reference dates) and
// the extra cases in testdata/extract.
func articles(t testing.TB) []article {
	t.Helper()
	var out []article
	for _, dir := range []string{"../testdata/gold", "../testdata/extract"} {
		for _, pat := range []string{"*.txt", "*.html"} {
			paths, err := filepath.Glob(filepath.Join(dir, pat))
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range paths {
				name := strings.TrimSuffix(filepath.Base(p), filepath.Ext(p))
				a := article{name: name, path: p}
				if raw, err := os.ReadFile(filepath.Join(dir, name+".gold.json")); err == nil {
					var g struct {
						ReferenceDate string `json:"reference_date"`
					}
					if err := json.Unmarshal(raw, &g); err != nil {
						t.Fatalf("%s: %v", name, err)
					}
					if a.ref, err = time.Parse(time.DateOnly, g.ReferenceDate); err != nil {
						t.Fatalf("%s: %v", name, err)
					}
				}
				out = append(out, a)
			}
		}
	}
	if len(out) == 0 {
		t.Fatal("no articles found")
	}
	return out
}

func extractFile(t testing.TB, ex *extract.Extractor, a article) *model.Record {
	t.Helper()
	data, err := os.ReadFile(a.path)
	if err != nil {
		t.Fatal(err)
	}
	rec, err := ex.Extract(context.Background(), extract.Input{Name: filepath.ToSlash(a.path), Data: data, Reference: a.ref})
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

// TestGolden compares the whole record of every article with its golden
// file. Regenerate with: go test ./extract -run Golden -update (and read
// the diff).
func TestGolden(t *testing.T) {
	ex := sharedExtractor()
	for _, a := range articles(t) {
		t.Run(a.name, func(t *testing.T) {
			got := extractFile(t, ex, a)
			golden := filepath.Join("../testdata/extract/golden", a.name+".golden.json")
			if *update {
				b, err := json.MarshalIndent(got, "", "  ")
				if err != nil {
					t.Fatal(err)
				}
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, append(b, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			raw, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			var want model.Record
			if err := json.Unmarshal(raw, &want); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(&want, got); diff != "" {
				t.Errorf("record mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSpansPointAtEvidence checks the promise every span makes:
// text[start:end] is the words the field came from.
func TestSpansPointAtEvidence(t *testing.T) {
	ex := sharedExtractor()
	for _, a := range articles(t) {
		rec := extractFile(t, ex, a)
		text := []rune(rec.Article.Text)
		slice := func(s, e int) string {
			if s < 0 || e > len(text) || s > e {
				t.Fatalf("%s: span %d-%d outside the text (%d)", a.name, s, e, len(text))
			}
			return string(text[s:e])
		}
		for _, r := range rec.Repairs {
			if got := slice(r.Start, r.End); got != r.Repaired {
				t.Errorf("%s: repair %q spans %q", a.name, r.Repaired, got)
			}
		}
		for _, e := range rec.Entities {
			for _, m := range e.Mentions {
				if got := slice(m.Start, m.End); got != m.Text {
					t.Errorf("%s: mention %q spans %q", a.name, m.Text, got)
				}
			}
		}
		for _, d := range rec.Dates {
			if got := slice(d.Start, d.End); got != d.Text {
				t.Errorf("%s: date %q spans %q", a.name, d.Text, got)
			}
		}
		for _, i := range rec.Incidents {
			for _, s := range i.Systems {
				if got := slice(s.Start, s.End); !strings.EqualFold(got, s.Name) {
					t.Errorf("%s: system %q spans %q", a.name, s.Name, got)
				}
			}
		}
	}
}

// TestRawRepairSpans checks that a plain-text repair's raw span points at
// the original in the input.
func TestRawRepairSpans(t *testing.T) {
	ex := sharedExtractor()
	a := article{name: "seed", path: "../testdata/gold/imo-cma-cgm-2020.txt"}
	rec := extractFile(t, ex, a)
	raw, _ := os.ReadFile(a.path)
	doc, err := ingest.Decode(a.path, raw, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	in := []rune(doc.Text)
	if len(rec.Repairs) == 0 {
		t.Fatal("no repairs in the seed")
	}
	for _, r := range rec.Repairs {
		if got := string(in[r.RawStart:r.RawEnd]); got != r.Original {
			t.Errorf("raw span of %q holds %q", r.Original, got)
		}
	}
}

func TestExtractErrors(t *testing.T) {
	ex := sharedExtractor()
	tests := []struct {
		name, input string
		data        []byte
		want        error
		reason      string
	}{
		{"binary", "blob.txt", []byte("\x7fELF\x00\x00\x01\x02\x00\x00"), ingest.ErrBinary, "NUL bytes mean binary"},
		{"empty", "empty.txt", []byte(" \n\t\n"), ingest.ErrEmpty, "whitespace only is no article"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ex.Extract(context.Background(), extract.Input{Name: tc.input, Data: tc.data})
			if !errors.Is(err, tc.want) {
				t.Fatalf("Extract = %v, want %v (%s)", err, tc.want, tc.reason)
			}
			if !strings.Contains(err.Error(), tc.input) {
				t.Errorf("error %q does not name the input", err)
			}
		})
	}
	small, err := extract.New(extract.Options{MaxBytes: 100})
	if err != nil {
		t.Fatal(err)
	}
	_, err = small.Extract(context.Background(), extract.Input{Name: "big.txt", Reader: bytes.NewReader(bytes.Repeat([]byte("word "), 100))})
	if !errors.Is(err, ingest.ErrTooLarge) {
		t.Errorf("Extract of 500 bytes with MaxBytes 100 = %v, want ErrTooLarge", err)
	}
}

// TestConcurrentUse runs one Extractor from many goroutines: the results
// must equal a sequential run (and -race must stay quiet).
func TestConcurrentUse(t *testing.T) {
	ex := sharedExtractor()
	arts := articles(t)
	want := make([]*model.Record, len(arts))
	for i, a := range arts {
		want[i] = extractFile(t, ex, a)
	}
	var wg sync.WaitGroup
	got := make([][]*model.Record, 4)
	for g := range got {
		got[g] = make([]*model.Record, len(arts))
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, a := range arts {
				got[g][i] = extractFile(t, ex, a)
			}
		}()
	}
	wg.Wait()
	for g := range got {
		if diff := cmp.Diff(want, got[g]); diff != "" {
			t.Fatalf("goroutine %d differs from the sequential run (-want +got):\n%s", g, diff)
		}
	}
}

func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := sharedExtractor().Extract(ctx, extract.Input{Name: "x.txt", Data: []byte("HEADLINE\n\nSome text here.")})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Extract with a cancelled context = %v, want context.Canceled", err)
	}
}
