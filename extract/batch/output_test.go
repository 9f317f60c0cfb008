package batch

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestOutputCommit(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.jsonl")
	o, err := CreateOutput(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range []string{`{"source":{"name":"a"}}`, `{"source":{"name":"b"}}` + "\n"} {
		if err := o.Write([]byte(l)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("%s exists before Commit", path)
	}
	if err := o.Commit(); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	if diff := cmp.Diff("{\"source\":{\"name\":\"a\"}}\n{\"source\":{\"name\":\"b\"}}\n", string(got)); diff != "" {
		t.Errorf("output mismatch (-want +got):\n%s", diff)
	}
	if _, err := os.Stat(path + PartialSuffix); !os.IsNotExist(err) {
		t.Errorf("partial file left behind")
	}
}

func TestResumeRepairsTornLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.jsonl")
	torn := `{"source":{"name":"a","sha256":"aa"}}` + "\n" +
		`{"source":{"name":"b"},"error":"b: binary"}` + "\n" +
		`{"source":{"name":"c","sha256":"cc"}}` + "\n" +
		`{"source":{"name":"d","sha2`
	if err := os.WriteFile(path+PartialSuffix, []byte(torn), 0o644); err != nil {
		t.Fatal(err)
	}
	o, err := ResumeOutput(path)
	if err != nil {
		t.Fatal(err)
	}
	want := []Done{{Name: "a", SHA256: "aa"}, {Name: "b", Failed: true}, {Name: "c", SHA256: "cc"}}
	if diff := cmp.Diff(want, o.Done()); diff != "" {
		t.Errorf("Done mismatch (-want +got):\n%s", diff)
	}
	if err := o.Keep(2); err != nil { // c's input changed: redo from c
		t.Fatal(err)
	}
	if err := o.Write([]byte(`{"source":{"name":"c","sha256":"c2"}}`)); err != nil {
		t.Fatal(err)
	}
	if err := o.Commit(); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	wantText := `{"source":{"name":"a","sha256":"aa"}}` + "\n" + `{"source":{"name":"b"},"error":"b: binary"}` + "\n" + `{"source":{"name":"c","sha256":"c2"}}` + "\n"
	if diff := cmp.Diff(wantText, string(got)); diff != "" {
		t.Errorf("resumed output mismatch (-want +got):\n%s", diff)
	}
}

func TestResumeFromFinishedFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.jsonl")
	if err := os.WriteFile(path, []byte(`{"source":{"name":"a","sha256":"aa"}}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	o, err := ResumeOutput(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(o.Done()) != 1 {
		t.Fatalf("Done = %v, want the finished file's one line", o.Done())
	}
	if err := o.Write([]byte(`{"source":{"name":"b","sha256":"bb"}}`)); err != nil {
		t.Fatal(err)
	}
	if err := o.Commit(); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	if n := len(splitLines(string(got))); n != 2 {
		t.Errorf("resumed file has %d lines, want 2", n)
	}
}

func TestResumeWithNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.jsonl")
	o, err := ResumeOutput(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(o.Done()) != 0 {
		t.Errorf("Done = %v, want none", o.Done())
	}
	if _, err := o.Suspend(); err != nil {
		t.Fatal(err)
	}
}

func splitLines(s string) []string {
	var out []string
	start := 0
	for i := range len(s) {
		if s[i] == '\n' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return out
}
