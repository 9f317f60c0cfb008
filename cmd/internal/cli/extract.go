package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/sync/semaphore"

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
	Resume         bool
	Shard          string
	MaxMemory      int64

	shard batch.Shard
	// memory admits inputs by their estimated peak memory (see memoryWeight).
	memory *semaphore.Weighted

	reference time.Time
	// newExtractor builds the extractor; tests replace it to inject faults.
	newExtractor func(extract.Options) (extractor, error)
	// afterWalk, when set, runs after the folders are listed; tests use it
	// to remove files between the walk and the run.
	afterWalk func([]batch.Source)
}

// extractor is what the command needs of *extract.Extractor.
type extractor interface {
	Extract(context.Context, extract.Input) (*model.Record, error)
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
	f.Int64Var(&opts.MaxMemory, "max-memory", 2<<30, "memory budget in bytes: inputs run at once only while their estimated needs fit (0: no budget)")
	f.DurationVar(&opts.Timeout, "timeout", 30*time.Second, "time limit for one input (0: none)")
	f.BoolVar(&opts.FollowSymlinks, "follow-symlinks", false, "follow symbolic links found inside folders")
	f.StringVar(&opts.Shard, "shard", "", "process only shard `K/N` of the inputs (a stable split by relative path, for running on N machines)")
	f.BoolVar(&opts.Resume, "resume", false, "with -o: keep the records an interrupted run already wrote (same path and content) and do the rest")
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
	if o.Shard != "" {
		if o.InputFormat == "jsonl" {
			return flagErrorf("--shard splits files and folders; with --input-format jsonl split the input lines instead")
		}
		sh, err := batch.ParseShard(o.Shard)
		if err != nil {
			return flagErrorf("invalid --shard %q: want K/N with 1 <= K <= N", o.Shard)
		}
		o.shard = sh
	}
	if o.Resume && (o.Output == "" || o.Output == "-") {
		return flagErrorf("--resume needs -o FILE")
	}
	if o.Jobs < 1 {
		return flagErrorf("invalid --jobs %d: want at least 1", o.Jobs)
	}
	if o.MaxBytes < 1 {
		return flagErrorf("invalid --max-bytes %d: want at least 1", o.MaxBytes)
	}
	if o.MaxMemory < 0 {
		return flagErrorf("invalid --max-memory %d", o.MaxMemory)
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
	newEx := opts.newExtractor
	if newEx == nil {
		newEx = func(o extract.Options) (extractor, error) { return extract.New(o) }
	}
	ex, err := newEx(extract.Options{MaxBytes: opts.MaxBytes})
	if err != nil {
		return err
	}
	if opts.MaxMemory > 0 {
		opts.memory = semaphore.NewWeighted(opts.MaxMemory)
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(opts.MaxMemory))
	}

	var sources []batch.Source
	single := false
	if opts.InputFormat != "jsonl" {
		paths := opts.Paths
		if len(paths) == 0 {
			paths = []string{"-"}
		}
		sources = batch.Walk(paths, batch.WalkOptions{Include: opts.Include, Exclude: opts.Exclude, FollowSymlinks: opts.FollowSymlinks})
		single = len(paths) == 1 && len(sources) == 1 && sources[0].Name == paths[0] && opts.Shard == ""
		sources = opts.shard.Select(sources)
		if opts.afterWalk != nil {
			opts.afterWalk(sources)
		}
	}

	var out *batch.Output
	w := bufio.NewWriter(opts.IO.Out)
	emitLine := func(line []byte) error { _, err := w.Write(line); return err }
	skip := 0
	if opts.Output != "" && opts.Output != "-" {
		if opts.Resume {
			out, err = batch.ResumeOutput(opts.Output)
			if err == nil {
				skip, err = resumePoint(out, sources, opts.MaxBytes)
			}
		} else {
			out, err = batch.CreateOutput(opts.Output)
		}
		if err != nil {
			return err
		}
		emitLine = out.Write
	}

	var jobs iter.Seq[job]
	total := len(sources)
	if opts.InputFormat == "jsonl" {
		jobs, total = jsonlJobs(opts.IO.In, opts.MaxBytes, opts.Format, opts.reference), -1
	} else {
		jobs = func(yield func(job) bool) {
			for _, s := range sources[skip:] {
				if !yield(job{name: s.Name, err: s.Err, format: opts.Format, date: opts.reference, stdin: s.Name == "-"}) {
					return
				}
			}
		}
	}

	bar := newProgress(opts, total)
	if bar != nil && skip > 0 {
		_ = bar.Add(skip)
	}
	indent := opts.Pretty || (single && out == nil && opts.IO.IsStdoutTTY())

	failed := 0
	work := func(ctx context.Context, j job) result {
		var v any
		rec, err := runJob(ctx, ex, opts, j)
		switch {
		case err != nil && ctx.Err() != nil && errors.Is(err, ctx.Err()):
			return result{cancelled: true} // not the input's fault: not written, redone on --resume
		case err != nil:
			v = &model.Failure{SchemaVersion: model.SchemaVersion, Source: model.Source{Name: j.name}, Error: err.Error()}
		default:
			v = rec
		}
		line, err := encodeLine(v, indent)
		if err != nil {
			v = &model.Failure{SchemaVersion: model.SchemaVersion, Source: model.Source{Name: j.name},
				Error: fmt.Sprintf("%s: encoding the record: %v", j.name, err)}
			line, _ = encodeLine(v, indent)
		}
		r := result{line: line}
		if f, ok := v.(*model.Failure); ok {
			r.failure = f.Error
		}
		return r
	}
	runErr := batch.Run(ctx, opts.Jobs, jobs, work, func(r result) error {
		if r.cancelled {
			return context.Canceled
		}
		if r.failure != "" {
			failed++
			if !opts.Quiet && bar == nil {
				fmt.Fprintf(opts.IO.ErrOut, "clipper: %s\n", r.failure)
			}
		}
		if bar != nil {
			_ = bar.Add(1)
		}
		return emitLine(r.line)
	})
	if bar != nil {
		_ = bar.Finish()
		fmt.Fprintln(opts.IO.ErrOut)
	}
	if ferr := w.Flush(); ferr != nil && runErr == nil {
		runErr = ferr
	}
	if out != nil {
		if runErr != nil {
			partial, serr := out.Suspend()
			if serr == nil && errors.Is(runErr, context.Canceled) {
				fmt.Fprintf(opts.IO.ErrOut, "clipper: interrupted; the records finished so far are in %s: run again with --resume to finish\n", partial)
			}
		} else if err := out.Commit(); err != nil {
			return err
		}
	}
	if runErr != nil {
		return runErr
	}
	if failed > 0 {
		return fmt.Errorf("%d of the inputs failed: %w", failed, ErrInputsFailed)
	}
	return nil
}

