package entities

import (
	"sync"

	"github.com/jdkato/prose/v2"
)

// proseTagger runs prose's named-entity model on single sentences. The
// model (about 0.4 s and 100 MB of allocations to decode) is loaded on first
// use and shared: prose only reads it while tagging, so one model serves
// every goroutine.
type proseTagger struct {
	model func() *prose.Model
}

func newProseTagger() *proseTagger {
	return &proseTagger{model: sync.OnceValue(func() *prose.Model {
		doc, err := prose.NewDocument("", prose.WithSegmentation(false))
		if err != nil {
			return nil
		}
		return doc.Model
	})}
}

// label returns prose's label (PERSON, GPE) for the entity spelled name in
// sentence, or "".
func (p *proseTagger) label(sentence, name string) string {
	m := p.model()
	if m == nil {
		return ""
	}
	doc, err := prose.NewDocument(sentence, prose.WithSegmentation(false), prose.UsingModel(m))
	if err != nil {
		return ""
	}
	for _, e := range doc.Entities() {
		if e.Text == name {
			return e.Label
		}
	}
	return ""
}
