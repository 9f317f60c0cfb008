package layout

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestTextHeads checks the head of plain-text articles in the shapes seen
// in the wild: the fields a reader would fill from the top of the page.
func TestTextHeads(t *testing.T) {
	type head struct {
		Headline, Standfirst, Section, Publication, Published string
		Authors                                               []string
	}
	cases := []struct {
		name   string
		in     string
		want   head
		reason string
	}{
		{"headline-only", "Port hit by cyberattack\n\nThe port said on Monday that its systems were down.\n",
			head{Headline: "Port hit by cyberattack", Authors: []string{}}, "no masthead: the first isolated line is the headline"},
		{"caps-headline-standfirst-block", "PORT WEEKLY\n\nTERMINAL HIT BY RANSOMWARE\n\nThe operator says it will not pay the gang\n\nBy Anna Berg\n\nThe operator said on Monday that it would not pay.\n",
			head{Headline: "TERMINAL HIT BY RANSOMWARE", Standfirst: "The operator says it will not pay the gang", Publication: "Port Weekly", Authors: []string{"Anna Berg"}}, "a capitals headline in its own group followed by an unpunctuated standfirst"},
		{"journal-no-issue", "THE BALTIC GAZETTE\nShipping\nCARRIER CONFIRMS DATA BREACH\nThe carrier said customer names and addresses were copied.\n",
			head{Headline: "CARRIER CONFIRMS DATA BREACH", Section: "Shipping", Publication: "The Baltic Gazette", Authors: []string{}}, "journal without an issue line: publication, section, headline"},
		{"published-iso", "Harbour Wire\n\nPort systems restored\n\nBy Lena Marsh\nPublished: 2024-03-05 10:00\n\nThe port said its systems were restored.\n",
			head{Headline: "Port systems restored", Publication: "Harbour Wire", Published: "2024-03-05", Authors: []string{"Lena Marsh"}}, "an ISO date line"},
		{"german-date", "HAFEN AKTUELL\n\nHafen nach Angriff wieder in Betrieb\n\nVon Jana Vogel\n15. März 2024\n\nDer Hafen ist nach dem Angriff wieder in Betrieb, teilte die Behörde mit.\n",
			head{Headline: "Hafen nach Angriff wieder in Betrieb", Publication: "Hafen Aktuell", Published: "2024-03-15", Authors: []string{"Jana Vogel"}}, "German byline and date with a day followed by a full stop"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := Text(tc.in)
			got := head{Headline: r.Headline, Standfirst: r.Standfirst, Section: r.Section, Publication: r.Publication, Authors: r.Authors}
			if r.Published != nil {
				got.Published = r.Published.Value
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Text() head mismatch (-want +got) [%s]:\n%s", tc.reason, diff)
			}
		})
	}
}
