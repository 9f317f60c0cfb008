package cli

import (
	"errors"
	"fmt"
)

// FlagError is a usage error: the command prints its usage and exits 2.
type FlagError struct{ err error }

func (e *FlagError) Error() string { return e.err.Error() }

// Unwrap returns the underlying error.
func (e *FlagError) Unwrap() error { return e.err }

// flagErrorf builds a *FlagError.
func flagErrorf(format string, args ...any) error {
	return &FlagError{err: fmt.Errorf(format, args...)}
}

// ErrInputsFailed says that some inputs of a batch got error records; the
// command exits 1 after writing every record.
var ErrInputsFailed = errors.New("some inputs failed")

// Exit codes.
const (
	exitOK        = 0
	exitFailed    = 1 // some inputs failed, or the command failed
	exitUsage     = 2 // bad flags or arguments
	exitInterrupt = 130
	exitTerminate = 143
)
