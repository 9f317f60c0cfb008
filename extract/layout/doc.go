// Package layout finds the article inside a page: it splits a plain-text
// article (a PDF journal's text dump, a news page saved as text) or an HTML
// page into classified blocks (masthead, issue line, section, headline,
// standfirst, byline, dateline, body, footer, copyright, navigation,
// related stories, comments, boilerplate) and fills the article's metadata:
// headline, standfirst, section, publication, authors, language, publication
// date and canonical URL.
//
// [Result.Story] returns the blocks that make up the story (headline,
// standfirst and body), so that masthead and footer text never reaches the
// recognisers.
//
// Plain text keeps every block's text exactly as in the input, hard-wrap
// line breaks and line-end hyphens included, with its code-point offset
// (Block.RawStart), so that dehyphenation can run afterwards and every span
// maps back to the input. Paragraphs are found at blank lines and, in
// hard-wrapped text, where a line ends a sentence well short of the typical
// line width. Footers, repeated mastheads and page numbers inside the body
// (a page break) are classified and the paragraph they interrupt is marked
// Continued.
//
// HTML metadata comes from <title>, og:*, twitter:*, article:* and name=
// meta tags, JSON-LD (NewsArticle, Article, ReportageNewsArticle,
// BlogPosting, inside @graph or arrays), <time datetime>, rel=author,
// <html lang> and the canonical link; where sources disagree the most
// specific wins and a warning says so. The story container is chosen by
// scoring paragraphs (length, commas, link density, class hints) near the
// headline, after navigation, headers, footers, asides, forms, scripts,
// cookie banners, share bars, related lists, newsletter boxes and comments
// have been set aside. A page nested deeper than the HTML parser allows is
// laid out from its text as plain text, with a warning.
//
// Files:
//   - layout.go: [Kind], [Block], [Result] and [Result.Story].
//   - text.go: [Text], the plain-text parser.
//   - html.go: [HTML], the HTML parser.
//   - words.go: month names in seven languages, date finding, title case
//     and stop-word language guessing.
//
// [Text] and [HTML] are pure functions, safe for concurrent use.
package layout
