package entities

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clipper-news/clipper/extract/annotate"
	"github.com/clipper-news/clipper/model"
)

// markCaps flags paragraphs set in capitals or title case (headlines),
// where capitalisation says nothing about names.
func (s *state) markCaps() {
	s.caps = make([]bool, len(s.doc.Paragraphs))
	words := make([]int, len(s.doc.Paragraphs))
	upper := make([]int, len(s.doc.Paragraphs))
	title := make([]int, len(s.doc.Paragraphs))
	for _, t := range s.doc.Tokens {
		r, _ := utf8.DecodeRuneInString(t.Text)
		if !unicode.IsLetter(r) {
			continue
		}
		p := s.doc.Sentences[t.Sentence].Paragraph
		words[p]++
		switch {
		case isAllCaps(t.Text) || len(t.Text) == 1 && unicode.IsUpper(r):
			upper[p]++
		case unicode.IsUpper(r):
			title[p]++
		}
	}
	for pi, p := range s.doc.Paragraphs {
		w := words[pi]
		if w == 0 {
			continue
		}
		if upper[pi]*10 >= w*8 || (p.Part == annotate.PartHeadline && w >= 4 && (upper[pi]+title[pi])*10 >= w*7) {
			s.caps[pi] = true
		}
	}
}

func isCap(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r)
}

// hyphen returns the byte offset and width of the first hyphen in t
// ("-" or U+2010), or -1.
func hyphen(t string) (int, int) {
	k := strings.IndexByte(t, '-')
	if strings.IndexByte(t, 0xE2) >= 0 {
		if u := strings.Index(t, "‐"); u >= 0 && (k < 0 || u < k) {
			return u, len("‐")
		}
	}
	return k, 1
}

func isLowerWord(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r)
}

