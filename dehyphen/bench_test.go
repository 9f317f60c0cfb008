package dehyphen_test

import (
	"os"
	"strings"
	"testing"

	"github.com/clipper-news/clipper/dehyphen"
)

// sink keeps the compiler from removing the benchmarked work.
var sink int

func BenchmarkRepair(b *testing.B) {
	r, err := dehyphen.New()
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct{ name, file string }{
		{"clean", "../testdata/dehyphen/heldout.clean.txt"},
		{"damaged", "../testdata/dehyphen/heldout.it_reflow.damaged.txt"},
		// hostile: 140 KB without a space, every hyphen's token the whole text
		{"nospaces", "testdata/nospaces.txt"},
	} {
		data, err := os.ReadFile(bc.file)
		if err != nil {
			b.Fatal(err)
		}
		text := string(data)
		if bc.name == "nospaces" {
			text = strings.Repeat(text, 4000)
		}
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				out, reps := r.Repair(text)
				sink += len(out) + len(reps)
			}
		})
	}
}

func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		r, err := dehyphen.New()
		if err != nil {
			b.Fatal(err)
		}
		if r == nil {
			b.Fatal("nil Repairer")
		}
	}
}
