package batch

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestRunKeepsOrder(t *testing.T) {
	const n = 500
	var inFlight, maxInFlight atomic.Int64
	var got []int
	err := Run(context.Background(), 4, slices.Values(rangeN(n)), func(_ context.Context, i int) int {
		c := inFlight.Add(1)
		for {
			m := maxInFlight.Load()
			if c <= m || maxInFlight.CompareAndSwap(m, c) {
				break
			}
		}
		time.Sleep(time.Duration((i*7919)%5) * 100 * time.Microsecond) // finish out of order
		inFlight.Add(-1)
		return i * 2
	}, func(v int) error {
		got = append(got, v)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := make([]int, n)
	for i := range want {
		want[i] = 2 * i
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("results out of order (-want +got):\n%s", diff)
	}
	if m := maxInFlight.Load(); m > 4 {
		t.Errorf("%d inputs worked on at once, want at most 4", m)
	}
}

func TestRunStopsOnEmitError(t *testing.T) {
	boom := errors.New("disk full")
	var emitted int
	err := Run(context.Background(), 2, slices.Values(rangeN(100)), func(_ context.Context, i int) int { return i },
		func(int) error {
			emitted++
			if emitted == 10 {
				return boom
			}
			return nil
		})
	if !errors.Is(err, boom) {
		t.Fatalf("Run() = %v, want %v", err, boom)
	}
	if emitted != 10 {
		t.Errorf("emitted %d results after the error, want 10 in all", emitted)
	}
}

func TestRunCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var got []int
	err := Run(ctx, 2, slices.Values(rangeN(1000)), func(_ context.Context, i int) int { return i }, func(v int) error {
		got = append(got, v)
		if v == 20 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Run() = %v, want context.Canceled", err)
	}
	for i, v := range got {
		if v != i {
			t.Fatalf("result %d is %d: emitted out of order or with a gap", i, v)
		}
	}
	if len(got) < 21 || len(got) > 21+8 {
		t.Errorf("emitted %d results, want the 21 before cancelling plus those in flight", len(got))
	}
}

func rangeN(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s
}

func TestWalk(t *testing.T) {
	dir := t.TempDir()
	files := []string{"b/2.html", "b/1.txt.gz", "a.txt", "skip.pdf", "c/d/e.htm", "notes.md"}
	for _, f := range files {
		p := filepath.Join(dir, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name   string
		opts   WalkOptions
		want   []string
		reason string
	}{
		{"default", WalkOptions{}, []string{"a.txt", "b/1.txt.gz", "b/2.html", "c/d/e.htm"}, "known endings, lexical order, .gz allowed"},
		{"include", WalkOptions{Include: []string{"*.md"}}, []string{"notes.md"}, "include replaces the default endings"},
		{"exclude", WalkOptions{Exclude: []string{"b", "*.htm"}}, []string{"a.txt"}, "exclude drops folders and files"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, s := range Walk([]string{dir}, tc.opts) {
				if s.Err != nil {
					t.Fatalf("walk error: %v", s.Err)
				}
				rel, _ := filepath.Rel(dir, s.Name)
				got = append(got, filepath.ToSlash(rel))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Walk mismatch (-want +got) (%s):\n%s", tc.reason, diff)
			}
		})
	}
}

func TestWalkReportsProblemsInPlace(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(dir, filepath.Join(dir, "loop")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	got := Walk([]string{filepath.Join(dir, "missing.txt"), dir, "-"}, WalkOptions{FollowSymlinks: true})
	var summary []string
	for _, s := range got {
		rel, _ := filepath.Rel(dir, s.Name)
		if s.Name == "-" {
			rel = "-"
		}
		summary = append(summary, fmt.Sprintf("%s err=%v", filepath.ToSlash(rel), s.Err != nil))
	}
	want := []string{"missing.txt err=true", "a.txt err=false", "loop err=true", "- err=false"}
	if diff := cmp.Diff(want, summary); diff != "" {
		t.Errorf("Walk mismatch (-want +got):\n%s", diff)
	}
	if !errors.Is(got[2].Err, ErrSymlinkLoop) {
		t.Errorf("loop error = %v, want ErrSymlinkLoop", got[2].Err)
	}
}
