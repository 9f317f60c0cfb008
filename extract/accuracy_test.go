package extract_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/clipper-news/clipper/extract"
	"github.com/clipper-news/clipper/extract/eval"
	"github.com/clipper-news/clipper/model"
)

var updateFloors = flag.Bool("update-floors", false, "write the accuracy scores just reached to each annotated set's floors.json")

// annotatedSets are the folders of annotated articles the accuracy test
// grades, each with its own floors.json: the development set, which the
// rules are tuned on, and a held-out set that nobody tunes on, which
// measures how well they generalise.
var annotatedSets = []string{"../testdata/gold", "../testdata/heldout"}

const (
	// floorRise is how far a score may rise above its floor before the
	// floor must be raised.
	floorRise = 0.02
	// floorEpsilon absorbs float noise in the comparisons.
	floorEpsilon = 1e-9
)

// TestAccuracy extracts every annotated article, grades the records against
// their gold annotations and compares each score with its floor: a score
// below its floor is a regression, and a score more than floorRise above it
// means the floor must be raised with -update-floors, so that floors track
// what has been reached.
func TestAccuracy(t *testing.T) {
	for _, dir := range annotatedSets {
		t.Run(filepath.Base(dir), func(t *testing.T) { testAccuracy(t, dir) })
	}
}

func testAccuracy(t *testing.T, goldDir string) {
	floorsFile := filepath.Join(goldDir, "floors.json")
	gold, err := eval.LoadGoldDir(goldDir)
	if err != nil {
		t.Fatal(err)
	}
	recs := extractGoldArticles(t, goldDir, gold)
	pred, err := eval.Index(recs)
	if err != nil {
		t.Fatal(err)
	}
	scores := eval.Grade(gold, pred)
	var report bytes.Buffer
	if err := scores.WriteText(&report); err != nil {
		t.Fatal(err)
	}
	report.WriteString("\n")
	if err := scores.WriteDetails(&report); err != nil {
		t.Fatal(err)
	}
	t.Logf("scores over %d articles:\n%s", scores.Articles, report.String())
	if len(scores.Unmatched) > 0 {
		t.Errorf("records without gold (source names do not give the article name): %q", scores.Unmatched)
	}

	reached := flattenScores(scores)
	if *updateFloors {
		writeFloors(t, floorsFile, reached)
		return
	}
	floors := readFloors(t, floorsFile)
	for _, k := range sortedNames(reached) {
		got := reached[k]
		floor, ok := floors[k]
		switch {
		case !ok:
			t.Errorf("%s = %.3f has no floor; run go test ./extract -run Accuracy -update-floors", k, got)
		case got < floor-floorEpsilon:
			t.Errorf("%s = %.3f fell below its floor %.3f", k, got, floor)
		case got > floor+floorRise+floorEpsilon:
			t.Errorf("%s = %.3f is more than %.2f above its floor %.3f: raise the floors with go test ./extract -run Accuracy -update-floors", k, got, floorRise, floor)
		}
	}
	for _, k := range sortedNames(floors) {
		if _, ok := reached[k]; !ok {
			t.Errorf("floor %s = %.3f has no score any more; run go test ./extract -run Accuracy -update-floors", k, floors[k])
		}
	}
}

// extractGoldArticles runs the extractor on NAME.txt or NAME.html for every
// gold annotation NAME, with the annotation's reference date.
func extractGoldArticles(t *testing.T, goldDir string, gold map[string]*eval.Gold) []*model.Record {
	t.Helper()
	ex, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	var recs []*model.Record
	for _, name := range sortedNames(gold) {
		path, data, err := readArticle(goldDir, name)
		if err != nil {
			t.Fatal(err)
		}
		in := extract.Input{Name: path, Data: data}
		if ref := gold[name].ReferenceDate; ref != "" {
			if in.Reference, err = time.Parse(time.DateOnly, ref); err != nil {
				t.Fatalf("%s.gold.json: reference_date: %v", name, err)
			}
		}
		rec, err := ex.Extract(ctx, in)
		if err != nil {
			t.Fatalf("Extract(%s): %v", path, err)
		}
		recs = append(recs, rec)
	}
	return recs
}

// readArticle reads the article beside gold file NAME.gold.json.
func readArticle(goldDir, name string) (path string, data []byte, err error) {
	for _, ext := range []string{".txt", ".html"} {
		path = filepath.Join(goldDir, name+ext)
		data, err = os.ReadFile(path)
		if !errors.Is(err, fs.ErrNotExist) {
			return path, data, err
		}
	}
	return "", nil, fmt.Errorf("no %s.txt or %s.html beside %s.gold.json in %s", name, name, name, goldDir)
}

// flattenScores returns every score by a dotted name: FIELD.p, FIELD.r and
// FIELD.f1 for each precision-recall field, FIELD.acc for each accuracy field
// with gold values, and overall_f1.
func flattenScores(s *eval.Scores) map[string]float64 {
	out := map[string]float64{"overall_f1": s.OverallF1}
	for k, c := range s.PRF {
		out[k+".p"], out[k+".r"], out[k+".f1"] = c.P(), c.R(), c.F1()
	}
	for k, a := range s.Accuracy {
		if v, ok := a.Acc(); ok {
			out[k+".acc"] = v
		}
	}
	return out
}

// readFloors reads the floors in floorsFile.
func readFloors(t *testing.T, floorsFile string) map[string]float64 {
	t.Helper()
	data, err := os.ReadFile(floorsFile)
	if err != nil {
		t.Fatalf("%v; run go test ./extract -run Accuracy -update-floors", err)
	}
	var floors map[string]float64
	if err := json.Unmarshal(data, &floors); err != nil {
		t.Fatalf("%s: %v", floorsFile, err)
	}
	return floors
}

// writeFloors writes the scores reached, rounded down to 3 decimals, as the
// new floors.
func writeFloors(t *testing.T, floorsFile string, reached map[string]float64) {
	t.Helper()
	floors := make(map[string]float64, len(reached))
	for k, v := range reached {
		floors[k] = math.Floor(v*1000+floorEpsilon) / 1000
	}
	data, err := json.MarshalIndent(floors, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(floorsFile, append(data, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %d floors to %s", len(floors), floorsFile)
}

// sortedNames returns the keys of m in order.
func sortedNames[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
