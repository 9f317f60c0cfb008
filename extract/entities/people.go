package entities

import (
	"strings"
	"unicode"

	"github.com/clipper-news/clipper/model"
)

// genderOf reads a gender from a role or an honorific: "spokeswoman", "Ms".
func genderOf(words ...string) string {
	for _, w := range words {
		switch strings.ToLower(strings.TrimSuffix(w, ".")) {
		case "spokeswoman", "chairwoman", "businesswoman", "ms", "mrs", "miss", "madam", "dame", "lady":
			return "f"
		case "spokesman", "chairman", "businessman", "mr", "sir", "lord":
			return "m"
		}
	}
	return ""
}

// person recognises people by the company they keep: "Maria Keller, chief
// information officer at VCT", "ACPA spokeswoman Katarzyna Wolak",
// "Ms Demir", "(Reporting by Lena Marsh; Editing by Tom Quill)".
func (s *state) person(c *cand, words []string) bool {
	if len(words) >= 2 && honorifics[words[0]] {
		// "Ms Demir": a surname; attach to a known person later.
		rest := words[1:]
		if rest[0] == "." {
			rest = rest[1:]
		}
		if len(rest) == 0 {
			return false
		}
		e := s.newEntity(model.EntityPerson, strings.Join(rest, " "))
		if e.role == "" {
			e.role = s.roleAfter(c)
		}
		e.gender = genderOf(words[0])
		c.kind, c.ent = kPerson, e
		return true
	}
	if !s.looksPerson(c) {
		return false
	}
	if _, ok := s.g.Body(c.text); ok {
		return false
	}
	if _, ok := s.g.Place(c.text); ok {
		return false
	}
	p := s.prev(c.first, 6)
	role := ""
	switch {
	case last(p, 1) == "by" && (strings.EqualFold(last(p, 2), "reporting") || last(p, 2) == "(" || last(p, 2) == ""):
		role = "reporter"
	case last(p, 1) == "by" && strings.EqualFold(last(p, 2), "editing"):
		role = "editor"
	default:
		role = s.roleAfter(c)
		if role == "" {
			role = roleBefore(p, c.first-len(p) == s.doc.Sentences[c.sent].FirstToken)
		}
		// "an independent researcher, Tomasz Wrona, who ..."
		if role == "" && last(p, 1) == "," && (s.tok(c.end) == "," || s.tok(c.end) == ".") {
			role = roleBefore(p[:len(p)-1], c.first-len(p) == s.doc.Sentences[c.sent].FirstToken)
			if f := strings.Fields(role); len(f) > 0 && (f[0] == "a" || f[0] == "an" || f[0] == "its" || f[0] == "the") {
				role = strings.Join(f[1:], " ")
			}
			// "A spokeswoman for the line, Noura Al Mansoori, said"
			if role == "" {
				role = s.roleBeforeEmployer(c)
			}
		}
	}
	if role == "" && !s.ofOrganisation(c) {
		return false
	}
	e := s.newEntity(model.EntityPerson, c.text)
	if e.role == "" {
		e.role = role
	}
	if e.gender == "" {
		e.gender = genderOf(strings.Fields(role)...)
	}
	c.kind, c.ent = kPerson, e
	return true
}

// ofOrganisation: "Kostas Pappas of Aegeus Shipping", a person named with
// an employer whose name has an organisation word and no role.
func (s *state) ofOrganisation(c *cand) bool {
	if p := s.tok(c.end); p != "of" && p != "from" && p != "at" {
		return false
	}
	d := s.candStartingAt(c.end + 1)
	if d == nil || d.end-d.first < 2 {
		return false
	}
	w := s.words(d)
	return orgHeads[w[len(w)-1]] || legalForms[w[len(w)-1]]
}

