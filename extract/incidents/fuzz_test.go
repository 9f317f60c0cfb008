package incidents

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"unicode"

	"github.com/clipper-news/clipper/extract/annotate"
	"github.com/clipper-news/clipper/model"
)

// fuzzInput makes an Input for arbitrary text: every run of capitalised
// words is an organisation, every number a date, every pair of double
// quotation marks a quote by the first organisation.
func fuzzInput(text string) Input {
	// odd-length texts have no headline, so that a body sentence may open the text
	doc := annotate.New(text, annotate.Layout{Headline: len(text)%2 == 0})
	var ents []model.Entity
	var dates []model.Date
	toks := doc.Tokens
	for i := 0; i < len(toks); i++ {
		r := []rune(toks[i].Text)
		switch {
		case unicode.IsUpper(r[0]):
			j := i
			for j+1 < len(toks) && unicode.IsUpper([]rune(toks[j+1].Text)[0]) && toks[j+1].Sentence == toks[i].Sentence {
				j++
			}
			ents = append(ents, model.Entity{ID: fmt.Sprintf("e%d", len(ents)+1), Type: model.EntityOrganisation,
				Name:     doc.Slice(model.Span{Start: toks[i].Start, End: toks[j].End}),
				Mentions: []model.Mention{{Start: toks[i].Start, End: toks[j].End}}})
			i = j
		case unicode.IsDigit(r[0]):
			dates = append(dates, model.Date{Text: toks[i].Text, Value: "2024-01-0" + string(r[0]), Start: toks[i].Start, End: toks[i].End})
		}
	}
	var quotes []model.Quote
	open := -1
	for i, c := range doc.Runes {
		if c == '"' {
			if open < 0 {
				open = i + 1
				continue
			}
			q := model.Quote{Text: string(doc.Runes[open:i]), Start: open, End: i}
			if len(ents) > 0 {
				q.Speaker = &model.Ref{ID: ents[0].ID, Name: ents[0].Name}
			}
			quotes = append(quotes, q)
			open = -1
		}
	}
	return Input{Doc: doc, Entities: ents, Dates: dates, Quotes: quotes}
}

func FuzzBuild(f *testing.F) {
	paths, _ := filepath.Glob("../../testdata/incidents/stories/*.txt")
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(string(data))
		}
	}
	f.Add("HIT\n\nAcme Port was hit by a ransomware attack on 3 May that took down its Booking Portal; the EDI Links and the Gate System (GS) were restored, including the Yard.")
	f.Add("X\n\n( ( , and ; , offline")
	b := New()
	f.Fuzz(func(t *testing.T, text string) {
		in := fuzzInput(text)
		got := b.Build(in)
		if got == nil {
			t.Fatal("Build returned nil")
		}
		n := len(in.Doc.Runes)
		for _, inc := range got {
			for _, s := range inc.Systems {
				if s.Start < 0 || s.End > n || s.Start >= s.End || string(in.Doc.Runes[s.Start:s.End]) != s.Name {
					t.Fatalf("system %q has a bad span %d-%d", s.Name, s.Start, s.End)
				}
			}
			for _, e := range inc.Evidence {
				if e.Start < 0 || e.End > n || e.Start >= e.End {
					t.Fatalf("evidence span %d-%d outside the text", e.Start, e.End)
				}
			}
			if inc.Date != nil && inc.Date.Value == "" {
				t.Fatalf("incident %s has a date without a value", inc.ID)
			}
		}
	})
}
