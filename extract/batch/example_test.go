package batch_test

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/clipper-news/clipper/extract/batch"
)

func ExampleRun() {
	words := []string{"alpha", "beta", "gamma"}
	_ = batch.Run(context.Background(), 2, slices.Values(words),
		func(_ context.Context, w string) string { return strings.ToUpper(w) },
		func(w string) error { fmt.Println(w); return nil })
	// Output:
	// ALPHA
	// BETA
	// GAMMA
}