// roleBeforeEmployer reads "a spokeswoman for the line," before a name: a
// run of role words, then for/at/of and the employer, then the comma.
func (s *state) roleBeforeEmployer(c *cand) string {
	k := c.first - 2 // the token before the comma
	for j := k; j > k-6 && s.inSentence(j, c.sent); j-- {
		t := s.tok(j)
		if t != "for" && t != "at" && t != "of" {
			continue
		}
		var role []string
		for m := j - 1; m >= 0 && s.inSentence(m, c.sent) && roleWords[strings.ToLower(s.tok(m))]; m-- {
			role = append([]string{strings.ToLower(s.tok(m))}, role...)
		}
		return strings.Join(role, " ")
	}
	return ""
}

// roleAfter reads ", chief information officer at VCT" or ", who heads the
// MCCO" after a name.
func (s *state) roleAfter(c *cand) string {
	if s.tok(c.end) != "," {
		return ""
	}
	k := c.end + 1
	if s.tok(k) == "who" {
		// "who founded the company in 1998 and is still its chief executive,"
		for j := k + 1; j < k+20 && s.inSentence(j, c.sent) && s.tok(j) != ","; j++ {
			if t := s.tok(j); t == "its" || t == "their" || t == "the" {
				var role []string
				for m := j + 1; s.inSentence(m, c.sent) && roleWords[strings.ToLower(s.tok(m))]; m++ {
					role = append(role, s.tok(m))
				}
				if len(role) > 0 && (s.tok(j+1+len(role)) == "," || s.tok(j+1+len(role)) == ".") {
					return strings.Join(role, " ")
				}
			}
		}
		switch s.tok(k + 1) {
		case "heads", "leads":
			return "head"
		case "chairs":
			return "chair"
		case "runs", "manages":
			return "manager"
		case "founded", "co-founded":
			return "founder"
		}
		return ""
	}
	// "the group's chief information security officer"
	if (s.tok(k) == "the" || s.tok(k) == "its" || s.tok(k) == "their") && (s.tok(k+2) == "'s" || s.tok(k+2) == "’s") {
		k += 3
	} else if s.tok(k) == "its" || s.tok(k) == "a" || s.tok(k) == "an" || s.tok(k) == "the" {
		k++
	}
	var role []string
	hasRole := false
	for ; k < len(s.doc.Tokens) && s.inSentence(k, c.sent) && len(role) < 8; k++ {
		t := s.tok(k)
		if t == "at" || t == "," || t == "." || t == ";" || t == ")" || roleStop[t] || isCap(t) && !isAllCaps(t) {
			break
		}
		if t == "of" || t == "for" {
			n := s.tok(k + 1)
			if n == "the" || isCap(n) {
				break
			}
		}
		if roleWords[strings.ToLower(t)] {
			hasRole = true
		}
		role = append(role, t)
	}
	if !hasRole {
		return ""
	}
	return strings.Join(role, " ")
}

// roleBefore reads the job title just before a name: "spokeswoman",
// "Harbour master" (opens says p starts its sentence),
// "chief executive", "Chief executive".
func roleBefore(p []string, opens bool) string {
	k := len(p)
	for k > 0 && roleWords[strings.ToLower(p[k-1])] {
		k--
	}
	// "technology editor": one modifier may precede role words
	if k < len(p) && k > 0 && (!isCap(p[k-1]) || k == 1 && opens) && !roleStop[p[k-1]] && p[k-1] != "the" && p[k-1] != "a" && p[k-1] != "said" && len([]rune(p[k-1])) > 3 && roleWords[strings.ToLower(p[len(p)-1])] && len(p)-k == 1 && strings.ToLower(p[len(p)-1]) != "spokeswoman" && strings.ToLower(p[len(p)-1]) != "spokesman" && strings.ToLower(p[len(p)-1]) != "spokesperson" {
		k--
	}
	if k == len(p) {
		return ""
	}
	role := strings.Join(p[k:], " ")
	titled := true
	for _, w := range p[k:] {
		titled = titled && isCap(w)
	}
	if titled {
		return strings.ToLower(role) // "Chief Executive": a title in title case
	}
	r := []rune(role)
	r[0] = unicode.ToLower(r[0])
	return string(r)
}
