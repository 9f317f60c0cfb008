package incidents_test

import (
	"fmt"
	"strings"

	"github.com/clipper-news/clipper/extract/annotate"
	"github.com/clipper-news/clipper/extract/incidents"
	"github.com/clipper-news/clipper/model"
)

func ExampleBuilder_Build() {
	text := "PORT HIT\n\nThe Port of Halden was hit by a ransomware attack on Sunday. Its booking portal went down; the gate system and the crane systems were not affected."
	doc := annotate.New(text, annotate.Layout{Headline: true})
	name := "Port of Halden"
	at := len([]rune(text[:strings.Index(text, name)]))
	day := len([]rune(text[:strings.Index(text, "Sunday")]))
	in := incidents.Input{
		Doc: doc,
		Entities: []model.Entity{{ID: "e1", Type: model.EntityOrganisation, Name: name,
			Mentions: []model.Mention{{Start: at, End: at + len([]rune(name)), Text: name}}}},
		Dates: []model.Date{{Text: "Sunday", Value: "2024-03-03", Precision: model.PrecisionDay, Start: day, End: day + 6}},
	}
	for _, inc := range incidents.New().Build(in) {
		fmt.Println(inc.ID, inc.Victim.Name, inc.Type, inc.Date.Value, inc.DataBreach)
		for _, s := range inc.Systems {
			fmt.Printf("  %s: %s\n", s.Name, s.Status)
		}
	}
	// Output:
	// i1 Port of Halden ransomware 2024-03-03 not_stated
	//   booking portal: unavailable
	//   gate system: unaffected
	//   crane systems: unaffected
}
