// Command gen writes the lookup table of dehyphen's word list (see package wordindex):
//
//	go run ./internal/wordindex/gen -words data/words.txt -out data/words.idx
//
// It is run by go generate in package dehyphen, after the word list is made.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/clipper-news/clipper/dehyphen/internal/wordindex"
)

func main() {
	words := flag.String("words", "data/words.txt", "the word list")
	out := flag.String("out", "data/words.idx", "where to write the table")
	flag.Parse()
	data, err := os.ReadFile(*words)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	slots, _ := wordindex.Build(string(data))
	if err := os.WriteFile(*out, wordindex.Encode(slots), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
