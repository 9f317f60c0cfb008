package dehyphen

import (
	"iter"
	"slices"
	"sort"
	"strings"
)

// aloneIndex answers standsAlone for one pass over one text. A word asked about a few
// times is searched for in its window each time, as standsAlone does; a word asked about
// more often (text where the same compound recurs, or text without spaces made of
// hyphenated words) gets the list of its standalone occurrences in the whole text, built
// once, so that the pass costs time in proportion to the text. The answers are those of
// standsAlone.
type aloneIndex struct {
	words map[string]*aloneWord
}

type aloneWord struct {
	asked int
	pos   []int // byte offsets of the standalone occurrences, once built
	built bool
}

// aloneAskLimit is how many times a word is searched for in its window before its
// occurrences in the whole text are listed.
const aloneAskLimit = 8

// standsAlone is standsAlone(text, i, w, self).
func (x *aloneIndex) standsAlone(text string, i int, w string, self int) bool {
	if len(w) < 3 {
		return false
	}
	if x.words == nil {
		x.words = map[string]*aloneWord{}
	}
	e := x.words[w]
	if e == nil {
		// the key is a copy, so that the caller's strings need not outlive the call
		e = &aloneWord{}
		x.words[strings.Clone(w)] = e
	}
	e.asked++
	if !e.built && e.asked <= aloneAskLimit {
		return standsAlone(text, i, w, self)
	}
	if !e.built {
		e.pos = standaloneOccurrences(text, w)
		e.built = true
	}
	lo, hi := max(0, i-aloneWindow), min(len(text), i+aloneWindow)
	for k := sort.SearchInts(e.pos, lo); k < len(e.pos) && e.pos[k]+len(w) <= hi; k++ {
		if e.pos[k] != self {
			return true
		}
	}
	// standsAlone takes the window's ends for word ends
	n := len(w)
	if hi-lo < n {
		return false
	}
	if lo != self && text[lo:lo+n] == w && (lo+n == hi || !wordByte(text[lo+n])) {
		return true
	}
	return hi-n != self && text[hi-n:hi] == w && (hi-n == lo || !wordByte(text[hi-n-1]))
}

// standaloneOccurrences lists, in order, the byte offsets where w occurs in text between
// characters that are neither letters, digits nor hyphens (or the text's ends).
func standaloneOccurrences(text, w string) []int {
	return slices.Collect(standalone(text, w))
}

// standalone yields, in order, the byte offsets where w occurs in s between characters
// that are neither letters, digits nor hyphens, s's ends counting as word ends.
func standalone(s, w string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for off := 0; ; {
			k := strings.Index(s[off:], w)
			if k < 0 {
				return
			}
			a, b := off+k, off+k+len(w)
			if (a == 0 || !wordByte(s[a-1])) && (b == len(s) || !wordByte(s[b])) && !yield(a) {
				return
			}
			off = b
		}
	}
}
