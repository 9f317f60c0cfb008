package quotes

import (
	"testing"

	"github.com/clipper-news/clipper/extract/annotate"
	"github.com/clipper-news/clipper/model"
)

var sinkQuotes []model.Quote

// BenchmarkFind runs Find over every development story (where the gold
// quotes are all found) with entities from
// the gold names; the documents are segmented outside the timer.
func BenchmarkFind(b *testing.B) {
	type input struct {
		doc  *annotate.Doc
		ents []model.Entity
	}
	var ins []input
	size, want := 0, 0
	for _, st := range devStories(b) {
		want += len(st.gold.Quotes)
		ins = append(ins, input{annotate.New(st.text, st.layout), goldEntities(st.text, st.gold)})
		size += len(st.text)
	}
	f := New()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		n = 0
		for _, in := range ins {
			sinkQuotes = f.Find(in.doc, in.ents)
			n += len(sinkQuotes)
		}
	}
	if n != want {
		b.Fatalf("found %d quotes, want the %d of the gold", n, want)
	}
}
