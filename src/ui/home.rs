use std::rc::Rc;

use yew::prelude::*;

use super::archive_entry::ArchiveEntry;
use super::archive_results::ArchiveResults;
use super::filter_select::FilterSelect;
use super::hooks::{use_archive_search, use_slash_focus};
use super::search_bar::SEARCH_INPUT_ID;
use crate::domain::archive::catalog::Catalog;
use crate::domain::archive::filters::{Facet, Filters};
use crate::domain::archive::home::{FilterChoices, status};
use crate::domain::view::ui_text::UiText;
use crate::web::{address, page};

#[derive(Properties, PartialEq)]
pub struct HomeProps {
    pub catalog: Rc<Catalog>,
    /// What the reader typed in the search box before the app was ready.
    #[prop_or_default]
    pub early: String,
}

/// The archive's home: its interviews, newest first, narrowed by the filters in the address.
#[function_component]
pub fn Home(props: &HomeProps) -> Html {
    let catalog = &props.catalog;
    // `None` until the address is read after hydration, so that the first render is the
    // pre-rendered one and the address is not written before it is read.
    let restored = use_state(|| None::<Filters>);
    {
        let (restored, early) = (restored.clone(), props.early.clone());
        use_effect_with((), move |_| {
            let mut filters = Filters::from_query(&address::query_string());
            if !early.trim().is_empty() {
                filters.query = early;
            }
            restored.set(Some(filters));
            page::mark_ready();
        });
    }
    let filters = (*restored).clone().unwrap_or_default();
    let lang = filters
        .lang
        .clone()
        .unwrap_or_else(|| catalog.main_language());
    use_effect_with(
        (restored.is_some(), filters.clone(), lang.clone()),
        |(restored, filters, lang)| {
            if *restored {
                let query = filters.to_query();
                address::replace_query_string(&if query.is_empty() {
                    query
                } else {
                    format!("?{query}")
                });
                page::set_document_lang(lang);
                page::set_title(UiText::for_lang(lang).all_interviews);
            }
        },
    );
    let typed = use_state(|| false);
    let (search, show_more) = use_archive_search(catalog, &filters, *typed);
    use_slash_focus(SEARCH_INPUT_ID);
    let text = UiText::for_lang(&lang);
    let oninput = {
        let (restored, filters, typed) = (restored.clone(), filters.clone(), typed.clone());
        Callback::from(move |e: InputEvent| {
            typed.set(true);
            let query = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            restored.set(Some(Filters {
                query,
                ..filters.clone()
            }));
        })
    };
    let toggle_exact = {
        let (restored, filters) = (restored.clone(), filters.clone());
        Callback::from(move |e: Event| {
            let exact = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked();
            restored.set(Some(Filters {
                exact,
                ..filters.clone()
            }));
        })
    };
    let searching = !filters.query.trim().is_empty();
    let status = status(catalog, &filters, &search, text);
    let set = |facet: Facet| {
        let (restored, filters) = (restored.clone(), filters.clone());
        Callback::from(move |value: String| restored.set(Some(filters.with(facet, &value))))
    };
    let FilterChoices {
        people,
        years,
        tags,
        languages,
        every_language,
    } = FilterChoices::new(catalog, &lang, &search);
    let admitted: Vec<_> = catalog.admitted(&filters).collect();
    html! {
        <main class="archive" lang={lang.clone()}>
            <header class="archive__header">
                <h1 class="archive__title">{ text.all_interviews }</h1>
                <p class="archive__count">{ (text.interview_count)(catalog.entries.len()) }</p>
            </header>
            <form class="archive__filters" role="search" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <label class="archive__search">
                    <span class="visually-hidden">{ text.archive_search_label }</span>
                    <input type="search" id={SEARCH_INPUT_ID} aria-label={text.archive_search_label} placeholder={text.archive_search_label}
                        value={filters.query.clone()} {oninput} autocomplete="off" spellcheck="false" />
                </label>
                <label class="archive__exact">
                    <input type="checkbox" checked={filters.exact} onchange={toggle_exact} />
                    { text.exact_letters }
                </label>
                <FilterSelect label={text.language} every={every_language} options={languages} value={filters.value(Facet::Lang)} onchange={set(Facet::Lang)} />
                if !people.is_empty() {
                    <FilterSelect label={text.interviewee} every={text.every_interviewee} options={people} value={filters.value(Facet::Person)} onchange={set(Facet::Person)} />
                }
                if !years.is_empty() {
                    <FilterSelect label={text.year} every={text.every_year} options={years} value={filters.value(Facet::Year)} onchange={set(Facet::Year)} />
                }
                if !tags.is_empty() {
                    <FilterSelect label={text.subjects} every={text.every_subject} options={tags} value={filters.value(Facet::Tag)} onchange={set(Facet::Tag)} />
                }
            </form>
            <p class="archive__status" role="status">{ status.unwrap_or_default() }</p>
            if searching {
                <ArchiveResults catalog={catalog.clone()} {search} lang={lang.clone()} on_more={show_more} />
            } else {
                <ol class="archive__list">
                    { for admitted.into_iter().map(|entry| html! {
                        <ArchiveEntry key={entry.slug.clone()} entry={entry.clone()} lang={lang.clone()} href={catalog.entry_href(entry, filters.lang.as_deref())} />
                    }) }
                </ol>
            }
        </main>
    }
}
