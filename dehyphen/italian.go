package dehyphen

import "strings"

// italianBreakAt reports whether an Italian typesetter, syllabifying by the rules of Italian
// orthography, could break the lower-case word w before byte k. This is an independent
// implementation of the textbook rules, not a copy of any pattern file:
//
//   - a single consonant between vowels starts the next syllable (ma-na-ge-ment);
//   - a doubled consonant is split (pos-si-ble, rat-tack);
//   - s followed by a consonant starts the next syllable (re-sto-re, sy-stems);
//   - a consonant followed by l or r, and the digraphs ch gh gn ph th sh, start the next
//     syllable (pos-si-ble, re-spon-si-bi-li-ties);
//   - any other cluster is split after its first consonant (ser-vi-ce, en-han-ce);
//   - vowel sequences are not split; in a word-final cluster only an s before a consonant
//     may start a syllable (fir-st), or else a final ts (ailmen-ts);
//   - at least two letters stay on each side.
//
// y counts as a vowel. Letters other than ASCII make the answer false.
func italianBreakAt(w string, k int) bool {
	if k < 2 || k > len(w)-2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	// The gap before k must sit in a consonant cluster that has a vowel on both sides.
	start := k // start of the consonant cluster that contains or follows the gap
	for start > 0 && !isVowel(w[start-1]) {
		start--
	}
	end := k
	for end < len(w) && !isVowel(w[end]) {
		end++
	}
	if start == 0 || end == start {
		return false // cluster at the start of the word, or a vowel sequence
	}
	if end == len(w) {
		// a final cluster: only an s before a consonant starts a (vowel-less) syllable
		for i := start; i < end-1; i++ {
			if w[i] == 's' && w[i+1] != 's' {
				return i == k
			}
		}
		return end-start >= 2 && w[end-2:end] == "ts" && k == end-2
	}
	return italianSplit(w[start:end])+start == k
}

// italianSplit returns where the consonant cluster c (between two vowels) is split.
func italianSplit(c string) int {
	n := len(c)
	switch {
	case n == 0:
		return 0 // two vowels: never reached with a valid k, vowels are not split
	case n == 1:
		return 0
	case c[0] == c[1]:
		return 1
	}
	// s + consonant(s) at the end of the cluster goes to the next syllable.
	for i := 0; i < n-1; i++ {
		if c[i] == 's' && i > 0 {
			if onset(c[i:]) {
				return i
			}
		}
	}
	if onset(c) {
		return 0
	}
	// keep the longest valid onset at the end
	for i := 1; i < n; i++ {
		if onset(c[i:]) {
			return i
		}
	}
	return n - 1
}

// onset reports whether the consonant cluster c may start an Italian syllable.
func onset(c string) bool {
	switch len(c) {
	case 1:
		return true
	case 2:
		a, b := c[0], c[1]
		if a == 's' {
			return b != 's'
		}
		if b == 'l' {
			return strings.IndexByte("bcfgkp", a) >= 0
		}
		if b == 'r' {
			return strings.IndexByte("bcdfgkptv", a) >= 0
		}
		switch c {
		case "ch", "gh", "ph", "th", "sh", "wh":
			return true
		}
		return false
	case 3:
		if c[0] == 's' && c[1] != 's' {
			return onset(c[1:]) || c[1:] == "ch"
		}
		return false
	}
	return false
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}
