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
