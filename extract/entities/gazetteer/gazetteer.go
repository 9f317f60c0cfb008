package gazetteer

import (
	_ "embed"
	"errors"
	"fmt"
	"strings"
)

//go:embed bodies.tsv
var bodiesTSV string

//go:embed places.tsv
var placesTSV string

// ErrFormat is returned for a data line that does not have the expected
// columns.
var ErrFormat = errors.New("gazetteer: malformed line")

// Body is a well-known organisation.
type Body struct {
	// Name is the body's usual full name.
	Name string
	// Aliases are the acronyms and other names stories use for it.
	Aliases []string
	// Kind is agency, intergovernmental, association, carrier, port,
	// forwarder, company, media or gang.
	Kind string
}

// Place is a country, region or city.
type Place struct {
	// Name is the place's name as listed.
	Name string
	// Kind is country, region or city.
	Kind string
}

// Gazetteer looks names up in the embedded lists. It is not modified after
// [Load] returns, so it is safe for concurrent use.
type Gazetteer struct {
	bodies []Body
	byName map[string]int // any name or alias, as printed -> index in bodies
	places map[string]Place
	maxLen int // the most words in any name
}

// Load parses the embedded lists. It costs about a millisecond; callers
// load once and share the result.
func Load() (*Gazetteer, error) {
	g := &Gazetteer{byName: map[string]int{}, places: map[string]Place{}}
	for i, line := range strings.Split(bodiesTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || f[0] == "" || f[2] == "" {
			return nil, fmt.Errorf("bodies.tsv line %d %q: %w", i+1, line, ErrFormat)
		}
		b := Body{Name: f[0], Kind: f[2]}
		if f[1] != "" {
			b.Aliases = strings.Split(f[1], "|")
		}
		idx := len(g.bodies)
		g.bodies = append(g.bodies, b)
		for _, n := range append([]string{b.Name}, b.Aliases...) {
			if _, dup := g.byName[n]; !dup {
				g.byName[n] = idx
			}
			g.note(n)
		}
	}
	for i, line := range strings.Split(placesTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, kind, ok := strings.Cut(line, "\t")
		if !ok || name == "" || kind == "" {
			return nil, fmt.Errorf("places.tsv line %d %q: %w", i+1, line, ErrFormat)
		}
		g.places[name] = Place{Name: name, Kind: kind}
		g.note(name)
	}
	return g, nil
}

func (g *Gazetteer) note(name string) {
	if n := len(strings.Fields(name)); n > g.maxLen {
		g.maxLen = n
	}
}

// Body returns the body one of whose names is exactly name.
func (g *Gazetteer) Body(name string) (Body, bool) {
	i, ok := g.byName[name]
	if !ok {
		return Body{}, false
	}
	return g.bodies[i], true
}

// Place returns the place named exactly name.
func (g *Gazetteer) Place(name string) (Place, bool) {
	p, ok := g.places[name]
	return p, ok
}

// MaxWords is the largest number of space-separated words in any name, so a
// caller knows how long a phrase to try.
func (g *Gazetteer) MaxWords() int { return g.maxLen }

// Bodies returns every body, in file order. The caller must not modify it.
func (g *Gazetteer) Bodies() []Body { return g.bodies }
