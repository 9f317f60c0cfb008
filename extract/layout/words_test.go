package layout

import (
	"regexp"
	"strings"
	"testing"

	"github.com/clipper-news/clipper/model"
	"github.com/google/go-cmp/cmp"
)

func TestFindDate(t *testing.T) {
	day := func(text, v string) *model.DateValue {
		return &model.DateValue{Text: text, Value: v, Precision: model.PrecisionDay}
	}
	month := func(text, v string) *model.DateValue {
		return &model.DateValue{Text: text, Value: v, Precision: model.PrecisionMonth}
	}
	cases := []struct {
		in     string
		issue  bool
		want   *model.DateValue
		reason string
	}{
		{"ANNO XXXVIII - Numero OTTOBRE 2020", true, month("OTTOBRE 2020", "2020-10"), "Italian issue line: Roman numerals are not dates, month precision"},
		{"N° 214 - AVRIL 2022", true, month("AVRIL 2022", "2022-04"), "French issue line: the issue number is not a day"},
		{"AÑO IX - NÚMERO 98 - ENERO 2025", true, month("ENERO 2025", "2025-01"), "Spanish issue line"},
		{"ANNO XXI - Numero 5 - MARZO 2024", true, month("MARZO 2024", "2024-03"), "an issue number below 32 is still not a day"},
		{"Vol. 14 - No. 37 - 12 September 2024", true, day("12 September 2024", "2024-09-12"), "a day directly before the month in an issue line"},
		{"Jahrgang 3 - Ausgabe Dezember 2023", true, month("Dezember 2023", "2023-12"), "German month"},
		{"Editie maart 2021", true, month("maart 2021", "2021-03"), "Dutch month"},
		{"Edição de março de 2022", true, month("março de 2022", "2022-03"), "Portuguese month with de"},
		{"June 15, 2022 11:42 AM GMT+2", false, day("June 15, 2022", "2022-06-15"), "US order with a time"},
		{"Posted on 14 January 2026 by Tom Ashdown", false, day("14 January 2026", "2026-01-14"), "date inside a byline"},
		{"5 de marzo de 2023", false, day("5 de marzo de 2023", "2023-03-05"), "Spanish day de month de year"},
		{"1er avril 2022", false, day("1er avril 2022", "2022-04-01"), "French ordinal"},
		{"2024-05-21T08:15:00+01:00", false, day("2024-05-21", "2024-05-21"), "ISO date-time keeps the local date"},
		{"15.03.2023", false, day("15.03.2023", "2023-03-15"), "day.month.year"},
		{"Sept 3, 2021", false, day("Sept 3, 2021", "2021-09-03"), "English abbreviation next to a day"},
		{"June 15", false, nil, "no year: not resolvable"},
		{"May the force be with you", false, nil, "May without a number or year is not a date"},
		{"ANNO XII", true, nil, "Roman numerals only"},
	}
	for _, tc := range cases {
		got := findDate(tc.in, tc.issue)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("findDate(%q) mismatch (-want +got) [%s]:\n%s", tc.in, tc.reason, diff)
		}
	}
}

func TestTitleCase(t *testing.T) {
	cases := []struct{ in, want, reason string }{
		{"CENTRO INTERNAZIONALE STUDI CONTAINERS", "Centro Internazionale Studi Containers", "capitals become title case"},
		{"TECHNOLOGY- RESEARCH", "Technology - Research", "a dash gets a space on each side"},
		{"CYBERSÉCURITÉ - ÉVÉNEMENTS", "Cybersécurité - Événements", "accented capitals"},
		{"GIORNALE DEI PORTI", "Giornale dei Porti", "small words stay lower case"},
		{"THE BILGE PUMP", "The Bilge Pump", "a small first word is capitalised"},
		{"Ports & Shipping", "Ports & Shipping", "mixed case is kept as printed"},
		{"SHIP-TO-SHORE NEWS", "Ship-To-Shore News", "hyphenated parts are capitalised"},
	}
	for _, tc := range cases {
		if got := titleCase(tc.in); got != tc.want {
			t.Errorf("titleCase(%q) = %q, want %q [%s]", tc.in, got, tc.want, tc.reason)
		}
	}
}

func TestDetectLanguage(t *testing.T) {
	cases := []struct{ in, want, reason string }{
		{"The operator said that it was working with the police.", "en", "English"},
		{"Il terminal è stato colpito da un attacco che ha bloccato il sistema per due giorni.", "it", "Italian"},
		{"Le port a été touché par une attaque qui a bloqué les systèmes pendant deux jours.", "fr", "French"},
		{"El puerto ha sido atacado y los sistemas de la empresa no funcionan desde el lunes.", "es", "Spanish"},
		{"Der Hafen wurde von einem Angriff getroffen, und die Systeme sind nicht verfügbar.", "de", "German"},
		{"O porto foi atingido por um ataque e os sistemas da empresa não funcionam.", "pt", "Portuguese"},
		{"De haven werd getroffen door een aanval en het systeem is niet beschikbaar.", "nl", "Dutch"},
		{"1234 5678", "", "no words"},
	}
	for _, tc := range cases {
		if got := detectLanguage(tc.in); got != tc.want {
			t.Errorf("detectLanguage(%q) = %q, want %q [%s]", tc.in, got, tc.want, tc.reason)
		}
	}
}

