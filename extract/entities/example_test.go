package entities_test

import (
	"fmt"
	"strings"

	"github.com/clipper-news/clipper/extract/annotate"
	"github.com/clipper-news/clipper/extract/entities"
)

func ExampleRecognizer_Recognize() {
	text := "Valmora Container Terminals (VCT) has been hit by a ransomware attack claimed by the BlackTide gang.\n\n" +
		"The operator said gate automation at its Valencia terminal had been suspended. " +
		"Maria Keller, chief information officer at VCT, said: \"We will not pay.\""
	doc := annotate.New(text, annotate.Layout{})
	for _, e := range entities.New().Recognize(doc) {
		fmt.Println(strings.TrimSpace(fmt.Sprintln(e.ID, e.Type, e.Name, e.Aliases, e.Role)))
		for _, m := range e.Mentions {
			fmt.Printf("  %d-%d %s\n", m.Start, m.End, m.Text)
		}
	}
	// Output:
	// e1 organisation Valmora Container Terminals [VCT]
	//   0-27 Valmora Container Terminals
	//   29-32 VCT
	//   102-114 The operator
	//   224-227 VCT
	// e2 organisation BlackTide []
	//   85-94 BlackTide
	// e3 place Valencia []
	//   143-151 Valencia
	// e4 person Maria Keller [] chief information officer
	//   181-193 Maria Keller
}
