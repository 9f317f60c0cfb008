package entities

import (
	"os"
	"strings"
	"testing"

	"github.com/clipper-news/clipper/extract/annotate"
	"github.com/clipper-news/clipper/model"
	"github.com/google/go-cmp/cmp"
)

// summary renders entities as "type name [aliases] role: mention|mention".
func summary(ents []model.Entity) []string {
	var out []string
	for _, e := range ents {
		var ms []string
		for _, m := range e.Mentions {
			ms = append(ms, m.Text)
		}
		s := e.Type + " " + e.Name
		if len(e.Aliases) > 0 {
			s += " [" + strings.Join(e.Aliases, ", ") + "]"
		}
		if e.Role != "" {
			s += " (" + e.Role + ")"
		}
		out = append(out, s+": "+strings.Join(ms, "|"))
	}
	return out
}

func TestRecognizeHardCases(t *testing.T) {
	tests := []struct {
		name   string
		text   string // paragraphs separated by blank lines
		layout annotate.Layout
		want   []string
		reason string
	}{
		{
			name:   "acronym defined after first use",
			text:   "VCT said its terminals were running. The attack on Valmora Container Terminals (VCT) began on Sunday.",
			want:   []string{"organisation Valmora Container Terminals [VCT]: VCT|Valmora Container Terminals|VCT"},
			reason: "the definition links the earlier bare acronym, which is then a mention too",
		},
		{
			name:   "acronym before its name",
			text:   "Officials at the NCG (Nordic Customs Gateway) said the link was down.",
			want:   []string{"organisation Nordic Customs Gateway [NCG]: NCG|Nordic Customs Gateway"},
			reason: "some stories print the acronym first and spell it out in brackets",
		},
		{
			name:   "port of",
			text:   "The Port of Tallinn said its systems were restored.",
			want:   []string{"organisation Port of Tallinn: Port of Tallinn"},
			reason: "'Port of X' names a port authority; the city inside the name is not a separate place",
		},
		{
			name: "legal forms",
			text: "Containers were handled by Rossi Trasporti S.p.A. and by Elbe Stauerei GmbH, the companies said.",
			want: []string{
				"organisation Rossi Trasporti S.p.A.: Rossi Trasporti S.p.A.",
				"organisation Elbe Stauerei GmbH: Elbe Stauerei GmbH",
			},
			reason: "Italian and German legal forms mark organisations no list contains; the period of S.p.A. is part of the name",
		},
		{
			name: "compound place",
			text: "Barcelona-based forwarder Castellane Freight confirmed the breach. The Oban-based operator said nothing.",
			want: []string{
				"place Barcelona: Barcelona",
				"organisation Castellane Freight: Castellane Freight",
				"place Oban: Oban",
			},
			reason: "a place heading an X-based compound counts, as a sub-token span; an unlisted town is found by its suffix",
		},
		{
			name:   "IMO is no person",
			text:   "The International Maritime Organisation (IMO) said its website was down. IMO said it was working with experts.",
			want:   []string{"organisation International Maritime Organisation [IMO]: International Maritime Organisation|IMO|IMO|it"},
			reason: "prose tags IMO as a person; the acronym definition and the gazetteer make it an organisation, and 'it' after 'IMO said' is IMO",
		},
		{
			name: "possessive inside a name",
			text: "The company told Lloyd's Loading List that it suspected a breach. IMO's website was down.",
			want: []string{
				"organisation Lloyd's Loading List: Lloyd's Loading List",
				"organisation IMO: IMO",
			},
			reason: "'s joins a name when a capitalised word follows; a possessive after a name is not part of the mention",
		},
		{
			name: "curly apostrophe in a name",
			text: "Erik Sandberg, chairman of the West Sweden Hauliers’ Association, said drivers waited for hours.",
			want: []string{
				"person Erik Sandberg (chairman): Erik Sandberg",
				"organisation West Sweden Hauliers’ Association: West Sweden Hauliers’ Association",
			},
			reason: "a plural possessive with a curly apostrophe stays inside the name, and Sweden inside it is no place",
		},
		{
			name:   "sentence-initial capital",
			text:   "Hauliers reported queues at the gate. Shipping lines were told to expect delays in Gdynia.",
			want:   []string{"place Gdynia: Gdynia"},
			reason: "capitalised first words of sentences are not names",
		},
		{
			name:   "headline in capitals",
			text:   "PHISHING ATTACK HITS CORALIS CONTAINER LINE\n\nCoralis Container Line said the attack began on Tuesday. Coralis, founded in 2019, runs nine ships.",
			layout: annotate.Layout{Headline: true},
			want:   []string{"organisation Coralis Container Line [Coralis]: CORALIS CONTAINER LINE|Coralis Container Line|Coralis"},
			reason: "a headline in capitals only matches names found in the body, without regard to case",
		},
		{
			name:   "gang named as a group",
			text:   "Hacking group Sable Moth claims to have stolen files.\n\nThe Hunters International group listed the company on its leak site.",
			want:   []string{"organisation Sable Moth: Sable Moth", "organisation Hunters International: Hunters International"},
			reason: "'X group' in a sentence about leaks is a gang, but a capitalised common word opening a sentence ('Hacking group') is not",
		},
		{
			name:   "malware is not an organisation",
			text:   "The malware, identified as SeaLamprey, was found on four ships. The BlackTide gang claimed a second attack.",
			want:   []string{"organisation BlackTide: BlackTide"},
			reason: "a malware family is an attacker but no organisation; a named gang is one",
		},
		{
			name: "role before and after a name",
			text: "\"We will recover,\" said chief executive Ingrid Solberg. Henrik Aalto, head of cyber assurance at Polaris Register, agreed, he said.",
			want: []string{
				"person Ingrid Solberg (chief executive): Ingrid Solberg",
				"person Henrik Aalto (head of cyber assurance): Henrik Aalto|he",
				"organisation Polaris Register: Polaris Register",
			},
			reason: "a title printed before or after a name makes it a person; the employer is not part of the role; 'he' is the last person",
		},
		{
			name: "short forms with an organisation word",
			text: "Polaris Register of Shipping found the malware. Henrik Aalto, head of cyber assurance at Polaris Register, said so. A Brightwell spokesperson said Brightwell Forwarding was not affected.",
			want: []string{
				"organisation Polaris Register of Shipping [Polaris Register]: Polaris Register of Shipping|Polaris Register",
				"person Henrik Aalto (head of cyber assurance): Henrik Aalto",
				"organisation Brightwell Forwarding [Brightwell]: Brightwell|Brightwell Forwarding",
			},
			reason: "a name's first words are the same organisation even when they end in an organisation word or come first",
		},
		{
			name: "one-word name defined by an appositive",
			text: "Transnet, the state-owned logistics company, said Transnet Port Terminals had declared force majeure.",
			want: []string{
				"organisation Transnet: Transnet",
				"organisation Transnet Port Terminals: Transnet Port Terminals",
			},
			reason: "a name given its own description is not a short form of the longer name that starts with it",
		},
		{
			name: "roles printed before names",
			text: "Harbour master René de Vries said ships kept moving. Shipping analyst Mark Hendriks of Vesselink Research agreed.",
			want: []string{
				"person René de Vries (harbour master): René de Vries",
				"person Mark Hendriks (shipping analyst): Mark Hendriks",
				"organisation Vesselink Research: Vesselink Research",
			},
			reason: "a sentence-initial capital belongs to the title; name particles stay inside a name",
		},
		{
			name: "title in capitals before a name",
			text: "Prosecutor Ellen Brouwer asked for five years. The firm was sold, said Chief Executive Jane Roe.",
			want: []string{
				"person Ellen Brouwer (prosecutor): Ellen Brouwer",
				"person Jane Roe (chief executive): Jane Roe",
			},
			reason: "a capitalised title is the role, not the first name",
		},
		{
			name: "pronouns agree with a known gender",
			text: "ACPA spokeswoman Katarzyna Wolak spoke first. Mr Piotr Zielinski, head of digital services, answered questions. \"It was slow,\" she said. Jan Nowak, a pilot, agreed, he said.",
			want: []string{
				"organisation ACPA: ACPA",
				"person Katarzyna Wolak (spokeswoman): Katarzyna Wolak|she",
				"person Piotr Zielinski (head of digital services): Piotr Zielinski",
				"person Jan Nowak (pilot): Jan Nowak|he",
			},
			reason: "'she' skips a more recent person an honorific marks as a man; otherwise a pronoun takes the most recent person",
		},
		{
			name: "surname shared by a company and a person",
			text: "Halvorsen Bulk Carriers will invest in monitoring. Halvorsen said the plan predates any attack. Chief executive Siri Halvorsen said: \"We act first.\"",
			want: []string{
				"organisation Halvorsen Bulk Carriers [Halvorsen]: Halvorsen Bulk Carriers|Halvorsen",
				"person Siri Halvorsen (chief executive): Siri Halvorsen",
			},
			reason: "a short form before the person is introduced can only mean the company named in full earlier",
		},
		{
			name: "coreference of descriptions",
			text: "Skerry Line Ferries was hit on Saturday. The company said bookings were slow. Seabright Crew Management, a crewing agency, confirmed a breach. The agency said passports were taken.",
			want: []string{
				"organisation Skerry Line Ferries: Skerry Line Ferries|The company",
				"organisation Seabright Crew Management: Seabright Crew Management|The agency",
			},
			reason: "'the company' takes the subject of the nearest sentence; 'the agency' the organisation described as an agency",
		},
		{
			name:   "system names",
			text:   "The Amber Coast Port Authority (ACPA) said the Port Community System (PCS) was slow.",
			want:   []string{"organisation Amber Coast Port Authority [ACPA]: Amber Coast Port Authority|ACPA"},
			reason: "an acronym defined for a system does not make an organisation",
		},
		{
			name: "wire credits",
			text: "GDANSK, June 15 (Harbour Wire) - The port was attacked.\n\n(Reporting by Lena Marsh; Editing by Tom Quill)",
			want: []string{
				"place Gdansk: GDANSK",
				"organisation Harbour Wire: Harbour Wire",
				"person Lena Marsh (reporter): Lena Marsh",
				"person Tom Quill (editor): Tom Quill",
			},
			reason: "a dateline city in capitals is a place; reporting and editing credits give roles",
		},
		{
			name: "gazetteer bodies",
			text: "Maersk and Hapag-Lloyd said they had informed Europol and the NCSC.",
			want: []string{
				"organisation Maersk: Maersk",
				"organisation Hapag-Lloyd: Hapag-Lloyd",
				"organisation Europol: Europol",
				"organisation NCSC: NCSC",
			},
			reason: "well-known bodies come from the embedded gazetteer, with no context needed",
		},
		{
			name:   "person by prose",
			text:   "The port reopened on Monday, said Jane Porter.",
			want:   []string{"person Jane Porter: Jane Porter"},
			reason: "a name beside a speech verb with no role is put to prose's model, which knows first names",
		},
	}
	r := New()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := summary(r.Recognize(annotate.New(tc.text, tc.layout)))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s\nmismatch (-want +got):\n%s", tc.reason, diff)
			}
		})
	}
}

