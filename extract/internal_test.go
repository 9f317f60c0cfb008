package extract

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// TestPanicBecomesError injects a panic into each stage: Extract must
// return an error naming the input and wrapping ErrPanic, never panic.
func TestPanicBecomesError(t *testing.T) {
	for _, stage := range []string{"layout", "dehyphen", "recognise", "quotes"} {
		t.Run(stage, func(t *testing.T) {
			ex, err := New(Options{})
			if err != nil {
				t.Fatal(err)
			}
			ex.beforeStage = func(s string) {
				if s == stage {
					var p *Extractor
					_ = p.maxBytes // nil dereference
				}
			}
			rec, err := ex.Extract(context.Background(), Input{Name: "story.txt", Data: []byte("HEADLINE\n\nThe port said so.")})
			if rec != nil || !errors.Is(err, ErrPanic) {
				t.Fatalf("Extract = %v, %v; want nil and ErrPanic", rec, err)
			}
			if !strings.HasPrefix(err.Error(), "story.txt: ") {
				t.Errorf("error %q does not start with the input's name", err)
			}
		})
	}
}

func TestCollapseSpace(t *testing.T) {
	out, pos := collapseSpace([]rune("  a \n b  "))
	if string(out) != "a b" {
		t.Errorf("collapseSpace = %q, want %q", string(out), "a b")
	}
	want := []int{0, 0, 0, 1, 1, 1, 2, 3, 3, 3}
	for i, p := range want {
		if pos[i] != p {
			t.Errorf("pos[%d] = %d, want %d", i, pos[i], p)
		}
	}
}
