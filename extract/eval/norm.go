package eval

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// This file reproduces the text normalisation of the reference scorer, which
// is written in Python: its character classes (\w, \s, str.isspace,
// str.isupper) and str.lower are Unicode-aware, unlike Go's regexp classes,
// so they are spelled out here.

// isSpace reports whether r is whitespace as Python's str.isspace and the
// re module's \s see it: Go's White_Space set plus the ASCII information
// separators U+001C to U+001F.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// isWord reports whether r matches \w in a Python str pattern: a letter, a
// number or the underscore.
func isWord(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// isUpper reports whether r has the Unicode Uppercase property, as Python's
// str.isupper sees a single character.
func isUpper(r rune) bool {
	return unicode.IsUpper(r) || unicode.Is(unicode.Other_Uppercase, r)
}

// isCased reports whether r has the Unicode Cased property.
func isCased(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) ||
		unicode.Is(unicode.Other_Lowercase, r) || unicode.Is(unicode.Other_Uppercase, r)
}

// isCaseIgnorable approximates the Unicode Case_Ignorable property.
func isCaseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', '^', '`', 0xb7, 0x2018, 0x2019, 0x2024, 0x2027:
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

// lower lowercases s the way Python's str.lower does: full case mapping for
// U+0130 and a final-sigma rule for U+03A3, simple mapping elsewhere.
func lower(s string) string {
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range rs {
		switch r {
		case 0x130: // LATIN CAPITAL LETTER I WITH DOT ABOVE
			b.WriteString("i\u0307")
		case 0x3a3: // GREEK CAPITAL LETTER SIGMA
			if finalSigma(rs, i) {
				b.WriteRune(0x3c2)
			} else {
				b.WriteRune(0x3c3)
			}
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// finalSigma reports whether the sigma at rs[i] ends a word: a cased letter
// comes before it and none after it, skipping case-ignorable characters.
func finalSigma(rs []rune, i int) bool {
	j := i - 1
	for j >= 0 && isCaseIgnorable(rs[j]) {
		j--
	}
	if j < 0 || !isCased(rs[j]) {
		return false
	}
	k := i + 1
	for k < len(rs) && isCaseIgnorable(rs[k]) {
		k++
	}
	return k == len(rs) || !isCased(rs[k])
}

// corporateSuffixes are the words normalize drops, except "s a", which is
// handled apart because it spans two words.
var corporateSuffixes = map[string]bool{
	"inc": true, "ltd": true, "plc": true, "llc": true, "group": true, "co": true,
	"corp": true, "corporation": true, "limited": true, "sa": true, "ag": true,
	"gmbh": true, "spa": true,
}

// curlyQuotes straightens curly quotation marks.
var curlyQuotes = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`)

// normalize is the reference scorer's norm: NFKC, lower case, straight
// quotes, no leading "the", no possessive 's, punctuation to spaces, no
// corporate suffixes (Inc, Ltd, Group, S.A., ...), and single spaces.
func normalize(s string) string {
	s = lower(norm.NFKC.String(s))
	s = curlyQuotes.Replace(s)
	s = strings.TrimFunc(s, isSpace)
	// ^(the)\s+
	if rest, ok := strings.CutPrefix(s, "the"); ok {
		if trimmed := strings.TrimLeftFunc(rest, isSpace); len(trimmed) < len(rest) {
			s = trimmed
		}
	}
	rs := []rune(s)
	// 's\b, then [^\w\s] to a space.
	out := make([]rune, 0, len(rs))
	for i := 0; i < len(rs); i++ {
		if rs[i] == '\'' && i+1 < len(rs) && rs[i+1] == 's' && (i+2 == len(rs) || !isWord(rs[i+2])) {
			i++
			continue
		}
		if isWord(rs[i]) || isSpace(rs[i]) {
			out = append(out, rs[i])
		} else {
			out = append(out, ' ')
		}
	}
	// \b(inc|ltd|...|s\s?a|...)\b to a space. Only word and space characters
	// are left, so a word boundary falls between runs of the two.
	words := make([]string, 0, 8)
	for i := 0; i < len(out); {
		if isSpace(out[i]) {
			i++
			continue
		}
		j := i
		for j < len(out) && !isSpace(out[j]) {
			j++
		}
		w := string(out[i:j])
		switch {
		case corporateSuffixes[w]:
		case w == "s" && j+1 < len(out) && isSpace(out[j]) && out[j+1] == 'a' &&
			(j+2 == len(out) || isSpace(out[j+2])):
			j += 2
		default:
			words = append(words, w)
		}
		i = j
	}
	return strings.Join(words, " ")
}

// nameSet is the set of normalised names an entity goes by.
type nameSet map[string]struct{}

// namesOf returns the normalised, non-empty forms of names.
func namesOf(names ...string) nameSet {
	set := make(nameSet, len(names))
	for _, n := range names {
		if k := normalize(n); k != "" {
			set[k] = struct{}{}
		}
	}
	return set
}

// min returns the smallest name in code-point order, "" for an empty set.
func (s nameSet) min() string {
	m, first := "", true
	for k := range s {
		if first || k < m {
			m, first = k, false
		}
	}
	return m
}

// sameEntity reports whether two entities share a name, ignoring spaces.
func sameEntity(a, b nameSet) bool {
	for x := range a {
		if _, ok := b[x]; ok {
			return true
		}
	}
	for x := range a {
		x = strings.ReplaceAll(x, " ", "")
		for y := range b {
			if x == strings.ReplaceAll(y, " ", "") {
				return true
			}
		}
	}
	return false
}

// acronym returns the lower-cased initials of the capitalised words of s, or
// "" when there are fewer than two.
func acronym(s string) string {
	var caps []rune
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return isSpace(r) || r == '-' }) {
		r := []rune(w)[0]
		if unicode.IsLetter(r) && isUpper(r) {
			caps = append(caps, r)
		}
	}
	if len(caps) < 2 {
		return ""
	}
	return lower(string(caps))
}
