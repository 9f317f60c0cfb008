package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/clipper-news/clipper/dehyphen"
)

// DehyphenOptions holds the flags and streams of "clipper dehyphen".
type DehyphenOptions struct {
	IO *IOStreams

	Path   string
	Report bool
}

// NewCmdDehyphen builds "clipper dehyphen". runF, when not nil, replaces
// the run function (for testing flag parsing).
func NewCmdDehyphen(ios *IOStreams, runF func(context.Context, *DehyphenOptions) error) *cobra.Command {
	opts := &DehyphenOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "dehyphen [PATH|-]",
		Short: "Repair hyphenation artifacts in text (a filter)",
		Long: `Dehyphen repairs words broken by a typesetter ("sy-stems", "manage-
ment", "infor\u00admation") and keeps genuine hyphens ("web-based", "e-mail",
"COVID-19"). It reads PATH or standard input and writes the repaired text
to standard output; everything that is not repaired comes through byte for
byte. With --report, each repair is written to standard error as a line of
JSON.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Path = "-"
			if len(args) == 1 {
				opts.Path = args[0]
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return dehyphenRun(opts)
		},
	}
	cmd.Flags().BoolVar(&opts.Report, "report", false, "write each repair to standard error as JSON Lines")
	return cmd
}

func dehyphenRun(opts *DehyphenOptions) error {
	r, err := dehyphen.New()
	if err != nil {
		return err
	}
	in := opts.IO.In
	if opts.Path != "-" {
		f, err := os.Open(opts.Path)
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	out := bufio.NewWriter(opts.IO.Out)
	var report func(dehyphen.Repair)
	var reportErr error
	if opts.Report {
		enc := json.NewEncoder(opts.IO.ErrOut)
		enc.SetEscapeHTML(false)
		report = func(rp dehyphen.Repair) {
			if reportErr == nil {
				reportErr = enc.Encode(rp)
			}
		}
	}
	if err := r.RepairStream(in, out, report); err != nil {
		return fmt.Errorf("dehyphen %s: %w", opts.Path, err)
	}
	if err := out.Flush(); err != nil {
		return err
	}
	return reportErr
}
