package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/clipper-news/clipper/extract"
	"github.com/clipper-news/clipper/extract/batch"
	"github.com/clipper-news/clipper/model"
)

// faultyExtractor wraps the real extractor with the faults of a hostile
// archive, keyed on the file names the soak test gives its inputs.
type faultyExtractor struct {
	real      extractor
	calls     atomic.Int64
	cancelAt  int64 // cancel the run after this many calls (0: never)
	cancelRun context.CancelFunc
}

func (f *faultyExtractor) Extract(ctx context.Context, in extract.Input) (*model.Record, error) {
	n := f.calls.Add(1)
	if f.cancelAt > 0 && n == f.cancelAt {
		f.cancelRun() // as SIGINT would
	}
	base := filepath.Base(in.Name)
	switch {
	case strings.HasPrefix(base, "panic-"):
		var m map[string]int
		m["worker"]++ // a nil-map write: a real runtime panic
	case strings.HasPrefix(base, "slow-"):
		select {
		case <-time.After(time.Minute):
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	return f.real.Extract(ctx, in)
}

// soakTree writes 2,000 inputs with a fault mix into dir and returns what
// each input's line must say: "" for a record, else a piece of its error.
func soakTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	want := map[string]string{}
	for i := range 2000 {
		var name, expect string
		data := []byte(fmt.Sprintf("HARBOUR NEWS %d\n\nPort operator %s Terminals said on Monday that its booking portal was unavailable after a cyberattack. \"We are restoring systems,\" a spokesperson said.\n", i, string(rune('A'+i%26))+"ex"))
		switch {
		case i%97 == 5:
			name, expect, data = fmt.Sprintf("bad-%04d.txt", i), "binary", []byte("\x00\x01\x02ELF\x00garbage\x00")
		case i%211 == 7:
			name, expect, data = fmt.Sprintf("huge-%04d.txt", i), "too large", bytes.Repeat([]byte("overflow "), 8000)
		case i%401 == 11:
			name, expect = fmt.Sprintf("slow-%04d.txt", i), "timed out"
		case i%331 == 13:
			name, expect = fmt.Sprintf("panic-%04d.txt", i), "internal error"
		case i%251 == 17:
			name, expect = fmt.Sprintf("vanish-%04d.txt", i), "no such file"
		default:
			name = fmt.Sprintf("ok-%04d.txt", i)
		}
		sub := filepath.Join(dir, fmt.Sprintf("d%02d", i%20))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(sub, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		want[path] = expect
	}
	return want
}

// soakRun runs clipper extract over dir into out with the fault extractor.
func soakRun(t *testing.T, dir, out string, cancelAt int64, resume bool) error {
	t.Helper()
	ios, _, _, _ := Test()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	opts := &ExtractOptions{IO: ios, Paths: []string{dir}, Jobs: 4, Output: out, Quiet: true, Format: "auto",
		InputFormat: "files", MaxBytes: 32 << 10, Timeout: 5 * time.Second, Resume: resume}
	opts.newExtractor = func(o extract.Options) (extractor, error) {
		real, err := extract.New(o)
		if err != nil {
			return nil, err
		}
		// Load the lazily loaded resources first: on a loaded machine under the race
		// detector, loading them inside the first input's timeout could run past it.
		if _, err := real.Extract(context.Background(), extract.Input{Name: "warm", Data: []byte("HEADLINE\n\nAcme Corp said on Monday.\n")}); err != nil {
			return nil, err
		}
		return &faultyExtractor{real: real, cancelAt: cancelAt, cancelRun: cancel}, nil
	}
	opts.afterWalk = func(sources []batch.Source) {
		for _, s := range sources {
			if strings.HasPrefix(filepath.Base(s.Name), "vanish-") {
				os.Remove(s.Name)
			}
		}
	}
	if err := opts.validate(); err != nil {
		t.Fatal(err)
	}
	return extractRun(ctx, opts)
}

// restoreVanished puts back the files the previous run removed.
func restoreVanished(t *testing.T, want map[string]string) {
	t.Helper()
	for p := range want {
		if strings.HasPrefix(filepath.Base(p), "vanish-") {
			if err := os.WriteFile(p, []byte("HEADLINE\n\nText."), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// TestSoak runs a batch of 2,000 inputs with bad bytes, oversized files,
// slow inputs, files that vanish after the walk and a worker panic: every
// input must get exactly one line, in order, with the right error; and a
// run killed part-way and resumed must end with the same output as an
// uninterrupted one.
func TestSoak(t *testing.T) {
	if testing.Short() {
		t.Skip("soak test")
	}
	dir := t.TempDir()
	want := soakTree(t, dir)
	outDir := t.TempDir()
	walked := batch.Walk([]string{dir}, batch.WalkOptions{})

	full := filepath.Join(outDir, "full.jsonl")
	if err := soakRun(t, dir, full, 0, false); err == nil || !strings.Contains(err.Error(), "inputs failed") {
		t.Fatalf("uninterrupted run = %v, want some inputs failed", err)
	}
	lines := readLines(t, full)
	if len(lines) != len(walked) || len(lines) != 2000 {
		t.Fatalf("%d lines for %d inputs, want 2000 each", len(lines), len(walked))
	}
	for i, l := range lines {
		var rec struct {
			Source struct{ Name string }
			Error  string
		}
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if rec.Source.Name != walked[i].Name {
			t.Fatalf("line %d is %s, want %s: out of order", i+1, rec.Source.Name, walked[i].Name)
		}
		expect := want[rec.Source.Name]
		switch {
		case expect == "" && rec.Error != "":
			t.Errorf("%s: unexpected error %q", rec.Source.Name, rec.Error)
		case expect != "" && !strings.Contains(rec.Error, expect):
			t.Errorf("%s: error %q, want one saying %q", rec.Source.Name, rec.Error, expect)
		}
	}

	// Killed part-way: cancel after 700 inputs, then tear the last line as
	// a crash mid-write would.
	restoreVanished(t, want)
	resumed := filepath.Join(outDir, "resumed.jsonl")
	if err := soakRun(t, dir, resumed, 700, false); err == nil || !strings.Contains(err.Error(), "canceled") {
		t.Fatalf("interrupted run = %v, want context canceled", err)
	}
	partial := resumed + batch.PartialSuffix
	kept := readLines(t, partial)
	if len(kept) < 600 || len(kept) >= 2000 {
		t.Fatalf("interrupted run left %d lines, want about 700", len(kept))
	}
	f, err := os.OpenFile(partial, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(`{"schema_version":"1","source":{"name":"` + walked[len(kept)].Name + `","sha2`)
	f.Close()

	restoreVanished(t, want)
	if err := soakRun(t, dir, resumed, 0, true); err == nil || !strings.Contains(err.Error(), "inputs failed") {
		t.Fatalf("resumed run = %v, want some inputs failed", err)
	}
	if diff := cmp.Diff(lines, readLines(t, resumed)); diff != "" {
		t.Errorf("killed-and-resumed output differs from the uninterrupted one (-want +got):\n%s", diff)
	}
	if _, err := os.Stat(partial); !os.IsNotExist(err) {
		t.Errorf("partial file left after the resumed run finished")
	}
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
