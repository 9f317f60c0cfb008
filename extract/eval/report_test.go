package eval_test

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/clipper-news/clipper/extract/eval"
	"github.com/clipper-news/clipper/model"
)

func TestWriteDetails(t *testing.T) {
	gold := map[string]*eval.Gold{
		"good": {Places: []string{"Oslo"}},
		"bad":  {Places: []string{"Oslo", "Bergen"}},
	}
	oslo := model.NewRecord(model.Source{Name: "x"})
	oslo.Entities = []model.Entity{{ID: "e1", Type: model.EntityPlace, Name: "Oslo"}}
	s := eval.Grade(gold, map[string]*model.Record{"good": oslo, "bad": oslo})
	var got bytes.Buffer
	if err := s.WriteDetails(&got); err != nil {
		t.Fatal(err)
	}
	want := "" +
		"article overall organisations people places dates quotes quote_speakers incidents systems+status\n" +
		"bad       0.958         1.000  1.000  0.667 1.000  1.000          1.000     1.000          1.000\n" +
		"good      1.000         1.000  1.000  1.000 1.000  1.000          1.000     1.000          1.000\n"
	if diff := cmp.Diff(want, got.String()); diff != "" {
		t.Errorf("WriteDetails() mismatch (-want +got):\n%s", diff)
	}

	got.Reset()
	if err := s.PerArticle["bad"].WriteDetails(&got); err != nil || got.Len() != 0 {
		t.Errorf("WriteDetails() of one article's scores = %q, %v; want nothing", got.String(), err)
	}
}

func TestMarshalJSONNullAccuracy(t *testing.T) {
	s := eval.Grade(map[string]*eval.Gold{"a": {}}, nil)
	data, err := s.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	want := `{"organisations":{"p":1,"r":1,"f1":1,"tp":0,"fp":0,"fn":0},` +
		`"people":{"p":1,"r":1,"f1":1,"tp":0,"fp":0,"fn":0},` +
		`"places":{"p":1,"r":1,"f1":1,"tp":0,"fp":0,"fn":0},` +
		`"dates":{"p":1,"r":1,"f1":1,"tp":0,"fp":0,"fn":0},` +
		`"quotes":{"p":1,"r":1,"f1":1,"tp":0,"fp":0,"fn":0},` +
		`"quote_speakers":{"p":1,"r":1,"f1":1,"tp":0,"fp":0,"fn":0},` +
		`"incidents":{"p":1,"r":1,"f1":1,"tp":0,"fp":0,"fn":0},` +
		`"systems":{"p":1,"r":1,"f1":1,"tp":0,"fp":0,"fn":0},` +
		`"systems+status":{"p":1,"r":1,"f1":1,"tp":0,"fp":0,"fn":0},` +
		`"attackers":{"p":1,"r":1,"f1":1,"tp":0,"fp":0,"fn":0},` +
		`"responders":{"p":1,"r":1,"f1":1,"tp":0,"fp":0,"fn":0},` +
		`"headline":{"acc":null,"n":0},"published":{"acc":null,"n":0},"publication":{"acc":null,"n":0},` +
		`"incident_type":{"acc":null,"n":0},"incident_date":{"acc":null,"n":0},"data_breach":{"acc":null,"n":0},` +
		`"overall_f1":1,"articles":1}`
	if diff := cmp.Diff(want, string(data)); diff != "" {
		t.Errorf("MarshalJSON() of an empty article mismatch (-want +got):\n%s", diff)
	}
}
