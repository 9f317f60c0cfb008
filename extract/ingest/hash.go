package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
)

// Hash returns the hex SHA-256 that [Read] would put in Document.SHA256 for
// the same input (of the bytes after gzip decompression), without decoding
// the text. It reads at most the size limit plus one byte and refuses larger
// inputs as Read does. It lets a resumed batch tell whether an input changed.
func Hash(name string, r io.Reader, opts Options) (string, error) {
	max := opts.limit()
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return "", fmt.Errorf("read %s: %w", name, err)
	}
	if int64(len(data)) > max {
		return "", fmt.Errorf("%s: %w: more than %d bytes", name, ErrTooLarge, max)
	}
	if isGzip(data) {
		if data, err = gunzip(name, data, max); err != nil {
			return "", err
		}
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:]), nil
}
