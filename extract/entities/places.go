package entities

import (
	"strings"
	"unicode"

	"github.com/clipper-news/clipper/model"
)

// places finds places: gazetteer names, "X-based" compounds, and
// capitalised words after "in", "at", "from" that name nothing else.
func (s *state) places() {
	for _, c := range s.cands {
		if c.kind != kUnknown {
			continue
		}
		if p, ok := s.g.Place(c.text); ok {
			c.kind, c.ent = kPlace, s.newEntity(model.EntityPlace, p.Name)
			continue
		}
		if e := s.byName[c.text]; e != nil && e.typ == model.EntityPlace {
			c.kind, c.ent = kPlace, e // a place found earlier by its context
			continue
		}
		if s.placeContext(c) || s.geoNounAfter(c) || s.geoSuffix(c) {
			c.kind, c.ent = kPlace, s.newEntity(model.EntityPlace, c.text)
		}
	}
	s.datelines()
	// compounds and capitals: "Barcelona-based", "GDANSK,"
	for si, sent := range s.doc.Sentences {
		for i := sent.FirstToken; i < sent.EndToken; i++ {
			t := s.doc.Tokens[i]
			if s.caps[sent.Paragraph] && !isAllCaps(t.Text) {
				continue
			}
			if k, w := hyphen(t.Text); k > 0 && isCap(t.Text) {
				head, suf := t.Text[:k], t.Text[k+w:]
				start := t.Start
				// "St. Petersburg-based"
				if i >= 2 && s.tok(i-1) == "." && nameAbbrevs[s.tok(i-2)] && s.adjacent(i-2, i-1) {
					head = s.tok(i-2) + ". " + head
					start = s.doc.Tokens[i-2].Start
				}
				_, known := s.g.Place(head)
				if s.byName[head] == nil && (known || compoundSuffixes[suf] && !stopCaps[head]) {
					e := s.newEntity(model.EntityPlace, head)
					stop := t.Start + len([]rune(t.Text[:k]))
					s.cands = append(s.cands, &cand{first: i, end: i + 1, start: start, stop: stop, text: s.doc.Slice(model.Span{Start: start, End: stop}), sent: si, kind: kPlace, ent: e})
				}
				continue
			}
			if isAllCaps(t.Text) && len([]rune(t.Text)) >= 4 && s.byName[t.Text] == nil {
				r := []rune(strings.ToLower(t.Text))
				r[0] = unicode.ToUpper(r[0])
				if p, ok := s.g.Place(string(r)); ok {
					e := s.newEntity(model.EntityPlace, p.Name)
					s.link(e, t.Text)
				}
			}
		}
	}
}

// geoNounAfter: "Finland's Ostrobothnia region", "the Kvarken strait": a
// lone unknown name followed by a geographic noun.
func (s *state) geoNounAfter(c *cand) bool {
	if c.end-c.first != 1 || isAllCaps(c.text) || c.initial || s.lower[strings.ToLower(c.text)] || demonyms[c.text] {
		return false
	}
	return geoNouns[s.tok(c.end)]
}

// geoSuffix: "Khalifa Port", "Canvey Island": a name of two or three words
// ending in a geographic word.
func (s *state) geoSuffix(c *cand) bool {
	w := s.words(c)
	return len(w) >= 2 && len(w) <= 3 && geoSuffixes[w[len(w)-1]] && !c.initial
}

// datelines finds a wire dateline's city in capitals at the start of a
// paragraph: "LOS ANGELES —", "GDANSK, June 15".
func (s *state) datelines() {
	for _, sent := range s.doc.Sentences {
		p := s.doc.Paragraphs[sent.Paragraph]
		if s.caps[sent.Paragraph] || sent.Start != p.Start {
			continue
		}
		k := sent.FirstToken
		var words []string
		for k < sent.EndToken && len(words) < 3 && isAllCaps(s.tok(k)) {
			words = append(words, s.tok(k))
			k++
		}
		if len(words) < 2 || k >= sent.EndToken {
			continue // one word is handled with the other capitals
		}
		switch s.tok(k) {
		case ",", "—", "–", "-", "(":
		default:
			continue
		}
		title := make([]string, len(words))
		for i, w := range words {
			r := []rune(strings.ToLower(w))
			r[0] = unicode.ToUpper(r[0])
			title[i] = string(r)
		}
		if p, ok := s.g.Place(strings.Join(title, " ")); ok {
			s.link(s.newEntity(model.EntityPlace, p.Name), strings.Join(words, " "))
		}
	}
}

// placeContext: "terminals in Gothenburg and Helsingborg", "from Oban to
// the Hebrides", "offices in Bergen, Piraeus and Busan".
func (s *state) placeContext(c *cand) bool {
	words := s.words(c)
	if len(words) > 2 {
		return false
	}
	for _, w := range words {
		if isAllCaps(w) || orgHeads[w] || stopCaps[w] || strings.ContainsAny(w, "'’") {
			return false
		}
	}
	k := c.first - 1
	if s.tok(k) == "the" {
		if len(words) > 1 {
			return false // "to the Polizia Postale": a body, not a place
		}
		k--
	}
	// walk back over a list: "in Bergen, Piraeus and Busan"
	for hops := 0; hops < 4 && s.inSentence(k, c.sent); hops++ {
		t := s.tok(k)
		if placePrepositions[t] && (len(words) == 1 || broadPrepositions[t]) || t == "of" && placeNouns[s.tok(k-1)] {
			return true
		}
		if t != "," && t != "and" && t != "or" && t != "–" && t != "-" && t != "/" {
			return false
		}
		// the list item before must itself be a place
		prevPlace := false
		if d := s.candEndingAt(k); d != nil && d.kind == kPlace {
			if _, known := s.g.Place(d.text); known && len(words) == 1 && (t == "and" || t == "or") {
				return true // "Le Havre and Rouen"
			}
			if len(words) == 1 && (t == "–" || t == "-" || t == "/") && s.adjacent(k-1, k) && s.adjacent(k, k+1) {
				return true // "the Vaasa–Umeå route"
			}
			prevPlace = true
			k = d.first - 1
			if s.tok(k) == "the" {
				k--
			}
		}
		if !prevPlace {
			return false
		}
	}
	return false
}
