package entities

import (
	"strings"
	"unicode"
)

// IsGangName reports whether name is a known ransomware or extortion gang
// in the gazetteer, or whether the words after it in the text (follow, e.g.
// "ransomware gang", "gang", "group") mark it as one. A gang is an
// organisation; a malware family is not.
func (r *Recognizer) IsGangName(name, follow string) bool {
	if g, err := r.gaz(); err == nil {
		if b, ok := g.Body(name); ok && b.Kind == "gang" {
			return true
		}
	}
	f := strings.FieldsFunc(strings.ToLower(follow), func(r rune) bool { return !unicode.IsLetter(r) })
	if len(f) > 0 && (f[0] == "ransomware" || f[0] == "extortion" || f[0] == "hacking") {
		f = f[1:]
	}
	return len(f) > 0 && gangWords[f[0]] && f[0] != "group" || len(f) > 0 && f[0] == "group" && len(strings.Fields(follow)) > 1
}
