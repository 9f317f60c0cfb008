package eval

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/clipper-news/clipper/model"
)

// ReadRecords reads records written by clipper: a single JSON object, a JSON
// array of objects, or JSON Lines (any sequence of objects). Objects with an
// "error" key are failures ([model.Failure]) and are skipped. The caller
// closes r.
func ReadRecords(r io.Reader) ([]*model.Record, error) {
	br := bufio.NewReader(r)
	dec := json.NewDecoder(br)
	var raws []json.RawMessage
	first, err := firstByte(br)
	switch {
	case errors.Is(err, io.EOF):
		return nil, nil
	case err != nil:
		return nil, fmt.Errorf("eval: read records: %w", err)
	case first == '[':
		if err := dec.Decode(&raws); err != nil {
			return nil, fmt.Errorf("eval: read records: %w", err)
		}
		if _, err := dec.Token(); !errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("eval: read records: data after the JSON array")
		}
	default:
		for {
			var raw json.RawMessage
			if err := dec.Decode(&raw); errors.Is(err, io.EOF) {
				break
			} else if err != nil {
				return nil, fmt.Errorf("eval: read records: record %d: %w", len(raws)+1, err)
			}
			raws = append(raws, raw)
		}
	}
	recs := make([]*model.Record, 0, len(raws))
	for i, raw := range raws {
		var probe struct {
			Error json.RawMessage `json:"error"`
		}
		if err := json.Unmarshal(raw, &probe); err != nil {
			return nil, fmt.Errorf("eval: read records: record %d: %w", i+1, err)
		}
		if probe.Error != nil {
			continue
		}
		var rec model.Record
		if err := json.Unmarshal(raw, &rec); err != nil {
			return nil, fmt.Errorf("eval: read records: record %d: %w", i+1, err)
		}
		recs = append(recs, &rec)
	}
	return recs, nil
}

// firstByte returns the first byte of br that is not JSON whitespace,
// without consuming it.
func firstByte(br *bufio.Reader) (byte, error) {
	for {
		c, err := br.ReadByte()
		if err != nil {
			return 0, err
		}
		switch c {
		case ' ', '\t', '\r', '\n':
			continue
		}
		return c, br.UnreadByte()
	}
}

// compressionExts are extensions Key drops before the format's own.
var compressionExts = []string{".gz", ".bz2", ".xz", ".zst"}

// Key returns the article name a source name denotes, the name gold files
// are keyed by: the base name without its extension and without a
// compression extension before it ("dir/x.txt" and "x.html.gz" give "x").
func Key(sourceName string) string {
	base := path.Base(strings.ReplaceAll(sourceName, `\`, "/"))
	for _, ext := range compressionExts {
		if b, ok := strings.CutSuffix(base, ext); ok && b != "" {
			base = b
			break
		}
	}
	if i := strings.LastIndexByte(base, '.'); i > 0 {
		base = base[:i]
	}
	return base
}

// Index keys records by [Key] of their source name, ready for [Grade]. It is
// an error if two records have the same key.
func Index(recs []*model.Record) (map[string]*model.Record, error) {
	m := make(map[string]*model.Record, len(recs))
	for _, r := range recs {
		k := Key(r.Source.Name)
		if prev, ok := m[k]; ok {
			return nil, fmt.Errorf("eval: index records: %q and %q both name article %q", prev.Source.Name, r.Source.Name, k)
		}
		m[k] = r
	}
	return m, nil
}
