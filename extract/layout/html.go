package layout

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"github.com/clipper-news/clipper/model"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// hblock is a block found by the HTML walk, before classification.
type hblock struct {
	text    string
	node    *html.Node // the innermost block-level element holding the text
	zone    Kind       // Other for content, or the kind of the boilerplate zone
	hint    Kind       // a kind suggested by class names (Byline, Standfirst, Section)
	links   int        // bytes of text inside links
	kind    Kind
	isTitle bool // an h1 or h2
}

// htmlParser holds the state of one [HTML] call.
type htmlParser struct {
	res    *Result
	blocks []hblock
	buf    strings.Builder
	links  int
	inLink int
	meta   pageMeta
	times  []timeEl
}

// timeEl is a <time datetime> element with its visible text.
type timeEl struct {
	datetime, text string
	zone, hint     Kind
	node           *html.Node
}

// pageMeta holds what the page says about itself outside its visible text.
type pageMeta struct {
	title, lang, canonical         string
	props                          map[string][]string // meta property/name (lower case) to contents
	ldHeadline, ldPublished, ldURL string
	ldSection, ldPublisher, ldLang string
	ldAuthors                      []string
	ldBad                          int
	relAuthors                     []string
}

func (m *pageMeta) first(keys ...string) string {
	for _, k := range keys {
		for _, v := range m.props[k] {
			if v = strings.TrimSpace(v); v != "" {
				return v
			}
		}
	}
	return ""
}

// HTML finds the story in an HTML page: metadata from <title>, meta tags,
// JSON-LD, <time> and the canonical link, and the main content with
// navigation, banners, sidebars, related lists, comments and footers left
// out. Blocks carry RawStart -1. A page whose tree cannot be built (elements
// nested more than 512 deep) is laid out as plain text with a warning. The
// error is reserved for future use and is always nil today.
func HTML(text string) (*Result, error) {
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(text))
	if err != nil {
		// The tree could not be built (elements nested too deep): fall back
		// to the page's text, laid out as plain text.
		res := Text(flatText(text))
		for i := range res.Blocks {
			res.Blocks[i].RawStart = -1
		}
		res.Warnings = append(res.Warnings, fmt.Sprintf("page could not be parsed as HTML (%v); its text was laid out as plain text", err))
		return res, nil
	}
	p := &htmlParser{res: newResult(), meta: pageMeta{props: map[string][]string{}}}
	p.readMeta(doc)
	for _, n := range doc.Nodes {
		p.walk(n, Other, Other, n)
	}
	p.flush(nil, Other, Other)
	p.classify()
	p.resolve()
	return p.res, nil
}

// selMeta matches every element that carries page metadata; it is
// compiled once and read-only, and one traversal finds them all.
var selMeta = cascadia.MustCompile(`html, title, meta, link[rel], script[type], a[rel]`)

// flatText extracts a page's text with a tokenizer, which needs no tree:
// block-level tags and <br> end lines, script and style are skipped.
func flatText(page string) string {
	z := html.NewTokenizer(strings.NewReader(page))
	var b strings.Builder
	skip := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			if skip == 0 {
				b.WriteString(strings.Join(strings.Fields(string(z.Text())), " "))
				b.WriteByte(' ')
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch {
			case a == atom.Script || a == atom.Style:
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
			case a == atom.Br:
				b.WriteByte('\n')
			case blockTags[a] && tt != html.SelfClosingTagToken:
				b.WriteString("\n\n")
			}
		}
	}
}

// readMeta collects <title>, meta tags, links, JSON-LD and the page language.
func (p *htmlParser) readMeta(doc *goquery.Document) {
	m := &p.meta
	doc.FindMatcher(selMeta).Each(func(_ int, s *goquery.Selection) {
		n := s.Nodes[0]
		switch n.DataAtom {
		case atom.Html:
			if m.lang == "" {
				m.lang = strings.TrimSpace(attr(n, "lang"))
			}
		case atom.Title:
			if m.title == "" {
				m.title = collapse(s.Text())
			}
		case atom.Meta:
			key := firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop"))
			if key == "" {
				return
			}
			key = strings.ToLower(key)
			m.props[key] = append(m.props[key], collapse(attr(n, "content")))
		case atom.Link:
			if hasRel(n, "canonical") && m.canonical == "" {
				m.canonical = strings.TrimSpace(attr(n, "href"))
			}
		case atom.Script:
			if !strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
				return
			}
			var v any
			if err := json.Unmarshal([]byte(s.Text()), &v); err != nil {
				m.ldBad++
				return
			}
			m.readLD(v, 0)
		case atom.A:
			if hasRel(n, "author") {
				if t := collapse(s.Text()); t != "" {
					m.relAuthors = append(m.relAuthors, t)
				}
			}
		}
	})
}

