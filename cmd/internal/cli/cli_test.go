package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/clipper-news/clipper/extract"
	"github.com/clipper-news/clipper/model"
)

// run executes clipper with args on test streams and returns the error.
func run(t *testing.T, ios *IOStreams, args ...string) error {
	t.Helper()
	root := NewCmdRoot(ios)
	root.SetArgs(args)
	return root.ExecuteContext(context.Background())
}

func TestNewCmdExtractFlags(t *testing.T) {
	tests := []struct {
		name    string
		args    string
		want    ExtractOptions
		wantErr string
		reason  string
	}{
		{"defaults", "a.txt", ExtractOptions{Paths: []string{"a.txt"}, Jobs: runtime.NumCPU(), Format: "auto", InputFormat: "files", MaxBytes: 16 << 20, MaxMemory: 2 << 30, Timeout: 30 * time.Second}, "", "flags default as documented"},
		{"all", "-j 2 -o out.jsonl --pretty -q --date 2020-10-02 --format html --include *.htm --exclude old --max-bytes 100 --max-memory 1000 --timeout 5s --follow-symlinks --shard 2/3 d",
			ExtractOptions{Paths: []string{"d"}, Jobs: 2, Output: "out.jsonl", Pretty: true, Quiet: true, Date: "2020-10-02", Format: "html", InputFormat: "files",
				Include: []string{"*.htm"}, Exclude: []string{"old"}, MaxBytes: 100, MaxMemory: 1000, Timeout: 5 * time.Second, FollowSymlinks: true, Shard: "2/3"}, "", "every flag binds to its field"},
		{"bad format", "--format pdf a", ExtractOptions{}, `invalid --format "pdf"`, "formats are an enum"},
		{"bad date", "--date 30/09/2020 a", ExtractOptions{}, `invalid --date`, "dates are ISO"},
		{"jsonl with paths", "--input-format jsonl a.txt", ExtractOptions{}, "reads standard input only", "jsonl comes on stdin"},
		{"bad jobs", "-j 0", ExtractOptions{}, "invalid --jobs", "at least one worker"},
		{"bad shard", "--shard 4/3 d", ExtractOptions{}, "invalid --shard", "K is at most N"},
		{"resume without output", "--resume d", ExtractOptions{}, "--resume needs -o", "resuming works on a file"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ios, _, _, _ := Test()
			var got *ExtractOptions
			cmd := NewCmdExtract(ios, func(_ context.Context, o *ExtractOptions) error { got = o; return nil })
			cmd.SetArgs(strings.Fields(tc.args))
			cmd.SetOut(&bytes.Buffer{})
			cmd.SetErr(&bytes.Buffer{})
			err := cmd.Execute()
			if tc.wantErr != "" {
				var fe *FlagError
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) || !errors.As(err, &fe) {
					t.Fatalf("error = %v, want a FlagError containing %q (%s)", err, tc.wantErr, tc.reason)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(&tc.want, got, cmpopts.IgnoreFields(ExtractOptions{}, "IO"), cmpopts.IgnoreUnexported(ExtractOptions{}), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("options mismatch (-want +got) (%s):\n%s", tc.reason, diff)
			}
		})
	}
}

const story = `PORT OPERATOR HIT BY CYBERATTACK

Valmora Container Terminals said on Monday that its booking portal was unavailable after a cyberattack.
`

func TestExtractOneInputPipe(t *testing.T) {
	ios, in, out, errOut := Test()
	in.WriteString(story)
	if err := run(t, ios, "extract", "--date", "2023-03-08"); err != nil {
		t.Fatalf("extract: %v (stderr %q)", err, errOut)
	}
	if n := strings.Count(out.String(), "\n"); n != 1 {
		t.Errorf("piped output has %d lines, want one compact JSON object", n)
	}
	var rec map[string]any
	if err := json.Unmarshal(out.Bytes(), &rec); err != nil {
		t.Fatal(err)
	}
	if got := rec["source"].(map[string]any)["name"]; got != "-" {
		t.Errorf("source.name = %v, want -", got)
	}
	if errOut.Len() != 0 {
		t.Errorf("stderr = %q, want nothing on a pipe", errOut)
	}
}

func TestExtractOneInputTTY(t *testing.T) {
	ios, in, out, _ := Test()
	ios.SetStdoutTTY(true)
	in.WriteString(story)
	if err := run(t, ios, "extract"); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out.String(), "{\n  \"schema_version\"") {
		t.Errorf("terminal output is not indented: %.40q", out.String())
	}
}

