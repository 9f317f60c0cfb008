package ingest

import (
	"bytes"
	"compress/gzip"
	"testing"
)

func TestHashMatchesRead(t *testing.T) {
	plain := []byte("HEADLINE\n\nSome story text.\n")
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(plain)
	zw.Close()
	for name, data := range map[string][]byte{"plain": plain, "gzip": gz.Bytes()} {
		doc, err := Read(name, bytes.NewReader(data), Options{})
		if err != nil {
			t.Fatal(err)
		}
		sum, err := Hash(name, bytes.NewReader(data), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if sum != doc.SHA256 {
			t.Errorf("%s: Hash = %s, Read's SHA256 = %s", name, sum, doc.SHA256)
		}
	}
}