// hasRel reports whether n's rel attribute lists rel.
func hasRel(n *html.Node, rel string) bool {
	for _, r := range strings.Fields(attr(n, "rel")) {
		if strings.EqualFold(r, rel) {
			return true
		}
	}
	return false
}

// articleTypes are the schema.org types whose JSON-LD describes the story.
var articleTypes = map[string]bool{"newsarticle": true, "article": true, "reportagenewsarticle": true, "blogposting": true, "analysisnewsarticle": true, "opinionnewsarticle": true, "backgroundnewsarticle": true, "reviewnewsarticle": true, "report": true, "scholarlyarticle": true, "techarticle": true, "liveblogposting": true}

// readLD reads the first article object in a JSON-LD value, looking inside
// arrays and @graph.
func (m *pageMeta) readLD(v any, depth int) {
	if depth > 8 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			m.readLD(e, depth+1)
		}
	case map[string]any:
		if g, ok := x["@graph"]; ok {
			m.readLD(g, depth+1)
		}
		if e, ok := x["mainEntity"]; ok {
			m.readLD(e, depth+1)
		}
		if !ldIsArticle(x["@type"]) || m.ldHeadline != "" || m.ldPublished != "" {
			return
		}
		m.ldHeadline = collapse(html.UnescapeString(ldString(x["headline"])))
		if m.ldHeadline == "" {
			m.ldHeadline = collapse(html.UnescapeString(ldString(x["name"])))
		}
		m.ldPublished = ldString(x["datePublished"])
		if m.ldPublished == "" {
			m.ldPublished = ldString(x["dateCreated"])
		}
		m.ldSection = collapse(ldString(x["articleSection"]))
		m.ldLang = ldString(x["inLanguage"])
		m.ldURL = ldString(x["url"])
		if m.ldURL == "" {
			m.ldURL = ldString(x["mainEntityOfPage"])
		}
		if pub, ok := x["publisher"].(map[string]any); ok {
			m.ldPublisher = collapse(ldString(pub["name"]))
		}
		m.ldAuthors = ldPeople(x["author"])
	}
}

func ldIsArticle(t any) bool {
	switch x := t.(type) {
	case string:
		return articleTypes[strings.ToLower(x)]
	case []any:
		for _, e := range x {
			if ldIsArticle(e) {
				return true
			}
		}
	}
	return false
}

// ldString reads a string, the first string of an array, or an object's @id.
func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case []any:
		for _, e := range x {
			if s := ldString(e); s != "" {
				return s
			}
		}
	case map[string]any:
		if s, ok := x["@id"].(string); ok {
			return strings.TrimSpace(s)
		}
	}
	return ""
}

// ldPeople reads author names, skipping organisations.
func ldPeople(v any) []string {
	var out []string
	switch x := v.(type) {
	case string:
		out = append(out, personNames(x)...)
	case []any:
		for _, e := range x {
			out = append(out, ldPeople(e)...)
		}
	case map[string]any:
		if t, _ := x["@type"].(string); strings.EqualFold(t, "Organization") || strings.EqualFold(t, "NewsMediaOrganization") {
			return nil
		}
		if name := collapse(ldString(x["name"])); name != "" {
			out = append(out, name)
		}
	}
	return out
}

// skipTags hold no story text.
var skipTags = map[atom.Atom]bool{atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true, atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Canvas: true, atom.Select: true, atom.Textarea: true, atom.Input: true, atom.Button: true, atom.Head: true, atom.Math: true, atom.Audio: true, atom.Video: true, atom.Picture: true, atom.Img: true}

// blockTags end the current text run.
var blockTags = map[atom.Atom]bool{atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Section: true, atom.Article: true, atom.Header: true, atom.Footer: true, atom.Nav: true, atom.Aside: true, atom.Main: true, atom.Figure: true, atom.Figcaption: true, atom.Form: true, atom.Address: true, atom.Hr: true, atom.Details: true, atom.Summary: true, atom.Fieldset: true, atom.Body: true, atom.Html: true, atom.Center: true, atom.Caption: true, atom.Tbody: true, atom.Thead: true}