func TestParseByline(t *testing.T) {
	tests := []struct {
		line   string
		want   []Byline
		reason string
	}{
		{"By Karin Holm", []Byline{{"Karin Holm", "reporter"}}, "a byline with no title gives reporter"},
		{"By Oliver Brandt, Technology Editor", []Byline{{"Oliver Brandt", "technology editor"}}, "a title after a comma is the role"},
		{"By Newsdesk", nil, "a desk credit names no one"},
		{"Posted on 14 January 2026 by Tom Ashdown | Analysis", []Byline{{"Tom Ashdown", "reporter"}}, "a blog byline holds a date and a section"},
		{"By Ana Ruiz and Tom Quill", []Byline{{"Ana Ruiz", "reporter"}, {"Tom Quill", "reporter"}}, "two authors"},
		{"4 February 2025, 14:05", nil, "a date line is no byline"},
		{"(Reporting by Lena Marsh; Editing by Tom Quill)", []Byline{{"Lena Marsh", "reporter"}, {"Tom Quill", "editor"}}, "a wire credit line gives a reporter and an editor"},
		{"By Oliver Brandt, Technology Editor · 21 May 2024", []Byline{{"Oliver Brandt", "technology editor"}}, "a web byline with a title and a date"},
		{"By Priya Natarajan 4 February 2025, 14:05 3 min read", []Byline{{"Priya Natarajan", "reporter"}}, "a web byline run together with its date"},
		{"By Karin Holm\nPublished 6 October 2020, 07:30 CET", []Byline{{"Karin Holm", "reporter"}}, "a byline block with a date line under it"},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, ParseByline(tc.line)); diff != "" {
			t.Errorf("ParseByline(%q) (%s) mismatch (-want +got):\n%s", tc.line, tc.reason, diff)
		}
	}
}

