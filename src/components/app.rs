use std::rc::Rc;

use yew::prelude::*;

use super::interview_header::InterviewHeader;
use super::lead::Lead;
use super::match_map::MatchMap;
use super::search_bar::{SEARCH_INPUT_ID, SearchBar};
use super::turn_view::TurnView;
use crate::browser;
use crate::model::Interview;
use crate::query::Query;
use crate::search::{Block, SearchIndex};
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

/// The whole page: search bar, the interview's header, lead and turns.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    let interview = &props.interview;
    let text = UiText::for_lang(&interview.original);
    let lang = AttrValue::from(interview.original.clone());
    let state = use_reducer(|| Reducer(ViewState::default()));
    let settings = &state.0.settings;

    let index = use_memo(interview.clone(), |interview| {
        SearchIndex::new(interview, &interview.original)
    });
    let query = use_memo(
        (settings.text.clone(), settings.letters),
        |(text, letters)| Query::parse(text, *letters),
    );
    let result = {
        let index = index.clone();
        // The index is derived from the interview: the interview stands for it as a dependency.
        use_memo(
            (query.clone(), settings.scope, interview.clone()),
            move |(query, scope, _)| index.search(query, *scope),
        )
    };
    let total = result.total;
    let current = state.0.current(total);
    let current_block = (total > 0)
        .then(|| result.block_of_match(current))
        .flatten();
    let visibility = Visibility::of(interview, &result, settings, !query.is_empty());

    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    use_effect_with((), {
        let dispatch = dispatch.clone();
        move |_| {
            browser::scroll_to_fragment();
            browser::focus_on_slash(SEARCH_INPUT_ID);
            dispatch.emit(Action::Restore(PageSettings::from_query_string(
                &browser::query_string(),
            )));
            browser::mark_ready();
        }
    });
    use_effect_with(
        (settings.clone(), state.0.restored),
        |(settings, restored)| {
            if *restored {
                browser::replace_query_string(&settings.to_query_string());
            }
        },
    );

    let current_in = |block: Block, hits_first: Option<usize>| {
        (current_block == Some(block)).then(|| current - hits_first.unwrap_or(0))
    };
    let lead_hits = result.lead.clone();
    let lead_current = current_in(Block::Lead, lead_hits.as_ref().map(|h| h.first));
    let turns = interview.turns.iter().enumerate().map(|(index, turn)| {
        let hits = result.turns[index].clone();
        let current = current_in(Block::Turn(index), hits.as_ref().map(|h| h.first));
        html! {
            <TurnView
                key={turn.id.as_str()}
                interview={interview.clone()}
                {index}
                {hits}
                hidden={!visibility.turns[index]}
                {current}
            />
        }
    });
    let ticks = if settings.view == View::Highlight {
        index.ticks(&result, MATCH_MAP_RESOLUTION)
    } else {
        Vec::new()
    };
    let blocks = result.matching_turns() + usize::from(result.lead.is_some());
    html! {
        <>
            <header class="masthead">
                <SearchBar
                    settings={settings.clone()}
                    lang={lang.clone()}
                    {total}
                    {current}
                    {blocks}
                    has_query={!query.is_empty()}
                    truncated={query.is_truncated()}
                    dispatch={dispatch.clone()}
                />
            </header>
            <main class="page">
                <article class="interview" lang={lang}>
                    <InterviewHeader interview={interview.clone()} />
                    <Lead interview={interview.clone()} hits={lead_hits} hidden={!visibility.lead} current={lead_current} />
                    <div class="turns">{ for turns }</div>
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
