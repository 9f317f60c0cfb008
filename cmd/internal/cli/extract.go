package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"runtime"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/clipper-news/clipper/extract"
	"github.com/clipper-news/clipper/extract/batch"
	"github.com/clipper-news/clipper/model"
)

// ExtractOptions holds the flags and streams of "clipper extract".
type ExtractOptions struct {
	IO *IOStreams

	Paths          []string
	Jobs           int
	Output         string
	Pretty         bool
	Quiet          bool
	Date           string
	Format         string
	InputFormat    string
	Include        []string
	Exclude        []string
	MaxBytes       int64
	Timeout        time.Duration
	FollowSymlinks bool

	reference time.Time
}

// NewCmdExtract builds "clipper extract". runF, when not nil, replaces the
// run function (for testing flag parsing).
func NewCmdExtract(ios *IOStreams, runF func(context.Context, *ExtractOptions) error) *cobra.Command {
	opts := &ExtractOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "extract [PATH|-]...",
		Short: "Extract incident records from articles (text or HTML) as JSON",
		Long: `Extract reads articles and writes one JSON record per article.

With no path, or "-", it reads standard input. Folders are walked
recursively for .txt, .text, .htm, .html and .xhtml files (each optionally
.gz). One input gives one JSON object; several give JSON Lines in input
order, whatever --jobs is. An input that cannot be processed gets a record
{"source": {...}, "error": "..."} in its place, the batch goes on, and the
exit code is 1.`,
		Example: `  clipper extract testdata/gold/imo-cma-cgm-2020.txt
  clipper extract --date 2020-10-02 article.txt
  clipper extract -j 8 -o records.jsonl archive/
  cat lines.jsonl | clipper extract --input-format jsonl`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if err := opts.validate(); err != nil {
				return err
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return extractRun(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.IntVarP(&opts.Jobs, "jobs", "j", runtime.NumCPU(), "number of articles processed at once")
	f.StringVarP(&opts.Output, "output", "o", "", "write to `FILE` (atomically) instead of standard output")
	f.BoolVar(&opts.Pretty, "pretty", false, "indent JSON (the default for one record on a terminal)")
	f.BoolVarP(&opts.Quiet, "quiet", "q", false, "no progress bar")
	f.StringVar(&opts.Date, "date", "", "reference day `YYYY-MM-DD` for articles that print no full date of their own")
	f.StringVar(&opts.Format, "format", extract.FormatAuto, "input format: auto, text or html")
	f.StringVar(&opts.InputFormat, "input-format", "files", "files, or jsonl: read lines {\"id\", \"text\"|\"html\", \"date\"} from standard input")
	f.StringSliceVar(&opts.Include, "include", nil, "in folders, read only files whose name matches `GLOB` (replaces the default endings)")
	f.StringSliceVar(&opts.Exclude, "exclude", nil, "in folders, skip files and folders whose name matches `GLOB`")
	f.Int64Var(&opts.MaxBytes, "max-bytes", extract.DefaultMaxBytes, "largest input accepted, after decompression")
	f.DurationVar(&opts.Timeout, "timeout", 30*time.Second, "time limit for one input (0: none)")
	f.BoolVar(&opts.FollowSymlinks, "follow-symlinks", false, "follow symbolic links found inside folders")
	_ = cmd.RegisterFlagCompletionFunc("format", fixedCompletion(extract.FormatAuto, extract.FormatText, extract.FormatHTML))
	_ = cmd.RegisterFlagCompletionFunc("input-format", fixedCompletion("files", "jsonl"))
	return cmd
}

func fixedCompletion(values ...string) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return values, cobra.ShellCompDirectiveNoFileComp
	}
}