// zoneWords map class, id and aria-label words to boilerplate kinds.
var zoneWords = map[string]Kind{
	"comment": Comment, "comments": Comment, "disqus": Comment, "respond": Comment, "replies": Comment, "commentlist": Comment,
	"related": Related, "recommended": Related, "recommendations": Related, "recommend": Related, "popular": Related, "trending": Related, "mostread": Related, "readnext": Related, "latest": Related, "outbrain": Related, "taboola": Related,
	"share": Boilerplate, "sharing": Boilerplate, "social": Boilerplate, "sharebar": Boilerplate,
	"newsletter": Boilerplate, "subscribe": Boilerplate, "subscription": Boilerplate, "signup": Boilerplate,
	"sidebar": Boilerplate, "widget": Boilerplate, "rail": Boilerplate, "secondary": Boilerplate, "toolbar": Boilerplate, "login": Boilerplate, "donate": Boilerplate, "ticker": Related, "ad": Boilerplate, "ads": Boilerplate, "advert": Boilerplate, "advertisement": Boilerplate, "adslot": Boilerplate, "gpt": Boilerplate, "dfp": Boilerplate, "sponsor": Boilerplate, "sponsored": Boilerplate, "promo": Boilerplate, "banner": Boilerplate, "modal": Boilerplate, "popup": Boilerplate, "paywall": Boilerplate, "cc": Boilerplate,
	"breadcrumb": Navigation, "breadcrumbs": Navigation, "menu": Navigation, "navbar": Navigation, "nav": Navigation, "navigation": Navigation, "pagination": Navigation, "pager": Navigation, "masthead": Navigation, "branding": Navigation, "topbar": Navigation, "skip": Navigation,
	"tags": Footer, "tag": Footer, "topics": Footer, "footer": Footer, "colophon": Footer,
	"caption": Caption, "figcaption": Caption, "credit": Caption,
}

// hintWords map class words to kinds for blocks that stay in the article.
var hintWords = map[string]Kind{
	"byline": Byline, "author": Byline, "datepublished": Byline, "published": Byline, "authors": Byline, "meta": Byline, "dateline": Byline, "posted": Byline, "date": Byline, "vcard": Byline, "contributor": Byline, "time": Byline, "reading": Byline,
	"standfirst": Standfirst, "excerpt": Standfirst, "dek": Standfirst, "summary": Standfirst, "lede": Standfirst, "lead": Standfirst, "intro": Standfirst, "subtitle": Standfirst, "subheadline": Standfirst, "strapline": Standfirst, "teaser": Standfirst, "description": Standfirst, "deck": Standfirst, "subhead": Standfirst,
	"cat": Section, "category": Section, "categories": Section, "cats": Section, "kicker": Section, "eyebrow": Section, "section": Section, "rubric": Section,
}

// positiveWords protect an element from a boilerplate class word.
var positiveWords = map[string]bool{"content": true, "article": true, "main": true, "body": true, "story": true, "entry": true, "text": true, "post": true, "articlebody": true, "storybody": true, "postbody": true}

// classWords splits class, id and aria-label into lower-case words.
func classWords(n *html.Node) []string {
	var parts []string
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id", "aria-label", "role", "itemprop", "data-component":
			parts = append(parts, strings.ToLower(a.Val))
		}
	}
	if len(parts) == 0 {
		return nil
	}
	return strings.FieldsFunc(strings.Join(parts, " "), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// zoneOf classifies an element that sits in content: its boilerplate kind,
// or Other when it may hold story text.
func zoneOf(n *html.Node, ws []string, inArticle bool) Kind {
	switch n.DataAtom {
	case atom.Nav:
		return Navigation
	case atom.Aside:
		return Boilerplate
	case atom.Form:
		return Boilerplate
	case atom.Footer:
		return Footer
	case atom.Figure, atom.Figcaption:
		return Caption
	case atom.Header:
		if !inArticle && !hasHeading(n) {
			return Navigation
		}
	}
	switch strings.ToLower(attr(n, "role")) {
	case "navigation", "banner", "search", "menu", "menubar":
		if n.DataAtom != atom.Header || !hasHeading(n) {
			return Navigation
		}
	case "contentinfo":
		return Footer
	case "complementary", "dialog", "alertdialog":
		return Boilerplate
	}
	if n.DataAtom == atom.Article || n.DataAtom == atom.Main || n.DataAtom == atom.Body || n.DataAtom == atom.Html {
		return Other
	}
	for _, w := range ws {
		if positiveWords[w] {
			return Other
		}
	}
	joined := strings.Join(ws, " ")
	if strings.Contains(joined, "cookie") || strings.Contains(joined, "consent") || strings.Contains(joined, "gdpr") {
		return Boilerplate
	}
	for _, w := range ws {
		if k, ok := zoneWords[w]; ok {
			if (k == Related || k == Comment) && hasHeading1(n) {
				continue
			}
			return k
		}
	}
	return Other
}

// hasHeading reports whether n contains an h1 or h2 (a header that holds
// the headline is not site navigation).
func hasHeading(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.H1 || c.DataAtom == atom.H2 || hasHeading(c)) {
			return true
		}
	}
	return false
}

