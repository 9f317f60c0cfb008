package cli

import (
	"fmt"
	"os"
	"path/filepath"
)

// createTemp creates a temporary file in the folder of path, for writing
// path atomically.
func createTemp(path string) (*os.File, error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return nil, fmt.Errorf("writing %s: %w", path, err)
	}
	return f, nil
}
