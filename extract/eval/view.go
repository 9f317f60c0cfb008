package eval

import (
	"github.com/clipper-news/clipper/model"
)

// view is what grading compares: a gold annotation or a record reduced to
// the graded fields, in the shape of the gold format.
type view struct {
	headline, publication, published string
	orgs, people, places             []nameSet
	dates                            []string
	quotes                           []quoteView
	incidents                        []incidentView
}

// quoteView is a quote's first words (gold) or full text (record) and the
// speaker's name.
type quoteView struct {
	text, speaker string
}

// incidentView is an incident with its victim and references by name.
type incidentView struct {
	victim, typ, dataBreach string
	date                    *string // nil when not stated
	attackers, responders   []string
	systems                 []systemView
}

// systemView is a system's name and status.
type systemView struct {
	name, status string
}

// goldView reduces a gold annotation to its graded fields.
func goldView(g *Gold) *view {
	v := &view{
		headline:    g.Article.Headline,
		publication: g.Article.Publication,
		published:   g.Article.Published,
	}
	for _, e := range g.Organisations {
		v.orgs = append(v.orgs, namesOf(append([]string{e.Name}, e.Aliases...)...))
	}
	for _, e := range g.People {
		v.people = append(v.people, namesOf(append([]string{e.Name}, e.Aliases...)...))
	}
	for _, p := range g.Places {
		v.places = append(v.places, namesOf(p))
	}
	for _, d := range g.Dates {
		v.dates = append(v.dates, d.Value)
	}
	for _, q := range g.Quotes {
		v.quotes = append(v.quotes, quoteView{text: q.Begins, speaker: q.Speaker})
	}
	for _, i := range g.Incidents {
		iv := incidentView{
			victim:     i.Victim,
			typ:        i.Type,
			dataBreach: i.DataBreach,
			date:       i.Date,
			attackers:  i.Attackers,
			responders: i.Responders,
		}
		for _, s := range i.Systems {
			iv.systems = append(iv.systems, systemView{name: s.Name, status: s.Status})
		}
		v.incidents = append(v.incidents, iv)
	}
	return v
}

// recordView reduces a record to the graded fields the way the reference
// scorer's adapter does. A nil record gives an empty view.
func recordView(rec *model.Record) *view {
	v := &view{}
	if rec == nil {
		return v
	}
	byID := make(map[string]string, len(rec.Entities))
	for _, e := range rec.Entities {
		byID[e.ID] = e.Name
	}
	// refName is the name a reference gives, or else the name of the entity
	// its id points to.
	refName := func(r model.Ref) string {
		if name, ok := byID[r.ID]; ok && r.Name == "" {
			return name
		}
		return r.Name
	}
	for _, e := range rec.Entities {
		switch lower(e.Type) {
		case "organisation", "organization", "org":
			v.orgs = append(v.orgs, namesOf(append([]string{e.Name}, e.Aliases...)...))
		case "person", "people", "per":
			v.people = append(v.people, namesOf(append([]string{e.Name}, e.Aliases...)...))
		case "place", "location", "gpe", "loc":
			v.places = append(v.places, namesOf(e.Name))
		}
	}
	for _, d := range rec.Dates {
		if d.Value != "" {
			v.dates = append(v.dates, d.Value)
		}
	}
	for _, q := range rec.Quotes {
		qv := quoteView{text: q.Text}
		if q.Speaker != nil {
			qv.speaker = refName(*q.Speaker)
		}
		v.quotes = append(v.quotes, qv)
	}
	refNames := func(refs []model.Ref) []string {
		var names []string
		for _, r := range refs {
			if n := refName(r); n != "" {
				names = append(names, n)
			}
		}
		return names
	}
	for _, i := range rec.Incidents {
		iv := incidentView{
			victim:     refName(i.Victim),
			typ:        i.Type,
			dataBreach: i.DataBreach,
			attackers:  refNames(i.Attackers),
			responders: refNames(i.Responders),
		}
		if i.Date != nil && i.Date.Value != "" {
			d := i.Date.Value
			iv.date = &d
		}
		for _, s := range i.Systems {
			iv.systems = append(iv.systems, systemView{name: s.Name, status: s.Status})
		}
		v.incidents = append(v.incidents, iv)
	}
	v.headline = rec.Article.Headline
	v.publication = rec.Article.Publication
	if name, ok := byID[v.publication]; ok {
		v.publication = name
	}
	if p := rec.Article.Published; p != nil {
		v.published = p.Value
	}
	return v
}