func hasHeading1(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.H1 || hasHeading1(c)) {
			return true
		}
	}
	return false
}

// isContainer reports an element that holds a whole story or page, whose
// class words (e.g. "category-cyber-risk" on an <article>) say nothing about
// the blocks inside.
func isContainer(n *html.Node, ws []string) bool {
	switch n.DataAtom {
	case atom.Article, atom.Main, atom.Body, atom.Html:
		return true
	}
	for _, w := range ws {
		if positiveWords[w] {
			return true
		}
	}
	return false
}

func hintOf(n *html.Node, ws []string) Kind {
	if n.DataAtom == atom.Time || n.DataAtom == atom.Address {
		return Byline
	}
	for _, w := range ws {
		if k, ok := hintWords[w]; ok {
			return k
		}
	}
	if strings.EqualFold(attr(n, "rel"), "author") {
		return Byline
	}
	return Other
}

// walk collects text runs. zone is the enclosing boilerplate kind (Other in
// content), hint a class-name hint, and blockEl the innermost block element.
func (p *htmlParser) walk(n *html.Node, zone, hint Kind, blockEl *html.Node) {
	switch n.Type {
	case html.TextNode:
		p.buf.WriteString(n.Data)
		if p.inLink > 0 {
			p.links += len(n.Data)
		}
		return
	case html.DocumentNode:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			p.walk(c, zone, hint, blockEl)
		}
		return
	case html.ElementNode:
	default:
		return
	}
	if skipTags[n.DataAtom] {
		return
	}
	if n.DataAtom == atom.Br {
		p.buf.WriteByte(0)
		return
	}
	ws := classWords(n)
	if zone == Other {
		zone = zoneOf(n, ws, inArticle(n))
	}
	if n.DataAtom == atom.Time {
		if dt := attr(n, "datetime"); dt != "" {
			p.times = append(p.times, timeEl{datetime: dt, text: collapse(textOf(n)), zone: zone, hint: hint, node: n})
		}
	}
	switch h := hintOf(n, ws); {
	case n.DataAtom == atom.Article || n.DataAtom == atom.Main || n.DataAtom == atom.Body:
		hint = Other
	case h != Other:
		if hint == Other {
			hint = h
		}
	case isContainer(n, ws):
		hint = Other
	}
	isBlock := blockTags[n.DataAtom]
	if isBlock {
		p.flush(blockEl, zone, hint)
		blockEl = n
	}
	if n.DataAtom == atom.A {
		p.inLink++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		p.walk(c, zone, hint, blockEl)
	}
	if n.DataAtom == atom.A {
		p.inLink--
	}
	if isBlock {
		p.flush(n, zone, hint)
	}
}

func inArticle(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.DataAtom == atom.Article || a.DataAtom == atom.Main {
			return true
		}
	}
	return false
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var rec func(*html.Node)
	rec = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
	}
	rec(n)
	return b.String()
}

// flush ends the current text run as a block of el.
func (p *htmlParser) flush(el *html.Node, zone, hint Kind) {
	if p.buf.Len() == 0 {
		return
	}
	raw := p.buf.String()
	links := p.links
	p.buf.Reset()
	p.links = 0
	if el == nil {
		return
	}
	// Two <br> in a row separate paragraphs (old sites lay out stories as
	// text with <br><br> in one element): each becomes a block.
	parts := []string{raw}
	if strings.Count(raw, "\x00") >= 2 {
		parts = doubleBrRE.Split(raw, -1)
	}
	for _, part := range parts {
		text := collapseBr(part)
		if text == "" {
			continue
		}
		if len(parts) > 1 {
			links = 0 // not tracked per part
		}
		p.blocks = append(p.blocks, hblock{text: text, node: el, zone: zone, hint: hint, links: links,
			isTitle: el.DataAtom == atom.H1 || el.DataAtom == atom.H2})
	}
}

// doubleBrRE matches two <br> marks (NUL) with only white space between.
var doubleBrRE = regexp.MustCompile(`\x00[\s\x00]*\x00`)

