package entities

import (
	"sort"
	"strings"

	"github.com/clipper-news/clipper/model"
)

// named is one name mention, for coreference.
type named struct {
	start, sent int
	e           *entity
}

// coreference resolves descriptions ("the company", "the forwarder") and
// pronouns ("It", "she") to the entity they stand for and adds them as
// mentions: a description to the most recent organisation it fits,
// "it" to the subject of the current or a recent sentence, "he"/"she" to
// the most recent person. Words inside quotation marks are the speaker's
// and are left alone.
func (s *state) coreference() {
	toks := s.doc.Tokens
	quoted := s.quoted()
	var names []named
	for _, e := range s.ents {
		for _, m := range e.mentions {
			if k := s.tokenAt(m.Start); k >= 0 && quoted[k] {
				continue // a name in someone's words is not the story's subject
			}
			si := s.doc.SentenceAt(m.Start)
			names = append(names, named{m.Start, si, e})
		}
	}
	sort.Slice(names, func(i, j int) bool { return names[i].start < names[j].start })
	endAt := map[int]*entity{}
	for _, e := range s.ents {
		if e.typ != model.EntityOrganisation {
			continue
		}
		for _, m := range e.mentions {
			endAt[m.End] = e
		}
	}
	var added []named
	for i, t := range toks {
		if quoted[i] || s.caps[s.doc.Sentences[t.Sentence].Paragraph] {
			continue
		}
		var e *entity
		end := i + 1
		switch w := t.Text; {
		case (w == "the" || w == "The") && i+1 < len(toks):
			noun := toks[i+1].Text
			fits, ok := descriptions[noun]
			if !ok || i+2 < len(toks) && isCap(toks[i+2].Text) && toks[i+2].Sentence == t.Sentence {
				continue
			}
			e = s.describe(names, added, t.Start, t.Sentence, noun, fits, i-s.doc.Sentences[t.Sentence].FirstToken <= 1)
			end = i + 2
		case w == "It" || w == "it":
			next := ""
			if i+1 < len(toks) {
				next = toks[i+1].Text
			}
			if !pronounVerbs[next] || i+2 < len(toks) && (next == "is" || next == "was" || next == "has") && itExpletive[toks[i+2].Text] {
				continue
			}
			e = s.speakerBefore(endAt, i)
			if e == nil {
				e = s.subject(names, added, t.Start, t.Sentence, model.EntityOrganisation)
			}
		case w == "he" || w == "He" || w == "she" || w == "She":
			g := "m"
			if w == "she" || w == "She" {
				g = "f"
			}
			e = s.pronounPerson(names, added, t.Start, t.Sentence, g)
		}
		if e == nil {
			continue
		}
		m := model.Mention{Start: t.Start, End: toks[end-1].End}
		m.Text = s.doc.Slice(model.Span{Start: m.Start, End: m.End})
		e.mentions = append(e.mentions, m)
		added = append(added, named{t.Start, t.Sentence, e})
	}
}

// quoted marks tokens inside quotation marks.
func (s *state) quoted() []bool {
	out := make([]bool, len(s.doc.Tokens))
	in := false
	para := -1
	for i, t := range s.doc.Tokens {
		p := s.doc.Sentences[t.Sentence].Paragraph
		if p != para {
			para = p
			// a quote running over paragraphs reopens with a mark; start outside
			in = false
		}
		switch t.Text {
		case "“":
			in = true
			continue
		case "”":
			in = false
			continue
		case "\"":
			in = !in
			continue
		}
		out[i] = in
	}
	return out
}

