package extract

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/clipper-news/clipper/dehyphen"
	"github.com/clipper-news/clipper/extract/annotate"
	"github.com/clipper-news/clipper/extract/dates"
	"github.com/clipper-news/clipper/extract/entities"
	"github.com/clipper-news/clipper/extract/incidents"
	"github.com/clipper-news/clipper/extract/ingest"
	"github.com/clipper-news/clipper/extract/layout"
	"github.com/clipper-news/clipper/extract/quotes"
	"github.com/clipper-news/clipper/model"
)

// Format hints for [Input.Format].
const (
	FormatAuto = "auto" // sniff: HTML when the input looks like markup
	FormatText = model.FormatText
	FormatHTML = model.FormatHTML
)

// DefaultMaxBytes is the largest input Extract reads when Options.MaxBytes is 0.
const DefaultMaxBytes = 16 << 20

// ErrPanic is wrapped by the error Extract returns when a stage panicked on
// an input; the panic is recovered so that a batch goes on.
var ErrPanic = errors.New("extract: internal error")

// Options configure an [Extractor].
type Options struct {
	// MaxBytes caps the size of an input, after gzip decompression.
	// 0 means DefaultMaxBytes.
	MaxBytes int64
}

// Input is one article to extract.
type Input struct {
	// Name identifies the input in the record and in errors: a path, "-" for
	// standard input, or an id.
	Name string
	// Data is the article's bytes (text or HTML, optionally gzip-compressed).
	// When Data is nil, Reader is read instead.
	Data []byte
	// Reader supplies the bytes when Data is nil. Extract reads at most
	// MaxBytes+1 bytes from it and does not close it.
	Reader io.Reader
	// Format is FormatAuto (or ""), FormatText or FormatHTML.
	Format string
	// Reference is the day the article was written, used to resolve relative
	// dates when the article does not print a full date of its own. The zero
	// time means none.
	Reference time.Time
}

// Extractor turns articles into records. Build one with [New] and share it:
// it is safe for concurrent use, and its heavy resources (the hyphenation
// lexicon, the statistical tagger) are loaded once, on first use.
type Extractor struct {
	maxBytes  int64
	repairer  func() (*dehyphen.Repairer, error)
	entities  *entities.Recognizer
	dates     *dates.Finder
	quotes    *quotes.Finder
	incidents *incidents.Builder

	// beforeStage, when set, is called before each stage with its name;
	// tests use it to inject faults.
	beforeStage func(stage string)
}

// New builds an Extractor. It is cheap: lexicons and models load lazily.
func New(opts Options) (*Extractor, error) {
	if opts.MaxBytes < 0 {
		return nil, fmt.Errorf("extract: negative MaxBytes %d", opts.MaxBytes)
	}
	max := opts.MaxBytes
	if max == 0 {
		max = DefaultMaxBytes
	}
	return &Extractor{
		maxBytes:  max,
		repairer:  sync.OnceValues(dehyphen.New),
		entities:  entities.New(),
		dates:     dates.New(),
		quotes:    quotes.New(),
		incidents: incidents.New(),
	}, nil
}

// Extract reads one article and returns its record. The error names the
// input and the reason; a panic in any stage is recovered and returned as an
// error wrapping [ErrPanic]. Extract checks ctx between stages.
func (e *Extractor) Extract(ctx context.Context, in Input) (rec *model.Record, err error) {
	defer func() {
		if p := recover(); p != nil {
			rec = nil
			err = fmt.Errorf("%s: %w: %v\n%s", in.Name, ErrPanic, p, debug.Stack())
		}
	}()
	doc, err := e.ingest(in)
	if err != nil {
		return nil, err
	}
	return e.extractDocument(ctx, in, doc)
}

func (e *Extractor) ingest(in Input) (*ingest.Document, error) {
	opts := ingest.Options{Format: in.Format, MaxBytes: e.maxBytes}
	if in.Data == nil && in.Reader != nil {
		return ingest.Read(in.Name, in.Reader, opts)
	}
	if in.Data == nil {
		return ingest.Read(in.Name, bytes.NewReader(nil), opts)
	}
	return ingest.Decode(in.Name, in.Data, opts)
}

