package cli

import (
	"fmt"
	"os"

	"github.com/clipper-news/clipper/extract/ingest"
)

// contentHash returns the SHA-256 that a record of the file at path would
// carry in source.sha256 (of the bytes after gzip decompression).
func contentHash(path string, maxBytes int64) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	sum, err := ingest.Hash(path, f, ingest.Options{MaxBytes: maxBytes})
	if err != nil {
		return "", fmt.Errorf("hashing %s: %w", path, err)
	}
	return sum, nil
}
