package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/spf13/cobra"

	"github.com/clipper-news/clipper/extract"
	"github.com/clipper-news/clipper/extract/eval"
	"github.com/clipper-news/clipper/model"
)

// EvalOptions holds the flags and streams of "clipper eval".
type EvalOptions struct {
	IO *IOStreams

	Gold    string
	Records []string
	Extract bool
	JSON    bool
	Details bool
}

// NewCmdEval builds "clipper eval". runF, when not nil, replaces the run
// function (for testing flag parsing).
func NewCmdEval(ios *IOStreams, runF func(context.Context, *EvalOptions) error) *cobra.Command {
	opts := &EvalOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "eval --gold DIR [RECORDS...]",
		Short: "Grade records against annotated articles (precision, recall, F1 per field)",
		Long: `Eval grades clipper records against gold annotations: DIR holds NAME.gold.json
files (the format is in testdata/gold/FORMAT.md). RECORDS are files of
records (one JSON object, an array, or JSON Lines; "-" or none for standard
input); a record is matched to NAME.gold.json by its source name without
extension. With --extract, eval runs the extractor itself on the articles
beside the gold files (NAME.txt or NAME.html), each with its annotated
reference date.

It prints precision, recall and F1 for organisations, people, places, dates,
quotes, quote speakers, incidents, systems, systems+status, attackers and
responders; accuracy for headline, published, publication, incident type,
incident date and data breach; and the mean F1 over the main fields.`,
		Example: `  clipper eval --gold testdata/gold --extract
  clipper extract testdata/gold | clipper eval --gold testdata/gold`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Records = args
			if opts.Gold == "" {
				return flagErrorf("--gold DIR is required")
			}
			if opts.Extract && len(args) > 0 {
				return flagErrorf("--extract grades the articles beside the gold files; give no RECORDS")
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return evalRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringVar(&opts.Gold, "gold", "", "folder of NAME.gold.json annotations")
	cmd.Flags().BoolVar(&opts.Extract, "extract", false, "extract the articles beside the gold files instead of reading records")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print the scores as JSON")
	cmd.Flags().BoolVar(&opts.Details, "details", false, "also print each article's scores")
	return cmd
}

func evalRun(ctx context.Context, opts *EvalOptions) error {
	gold, err := eval.LoadGoldDir(opts.Gold)
	if err != nil {
		return err
	}
	var recs []*model.Record
	if opts.Extract {
		recs, err = extractGold(ctx, opts.Gold, gold)
	} else {
		recs, err = readRecordFiles(opts)
	}
	if err != nil {
		return err
	}
	pred, err := eval.Index(recs)
	if err != nil {
		return err
	}
	scores := eval.Grade(gold, pred)
	if opts.JSON {
		enc := json.NewEncoder(opts.IO.Out)
		enc.SetIndent("", "  ")
		return enc.Encode(scores)
	}
	if opts.Details {
		if err := scores.WriteDetails(opts.IO.Out); err != nil {
			return err
		}
	}
	return scores.WriteText(opts.IO.Out)
}

func readRecordFiles(opts *EvalOptions) ([]*model.Record, error) {
	paths := opts.Records
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	var all []*model.Record
	for _, p := range paths {
		in := opts.IO.In
		if p != "-" {
			f, err := os.Open(p)
			if err != nil {
				return nil, err
			}
			defer f.Close()
			in = f
		}
		recs, err := eval.ReadRecords(in)
		if err != nil {
			return nil, fmt.Errorf("reading records from %s: %w", p, err)
		}
		all = append(all, recs...)
	}
	return all, nil
}

// extractGold runs the extractor on NAME.txt or NAME.html beside each gold file.
func extractGold(ctx context.Context, dir string, gold map[string]*eval.Gold) ([]*model.Record, error) {
	ex, err := extract.New(extract.Options{})
	if err != nil {
		return nil, err
	}
	names := make([]string, 0, len(gold))
	for name := range gold {
		names = append(names, name)
	}
	sort.Strings(names)
	var recs []*model.Record
	for _, name := range names {
		var path string
		for _, ext := range []string{".txt", ".html", ".htm", ".text", ".xhtml"} {
			if _, err := os.Stat(filepath.Join(dir, name+ext)); err == nil {
				path = filepath.Join(dir, name+ext)
				break
			}
		}
		if path == "" {
			return nil, fmt.Errorf("%s: no article beside %s.gold.json", dir, name)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		in := extract.Input{Name: path, Data: data}
		if ref := gold[name].ReferenceDate; ref != "" {
			if in.Reference, err = time.Parse(time.DateOnly, ref); err != nil {
				return nil, fmt.Errorf("%s.gold.json: reference_date %q: %w", name, ref, err)
			}
		}
		rec, err := ex.Extract(ctx, in)
		if err != nil {
			return nil, err
		}
		recs = append(recs, rec)
	}
	return recs, nil
}
