package schema_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	jsv "github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/clipper-news/clipper/model"
	"github.com/clipper-news/clipper/model/schema"
)

// compile turns the generated schema into a validator.
func compile(t *testing.T) *jsv.Schema {
	t.Helper()
	raw, err := schema.JSON()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsv.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	c := jsv.NewCompiler()
	if err := c.AddResource(schema.ID, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(schema.ID)
	if err != nil {
		t.Fatalf("the generated schema does not compile: %v", err)
	}
	return s
}

func validate(t *testing.T, s *jsv.Schema, v any) error {
	t.Helper()
	raw, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	inst, err := jsv.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	return s.Validate(inst)
}

func TestEmptyRecordIsValid(t *testing.T) {
	s := compile(t)
	if err := validate(t, s, model.NewRecord(model.Source{Name: "x.txt", Format: model.FormatText})); err != nil {
		t.Errorf("a new record does not validate: %v", err)
	}
}

func TestSchemaRejects(t *testing.T) {
	s := compile(t)
	tests := []struct {
		name   string
		mutate func(r *model.Record)
		reason string
	}{
		{"status", func(r *model.Record) {
			r.Incidents = []model.Incident{{ID: "i1", Type: model.IncidentDDoS, DataBreach: model.BreachNotStated,
				Systems: []model.System{{Name: "portal", Status: "broken"}}}}
		}, "statuses are an enum"},
		{"version", func(r *model.Record) { r.SchemaVersion = "2" }, "the schema is for version 1"},
		{"entity type", func(r *model.Record) { r.Entities = []model.Entity{{ID: "e1", Type: "thing"}} }, "entity types are an enum"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := model.NewRecord(model.Source{Name: "x"})
			tc.mutate(r)
			if err := validate(t, s, r); err == nil {
				t.Errorf("record validated, want an error: %s", tc.reason)
			}
		})
	}
}

// TestGoldenRecordsValidate validates every golden record in the repository.
func TestGoldenRecordsValidate(t *testing.T) {
	s := compile(t)
	files, _ := filepath.Glob("../../testdata/*/*.golden.json")
	files2, _ := filepath.Glob("../../testdata/*/*/*.golden.json")
	n := 0
	for _, f := range append(files, files2...) {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var probe map[string]any
		if json.Unmarshal(raw, &probe) != nil || probe["schema_version"] == nil {
			continue // not a record (e.g. a layout golden)
		}
		inst, err := jsv.UnmarshalJSON(bytes.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		if _, failure := probe["error"]; failure {
			continue
		}
		if err := s.Validate(inst); err != nil {
			t.Errorf("%s does not validate: %v", f, err)
		}
		n++
	}
	t.Logf("%d golden records validated", n)
}

// TestCommentsUpToDate checks that comments_gen.go matches the model's doc
// comments.
func TestCommentsUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go generate")
	}
	before, err := os.ReadFile("comments_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "run", "./internal/gencomments")
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go generate: %v\n%s", err, out)
	}
	after, err := os.ReadFile("comments_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Errorf("comments_gen.go was out of date; it has been regenerated: commit it")
	}
}
