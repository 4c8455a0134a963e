//! What the reader typed into the search box, split into the terms a turn must all contain.
//!
//! Words are separate terms; a quoted phrase (`"…"`, `“…”`, `«…»`, as phones and Kazakh text
//! quote) is one term. Terms are folded like the text, so matching never re-folds the text.

use crate::domain::search::fold::{Letters, fold};

/// More terms than this are not searched: no reader types them, and a pasted page must not
/// make each keystroke scan the interview thousands of times.
pub const MAX_TERMS: usize = 24;

/// The search box's text as the terms searched, folded.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    /// Folded, distinct, non-empty terms, longest first.
    terms: Vec<String>,
    letters: Letters,
    /// Whether terms beyond `MAX_TERMS` were left out.
    truncated: bool,
}

impl Query {
    /// Reads `text`: words, and "quoted phrases" (also «…», “…”), folded for `letters`,
    /// each once, at most `MAX_TERMS`.
    pub fn parse(text: &str, letters: Letters) -> Self {
        let mut terms: Vec<String> = Vec::new();
        let mut truncated = false;
        for raw in split_terms(text) {
            let term = fold(raw, letters);
            let term = term.trim();
            if term.is_empty() || terms.iter().any(|t| t == term) {
                continue;
            }
            if terms.len() == MAX_TERMS {
                truncated = true;
                break;
            }
            terms.push(term.to_owned());
        }
        // Longer terms first: where terms overlap, the longer one decides the highlight.
        terms.sort_by_key(|term| std::cmp::Reverse(term.len()));
        Query {
            terms,
            letters,
            truncated,
        }
    }

    /// Whether there is nothing to search.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// The folded terms, longest first.
    pub fn terms(&self) -> &[String] {
        &self.terms
    }

    /// The folding the terms were read with.
    pub fn letters(&self) -> Letters {
        self.letters
    }

    /// Whether terms beyond `MAX_TERMS` were left out.
    pub fn is_truncated(&self) -> bool {
        self.truncated
    }
}

/// Splits on whitespace outside quotes; a quote opens a phrase up to its closing quote (or the
/// end of the query when it is never closed).
fn split_terms(text: &str) -> Vec<&str> {
    let mut terms = Vec::new();
    let mut rest = text;
    loop {
        rest = rest.trim_start();
        let Some(first) = rest.chars().next() else {
            break;
        };
        if let Some(closing) = closing_quote(first) {
            let inside = &rest[first.len_utf8()..];
            let end = inside.find(closing).unwrap_or(inside.len());
            terms.push(&inside[..end]);
            rest = inside[end..].strip_prefix(closing).unwrap_or("");
        } else {
            let end = rest
                .find(|c: char| c.is_whitespace() || closing_quote(c).is_some())
                .unwrap_or(rest.len());
            terms.push(&rest[..end]);
            rest = &rest[end..];
        }
    }
    terms
}

fn closing_quote(opening: char) -> Option<char> {
    match opening {
        '"' => Some('"'),
        '“' => Some('”'),
        '„' => Some('“'),
        '«' => Some('»'),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(text: &str) -> Vec<String> {
        Query::parse(text, Letters::Folded).terms
    }

    #[test]
    fn words_are_terms_and_quoted_phrases_are_one_term() {
        assert_eq!(terms("Тоқаев  форум"), ["токаев", "форум"]);
        assert_eq!(
            terms("\"бейбітшілік пен\" сенім"),
            ["бейбитшилик пен", "сеним"]
        );
        assert_eq!(terms("«түркі әлемі»"), ["турки алеми"]);
        assert_eq!(terms("“Қазақстан”"), ["казакстан"]);
        assert_eq!(terms("\"ашық сөз тіркесі"), ["ашык соз тиркеси"]);
    }

    #[test]
    fn blank_and_repeated_terms_are_dropped() {
        assert!(Query::parse("  \t \n", Letters::Folded).is_empty());
        assert!(Query::parse("\"\" \" \"", Letters::Folded).is_empty());
        assert_eq!(terms("Тоқаев ТОКАЕВ тоқаев"), ["токаев"]);
    }

    #[test]
    fn a_pasted_page_is_cut_to_the_first_terms() {
        let text: String = (0..1000).map(|i| format!("w{i} ")).collect();
        let query = Query::parse(&text, Letters::Folded);
        assert_eq!(query.terms().len(), MAX_TERMS);
        assert!(query.is_truncated());
    }

    #[test]
    fn query_metacharacters_are_plain_text() {
        let expected = ["<script>", "[a-z]+", ".*"].map(|t| fold(t, Letters::Folded));
        assert_eq!(terms(".* [a-z]+ <script>"), expected);
    }
}
