use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use yew::prelude::*;

use super::use_after_pause;
use crate::domain::archive::catalog::Catalog;
use crate::domain::archive::filters::Filters;
use crate::domain::archive::index::{DocId, INDEX_DIR, Mode, Shard, Shards};
use crate::domain::archive::results::ArchiveResult;
use crate::domain::archive::search::{ArchiveSearch, Lookup, Progress};
use crate::domain::model::Interview;
use crate::domain::search::{SearchRequest, Searcher};
use crate::web::fetch::fetch_texts;

/// How long typing must pause before the archive is searched, in ms.
const TYPING_PAUSE_MS: u32 = 60;

/// What a search has fetched, kept for the next one (the browser caches the files too, but
/// this spares parsing them again).
#[derive(Default)]
struct Fetched {
    shards: Shards,
    /// Each interview fetched, with its text folded for search once.
    searchers: HashMap<DocId, Rc<Searcher>>,
}

/// The archive's search of `filters.query` within the other filters (`typing`: the reader has
/// typed in the search box): the index's shards the query needs, then the first page of the
/// interviews found, each fetched and counted. Returns the search and a callback that shows
/// the next page.
#[hook]
pub fn use_archive_search(
    catalog: &Rc<Catalog>,
    filters: &Filters,
    typing: bool,
) -> (ArchiveSearch, Callback<()>) {
    let search = use_state(ArchiveSearch::default);
    let fetched = use_mut_ref(Fetched::default);
    // While typing refines a search whose shards are here, each keystroke searches at once;
    // a search that must fetch waits for typing to pause (a search the reader arrived with, in
    // the address, does not wait).
    // Worked out once per change of the filters, not at every render.
    let lookup = {
        let catalog = catalog.clone();
        use_memo(filters.clone(), move |filters| {
            Lookup::new(&catalog, filters)
        })
    };
    let must_fetch = !missing_shards(&lookup, &fetched.borrow()).is_empty();
    // Only the newest search may write its results.
    let generation = use_mut_ref(|| 0_u32);
    {
        let (catalog, search, fetched, generation, lookup) = (
            catalog.clone(),
            search.clone(),
            fetched.clone(),
            generation.clone(),
            lookup.clone(),
        );
        let pause = if must_fetch && typing {
            TYPING_PAUSE_MS
        } else {
            0
        };
        use_after_pause(pause, filters.clone(), move |filters: Filters| {
            *generation.borrow_mut() += 1;
            let this = *generation.borrow();
            let request = filters.request();
            if request.text.is_empty() {
                search.set(ArchiveSearch::default());
                return;
            }
            if pause > 0 {
                search.set(ArchiveSearch::searching(&request));
            }
            wasm_bindgen_futures::spawn_local(async move {
                let found = first_page(&catalog, &lookup, &request, &fetched).await;
                if *generation.borrow() == this {
                    search.set(found);
                }
            });
        });
    }
    let show_more = {
        let (catalog, search, fetched, generation) = (
            catalog.clone(),
            search.clone(),
            fetched.clone(),
            generation.clone(),
        );
        Callback::from(move |()| {
            let mut next = (*search).clone();
            let page = next.next_page();
            let this = *generation.borrow();
            let (catalog, search, fetched, generation) = (
                catalog.clone(),
                search.clone(),
                fetched.clone(),
                generation.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                match results(&catalog, &next.request, &page, &fetched).await {
                    Ok(more) => next.results.extend(more),
                    Err(error) => next.progress = Progress::Failed(error),
                }
                if *generation.borrow() == this {
                    search.set(next);
                }
            });
        })
    };
    ((*search).clone(), show_more)
}

/// The search of `request`: the interviews the index finds (by its words, letters folded:
/// exact letters find fewer), the first page of them searched.
async fn first_page(
    catalog: &Catalog,
    lookup: &Lookup,
    request: &SearchRequest,
    fetched: &Rc<RefCell<Fetched>>,
) -> ArchiveSearch {
    let mut search = ArchiveSearch::searching(request);
    let needed = missing_shards(lookup, &fetched.borrow());
    let urls: Vec<String> = needed
        .iter()
        .map(|(_, file)| format!("{INDEX_DIR}/{file}"))
        .collect();
    for (shard_file, json) in needed.into_iter().zip(fetch_texts(&urls).await) {
        let file = &shard_file.1;
        let shard = json.and_then(|json| {
            serde_json::from_str::<Shard>(&json).map_err(|e| format!("{file}: {e}"))
        });
        match shard {
            Ok(shard) => {
                fetched.borrow_mut().shards.insert(shard_file, shard);
            }
            Err(error) => {
                search.progress = Progress::Failed(error);
                return search;
            }
        }
    }
    {
        // Released before the interviews are fetched, which adds them to `fetched`.
        let shards = &fetched.borrow().shards;
        search.per_choice = lookup
            .choices
            .iter()
            .map(|(lang, q)| (lang.clone(), q.candidates(shards).len()))
            .collect();
        search.waiting = lookup
            .query
            .candidates(shards)
            .into_iter()
            .map(|(doc, _)| doc)
            .collect();
    }
    let page = search.next_page();
    match results(catalog, request, &page, fetched).await {
        Ok(results) => {
            search.results = results;
            search.progress = Progress::Done;
        }
        Err(error) => search.progress = Progress::Failed(error),
    }
    search
}

/// The shard files `lookup` needs that have not been fetched yet.
fn missing_shards(lookup: &Lookup, fetched: &Fetched) -> Vec<(Mode, String)> {
    lookup
        .shards
        .iter()
        .filter(|shard| !fetched.shards.contains_key(*shard))
        .cloned()
        .collect()
}

/// `docs` searched for `request`, each fetched (once) and counted as its page counts.
async fn results(
    catalog: &Catalog,
    request: &SearchRequest,
    docs: &[DocId],
    fetched: &Rc<RefCell<Fetched>>,
) -> Result<Vec<ArchiveResult>, String> {
    let documents = catalog.documents();
    let missing: Vec<(DocId, String)> = docs
        .iter()
        .filter(|doc| !fetched.borrow().searchers.contains_key(doc))
        .filter_map(|&doc| {
            let &(entry, lang) = documents.get(doc as usize)?;
            Some((doc, format!("{}/{lang}.json", catalog.entries[entry].slug)))
        })
        .collect();
    let urls: Vec<String> = missing.iter().map(|(_, url)| url.clone()).collect();
    for ((doc, url), json) in missing.iter().zip(fetch_texts(&urls).await) {
        let interview = Interview::from_json(&json?).map_err(|e| format!("{url}: {e}"))?;
        let searcher = Rc::new(Searcher::new(Rc::new(interview)));
        fetched.borrow_mut().searchers.insert(*doc, searcher);
    }
    let mut found = Vec::new();
    for &doc in docs {
        let (Some(&(entry, lang)), Some(searcher)) = (
            documents.get(doc as usize),
            fetched.borrow().searchers.get(&doc).cloned(),
        ) else {
            continue;
        };
        found.extend(ArchiveResult::of(entry, &searcher, lang, request));
    }
    Ok(found)
}
