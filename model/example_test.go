package model_test

import (
	"encoding/json"
	"fmt"

	"github.com/clipper-news/clipper/model"
)

func ExampleRecord() {
	rec := model.NewRecord(model.Source{Name: "story.txt", Format: model.FormatText})
	rec.Article.Text = "IMO HIT BY CYBERATTACK"
	rec.Entities = append(rec.Entities, model.Entity{
		ID: "e1", Type: model.EntityOrganisation, Name: "IMO", Aliases: []string{},
		Mentions: []model.Mention{{Start: 0, End: 3, Text: "IMO"}},
	})
	m := rec.Entities[0].Mentions[0]
	fmt.Println(string([]rune(rec.Article.Text)[m.Start:m.End]))
	b, _ := json.Marshal(rec.Incidents)
	fmt.Println(string(b))
	// Output:
	// IMO
	// []
}
