package extract

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/clipper-news/clipper/dehyphen"
	"github.com/clipper-news/clipper/extract/annotate"
	"github.com/clipper-news/clipper/extract/entities"
	"github.com/clipper-news/clipper/extract/incidents"
	"github.com/clipper-news/clipper/extract/ingest"
	"github.com/clipper-news/clipper/extract/layout"
	"github.com/clipper-news/clipper/model"
)

// benchInputs reads the annotated articles of one format ("txt" or "html")
// and returns them with their total size in bytes.
func benchInputs(b *testing.B, format string) ([][]byte, int64) {
	b.Helper()
	paths, _ := filepath.Glob("../testdata/gold/*." + format)
	if len(paths) == 0 {
		b.Fatalf("no .%s articles in ../testdata/gold", format)
	}
	var inputs [][]byte
	var total int64
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		inputs = append(inputs, data)
		total += int64(len(data))
	}
	return inputs, total
}

// BenchmarkExtract runs the whole pipeline over the annotated articles, by
// format. Throughput is in bytes of input.
func BenchmarkExtract(b *testing.B) {
	ex, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, format := range []string{"txt", "html"} {
		b.Run(format, func(b *testing.B) {
			inputs, total := benchInputs(b, format)
			ctx := context.Background()
			for _, data := range inputs { // warm the lazily loaded resources
				if _, err := ex.Extract(ctx, Input{Name: "warm", Data: data}); err != nil {
					b.Fatal(err)
				}
			}
			b.SetBytes(total)
			b.ReportAllocs()
			for b.Loop() {
				for _, data := range inputs {
					rec, err := ex.Extract(ctx, Input{Name: "bench", Data: data})
					if err != nil || rec.Article.Text == "" {
						b.Fatalf("Extract: %v", err)
					}
				}
			}
		})
	}
}

// stageInput is one article as each stage of the pipeline receives it.
type stageInput struct {
	data  []byte
	doc   *ingest.Document
	lay   *layout.Result
	story story
	ann   *annotate.Doc
	ents  []model.Entity
	dates []model.Date
	quots []model.Quote
}

// BenchmarkStage times each stage of Extract alone over the annotated
// articles, by format; every stage's input is made by the stages before it,
// outside the timer. Throughput is in bytes of the original input, so the
// stages' MB/s compare with BenchmarkExtract's: the sum of their times per
// byte is the pipeline's.
func BenchmarkStage(b *testing.B) {
	ex, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	repairer, err := ex.repairer()
	if err != nil {
		b.Fatal(err)
	}
	for _, format := range []string{"txt", "html"} {
		inputs, total := benchInputs(b, format)
		ins := make([]stageInput, len(inputs))
		for i, data := range inputs {
			in := &ins[i]
			in.data = data
			if in.doc, err = ingest.Decode("bench", data, ingest.Options{}); err != nil {
				b.Fatal(err)
			}
			if in.lay, err = ex.layout("bench", in.doc); err != nil {
				b.Fatal(err)
			}
			in.story = assembleStory(repairer, in.lay.Story())
			in.ann = annotate.New(in.story.Text, annotate.Layout{Headline: in.story.Headline, Standfirst: in.story.Standfirst})
			in.ents = entities.AddBylines(ex.entities.Recognize(in.ann), bylines(in.lay))
			in.dates, _ = ex.dates.Find(in.story.Text, reference(time.Time{}, in.lay.Published))
			in.quots = ex.quotes.Find(in.ann, in.ents)
		}
		stages := []struct {
			name string
			run  func(in *stageInput)
		}{
			{"ingest", func(in *stageInput) { _, _ = ingest.Decode("bench", in.data, ingest.Options{}) }},
			{"layout", func(in *stageInput) { _, _ = ex.layout("bench", in.doc) }},
			{"dehyphen", func(in *stageInput) { assembleStory(repairer, in.lay.Story()) }},
			{"annotate", func(in *stageInput) {
				annotate.New(in.story.Text, annotate.Layout{Headline: in.story.Headline, Standfirst: in.story.Standfirst})
			}},
			{"entities", func(in *stageInput) { entities.AddBylines(ex.entities.Recognize(in.ann), bylines(in.lay)) }},
			{"dates", func(in *stageInput) { ex.dates.Find(in.story.Text, reference(time.Time{}, in.lay.Published)) }},
			{"quotes", func(in *stageInput) { ex.quotes.Find(in.ann, in.ents) }},
			{"incidents", func(in *stageInput) {
				ex.incidents.Build(incidents.Input{Doc: in.ann, Entities: in.ents, Dates: in.dates, Quotes: in.quots})
			}},
		}
		for _, st := range stages {
			b.Run(st.name+"/"+format, func(b *testing.B) {
				b.SetBytes(total)
				b.ReportAllocs()
				for b.Loop() {
					for i := range ins {
						st.run(&ins[i])
					}
				}
			})
		}
	}
}

// BenchmarkNew measures building an Extractor and its first extraction,
// which loads every lazy resource: the cost a one-article process pays.
func BenchmarkNew(b *testing.B) {
	data, err := os.ReadFile("../testdata/gold/imo-cma-cgm-2020.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		ex, err := New(Options{})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := ex.Extract(context.Background(), Input{Name: "seed", Data: data}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDehyphenNew measures loading the hyphenation lexicon alone, the
// largest part of BenchmarkNew.
func BenchmarkDehyphenNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := dehyphen.New(); err != nil {
			b.Fatal(err)
		}
	}
}
