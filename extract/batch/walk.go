package batch

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// DefaultExtensions are the file endings a folder walk picks up, each also
// with ".gz" after it.
var DefaultExtensions = []string{".txt", ".text", ".htm", ".html", ".xhtml"}

// ErrSymlinkLoop is reported for a folder reached again through a symbolic link.
var ErrSymlinkLoop = errors.New("batch: symbolic link loop")

// Source is one input of a batch: a file to read, or standard input.
type Source struct {
	// Name is the path as it will appear in the record ("-" for standard input).
	Name string
	// Rel is the path relative to the folder given to Walk ("a/b.txt" for
	// "archive/a/b.txt" found under "archive"), or the base name of a file
	// given directly. Shards are computed on it, so they do not depend on
	// where the archive is mounted.
	Rel string
	// Err is set when the input could not even be listed (an unreadable
	// folder, a symbolic link loop); the input is reported as failed.
	Err error
}

// WalkOptions select the files a walk yields.
type WalkOptions struct {
	// Include, when not empty, keeps only files whose base name matches one
	// of these globs (path.Match syntax). It replaces the default extensions.
	Include []string
	// Exclude drops files and folders whose base name matches one of these globs.
	Exclude []string
	// FollowSymlinks follows symbolic links to files and folders found
	// inside a walked folder. Links named on the command line are always followed.
	FollowSymlinks bool
}

// Walk expands the given paths into sources, in order: "-" is standard
// input, a file is itself (whatever its ending), and a folder is every file
// below it with a known ending, in lexical order. Problems found while
// walking (a missing path, an unreadable folder, a loop) become sources with
// Err set, in their place, so that they are reported and the rest goes on.
func Walk(paths []string, opts WalkOptions) []Source {
	var out []Source
	for _, p := range paths {
		if p == "-" {
			out = append(out, Source{Name: "-", Rel: "-"})
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			out = append(out, Source{Name: p, Rel: filepath.Base(p), Err: err})
			continue
		}
		if !info.IsDir() {
			out = append(out, Source{Name: p, Rel: filepath.Base(p)})
			continue
		}
		start := len(out)
		out = walkDir(out, p, opts, map[string]bool{})
		for i := start; i < len(out); i++ {
			if rel, err := filepath.Rel(p, out[i].Name); err == nil {
				out[i].Rel = filepath.ToSlash(rel)
			} else {
				out[i].Rel = out[i].Name
			}
		}
	}
	return out
}

func walkDir(out []Source, root string, opts WalkOptions, seen map[string]bool) []Source {
	if real, err := filepath.EvalSymlinks(root); err == nil {
		if abs, err := filepath.Abs(real); err == nil {
			if seen[abs] {
				return append(out, Source{Name: root, Err: fmt.Errorf("%s: %w", root, ErrSymlinkLoop)})
			}
			seen[abs] = true
			defer delete(seen, abs)
		}
	}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			out = append(out, Source{Name: path, Err: err})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if path != root && matchAny(opts.Exclude, d.Name()) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			if !opts.FollowSymlinks {
				return nil
			}
			info, err := os.Stat(path)
			if err != nil {
				out = append(out, Source{Name: path, Err: err})
				return nil
			}
			if info.IsDir() {
				out = walkDir(out, path, opts, seen)
				return nil
			}
		} else if !d.Type().IsRegular() {
			return nil // FIFOs, sockets, devices
		}
		if wanted(d.Name(), opts) {
			out = append(out, Source{Name: path})
		}
		return nil
	})
	if err != nil {
		out = append(out, Source{Name: root, Err: err})
	}
	return out
}

func wanted(name string, opts WalkOptions) bool {
	if len(opts.Include) > 0 {
		return matchAny(opts.Include, name)
	}
	lower := strings.ToLower(strings.TrimSuffix(strings.ToLower(name), ".gz"))
	for _, ext := range DefaultExtensions {
		if strings.HasSuffix(lower, ext) {
			return true
		}
	}
	return false
}

func matchAny(globs []string, name string) bool {
	for _, g := range globs {
		if ok, _ := filepath.Match(g, name); ok {
			return true
		}
	}
	return false
}
