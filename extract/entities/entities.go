package entities

import (
	"fmt"
	"slices"
	"sort"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/clipper-news/clipper/extract/annotate"
	"github.com/clipper-news/clipper/extract/entities/gazetteer"
	"github.com/clipper-news/clipper/model"
)

// Recognizer finds organisations, people and places in an article and
// merges their mentions. New is cheap: the gazetteer and the prose model
// are loaded on first use, once, and shared. A Recognizer is safe for
// concurrent use.
type Recognizer struct {
	gaz   func() (*gazetteer.Gazetteer, error)
	prose *proseTagger
}

// New returns a Recognizer. Nothing heavy happens until the first call to
// [Recognizer.Recognize].
func New() *Recognizer {
	return &Recognizer{
		gaz:   sync.OnceValues(gazetteer.Load),
		prose: newProseTagger(),
	}
}

// kinds of candidate names.
type kind int

const (
	kUnknown kind = iota
	kOrg
	kPerson
	kPlace
	kSystem // a system or product name: never an entity
)

// cand is a run of capitalised tokens that may be a name.
type cand struct {
	first, end  int // token indices, half-open
	start, stop int // code points
	text        string
	sent        int
	initial     bool // begins its sentence or a quotation
	kind        kind
	ent         *entity
}

// entity is one organisation, person or place being assembled.
type entity struct {
	typ      string
	names    []string // every name the story uses, first first
	role     string
	kinds    map[string]bool // described as: "forwarder", "gang", ...
	mentions []model.Mention
	first    int // first mention's start
	body     string
	defined  bool   // named in an appositive ("X, the ... company"): not a short form
	gender   string // "m" or "f" when a title or pronoun says so
}

func (e *entity) addName(n string) {
	if n != "" && !slices.Contains(e.names, n) {
		e.names = append(e.names, n)
	}
}

// Recognize returns the organisations, people and places doc names, each
// with every mention, including pronouns and descriptions ("the company",
// "it", "she") resolved to it. IDs are "e1", "e2", ... in order of first
// mention. It returns nil only if the embedded gazetteer is corrupt, which
// the package's tests rule out.
func (r *Recognizer) Recognize(doc *annotate.Doc) []model.Entity {
	g, err := r.gaz()
	if err != nil {
		return nil
	}
	s := &state{r: r, g: g, doc: doc}
	s.run()
	return s.result()
}

// state holds one Recognize call's work.
type state struct {
	r      *Recognizer
	g      *gazetteer.Gazetteer
	doc    *annotate.Doc
	caps   []bool // paragraph is set in capitals (or title case): match only
	cands  []*cand
	ents   []*entity
	byName map[string]*entity // exact name -> entity
	lower  map[string]bool    // words the text prints in lower case
	// labels holds prose's label for each name it was asked about, so that a name is
	// asked once per document
	labels map[string]string
}

func (s *state) run() {
	s.byName = map[string]*entity{}
	s.lower = make(map[string]bool, len(s.doc.Tokens)/2)
	for _, t := range s.doc.Tokens {
		if r, _ := utf8.DecodeRuneInString(t.Text); unicode.IsLower(r) {
			s.lower[t.Text] = true
		}
	}
	s.markCaps()
	s.findCandidates()
	s.acronyms()
	s.classify()
	s.looseAcronyms()
	s.mergeOrgs()
	s.aliases()
	s.places()
	s.unknowns()
	s.mentions()
	s.coreference()
}

// newEntity registers an entity of type typ under name.
func (s *state) newEntity(typ, name string) *entity {
	if e, ok := s.byName[name]; ok && e.typ == typ {
		return e
	}
	e := &entity{typ: typ, kinds: map[string]bool{}}
	e.addName(name)
	s.ents = append(s.ents, e)
	s.index(e, name)
	return e
}

func (s *state) index(e *entity, name string) {
	if _, ok := s.byName[name]; !ok {
		s.byName[name] = e
	}
}

// link adds name to e.
func (s *state) link(e *entity, name string) {
	if other, ok := s.byName[name]; ok && other != e {
		s.merge(e, other)
		return
	}
	e.addName(name)
	s.index(e, name)
}

// merge folds b into a.
func (s *state) merge(a, b *entity) {
	for _, n := range b.names {
		a.addName(n)
		s.byName[n] = a
	}
	for k := range b.kinds {
		a.kinds[k] = true
	}
	if a.role == "" {
		a.role = b.role
	}
	if a.body == "" {
		a.body = b.body
	}
	if a.gender == "" {
		a.gender = b.gender
	}
	for _, c := range s.cands {
		if c.ent == b {
			c.ent = a
		}
	}
	s.ents = slices.DeleteFunc(s.ents, func(e *entity) bool { return e == b })
}

// result orders entities by first mention and builds the records.
func (s *state) result() []model.Entity {
	var live []*entity
	for _, e := range s.ents {
		if len(e.mentions) == 0 {
			continue
		}
		sort.Slice(e.mentions, func(i, j int) bool { return e.mentions[i].Start < e.mentions[j].Start })
		e.first = e.mentions[0].Start
		live = append(live, e)
	}
	sort.SliceStable(live, func(i, j int) bool { return live[i].first < live[j].first })
	out := make([]model.Entity, 0, len(live))
	for i, e := range live {
		name := e.names[0]
		for _, n := range e.names {
			if len([]rune(n)) > len([]rune(name)) && !isAllCaps(n) {
				name = n
			}
		}
		if e.typ == model.EntityPlace {
			name = e.names[0]
		}
		aliases := []string{}
		for _, n := range e.names {
			if n != name && !(e.typ == model.EntityPlace && isAllCaps(n)) {
				aliases = append(aliases, n)
			}
		}
		out = append(out, model.Entity{
			ID:       fmt.Sprintf("e%d", i+1),
			Type:     e.typ,
			Name:     name,
			Aliases:  aliases,
			Role:     e.role,
			Mentions: e.mentions,
		})
	}
	return out
}