func TestIsGangName(t *testing.T) {
	r := New()
	tests := []struct {
		name, follow string
		want         bool
		reason       string
	}{
		{"LockBit", "", true, "a known gang"},
		{"BlackTide", "gang, which is demanding", true, "named as a gang"},
		{"NightCrane", "ransomware gang after", true, "named as a ransomware gang"},
		{"SeaLamprey", "was discovered", false, "a malware family"},
		{"Kestrel", "said", false, "a company"},
	}
	for _, tc := range tests {
		if got := r.IsGangName(tc.name, tc.follow); got != tc.want {
			t.Errorf("IsGangName(%q, %q) = %v, want %v (%s)", tc.name, tc.follow, got, tc.want, tc.reason)
		}
	}
}

// TestRecognizeBrokenText runs the recognizer over a long text damaged by
// line-end hyphenation and reflow, where a candidate of a lone full stop
// once indexed its words at -1.
func TestRecognizeBrokenText(t *testing.T) {
	for _, name := range []string{"heldout.clean.txt", "heldout.en_keep.damaged.txt", "heldout.it_reflow.damaged.txt"} {
		data, err := os.ReadFile("../../testdata/dehyphen/" + name)
		if err != nil {
			t.Fatal(err)
		}
		ents := New().Recognize(annotate.New(string(data), annotate.Layout{}))
		if len(ents) == 0 {
			t.Errorf("%s: no entities found", name)
		}
	}
}