func (o *ExtractOptions) validate() error {
	switch o.Format {
	case extract.FormatAuto, extract.FormatText, extract.FormatHTML:
	default:
		return flagErrorf("invalid --format %q: want auto, text or html", o.Format)
	}
	switch o.InputFormat {
	case "files":
	case "jsonl":
		if len(o.Paths) > 0 {
			return flagErrorf("--input-format jsonl reads standard input only; got paths %q", o.Paths)
		}
	default:
		return flagErrorf("invalid --input-format %q: want files or jsonl", o.InputFormat)
	}
	if o.Jobs < 1 {
		return flagErrorf("invalid --jobs %d: want at least 1", o.Jobs)
	}
	if o.MaxBytes < 1 {
		return flagErrorf("invalid --max-bytes %d: want at least 1", o.MaxBytes)
	}
	if o.Timeout < 0 {
		return flagErrorf("invalid --timeout %v", o.Timeout)
	}
	if o.Date != "" {
		t, err := time.Parse(time.DateOnly, o.Date)
		if err != nil {
			return flagErrorf("invalid --date %q: want YYYY-MM-DD", o.Date)
		}
		o.reference = t
	}
	return nil
}

// job is one input of a run: a file, standard input, or a JSON Lines item.
type job struct {
	name   string
	err    error // the input failed before it was read
	data   []byte
	format string
	date   time.Time
	stdin  bool
}

func extractRun(ctx context.Context, opts *ExtractOptions) (err error) {
	ex, err := extract.New(extract.Options{MaxBytes: opts.MaxBytes})
	if err != nil {
		return err
	}

	var jobs iter.Seq[job]
	total := -1
	single := false
	if opts.InputFormat == "jsonl" {
		jobs = jsonlJobs(opts.IO.In, opts.MaxBytes, opts.Format, opts.reference)
	} else {
		paths := opts.Paths
		if len(paths) == 0 {
			paths = []string{"-"}
		}
		sources := batch.Walk(paths, batch.WalkOptions{Include: opts.Include, Exclude: opts.Exclude, FollowSymlinks: opts.FollowSymlinks})
		single = len(paths) == 1 && len(sources) == 1 && sources[0].Name == paths[0]
		total = len(sources)
		jobs = func(yield func(job) bool) {
			for _, s := range sources {
				if !yield(job{name: s.Name, err: s.Err, format: opts.Format, date: opts.reference, stdin: s.Name == "-"}) {
					return
				}
			}
		}
	}

	out, commit, err := openOutput(opts)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := commit(); cerr != nil && err == nil {
			err = cerr
		}
	}()

	bar := newProgress(opts, total)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	if single && (opts.Pretty || (opts.Output == "" && opts.IO.IsStdoutTTY())) {
		enc.SetIndent("", "  ")
	} else if opts.Pretty {
		enc.SetIndent("", "  ")
	}

	failed := 0
	work := func(ctx context.Context, j job) any {
		rec, err := runJob(ctx, ex, opts, j)
		if err != nil {
			return &model.Failure{SchemaVersion: model.SchemaVersion, Source: model.Source{Name: j.name}, Error: err.Error()}
		}
		return rec
	}
	runErr := batch.Run(ctx, opts.Jobs, jobs, work, func(v any) error {
		if f, ok := v.(*model.Failure); ok {
			failed++
			if !opts.Quiet && bar == nil {
				fmt.Fprintf(opts.IO.ErrOut, "clipper: %s\n", f.Error)
			}
		}
		if bar != nil {
			_ = bar.Add(1)
		}
		return enc.Encode(v)
	})
	if bar != nil {
		_ = bar.Finish()
		fmt.Fprintln(opts.IO.ErrOut)
	}
	if runErr != nil {
		return runErr
	}
	if failed > 0 {
		return fmt.Errorf("%d of the inputs failed: %w", failed, ErrInputsFailed)
	}
	return nil
}

