package main

import (
	"bufio"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// A part split is a word and a place where it divides into two words of the lexicon that
// make its meaning: "notebook" before "book" ("a book with blank pages for recording
// notes"), "trapdoor" before "door" (WordNet's "trap door"). A word that is no compound of
// its parts, "target" (tar, get) or "often" (of, ten), has no split.

// wordNetFiles are the WordNet 3.0 data files, one a part of speech, with the letter its
// pointers use for it.
var wordNetFiles = []struct {
	name string
	pos  byte
}{{"data.noun", 'n'}, {"data.verb", 'v'}, {"data.adj", 'a'}, {"data.adv", 'r'}}

// synset is one WordNet synonym set: its words and the synsets it is a kind of.
type synset struct {
	words      []string
	hypernyms  []string // keys of the hypernym synsets
	glossWords []string
}

// stopWords are the words of WordNet's glosses that say nothing of a compound's parts.
var stopWords = strings.Fields(`of to in on at by for the a an and or with from as is be it its
	that this which who not no one any some all can may out up off over under down into onto upon
	than then there here where when what how very more most less such other own same so too but
	if used use make made do does done having has have get got way time thing things part`)

// buildSplits derives the part splits of the words of lexicon from the WordNet
// synsets. A split of w before byte k (the first part at least two
// letters, the second at least three, so that no suffix such as -er, -ee or -ic counts as a
// word; both words of lexicon) is kept when WordNet's gloss of w, or the words of the synsets w is
// a kind of, name one of the parts of three letters or more (or an inflection of it), or
// when WordNet lists the parts as an open or hyphenated compound ("trap door",
// "laughing-stock") whose joined form is a word of lexicon. Lines are "word<TAB>k", sorted.
func buildSplits(synsets map[string]*synset, lexicon map[string]byte) []byte {
	stop := map[string]bool{}
	for _, w := range stopWords {
		stop[w] = true
	}
	// described holds, for every single word, what WordNet says of it.
	described := map[string]map[string]bool{}
	splits := map[string]bool{}
	keys := make([]string, 0, len(synsets))
	for k := range synsets {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, key := range keys {
		s := synsets[key]
		for _, w := range s.words {
			if l, r, ok := openCompound(w); ok && len(l) >= 2 && len(r) >= 3 {
				if _, in := lexicon[l+r]; in && inLexicon(lexicon, l) && inLexicon(lexicon, r) {
					splits[l+r+"\t"+strconv.Itoa(len(l))] = true
				}
			}
			if !lowerLetters(w) {
				continue
			}
			bag := described[w]
			if bag == nil {
				bag = map[string]bool{}
				described[w] = bag
			}
			for _, g := range s.glossWords {
				bag[g] = true
			}
			for _, h := range s.hypernyms {
				if hs := synsets[h]; hs != nil {
					for _, hw := range hs.words {
						for _, t := range letterRuns(hw) {
							bag[t] = true
						}
					}
				}
			}
		}
	}
	for w, bag := range described {
		if _, ok := lexicon[w]; !ok {
			continue
		}
		for k := 2; k <= len(w)-3; k++ {
			l, r := w[:k], w[k:]
			if !inLexicon(lexicon, l) || !inLexicon(lexicon, r) {
				continue
			}
			if (len(l) >= 3 && names(bag, l, w, stop)) || (len(r) >= 3 && names(bag, r, w, stop)) {
				splits[w+"\t"+strconv.Itoa(k)] = true
			}
		}
	}
	header := "# Words and the byte before which each divides into two words that make its meaning.\n" +
		"# Derived from WordNet 3.0 (Debian wordnet-base) and words.txt. WordNet 3.0 Copyright 2006\n" +
		"# by Princeton University; see dehyphen/data/LICENSE-WordNet.txt and README.md.\n"
	return dataFile(header, slices.Sorted(maps.Keys(splits)))
}

// readWordNet reads the synsets of the WordNet database in dir (Debian's wordnet-base),
// keyed by part of speech and offset (see synsetKey).
func readWordNet(dir string) (map[string]*synset, error) {
	synsets := map[string]*synset{}
	for _, f := range wordNetFiles {
		if err := readSynsets(filepath.Join(dir, f.name), f.pos, synsets); err != nil {
			return nil, err
		}
	}
	return synsets, nil
}

// names reports whether bag holds part (or an inflection of it) as a word of its own, other
// than the word w being described and the stop words.
func names(bag map[string]bool, part, w string, stop map[string]bool) bool {
	for _, f := range inflections(part) {
		if f != w && !stop[f] && bag[f] {
			return true
		}
	}
	return false
}

// inflections returns w and its regular inflections.
func inflections(w string) []string {
	fs := []string{w, w + "s", w + "ing", w + "er", w + "ers"}
	switch {
	case strings.HasSuffix(w, "e"):
		fs = append(fs, w+"d", w[:len(w)-1]+"ing")
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "o"):
		fs = append(fs, w+"es", w+"ed")
	default:
		fs = append(fs, w+"ed")
	}
	if stem, ok := strings.CutSuffix(w, "y"); ok {
		fs = append(fs, stem+"ies", stem+"ied")
	}
	return fs
}

func inLexicon(lexicon map[string]byte, w string) bool {
	_, ok := lexicon[w]
	return ok
}

// openCompound splits a WordNet lemma of two lower-case words joined by "_" or "-".
func openCompound(w string) (l, r string, ok bool) {
	i := strings.IndexAny(w, "_-")
	if i < 0 {
		return "", "", false
	}
	l, r = w[:i], w[i+1:]
	return l, r, lowerLetters(l) && lowerLetters(r)
}

func lowerLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// letterRuns returns the lower-case ASCII letter runs of s.
func letterRuns(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(c rune) bool { return c < 'a' || c > 'z' })
}

