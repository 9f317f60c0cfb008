package dates_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/clipper-news/clipper/extract/dates"
	"github.com/clipper-news/clipper/model"
)

var sinkDates []model.Date

func BenchmarkFind(b *testing.B) {
	seed, err := os.ReadFile(filepath.Join(storyDir, "imo-cma-cgm-2020.txt"))
	if err != nil {
		b.Fatal(err)
	}
	paths, _ := filepath.Glob(filepath.Join(storyDir, "*.txt"))
	var all strings.Builder
	for _, p := range paths {
		t, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		all.Write(t)
		all.WriteString("\n\n")
	}
	ref := dates.Reference{Time: time.Date(2020, 10, 2, 0, 0, 0, 0, time.UTC), Precision: model.PrecisionDay}
	f := dates.New()
	for _, bc := range []struct {
		name, text string
		want       int // dates found; 0: as many as an untimed run finds
	}{
		{"seed", string(seed), 4},
		{"devset", all.String(), 0}, // the development set grows
	} {
		b.Run(bc.name, func(b *testing.B) {
			if bc.want == 0 {
				ds, _ := f.Find(bc.text, ref)
				if bc.want = len(ds); bc.want == 0 {
					b.Fatal("no dates in the development set")
				}
			}
			b.ReportAllocs()
			b.SetBytes(int64(len(bc.text)))
			for b.Loop() {
				sinkDates, _ = f.Find(bc.text, ref)
			}
			if len(sinkDates) != bc.want {
				b.Fatalf("found %d dates, want %d", len(sinkDates), bc.want)
			}
		})
	}
}

func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_ = dates.New()
	}
}