// runJob reads and extracts one input, within the per-input time limit.
func runJob(ctx context.Context, ex *extract.Extractor, opts *ExtractOptions, j job) (*model.Record, error) {
	if j.err != nil {
		return nil, j.err
	}
	in := extract.Input{Name: j.name, Data: j.data, Format: j.format, Reference: j.date}
	if j.data == nil {
		if j.stdin {
			in.Reader = opts.IO.In
		} else {
			f, err := os.Open(j.name)
			if err != nil {
				return nil, err
			}
			defer f.Close()
			in.Reader = f
		}
	}
	if opts.Timeout <= 0 {
		return ex.Extract(ctx, in)
	}
	ctx, cancel := context.WithTimeout(ctx, opts.Timeout)
	defer cancel()
	type result struct {
		rec *model.Record
		err error
	}
	done := make(chan result, 1)
	go func() {
		rec, err := ex.Extract(ctx, in)
		done <- result{rec, err}
	}()
	select {
	case r := <-done:
		if errors.Is(r.err, context.DeadlineExceeded) {
			return nil, fmt.Errorf("%s: timed out after %v", j.name, opts.Timeout)
		}
		return r.rec, r.err
	case <-ctx.Done():
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, fmt.Errorf("%s: timed out after %v", j.name, opts.Timeout)
		}
		return nil, fmt.Errorf("%s: %w", j.name, ctx.Err())
	}
}

// jsonlItem is one line of --input-format jsonl.
type jsonlItem struct {
	ID   string `json:"id"`
	Text string `json:"text"`
	HTML string `json:"html"`
	Date string `json:"date"`
}

// jsonlJobs reads JSON Lines items from r; a line that is not a valid item
// becomes a failed job in its place.
func jsonlJobs(r io.Reader, maxBytes int64, format string, ref time.Time) iter.Seq[job] {
	return func(yield func(job) bool) {
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 64*1024), int(min(maxBytes*2+1024, 1<<30)))
		line := 0
		for sc.Scan() {
			line++
			raw := sc.Bytes()
			if len(raw) == 0 {
				continue
			}
			var it jsonlItem
			j := job{name: fmt.Sprintf("line %d", line), format: format, date: ref}
			if err := json.Unmarshal(raw, &it); err != nil {
				j.err = fmt.Errorf("line %d: not a JSON object: %w", line, err)
			} else {
				if it.ID != "" {
					j.name = it.ID
				}
				switch {
				case it.HTML != "":
					j.data, j.format = []byte(it.HTML), extract.FormatHTML
				case it.Text != "":
					j.data = []byte(it.Text)
					if format == extract.FormatAuto {
						j.format = extract.FormatText
					}
				default:
					j.err = fmt.Errorf("%s: line %d has neither \"text\" nor \"html\"", j.name, line)
				}
				if it.Date != "" {
					d, err := time.Parse(time.DateOnly, it.Date)
					if err != nil {
						j.err = fmt.Errorf("%s: line %d: invalid date %q: want YYYY-MM-DD", j.name, line, it.Date)
					}
					j.date = d
				}
			}
			if !yield(j) {
				return
			}
		}
		if err := sc.Err(); err != nil {
			yield(job{name: fmt.Sprintf("line %d", line+1), err: fmt.Errorf("line %d: %w", line+1, err)})
		}
	}
}

// openOutput returns the writer for records and a function that finishes
// it: for -o FILE, records go to a temporary file beside FILE that commit
// renames over FILE, so FILE is never seen half-written.
func openOutput(opts *ExtractOptions) (io.Writer, func() error, error) {
	if opts.Output == "" || opts.Output == "-" {
		w := bufio.NewWriter(opts.IO.Out)
		return w, w.Flush, nil
	}
	tmp, err := createTemp(opts.Output)
	if err != nil {
		return nil, nil, err
	}
	w := bufio.NewWriter(tmp)
	commit := func() error {
		err := w.Flush()
		if err == nil {
			err = tmp.Sync()
		}
		if cerr := tmp.Close(); err == nil {
			err = cerr
		}
		if err == nil {
			err = os.Rename(tmp.Name(), opts.Output)
		}
		if err != nil {
			os.Remove(tmp.Name())
			return fmt.Errorf("writing %s: %w", opts.Output, err)
		}
		return nil
	}
	return w, commit, nil
}

func newProgress(opts *ExtractOptions, total int) *progressbar.ProgressBar {
	if opts.Quiet || !opts.IO.IsStderrTTY() || total == 1 {
		return nil
	}
	return progressbar.NewOptions(total,
		progressbar.OptionSetWriter(opts.IO.ErrOut),
		progressbar.OptionSetDescription("extract"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("articles"),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
	)
}
