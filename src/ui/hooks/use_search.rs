use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::use_after_pause;
use crate::domain::language::LanguageChoice;
use crate::domain::model::{Interview, Lang};
use crate::domain::search::{SearchRequest, Searched, Searcher, folding_order};
use crate::domain::view::map::MAP_RESOLUTION;
use crate::domain::view::matches::{ShownMatches, Tick};
use crate::web::timer::{self, Pending};

/// Pause in typing before the matches of the languages not shown are counted, so that
/// keystrokes pay only for the languages on screen.
const COUNTS_PAUSE_MS: u32 = 150;

/// The search as the page shows it.
pub struct SearchView {
    /// What the request finds in the language shown.
    pub shown: Rc<Searched>,
    /// And in the language beside it, if one is.
    pub beside: Rc<Option<Searched>>,
    /// Matches per language, once typing paused; `None` for a blank search box.
    pub counts: Option<Vec<(Lang, usize)>>,
    /// The match map's ticks (in the highlight view only).
    pub ticks: Rc<Vec<Tick>>,
}

impl SearchView {
    /// The matches of the columns on screen.
    pub fn matches(&self) -> Vec<&crate::domain::search::matcher::SearchResult> {
        let beside = (*self.beside).as_ref().map(|searched| &searched.result);
        std::iter::once(&self.shown.result).chain(beside).collect()
    }
}

/// Searches `interview` for `request` in the languages shown. Indexes are folded while the
/// reader reads, not on a keystroke: the shown language's first, then the others, one task
/// each; the other languages' counts wait for a pause in typing.
#[hook]
pub fn use_search(
    interview: &Rc<Interview>,
    request: &SearchRequest,
    languages: &LanguageChoice,
    offered: &[Lang],
    with_ticks: bool,
) -> SearchView {
    let searcher = use_memo(interview.clone(), |interview| {
        Rc::new(Searcher::new(interview.clone()))
    });
    let searcher: Rc<Searcher> = (*searcher).clone();
    let shown = {
        let searcher = searcher.clone();
        use_memo(
            (request.clone(), languages.lang.clone()),
            move |(request, lang)| searcher.search(request, lang),
        )
    };
    let beside = {
        let searcher = searcher.clone();
        use_memo(
            (request.clone(), languages.beside.clone()),
            move |(request, beside)| beside.as_ref().map(|lang| searcher.search(request, lang)),
        )
    };
    {
        let (searcher, offered) = (searcher.clone(), offered.to_vec());
        use_effect_with(languages.lang.clone(), move |lang| {
            let pending = Rc::new(RefCell::new(None));
            fold_in_turn(searcher, folding_order(lang, &offered), pending.clone());
            move || drop(pending.take())
        });
    }
    let counts = use_state(|| None::<Vec<(Lang, usize)>>);
    {
        let (searcher, offered, counts) = (searcher.clone(), offered.to_vec(), counts.clone());
        use_after_pause(COUNTS_PAUSE_MS, request.clone(), move |request| {
            counts.set(searcher.counts(&request, &offered));
        });
    }
    let ticks = {
        let (shown, beside) = (shown.clone(), beside.clone());
        let key = (request.clone(), languages.clone(), with_ticks);
        use_memo(key, move |(_, languages, with_ticks)| {
            if !*with_ticks {
                return Vec::new();
            }
            let beside = (*beside).as_ref().map(|searched| &searched.result);
            let columns: Vec<_> = std::iter::once(&shown.result).chain(beside).collect();
            let matches = ShownMatches { columns: &columns };
            matches.map_ticks(&searcher.index(&languages.lang), MAP_RESOLUTION)
        })
    };
    let has_query = !shown.query.is_empty();
    SearchView {
        shown,
        beside,
        counts: (*counts).clone().filter(|_| has_query),
        ticks,
    }
}

/// Folds the index of each of `languages` in turn, one task each; dropping what `pending`
/// holds stops the rest.
fn fold_in_turn(
    searcher: Rc<Searcher>,
    mut languages: Vec<Lang>,
    pending: Rc<RefCell<Option<Pending>>>,
) {
    if languages.is_empty() {
        return;
    }
    let lang = languages.remove(0);
    let next = pending.clone();
    let fold = timer::after(0, move || {
        searcher.index(&lang);
        fold_in_turn(searcher, languages, next);
    });
    *pending.borrow_mut() = Some(fold);
}
