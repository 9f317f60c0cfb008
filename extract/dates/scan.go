package dates

import (
	"unicode"
	"unicode/utf8"
)

// kind is the kind of a token.
type kind uint8

const (
	kWord   kind = iota + 1 // a run of letters, with inner apostrophes ("Lloyd's")
	kNumber                 // a run of ASCII digits, with an ordinal suffix if any ("3rd")
	kPunct                  // any other single character that is not a space
)

// gap is the white space before a token.
type gap uint8

const (
	gapNone  gap = iota // the token touches the one before it
	gapSpace            // spaces, or a single line break
	gapPara             // a blank line: a paragraph break
)

// token is one word, number or punctuation mark of the text, with its span
// in bytes and in code points.
type token struct {
	bs, be int32 // byte span in the text
	rs, re int32 // code-point span in the text
	num    int32 // a number's value, capped at 1e8
	r      rune  // a punctuation mark
	e      entry // a word's lexicon entry
	kind   kind
	gap    gap
	digits uint8 // a number's digit count (without its suffix)
	ord    bool  // a number with an ordinal suffix: 1st, 2nd, 3rd, 4th
	glued  bool  // a number directly followed by letters other than an ordinal suffix ("40GB")
	title  bool  // a word starting with an upper-case letter
	upper  bool  // a word in capitals
}

// tokenize splits text into tokens, appending to toks, and looks each word
// up in lx: in its English table, or when all is set in every language. It
// never fails: every rune that is not a space is part of some token.
func tokenize(toks []token, text string, lx *lexicon, all bool) []token {
	var (
		i, rn int // byte and rune position
		g     gap
		lines int // line breaks in the current run of white space
	)
	for i < len(text) {
		c := text[i]
		// White space (ASCII fast path).
		if c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' {
			i++
			rn++
			if g == gapNone {
				g = gapSpace
			}
			continue
		}
		if c == '\n' {
			i++
			rn++
			lines++
			if lines >= 2 {
				g = gapPara
			} else if g == gapNone {
				g = gapSpace
			}
			continue
		}
		var r rune = rune(c)
		size := 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				i += size
				rn++
				if r == '\u2028' || r == '\u2029' {
					lines++
				}
				if lines >= 2 || r == '\u2029' {
					g = gapPara
				} else if g == gapNone {
					g = gapSpace
				}
				continue
			}
		}
		t := token{bs: int32(i), rs: int32(rn), gap: g}
		g, lines = gapNone, 0
		switch {
		case c >= '0' && c <= '9':
			t.kind = kNumber
			j := i
			var v int32
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				if v < 1e8 {
					v = v*10 + int32(text[j]-'0')
				}
				j++
			}
			t.num = v
			if j-i > 255 {
				t.digits = 255
			} else {
				t.digits = uint8(j - i)
			}
			rn += j - i
			// An ordinal suffix, or letters glued to the number.
			if k, ok := ordinalSuffix(text, j); ok {
				t.ord = true
				rn += k - j
				j = k
			} else if j < len(text) && startsLetter(text[j:]) {
				t.glued = true
			}
			i = j
		case r == '_' || !(unicode.IsLetter(r) || unicode.IsMark(r)):
			t.kind = kPunct
			t.r = r
			i += size
			rn++
		default:
			t.kind = kWord
			j := i + size
			rn++
			t.title = unicode.IsUpper(r)
			upper := t.title
			ascii := size == 1
			h := hashByte(hashInit, c)
			for j < len(text) {
				if c2 := text[j]; c2 < utf8.RuneSelf {
					// ASCII fast path.
					if c2|0x20 >= 'a' && c2|0x20 <= 'z' {
						if upper && c2 >= 'a' {
							upper = false
						}
						h = hashByte(h, c2)
						j++
						rn++
						continue
					}
					if c2 != '\'' {
						break
					}
				}
				r2, s2 := rune(text[j]), 1
				if r2 >= utf8.RuneSelf {
					r2, s2 = utf8.DecodeRuneInString(text[j:])
					ascii = false
				}
				if unicode.IsLetter(r2) || unicode.IsMark(r2) {
					if upper && unicode.IsLower(r2) {
						upper = false
					}
					j += s2
					rn++
					continue
				}
				// An inner apostrophe followed by a letter ("we’ll", "O'Neill"),
				// but not a possessive "'s", which is left out of the word
				// so that "last week's" reads as "last week".
				if (r2 == '\'' || r2 == '\u2019') && j+s2 < len(text) && startsLetter(text[j+s2:]) && !possessive(text[j+s2:]) {
					h = hashByte(h, '\'')
					j += s2
					rn++
					continue
				}
				break
			}
			t.upper = upper && j-i > 1
			switch {
			case all:
				t.e = lx.lookupAll(text[i:j])
			case ascii && j-i <= maxWordLen:
				t.e = lx.tab.get(text[i:j], h)
			}
			i = j
		}
		t.be, t.re = int32(i), int32(rn)
		toks = append(toks, t)
	}
	return toks
}

// ordinalSuffix reports whether text[j:] starts with an English ordinal
// suffix (st, nd, rd, th, in any case) that is not followed by a letter, and
// returns the position after it.
func ordinalSuffix(text string, j int) (int, bool) {
	if j+2 > len(text) {
		return j, false
	}
	a, b := text[j]|0x20, text[j+1]|0x20
	switch {
	case a == 's' && b == 't', a == 'n' && b == 'd', a == 'r' && b == 'd', a == 't' && b == 'h':
	default:
		return j, false
	}
	if j+2 < len(text) && startsLetter(text[j+2:]) {
		return j, false
	}
	return j + 2, true
}

// startsLetter reports whether s starts with a letter.
func startsLetter(s string) bool {
	if s == "" {
		return false
	}
	if s[0] < utf8.RuneSelf {
		c := s[0] | 0x20
		return c >= 'a' && c <= 'z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// possessive reports whether s, the text after an apostrophe, is the "s"
// of a possessive: an s not followed by a letter.
func possessive(s string) bool {
	return (s[0] == 's' || s[0] == 'S') && !startsLetter(s[1:])
}
