package annotate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clipper-news/clipper/model"
)

// Part names the region of the article a paragraph belongs to.
type Part int

// The parts of an article's text, in the order they are laid out.
const (
	PartBody       Part = iota // a body paragraph
	PartHeadline               // the headline
	PartStandfirst             // the standfirst under the headline
)

// Paragraph is one block of the article text.
type Paragraph struct {
	// Span is the paragraph's code-point range in Doc.Text.
	model.Span
	// Part says whether the paragraph is the headline, the standfirst or body.
	Part Part
}

// Sentence is one sentence of a paragraph.
type Sentence struct {
	// Span is the sentence's code-point range in Doc.Text.
	model.Span
	// Paragraph is the index in Doc.Paragraphs of the paragraph holding it.
	Paragraph int
	// FirstToken and EndToken delimit the sentence's tokens in Doc.Tokens
	// (half-open).
	FirstToken, EndToken int
}

// Token is a word, number or punctuation mark.
type Token struct {
	// Span is the token's code-point range in Doc.Text.
	model.Span
	// Text is the token as printed.
	Text string
	// Sentence is the index in Doc.Sentences of the sentence holding it.
	Sentence int
}

// Doc is an article's text split into paragraphs, sentences and tokens.
// All offsets are code points into Text. A Doc is not modified after New
// returns, so it may be read by several goroutines.
type Doc struct {
	// Text is the article text.
	Text string
	// Runes is Text as code points, so that spans index it directly.
	Runes []rune
	// Paragraphs are the blocks separated by blank lines.
	Paragraphs []Paragraph
	// Sentences are the sentences of every paragraph, in order.
	Sentences []Sentence
	// Tokens are the tokens of every sentence, in order.
	Tokens []Token
}

// Layout tells New which leading paragraphs are headline and standfirst.
type Layout struct {
	// Headline is true when the first paragraph is the headline.
	Headline bool
	// Standfirst is true when the paragraph after the headline is a standfirst.
	Standfirst bool
}

// New splits text into paragraphs (at blank lines), sentences and tokens.
func New(text string, layout Layout) *Doc {
	d := &Doc{Text: text, Runes: []rune(text)}
	d.splitParagraphs(layout)
	// About one token per four code points in prose: one allocation.
	d.Tokens = make([]Token, 0, len(d.Runes)/4+1)
	// Tokens' texts are slices of text when it is valid UTF-8 (as every
	// text the pipeline builds is); otherwise they are converted from the
	// runes, where invalid bytes have become U+FFFD.
	cur := &cursor{text: text, valid: utf8.ValidString(text)}
	for pi, p := range d.Paragraphs {
		for _, s := range splitSentences(d.Runes, p.Span) {
			si := len(d.Sentences)
			first := len(d.Tokens)
			d.Tokens = appendTokens(d.Tokens, d.Runes, s, si, cur)
			d.Sentences = append(d.Sentences, Sentence{Span: s, Paragraph: pi, FirstToken: first, EndToken: len(d.Tokens)})
		}
	}
	return d
}

// Slice returns the text of span s.
func (d *Doc) Slice(s model.Span) string {
	if s.Start < 0 || s.End > len(d.Runes) || s.Start >= s.End {
		return ""
	}
	return string(d.Runes[s.Start:s.End])
}

// SentenceAt returns the index of the sentence holding code point pos, or -1.
func (d *Doc) SentenceAt(pos int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		switch s := d.Sentences[m]; {
		case pos < s.Start:
			hi = m
		case pos >= s.End:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}

// SentenceTokens returns the tokens of sentence i.
func (d *Doc) SentenceTokens(i int) []Token {
	s := d.Sentences[i]
	return d.Tokens[s.FirstToken:s.EndToken]
}

func (d *Doc) splitParagraphs(layout Layout) {
	r := d.Runes
	n := len(r)
	i := 0
	for i < n {
		for i < n && unicode.IsSpace(r[i]) {
			i++
		}
		if i >= n {
			break
		}
		start := i
		end := i
		for i < n {
			if r[i] == '\n' {
				j := i + 1
				for j < n && r[j] != '\n' && unicode.IsSpace(r[j]) {
					j++
				}
				if j < n && r[j] == '\n' {
					break
				}
			}
			if !unicode.IsSpace(r[i]) {
				end = i + 1
			}
			i++
		}
		part := PartBody
		switch k := len(d.Paragraphs); {
		case k == 0 && layout.Headline:
			part = PartHeadline
		case layout.Standfirst && ((k == 1 && layout.Headline) || (k == 0 && !layout.Headline)):
			part = PartStandfirst
		}
		d.Paragraphs = append(d.Paragraphs, Paragraph{Span: model.Span{Start: start, End: end}, Part: part})
	}
}

// abbreviations never end a sentence when followed by a period.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "mt": true,
	"inc": true, "ltd": true, "co": true, "corp": true, "jr": true, "sr": true, "no": true,
	"vs": true, "etc": true, "e.g": true, "i.e": true, "u.s": true, "u.k": true, "u.n": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "gen": true, "gov": true,
	"capt": true, "col": true, "lt": true, "sgt": true, "rep": true, "sen": true, "approx": true,
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '\u2019', '\u201d', ')', ']', '\u00bb':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '\u2018', '\u201c', '(', '[', '\u00ab':
		return true
	}
	return false
}

