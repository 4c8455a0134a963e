//! Where the archive's search stands: the interviews the index found, those searched so far
//! (a page of results at a time, each fetched and counted as its page counts), and what to say.

use crate::domain::archive::catalog::Catalog;
use crate::domain::archive::filters::Filters;
use crate::domain::archive::index::{DocId, IndexQuery, Mode};
use crate::domain::archive::results::ArchiveResult;
use crate::domain::model::Lang;
use crate::domain::search::SearchRequest;
use crate::domain::view::ui_text::UiText;

/// What a search needs of the index: its query over the documents searched, one per choice of
/// the language control (for their counts), and the shard files all of them need.
pub struct Lookup {
    /// The query over the documents the filters search.
    pub query: IndexQuery,
    /// The query each choice of the language control would make.
    pub choices: Vec<(Option<Lang>, IndexQuery)>,
    /// Every shard file they need, with its mode, once.
    pub shards: Vec<(Mode, String)>,
}

impl Lookup {
    /// The lookups `filters`' search needs in `catalog`.
    pub fn new(catalog: &Catalog, filters: &Filters) -> Self {
        let text = filters.query.trim();
        let query = IndexQuery::new(text, &filters.documents(catalog));
        let choices: Vec<(Option<Lang>, IndexQuery)> = filters
            .documents_per_choice(catalog)
            .into_iter()
            .map(|(lang, docs)| (lang, IndexQuery::new(text, &docs)))
            .collect();
        let mut shards: Vec<(Mode, &str)> = std::iter::once(&query)
            .chain(choices.iter().map(|(_, choice)| choice))
            .flat_map(|q| q.shards(&catalog.index))
            .collect();
        shards.sort_unstable();
        shards.dedup();
        Lookup {
            query,
            choices,
            shards: shards
                .into_iter()
                .map(|(mode, file)| (mode, file.to_owned()))
                .collect(),
        }
    }
}

/// How many found interviews are searched and shown at a time.
pub const PAGE: usize = 10;

/// What the search is doing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Progress {
    /// Nothing to search.
    #[default]
    Idle,
    /// Fetching what the query needs.
    Searching,
    /// Results are shown.
    Done,
    /// The index or an interview could not be fetched (why, for the console).
    Failed(String),
}

/// The archive search's state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ArchiveSearch {
    /// What is searched.
    pub request: SearchRequest,
    /// What it is doing.
    pub progress: Progress,
    /// The interviews found and searched, best first.
    pub results: Vec<ArchiveResult>,
    /// Found interviews not searched yet, best first.
    pub waiting: Vec<DocId>,
    /// How many interviews the index finds with each choice of the language control
    /// (`None`: each in its original).
    pub per_choice: Vec<(Option<Lang>, usize)>,
}

impl ArchiveSearch {
    /// The search of `request` beginning.
    pub fn searching(request: &SearchRequest) -> Self {
        ArchiveSearch {
            request: request.clone(),
            progress: Progress::Searching,
            ..ArchiveSearch::default()
        }
    }

    /// The next documents to search, taken off the waiting list.
    pub fn next_page(&mut self) -> Vec<DocId> {
        let take = self.waiting.len().min(PAGE);
        self.waiting.drain(..take).collect()
    }

    /// How many interviews the index finds with `choice` of the language control, while a
    /// search is done.
    pub fn found_with(&self, choice: Option<&str>) -> Option<usize> {
        self.per_choice
            .iter()
            .find(|(lang, _)| lang.as_deref() == choice)
            .map(|(_, count)| *count)
    }

    /// How many matches the results shown have in all.
    pub fn matches(&self) -> usize {
        self.results.iter().map(|r| r.count).sum()
    }

    /// Whether more found interviews can be shown.
    pub fn has_more(&self) -> bool {
        !self.waiting.is_empty()
    }

    /// What the status line says, in `text`'s language (nothing while idle).
    pub fn status(&self, text: &UiText) -> Option<String> {
        match &self.progress {
            Progress::Idle => None,
            Progress::Searching => Some(text.searching.to_owned()),
            Progress::Failed(_) => Some(text.search_failed.to_owned()),
            Progress::Done if self.results.is_empty() && !self.has_more() => {
                Some(text.no_matches.to_owned())
            }
            Progress::Done => {
                let status = (text.archive_status)(self.matches(), self.results.len());
                Some(if self.has_more() {
                    format!("{status} …")
                } else {
                    status
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_status_says_what_the_search_is_doing() {
        let english = UiText::for_lang("en");
        let mut search = ArchiveSearch::default();
        assert_eq!(search.status(english), None);
        search = ArchiveSearch::searching(&SearchRequest::default());
        assert_eq!(search.status(english).unwrap(), "Searching…");
        search.progress = Progress::Done;
        assert_eq!(search.status(english).unwrap(), "No matches");
        search.results = vec![ArchiveResult {
            entry: 0,
            lang: "kk".into(),
            count: 3,
            snippets: Vec::new(),
        }];
        assert_eq!(search.status(english).unwrap(), "3 matches in 1 interview");
        search.waiting = vec![7];
        assert_eq!(
            search.status(english).unwrap(),
            "3 matches in 1 interview …"
        );
        search.progress = Progress::Failed("x.json: HTTP 404".into());
        assert!(
            search
                .status(english)
                .unwrap()
                .starts_with("The search index")
        );
    }

    #[test]
    fn a_blank_search_needs_no_shard_and_every_choice_is_counted() {
        let interview = crate::domain::sample::from_text("- Q\n- A");
        let catalog = Catalog::new([("a", &interview)]);
        let lookup = Lookup::new(&catalog, &Filters::default());
        assert!(lookup.shards.is_empty());
        let choices: Vec<Option<Lang>> = lookup.choices.into_iter().map(|(l, _)| l).collect();
        assert_eq!(choices, [None, Some("kk".to_owned())]);
    }

    #[test]
    fn found_interviews_are_searched_a_page_at_a_time() {
        let mut search = ArchiveSearch::searching(&SearchRequest::default());
        search.waiting = (0..25).collect();
        assert_eq!(search.next_page(), (0..10).collect::<Vec<_>>());
        assert_eq!(search.next_page().len(), PAGE);
        assert_eq!(search.next_page(), [20, 21, 22, 23, 24]);
        assert!(!search.has_more());
    }
}
