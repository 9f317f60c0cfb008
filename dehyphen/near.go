package dehyphen

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// textIndex answers a pass's questions about its text: where a part stands alone, and,
// through the document counts, whether a word occurs near a place.
type textIndex struct {
	alone  aloneIndex
	counts *documentCounts
}

// nearWindow is how far, in bytes either way, the text is searched for the joined form of a
// compound of two words before that form counts as the document's spelling. A long text
// (a book, a manual, a year of a journal) mixes sources that spell the same compound
// differently ("meta-data" in one chapter, "metadata" in another); an article lies wholly
// within the window.
const nearWindow = 32 << 10

// occursNear is occursNear(d.text, i, w), answered from the positions the counts keep of
// every word they count; a word they did not count is searched for in its window.
func (d *documentCounts) occursNear(i int, w string) bool {
	if pos, ok := d.pos[w]; ok {
		return within(pos, max(0, i-nearWindow), min(len(d.text), i+nearWindow), len(w))
	}
	return occursNear(d.text, i, w)
}

// within reports whether a word of n bytes starting at one of the ascending positions pos
// lies wholly within [lo, hi).
func within(pos []int, lo, hi, n int) bool {
	k := sort.SearchInts(pos, lo)
	return k < len(pos) && pos[k]+n <= hi
}

// occursNear reports whether lower-case w occurs as a letter run of text, in any case, wholly
// within nearWindow bytes of byte i: a run that starts at or after i-nearWindow and ends by
// i+nearWindow, the runs being those of the whole text.
func occursNear(text string, i int, w string) bool {
	lo, hi := max(0, i-nearWindow), min(len(text), i+nearWindow)
	// Read from the start of the run that holds lo to the end of the run that holds hi, so
	// that the runs are the whole text's; a run longer than runReach either way is longer
	// than any word asked about, and cut there it still starts before lo or ends after hi.
	a := lo
	for a > 0 && lo-a < runReach {
		r, k := utf8.DecodeLastRuneInString(text[:a])
		if !unicode.IsLetter(r) {
			break
		}
		a -= k
	}
	b := hi
	for b < len(text) && b-hi < runReach {
		r, k := utf8.DecodeRuneInString(text[b:])
		if !unicode.IsLetter(r) {
			break
		}
		b += k
	}
	found := false
	newWordCounter([]string{strings.Clone(w)}).scan(text[a:b], func(_ string, at int) {
		if at+a >= lo && at+a+len(w) <= hi {
			found = true
		}
	})
	return found
}

// runReach bounds how far occursNear reads past its window to find the ends of the runs the
// window cuts.
const runReach = 64

// identifierUses counts the occurrences of w, among those the counts keep, that spell an
// identifier rather than a word, and so are no evidence for a hyphen in prose:
//   - humps: the name of an attribute in a dotted name, written in CamelCase with a capital
//     at byte k after a lower-case letter ("os.PathLike" for "pathlike" split at 4), whose
//     capital marks where its two words meet; a CamelCase name of its own ("PolicyKit")
//     still spells the word solid;
//   - snaked: part of a snake_case identifier, an underscore touching it
//     ("call_soon_threadsafe" for "threadsafe").
func (d *documentCounts) identifierUses(w string, k int) (humps, snaked int) {
	for _, p := range d.pos[w] {
		e := p + len(w)
		if (p > 0 && d.text[p-1] == '_') || (e < len(d.text) && d.text[e] == '_') {
			snaked++
		}
		if p > 0 && d.text[p-1] == '.' && k > 0 && k < len(w) && isUpperASCII(d.text[p+k]) && isLowerASCII(d.text[p+k-1]) {
			humps++
		}
	}
	return humps, snaked
}

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }
func isLowerASCII(c byte) bool { return c >= 'a' && c <= 'z' }
