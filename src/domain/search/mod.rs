//! Finding what a reader types: Kazakh-aware folding (`fold`), the search box's text as terms
//! (`query`), the interview folded per language (`index`) and the spans that match
//! (`matcher`), behind one entry point, `Searcher`, as Pagefind keeps its search core apart
//! from any page.

pub mod fold;
pub mod index;
pub mod matcher;
pub mod query;

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use crate::domain::language::letters_for;
use crate::domain::model::{Interview, Lang};
use fold::Letters;
use index::SearchIndex;
use matcher::{Scope, SearchResult};
use query::Query;

/// What the reader asks for: the search box's text, the letter mode and where to look.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct SearchRequest {
    /// The search box's text, as typed.
    pub text: String,
    /// Whether Kazakh letters fold.
    pub letters: Letters,
    /// Questions, answers or everything.
    pub scope: Scope,
}

/// A request as read for one language (its script decides the folding), and what it finds.
#[derive(Debug, Default, PartialEq)]
pub struct Searched {
    /// The terms searched.
    pub query: Query,
    /// Their matches.
    pub result: SearchResult,
}

/// Searches one interview in any of its languages. Each language's index is folded the first
/// time it is asked for (most readers never search most languages) and kept.
pub struct Searcher {
    interview: Rc<Interview>,
    indexes: RefCell<BTreeMap<Lang, Rc<SearchIndex>>>,
}

impl Searcher {
    /// A searcher of `interview`, with no index folded yet.
    pub fn new(interview: Rc<Interview>) -> Self {
        Searcher {
            interview,
            indexes: RefCell::default(),
        }
    }

    /// The interview searched.
    pub fn interview(&self) -> &Rc<Interview> {
        &self.interview
    }

    /// The index of `lang`, folded now if it was not before.
    pub fn index(&self, lang: &str) -> Rc<SearchIndex> {
        let mut indexes = self.indexes.borrow_mut();
        let index = indexes
            .entry(lang.to_owned())
            .or_insert_with(|| Rc::new(SearchIndex::new(&self.interview, lang)));
        Rc::clone(index)
    }

    /// Whether `lang`'s index is folded already.
    pub fn has_index(&self, lang: &str) -> bool {
        self.indexes.borrow().contains_key(lang)
    }

    /// What `request` finds in `lang`.
    pub fn search(&self, request: &SearchRequest, lang: &str) -> Searched {
        let letters = letters_for(request.letters, &request.text, lang);
        let query = Query::parse(&request.text, letters);
        let result = self.index(lang).search(&query, request.scope);
        Searched { query, result }
    }

    /// How many matches `request` has in each of `languages`; `None` for a blank search box.
    pub fn counts(
        &self,
        request: &SearchRequest,
        languages: &[Lang],
    ) -> Option<Vec<(Lang, usize)>> {
        if request.text.trim().is_empty() {
            return None;
        }
        let count = |lang: &Lang| (lang.clone(), self.search(request, lang).result.total);
        Some(languages.iter().map(count).collect())
    }
}

/// The order in which to fold the indexes ahead of the reader: the language shown first, then
/// the others that the language control's counts need.
pub fn folding_order(shown: &str, offered: &[Lang]) -> Vec<Lang> {
    let others = offered.iter().filter(|lang| *lang != shown).cloned();
    std::iter::once(shown.to_owned()).chain(others).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::sample::from_text;

    fn searcher() -> Searcher {
        let mut interview = from_text("- Тоқаев?\n- Тоқаев, Тоқаев.");
        let english = crate::domain::input::parser::parse_text("- Tokayev?\n- Yes.").unwrap();
        interview.add_translation("en", english).unwrap();
        Searcher::new(Rc::new(interview.with_kazakh_latin()))
    }

    fn request(text: &str) -> SearchRequest {
        SearchRequest {
            text: text.into(),
            ..SearchRequest::default()
        }
    }

    #[test]
    fn an_index_is_folded_when_first_asked_for_and_kept() {
        let searcher = searcher();
        assert!(!searcher.has_index("kk"));
        let first = searcher.index("kk");
        assert!(searcher.has_index("kk") && !searcher.has_index("en"));
        assert!(Rc::ptr_eq(&first, &searcher.index("kk")));
    }

    #[test]
    fn a_query_is_read_for_the_script_of_the_language_searched() {
        let searcher = searcher();
        assert_eq!(searcher.search(&request("toqaev"), "kk").result.total, 3);
        assert_eq!(
            searcher.search(&request("тоқаев"), "kk-Latn").result.total,
            3
        );
        assert_eq!(searcher.search(&request("токаев"), "kk").result.total, 3);
    }

    #[test]
    fn counts_cover_every_language_asked_and_nothing_for_a_blank_box() {
        let searcher = searcher();
        let languages: Vec<Lang> = ["kk", "kk-Latn", "en"].map(String::from).to_vec();
        let counts = searcher.counts(&request("tokayev"), &languages).unwrap();
        assert_eq!(
            counts,
            [("kk".into(), 0), ("kk-Latn".into(), 0), ("en".into(), 1)]
        );
        assert_eq!(searcher.counts(&request("  "), &languages), None);
    }

    #[test]
    fn the_shown_language_is_folded_first() {
        let offered: Vec<Lang> = ["kk", "kk-Latn", "en"].map(String::from).to_vec();
        assert_eq!(folding_order("en", &offered), ["en", "kk", "kk-Latn"]);
    }
}
