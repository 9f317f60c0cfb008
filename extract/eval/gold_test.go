package eval_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/clipper-news/clipper/extract/eval"
)

func TestParseGold(t *testing.T) {
	date := "2024-02"
	for _, tc := range []struct {
		name    string
		in      string
		want    *eval.Gold
		wantErr bool
		reason  string
	}{
		{
			name: "nulls and unknown keys",
			in: `{"id":"x","article":{"headline":"H","published":null},"notes":"n",
			      "quotes":[{"begins":"b","speaker":null}],"incidents":[{"victim":"V","date":null},{"victim":"W","date":"2024-02"}]}`,
			want: &eval.Gold{ID: "x", Article: eval.GoldArticle{Headline: "H"},
				Quotes:    []eval.GoldQuote{{Begins: "b"}},
				Incidents: []eval.GoldIncident{{Victim: "V"}, {Victim: "W", Date: &date}}},
			reason: "null reads as empty, unknown keys are ignored, an incident date keeps null apart from a value",
		},
		{name: "wrong type", in: `{"places":"Oslo"}`, wantErr: true, reason: "places is a list"},
		{name: "trailing data", in: `{} {}`, wantErr: true, reason: "one annotation per file"},
		{name: "not JSON", in: `id: x`, wantErr: true, reason: "JSON only"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := eval.ParseGold([]byte(tc.in))
			if (err != nil) != tc.wantErr {
				t.Fatalf("ParseGold() error = %v, want error %v (%s)", err, tc.wantErr, tc.reason)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("ParseGold() mismatch (-want +got):\n%s\nreason: %s", diff, tc.reason)
			}
		})
	}
}

func TestLoadGoldDir(t *testing.T) {
	gold, err := eval.LoadGoldDir(filepath.Join(evalData, "gold"))
	if err != nil {
		t.Fatal(err)
	}
	if g := gold["imo-cma-cgm-2020"]; g == nil || g.ReferenceDate != "2020-10-02" || len(g.Incidents) != 2 {
		t.Errorf("LoadGoldDir()[imo-cma-cgm-2020] = %+v, want the seed annotation", g)
	}

	empty := t.TempDir()
	if _, err := eval.LoadGoldDir(empty); err == nil {
		t.Error("LoadGoldDir() of a folder without gold files: no error")
	}
	bad := t.TempDir()
	if err := os.WriteFile(filepath.Join(bad, "x.gold.json"), []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := eval.LoadGoldDir(bad); err == nil {
		t.Error("LoadGoldDir() of a broken gold file: no error")
	}
}
