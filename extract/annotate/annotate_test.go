package annotate

import (
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"
)

func sentences(d *Doc) []string {
	var out []string
	for _, s := range d.Sentences {
		out = append(out, d.Slice(s.Span))
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
		reason   string
	}{
		{"simple", "It said so. The IMO agreed.", []string{"It said so.", "The IMO agreed."}, "period, space, capital ends a sentence"},
		{"abbreviation", "Mr. Hale spoke. He left.", []string{"Mr. Hale spoke.", "He left."}, "Mr. is an abbreviation"},
		{"initials", "Said J. R. Smith today. Next.", []string{"Said J. R. Smith today.", "Next."}, "single capitals are initials"},
		{"quote closes", `He said: "It is down." Then it was up.`, []string{`He said: "It is down."`, "Then it was up."}, "closing quote stays with its sentence"},
		{"lowercase next", "It cost $4.5 million. and more", []string{"It cost $4.5 million. and more"}, "no capital after the period"},
		{"paragraphs", "One line\nwrapped.\n\nSecond para", []string{"One line\nwrapped.", "Second para"}, "blank line ends a paragraph"},
		{"acronym", "Talks with the U.S. Coast Guard went on.", []string{"Talks with the U.S. Coast Guard went on."}, "U.S. is an abbreviation"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := New(tc.in, Layout{})
			if diff := cmp.Diff(tc.want, sentences(d)); diff != "" {
				t.Errorf("sentences of %q mismatch (-want +got) (%s):\n%s", tc.in, tc.reason, diff)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	d := New("IMO's e-mail, AT&T and O’Brien's U.S. office.", Layout{})
	var got []string
	for _, tok := range d.Tokens {
		got = append(got, tok.Text)
	}
	want := []string{"IMO", "'s", "e-mail", ",", "AT&T", "and", "O’Brien", "'s", "U.S", ".", "office", "."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("tokens mismatch (-want +got):\n%s", diff)
	}
}

func TestParts(t *testing.T) {
	d := New("HEADLINE\n\nStandfirst here.\n\nBody one. Body two.", Layout{Headline: true, Standfirst: true})
	var got []Part
	for _, p := range d.Paragraphs {
		got = append(got, p.Part)
	}
	if diff := cmp.Diff([]Part{PartHeadline, PartStandfirst, PartBody}, got); diff != "" {
		t.Errorf("parts mismatch (-want +got):\n%s", diff)
	}
	if i := d.SentenceAt(len([]rune("HEADLINE\n\nStandfirst here.\n\nBody one. B"))); i != 3 {
		t.Errorf("SentenceAt = %d, want 3", i)
	}
}

func FuzzNew(f *testing.F) {
	f.Add("It said so. The IMO agreed.\n\nMr. X's e-mail.")
	f.Add("\"\u201c.\n \n.")
	f.Fuzz(func(t *testing.T, s string) {
		d := New(s, Layout{Headline: true})
		n := len(d.Runes)
		prev := 0
		for _, tok := range d.Tokens {
			if tok.Start < prev || tok.End > n || tok.Start >= tok.End {
				t.Fatalf("bad token span %+v in %q", tok.Span, s)
			}
			if string(d.Runes[tok.Start:tok.End]) != tok.Text {
				t.Fatalf("token text %q does not match span", tok.Text)
			}
			prev = tok.End
		}
		for i, se := range d.Sentences {
			if se.Start >= se.End || se.End > n {
				t.Fatalf("bad sentence %d %+v", i, se)
			}
		}
	})
}

func BenchmarkNew(b *testing.B) {
	text := "The International Maritime Organisation (IMO) has become the latest international shipping organisation to be targeted by a cyberattack. It said a number of its web-based services became unavailable on Wednesday 30 September, including the IMO public website.\n\n"
	for len(text) < 8000 {
		text += text
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		New(text, Layout{})
	}
}

// TestIsWordRuneASCII checks the ASCII shortcut of isWordRune against the
// Unicode classes it stands for.
func TestIsWordRuneASCII(t *testing.T) {
	for r := rune(0); r < 0x80; r++ {
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
		if got := isWordRune(r); got != want {
			t.Errorf("isWordRune(%q) = %v, want %v", r, got, want)
		}
	}
}
