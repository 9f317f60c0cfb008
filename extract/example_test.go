package extract_test

import (
	"context"
	"fmt"
	"time"

	"github.com/clipper-news/clipper/extract"
)

func ExampleExtractor_Extract() {
	ex, err := extract.New(extract.Options{})
	if err != nil {
		panic(err)
	}
	article := `PORT OPERATOR HIT BY RANSOMWARE

Valmora Container Terminals said its booking portal became unavailable on Sunday 5 March after a ransomware attack.
`
	rec, err := ex.Extract(context.Background(), extract.Input{
		Name:      "story.txt",
		Data:      []byte(article),
		Reference: time.Date(2023, 3, 8, 0, 0, 0, 0, time.UTC),
	})
	if err != nil {
		panic(err)
	}
	fmt.Println(rec.Article.Headline)
	for _, d := range rec.Dates {
		fmt.Println(d.Text, "=", d.Value)
	}
	for _, inc := range rec.Incidents {
		fmt.Println(inc.Victim.Name, inc.Type)
		for _, s := range inc.Systems {
			fmt.Println(" ", s.Name, s.Status)
		}
	}
	// Output:
	// PORT OPERATOR HIT BY RANSOMWARE
	// Sunday 5 March = 2023-03-05
	// Valmora Container Terminals ransomware
	//   booking portal unavailable
}
