package entities

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clipper-news/clipper/model"
)

// mentions records every occurrence of every entity's names, token-aligned,
// longest name first; in paragraphs set in capitals the match ignores case.
func (s *state) mentions() {
	type nm struct {
		words []string
		e     *entity
	}
	var names []nm
	for _, e := range s.ents {
		for _, n := range e.names {
			names = append(names, nm{strings.Fields(n), e})
		}
	}
	sort.SliceStable(names, func(i, j int) bool { return len(names[i].words) > len(names[j].words) })
	// index by the first letter, folded, so each token tries few names
	byFirst := map[rune][]nm{}
	for _, n := range names {
		r, _ := utf8.DecodeRuneInString(n.words[0])
		r = unicode.ToLower(r)
		byFirst[r] = append(byFirst[r], n)
	}
	toks := s.doc.Tokens
	used := make([]bool, len(toks))
	// compound places first: they are sub-token spans
	for _, c := range s.cands {
		if c.kind == kPlace && c.stop-c.start < toks[c.first].End-toks[c.first].Start {
			c.ent.mentions = append(c.ent.mentions, model.Mention{Start: c.start, End: c.stop, Text: c.text})
			used[c.first] = true
		}
	}
	for i := 0; i < len(toks); i++ {
		if used[i] {
			continue
		}
		first, _ := utf8.DecodeRuneInString(toks[i].Text)
		cands := byFirst[unicode.ToLower(first)]
		if len(cands) == 0 {
			continue
		}
		capsPara := s.caps[s.doc.Sentences[toks[i].Sentence].Paragraph]
		for _, n := range cands {
			if s.matchAt(i, n.words, capsPara) {
				end := i + s.span(i, n.words)
				m := model.Mention{Start: toks[i].Start, End: toks[end-1].End}
				m.Text = s.doc.Slice(model.Span{Start: m.Start, End: m.End})
				n.e.mentions = append(n.e.mentions, m)
				for k := i; k < end; k++ {
					used[k] = true
				}
				i = end - 1
				break
			}
		}
	}
}

// span is the number of tokens name words cover from i (names are split
// on spaces; tokens also split "Lloyd's" and "Hauliers’").
func (s *state) span(i int, words []string) int {
	n := 0
	for _, w := range words {
		want := w
		for want != "" {
			if i+n >= len(s.doc.Tokens) {
				return n
			}
			t := s.doc.Tokens[i+n].Text
			want = want[min(len(t), len(want)):]
			n++
		}
	}
	return n
}

func (s *state) matchAt(i int, words []string, fold bool) bool {
	toks := s.doc.Tokens
	k := i
	for wi, w := range words {
		rest := w
		for rest != "" {
			if k >= len(toks) {
				return false
			}
			if wi > 0 && rest == w && k > i && toks[k-1].End == toks[k].Start {
				return false // words of a name are separated by space
			}
			t := toks[k].Text
			if len(t) > len(rest) {
				return false
			}
			if !(rest[:len(t)] == t || fold && strings.EqualFold(rest[:len(t)], t)) {
				return false
			}
			rest = rest[len(t):]
			k++
		}
	}
	// a name must end at a token boundary that is not mid-word
	if k < len(toks) && toks[k].Start == toks[k-1].End && !strings.HasPrefix(toks[k].Text, "'") && !strings.HasPrefix(toks[k].Text, "’") {
		if r := []rune(toks[k].Text); unicode.IsLetter(r[0]) || unicode.IsDigit(r[0]) {
			return false
		}
	}
	if i > 0 && toks[i-1].End == toks[i].Start {
		if r := []rune(toks[i-1].Text); unicode.IsLetter(r[len(r)-1]) {
			return false
		}
	}
	return true
}
