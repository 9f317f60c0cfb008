package eval_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/clipper-news/clipper/extract/eval"
	"github.com/clipper-news/clipper/model"
)

// evalData holds gold annotations, predictions and the scores the reference
// scorer gave them; testdata/eval/regen.sh says how they were made.
const evalData = "../../testdata/eval"

// loadPredictions reads every NAME.json of dir with ReadRecords and keys the
// records with Index, checking that each record's source name gives NAME.
func loadPredictions(t *testing.T, dir string) map[string]*model.Record {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no predictions in %s: %v", dir, err)
	}
	var all []*model.Record
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		recs, err := eval.ReadRecords(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("ReadRecords(%s): %v", f, err)
		}
		if len(recs) != 1 {
			t.Fatalf("ReadRecords(%s) gave %d records, want 1", f, len(recs))
		}
		if got, want := eval.Key(recs[0].Source.Name), strings.TrimSuffix(filepath.Base(f), ".json"); got != want {
			t.Errorf("Key(%q) = %q, want %q", recs[0].Source.Name, got, want)
		}
		all = append(all, recs...)
	}
	pred, err := eval.Index(all)
	if err != nil {
		t.Fatal(err)
	}
	return pred
}

// asJSONValue encodes v and decodes it into generic JSON values.
func asJSONValue(t *testing.T, v any) any {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var out any
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatalf("decode %s: %v", data, err)
	}
	return out
}

// readJSONValue decodes the JSON file at path into generic JSON values.
func readJSONValue(t *testing.T, path string) any {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out any
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatalf("decode %s: %v", path, err)
	}
	return out
}

// TestGradeMatchesReference grades two prediction sets and compares the
// scores, in total and per article, with those the reference scorer gave the
// same files, and the text report with its printout.
func TestGradeMatchesReference(t *testing.T) {
	gold, err := eval.LoadGoldDir(filepath.Join(evalData, "gold"))
	if err != nil {
		t.Fatal(err)
	}
	approx := cmpopts.EquateApprox(0, 1e-9)
	for _, tc := range []struct {
		set           string
		wantUnmatched []string
		reason        string
	}{
		{"perfect", nil, "the gold itself as records: scores near 1, below it only where the scorer's rules bite (empty names, null values)"},
		{"perturbed", []string{"no-such-article"}, "missing, extra and reworded items in every field, one article without a prediction and one prediction without gold"},
	} {
		t.Run(tc.set, func(t *testing.T) {
			pred := loadPredictions(t, filepath.Join(evalData, "pred", tc.set))
			got := eval.Grade(gold, pred)

			want := readJSONValue(t, filepath.Join(evalData, "want", tc.set+".json"))
			if diff := cmp.Diff(want, asJSONValue(t, got), approx); diff != "" {
				t.Errorf("Grade(%s) mismatch (-want +got):\n%s", tc.set, diff)
			}
			if diff := cmp.Diff(tc.wantUnmatched, got.Unmatched); diff != "" {
				t.Errorf("Grade(%s).Unmatched mismatch (-want +got):\n%s", tc.set, diff)
			}
			if len(got.PerArticle) != len(gold) {
				t.Errorf("Grade(%s) has %d articles' scores, want %d", tc.set, len(got.PerArticle), len(gold))
			}
			for name, s := range got.PerArticle {
				want := readJSONValue(t, filepath.Join(evalData, "want", tc.set, name+".json"))
				if diff := cmp.Diff(want, asJSONValue(t, s), approx); diff != "" {
					t.Errorf("Grade(%s).PerArticle[%s] mismatch (-want +got):\n%s", tc.set, name, diff)
				}
			}

			wantText, err := os.ReadFile(filepath.Join(evalData, "want", tc.set+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			var text bytes.Buffer
			if err := got.WriteText(&text); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(wantText), text.String()); diff != "" {
				t.Errorf("WriteText(%s) mismatch (-want +got):\n%s", tc.set, diff)
			}
		})
	}
}
