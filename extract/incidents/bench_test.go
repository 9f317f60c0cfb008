package incidents

import (
	"path/filepath"
	"testing"
)

var sink int

// BenchmarkBuild builds the incidents of every development story; the
// inputs are made once, outside the timer. Bytes are the stories' UTF-8
// bytes.
func BenchmarkBuild(b *testing.B) {
	stories := readStories(b, "../../testdata/incidents/stories")
	var ins []Input
	size := 0
	for _, st := range stories {
		g := readGold(b, filepath.Join("../../testdata/gold", st.name+".gold.json"))
		ins = append(ins, goldInput(st.text, st.standfirst, g))
		size += len(st.text)
	}
	bl := New()
	want := 0
	for _, in := range ins {
		want += len(bl.Build(in))
	}
	if want == 0 {
		b.Fatal("no incidents in the development stories")
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		n := 0
		for _, in := range ins {
			n += len(bl.Build(in))
		}
		sink = n
	}
	if sink != want {
		b.Fatalf("built %d incidents, want %d", sink, want)
	}
}
