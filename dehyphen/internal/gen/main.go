// Command gen derives the embedded data of package dehyphen from Debian packages.
//
// It is run by `go generate ./dehyphen/...` (see dehyphen/doc.go) and needs these Debian packages:
//
//	apt-get install -y wamerican-small wamerican wamerican-large wamerican-huge \
//	    wbritish-small wbritish wbritish-large wbritish-huge wcanadian-large \
//	    hyphen-en-us hyphen-en-gb wordnet-base
//
// It writes, in the directory given by -out:
//
//   - words.txt: the SCOWL word lists (American, British and Canadian spellings with their
//     inflections), lower-cased, possessives ("'s") dropped, one "word<TAB>level" a line, sorted
//     by bytes. The level is the size of the smallest list holding the word: 1 small (SCOWL 35),
//     2 medium (50), 3 large (70), 4 huge (80), a rough frequency class.
//   - hyph_en_us.txt, hyph_en_gb.txt: the Liang hyphenation patterns of hyphen-en-us and
//     hyphen-en-gb (ASCII patterns only), one a line, after a provenance header.
//   - parts.txt: the words of words.txt that WordNet 3.0 describes through two of their
//     parts, with the place of the split ("notebook<TAB>4"); see buildSplits.
//   - hyphenated.txt: the compounds of two lower-case words that WordNet 3.0 spells with a
//     hyphen ("pince-nez", "stand-alone"), with their regular inflections; see
//     buildHyphenated.
//
// The output depends only on the input files: the same packages give byte-identical files.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
)

// wordList is one SCOWL list and the level it stands for.
type wordList struct {
	file  string
	level byte
}

var lists = []wordList{
	{"american-english-small", '1'}, {"british-english-small", '1'},
	{"american-english", '2'}, {"british-english", '2'},
	{"american-english-large", '3'}, {"british-english-large", '3'}, {"canadian-english-large", '3'},
	{"american-english-huge", '4'}, {"british-english-huge", '4'},
}

func main() {
	dictDir := flag.String("dict", "/usr/share/dict", "directory of the SCOWL word lists")
	hyphDir := flag.String("hyphen", "/usr/share/hyphen", "directory of the hyphenation patterns")
	wnDir := flag.String("wordnet", "/usr/share/wordnet", "directory of the WordNet database")
	out := flag.String("out", "data", "output directory")
	flag.Parse()
	if err := run(*dictDir, *hyphDir, *wnDir, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(dictDir, hyphDir, wnDir, out string) error {
	words, level, err := buildWords(dictDir)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "words.txt"), words, 0o644); err != nil {
		return fmt.Errorf("write words: %w", err)
	}
	synsets, err := readWordNet(wnDir)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "parts.txt"), buildSplits(synsets, level), 0o644); err != nil {
		return fmt.Errorf("write parts: %w", err)
	}
	if err := os.WriteFile(filepath.Join(out, "hyphenated.txt"), buildHyphenated(synsets, level), 0o644); err != nil {
		return fmt.Errorf("write hyphenated: %w", err)
	}
	for _, p := range []struct{ src, dst, name string }{
		{"hyph_en_US.dic", "hyph_en_us.txt", "hyphen-en-us"},
		{"hyph_en_GB.dic", "hyph_en_gb.txt", "hyphen-en-gb"},
	} {
		b, err := buildPatterns(filepath.Join(hyphDir, p.src), p.name)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(out, p.dst), b, 0o644); err != nil {
			return fmt.Errorf("write %s: %w", p.dst, err)
		}
	}
	return nil
}

func buildWords(dir string) ([]byte, map[string]byte, error) {
	level := map[string]byte{}
	for _, l := range lists {
		path := filepath.Join(dir, l.file)
		f, err := os.Open(path)
		if err != nil {
			return nil, nil, fmt.Errorf("word list %s: %w", path, err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			w := strings.TrimSpace(sc.Text())
			if w == "" || strings.HasSuffix(w, "'s") || !wordy(w) {
				continue
			}
			w = strings.ToLower(w)
			if old, ok := level[w]; !ok || l.level < old {
				level[w] = l.level
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, nil, fmt.Errorf("read %s: %w", path, err)
		}
	}
	keys := make([]string, 0, len(level))
	for w := range level {
		keys = append(keys, w)
	}
	slices.Sort(keys)
	var b bytes.Buffer
	for _, w := range keys {
		b.WriteString(w)
		b.WriteByte('\t')
		b.WriteByte(level[w])
		b.WriteByte('\n')
	}
	return b.Bytes(), level, nil
}

// wordy reports whether w is made of letters, with apostrophes only inside.
func wordy(w string) bool {
	rs := []rune(w)
	for i, r := range rs {
		if unicode.IsLetter(r) {
			continue
		}
		if r == '\'' && i > 0 && i < len(rs)-1 {
			continue
		}
		return false
	}
	return true
}

func buildPatterns(path, pkg string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("patterns %s: %w", path, err)
	}
	var pats []string
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || !asciiPattern(line) {
			continue
		}
		pats = append(pats, line)
	}
	header := fmt.Sprintf("# Liang hyphenation patterns derived from Debian package %s (%s).\n", pkg, filepath.Base(path)) +
		"# BSD-style licence: unlimited copying, redistribution and modification of this file\n" +
		"# is permitted with this copyright and license information. See dehyphen/data/README.md.\n"
	return dataFile(header, pats), nil
}

// dataFile is a generated data file: header (comment lines), the generator's mark, then one
// line a line.
func dataFile(header string, lines []string) []byte {
	var b bytes.Buffer
	b.WriteString(header)
	b.WriteString("# Generated by dehyphen/internal/gen. DO NOT EDIT.\n")
	for _, l := range lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// asciiPattern reports whether line is a pattern of lower-case ASCII letters, digits and dots
// with at least one letter (keywords such as LEFTHYPHENMIN and ligature patterns are skipped).
func asciiPattern(line string) bool {
	letter := false
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case c >= 'a' && c <= 'z':
			letter = true
		case c >= '0' && c <= '9', c == '.':
		default:
			return false
		}
	}
	return letter
}
