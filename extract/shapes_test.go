package extract

import (
	"context"
	"strings"
	"testing"
)

// hostileShapes are texts built to defeat the segmenter and the stages' windows: one
// clause or name repeated without a sentence end, capitalized words without end, text
// without spaces. Each once cost time in proportion to the square of its length.
var hostileShapes = []struct{ name, unit string }{
	{"one-clause", "Acme Corp was hit by a ransomware attack that took down its booking system; "},
	{"capitalized", "Acme Beta Gamma Delta Epsilon Zeta Eta Theta "},
	{"possessives", "Acme's Beta's Gamma's "},
	{"no-spaces", "Acme-Corp.said:\"the-ransomware-attack-hit-systems\"."},
	{"quotes", "\"We are working on it,\" said John Smith of Acme Corp. "},
	{"systems", "its booking system and email servers were down and restored, "},
	{"curly-marks", "\u201c\u201d"},
	{"straight-marks", "\""},
	{"speech", "John Smith said \"Acme Corp\" "},
}

// shapeText is about 120 KB of a shape's unit repeated.
func shapeText(unit string) []byte {
	return []byte(strings.Repeat(unit, 120_000/len(unit)))
}

// TestHostileShapes extracts 120 KB of every hostile shape. It asserts no time (a
// quadratic stage shows as a test that takes minutes, and in BenchmarkHostile), only that
// each gives a record with its text.
func TestHostileShapes(t *testing.T) {
	ex, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, sh := range hostileShapes {
		t.Run(sh.name, func(t *testing.T) {
			data := shapeText(sh.unit)
			rec, err := ex.Extract(context.Background(), Input{Name: sh.name, Data: data})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if len(rec.Article.Text) < len(data)/2 {
				t.Errorf("article text has %d bytes of %d", len(rec.Article.Text), len(data))
			}
		})
	}
}

// BenchmarkHostile measures the pipeline on 120 KB of every hostile shape.
func BenchmarkHostile(b *testing.B) {
	ex, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, sh := range hostileShapes {
		b.Run(sh.name, func(b *testing.B) {
			data := shapeText(sh.unit)
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ex.Extract(context.Background(), Input{Name: sh.name, Data: data}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