// splitSentences splits one paragraph into sentences: a sentence ends at
// '.', '!' or '?' (with any closing quotes or brackets) followed by space and
// a capital letter, digit or opening quote, unless the period ends a known
// abbreviation or a single-letter initial.
func splitSentences(r []rune, p model.Span) []model.Span {
	var out []model.Span
	start := p.Start
	for i := p.Start; i < p.End; i++ {
		c := r[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < p.End && (isCloser(r[j]) || r[j] == '.' || r[j] == '!' || r[j] == '?') {
			j++
		}
		if j >= p.End {
			break
		}
		if !unicode.IsSpace(r[j]) {
			continue
		}
		k := j
		for k < p.End && unicode.IsSpace(r[k]) {
			k++
		}
		if k >= p.End {
			break
		}
		next := r[k]
		if !(unicode.IsUpper(next) || unicode.IsDigit(next) || isOpener(next)) {
			continue
		}
		if c == '.' && endsAbbreviation(r, p.Start, i) {
			continue
		}
		out = append(out, model.Span{Start: start, End: j})
		start = k
		i = k - 1
	}
	if start < p.End {
		out = append(out, model.Span{Start: start, End: p.End})
	}
	return out
}

// endsAbbreviation reports whether the period at r[dot] ends an abbreviation
// or an initial.
func endsAbbreviation(r []rune, min, dot int) bool {
	k := dot
	for k > min && (unicode.IsLetter(r[k-1]) || r[k-1] == '.') {
		k--
	}
	if k == dot {
		return false
	}
	if isAbbreviation(r[k:dot]) {
		return true
	}
	if dot-k == 1 && unicode.IsUpper(r[k]) {
		return true // an initial: "J. Smith"
	}
	for _, c := range r[k:dot] {
		if c == '.' {
			return true // "U.S.", "e.g."
		}
	}
	return false
}

// isAbbreviation reports whether w, lower-cased, is in abbreviations. A
// short ASCII word is lowered on the stack rather than in a new string.
func isAbbreviation(w []rune) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return abbreviations[strings.ToLower(string(w))]
	}
	for i, c := range w {
		switch {
		case c >= utf8.RuneSelf:
			return abbreviations[strings.ToLower(string(w))]
		case 'A' <= c && c <= 'Z':
			buf[i] = byte(c) + 'a' - 'A'
		default:
			buf[i] = byte(c)
		}
	}
	return abbreviations[string(buf[:len(w)])]
}

// cursor converts increasing code-point offsets into text to byte offsets.
type cursor struct {
	text  string
	valid bool // text is valid UTF-8, so code points map one to one
	r, b  int  // code-point offset r is at byte offset b
}

// slice returns the text of code points [i, j) of runes (which is text as
// code points); i must not be below the previous call's j.
func (c *cursor) slice(runes []rune, i, j int) string {
	if !c.valid {
		return string(runes[i:j])
	}
	c.seek(runes, i)
	start := c.b
	c.seek(runes, j)
	return c.text[start:c.b]
}

func (c *cursor) seek(runes []rune, i int) {
	for ; c.r < i; c.r++ {
		if r := runes[c.r]; r < utf8.RuneSelf {
			c.b++
		} else {
			c.b += utf8.RuneLen(r)
		}
	}
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf { // ASCII: no marks, and letters and digits are these
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// appendTokens tokenizes span s: words are letters and digits joined by
// inner hyphens, periods, ampersands or apostrophes ("e-mail", "U.S",
// "AT&T", "O'Brien"); a possessive "'s" is its own token; every other
// non-space rune is a token of its own.
func appendTokens(toks []Token, r []rune, s model.Span, sentence int, cur *cursor) []Token {
	i := s.Start
	for i < s.End {
		c := r[i]
		if unicode.IsSpace(c) {
			i++
			continue
		}
		if (c == '\'' || c == '\u2019') && i > s.Start && isWordRune(r[i-1]) && i+1 < s.End &&
			(r[i+1] == 's' || r[i+1] == 'S') && (i+2 >= s.End || !isWordRune(r[i+2])) {
			toks = append(toks, Token{Span: model.Span{Start: i, End: i + 2}, Text: cur.slice(r, i, i+2), Sentence: sentence})
			i += 2
			continue
		}
		if !isWordRune(c) {
			toks = append(toks, Token{Span: model.Span{Start: i, End: i + 1}, Text: cur.slice(r, i, i+1), Sentence: sentence})
			i++
			continue
		}
		j := i + 1
		for j < s.End {
			if isWordRune(r[j]) || r[j] == '\u00ad' {
				j++
				continue
			}
			if j+1 < s.End && isWordRune(r[j+1]) {
				switch r[j] {
				case '-', '\u2010', '.', '&', '/':
					j += 2
					continue
				case '\'', '\u2019':
					if (r[j+1] == 's' || r[j+1] == 'S') && (j+2 >= s.End || !isWordRune(r[j+2])) {
						break // possessive: split
					}
					j += 2
					continue
				}
			}
			break
		}
		toks = append(toks, Token{Span: model.Span{Start: i, End: j}, Text: cur.slice(r, i, j), Sentence: sentence})
		i = j
	}
	return toks
}
