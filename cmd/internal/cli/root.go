package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"sync/atomic"
	"syscall"

	"github.com/spf13/cobra"
)

// Main runs clipper with the process's arguments and streams and returns the
// exit code: 0 all well, 1 some inputs failed, 2 usage error, 130/143 when
// interrupted by SIGINT/SIGTERM (after writing every finished record).
func Main() int {
	ios := System()
	var got atomic.Value // the first signal received
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		s := <-sigs
		got.Store(s)
		cancel()
		s = <-sigs // a second signal: leave at once
		os.Exit(signalExit(s))
	}()

	root := NewCmdRoot(ios)
	root.SetArgs(os.Args[1:])
	err := root.ExecuteContext(ctx)
	if s, ok := got.Load().(os.Signal); ok && ctx.Err() != nil {
		return signalExit(s)
	}
	return exitCode(err, ios)
}

func signalExit(s os.Signal) int {
	if s == syscall.SIGTERM {
		return exitTerminate
	}
	return exitInterrupt
}

// exitCode maps an error to an exit code and prints it, once, at the edge.
func exitCode(err error, ios *IOStreams) int {
	var flagErr *FlagError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, ErrInputsFailed):
		return exitFailed
	case errors.Is(err, context.Canceled):
		return exitInterrupt
	case errors.As(err, &flagErr) || isCobraUsage(err):
		fmt.Fprintf(ios.ErrOut, "clipper: %v\nRun 'clipper --help' for usage.\n", err)
		return exitUsage
	default:
		fmt.Fprintf(ios.ErrOut, "clipper: %v\n", err)
		return exitFailed
	}
}

// NewCmdRoot builds the clipper command tree on the given streams.
func NewCmdRoot(ios *IOStreams) *cobra.Command {
	root := &cobra.Command{
		Use:   "clipper",
		Short: "Turn news articles into structured JSON incident records",
		Long: `clipper reads news articles (plain text from PDF journals, or HTML pages)
and writes one JSON record per article: the story's metadata and cleaned
text, its organisations, people, places, dates and quotes, and an incident
record for each victim of a cyberattack, with the systems that went down,
stayed up or came back. Every field points back to the words it came from.`,
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.SetIn(ios.In)
	root.SetOut(ios.Out)
	root.SetErr(ios.ErrOut)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &FlagError{err: err} })
	root.AddCommand(
		NewCmdExtract(ios, nil),
		NewCmdDehyphen(ios, nil),
		NewCmdSchema(ios),
		NewCmdEval(ios, nil),
		NewCmdVersion(ios),
	)
	return root
}

// isCobraUsage reports errors cobra returns for unknown commands and bad
// argument counts, which are usage errors too.
func isCobraUsage(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "accepts ", "requires ", "invalid argument"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}
