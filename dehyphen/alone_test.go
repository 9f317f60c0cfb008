package dehyphen

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestAloneIndexAgrees asks aloneIndex and standsAlone the same questions, often enough
// that most words get their list of occurrences, on random texts of short words, hyphens,
// digits and spaces, with windows that cut words.
func TestAloneIndexAgrees(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	words := []string{"abc", "abcd", "bcd", "sys", "stems", "systems", "été", "aaa", "aaaa"}
	seps := []string{" ", "-", "- ", "\n", ".", "0", "", "(", "é"}
	joins := []string{"-", "0", "", "é"} // word bytes: no word stands alone across them
	for n := range 150 {
		// some texts hold few words standing alone, so that the window's ends decide
		sparse := n%2 == 0
		var b strings.Builder
		for b.Len() < 3*aloneWindow {
			b.WriteString(words[rng.IntN(len(words))])
			if sparse && rng.IntN(200) != 0 {
				b.WriteString(joins[rng.IntN(len(joins))])
				continue
			}
			b.WriteString(seps[rng.IntN(len(seps))])
		}
		text := b.String()
		x := &aloneIndex{}
		for range 200 {
			w := words[rng.IntN(len(words))]
			i := rng.IntN(len(text))
			// half the time, put an occurrence of w at an end of the window
			if at := strings.Index(text[i:], w); at >= 0 && rng.IntN(2) == 0 {
				if rng.IntN(2) == 0 {
					i = i + at + aloneWindow // the window starts at the occurrence
				} else {
					i = i + at + len(w) - aloneWindow // the window ends with it
				}
				i = max(0, min(i, len(text)-1))
			}
			// half the time, leave out the first occurrence of w from i on, as a site's own
			self := -1
			if at := strings.Index(text[i:], w); at >= 0 && rng.IntN(2) == 0 {
				self = i + at
			}
			if got, want := x.standsAlone(text, i, w, self), standsAlone(text, i, w, self); got != want {
				t.Fatalf("standsAlone(text, %d, %q, %d): index says %v, search says %v", i, w, self, got, want)
			}
		}
	}
}

// TestNearIndexAgrees checks the positions that document counts keep, read from a text and
// moved through a pass's edits, against occursNear's search, on random texts of short words
// in every case, with windows that cut words.
func TestNearIndexAgrees(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	words := []string{"data", "metadata", "Metadata", "meta", "ata", "été", "META", "meta-data", "me-ta"}
	seps := []string{" ", "-", "\n", ".", "0", "", "é", "x"}
	asked := []string{"data", "metadata", "meta", "ata", "été"}
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for range 20 {
		var b strings.Builder
		for b.Len() < 3*nearWindow {
			b.WriteString(words[rng.IntN(len(words))])
			b.WriteString(seps[rng.IntN(len(seps))])
			if rng.IntN(50) == 0 { // stretches without the words, so that windows differ
				b.WriteString(strings.Repeat("z ", rng.IntN(nearWindow/2)))
			}
		}
		text := b.String()
		// positions read from the text, then moved through a pass's edits
		first := r.pass(text, nil, false)
		read := &documentCounts{text: text, counts: map[string]int{}}
		read.ensure(asked)
		first.counts, first.pos = read.counts, read.pos
		moved := &documentCounts{text: first.out, prev: first, counts: map[string]int{}}
		moved.ensure(asked)
		for _, c := range []struct {
			name string
			text string
			dc   *documentCounts
		}{{"read", text, read}, {"moved", first.out, moved}} {
			for range 200 {
				w := asked[rng.IntN(len(asked))]
				i := rng.IntN(len(c.text))
				if got, want := c.dc.occursNear(i, w), occursNear(c.text, i, w); got != want {
					t.Fatalf("%s: occursNear(text, %d, %q): positions say %v, search says %v", c.name, i, w, got, want)
				}
			}
		}
	}
}
