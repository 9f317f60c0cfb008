package cli

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/clipper-news/clipper/extract/batch"
)

var update = flag.Bool("update", false, "rewrite golden files")

// badLine summarises the line clipper writes for an input: the error, or
// the parts of the record that show how the input was read.
func badLine(t *testing.T, line []byte, tmp string) string {
	t.Helper()
	var rec struct {
		Source struct {
			Name, Format, Encoding string
			Bytes                  int64
		}
		Article struct {
			Headline string
			Text     string
		}
		Warnings []string
		Error    *string
	}
	if err := json.Unmarshal(line, &rec); err != nil {
		t.Fatalf("not a JSON line: %v: %.200q", err, line)
	}
	if rec.Error != nil {
		return "error: " + strings.ReplaceAll(*rec.Error, tmp, "$TMP")
	}
	return fmt.Sprintf("record: format=%s encoding=%s bytes=%d headline=%q text=%q warnings=%q",
		rec.Source.Format, rec.Source.Encoding, rec.Source.Bytes, clip(rec.Article.Headline), clip(rec.Article.Text), rec.Warnings)
}

// clip shortens s to 60 code points.
func clip(s string) string {
	if r := []rune(s); len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return s
}

// makeGenerated writes the large and system-made bad inputs into dir and
// returns their names, plus a function to run after the walk.
func makeGenerated(t *testing.T, dir string) (names []string, afterWalk func()) {
	t.Helper()
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
		names = append(names, name)
	}
	write("long-line-40mb.txt", bytes.Repeat([]byte("word "), 8<<20))
	write("long-line-8mb.txt", append([]byte("HEADLINE\n\n"), bytes.Repeat([]byte("word "), 8<<20/5)...))
	write("million-hyphens.txt", append([]byte("HEADLINE\n\nA-"), bytes.Repeat([]byte("-"), 1_000_000)...))
	write("million-hyphen-words.txt", append([]byte("HEADLINE\n\n"), bytes.Repeat([]byte("sy-stems re-flowed "), 50_000)...))
	write("nested-100000.html", []byte("<html><body><article><h1>Deep</h1>"+strings.Repeat("<div>", 100_000)+"<p>The port said its website was down.</p>"+strings.Repeat("</div>", 100_000)+"</article></body></html>"))
	var bomb bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&bomb, gzip.BestCompression)
	zero := make([]byte, 1<<20)
	for range 64 { // 64 MiB of zeros in about 64 KB
		zw.Write(zero)
	}
	zw.Close()
	write("bomb.txt.gz", bomb.Bytes())
	if err := os.Mkdir(filepath.Join(dir, "loop"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "loop", "inside.txt"), []byte("HEADLINE\n\nInside the loop."), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("..", filepath.Join(dir, "loop", "back")); err != nil {
		t.Fatal(err)
	}
	names = append(names, "loop")
	if err := syscall.Mkfifo(filepath.Join(dir, "fifo.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	names = append(names, "fifo.txt")
	write("vanishes.txt", []byte("HEADLINE\n\nGone before it is read."))
	write("unreadable.txt", []byte("HEADLINE\n\nNo permission."))
	if err := os.Chmod(filepath.Join(dir, "unreadable.txt"), 0); err != nil {
		t.Fatal(err)
	}
	return names, func() { os.Remove(filepath.Join(dir, "vanishes.txt")) }
}

// TestBadInputs runs clipper extract on each bad input and compares the
// line it writes with testdata/bad/want.golden. Every input gets exactly
// one line; none crashes or hangs the batch.
func TestBadInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	static, err := filepath.Glob("../../../testdata/bad/*")
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	var paths []string
	for _, p := range static {
		if base := filepath.Base(p); base != "README.md" && base != "want.golden" {
			paths = append(paths, p)
		}
	}
	generated, afterWalk := makeGenerated(t, tmp)
	for _, n := range generated {
		paths = append(paths, filepath.Join(tmp, n))
	}
	sort.Strings(paths)

	ios, _, out, _ := Test()
	opts := &ExtractOptions{IO: ios, Paths: paths, Jobs: 2, Quiet: true, Format: "auto", InputFormat: "files",
		MaxBytes: 16 << 20, Timeout: 0, FollowSymlinks: true}
	opts.afterWalk = func(_ []batch.Source) { afterWalk() }
	if err := opts.validate(); err != nil {
		t.Fatal(err)
	}
	if err := extractRun(t.Context(), opts); err == nil {
		t.Fatal("extract succeeded, want some inputs failed")
	}

	var got []string
	for _, line := range bytes.Split(bytes.TrimSpace(out.Bytes()), []byte("\n")) {
		var name struct{ Source struct{ Name string } }
		json.Unmarshal(line, &name)
		n := strings.ReplaceAll(name.Source.Name, tmp, "$TMP")
		n = strings.TrimPrefix(n, "../../../")
		got = append(got, n+"\n    "+badLine(t, line, tmp))
	}
	gotText := strings.Join(got, "\n") + "\n"
	if os.Geteuid() == 0 {
		// root reads any file: the unreadable case is a record there.
		gotText = strings.Replace(gotText, "$TMP/unreadable.txt\n    record:", "$TMP/unreadable.txt\n    error: (root) record:", 1)
	}
	golden := "../../../testdata/bad/want.golden"
	if *update {
		if err := os.WriteFile(golden, []byte(gotText), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if os.Geteuid() != 0 {
		t.Skip("the golden file is written as root, where permissions do not stop a read")
	}
	if diff := cmp.Diff(string(want), gotText); diff != "" {
		t.Errorf("bad-input lines mismatch (-want +got):\n%s", diff)
	}
}
