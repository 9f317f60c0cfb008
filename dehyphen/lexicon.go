package dehyphen

import (
	"bytes"
	"strings"
)

// lexicon is a word list, one "word<TAB>level" a line, looked up in place through an
// open-addressing hash table of line offsets. It is immutable after construction and safe
// for concurrent use.
type lexicon struct {
	data  string // the embedded words.txt
	words int    // how many words it lists
	// slots holds, for the hash of each word, 1 + the offset of its line, or 0 when free;
	// a word's slot is the first free or matching one from its hash on (linear probing).
	slots []uint32
	mask  uint64 // len(slots) - 1
}

func newLexicon(data string) *lexicon {
	n := strings.Count(data, "\n")
	size := 1
	for size < n+n/2 {
		size <<= 1
	}
	lx := &lexicon{data: data, slots: make([]uint32, size), mask: uint64(size - 1)}
	for off := 0; off < len(data); {
		end := strings.IndexByte(data[off:], '\n')
		if end < 0 {
			end = len(data) - off
		}
		// the line is "word<TAB>level": the word ends two bytes before the line does
		if end >= 3 {
			h := wordHash(data[off:off+end-2]) & lx.mask
			for lx.slots[h] != 0 {
				h = (h + 1) & lx.mask
			}
			lx.slots[h] = uint32(off) + 1
			lx.words++
		}
		off += end + 1
	}
	return lx
}

// wordHash is the 64-bit FNV-1a hash of w.
func wordHash(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return h
}

// level returns the SCOWL level of lower-case w (1 most common .. 4 rare), or 0 if w is not listed.
func (lx *lexicon) level(w string) int {
	for h := wordHash(w) & lx.mask; lx.slots[h] != 0; h = (h + 1) & lx.mask {
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
