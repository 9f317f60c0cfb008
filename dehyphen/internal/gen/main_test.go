package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestGeneratedUpToDate regenerates the data files and compares them with the committed ones.
func TestGeneratedUpToDate(t *testing.T) {
	for _, f := range []string{"/usr/share/dict/american-english-huge", "/usr/share/dict/british-english-small", "/usr/share/hyphen/hyph_en_US.dic", "/usr/share/wordnet/data.noun"} {
		if _, err := os.Stat(f); err != nil {
			t.Skipf("Debian word lists or patterns not installed (%v); see dehyphen/data/README.md", err)
		}
	}
	dir := t.TempDir()
	if err := run("/usr/share/dict", "/usr/share/hyphen", "/usr/share/wordnet", dir); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"words.txt", "hyph_en_us.txt", "hyph_en_gb.txt", "parts.txt", "hyphenated.txt"} {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join("..", "..", "data", name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("dehyphen/data/%s is out of date: run go generate ./dehyphen/...", name)
		}
	}
}
