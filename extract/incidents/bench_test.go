package incidents

import (
	"path/filepath"
	"testing"
)

var sink int

// benchInputs makes the inputs of every development story and returns
// them with the stories' size in UTF-8 bytes.
func benchInputs(b *testing.B) ([]Input, int) {
	b.Helper()
	var ins []Input
	size := 0
	for _, st := range readStories(b, "../../testdata/incidents/stories") {
		g := readGold(b, filepath.Join("../../testdata/gold", st.name+".gold.json"))
		ins = append(ins, goldInput(st.text, st.standfirst, g))
		size += len(st.text)
	}
	return ins, size
}

// BenchmarkBuild builds the incidents of every development story; the
// inputs are made once, outside the timer. Bytes are the stories' UTF-8
// bytes.
func BenchmarkBuild(b *testing.B) {
	ins, size := benchInputs(b)
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

// BenchmarkView lays every development story out as words and marks its
// status cues: the part of Build each article pays before any cue is read.
// Bytes are the stories' UTF-8 bytes, as for BenchmarkBuild.
func BenchmarkView(b *testing.B) {
	ins, size := benchInputs(b)
	bl := New()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		for _, in := range ins {
			v := newView(in, bl.lx)
			bl.markStatus(v)
			n += len(v.words)
		}
		sink = n
	}
}
