package extract_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/clipper-news/clipper/extract"
)

// BenchmarkExtract runs the whole pipeline over the annotated articles, by
// format. Throughput is in bytes of input.
func BenchmarkExtract(b *testing.B) {
	for _, format := range []string{"txt", "html"} {
		b.Run(format, func(b *testing.B) {
			paths, _ := filepath.Glob("../testdata/gold/*." + format)
			var inputs [][]byte
			var total int64
			for _, p := range paths {
				data, err := os.ReadFile(p)
				if err != nil {
					b.Fatal(err)
				}
				inputs = append(inputs, data)
				total += int64(len(data))
			}
			ex := sharedExtractor()
			ctx := context.Background()
			for _, data := range inputs { // warm the lazily loaded resources
				if _, err := ex.Extract(ctx, extract.Input{Name: "warm", Data: data}); err != nil {
					b.Fatal(err)
				}
			}
			b.SetBytes(total)
			b.ReportAllocs()
			for b.Loop() {
				for _, data := range inputs {
					rec, err := ex.Extract(ctx, extract.Input{Name: "bench", Data: data})
					if err != nil || rec.Article.Text == "" {
						b.Fatalf("Extract: %v", err)
					}
				}
			}
		})
	}
}

// BenchmarkNew measures building an Extractor and its first extraction,
// which loads every lazy resource: the cost a one-article process pays.
func BenchmarkNew(b *testing.B) {
	data, err := os.ReadFile("../testdata/gold/imo-cma-cgm-2020.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		ex, err := extract.New(extract.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := ex.Extract(context.Background(), extract.Input{Name: "seed", Data: data}); err != nil {
			b.Fatal(err)
		}
	}
}
