package dehyphen

import (
	"bytes"
	"strings"
)

// lexicon is a sorted word list, one "word<TAB>level" a line, searched in place.
// It is immutable after construction and safe for concurrent use.
type lexicon struct {
	data  string   // the embedded words.txt
	lines []uint32 // byte offset of each line start
	// first[k] is the first line whose first two bytes are k or more (see prefixKey): the
	// lines of one prefix are lines[first[k]:first[k+1]], as words.txt is sorted bytewise.
	first []uint32
}

// prefixKey is the number of a word's first two bytes; a one-letter word counts the tab
// that ends its line as its second byte.
func prefixKey(w string) int {
	if len(w) < 2 {
		return int(w[0])<<8 | '\t'
	}
	return int(w[0])<<8 | int(w[1])
}

func newLexicon(data string) *lexicon {
	n := strings.Count(data, "\n")
	lx := &lexicon{data: data, lines: make([]uint32, 0, n)}
	off := 0
	for off < len(data) {
		lx.lines = append(lx.lines, uint32(off))
		i := strings.IndexByte(data[off:], '\n')
		if i < 0 {
			break
		}
		off += i + 1
	}
	lx.first = make([]uint32, 1<<16+1)
	k := 0
	for i, off := range lx.lines {
		for lk := prefixKey(data[off:min(int(off)+2, len(data))]); k <= lk; k++ {
			lx.first[k] = uint32(i)
		}
	}
	for ; k < len(lx.first); k++ {
		lx.first[k] = uint32(len(lx.lines))
	}
	return lx
}

// level returns the SCOWL level of lower-case w (1 most common .. 4 rare), or 0 if w is not listed.
func (lx *lexicon) level(w string) int {
	if w == "" {
		return 0
	}
	k := prefixKey(w)
	lo, hi := int(lx.first[k]), int(lx.first[k+1])
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		off := int(lx.lines[m])
		// compare w with the word of line m, which ends at a tab
		c, i := 0, 0
		for ; i < len(w); i++ {
			b := lx.data[off+i]
			if b == '\t' {
				c = 1 // the line's word is a prefix of w: w sorts after it
				break
			}
			if b != w[i] {
				if w[i] < b {
					c = -1
				} else {
					c = 1
				}
				break
			}
		}
		if i == len(w) && c == 0 {
			if lx.data[off+i] == '\t' {
				return int(lx.data[off+i+1] - '0')
			}
			c = -1 // w is a prefix of the line's word
		}
		if c < 0 {
			hi = m
		} else {
			lo = m + 1
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
