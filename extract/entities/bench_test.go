package entities

import (
	"sort"
	"strings"
	"testing"

	"github.com/clipper-news/clipper/extract/annotate"
)

// BenchmarkRecognize runs the recognizer over every development story; the
// byte count is the stories' text, so the result reads as MB/s. The prose
// model and gazetteer are loaded before the timer starts.
func BenchmarkRecognize(b *testing.B) {
	stories := loadStories(b)
	names := make([]string, 0, len(stories))
	for n := range stories {
		names = append(names, n)
	}
	sort.Strings(names)
	var docs []*annotate.Doc
	size := 0
	for _, n := range names {
		st := stories[n]
		docs = append(docs, annotate.New(st.text, st.layout))
		size += len(st.text)
	}
	r := New()
	for _, d := range docs {
		r.Recognize(d)
	}
	r.prose.model()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		n = 0
		for _, d := range docs {
			n += len(r.Recognize(d))
		}
	}
	if n < 95 {
		b.Fatalf("found %d entities in the development set, want at least 95", n)
	}
}

// BenchmarkRecognizeLarge runs one document made of the development stories
// twenty times over (about 0.5 MB), so that work growing faster than the
// text shows up as a drop in MB/s against BenchmarkRecognize.
func BenchmarkRecognizeLarge(b *testing.B) {
	var sb strings.Builder
	stories := loadStories(b)
	names := make([]string, 0, len(stories))
	for n := range stories {
		names = append(names, n)
	}
	sort.Strings(names)
	for i := 0; i < 20; i++ {
		for _, n := range names {
			sb.WriteString(stories[n].text)
			sb.WriteString("\n\n")
		}
	}
	doc := annotate.New(sb.String(), annotate.Layout{Headline: true})
	r := New()
	r.Recognize(doc)
	b.SetBytes(int64(sb.Len()))
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		n = len(r.Recognize(doc))
	}
	if n < 80 {
		b.Fatalf("found %d entities, want at least 80", n)
	}
}

// BenchmarkProseModel loads prose's tagger and named-entity model, which
// the recognizer does once per process, the first time a name needs it:
// the start-up cost of a one-article process whose article does.
func BenchmarkProseModel(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if newProseTagger().model() == nil {
			b.Fatal("no prose model")
		}
	}
}
