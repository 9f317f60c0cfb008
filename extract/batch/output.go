package batch

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
)

// PartialSuffix is appended to an output file's name while it is being
// written. A run that is interrupted leaves PATH.partial behind, holding
// every record finished so far, for ResumeOutput to pick up.
const PartialSuffix = ".partial"

// Output writes JSON Lines to a file so that the file is never seen
// half-written: lines go to PATH.partial, flushed one by one, and Commit
// renames it to PATH. An Output is not safe for concurrent use.
type Output struct {
	path, partial string
	f             *os.File
	w             *bufio.Writer
	done          []Done
	offsets       []int64 // offsets[i] is where line i ends
}

// Done describes one line already in an output file.
type Done struct {
	// Name is the record's source name.
	Name string
	// SHA256 is the record's source hash; empty for an error record.
	SHA256 string
	// Failed is true for an error record.
	Failed bool
}

// CreateOutput starts writing path afresh.
func CreateOutput(path string) (*Output, error) {
	o := &Output{path: path, partial: path + PartialSuffix}
	f, err := os.OpenFile(o.partial, os.O_RDWR|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return nil, fmt.Errorf("writing %s: %w", path, err)
	}
	o.f, o.w = f, bufio.NewWriter(f)
	return o, nil
}

// ResumeOutput continues an output left by an earlier run: PATH.partial if
// an interrupted run left one, else PATH itself (a finished run, to be
// extended). A torn last line, written halfway when the run was killed, is
// cut off. [Output.Done] lists the complete lines; call [Output.Keep]
// before writing.
func ResumeOutput(path string) (*Output, error) {
	o := &Output{path: path, partial: path + PartialSuffix}
	src := o.partial
	if _, err := os.Stat(src); errors.Is(err, os.ErrNotExist) {
		if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
			return CreateOutput(path)
		}
		if err := copyFile(path, o.partial); err != nil {
			return nil, fmt.Errorf("resuming %s: %w", path, err)
		}
	}
	f, err := os.OpenFile(o.partial, os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("resuming %s: %w", path, err)
	}
	if err := o.index(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("resuming %s: %w", path, err)
	}
	o.f = f
	return o, o.Keep(len(o.done))
}

// index reads every complete line of f.
func (o *Output) index(f *os.File) error {
	r := bufio.NewReaderSize(f, 1<<20)
	var off int64
	for {
		line, err := r.ReadBytes('\n')
		if errors.Is(err, io.EOF) {
			return nil // a last line without its newline is torn: dropped
		}
		if err != nil {
			return err
		}
		var rec struct {
			Source struct {
				Name   string `json:"name"`
				SHA256 string `json:"sha256"`
			} `json:"source"`
			Error *string `json:"error"`
		}
		if err := json.Unmarshal(bytes.TrimSpace(line), &rec); err != nil {
			return nil // garbage from a crash: everything from here is redone
		}
		off += int64(len(line))
		o.done = append(o.done, Done{Name: rec.Source.Name, SHA256: rec.Source.SHA256, Failed: rec.Error != nil})
		o.offsets = append(o.offsets, off)
	}
}

// Done lists the complete lines found by ResumeOutput, in order.
func (o *Output) Done() []Done { return o.done }

// Keep keeps the first n complete lines and drops the rest; writing goes on
// after them.
func (o *Output) Keep(n int) error {
	if n < 0 || n > len(o.done) {
		return fmt.Errorf("batch: keep %d of %d lines", n, len(o.done))
	}
	var end int64
	if n > 0 {
		end = o.offsets[n-1]
	}
	if err := o.f.Truncate(end); err != nil {
		return fmt.Errorf("resuming %s: %w", o.path, err)
	}
	if _, err := o.f.Seek(end, io.SeekStart); err != nil {
		return fmt.Errorf("resuming %s: %w", o.path, err)
	}
	o.done, o.offsets = o.done[:n], o.offsets[:n]
	o.w = bufio.NewWriter(o.f)
	return nil
}

// Write writes one line (a newline is added when missing) and flushes it,
// so that a killed run loses at most the line being written.
func (o *Output) Write(line []byte) error {
	if _, err := o.w.Write(line); err != nil {
		return fmt.Errorf("writing %s: %w", o.path, err)
	}
	if len(line) == 0 || line[len(line)-1] != '\n' {
		if err := o.w.WriteByte('\n'); err != nil {
			return fmt.Errorf("writing %s: %w", o.path, err)
		}
	}
	if err := o.w.Flush(); err != nil {
		return fmt.Errorf("writing %s: %w", o.path, err)
	}
	return nil
}

// Commit finishes the file: PATH.partial is synced and renamed to PATH.
func (o *Output) Commit() error {
	if err := o.close(); err != nil {
		return err
	}
	if err := os.Rename(o.partial, o.path); err != nil {
		return fmt.Errorf("writing %s: %w", o.path, err)
	}
	return nil
}

// Suspend closes the file and leaves PATH.partial for a later ResumeOutput,
// as an interrupted run does. It returns the partial file's name.
func (o *Output) Suspend() (string, error) {
	return o.partial, o.close()
}

func (o *Output) close() error {
	err := o.w.Flush()
	if err == nil {
		err = o.f.Sync()
	}
	if cerr := o.f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("writing %s: %w", o.path, err)
	}
	return nil
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
