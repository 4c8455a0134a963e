use std::rc::Rc;

use yew::prelude::*;

use super::file_bar::FileBar;
use super::hooks::{
    use_kept_settings, use_restored_settings, use_scroll_to_current, use_search, use_state_machine,
    use_turn_list,
};
use super::interview_header::InterviewHeader;
use super::language_picker::LanguagePicker;
use super::lead::Lead;
use super::match_map::MatchMap;
use super::search_bar::SearchBar;
use super::turn_list::chunks_html;
use crate::domain::archive::filters::Filters;
use crate::domain::model::Interview;
use crate::domain::search::index::Block;
use crate::domain::view::matches::ShownMatches;
use crate::domain::view::progressive;
use crate::domain::view::settings::{EarlyInput, View};
use crate::domain::view::state::ViewState;
use crate::domain::view::ui_text::UiText;
use crate::domain::view::visibility::Visibility;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub interview: Rc<Interview>,
    /// The archive's home, where the interview is part of one.
    pub home: Option<AttrValue>,
    /// What the reader did before the app was ready, applied once it is.
    pub early: EarlyInput,
}

/// The whole page: search bar and language control, the interview's header, lead and turns.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    let interview = use_memo(props.interview.clone(), |interview| {
        Rc::new((**interview).clone().with_kazakh_latin())
    });
    let interview: &Rc<Interview> = &interview;
    let offered = interview.offered_languages();
    let (view, dispatch) = use_state_machine(ViewState::default);
    let settings = &view.settings;
    let languages = view.languages(&offered, &interview.original);
    let text = UiText::for_lang(&languages.lang);
    let request = settings.request();
    let highlight = settings.view == View::Highlight;
    let search = use_search(interview, &request, &languages, &offered, highlight);
    let query = &search.shown.query;
    let results = search.matches();
    let matches = ShownMatches { columns: &results };
    let (total, current) = (matches.total(), view.current(matches.total()));
    let current_place = matches.place(current);
    let visibility = Visibility::of(interview, &results, settings, !query.is_empty());
    let suggestion = use_restored_settings(&offered, &interview.original, &props.early, &dispatch);
    let title = interview
        .in_language(&interview.title, &languages.lang)
        .unwrap_or(text.untitled);
    use_kept_settings(&view, &languages, title);
    use_scroll_to_current(current_place);
    let column_langs: Vec<Rc<str>> = std::iter::once(&languages.lang)
        .chain(&languages.beside)
        .map(|lang| Rc::from(lang.as_str()))
        .collect();
    let chunks = use_turn_list(
        &request,
        &column_langs,
        &visibility.turns,
        &matches,
        current_place,
    );
    let lead_columns = matches.columns(Block::Lead, &column_langs, current_place);
    let ui_lang = AttrValue::from(languages.lang.clone());
    let side_by_side = languages.beside.is_some();
    let home_link = props
        .home
        .as_ref()
        .map(|home| AttrValue::from(Filters::home_link(home, &settings.text)));
    html! {
        <>
            <header class="masthead">
                <SearchBar
                    settings={settings.clone()}
                    lang={ui_lang.clone()}
                    {total}
                    {current}
                    blocks={matches.blocks()}
                    has_query={!query.is_empty()}
                    truncated={query.is_truncated()}
                    dispatch={dispatch.clone()}
                >
                    <LanguagePicker
                        offered={offered.clone()}
                        shown={languages.clone()}
                        original={interview.original.clone()}
                        counts={search.counts.clone()}
                        suggestion={suggestion.filter(|_| settings.lang.is_none())}
                        dispatch={dispatch.clone()}
                    />
                </SearchBar>
            </header>
            // The search shown, for scripts that wait for a keystroke's page (the benchmark).
            <main class={classes!("page", side_by_side.then_some("page--side-by-side"))} data-searched={settings.text.clone()}>
                <FileBar lang={ui_lang.clone()} />
                <article class={classes!("interview", side_by_side.then_some("interview--side-by-side"))} lang={ui_lang.clone()}>
                    <InterviewHeader interview={interview.clone()} lang={ui_lang.clone()} home={home_link} searching={!query.is_empty()} />
                    if languages.shows_translation(&interview.original) {
                        <p class="translation-note">{ text.translation_note(&interview.original) }</p>
                    }
                    <Lead interview={interview.clone()} columns={lead_columns} hidden={!visibility.lead} />
                    <div class={classes!("turns", progressive::is_long(interview.turns.len()).then_some("turns--long"))}>
                        { chunks_html(interview, chunks, &ui_lang) }
                    </div>
                    if let Some(source) = interview.in_language(&interview.source, &ui_lang) {
                        <footer class="interview__source">
                            <span>{ text.source }{ ": " }</span>{ source }
                        </footer>
                    }
                </article>
                <MatchMap ticks={search.ticks.clone()} label={text.match_map} {dispatch} />
            </main>
        </>
    }
}