func isAllCaps(t string) bool {
	n := 0
	for _, r := range t {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

func isOpenQuote(t string) bool {
	switch t {
	case "\"", "“", "‘", "'", "(", "[", "«", "—", "–", "-", ":", ";":
		return true
	}
	return false
}

// nameToken reports whether token i can be part of a name.
func (s *state) nameToken(i int) bool {
	t := s.doc.Tokens[i].Text
	if !isCap(t) || calendarWords[t] || t == "I" {
		return false
	}
	// "Barcelona-based" is a compound, handled on its own.
	if k, w := hyphen(t); k > 0 {
		if r, _ := utf8.DecodeRuneInString(t[k+w:]); unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func (s *state) adjacent(i, j int) bool {
	return s.doc.Tokens[i].End == s.doc.Tokens[j].Start
}

// maxNameTokens bounds a candidate's tokens: a longer run of capitalized words (a list, or
// text in title case) is cut into candidates of at most this length, so that the checks on
// a candidate's words cost time in proportion to them.
const maxNameTokens = 16

// findCandidates collects runs of capitalised tokens, joined by "of", "&",
// possessives and the like, in paragraphs that are not set in capitals.
func (s *state) findCandidates() {
	toks := s.doc.Tokens
	for si, sent := range s.doc.Sentences {
		if s.caps[sent.Paragraph] {
			continue
		}
		i := sent.FirstToken
		for i < sent.EndToken {
			if !s.nameToken(i) {
				i++
				continue
			}
			j := i + 1
			for j < sent.EndToken && j-i < maxNameTokens {
				if s.nameToken(j) {
					j++
					continue
				}
				t := toks[j].Text
				if j+1 < sent.EndToken && s.nameToken(j+1) {
					last := toks[j-1].Text
					switch {
					case freeJoiners[t]:
						j += 2
						continue
					case (t == "'s" || t == "’s") && s.adjacent(j-1, j) && !s.isPlaceName(toks[i:j]):
						j += 2
						continue
					case (t == "'" || t == "’") && s.adjacent(j-1, j) && strings.HasSuffix(last, "s"):
						j += 2
						continue
					case joiners[t] && (orgPrefixes[last] || orgPrefixes[toks[i].Text] || orgHeads[last]):
						j += 2
						continue
					}
				}
				if t == "." && s.adjacent(j-1, j) {
					// "U.S. Coast Guard", "St. Petersburg", "S.p.A.", "Mr. Cho"
					prev := toks[j-1].Text
					dotted := strings.Contains(prev, ".")
					if (dotted || nameAbbrevs[prev]) && j+1 < sent.EndToken && s.nameToken(j+1) {
						j += 2
						continue
					}
					if dotted {
						j++
					}
				}
				break
			}
			c := &cand{first: i, end: j, sent: si}
			c.initial = i == sent.FirstToken || isOpenQuote(toks[i-1].Text)
			// Strip sentence-opening words that are not names ("The", "Every").
			for c.first < c.end && (stopCaps[toks[c.first].Text] || (c.first == i && c.initial && s.lower[strings.ToLower(toks[c.first].Text)] && c.end-c.first > 1 && !isAllCaps(toks[c.first].Text))) {
				if honorifics[toks[c.first].Text] && c.end-c.first > 1 {
					break
				}
				c.first++
			}
			// A title in capitals opens the run: "Prosecutor Ellen Brouwer",
			// "said Chief Executive Jane Roe".
			for c.end-c.first >= 3 && roleWords[strings.ToLower(toks[c.first].Text)] && !orgHeads[toks[c.end-1].Text] {
				c.first++
			}
			// Trailing joiners and possessive marks are not part of a name.
			for c.end > c.first && !isCap(toks[c.end-1].Text) && toks[c.end-1].Text != "." {
				c.end--
			}
			if c.first < c.end {
				if c.first > i {
					c.initial = c.initial && c.first == i+1 && stopCaps[toks[i].Text]
				}
				c.start, c.stop = toks[c.first].Start, toks[c.end-1].End
				c.text = s.doc.Slice(model.Span{Start: c.start, End: c.stop})
				s.cands = append(s.cands, c)
			}
			i = j
		}
	}
}

// isPlaceName reports whether toks spell a gazetteer place ("Croatia" in
// "Croatia's National CERT": a place's possessive does not join a name).
func (s *state) isPlaceName(toks []annotate.Token) bool {
	k := 0
	for k < len(toks) && stopCaps[toks[k].Text] {
		k++
	}
	if k == len(toks) {
		return false
	}
	_, ok := s.g.Place(s.doc.Slice(model.Span{Start: toks[k].Start, End: toks[len(toks)-1].End}))
	return ok
}

// words returns the candidate's tokens as strings.
func (s *state) words(c *cand) []string {
	out := make([]string, 0, c.end-c.first)
	for _, t := range s.doc.Tokens[c.first:c.end] {
		out = append(out, t.Text)
	}
	return out
}

func (s *state) tok(i int) string {
	if i < 0 || i >= len(s.doc.Tokens) {
		return ""
	}
	return s.doc.Tokens[i].Text
}

// sameSentence reports whether token i is in sentence si.
func (s *state) inSentence(i, si int) bool {
	return i >= 0 && i < len(s.doc.Tokens) && s.doc.Tokens[i].Sentence == si
}

// prevWords returns up to n lowercase-or-any tokens before token i in the
// same sentence, nearest last.
func (s *state) prev(i, n int) []string {
	si := s.doc.Tokens[i].Sentence
	k := i // the first token taken
	for k > 0 && i-k < n && s.doc.Tokens[k-1].Sentence == si {
		k--
	}
	if k == i {
		return nil
	}
	out := make([]string, i-k)
	for j := k; j < i; j++ {
		out[j-k] = s.doc.Tokens[j].Text
	}
	return out
}

func last(ws []string, k int) string {
	if k <= 0 || k > len(ws) {
		return ""
	}
	return ws[len(ws)-k]
}

// candStartingAt returns the candidate whose first token is k, or nil.
func (s *state) candStartingAt(k int) *cand {
	i := sort.Search(len(s.cands), func(i int) bool { return s.cands[i].first >= k })
	if i < len(s.cands) && s.cands[i].first == k {
		return s.cands[i]
	}
	return nil
}

// candEndingAt returns the candidate whose last token is just before
// token k, or nil. Candidates are in text order, so a binary search finds it.
func (s *state) candEndingAt(k int) *cand {
	i := sort.Search(len(s.cands), func(i int) bool { return s.cands[i].end >= k })
	if i < len(s.cands) && s.cands[i].end == k {
		return s.cands[i]
	}
	return nil
}
