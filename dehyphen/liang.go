package dehyphen

import (
	"strings"
)

// liang applies Frank Liang's hyphenation patterns (as in TeX and libhyphen) to a word.
// It is immutable after construction and safe for concurrent use.
type liang struct {
	pats   map[string][]byte // letters of the pattern -> digit after each position (len(letters)+1)
	maxLen int
}

// newLiang parses one pattern a line; '#' lines are comments.
func newLiang(data string) *liang {
	lg := &liang{pats: make(map[string][]byte, 16000)}
	for len(data) > 0 {
		var line string
		if i := strings.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			line, data = data, ""
		}
		if line == "" || line[0] == '#' {
			continue
		}
		letters := make([]byte, 0, len(line))
		vals := make([]byte, 1, len(line)+1)
		for i := 0; i < len(line); i++ {
			c := line[i]
			if c >= '0' && c <= '9' {
				vals[len(vals)-1] = c - '0'
				continue
			}
			letters = append(letters, c)
			vals = append(vals, 0)
		}
		lg.pats[string(letters)] = vals
		if len(letters) > lg.maxLen {
			lg.maxLen = len(letters)
		}
	}
	return lg
}

// breakAt reports whether the patterns allow a hyphen before byte k of the lower-case ASCII word w,
// with at least two letters on each side.
func (lg *liang) breakAt(w string, k int) bool {
	if k < 2 || k > len(w)-2 {
		return false
	}
	var buf [64]byte
	if len(w)+2 > len(buf) {
		return false
	}
	s := buf[:len(w)+2]
	s[0] = '.'
	copy(s[1:], w)
	s[len(s)-1] = '.'
	// Only patterns that cover the gap before w[k] (between s[k] and s[k+1]) matter.
	best := byte(0)
	gap := k + 1 // index in s of the letter after the gap
	for i := max(0, gap-lg.maxLen); i <= gap; i++ {
		for j := max(gap, i+1); j <= len(s) && j-i <= lg.maxLen; j++ {
			if v, ok := lg.pats[string(s[i:j])]; ok {
				if d := v[gap-i]; d > best {
					best = d
				}
			}
		}
	}
	return best%2 == 1
}
