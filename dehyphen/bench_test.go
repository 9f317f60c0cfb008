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
	for _, bc := range []struct {
		name, file string
		repeat     int // how many times the file's text is repeated
	}{
		{"clean", "../testdata/dehyphen/heldout.clean.txt", 1},
		{"damaged", "../testdata/dehyphen/heldout.it_reflow.damaged.txt", 1},
		// hostile: 144 KB without a space, every hyphen's token the whole text
		{"nospaces", "testdata/nospaces.txt", 4000},
	} {
		data, err := os.ReadFile(bc.file)
		if err != nil {
			b.Fatal(err)
		}
		text := strings.Repeat(string(data), bc.repeat)
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
