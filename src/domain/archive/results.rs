//! What the archive's search shows of an interview it found: the page's own count of matches
//! (the same `Searcher` over the same text) and up to three snippets around them.

use crate::domain::archive::catalog::{Catalog, Entry};
use crate::domain::model::Lang;
use crate::domain::search::fold::Letters;
use crate::domain::search::index::Block;
use crate::domain::search::matcher::Span;
use crate::domain::search::{SearchRequest, Searcher};
use crate::domain::view::matches::pieces;

/// How many snippets a result shows.
pub const SNIPPETS: usize = 3;

/// How much text a snippet keeps before its first match and after it, in characters.
const BEFORE: usize = 60;
const AFTER: usize = 120;

/// A piece of a snippet: text, and whether it is a match.
pub type SnippetPiece = (String, bool);

/// One interview the search found, in the language it was searched in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArchiveResult {
    /// Its place in the catalog.
    pub entry: usize,
    /// The language searched.
    pub lang: Lang,
    /// Its matches, as its page counts them.
    pub count: usize,
    /// Up to `SNIPPETS` passages, each cut into plain and marked pieces.
    pub snippets: Vec<Vec<SnippetPiece>>,
}

impl ArchiveResult {
    /// The result of searching `searcher`'s interview (in `lang`) for `request`; `None` if it
    /// has no match. The searcher keeps its folded text for the next query.
    pub fn of(
        entry: usize,
        searcher: &Searcher,
        lang: &str,
        request: &SearchRequest,
    ) -> Option<Self> {
        let interview = searcher.interview();
        let result = searcher.search(request, lang).result;
        if result.total == 0 {
            return None;
        }
        let blocks =
            std::iter::once(Block::Lead).chain((0..interview.turns.len()).map(Block::Turn));
        let snippets = blocks
            .filter_map(|block| {
                let hits = result.hits(block)?;
                let paragraphs = match block {
                    Block::Lead => interview.lead.get(lang).map_or(&[][..], Vec::as_slice),
                    Block::Turn(index) => interview.turns[index].paragraphs_in(lang),
                };
                let (text, spans) = paragraphs
                    .iter()
                    .zip(&hits.paragraphs)
                    .find(|(_, spans)| !spans.is_empty())?;
                Some(snippet(text, spans))
            })
            .take(SNIPPETS)
            .collect();
        Some(ArchiveResult {
            entry,
            lang: lang.to_owned(),
            count: result.total,
            snippets,
        })
    }

    /// The address of the result's page, relative to the home: the search active (with exact
    /// letters, if asked), in the language searched where that is not the original.
    pub fn href(&self, catalog: &Catalog, request: &SearchRequest) -> String {
        let entry: &Entry = &catalog.entries[self.entry];
        let mut query = form_urlencoded::Serializer::new(String::new());
        query.append_pair("q", &request.text);
        if request.letters == Letters::Exact {
            query.append_pair("exact", "1");
        }
        if self.lang != entry.original {
            query.append_pair("lang", &self.lang);
        }
        catalog.page_href(entry, &query.finish())
    }
}

/// The part of `text` around its first match, with every match inside it marked.
fn snippet(text: &str, spans: &[Span]) -> Vec<SnippetPiece> {
    let first = &spans[0];
    let start = back_to_word(text, char_offset_before(text, first.start, BEFORE));
    let end = char_offset_after(text, first.end, AFTER);
    let end = text[..end]
        .rfind(' ')
        .filter(|&at| at > first.end)
        .unwrap_or(end);
    let inside: Vec<Span> = spans
        .iter()
        .filter(|s| s.start >= start && s.end <= end)
        .map(|s| s.start - start..s.end - start)
        .collect();
    let mut out: Vec<SnippetPiece> = Vec::new();
    if start > 0 {
        out.push(("…".to_owned(), false));
    }
    out.extend(
        pieces(&text[start..end], &inside)
            .into_iter()
            .map(|piece| (piece.text.to_owned(), piece.mark.is_some())),
    );
    if end < text.len() {
        out.push(("…".to_owned(), false));
    }
    out
}

/// The byte offset `chars` characters before `at` (or 0).
fn char_offset_before(text: &str, at: usize, chars: usize) -> usize {
    text[..at]
        .char_indices()
        .rev()
        .nth(chars.saturating_sub(1))
        .map_or(0, |(i, _)| i)
}

/// The byte offset `chars` characters after `at` (or the end).
fn char_offset_after(text: &str, at: usize, chars: usize) -> usize {
    text[at..]
        .char_indices()
        .nth(chars)
        .map_or(text.len(), |(i, _)| at + i)
}

/// `at` moved forward to the start of a word, unless it is the text's start.
fn back_to_word(text: &str, at: usize) -> usize {
    if at == 0 {
        return 0;
    }
    text[at..].find(' ').map_or(at, |space| at + space + 1)
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use super::*;
    use crate::domain::sample::from_text;

    fn request(text: &str) -> SearchRequest {
        SearchRequest {
            text: text.into(),
            ..SearchRequest::default()
        }
    }

    #[test]
    fn a_result_counts_as_the_page_and_marks_its_snippets() {
        let interview = Rc::new(from_text(
            "Кіріспе.\n- Тоқаев туралы?\n- Тоқаев пен Тоқаевтың сөзі.\n- Басқа?\n- Тоқаев.\n- Тағы?\n- Тоқаев.",
        ));
        let searcher = Searcher::new(Rc::clone(&interview));
        let result = ArchiveResult::of(0, &searcher, "kk", &request("токаев")).unwrap();
        let page = Searcher::new(interview.clone()).search(&request("токаев"), "kk");
        assert_eq!(result.count, page.result.total);
        assert_eq!(result.count, 5);
        assert_eq!(result.snippets.len(), SNIPPETS);
        let marked: Vec<&str> = result.snippets[1]
            .iter()
            .filter(|(_, mark)| *mark)
            .map(|(text, _)| text.as_str())
            .collect();
        assert_eq!(marked, ["Тоқаев", "Тоқаев"]);
        assert!(ArchiveResult::of(0, &searcher, "kk", &request("жоқ сөз")).is_none());
    }

    #[test]
    fn a_snippet_is_cut_around_its_first_match_at_words() {
        let text = format!("{} Тоқаев {}", "бас ".repeat(40), "соң ".repeat(60));
        let at = text.find("Тоқаев").unwrap();
        let span: Span = at..at + "Тоқаев".len();
        let pieces = snippet(&text, std::slice::from_ref(&span));
        assert_eq!(pieces.first().unwrap().0, "…");
        assert_eq!(pieces.last().unwrap().0, "…");
        assert!(pieces[1].0.starts_with("бас"), "{pieces:?}");
        assert_eq!(pieces[2], ("Тоқаев".to_owned(), true));
    }
}