func (e *Extractor) extractDocument(ctx context.Context, in Input, doc *ingest.Document) (*model.Record, error) {
	rec := model.NewRecord(model.Source{
		Name:     in.Name,
		Format:   doc.Format,
		Bytes:    doc.Bytes,
		SHA256:   doc.SHA256,
		Encoding: doc.Encoding,
	})

	rec.Warnings = append(rec.Warnings, doc.Warnings...)

	e.stage("layout")
	lay, err := e.layout(in.Name, doc)
	if err != nil {
		return nil, err
	}
	fillArticle(rec, lay)
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", in.Name, err)
	}

	e.stage("dehyphen")
	repairer, err := e.repairer()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", in.Name, err)
	}
	story := assembleStory(repairer, lay.Story())
	rec.Article.Text = story.Text
	rec.Repairs = story.Repairs
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", in.Name, err)
	}

	e.stage("recognise")
	ann := annotate.New(story.Text, annotate.Layout{Headline: story.Headline, Standfirst: story.Standfirst})
	rec.Entities = nonNil(entities.AddBylines(e.entities.Recognize(ann), bylines(lay)))
	ds, warnings := e.dates.Find(story.Text, reference(in.Reference, rec.Article.Published))
	rec.Dates = nonNil(ds)
	rec.Warnings = append(rec.Warnings, warnings...)
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", in.Name, err)
	}
	e.stage("quotes")
	rec.Quotes = nonNil(e.quotes.Find(ann, rec.Entities))
	rec.Incidents = nonNil(e.incidents.Build(incidents.Input{
		Doc:      ann,
		Entities: rec.Entities,
		Dates:    rec.Dates,
		Quotes:   rec.Quotes,
	}))
	return rec, nil
}

func (e *Extractor) stage(name string) {
	if e.beforeStage != nil {
		e.beforeStage(name)
	}
}

func (e *Extractor) layout(name string, doc *ingest.Document) (*layout.Result, error) {
	if doc.Format == model.FormatHTML {
		lay, err := layout.HTML(doc.Text)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		return lay, nil
	}
	return layout.Text(doc.Text), nil
}

func fillArticle(rec *model.Record, lay *layout.Result) {
	a := &rec.Article
	a.Headline = lay.Headline
	a.Standfirst = lay.Standfirst
	a.Section = lay.Section
	a.Publication = lay.Publication
	a.Language = lay.Language
	a.Published = lay.Published
	if lay.Authors != nil {
		a.Authors = lay.Authors
	}
	rec.Source.URL = lay.URL
	rec.Warnings = append(rec.Warnings, lay.Warnings...)
}

// bylines returns the people a page credits outside the story text: byline
// and credit blocks ("By Lena Marsh", "(Reporting by X; Editing by Y)"),
// and authors from the page's metadata.
func bylines(lay *layout.Result) []entities.Byline {
	var out []entities.Byline
	for _, b := range lay.Blocks {
		if b.Kind == layout.Byline || (b.Kind == layout.Footer && strings.HasPrefix(b.Text, "(")) {
			out = append(out, entities.ParseByline(b.Text)...)
		}
	}
	for _, a := range lay.Authors {
		known := false
		for _, b := range out {
			known = known || strings.EqualFold(b.Name, a)
		}
		if !known {
			out = append(out, entities.ParseByline(a)...)
		}
	}
	return out
}

// reference chooses the anchor for relative dates: the user's reference day
// when given, else the article's own publication date at its precision.
func reference(given time.Time, published *model.DateValue) dates.Reference {
	if !given.IsZero() {
		y, m, d := given.Date()
		return dates.Reference{Time: time.Date(y, m, d, 0, 0, 0, 0, time.UTC), Precision: model.PrecisionDay}
	}
	if published == nil || published.Value == "" {
		return dates.Reference{}
	}
	var l string
	switch published.Precision {
	case model.PrecisionDay:
		l = time.DateOnly
	case model.PrecisionMonth:
		l = "2006-01"
	case model.PrecisionYear:
		l = "2006"
	default:
		return dates.Reference{}
	}
	t, err := time.Parse(l, published.Value)
	if err != nil {
		return dates.Reference{}
	}
	return dates.Reference{Time: t, Precision: published.Precision}
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
