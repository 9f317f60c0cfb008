package quotes_test

import (
	"fmt"

	"github.com/clipper-news/clipper/extract/annotate"
	"github.com/clipper-news/clipper/extract/quotes"
	"github.com/clipper-news/clipper/model"
)

func ExampleFinder_Find() {
	text := "PORT HIT BY CYBERATTACK\n\n" +
		"Harbour Lines said its booking portal was down. It added: \"Our ships are sailing as planned.\"\n\n" +
		"\"We will not pay,\" said chief executive Ana Ruiz. The attackers used so-called \"booter\" services."
	doc := annotate.New(text, annotate.Layout{Headline: true})
	ents := []model.Entity{
		{ID: "e1", Type: model.EntityOrganisation, Name: "Harbour Lines", Mentions: []model.Mention{{Start: 25, End: 38, Text: "Harbour Lines"}}},
		{ID: "e2", Type: model.EntityPerson, Name: "Ana Ruiz", Mentions: []model.Mention{{Start: 160, End: 168, Text: "Ana Ruiz"}}},
	}
	for _, q := range quotes.New().Find(doc, ents) {
		fmt.Printf("%q %s %q -> %s\n", q.Text, q.Cue, q.SpeakerText, q.Speaker.Name)
	}
	// Output:
	// "Our ships are sailing as planned." added "It" -> Harbour Lines
	// "We will not pay" said "Ana Ruiz" -> Ana Ruiz
}
