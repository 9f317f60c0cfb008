package entities

import (
	"slices"
	"strings"

	"github.com/clipper-news/clipper/model"
)

// aliases attaches short forms, surnames and acronyms to known entities.
func (s *state) aliases() {
	firstSeen := map[*entity]int{}
	for _, c := range s.cands {
		if c.ent != nil {
			if p, ok := firstSeen[c.ent]; !ok || c.start < p {
				firstSeen[c.ent] = c.start
			}
		}
	}
	for _, c := range s.cands {
		if c.kind != kUnknown && !(c.kind == kPerson && honorifics[s.tok(c.first)]) {
			continue
		}
		text := c.text
		if c.kind == kPerson { // "Ms Demir" -> Aylin Demir
			if p := s.surnameOf(c.ent.names[0], c.ent); p != nil {
				s.merge(p, c.ent)
			}
			continue
		}
		if e := s.byName[text]; e != nil {
			c.kind, c.ent = kindOf(e), e
			continue
		}
		if s.geoNounAfter(c) {
			continue // "the Kvarken strait": a place, not the Kvarken agency
		}
		if e := s.shortFormOf(text, c.start, firstSeen); e != nil {
			s.link(e, text)
			c.kind, c.ent = kindOf(e), e
		}
	}
}

func kindOf(e *entity) kind {
	switch e.typ {
	case model.EntityOrganisation:
		return kOrg
	case model.EntityPerson:
		return kPerson
	}
	return kPlace
}

// surnameOf finds the person whose last name is text.
func (s *state) surnameOf(text string, not *entity) *entity {
	for _, e := range s.ents {
		if e == not || e.typ != model.EntityPerson {
			continue
		}
		for _, n := range e.names {
			if f := strings.Fields(n); len(f) > 1 && f[len(f)-1] == text {
				return e
			}
		}
	}
	return nil
}

// shortFormOf finds the entity text is a short form of: the first words of
// an organisation's name ("Ostrander" for "Ostrander Terminal Group") or a
// person's surname.
//
// When the short form fits several entities, the one named in full before
// pos wins ("Halvorsen" of Halvorsen Bulk Carriers before Siri Halvorsen
// appears); firstSeen holds where each entity is first named.
func (s *state) shortFormOf(text string, pos int, firstSeen map[*entity]int) *entity {
	if s.lower[strings.ToLower(text)] || stopCaps[text] {
		return nil
	}
	if f := strings.Fields(text); demonyms[f[len(f)-1]] {
		return nil // "Italian", "South African": adjectives, not short forms
	}
	if _, ok := s.g.Place(text); ok {
		return nil
	}
	var fits []*entity
	for _, e := range s.ents {
		for _, n := range e.names {
			ok := false
			switch e.typ {
			case model.EntityOrganisation:
				ok = strings.HasPrefix(n, text+" ") && !orgHeads[text]
			case model.EntityPerson:
				f := strings.Fields(n)
				ok = len(f) > 1 && f[len(f)-1] == text
			}
			if ok && !slices.Contains(fits, e) {
				fits = append(fits, e)
			}
		}
	}
	if len(fits) == 1 {
		return fits[0]
	}
	var before []*entity
	for _, e := range fits {
		if p, ok := firstSeen[e]; ok && p < pos {
			before = append(before, e)
		}
	}
	if len(before) == 1 {
		return before[0]
	}
	return nil // ambiguous
}
