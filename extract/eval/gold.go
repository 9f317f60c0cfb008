package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// GoldSuffix ends the name of every gold file: NAME.gold.json holds the
// annotation of the article NAME.txt or NAME.html.
const GoldSuffix = ".gold.json"

// Gold is one article's annotation: what a careful analyst extracts from it.
// The format is described in testdata/gold/FORMAT.md; fields it does not
// grade are not kept.
type Gold struct {
	// ID names the article.
	ID string `json:"id"`
	// ReferenceDate is the day the story was written, YYYY-MM-DD; relative
	// dates in the story resolve against it.
	ReferenceDate string `json:"reference_date"`
	// Article holds the story's metadata.
	Article GoldArticle `json:"article"`
	// Organisations are the organisations the story names, once each.
	Organisations []GoldEntity `json:"organisations"`
	// People are the people the story or its byline names.
	People []GoldEntity `json:"people"`
	// Places are the countries, cities and regions the story names.
	Places []string `json:"places"`
	// Dates are the expressions that name a calendar date, with their values.
	Dates []GoldDate `json:"dates"`
	// Quotes are the quoted words of people and organisations.
	Quotes []GoldQuote `json:"quotes"`
	// Incidents has one entry per attacked victim.
	Incidents []GoldIncident `json:"incidents"`
}

// GoldArticle is the annotated metadata of an article.
type GoldArticle struct {
	// Headline is the headline as printed.
	Headline string `json:"headline"`
	// Publication is the journal or site name.
	Publication string `json:"publication"`
	// Section is the journal section in title case.
	Section string `json:"section"`
	// Published is the article's publication date, YYYY-MM-DD or YYYY-MM,
	// or "" when the article gives none.
	Published string `json:"published"`
	// Authors are the reporters in the byline.
	Authors []string `json:"authors"`
}

// GoldEntity is an organisation or person with the other names the story
// uses for it.
type GoldEntity struct {
	// Name is the fullest name.
	Name string `json:"name"`
	// Aliases are acronyms and short forms.
	Aliases []string `json:"aliases"`
	// Role is a person's role as the article gives it.
	Role string `json:"role"`
}

// GoldDate is a date expression and its resolved value.
type GoldDate struct {
	// Text is the expression as printed.
	Text string `json:"text"`
	// Value is the ISO 8601 value: a day, month, year or START/END interval.
	Value string `json:"value"`
}

// GoldQuote is a quote identified by its first words.
type GoldQuote struct {
	// Begins holds the quote's first words as printed.
	Begins string `json:"begins"`
	// Speaker is the person or organisation the quote is attributed to, or
	// "" when it is not attributed.
	Speaker string `json:"speaker"`
	// SpeakerText is the attribution as printed.
	SpeakerText string `json:"speaker_text"`
}

// GoldIncident is one attack on one victim.
type GoldIncident struct {
	// Victim is the attacked organisation's name.
	Victim string `json:"victim"`
	// Type is the incident type, e.g. "ransomware".
	Type string `json:"type"`
	// Date is when the attack happened, or nil when the article does not say.
	Date *string `json:"date"`
	// Attackers are named groups and malware families.
	Attackers []string `json:"attackers"`
	// Responders are named organisations helping with the response.
	Responders []string `json:"responders"`
	// Systems are the systems with a stated status.
	Systems []GoldSystem `json:"systems"`
	// DataBreach is confirmed, suspected, denied or not_stated.
	DataBreach string `json:"data_breach"`
}

// GoldSystem is a system and its status at the time of writing.
type GoldSystem struct {
	// Name is the article's shortest phrase for the system.
	Name string `json:"name"`
	// Status is unavailable, degraded, restored, unaffected, compromised or
	// suspended.
	Status string `json:"status"`
}

// ParseGold decodes a gold annotation from JSON. Unknown fields are ignored,
// null is read as an empty value, and a value of the wrong type is an error.
func ParseGold(data []byte) (*Gold, error) {
	g, err := parseGold(data)
	if err != nil {
		return nil, fmt.Errorf("eval: parse gold: %w", err)
	}
	return g, nil
}

// parseGold is ParseGold without the error prefix.
func parseGold(data []byte) (*Gold, error) {
	var g Gold
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&g); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, errors.New("data after the JSON object")
	}
	return &g, nil
}

// LoadGold reads the gold annotation in the file at path.
func LoadGold(path string) (*Gold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("eval: load gold: %w", err)
	}
	g, err := parseGold(data)
	if err != nil {
		return nil, fmt.Errorf("eval: load gold %s: %w", path, err)
	}
	return g, nil
}

// LoadGoldDir reads every NAME.gold.json in dir and returns the annotations
// by NAME. It is an error if dir holds no gold file.
func LoadGoldDir(dir string) (map[string]*Gold, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("eval: load gold dir: %w", err)
	}
	golds := make(map[string]*Gold)
	for _, e := range entries {
		name, ok := strings.CutSuffix(e.Name(), GoldSuffix)
		if !ok || e.IsDir() {
			continue
		}
		g, err := LoadGold(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		golds[name] = g
	}
	if len(golds) == 0 {
		return nil, fmt.Errorf("eval: load gold dir %s: no *%s files", dir, GoldSuffix)
	}
	return golds, nil
}

// sortedKeys returns the keys of m in order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
