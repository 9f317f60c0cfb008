package layout

import (
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func addGoldSeeds(f *testing.F, ext string) {
	f.Helper()
	for _, name := range []string{"imo-cma-cgm-2020", "amber-coast-pcs-ddos-2022", "kestrel-ecdis-malware-2024", "brightwell-forwarding-denial-2025"} {
		if data, err := os.ReadFile("../../testdata/gold/" + name + ext); err == nil {
			f.Add(string(data))
		}
	}
}

func FuzzText(f *testing.F) {
	addGoldSeeds(f, ".txt")
	f.Add("HEADLINE\n\nBody text.\n")
	f.Add("ANNO XII - Numero MARZO 2023\n\n\n- Via x 1 - 12345 City - ITALY")
	f.Add("a-\nb\n\u00ad\r\n")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		r := Text(s)
		checkTextBlocks(t, s, r)
		for _, b := range r.Story() {
			if b.Kind != Headline && b.Kind != Standfirst && b.Kind != Body && b.Kind != Dateline {
				t.Fatalf("story holds a %s block", b.Kind)
			}
		}
	})
}

func FuzzHTML(f *testing.F) {
	addGoldSeeds(f, ".html")
	f.Add("<p>x</p>")
	f.Add(`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":1}]}</script><h1>a</h1>`)
	f.Add("<header><h1>t</h1></header><article><p>a, b, c, d, e, f, g, h, i, j, k, l</p></article>")
	f.Fuzz(func(t *testing.T, s string) {
		r, err := HTML(s)
		if err != nil {
			return
		}
		for _, b := range r.Blocks {
			if b.RawStart != -1 {
				t.Fatalf("HTML block with RawStart %d", b.RawStart)
			}
		}
		if r.Authors == nil || r.Warnings == nil || r.Blocks == nil {
			t.Fatal("nil slice in result")
		}
	})
}

// TestHostile checks inputs that must neither panic nor take long.
func TestHostile(t *testing.T) {
	scale := 1
	if raceEnabled || testing.Short() {
		scale = 10
	}
	cases := []struct {
		name   string
		html   bool
		input  string
		reason string
	}{
		{"long-line", false, strings.Repeat("word - 12345 ", 3<<20/scale), "a 40 MB single line of address-like text"},
		{"many-lines", false, strings.Repeat("SHORT LINE\n", 200000/scale), "200,000 capitals lines (all name-like)"},
		{"blank-lines", false, strings.Repeat("\n", 1<<20) + "x", "a million blank lines"},
		{"deep-html", true, strings.Repeat("<div>", 100000) + "x" + strings.Repeat("</div>", 100000), "HTML nested 100,000 deep is refused by the parser, not a hang"},
		{"deep-inline", true, strings.Repeat("<b><i>", 50000) + "x", "deep formatting elements"},
		{"many-paragraphs", true, "<h1>t</h1>" + strings.Repeat("<p>Some words, more words, and again, enough to score.</p>", 100000/scale), "100,000 sibling paragraphs"},
		{"many-h1", true, strings.Repeat("<h1>title words here</h1><p>a, b, c, d, e, f, g, h and more words here</p>", 20000/scale), "20,000 headline candidates"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			if tc.html {
				_, _ = HTML(tc.input)
			} else {
				Text(tc.input)
			}
			if d := time.Since(start); d > 60*time.Second {
				t.Errorf("took %v [%s]", d, tc.reason)
			}
		})
	}
}

// TestDeepHTML checks that a page nested deeper than the parser allows is
// laid out from its text, with a warning, rather than refused.
func TestDeepHTML(t *testing.T) {
	page := "<html><head><title>Deep</title></head><body>" + strings.Repeat("<div>", 2000) +
		"<h1>Port hit by attack</h1><p>The port said its systems were restored on Monday.</p><script>var x = 1;</script>" +
		strings.Repeat("</div>", 2000) + "</body></html>"
	r, err := HTML(page)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Warnings) == 0 || !strings.Contains(r.Warnings[len(r.Warnings)-1], "could not be parsed") {
		t.Errorf("no fallback warning: %q", r.Warnings)
	}
	story := storyText(r)
	if !strings.Contains(story, "systems were restored") || strings.Contains(story, "var x") {
		t.Errorf("fallback story = %q, want the paragraph without the script", story)
	}
	for _, b := range r.Blocks {
		if b.RawStart != -1 {
			t.Errorf("block %q has RawStart %d, want -1", b.Text, b.RawStart)
		}
	}
}
