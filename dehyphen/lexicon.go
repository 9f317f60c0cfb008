package dehyphen

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/clipper-news/clipper/dehyphen/internal/wordindex"
)

// lexicon is a word list, one "word<TAB>level" a line, looked up in place through an
// open-addressing hash table of line offsets (see package wordindex). It is immutable after
// construction and safe for concurrent use.
type lexicon struct {
	data  string // the embedded words.txt
	words int    // how many words it lists
	// slots holds, for the hash of each word, 1 + the offset of its line, or 0 when free;
	// a word's slot is the first free or matching one from its hash on (linear probing).
	slots []uint32
	mask  uint64 // len(slots) - 1
}

// newLexicon reads the word list data with its table index as generated into
// data/words.idx; when index does not fit data, it builds the table itself.
func newLexicon(data, index string) *lexicon {
	slots, words, err := wordindex.Decode(index, data)
	if err != nil {
		slots, words = wordindex.Build(data)
	}
	return &lexicon{data: data, words: words, slots: slots, mask: uint64(len(slots) - 1)}
}

// level returns the SCOWL level of lower-case w (1 most common .. 4 rare), or 0 if w is not listed.
func (lx *lexicon) level(w string) int {
	for h := wordindex.Hash(w) & lx.mask; lx.slots[h] != 0; h = (h + 1) & lx.mask {
		off := int(lx.slots[h] - 1)
		end := off + len(w)
		if end+1 < len(lx.data) && lx.data[end] == '\t' && lx.data[off:end] == w {
			return int(lx.data[end+1] - '0')
		}
	}
	return 0
}

// parseList reads a plain list: one entry a line, '#' starts a comment, entries lower-cased.
func parseList(data []byte) map[string]struct{} {
	m := map[string]struct{}{}
	for _, line := range bytes.Split(data, []byte("\n")) {
		if i := bytes.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		m[strings.ToLower(string(line))] = struct{}{}
	}
	return m
}

// partSplits maps a word to the places where it divides into two words that make its
// meaning: bit k is set when the word splits before byte k ("notebook": note, book). Words
// are keyed by their 64-bit FNV-1a hash (wordindex.Hash), so that the table holds no pointers for the garbage collector
// to follow; two of its 11,000 words sharing a hash is vanishingly unlikely, and would only
// lend one word the other's splits.
type partSplits map[uint64]uint64

// parsePartSplits reads the "word<TAB>k" lines of data/parts.txt.
func parsePartSplits(data string) partSplits {
	p := make(partSplits, 14000)
	for len(data) > 0 {
		line, rest, _ := strings.Cut(data, "\n")
		data = rest
		w, k, ok := strings.Cut(line, "\t")
		if !ok || line[0] == '#' {
			continue
		}
		if n, err := strconv.Atoi(k); err == nil && n > 0 && n < 64 {
			p[wordindex.Hash(w)] |= 1 << n
		}
	}
	return p
}

// splits returns the split bits of w.
func (p partSplits) splits(w string) uint64 { return p[wordindex.Hash(w)] }

// builtFromParts reports whether lower-case j, split before byte k, is a compound made of
// its parts: the split is listed for j, or for j without a regular inflection
// ("notebooks", "fingertips", "coexists").
func (p partSplits) builtFromParts(j string, k int) bool {
	if k <= 0 || k >= 64 {
		return false
	}
	if p.splits(j)&(1<<k) != 0 {
		return true
	}
	for _, suf := range inflectionSuffixes {
		stem, ok := strings.CutSuffix(j, suf)
		if !ok || k >= len(stem) {
			continue
		}
		if p.splits(stem)&(1<<k) != 0 || p.splits(stem+"e")&(1<<k) != 0 {
			return true
		}
	}
	if stem, ok := strings.CutSuffix(j, "ies"); ok && k < len(stem) && p.splits(stem+"y")&(1<<k) != 0 {
		return true
	}
	return false
}

// formSet is a set of lower-case forms ("pince-nez"), keyed by their 64-bit FNV-1a hash
// (wordindex.Hash) so that it holds no pointers, as partSplits is.
type formSet map[uint64]struct{}

// parseFormSet reads a generated list: one form a line, '#' lines are comments.
func parseFormSet(data string) formSet {
	f := make(formSet, strings.Count(data, "\n"))
	for len(data) > 0 {
		line, rest, _ := strings.Cut(data, "\n")
		data = rest
		if line != "" && line[0] != '#' {
			f[wordindex.Hash(line)] = struct{}{}
		}
	}
	return f
}

// has reports whether the set holds w.
func (f formSet) has(w string) bool {
	_, ok := f[wordindex.Hash(w)]
	return ok
}

// inflectionSuffixes are the regular endings builtFromParts removes to find a listed word.
var inflectionSuffixes = []string{"s", "es", "ed", "d", "ing", "er", "ers"}
