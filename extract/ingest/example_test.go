package ingest_test

import (
	"fmt"

	"github.com/clipper-news/clipper/extract/ingest"
)

func ExampleDecode() {
	// Windows-1252 bytes with CRLF line endings.
	raw := []byte("Caf\xe9 d\xe9j\xe0 vu\r\nsecond line\r\n")
	doc, err := ingest.Decode("note.txt", raw, ingest.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s %s %q\n", doc.Format, doc.Encoding, doc.Text)
	// Output: text windows-1252 "Café déjà vu\nsecond line\n"
}
