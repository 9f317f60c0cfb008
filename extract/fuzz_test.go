package extract_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/clipper-news/clipper/extract"
)

// FuzzExtract feeds arbitrary bytes through the whole pipeline: no stage
// may panic (Extract would turn it into ErrPanic), and every span in a
// record must lie inside article.text.
func FuzzExtract(f *testing.F) {
	for _, pat := range []string{"../testdata/gold/*.txt", "../testdata/gold/*.html", "../testdata/bad/*"} {
		paths, _ := filepath.Glob(pat)
		for _, p := range paths {
			if data, err := os.ReadFile(p); err == nil && len(data) < 64<<10 {
				f.Add(data)
			}
		}
	}
	f.Add([]byte("HEADLINE\n\nIt said: \"sy-stems were down on Monday,\" the IMO (IMO) said."))
	ex := sharedExtractor()
	ref := time.Date(2020, 10, 2, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, data []byte) {
		rec, err := ex.Extract(context.Background(), extract.Input{Name: "fuzz", Data: data, Reference: ref})
		if errors.Is(err, extract.ErrPanic) {
			t.Fatalf("a stage panicked: %v", err)
		}
		if err != nil {
			return
		}
		n := len([]rune(rec.Article.Text))
		check := func(what string, s, e int) {
			if s < 0 || e > n || s > e {
				t.Fatalf("%s span %d-%d outside the text (%d code points)", what, s, e, n)
			}
		}
		for _, r := range rec.Repairs {
			check("repair", r.Start, r.End)
		}
		for _, en := range rec.Entities {
			for _, m := range en.Mentions {
				check("mention", m.Start, m.End)
			}
		}
		for _, d := range rec.Dates {
			check("date", d.Start, d.End)
		}
		for _, q := range rec.Quotes {
			check("quote", q.Start, q.End)
		}
		for _, i := range rec.Incidents {
			for _, s := range i.Systems {
				check("system", s.Start, s.End)
			}
			for _, ev := range i.Evidence {
				check("evidence", ev.Start, ev.End)
			}
			for _, qi := range i.Quotes {
				if qi < 0 || qi >= len(rec.Quotes) {
					t.Fatalf("incident quote index %d of %d", qi, len(rec.Quotes))
				}
			}
		}
	})
}
