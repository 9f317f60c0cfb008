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
}

func newLexicon(data string) *lexicon {
	n := strings.Count(data, "\n")
	lx := &lexicon{data: data, lines: make([]uint32, 0, n)}
	b := []byte(nil)
	_ = b
	off := 0
	for off < len(data) {
		lx.lines = append(lx.lines, uint32(off))
		i := strings.IndexByte(data[off:], '\n')
		if i < 0 {
			break
		}
		off += i + 1
	}
	return lx
}

// word returns the word and level of line i.
func (lx *lexicon) word(i int) (string, int) {
	s := lx.data[lx.lines[i]:]
	t := strings.IndexByte(s, '\t')
	return s[:t], int(s[t+1] - '0')
}

// level returns the SCOWL level of lower-case w (1 most common .. 4 rare), or 0 if w is not listed.
func (lx *lexicon) level(w string) int {
	lo, hi := 0, len(lx.lines)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		x, lv := lx.word(m)
		switch c := strings.Compare(x, w); {
		case c == 0:
			return lv
		case c < 0:
			lo = m + 1
		default:
			hi = m
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
