package eval_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/clipper-news/clipper/extract/eval"
	"github.com/clipper-news/clipper/model"
)

func ExampleGrade() {
	gold, err := eval.ParseGold([]byte(`{
	  "id": "port", "reference_date": "2023-11-14",
	  "article": {"headline": "Port halts terminals after cyber incident", "published": "2023-11-14"},
	  "organisations": [{"name": "Harbour Terminals Ltd", "aliases": ["HTL"]}, {"name": "Corvid Security", "aliases": []}],
	  "places": ["Rotterdam"],
	  "dates": [{"text": "Monday", "value": "2023-11-13"}],
	  "quotes": [{"begins": "We shut the systems down as a precaution", "speaker": "Harbour Terminals Ltd"}],
	  "incidents": [{"victim": "Harbour Terminals Ltd", "type": "ransomware", "date": "2023-11-13",
	    "attackers": [], "responders": ["Corvid Security"],
	    "systems": [{"name": "gate system", "status": "unavailable"}, {"name": "email", "status": "unaffected"}],
	    "data_breach": "not_stated"}]
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}

	rec := model.NewRecord(model.Source{Name: "articles/port.txt"})
	rec.Article.Headline = "Port halts terminals after cyber incident"
	rec.Entities = []model.Entity{
		{ID: "e1", Type: model.EntityOrganisation, Name: "Harbour Terminals", Aliases: []string{"HTL"}},
		{ID: "e2", Type: model.EntityPlace, Name: "Rotterdam"},
		{ID: "e3", Type: model.EntityPlace, Name: "Europe"},
	}
	rec.Dates = []model.Date{{Text: "Monday", Value: "2023-11-13", Precision: model.PrecisionDay}}
	rec.Quotes = []model.Quote{{Text: "We shut the systems down as a precaution, and they stay down.",
		Speaker: &model.Ref{ID: "e1", Name: "Harbour Terminals"}}}
	rec.Incidents = []model.Incident{{ID: "i1", Victim: model.Ref{ID: "e1", Name: "Harbour Terminals"},
		Type: model.IncidentRansomware, DataBreach: model.BreachNotStated,
		Systems: []model.System{{Name: "gate system", Status: model.StatusDegraded}}}}

	pred, err := eval.Index([]*model.Record{rec})
	if err != nil {
		fmt.Println(err)
		return
	}
	scores := eval.Grade(map[string]*eval.Gold{"port": gold}, pred)
	if err := scores.WriteText(os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// organisations    P 1.000 R 0.500 F1 0.667 (tp 1 fp 0 fn 1)
	// people           P 1.000 R 1.000 F1 1.000 (tp 0 fp 0 fn 0)
	// places           P 0.500 R 1.000 F1 0.667 (tp 1 fp 1 fn 0)
	// dates            P 1.000 R 1.000 F1 1.000 (tp 1 fp 0 fn 0)
	// quotes           P 1.000 R 1.000 F1 1.000 (tp 1 fp 0 fn 0)
	// quote_speakers   P 1.000 R 1.000 F1 1.000 (tp 1 fp 0 fn 0)
	// incidents        P 1.000 R 1.000 F1 1.000 (tp 1 fp 0 fn 0)
	// systems          P 1.000 R 0.500 F1 0.667 (tp 1 fp 0 fn 1)
	// systems+status   P 0.000 R 0.000 F1 0.000 (tp 0 fp 1 fn 2)
	// attackers        P 1.000 R 1.000 F1 1.000 (tp 0 fp 0 fn 0)
	// responders       P 0.000 R 0.000 F1 0.000 (tp 0 fp 0 fn 1)
	// headline         acc 1.000 (n 1)
	// published        acc 0.000 (n 1)
	// publication      acc nan (n 0)
	// incident_type    acc 1.000 (n 1)
	// incident_date    acc 0.000 (n 1)
	// data_breach      acc 1.000 (n 1)
	// overall F1 0.792 over 1 articles
}

func ExampleKey() {
	for _, name := range []string{"articles/imo-cma-cgm-2020.txt", "kestrel-ecdis-malware-2024.html.gz", "-"} {
		fmt.Println(eval.Key(name))
	}
	// Output:
	// imo-cma-cgm-2020
	// kestrel-ecdis-malware-2024
	// -
}

func ExampleReadRecords() {
	jsonl := `{"schema_version":"1","source":{"name":"in/a.txt","bytes":10},"article":{"headline":"A"}}
{"schema_version":"1","source":{"name":"in/b.txt","bytes":0},"error":"in/b.txt: empty input"}
`
	recs, err := eval.ReadRecords(strings.NewReader(jsonl))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range recs {
		fmt.Println(r.Source.Name, r.Article.Headline)
	}
	// Output:
	// in/a.txt A
}