// TestExtractBatch runs a folder of 500 articles, a few of them bad: every
// input gets exactly one line, in order, the bad ones error records, and the
// command reports that some inputs failed.
func TestExtractBatch(t *testing.T) {
	dir := t.TempDir()
	var want []string
	bad := map[int]string{7: "binary", 123: "empty", 499: "binary"}
	for i := range 500 {
		name := filepath.Join(dir, fmt.Sprintf("a%03d.txt", i))
		data := []byte(strings.Replace(story, "Monday", fmt.Sprintf("Monday %d", i), 1))
		switch bad[i] {
		case "binary":
			data = []byte{0x7f, 'E', 'L', 'F', 0, 0, 0, 1, 2, 3}
		case "empty":
			data = []byte("  \n")
		}
		if err := os.WriteFile(name, data, 0o644); err != nil {
			t.Fatal(err)
		}
		want = append(want, name)
	}
	ios, _, _, errOut := Test()
	outFile := filepath.Join(t.TempDir(), "out.jsonl")
	err := run(t, ios, "extract", "-j", "4", "-o", outFile, dir)
	if !errors.Is(err, ErrInputsFailed) {
		t.Fatalf("extract = %v, want ErrInputsFailed", err)
	}
	if code := exitCode(err, ios); code != 1 {
		t.Errorf("exit code %d, want 1", code)
	}
	f, err := os.Open(outFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var got []string
	failures := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var line struct {
			Source struct{ Name string }
			Error  string
		}
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			t.Fatalf("line %d: %v", len(got)+1, err)
		}
		if line.Error != "" {
			failures++
			if !strings.Contains(line.Error, line.Source.Name) {
				t.Errorf("error %q does not name its input", line.Error)
			}
		}
		got = append(got, line.Source.Name)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("records out of order or missing (-want +got):\n%s", diff)
	}
	if failures != len(bad) {
		t.Errorf("%d error records, want %d", failures, len(bad))
	}
	if strings.Count(errOut.String(), "clipper: ") != len(bad) {
		t.Errorf("stderr should name each failed input once, got:\n%s", errOut)
	}
	leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(outFile), ".*.tmp"))
	if len(leftovers) > 0 {
		t.Errorf("temporary files left behind: %v", leftovers)
	}
}

func TestExtractJSONL(t *testing.T) {
	ios, in, out, _ := Test()
	in.WriteString(`{"id":"a","text":"BIG HEADLINE\n\nThe port said it was fine.","date":"2020-10-02"}` + "\n")
	in.WriteString("not json\n")
	in.WriteString(`{"id":"c","html":"<html><body><article><h1>Port hit</h1><p>The port said it was fine.</p></article></body></html>"}` + "\n")
	err := run(t, ios, "extract", "--input-format", "jsonl")
	if !errors.Is(err, ErrInputsFailed) {
		t.Fatalf("extract = %v, want ErrInputsFailed for the bad line", err)
	}
	var names []string
	for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var rec struct {
			Source struct{ Name, Format string }
			Error  string
		}
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatal(err)
		}
		names = append(names, rec.Source.Name+"/"+rec.Source.Format+"/"+fmt.Sprint(rec.Error != ""))
	}
	want := []string{"a/text/false", "line 2//true", "c/html/false"}
	if diff := cmp.Diff(want, names); diff != "" {
		t.Errorf("jsonl records mismatch (-want +got):\n%s", diff)
	}
}

func TestExtractMissingFile(t *testing.T) {
	ios, _, out, _ := Test()
	err := run(t, ios, "extract", filepath.Join(t.TempDir(), "nope.txt"))
	if !errors.Is(err, ErrInputsFailed) {
		t.Fatalf("extract = %v, want ErrInputsFailed", err)
	}
	if !strings.Contains(out.String(), `"error":`) || !strings.Contains(out.String(), "nope.txt") {
		t.Errorf("want an error record naming the file, got %s", out)
	}
}

func TestUsageErrorsExit2(t *testing.T) {
	for _, args := range [][]string{{"extract", "--nope"}, {"frobnicate"}, {"schema", "x"}} {
		ios, _, _, errOut := Test()
		err := run(t, ios, args...)
		if code := exitCode(err, ios); code != 2 {
			t.Errorf("clipper %v: exit %d (%v), want 2", args, code, err)
		}
		if !strings.Contains(errOut.String(), "Run 'clipper --help'") {
			t.Errorf("clipper %v: stderr %q should point to the help", args, errOut)
		}
	}
}

func TestSchemaCommand(t *testing.T) {
	ios, _, out, _ := Test()
	if err := run(t, ios, "schema"); err != nil {
		t.Fatal(err)
	}
	var s map[string]any
	if err := json.Unmarshal(out.Bytes(), &s); err != nil {
		t.Fatal(err)
	}
	if s["$schema"] != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("$schema = %v", s["$schema"])
	}
}

func TestDehyphenCommand(t *testing.T) {
	ios, in, out, errOut := Test()
	in.WriteString("the IT sy-stems and web-based services\n")
	if err := run(t, ios, "dehyphen", "--report"); err != nil {
		t.Fatal(err)
	}
	if got, want := out.String(), "the IT systems and web-based services\n"; got != want {
		t.Errorf("dehyphen = %q, want %q", got, want)
	}
	if !strings.Contains(errOut.String(), `"sy-stems"`) {
		t.Errorf("report %q should list the repair", errOut)
	}
}

