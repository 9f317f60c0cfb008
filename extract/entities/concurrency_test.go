package entities

import (
	"sync"
	"testing"

	"github.com/clipper-news/clipper/extract/annotate"
	"github.com/google/go-cmp/cmp"
)

// TestRecognizeConcurrent shares one Recognizer, and so its gazetteer and
// prose model, between goroutines; run with -race.
func TestRecognizeConcurrent(t *testing.T) {
	r := New()
	stories := loadStories(t)
	docs := map[string]*annotate.Doc{}
	for name, st := range stories {
		docs[name] = annotate.New(st.text, st.layout)
	}
	// a sentence that needs the prose model: a name beside a speech verb
	// with no role
	docs["prose"] = annotate.New("The port reopened on Monday, said Jane Porter.", annotate.Layout{})
	want := map[string]any{}
	for name, d := range docs {
		want[name] = New().Recognize(d)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for name, d := range docs {
				if diff := cmp.Diff(want[name], any(r.Recognize(d))); diff != "" {
					t.Errorf("%s: concurrent result mismatch (-want +got):\n%s", name, diff)
				}
			}
		}()
	}
	wg.Wait()
}
