package eval_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/clipper-news/clipper/extract/eval"
	"github.com/clipper-news/clipper/model"
)

func TestReadRecords(t *testing.T) {
	const (
		a       = `{"schema_version":"1","source":{"name":"a.txt","bytes":1},"article":{"headline":"A"}}`
		b       = `{"schema_version":"1","source":{"name":"b.html","bytes":2},"article":{"headline":"B"}}`
		failure = `{"schema_version":"1","source":{"name":"c.txt","bytes":0},"error":"extract c.txt: empty input"}`
	)
	for _, tc := range []struct {
		name    string
		in      string
		want    []string // source names
		wantErr bool
		reason  string
	}{
		{"object", a, []string{"a.txt"}, false, "a single record, as clipper writes for one input"},
		{"object with spaces", "\n\t " + a + "\n", []string{"a.txt"}, false, "whitespace around it is fine"},
		{"array", "[" + a + "," + failure + "," + b + "]", []string{"a.txt", "b.html"}, false, "a JSON array, failures skipped"},
		{"lines", a + "\n" + failure + "\n" + b + "\n", []string{"a.txt", "b.html"}, false, "JSON Lines, failures skipped"},
		{"only failures", failure + "\n", []string{}, false, "nothing to grade is not an error"},
		{"empty", "", nil, false, "an empty file holds no records"},
		{"broken line", a + "\n{\"source\":", nil, true, "a truncated line is an error"},
		{"after array", "[" + a + "] x", nil, true, "data after the array is an error"},
		{"not an object", `[1]`, nil, true, "array elements must be records"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			recs, err := eval.ReadRecords(strings.NewReader(tc.in))
			if (err != nil) != tc.wantErr {
				t.Fatalf("ReadRecords() error = %v, want error %v (%s)", err, tc.wantErr, tc.reason)
			}
			if err != nil {
				return
			}
			var got []string
			if recs != nil {
				got = []string{}
			}
			for _, r := range recs {
				got = append(got, r.Source.Name)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("ReadRecords() mismatch (-want +got):\n%s\nreason: %s", diff, tc.reason)
			}
		})
	}
}

func TestKey(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		reason   string
	}{
		{"x.txt", "x", "extension dropped"},
		{"dir/sub/x.html", "x", "directories dropped"},
		{"x.html.gz", "x", "compression and format extensions dropped"},
		{`C:\news\x.txt`, "x", "Windows paths"},
		{"x", "x", "no extension"},
		{"report.v2.txt", "report.v2", "only the last extension before any compression one"},
		{".gz", ".gz", "a name that is only an extension is kept"},
		{"-", "-", "standard input"},
	} {
		if got := eval.Key(tc.in); got != tc.want {
			t.Errorf("Key(%q) = %q, want %q (%s)", tc.in, got, tc.want, tc.reason)
		}
	}
}

func TestIndex(t *testing.T) {
	rec := func(name string) *model.Record { return model.NewRecord(model.Source{Name: name}) }
	got, err := eval.Index([]*model.Record{rec("in/a.txt"), rec("b.html.gz")})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"a", "b"}, keys(got)); diff != "" {
		t.Errorf("Index() keys mismatch (-want +got):\n%s", diff)
	}
	if _, err := eval.Index([]*model.Record{rec("in/a.txt"), rec("out/a.html")}); err == nil {
		t.Error("Index() of two records for article a: no error")
	}
}

// keys returns the sorted keys of m.
func keys(m map[string]*model.Record) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// FuzzReadRecords checks that ReadRecords never panics and that every record
// it returns is not a failure.
func FuzzReadRecords(f *testing.F) {
	for _, s := range []string{
		`{"source":{"name":"a.txt"}}`,
		`[{"source":{"name":"a.txt"}},{"error":"x"}]`,
		"{}\n{\"error\":null}\n",
		`[`, `"x"`, `{"entities":[{"id":"e1"}]}`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		recs, err := eval.ReadRecords(strings.NewReader(s))
		if err != nil && recs != nil {
			t.Errorf("ReadRecords(%q) returned records with error %v", s, err)
		}
		for _, r := range recs {
			if r == nil {
				t.Errorf("ReadRecords(%q) returned a nil record", s)
			}
		}
	})
}