func TestEvalCommand(t *testing.T) {
	ios, _, out, _ := Test()
	if err := run(t, ios, "eval", "--gold", "../../../testdata/gold", "--extract"); err != nil {
		t.Fatal(err)
	}
	for _, field := range []string{"organisations ", "quote_speakers ", "systems+status ", "data_breach ", "overall F1 "} {
		if !strings.Contains(out.String(), field) {
			t.Errorf("eval output lacks %q:\n%s", field, out)
		}
	}
}

func TestEvalNeedsGold(t *testing.T) {
	ios, _, _, _ := Test()
	err := run(t, ios, "eval", "x.jsonl")
	var fe *FlagError
	if !errors.As(err, &fe) {
		t.Errorf("eval without --gold = %v, want a usage error", err)
	}
}

// TestEvalReadsExtractOutput pipes extract's JSON Lines into eval, as the
// README shows.
func TestEvalReadsExtractOutput(t *testing.T) {
	ios, _, out, _ := Test()
	if err := run(t, ios, "extract", "-q", "../../../testdata/gold/aegir-class-cyberattack-2021.txt", "../../../testdata/gold/coralis-phishing-2025.txt"); err != nil {
		t.Fatal(err)
	}
	ios2, in2, out2, _ := Test()
	in2.Write(out.Bytes())
	if err := run(t, ios2, "eval", "--gold", "../../../testdata/gold", "--json"); err != nil {
		t.Fatal(err)
	}
	var scores map[string]any
	if err := json.Unmarshal(out2.Bytes(), &scores); err != nil {
		t.Fatalf("eval --json: %v\n%s", err, out2)
	}
	if _, ok := scores["overall_f1"]; !ok {
		t.Errorf("eval --json lacks overall_f1: %s", out2)
	}
}

// TestExtractShards runs the shards of a folder one by one: together they
// must write every input exactly once.
func TestExtractShards(t *testing.T) {
	dir := t.TempDir()
	for i := range 40 {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%02d.txt", i)), []byte(story), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	seen := map[string]int{}
	for k := 1; k <= 3; k++ {
		ios, _, out, _ := Test()
		if err := run(t, ios, "extract", "--shard", fmt.Sprintf("%d/3", k), dir); err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
			var rec struct{ Source struct{ Name string } }
			if err := json.Unmarshal([]byte(l), &rec); err != nil {
				t.Fatal(err)
			}
			seen[rec.Source.Name]++
		}
	}
	if len(seen) != 40 {
		t.Errorf("the shards wrote %d distinct inputs, want 40", len(seen))
	}
	for name, n := range seen {
		if n != 1 {
			t.Errorf("%s written %d times", name, n)
		}
	}
}

// TestMemoryBudget: with a budget that fits one large input at a time, a
// batch of large inputs never runs two at once, and small inputs are not
// held back by it.
func TestMemoryBudget(t *testing.T) {
	if got := memoryWeight(1000, 0); got != memoryBase+70000 {
		t.Errorf("memoryWeight(1000) = %d", got)
	}
	if got := memoryWeight(1<<30, 1<<20); got != 1<<20 {
		t.Errorf("a huge input weighs %d, want the whole budget so it can run alone", got)
	}
	dir := t.TempDir()
	for i := range 6 {
		big := strings.Repeat("The port said the portal was down again. ", 5000) // ~200 KB: weighs ~14 MB
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%d.txt", i)), []byte("HEADLINE\n\n"+big), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var running, most atomic.Int64
	ios, _, _, _ := Test()
	opts := &ExtractOptions{IO: ios, Paths: []string{dir}, Jobs: 4, Quiet: true, Format: "auto", InputFormat: "files",
		MaxBytes: 16 << 20, MaxMemory: 20 << 20, Timeout: time.Minute}
	opts.newExtractor = func(o extract.Options) (extractor, error) {
		real, err := extract.New(o)
		return &countingExtractor{real: real, running: &running, most: &most}, err
	}
	if err := opts.validate(); err != nil {
		t.Fatal(err)
	}
	if err := extractRun(context.Background(), opts); err != nil {
		t.Fatal(err)
	}
	if m := most.Load(); m != 1 {
		t.Errorf("%d large inputs ran at once under a budget that fits one", m)
	}
}

// countingExtractor records how many extractions run at once.
type countingExtractor struct {
	real          extractor
	running, most *atomic.Int64
}

func (c *countingExtractor) Extract(ctx context.Context, in extract.Input) (*model.Record, error) {
	n := c.running.Add(1)
	defer c.running.Add(-1)
	for {
		m := c.most.Load()
		if n <= m || c.most.CompareAndSwap(m, n) {
			break
		}
	}
	time.Sleep(20 * time.Millisecond)
	return c.real.Extract(ctx, in)
}
