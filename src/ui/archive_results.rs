use std::rc::Rc;

use yew::prelude::*;

use crate::domain::archive::catalog::Catalog;
use crate::domain::archive::search::{ArchiveSearch, Progress};
use crate::domain::view::ui_text::UiText;

#[derive(Properties, PartialEq)]
pub struct ArchiveResultsProps {
    pub catalog: Rc<Catalog>,
    pub search: ArchiveSearch,
    /// The interface language.
    pub lang: String,
    pub on_more: Callback<()>,
}

/// The archive search's results: each interview found, with its page's count of matches and up
/// to three snippets, linking to its page with the search active.
#[function_component]
pub fn ArchiveResults(props: &ArchiveResultsProps) -> Html {
    let (catalog, search) = (&props.catalog, &props.search);
    let text = UiText::for_lang(&props.lang);
    let results = search.results.iter().map(|result| {
        let entry = &catalog.entries[result.entry];
        let title = entry
            .in_language(&entry.title, &result.lang)
            .unwrap_or(text.untitled)
            .to_owned();
        let count = (text.match_count)(result.count);
        html! {
            <li class="entry" key={format!("{}:{}", entry.slug, result.lang)}
                data-result={entry.slug.clone()} data-count={result.count.to_string()}>
                <h2 class="entry__title" lang={result.lang.clone()}>
                    <a href={result.href(catalog, &search.request)}>{ title }</a>
                </h2>
                <p class="entry__meta">
                    <span class="entry__count">{ count }</span>
                    if let Some(date) = entry.date {
                        <time class="entry__date" datetime={date.to_string()}>{ text.format_date(date) }</time>
                    }
                </p>
                { for result.snippets.iter().map(|pieces| html! {
                    <p class="entry__snippet" lang={result.lang.clone()}>
                        { for pieces.iter().map(|(piece, marked)| if *marked {
                            html! { <mark>{ piece.clone() }</mark> }
                        } else {
                            html! { { piece.clone() } }
                        }) }
                    </p>
                }) }
            </li>
        }
    });
    let on_more = props.on_more.reform(|_: MouseEvent| ());
    html! {
        <>
            // What was searched, how many interviews the index found in all, and whether the
            // search is done, for benchmarks and tests.
            <ol class="archive__list archive__results" data-query={search.request.text.clone()}
                data-found={(search.results.len() + search.waiting.len()).to_string()}
                data-done={matches!(search.progress, Progress::Done | Progress::Failed(_)).then_some("")}>
                { for results }
            </ol>
            if search.has_more() {
                <button type="button" class="archive__more" onclick={on_more}>{ text.show_more }</button>
            }
            if !search.results.is_empty() {
                <p class="archive__note">{ text.word_starts_note }</p>
            }
        </>
    }
}
