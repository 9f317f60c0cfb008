package dehyphen

import (
	"encoding/binary"
	"errors"
	"strings"
	"unicode/utf8"
)

var errEmptyLexicon = errors.New("dehyphen: empty lexicon")

// apply carries out the decided actions and reports one Repair per broken word, and the
// byte spans it edited.
func apply(text string, sites []site) (string, []Repair, []edit) {
	type group struct {
		a, b   int // byte extent in text
		first  int // index of the first site with an edit
		last   int // index of the last
		reason string
	}
	var groups []group
	for i := range sites {
		s := &sites[i]
		if s.act == actLeave || (s.act == actClose && s.wsEnd == s.hEnd) {
			continue
		}
		a := s.hStart
		for a > 0 {
			c, n := utf8.DecodeLastRuneInString(text[:a])
			if !isAlnum(c) {
				break
			}
			a -= n
		}
		b := s.wsEnd
		for b < len(text) {
			c, n := utf8.DecodeRuneInString(text[b:])
			if !isAlnum(c) {
				break
			}
			b += n
		}
		if k := len(groups) - 1; k >= 0 && a < groups[k].b {
			groups[k].b = max(groups[k].b, b)
			groups[k].last = i
			continue
		}
		groups = append(groups, group{a: a, b: b, first: i, last: i, reason: s.reason})
	}
	if len(groups) == 0 {
		return text, nil, nil
	}
	var out strings.Builder
	out.Grow(len(text))
	repairs := make([]Repair, 0, len(groups))
	edits := make([]edit, 0, len(groups))
	pos, rawCP, outCP := 0, 0, 0
	for _, g := range groups {
		n := runeCount(text[pos:g.a])
		rawCP += n
		outCP += n
		out.WriteString(text[pos:g.a])
		start := out.Len()
		p := g.a
		for i := g.first; i <= g.last; i++ {
			s := &sites[i]
			switch s.act {
			case actJoin:
				out.WriteString(text[p:s.hStart])
				p = s.wsEnd
			case actClose:
				out.WriteString(text[p:s.hEnd])
				p = s.wsEnd
			}
		}
		out.WriteString(text[p:g.b])
		edits = append(edits, edit{a: g.a, b: g.b, oa: start, ob: out.Len()})
		repaired := out.String()[start:]
		orig := text[g.a:g.b]
		ro, rr := utf8.RuneCountInString(orig), utf8.RuneCountInString(repaired)
		repairs = append(repairs, Repair{
			Original: orig, Repaired: repaired,
			RawStart: rawCP, RawEnd: rawCP + ro,
			Start: outCP, End: outCP + rr,
			Reason: g.reason,
		})
		rawCP += ro
		outCP += rr
		pos = g.b
	}
	out.WriteString(text[pos:])
	return out.String(), repairs, edits
}

// runeCount is utf8.RuneCountInString, eight bytes at a time through ASCII text.
func runeCount(s string) int {
	const high = 0x8080808080808080
	n, i := 0, 0
	for i < len(s) {
		for len(s)-i >= 8 && binary.LittleEndian.Uint64([]byte(s[i:i+8]))&high == 0 {
			i += 8
			n += 8
		}
		if i >= len(s) {
			break
		}
		if s[i] < utf8.RuneSelf {
			i++
		} else {
			_, k := utf8.DecodeRuneInString(s[i:])
			i += k
		}
		n++
	}
	return n
}