// readSynsets adds the synsets of one WordNet data file to synsets, keyed by part of speech
// and offset. A line is "offset lex_filenum ss_type w_cnt (word lex_id)... p_cnt (symbol
// offset pos source/target)... [frames] | gloss"; licence lines start with spaces.
func readSynsets(path string, pos byte, synsets map[string]*synset) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("wordnet: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == ' ' {
			continue
		}
		head, gloss, _ := strings.Cut(line, " | ")
		t := strings.Fields(head)
		if len(t) < 4 {
			return fmt.Errorf("wordnet %s: short line %q", path, line)
		}
		n, err := strconv.ParseInt(t[3], 16, 0)
		if err != nil || len(t) < 5+2*int(n) {
			return fmt.Errorf("wordnet %s: bad word count in %q", path, line)
		}
		s := &synset{glossWords: letterRuns(gloss)}
		for i := range int(n) {
			w := strings.ToLower(t[4+2*i])
			if p := strings.IndexByte(w, '('); p > 0 { // adjective markers: "galore(ip)"
				w = w[:p]
			}
			s.words = append(s.words, w)
		}
		i := 4 + 2*int(n)
		pc, err := strconv.Atoi(t[i])
		if err != nil || len(t) < i+1+4*pc {
			return fmt.Errorf("wordnet %s: bad pointer count in %q", path, line)
		}
		for k := range pc {
			sym, off, p := t[i+1+4*k], t[i+2+4*k], t[i+3+4*k]
			if sym == "@" || sym == "@i" {
				s.hypernyms = append(s.hypernyms, synsetKey(p[0], off))
			}
		}
		synsets[synsetKey(pos, t[0])] = s
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("wordnet %s: %w", path, err)
	}
	return nil
}

// synsetKey names a synset by its part of speech (satellite adjectives are adjectives) and
// its offset in that part's data file.
func synsetKey(pos byte, offset string) string {
	if pos == 's' {
		pos = 'a'
	}
	return string(pos) + offset
}