// before returns the name and coreference mentions before pos, nearest
// last, no further back than maxBack sentences.
func before(names, added []named, pos, sent, maxBack int) []named {
	var out []named
	for _, list := range [][]named{names, added} {
		// both lists are in text order
		hi := sort.Search(len(list), func(i int) bool { return list[i].start >= pos })
		lo := hi
		for lo > 0 && sent-list[lo-1].sent <= maxBack {
			lo--
		}
		out = append(out, list[lo:hi]...)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// recent returns the most recent entity of type typ.
func (s *state) recent(names, added []named, pos, sent int, typ string, maxBack int) *entity {
	c := before(names, added, pos, sent, maxBack)
	for k := len(c) - 1; k >= 0; k-- {
		if c[k].e.typ == typ {
			return c[k].e
		}
	}
	return nil
}

// pronounPerson returns the person "he" or "she" (g is "m" or "f") stands
// for: the most recent person within four sentences whose gender, when a
// title or honorific gave it, agrees.
func (s *state) pronounPerson(names, added []named, pos, sent int, g string) *entity {
	c := before(names, added, pos, sent, 4)
	for k := len(c) - 1; k >= 0; k-- {
		if e := c[k].e; e.typ == model.EntityPerson && (e.gender == "" || e.gender == g) {
			return e
		}
	}
	return nil
}

// subject returns the first organisation named in the current sentence
// before pos, else in the nearest earlier sentence (up to three back) that
// names one: the sentence's subject, usually.
func (s *state) subject(names, added []named, pos, sent int, typ string) *entity {
	c := before(names, added, pos, sent, 3)
	for back := 0; back <= 3; back++ {
		for _, n := range c {
			if n.sent == sent-back && n.e.typ == typ {
				return n.e
			}
		}
	}
	return nil
}

// describe resolves "the <noun>": the most recent organisation whose name
// or described kind fits noun, else, for a generic noun, the most recent
// organisation.
func (s *state) describe(names, added []named, pos, sent int, noun string, fits []string, opening bool) *entity {
	c := before(names, added, pos, sent, 8)
	for k := len(c) - 1; k >= 0; k-- {
		e := c[k].e
		if e.typ != model.EntityOrganisation {
			continue
		}
		if e.kinds[noun] {
			return e
		}
		for _, f := range fits {
			if e.kinds[f] {
				return e
			}
			for _, n := range e.names {
				if strings.Contains(" "+n+" ", " "+f+" ") {
					return e
				}
			}
		}
	}
	switch noun {
	case "company", "organisation", "organization", "operator", "firm", "provider", "business":
		// a gang is an organisation but never "the company"
		names, added = notGangs(names), notGangs(added)
		c = notGangs(c)
		if !opening {
			// "BlackTide listed VCT ... and gave the company seven days":
			// mid-sentence, the description is not the sentence's subject.
			var same []*entity
			for _, n := range c {
				if n.sent == sent && n.e.typ == model.EntityOrganisation {
					same = append(same, n.e)
				}
			}
			for k := len(same) - 1; k >= 0; k-- {
				if same[k] != same[0] {
					return same[k]
				}
			}
		}
		return s.subject(names, added, pos, sent, model.EntityOrganisation)
	}
	return nil
}

// speakerBefore resolves the "it" of "VCT said it": the organisation named
// just before the speech verb that precedes token i. endAt maps the end of
// every organisation mention to its entity.
func (s *state) speakerBefore(endAt map[int]*entity, i int) *entity {
	if i < 2 || s.doc.Tokens[i].Text != "it" || !speechVerbs[s.tok(i-1)] && s.tok(i-1) != "that" {
		return nil
	}
	k := i - 2
	if s.tok(i-1) == "that" && speechVerbs[s.tok(i-2)] {
		k = i - 3
	}
	if k < 0 {
		return nil
	}
	return endAt[s.doc.Tokens[k].End]
}

// tokenAt returns the index of the token starting at pos, or -1.
func (s *state) tokenAt(pos int) int {
	toks := s.doc.Tokens
	i := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= pos })
	if i < len(toks) && toks[i].Start == pos {
		return i
	}
	return -1
}

// notGangs drops mentions of gangs.
func notGangs(list []named) []named {
	out := make([]named, 0, len(list))
	for _, n := range list {
		if !n.e.kinds["gang"] {
			out = append(out, n)
		}
	}
	return out
}
