package entities

import (
	"fmt"
	"testing"

	"github.com/clipper-news/clipper/extract/annotate"
)

// FuzzRecognize checks that Recognize never panics and that every mention
// span is inside the text and spells the mention's text.
func FuzzRecognize(f *testing.F) {
	for _, s := range []string{
		"Valmora Container Terminals (VCT) said it was hit. The operator said VCT's systems were down.",
		"IMO HIT BY CYBERATTACK\n\nThe International Maritime Organisation (IMO) said it was attacked.",
		"Barcelona-based Castellane Freight told Cargo Daily Iberia: \"We were hit.\" she said",
		"Erik Sandberg, chairman of the West Sweden Hauliers’ Association, said so. Ms Sandberg agreed.",
		"GDANSK, June 15 (Harbour Wire) - (Reporting by Lena Marsh; Editing by Tom Quill)",
		"NCG (Nordic Customs Gateway) ( ) (X) A- -based Port of of S.p.A. 's ’ ’s It it the company",
		"",
	} {
		f.Add(s, true)
	}
	r := New()
	f.Fuzz(func(t *testing.T, text string, headline bool) {
		doc := annotate.New(text, annotate.Layout{Headline: headline})
		ents := r.Recognize(doc)
		for i, e := range ents {
			if want := fmt.Sprintf("e%d", i+1); e.ID != want {
				t.Errorf("entity %d has ID %q, want %q", i, e.ID, want)
			}
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(doc.Runes) || m.Start >= m.End {
					t.Fatalf("%s mention %+v outside text of %d runes", e.ID, m, len(doc.Runes))
				}
				if got := string(doc.Runes[m.Start:m.End]); got != m.Text {
					t.Errorf("%s mention %d-%d spells %q, Text is %q", e.ID, m.Start, m.End, got, m.Text)
				}
			}
		}
	})
}
