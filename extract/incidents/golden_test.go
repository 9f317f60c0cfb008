package incidents

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/clipper-news/clipper/model"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden records in testdata/incidents/golden")

// TestGoldenRecords compares the incidents built for each development story
// (inputs from the gold annotation) with the golden records; -update
// rewrites them.
func TestGoldenRecords(t *testing.T) {
	b := New()
	dir := "../../testdata/incidents/golden"
	for _, st := range readStories(t, "../../testdata/incidents/stories") {
		g := readGold(t, filepath.Join("../../testdata/gold", st.name+".gold.json"))
		got := b.Build(goldInput(st.text, st.standfirst, g))
		path := filepath.Join(dir, st.name+".json")
		if *update {
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			if err := enc.Encode(got); err != nil {
				t.Fatalf("encode %s: %v", path, err)
			}
			if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
				t.Fatalf("write %s: %v", path, err)
			}
			continue
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("read golden record %s: %v (run go test -update)", path, err)
		}
		var want []model.Incident
		if err := json.Unmarshal(data, &want); err != nil {
			t.Fatalf("parse golden record %s: %v", path, err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: incidents mismatch (-want +got):\n%s", st.name, diff)
		}
	}
}
