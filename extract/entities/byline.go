package entities

import (
	"strings"
	"unicode"

	"github.com/clipper-news/clipper/model"
)

// Byline is a person credited in an article's byline.
type Byline struct {
	// Name is the person's name.
	Name string
	// Role is the title the byline gives, in lower case, or "reporter".
	Role string
}

// ParseByline reads a byline or a credit line as printed: "By Oliver
// Brandt, Technology Editor", "By Lena Marsh and Tom Quill", "Posted on 14
// January 2026 by Tom Ashdown | Analysis", "(Reporting by Lena Marsh;
// Editing by Tom Quill)". A byline with no title gives "reporter", an
// editing credit "editor". A desk credit ("By Newsdesk", "By Staff") names
// no one.
func ParseByline(line string) []Byline {
	var out []Byline
	for _, part := range strings.FieldsFunc(line, func(r rune) bool { return r == ';' || r == '\n' }) {
		out = append(out, parseCredit(strings.Trim(strings.TrimSpace(part), "()"))...)
	}
	return out
}

// creditRoles maps the verb of a credit to the role it gives.
var creditRoles = map[string]string{
	"reporting": "reporter", "writing": "reporter", "compiled": "reporter", "written": "reporter",
	"editing": "editor", "edited": "editor", "translated": "translator", "translation": "translator",
	"photos": "photographer", "photography": "photographer",
}

func parseCredit(line string) []Byline {
	low := strings.ToLower(line)
	k := strings.LastIndex(" "+low, " by ")
	if k < 0 {
		return nil
	}
	role := "reporter"
	if f := strings.Fields(low[:max(k-1, 0)]); len(f) > 0 {
		if r, ok := creditRoles[f[len(f)-1]]; ok {
			role = r
		}
	}
	rest := line[k+len("by "):]
	if i := strings.IndexAny(rest, "|·•"); i >= 0 {
		rest = rest[:i]
	}
	// "By Priya Natarajan 4 February 2025, 14:05": a date ends the names
	if i := strings.IndexFunc(rest, unicode.IsDigit); i >= 0 {
		rest = rest[:i]
	}
	if name, title, ok := strings.Cut(rest, ","); ok {
		rest = name
		if t := strings.TrimSpace(title); t != "" && !strings.ContainsFunc(t, unicode.IsDigit) {
			role = strings.ToLower(t)
		}
	}
	var out []Byline
	for _, n := range strings.Split(strings.ReplaceAll(rest, " and ", "&"), "&") {
		n = strings.TrimSpace(n)
		f := strings.Fields(n)
		if len(f) < 2 || len(f) > 4 {
			continue // "Newsdesk", "Staff": a desk, not a person
		}
		ok := true
		for _, w := range f {
			if !isCap(w) {
				ok = false
			}
		}
		if ok {
			out = append(out, Byline{Name: n, Role: role})
		}
	}
	return out
}

// AddBylines returns ents with the byline's people added: a person the
// story already names gets the byline role if it has none; anyone else is
// appended as a person with no mentions (the byline is not part of the
// article text), with the next free ID.
func AddBylines(ents []model.Entity, bylines []Byline) []model.Entity {
	for _, b := range bylines {
		found := false
		for i := range ents {
			if ents[i].Type == model.EntityPerson && ents[i].Name == b.Name {
				if ents[i].Role == "" {
					ents[i].Role = b.Role
				}
				found = true
			}
		}
		if !found {
			ents = append(ents, model.Entity{
				ID:       "e" + itoa(len(ents)+1),
				Type:     model.EntityPerson,
				Name:     b.Name,
				Aliases:  []string{},
				Role:     b.Role,
				Mentions: []model.Mention{},
			})
		}
	}
	return ents
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