func TestFooterKind(t *testing.T) {
	cases := []struct {
		in     string
		want   Kind
		reason string
	}{
		{"- Via Raffaele Paolucci 17r/19r - 16129 Genoa - ITALY", Footer, "address with postcode and country"},
		{"phone: +39.010.2462122, fax: +39.010.2516768, e-mail", Footer, "phone and fax"},
		{"VAT number: 03532950106", Footer, "VAT number"},
		{"Tél. : +33 4 91 00 12 34 - redaction@escales-logistique.example", Footer, "French phone with a space before the colon"},
		{"CIF: B11223344 - Depósito legal: CA 123-2016", Footer, "Spanish registrations"},
		{"Directora: Lucía Herrera - Redactor jefe: Andrés Vidal", Footer, "Spanish editor line"},
		{"(Reporting by Lena Marsh; Editing by Tom Quill)", Footer, "wire credit"},
		{"Tags: DDoS, ferries, crewing, data protection", Footer, "tag list"},
		{"12 comments", Footer, "comment count"},
		{"(c) 2019 Supply Chain Sentinel. All rights reserved.", Copyright, "copyright"},
		{"© 2025 Ediciones Cuaderno Marítimo S.L. Reservados todos los derechos.", Copyright, "Spanish copyright"},
		{"The company said its telephone lines were down.", Other, "a story sentence mentioning a telephone"},
		{"Hotel staff said the vat of oil had been removed.", Other, "vat as a word without a number"},
		{"The attack hit Genoa - ITALY - and Marseille.", Other, "dashes without an address"},
		{"Related companies were also hit, the agency said in a long statement about the attack.", Other, "a sentence opening with Related"},
	}
	for _, tc := range cases {
		if got := footerKind(tc.in); got != tc.want {
			t.Errorf("footerKind(%q) = %s, want %s [%s]", tc.in, got, tc.want, tc.reason)
		}
	}
}

func TestPersonNames(t *testing.T) {
	cases := []struct {
		in     string
		want   []string
		reason string
	}{
		{"Lena Marsh", []string{"Lena Marsh"}, "one name"},
		{"Pieter de Vries and Sara Janssen", []string{"Pieter de Vries", "Sara Janssen"}, "particles and two authors"},
		{"Newsdesk", nil, "a desk is not a person"},
		{"Oliver Brandt, Technology Editor", []string{"Oliver Brandt"}, "a job title after a comma is not a name"},
		{"Hélène Garnier", []string{"Hélène Garnier"}, "accented name"},
		{"STAFF REPORTER", nil, "capitals are not a name"},
	}
	for _, tc := range cases {
		if diff := cmp.Diff(tc.want, personNames(tc.in)); diff != "" {
			t.Errorf("personNames(%q) mismatch (-want +got) [%s]:\n%s", tc.in, tc.reason, diff)
		}
	}
}

// wordPattern is the definition words and wordCount implement without a
// regular expression.
var wordPattern = regexp.MustCompile(`[\p{L}\p{N}][\p{L}\p{N}'’.&-]*`)

func TestWords(t *testing.T) {
	cases := []struct {
		in, reason string
	}{
		{"By Lena Marsh", "plain words"},
		{"AT&T's e-mail to the U.S. office", "joiners inside words"},
		{"-- 'quoted' ...and... ", "joiners before a word are not part of it"},
		{"Tel.: +44 (0)20 7946 0000", "digits and punctuation"},
		{"Publié le 5 mars 2024 à 10h30", "accented letters"},
		{"ⅷ ² ½", "numbers that are not digits"},
		{"\xff\xfeabc\xff", "invalid UTF-8"},
		{"", "empty"},
	}
	for _, tc := range cases {
		want := wordPattern.FindAllString(tc.in, -1)
		if diff := cmp.Diff(want, words(tc.in)); diff != "" {
			t.Errorf("words(%q) mismatch (-want +got) [%s]:\n%s", tc.in, tc.reason, diff)
		}
		if got := wordCount(tc.in, 100); got != len(want) {
			t.Errorf("wordCount(%q) = %d, want %d [%s]", tc.in, got, len(want), tc.reason)
		}
	}
}

// FuzzWords checks words, wordCount and the one-pass footer tests against
// their plain definitions.
func FuzzWords(f *testing.F) {
	for _, s := range []string{"AT&T's e-mail", "Tel.: +44 20", "All Rights RESERVED", "Follow Us", "WRITING BY", "a - b", "vat no: 123", "écrit — par", "\xff-a"} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, s string, max int) {
		if max < 0 || max > 50 {
			return
		}
		want := wordPattern.FindAllString(s, -1)
		if diff := cmp.Diff(want, words(s)); diff != "" {
			t.Fatalf("words(%q) mismatch (-want +got):\n%s", s, diff)
		}
		if got, w := wordCount(s, max), min(len(want), max+1); got != w {
			t.Fatalf("wordCount(%q, %d) = %d, want %d", s, max, got, w)
		}
		l := strings.ToLower(s)
		if isASCII(s) && mayBeFooterASCII(s) != mayBeFooter(l) {
			t.Fatalf("mayBeFooterASCII(%q) = %v, mayBeFooter of its lower case %v", s, mayBeFooterASCII(s), mayBeFooter(l))
		}
		for _, list := range [][]string{footerStems, reservedWords, contactWords, registryWords} {
			want := false
			for _, w := range list {
				want = want || strings.Contains(l, w)
			}
			if got := newStemIndex(list).in(l); got != want {
				t.Fatalf("stemIndex(%q).in(%q) = %v, want %v", list, l, got, want)
			}
		}
	})
}
