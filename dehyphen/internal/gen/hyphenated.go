package main

import (
	"maps"
	"slices"
	"strings"
)

// buildHyphenated lists the compounds of two lower-case words that WordNet spells with a
// hyphen ("pince-nez", "stand-alone", "co-worker", "run-time"), one a line, sorted. A noun
// also gets its plural and a verb its other forms ("co-workers", "cross-checked"), each
// where words.txt (lexicon) lists that form of the second word, so that no form is made up.
func buildHyphenated(synsets map[string]*synset, lexicon map[string]byte) []byte {
	forms := map[string]bool{}
	for key, s := range synsets {
		pos := key[0]
		for _, w := range s.words {
			l, r, ok := strings.Cut(w, "-")
			if !ok || !lowerLetters(l) || !lowerLetters(r) {
				continue
			}
			forms[w] = true
			for _, f := range inflectedForms(r, pos) {
				if inLexicon(lexicon, f) {
					forms[l+"-"+f] = true
				}
			}
		}
	}
	header := "# Compounds of two words that WordNet spells with a hyphen, and their regular inflections.\n" +
		"# Derived from WordNet 3.0 (Debian wordnet-base) and words.txt. WordNet 3.0 Copyright 2006\n" +
		"# by Princeton University; see dehyphen/data/LICENSE-WordNet.txt and README.md.\n"
	return dataFile(header, slices.Sorted(maps.Keys(forms)))
}

// inflectedForms returns the regular inflections of w as a noun ('n': the plural) or a verb
// ('v': third person, past, present participle), by the rules of English spelling; where
// a rule allows two spellings ("echoes", "tomatos"; "cross-chopped") both are returned.
// Other parts of speech have none.
func inflectedForms(w string, pos byte) []string {
	if pos != 'n' && pos != 'v' {
		return nil
	}
	last := w[len(w)-1]
	consonantY := last == 'y' && len(w) >= 2 && !isVowel(w[len(w)-2])
	var fs []string
	switch {
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		fs = append(fs, w+"es")
	case consonantY:
		fs = append(fs, w[:len(w)-1]+"ies")
	case last == 'o':
		fs = append(fs, w+"s", w+"es")
	default:
		fs = append(fs, w+"s")
	}
	if pos == 'n' {
		return fs
	}
	switch {
	case last == 'e':
		fs = append(fs, w+"d")
		if !strings.HasSuffix(w, "ee") {
			fs = append(fs, w[:len(w)-1]+"ing")
		} else {
			fs = append(fs, w+"ing")
		}
	case consonantY:
		fs = append(fs, w[:len(w)-1]+"ied", w+"ing")
	default:
		fs = append(fs, w+"ed", w+"ing")
		if len(w) >= 3 && !isVowel(last) && !strings.ContainsRune("wxy", rune(last)) &&
			isVowel(w[len(w)-2]) && !isVowel(w[len(w)-3]) {
			fs = append(fs, w+string(last)+"ed", w+string(last)+"ing") // "flim-flammed"
		}
	}
	return fs
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
