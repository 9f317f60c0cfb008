package layout_test

import (
	"fmt"

	"github.com/clipper-news/clipper/extract/layout"
)

func ExampleText() {
	page := `Independent journal on ports
PORT NEWS WEEKLY
ANNO XII - Numero MARZO 2023
TECHNOLOGY- RESEARCH
TERMINAL HIT BY RANSOMWARE
The operator said its terminal operating system was taken
offline on Sunday.
Via Roma 1 - 16100 Genoa - ITALY
VAT number: 0123456789`
	r := layout.Text(page)
	fmt.Println(r.Publication, "|", r.Section, "|", r.Published.Value, r.Published.Precision)
	for _, b := range r.Story() {
		fmt.Printf("%s: %q\n", b.Kind, b.Text)
	}
	// Output:
	// Port News Weekly | Technology - Research | 2023-03 month
	// headline: "TERMINAL HIT BY RANSOMWARE"
	// body: "The operator said its terminal operating system was taken\noffline on Sunday."
}

func ExampleHTML() {
	page := `<html lang="en"><head><title>Port hit by attack | Port News</title>
<meta property="og:site_name" content="Port News">
<meta property="article:published_time" content="2024-05-21T08:15:00+01:00"></head>
<body><nav><a href="/">Home</a></nav>
<article><h1>Port hit by attack</h1>
<p>The port said its systems were restored, and that no data was taken.</p></article>
<section class="comments"><p>I saw this coming, on 3 May.</p></section></body></html>`
	r, err := layout.HTML(page)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Publication, "|", r.Published.Value, "|", r.Language)
	for _, b := range r.Story() {
		fmt.Printf("%s: %s\n", b.Kind, b.Text)
	}
	// Output:
	// Port News | 2024-05-21 | en
	// headline: Port hit by attack
	// body: The port said its systems were restored, and that no data was taken.
}
