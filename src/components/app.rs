use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use yew::prelude::*;

use super::file_bar::FileBar;
use super::interview_header::InterviewHeader;
use super::language_picker::LanguagePicker;
use super::lead::Lead;
use super::match_map::MatchMap;
use super::search_bar::SearchBar;
use super::turn_list::{TurnInput, TurnList, chunks_html};
use super::turn_view::Column;
use super::use_freshness;
use crate::browser::{self, AfterPause};
use crate::folding::Letters;
use crate::language::{KAZAKH_LATIN, initial_language, letters_for, suggested_language};
use crate::model::{Interview, Lang};
use crate::progressive;
use crate::query::Query;
use crate::search::{Block, Scope, SearchIndex, SearchResult, ShownMatches};
use crate::state::{Action, ViewState, Visibility};
use crate::ui_text::UiText;
use crate::url_state::{PageSettings, View};

/// Ticks on the match map: about one per pixel of a phone's screen height.
const MATCH_MAP_RESOLUTION: usize = 400;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub interview: Rc<Interview>,
}

struct Reducer(ViewState);

impl Reducible for Reducer {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Reducer(self.0.apply(action)))
    }
}

/// Search indexes of the interview, one per language, each folded the first time it is asked
/// for: most readers never search most languages.
struct Indexes {
    interview: Rc<Interview>,
    built: RefCell<BTreeMap<Lang, Rc<SearchIndex>>>,
}

impl Indexes {
    fn get(&self, lang: &str) -> Rc<SearchIndex> {
        let mut built = self.built.borrow_mut();
        let index = built
            .entry(lang.to_owned())
            .or_insert_with(|| Rc::new(SearchIndex::new(&self.interview, lang)));
        Rc::clone(index)
    }

    /// The query as read for `lang` (its script decides the folding), and what it finds.
    fn search(
        &self,
        text: &str,
        letters: Letters,
        scope: Scope,
        lang: &str,
    ) -> (Query, SearchResult) {
        let query = Query::parse(text, letters_for(letters, text, lang));
        let result = self.get(lang).search(&query, scope);
        (query, result)
    }
}

/// Folds the index of each of `languages` in turn, one task each, after the page's own work.
fn fold_one_by_one(indexes: Rc<Indexes>, mut languages: Vec<Lang>) {
    if languages.is_empty() {
        return;
    }
    let lang = languages.remove(0);
    browser::after_pause(AfterPause::Index, move || {
        indexes.get(&lang);
        fold_one_by_one(indexes, languages);
    });
}

