package quotes

import (
	"testing"

	"github.com/clipper-news/clipper/extract/annotate"
	"github.com/clipper-news/clipper/model"
)

// FuzzFind checks that Find never panics, that spans are valid and that
// each quote's text is the words its span covers.
func FuzzFind(f *testing.F) {
	seeds := []string{
		"H\n\nIt said: \"One.\n\n\"Two, three,\" it added.",
		"H\n\n“We are,” she said, “fine.”",
		"H\n\n„Gut“, sagte er. «Bien» »x«",
		"H\n\n\"unclosed\n\nnext \" para\"",
		"\"\"\"\n\n\"\n\n“”“”",
		"H\n\nThe 12\" screen, 'single' quotes and clients' ships \"so-called\" \"x",
		"H\n\nA spokesperson for the company told Radio: \"Yes.\" According to Ana, \"no\".",
	}
	for _, s := range seeds {
		f.Add(s, true)
	}
	fd := New()
	f.Fuzz(func(t *testing.T, text string, standfirst bool) {
		doc := annotate.New(text, annotate.Layout{Headline: true, Standfirst: standfirst})
		n := len(doc.Runes)
		// an organisation mentioned at every third code point, a person at the rest
		ents := []model.Entity{{ID: "e1", Type: model.EntityOrganisation, Name: "O"}, {ID: "e2", Type: model.EntityPerson, Name: "P"}}
		for i := 0; i+2 <= n; i += 3 {
			ents[i%2].Mentions = append(ents[i%2].Mentions, model.Mention{Start: i, End: i + 2})
		}
		qs := fd.Find(doc, ents)
		checkSpans(t, doc, qs)
		for _, q := range qs {
			if q.Speaker != nil && q.Speaker.ID != "e1" && q.Speaker.ID != "e2" {
				t.Fatalf("speaker %+v is not an entity", q.Speaker)
			}
		}
	})
}
