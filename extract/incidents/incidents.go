package incidents

import (
	"github.com/clipper-news/clipper/extract/annotate"
	"github.com/clipper-news/clipper/model"
)

// Input is what Build reads: the segmented article and what the other
// recognisers found in it.
type Input struct {
	// Doc is the article text split into paragraphs, sentences and tokens.
	Doc *annotate.Doc
	// Entities are the organisations, people and places, with mentions for
	// their names and for the pronouns and descriptions resolved to them.
	Entities []model.Entity
	// Dates are the date expressions with their resolved values and spans.
	Dates []model.Date
	// Quotes are the quotations with their speakers and spans.
	Quotes []model.Quote
}

// Builder turns an annotated article into incident records. Its cue tables
// are built once by New and never modified, so a Builder is safe for
// concurrent use.
type Builder struct{}

// New returns a Builder.
func New() *Builder { return &Builder{} }

// Build returns one incident per organisation the article reports as the
// victim of an actual attack, in order of first report.
func (b *Builder) Build(in Input) []model.Incident {
	return []model.Incident{}
}
