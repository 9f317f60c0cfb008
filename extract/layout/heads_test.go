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
		{"french-date", "LE MARIN PORTUAIRE\n\nLe port du Havre visé par une attaque\n\nPar Claire Martin\nPublié le 5 mars 2024 à 10h30\n\nLe port a été visé par une attaque, a indiqué la direction.\n",
			head{Headline: "Le port du Havre visé par une attaque", Publication: "Le Marin Portuaire", Published: "2024-03-05", Authors: []string{"Claire Martin"}}, "French byline and date line with a time"},
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

// TestHTMLHeads checks metadata resolution on small pages.
func TestHTMLHeads(t *testing.T) {
	type head struct {
		Headline, Section, Publication, Published, URL, Language string
		Authors                                                  []string
		Story                                                    []string
		Warnings                                                 int
	}
	cases := []struct {
		name   string
		in     string
		want   head
		reason string
	}{
		{"bare", `<h1>Port hit</h1><p>The port said its systems were down, and that it had called the police.</p>`,
			head{Headline: "Port hit", Language: "en", Authors: []string{}, Story: []string{"Port hit", "The port said its systems were down, and that it had called the police."}}, "no metadata at all"},
		{"ld-string-author", `<html lang="de"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Hafen angegriffen","author":"By Jana Vogel","datePublished":"2024-03-15"}</script><article><h1>Hafen angegriffen</h1><p>Der Hafen wurde angegriffen, und die Systeme sind nicht verfügbar, teilte die Behörde mit.</p></article></html>`,
			head{Headline: "Hafen angegriffen", Published: "2024-03-15", Language: "de", Authors: []string{"Jana Vogel"}, Story: []string{"Hafen angegriffen", "Der Hafen wurde angegriffen, und die Systeme sind nicht verfügbar, teilte die Behörde mit."}}, "a JSON-LD author string with a By prefix"},
		{"itemprop-time", `<title>Port hit - Port News</title><div class="story"><h1>Port hit</h1><time itemprop="datePublished" datetime="2023-01-02T10:00">2 January 2023</time><p>The port said its systems were down, and that it had called the police.</p><p>It said on <time datetime="2023-01-01">Sunday</time> that nothing was lost.</p></div>`,
			head{Headline: "Port hit", Publication: "Port News", Published: "2023-01-02", Language: "en", Authors: []string{}, Story: []string{"Port hit", "The port said its systems were down, and that it had called the police.", "It said on Sunday that nothing was lost."}}, "the publication time is the itemprop one, not the in-story time"},
		{"title-only", `<html><head><title>Ferry line hit by DDoS | Coastal News</title><meta property="og:site_name" content="Coastal News"></head><body><div><p>The ferry line said its booking site was down for hours, and that sailings ran.</p></div></body></html>`,
			head{Headline: "Ferry line hit by DDoS", Publication: "Coastal News", Language: "en", Authors: []string{}, Story: []string{"Ferry line hit by DDoS", "The ferry line said its booking site was down for hours, and that sailings ran."}, Warnings: 1}, "no headline element: the title without the site name, with a warning"},
		{"double-br", `<h1>Port hit</h1><div class="text">The port said its systems were down, and that it had called the police.<br><br>It said nothing was lost,<br>and that ships sailed.</div>`,
			head{Headline: "Port hit", Language: "en", Authors: []string{}, Story: []string{"Port hit", "The port said its systems were down, and that it had called the police.", "It said nothing was lost,\nand that ships sailed."}}, "two <br> end a paragraph, one ends a line"},
		{"disagreeing-dates", `<meta property="article:published_time" content="2024-02-01"><meta name="date" content="2024-02"><h1>Port hit</h1><p>The port said its systems were down, and that it had called the police.</p>`,
			head{Headline: "Port hit", Published: "2024-02-01", Language: "en", Authors: []string{}, Story: []string{"Port hit", "The port said its systems were down, and that it had called the police."}}, "the day-precise date wins; a month that contains it is no disagreement"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r, err := HTML(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			got := head{Headline: r.Headline, Section: r.Section, Publication: r.Publication, URL: r.URL, Language: r.Language, Authors: r.Authors, Warnings: len(r.Warnings)}
			if r.Published != nil {
				got.Published = r.Published.Value
			}
			for _, b := range r.Story() {
				got.Story = append(got.Story, b.Text)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("HTML() head mismatch (-want +got) [%s]:\n%s", tc.reason, diff)
			}
		})
	}
}