/// The whole page: search bar and language control, the interview's header, lead and turns.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    let interview = use_memo(props.interview.clone(), |interview| {
        Rc::new((**interview).clone().with_kazakh_latin())
    });
    let interview: &Rc<Interview> = &interview;
    let offered = interview.offered_languages();
    let state = use_reducer(|| Reducer(ViewState::default()));
    let settings = &state.0.settings;
    let lang = settings
        .lang
        .clone()
        .filter(|lang| offered.contains(lang))
        .unwrap_or_else(|| interview.original.clone());
    let beside = settings
        .beside
        .clone()
        .filter(|b| offered.contains(b) && *b != lang);
    let text = UiText::for_lang(&lang);

    let indexes = use_memo(interview.clone(), |interview| Indexes {
        interview: interview.clone(),
        built: RefCell::default(),
    });
    let search_key = (settings.text.clone(), settings.letters, settings.scope);
    let searched = {
        let indexes = indexes.clone();
        use_memo(
            (search_key.clone(), lang.clone()),
            move |((text, letters, scope), lang)| indexes.search(text, *letters, *scope, lang),
        )
    };
    let (query, result) = (&searched.0, &searched.1);
    let beside_result = {
        let indexes = indexes.clone();
        use_memo(
            (search_key.clone(), beside.clone()),
            move |((text, letters, scope), beside)| {
                beside
                    .as_ref()
                    .map(|lang| indexes.search(text, *letters, *scope, lang).1)
            },
        )
    };
    // Indexes are folded while the reader reads, not on a keystroke: the shown language's
    // first, then the others (which the language control's counts need), one task each.
    use_effect_with(lang.clone(), {
        let indexes = indexes.clone();
        let mut languages = offered.clone();
        move |lang| {
            languages.retain(|other| other != lang);
            languages.insert(0, lang.clone());
            fold_one_by_one(indexes, languages);
        }
    });
    // Matches per language, for the language control: counted once typing pauses, so that
    // keystrokes pay only for the languages on screen.
    let counts = use_state(|| None::<Vec<(Lang, usize)>>);
    use_effect_with(search_key.clone(), {
        let counts = counts.clone();
        let indexes = indexes.clone();
        let offered = offered.clone();
        move |(text, letters, scope)| {
            if text.trim().is_empty() {
                counts.set(None);
                return;
            }
            let (text, letters, scope) = (text.clone(), *letters, *scope);
            browser::after_pause(AfterPause::Counts, move || {
                let per_language = offered
                    .iter()
                    .map(|lang| {
                        (
                            lang.clone(),
                            indexes.search(&text, letters, scope, lang).1.total,
                        )
                    })
                    .collect();
                counts.set(Some(per_language));
            });
        }
    });

    let mut shown_results: Vec<&SearchResult> = vec![result];
    shown_results.extend(beside_result.as_ref().as_ref());
    let shown_matches = ShownMatches {
        columns: &shown_results,
    };
    let total = shown_matches.total();
    let current = state.0.current(total);
    let current_place = shown_matches.place(current);
    let visibility = Visibility::of(interview, &shown_results, settings, !query.is_empty());

    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    // A translation the reader's browser prefers, offered until a language is chosen.
    let suggestion = use_state(|| None::<Lang>);
    use_effect_with((), {
        let dispatch = dispatch.clone();
        let offered = offered.clone();
        let original = interview.original.clone();
        let suggestion = suggestion.clone();
        move |_| {
            browser::scroll_to_fragment();
            let mut settings = PageSettings::from_query_string(&browser::query_string());
            let (saved_lang, saved_beside) = browser::saved_languages();
            let from_address = settings.lang.take();
            settings.lang =
                initial_language(from_address.as_deref(), saved_lang.as_deref(), &offered);
            if from_address.is_none() && settings.beside.is_none() {
                settings.beside = saved_beside;
            }
            if settings.lang.is_none() {
                suggestion.set(suggested_language(
                    &browser::preferred_languages(),
                    &offered,
                    &original,
                ));
            }
            dispatch.emit(Action::Restore(settings));
            browser::mark_ready();
        }
    });
    use_effect_with(
        (settings.clone(), state.0.restored),
        |(settings, restored)| {
            if *restored {
                let query = settings.to_query_string();
                browser::after_pause(AfterPause::Address, move || {
                    browser::replace_query_string(&query)
                });
            }
        },
    );
    use_effect_with((lang.clone(), beside.clone(), state.0.restored), {
        let anchor = state.0.anchor.clone();
        move |(lang, beside, restored)| {
            browser::set_document_lang(UiText::for_lang(lang).lang);
            if *restored {
                browser::save_languages(lang, beside.as_deref());
            }
            if let Some(anchor) = anchor {
                browser::return_to_anchor(&anchor);
            }
        }
    });

    let lang_attr = AttrValue::from(lang.clone());
    let beside_attr = beside.clone().map(AttrValue::from);
    let current_in = |block: Block, column: usize| {
        current_place
            .filter(|place| place.block == block && place.column == column)
            .map(|place| place.within)
    };
    let columns_of = |block: Block| {
        let mut columns = vec![Column {
            lang: lang_attr.clone(),
            hits: result.hits(block).cloned(),
            current: current_in(block, 0),
        }];
        if let (Some(beside), Some(beside_result)) = (&beside_attr, beside_result.as_ref()) {
            columns.push(Column {
                lang: beside.clone(),
                hits: beside_result.hits(block).cloned(),
                current: current_in(block, 1),
            });
        }
        columns
    };
    // A new current match (a step, or a search whose first match moved) is brought into view.
    use_effect_with(current_place, |place| {
        if place.is_some() {
            browser::scroll_current_match_into_view();
        }
    });
    let current_turn = match current_place.map(|place| place.block) {
        Some(Block::Turn(index)) => Some(index),
        _ => None,
    };
    let turn_list = use_mut_ref(TurnList::default);
    let mut turn_list = turn_list.borrow_mut();
    turn_list.resize(interview.turns.len());
    let marks_to_update: Vec<usize> = (0..interview.turns.len())
        .map(|index| shown_matches.count_in(Block::Turn(index)) + turn_list.last(index).marks())
        .collect();
    let freshness = use_freshness(
        (search_key.clone(), lang.clone(), beside.clone()),
        &visibility.turns,
        current_turn,
        &marks_to_update,
    );
    let shown_languages = |columns: &[Column]| {
        columns.len() == 1 + usize::from(beside_attr.is_some())
            && columns[0].lang == lang_attr
            && columns.get(1).map(|c| &c.lang) == beside_attr.as_ref()
    };
    for index in 0..interview.turns.len() {
        let last = turn_list.last(index);
        if freshness.is_fresh(index) || !shown_languages(&last.columns) {
            let input = TurnInput {
                columns: columns_of(Block::Turn(index)),
                hidden: !visibility.turns[index],
            };
            turn_list.set(index, input);
        } else if last.columns.iter().any(|c| c.current.is_some()) {
            // Old marks and an old filter are fine off screen for a moment; an old current
            // match is not.
            let mut input = last.clone();
            input.columns.iter_mut().for_each(|c| c.current = None);
            turn_list.set(index, input);
        }
    }
    let chunks = turn_list.chunks();
    drop(turn_list);
    let ui_lang = lang_attr.clone();
    // The map shows the left column's matches; side by side, their numbers count both columns.
    let ticks = {
        let (indexes, searched, beside_result) =
            (indexes.clone(), searched.clone(), beside_result.clone());
        let highlight = settings.view == View::Highlight;
        use_memo(
            (search_key.clone(), lang.clone(), beside.clone(), highlight),
            move |(_, lang, _, highlight)| {
                if !*highlight {
                    return Vec::new();
                }
                let result = &searched.1;
                let mut ticks = indexes.get(lang).ticks(result, MATCH_MAP_RESOLUTION);
                if let Some(beside_result) = beside_result.as_ref() {
                    let columns = [result, beside_result];
                    ShownMatches { columns: &columns }.renumber_left_ticks(&mut ticks);
                }
                ticks
            },
        )
    };
    let blocks = shown_matches.blocks();
    // The Latin rendering is the original's own text, not a translation.
    let translated = (lang != interview.original && lang != KAZAKH_LATIN) || beside.is_some();
    html! {
        <>
            <header class="masthead">
                <SearchBar
                    settings={settings.clone()}
                    lang={ui_lang.clone()}
                    {total}
                    {current}
                    {blocks}
                    has_query={!query.is_empty()}
                    truncated={query.is_truncated()}
                    dispatch={dispatch.clone()}
                >
                    <LanguagePicker
                        offered={offered.clone()}
                        lang={ui_lang.clone()}
                        beside={beside.clone()}
                        original={interview.original.clone()}
                        counts={(*counts).clone().filter(|_| !query.is_empty())}
                        suggestion={(*suggestion).clone().filter(|_| settings.lang.is_none())}
                        dispatch={dispatch.clone()}
                    />
                </SearchBar>
            </header>
            // The search shown, for scripts that wait for a keystroke's page (the benchmark).
            <main class={classes!("page", beside.is_some().then_some("page--side-by-side"))} data-searched={settings.text.clone()}>
                <FileBar lang={ui_lang.clone()} />
                <article class={classes!("interview", beside.is_some().then_some("interview--side-by-side"))} lang={ui_lang.clone()}>
                    <InterviewHeader interview={interview.clone()} lang={ui_lang.clone()} />
                    if translated {
                        <p class="translation-note">{ text.translation_note(&interview.original) }</p>
                    }
                    <Lead interview={interview.clone()} columns={columns_of(Block::Lead)} hidden={!visibility.lead} />
                    <div class={classes!("turns", progressive::is_long(interview.turns.len()).then_some("turns--long"))}>
                        { chunks_html(interview, chunks, &ui_lang) }
                    </div>
                    if let Some(source) = &interview.source {
                        <footer class="interview__source">
                            <span>{ text.source }{ ": " }</span>{ source }
                        </footer>
                    }
                </article>
                <MatchMap {ticks} label={text.match_map} {dispatch} />
            </main>
        </>
    }
}