// result is one input's encoded line.
type result struct {
	line      []byte
	failure   string // the error, when line is an error record
	cancelled bool   // the run was cancelled before the input finished
}

// encodeLine encodes one record or failure as a line of JSON.
func encodeLine(v any, indent bool) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// resumePoint returns how many of the sources an earlier run already
// finished: the leading lines of the output whose source names match the
// sources in order and whose content hashes match the files now. The output
// keeps those lines and drops the rest.
func resumePoint(out *batch.Output, sources []batch.Source, maxBytes int64) (int, error) {
	n := 0
	for i, d := range out.Done() {
		if i >= len(sources) || sources[i].Name != d.Name || sources[i].Name == "-" {
			break
		}
		if !d.Failed {
			sum, err := contentHash(sources[i].Name, maxBytes)
			if err != nil || sum != d.SHA256 {
				break
			}
		}
		n++
	}
	return n, out.Keep(n)
}

// runJob reads and extracts one input, within the per-input time limit.
// A panic, wherever it happens, becomes the input's error.
func runJob(ctx context.Context, ex extractor, opts *ExtractOptions, j job) (rec *model.Record, err error) {
	defer func() {
		if p := recover(); p != nil {
			rec, err = nil, fmt.Errorf("%s: %w: %v", j.name, extract.ErrPanic, p)
		}
	}()
	if j.err != nil {
		return nil, j.err
	}
	in := extract.Input{Name: j.name, Data: j.data, Format: j.format, Reference: j.date}
	size := int64(len(j.data))
	if j.data == nil {
		if j.stdin {
			in.Reader, size = opts.IO.In, opts.MaxBytes
		} else {
			f, err := openRegular(j.name)
			if err != nil {
				return nil, err
			}
			defer f.Close()
			in.Reader = f
			if info, err := f.Stat(); err == nil {
				size = info.Size()
				if strings.HasSuffix(j.name, ".gz") {
					size = min(size*10, opts.MaxBytes) // decompressed size unknown until read
				}
			}
		}
	}
	weight := memoryWeight(size, opts.MaxMemory)
	if opts.memory != nil {
		if err := opts.memory.Acquire(ctx, weight); err != nil {
			return nil, fmt.Errorf("%s: %w", j.name, err)
		}
	}
	release := func() {
		if opts.memory != nil {
			opts.memory.Release(weight)
		}
	}
	if opts.Timeout <= 0 {
		defer release()
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
		// A timed-out extraction keeps its share of the memory budget
		// until it has really stopped.
		defer release()
		defer func() {
			if p := recover(); p != nil {
				done <- result{nil, fmt.Errorf("%s: %w: %v", j.name, extract.ErrPanic, p)}
			}
		}()
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

// Memory use of one extraction, measured on plain text: a 15.6 MB article
// peaks at about 1 GB of resident memory, some 65 bytes per input byte.
const (
	memoryPerInputByte = 70
	memoryBase         = 4 << 20
)

// memoryWeight estimates the peak memory of extracting an input of size
// bytes, capped at the whole budget so that any input can run alone.
func memoryWeight(size, budget int64) int64 {
	w := memoryBase + size*memoryPerInputByte
	if budget > 0 && w > budget {
		w = budget
	}
	return w
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

// ErrNotRegular is reported for a path that is a FIFO, socket or device:
// reading one could block forever.
var ErrNotRegular = errors.New("not a regular file")

// openRegular opens path for reading if it is a regular file (following
// symbolic links), without ever blocking on a FIFO.
func openRegular(path string) (*os.File, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: %w (%s)", path, ErrNotRegular, info.Mode().Type())
	}
	return os.Open(path)
}
