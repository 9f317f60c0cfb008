package annotate_test

import (
	"fmt"

	"github.com/clipper-news/clipper/extract/annotate"
)

func ExampleNew() {
	d := annotate.New("IMO HIT BY CYBERATTACK\n\nThe IMO said it was working with Mr. Hale. It added more.", annotate.Layout{Headline: true})
	for _, s := range d.Sentences {
		fmt.Printf("%d-%d %q\n", s.Start, s.End, d.Slice(s.Span))
	}
	// Output:
	// 0-22 "IMO HIT BY CYBERATTACK"
	// 24-66 "The IMO said it was working with Mr. Hale."
	// 67-81 "It added more."
}