// collapse collapses whitespace runs to single spaces and trims. Text that
// needs no change is returned without copying.
func collapse(s string) string {
	clean := true
	prevSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				clean = false
				break
			}
			i += size - 1
			prevSpace = false
			continue
		}
		sp := c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
		if sp && (prevSpace || c != ' ') {
			clean = false
			break
		}
		prevSpace = sp
	}
	if clean && !prevSpace {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	pending := false
	for i := 0; i < len(s); {
		c := s[i]
		size := 1
		space := c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
		if c >= utf8.RuneSelf {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		if space {
			pending = b.Len() > 0
		} else {
			if pending {
				b.WriteByte(' ')
				pending = false
			}
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// collapseBr collapses whitespace but keeps <br> (marked by NUL) as "\n".
func collapseBr(s string) string {
	if strings.IndexByte(s, 0) < 0 {
		return collapse(s)
	}
	parts := strings.Split(s, "\x00")
	out := parts[:0]
	for _, part := range parts {
		if c := collapse(part); c != "" {
			out = append(out, c)
		}
	}
	return strings.Join(out, "\n")
}

// classify picks the headline and the story's container and gives every
// block its kind.
func (p *htmlParser) classify() {
	head := p.pickHeadline()
	root := p.pickRoot(head)
	inRoot := func(n *html.Node) bool {
		for a := n; a != nil; a = a.Parent {
			if root[a] {
				return true
			}
		}
		return false
	}
	firstBody := -1
	for i := range p.blocks {
		b := &p.blocks[i]
		switch {
		case b.zone != Other:
			b.kind = b.zone
		case i == head:
			b.kind = Headline
		case b.hint == Byline || isByline(b.text) && utf8.RuneCountInString(b.text) < 80:
			b.kind = Byline
			if _, ok := isDateLine(b.text); ok {
				b.kind = Timestamp
			}
		case isDateOnly(b.text):
			b.kind = Timestamp
		case b.hint == Section && (head < 0 || i < head):
			b.kind = Section
		case b.hint == Standfirst && head >= 0 && i > head && (firstBody < 0 || i <= firstBody+1):
			b.kind = Standfirst
		case len(root) > 0 && inRoot(b.node) && (head < 0 || i > head):
			b.kind = Body
			if isLinkList(b) {
				// "Read more: <a>another story</a>" inside the body.
				b.kind = Related
			} else if firstBody < 0 {
				firstBody = i
			}
		case head >= 0 && i < head && p.blocks[i].node.DataAtom != atom.P:
			b.kind = Navigation
		default:
			b.kind = Other
			if k := footerKind(b.text); k != Other {
				b.kind = k
			}
		}
	}
	// An unmarked paragraph between the headline and the body that repeats
	// the page description is the standfirst.
	if head >= 0 {
		desc := p.meta.first("og:description", "description", "twitter:description")
		hasStandfirst := false
		for i := head + 1; i < len(p.blocks) && (firstBody < 0 || i < firstBody); i++ {
			if p.blocks[i].kind == Standfirst {
				hasStandfirst = true
			}
		}
		for i := head + 1; !hasStandfirst && i < len(p.blocks) && (firstBody < 0 || i < firstBody); i++ {
			b := &p.blocks[i]
			if b.kind == Other && desc != "" && similar(b.text, desc) {
				b.kind = Standfirst
				break
			}
		}
	}
	seenStandfirst := false
	for _, b := range p.blocks {
		k := b.kind
		if k == Standfirst {
			if seenStandfirst {
				k = Body
			}
			seenStandfirst = true
		}
		p.res.Blocks = append(p.res.Blocks, Block{Kind: k, Text: b.text, RawStart: -1})
	}
	if head < 0 {
		p.res.Warnings = append(p.res.Warnings, "no headline element found; headline taken from page metadata")
	}
}

// isLinkList reports a short block that is mostly a link, or that opens
// with "Read more", "Related" or "See also": a pointer to another story.
func isLinkList(b *hblock) bool {
	if len(b.text) > 300 {
		return false
	}
	return b.links*10 > len(b.text)*7 || boilerRE.MatchString(b.text)
}

// pickHeadline returns the index of the h1 (or h2) block that best matches
// the page's title metadata, or the first content h1; -1 if none.
func (p *htmlParser) pickHeadline() int {
	titles := []string{p.meta.ldHeadline, p.meta.first("og:title"), p.meta.first("twitter:title"), p.meta.title}
	best, bestScore := -1, 0.0
	firstH1 := -1
	for i, b := range p.blocks {
		if b.zone != Other || !b.isTitle {
			continue
		}
		if b.node.DataAtom == atom.H1 && firstH1 < 0 {
			firstH1 = i
		}
		for _, t := range titles {
			if t == "" {
				continue
			}
			s := overlap(b.text, t)
			if b.node.DataAtom == atom.H1 {
				s += 0.01
			}
			if s > bestScore {
				best, bestScore = i, s
			}
		}
	}
	if best >= 0 && bestScore >= 0.5 {
		return best
	}
	return firstH1
}

// pickRoot finds the element(s) holding the story's paragraphs: the best
// scored container near the headline, plus well-scored siblings.
func (p *htmlParser) pickRoot(head int) map[*html.Node]bool {
	score := map[*html.Node]float64{}
	var order []*html.Node // candidates in document order of first score
	addScore := func(n *html.Node, s float64) {
		if _, ok := score[n]; !ok {
			order = append(order, n)
		}
		score[n] += s
	}
	for _, b := range p.blocks {
		if b.zone != Other {
			continue
		}
		n := utf8.RuneCountInString(b.text)
		if n < 25 {
			continue
		}
		s := 1 + float64(strings.Count(b.text, ",")) + min(float64(n)/100, 3)
		if b.links*2 > len(b.text) {
			s /= 4
		}
		if par := b.node.Parent; par != nil {
			addScore(par, s)
			if g := par.Parent; g != nil {
				addScore(g, s/2)
			}
		}
	}
	if len(score) == 0 {
		return nil
	}
	// Link density and class hints.
	textLen := map[*html.Node]int{}
	linkLen := map[*html.Node]int{}
	for _, b := range p.blocks {
		if b.zone != Other {
			continue
		}
		for a := b.node; a != nil; a = a.Parent {
			if _, ok := score[a]; ok {
				textLen[a] += len(b.text)
				linkLen[a] += b.links
			}
		}
	}
	for n, s := range score {
		if t := textLen[n]; t > 0 {
			s *= 1 - float64(linkLen[n])/float64(t)
		}
		for _, w := range classWords(n) {
			if positiveWords[w] {
				s *= 1.25
				break
			}
		}
		score[n] = s
	}
	var top *html.Node
	topScore := 0.0
	for _, n := range order {
		if s := score[n]; s > topScore {
			top, topScore = n, s
		}
	}
	if head >= 0 {
		// Prefer the best container near the headline: the lowest ancestor
		// of the headline whose best descendant scores well. Each candidate
		// is filed under the lowest headline ancestor that contains it.
		level := map[*html.Node]int{}
		var ancestors []*html.Node
		for a := p.blocks[head].node.Parent; a != nil; a = a.Parent {
			level[a] = len(ancestors)
			ancestors = append(ancestors, a)
		}
		bestAt := make([]*html.Node, len(ancestors))
		for _, n := range order {
			for a := n; a != nil; a = a.Parent {
				if l, ok := level[a]; ok {
					if bestAt[l] == nil || score[n] > score[bestAt[l]] {
						bestAt[l] = n
					}
					break
				}
			}
		}
		var run *html.Node
		for _, n := range bestAt {
			if n != nil && (run == nil || score[n] > score[run]) {
				run = n
			}
			if run != nil && score[run] >= topScore*0.3 {
				top, topScore = run, score[run]
				break
			}
		}
	}
	if top == nil {
		return nil
	}
	root := map[*html.Node]bool{top: true}
	// Siblings that continue the story (a body split by an ad slot), unless
	// the container is a whole <article> or the sibling holds another
	// story's heading.
	if top.Parent != nil && top.DataAtom != atom.Article {
		for c := top.Parent.FirstChild; c != nil; c = c.NextSibling {
			if c != top && score[c] >= max(3, topScore*0.2) && c.DataAtom != atom.Article && !hasHeading(c) && !hasTag(c, atom.Article) {
				root[c] = true
			}
		}
	}
	return root
}

// hasTag reports whether n has a descendant element with tag a.
func hasTag(n *html.Node, a atom.Atom) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == a || hasTag(c, a)) {
			return true
		}
	}
	return false
}

// normWords lower-cases s and splits it into words without punctuation.
func normWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// overlap is the share of a's words found in b (0 to 1), penalised when b
// is much longer than a.
func overlap(a, b string) float64 {
	wa, wb := normWords(a), normWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	set := make(map[string]bool, len(wb))
	for _, w := range wb {
		set[w] = true
	}
	hit := 0
	for _, w := range wa {
		if set[w] {
			hit++
		}
	}
	s := float64(hit) / float64(len(wa))
	if len(wb) > 2*len(wa)+4 {
		s /= 2
	}
	return s
}

func similar(a, b string) bool { return overlap(a, b) >= 0.6 && overlap(b, a) >= 0.6 }

// resolve chooses each metadata field from its sources, most specific first,
// and records disagreements as warnings.
func (p *htmlParser) resolve() {
	r, m := p.res, &p.meta
	// Headline: the printed headline, else JSON-LD, og:title, <title>.
	site := firstNonEmpty(m.first("og:site_name"), m.ldPublisher, m.first("application-name"))
	sources := []struct{ name, value string }{
		{"JSON-LD headline", m.ldHeadline}, {"og:title", m.first("og:title")}, {"twitter:title", m.first("twitter:title")}, {"<title>", stripSite(m.title, site)},
	}
	for _, b := range r.Blocks {
		if b.Kind == Headline {
			r.Headline = collapse(b.Text)
			break
		}
	}
	chosen := "<h1>"
	if r.Headline == "" {
		for _, s := range sources {
			if s.value != "" {
				r.Headline, chosen = stripSite(s.value, site), s.name
				r.Blocks = append([]Block{{Kind: Headline, Text: r.Headline, RawStart: -1}}, r.Blocks...)
				break
			}
		}
	}
	for _, s := range sources {
		v := stripSite(s.value, site)
		if v != "" && s.name != chosen && !strings.EqualFold(normTitle(v), normTitle(r.Headline)) && !titleHas(v, r.Headline) {
			r.Warnings = append(r.Warnings, fmt.Sprintf("headline: %s %q differs from %s %q; kept %s", s.name, v, chosen, r.Headline, chosen))
		}
	}
	for _, b := range r.Blocks {
		if b.Kind == Standfirst {
			r.Standfirst = collapse(b.Text)
			break
		}
	}
	// Publication.
	r.Publication = titleCase(site)
	if r.Publication == "" {
		if parts := splitTitle(m.title); len(parts) > 1 {
			r.Publication = parts[len(parts)-1]
		}
	}
	if r.Publication == "" {
		for _, b := range r.Blocks {
			if b.Kind == Footer || b.Kind == Copyright {
				if name := copyrightHolder(b.Text); name != "" {
					r.Publication = name
					break
				}
			}
		}
	}
	// Section.
	sec := firstNonEmpty(m.first("article:section", "section", "article.section", "parsely-section"), m.ldSection)
	if sec == "" {
		for _, b := range r.Blocks {
			if b.Kind == Section {
				sec = b.Text
				break
			}
		}
	}
	r.Section = titleCase(sec)
	// Authors.
	authors := m.ldAuthors
	if len(authors) == 0 {
		for _, a := range m.props["author"] {
			authors = append(authors, personNames(a)...)
		}
	}
	if len(authors) == 0 {
		authors = append(authors, m.relAuthors...)
	}
	if len(authors) == 0 {
		for _, b := range r.Blocks {
			if b.Kind == Byline {
				if mm := byPrefixRE.FindStringIndex(b.Text); mm != nil {
					authors = append(authors, personNames(strings.Split(b.Text[mm[1]:], "\n")[0])...)
				}
			}
		}
	}
	r.Authors = dedupe(authors)
	// Published: the most precise of the sources, in this order.
	p.resolvePublished()
	// URL.
	r.URL = firstNonEmpty(m.canonical, m.first("og:url"), m.ldURL)
	// Language: the story's own words decide; the declared tag refines it.
	detected := storyLanguage(r)
	declared := firstNonEmpty(m.lang, m.ldLang, strings.ReplaceAll(m.first("og:locale"), "_", "-"))
	switch {
	case declared != "" && (detected == "" || strings.EqualFold(primary(declared), detected)):
		r.Language = declared
	case detected != "":
		r.Language = detected
		if declared != "" {
			r.Warnings = append(r.Warnings, fmt.Sprintf("language: page declares %q but the story reads as %q; kept %q", declared, detected, detected))
		}
	}
	if m.ldBad > 0 {
		r.Warnings = append(r.Warnings, fmt.Sprintf("%d JSON-LD block(s) could not be parsed", m.ldBad))
	}
}

func (p *htmlParser) resolvePublished() {
	r, m := p.res, &p.meta
	type src struct{ name, value string }
	srcs := []src{
		{"JSON-LD datePublished", m.ldPublished},
		{"article:published_time", m.first("article:published_time", "og:published_time")},
		{"meta date", m.first("date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "pubdate", "publishdate", "publish-date", "publication_date", "article.published", "parsely-pub-date", "sailthru.date", "datepublished")},
	}
	for _, t := range p.times {
		if t.zone == Other && (t.hint == Byline || hasWord(t.node, "published", "entry", "pubdate", "datepublished")) {
			srcs = append(srcs, src{"<time datetime>", t.datetime})
			break
		}
	}
	for _, b := range r.Blocks {
		if b.Kind == Timestamp || b.Kind == Byline {
			if d := findDate(b.Text, false); d != nil {
				srcs = append(srcs, src{"byline", d.Text})
				break
			}
		}
	}
	rank := map[string]int{model.PrecisionYear: 1, model.PrecisionMonth: 2, model.PrecisionDay: 3}
	var best *model.DateValue
	bestName := ""
	var all []struct {
		name string
		d    *model.DateValue
	}
	for _, s := range srcs {
		if s.value == "" {
			continue
		}
		d := findDate(s.value, false)
		if d == nil {
			continue
		}
		d.Text = s.value
		all = append(all, struct {
			name string
			d    *model.DateValue
		}{s.name, d})
		if best == nil || rank[d.Precision] > rank[best.Precision] {
			best, bestName = d, s.name
		}
	}
	if best == nil {
		return
	}
	// Show the date as printed when a visible <time> or byline gives the
	// same date.
	printed := ""
	for _, t := range p.times {
		if d := findDate(t.datetime, false); d != nil && d.Value == best.Value && t.text != "" && t.zone == Other {
			printed = t.text
			break
		}
	}
	for _, b := range r.Blocks {
		if printed != "" {
			break
		}
		if b.Kind == Timestamp || b.Kind == Byline {
			if d := findDate(b.Text, false); d != nil && d.Value == best.Value {
				printed = d.Text
			}
		}
	}
	if printed != "" {
		best.Text = printed
	}
	for _, a := range all {
		if !strings.HasPrefix(best.Value, a.d.Value) {
			r.Warnings = append(r.Warnings, fmt.Sprintf("published: %s %q disagrees with %s %q; kept %s", a.name, a.d.Value, bestName, best.Value, bestName))
		}
	}
	r.Published = best
}

func hasWord(n *html.Node, words ...string) bool {
	for _, w := range classWords(n) {
		for _, x := range words {
			if w == x {
				return true
			}
		}
	}
	return false
}

func primary(tag string) string {
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		return tag[:i]
	}
	return tag
}

func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

func dedupe(xs []string) []string {
	out := []string{}
	seen := map[string]bool{}
	for _, x := range xs {
		x = collapse(x)
		if x == "" || seen[strings.ToLower(x)] {
			continue
		}
		seen[strings.ToLower(x)] = true
		out = append(out, x)
	}
	return out
}

// titleSeps separate a page title from the site name.
var titleSeps = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " » "}

func splitTitle(t string) []string {
	for _, sep := range titleSeps {
		if strings.Contains(t, sep) {
			parts := strings.Split(t, sep)
			for i := range parts {
				parts[i] = strings.TrimSpace(parts[i])
			}
			return parts
		}
	}
	return []string{t}
}

// stripSite removes a trailing (or leading) site name from a page title.
func stripSite(t, site string) string {
	t = collapse(t)
	parts := splitTitle(t)
	if len(parts) < 2 {
		return t
	}
	last, first := parts[len(parts)-1], parts[0]
	switch {
	case site != "" && strings.EqualFold(last, site):
		return strings.TrimSpace(t[:strings.LastIndex(t, last)-len(lastSep(t))])
	case site != "" && strings.EqualFold(first, site):
		return strings.TrimSpace(t[len(first)+len(lastSep(t)):])
	case len(normWords(last)) <= 4 && len(normWords(first)) > 4:
		return strings.TrimSpace(t[:strings.LastIndex(t, last)-len(lastSep(t))])
	}
	return t
}

func lastSep(t string) string {
	for _, sep := range titleSeps {
		if strings.Contains(t, sep) {
			return sep
		}
	}
	return ""
}

// titleHas reports whether one of the separated parts of a page title is
// the headline ("Port hit - Port News" has "Port hit").
func titleHas(title, headline string) bool {
	for _, part := range splitTitle(title) {
		if normTitle(part) == normTitle(headline) {
			return true
		}
	}
	return false
}

func normTitle(s string) string { return strings.Join(normWords(s), " ") }
