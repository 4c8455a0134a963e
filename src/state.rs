//! The reader's view of the interview: the search settings and the current match, every change
//! to them as an `Action`, and which blocks are shown. Pure: the components only dispatch.

use crate::folding::Letters;
use crate::model::{Interview, Lang, Speaker};
use crate::search::{Scope, SearchResult};
use crate::url_state::{PageSettings, View};

/// The turn at the top of the screen, and how far below the top its start is, so that the
/// reader keeps their place when the text around it changes language.
#[derive(Clone, Debug, PartialEq)]
pub struct TurnAnchor {
    pub id: String,
    pub offset: f64,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ViewState {
    pub settings: PageSettings,
    /// Where the reader was when they last switched languages, to return them there.
    pub anchor: Option<TurnAnchor>,
    /// The current match, counted from the first; taken modulo the number of matches.
    current: usize,
    /// Whether the search from the address has been applied; until then the address is not
    /// overwritten.
    pub restored: bool,
}

pub enum Action {
    Type(String),
    SetLetters(Letters),
    SetScope(Scope),
    SetView(View),
    /// Move to the next match of `total`, wrapping.
    Next {
        total: usize,
    },
    /// Move to the previous match of `total`, wrapping.
    Previous {
        total: usize,
    },
    Jump(usize),
    Clear,
    /// Show `lang` (and `beside` it, a translation), keeping the reader at `anchor`.
    SetLanguages {
        lang: Lang,
        beside: Option<Lang>,
        anchor: Option<TurnAnchor>,
    },
    /// The search read from the address after the page loaded.
    Restore(PageSettings),
}

impl ViewState {
    pub fn apply(&self, action: Action) -> ViewState {
        let mut next = self.clone();
        match action {
            Action::Type(text) => {
                next.settings.text = text;
                next.current = 0;
            }
            Action::SetLetters(letters) => {
                next.settings.letters = letters;
                next.current = 0;
            }
            Action::SetScope(scope) => {
                next.settings.scope = scope;
                next.current = 0;
            }
            Action::SetView(view) => next.settings.view = view,
            Action::Next { total } if total > 0 => next.current = (self.current(total) + 1) % total,
            Action::Previous { total } if total > 0 => {
                next.current = (self.current(total) + total - 1) % total;
            }
            Action::Next { .. } | Action::Previous { .. } => {}
            Action::Jump(index) => next.current = index,
            Action::Clear => {
                next.settings.text.clear();
                next.current = 0;
            }
            Action::SetLanguages {
                lang,
                beside,
                anchor,
            } => {
                next.settings.lang = Some(lang);
                next.settings.beside = beside;
                next.anchor = anchor;
                next.current = 0;
            }
            Action::Restore(settings) => {
                next.settings = settings;
                next.current = 0;
                next.restored = true;
            }
        }
        next
    }

    /// The current match among `total` matches.
    pub fn current(&self, total: usize) -> usize {
        if total == 0 { 0 } else { self.current % total }
    }
}

/// Which parts of the interview are on screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Visibility {
    pub lead: bool,
    pub turns: Vec<bool>,
}

impl Visibility {
    /// With no query every turn shows, except that a speaker scope alone lists only that
    /// speaker's turns (a quick way to skim the questions). With a query, the filter view shows
    /// the matching turns, each with its question or answer so no match is out of context, and
    /// the lead when it matches; the highlight view shows everything.
    pub fn of(
        interview: &Interview,
        results: &[&SearchResult],
        settings: &PageSettings,
        has_query: bool,
    ) -> Self {
        let turns = &interview.turns;
        if settings.view == View::Highlight || (!has_query && settings.scope == Scope::All) {
            return Visibility {
                lead: true,
                turns: vec![true; turns.len()],
            };
        }
        if !has_query {
            return Visibility {
                lead: false,
                turns: turns
                    .iter()
                    .map(|t| settings.scope.fits(Some(t.speaker)))
                    .collect(),
            };
        }
        let matched = |index: usize| {
            results
                .iter()
                .any(|r| r.turns.get(index).is_some_and(Option::is_some))
        };
        let shown = (0..turns.len())
            .map(|index| matched(index) || partner(interview, index).is_some_and(matched))
            .collect();
        Visibility {
            lead: results.iter().any(|r| r.lead.is_some()),
            turns: shown,
        }
    }
}

/// The other half of a question-and-answer pair: a question's answer follows it, an answer's
/// question precedes it.
fn partner(interview: &Interview, index: usize) -> Option<usize> {
    let turns = &interview.turns;
    let other = match turns.get(index)?.speaker {
        Speaker::Interviewer => index + 1,
        Speaker::Interviewee => index.checked_sub(1)?,
    };
    (turns.get(other)?.speaker != turns[index].speaker).then_some(other)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metadata::Metadata;
    use crate::parser::parse_text;
    use crate::query::Query;
    use crate::search::SearchIndex;

    fn visible(text: &str, settings: PageSettings) -> Visibility {
        let interview = Metadata::default().into_interview(parse_text(text).unwrap());
        let query = Query::parse(&settings.text, settings.letters);
        let result = SearchIndex::new(&interview, "kk").search(&query, settings.scope);
        Visibility::of(&interview, &[&result], &settings, !query.is_empty())
    }

    fn searching(text: &str) -> PageSettings {
        PageSettings {
            text: text.into(),
            ..PageSettings::default()
        }
    }

    const TEXT: &str = "Lead\n- Q one?\n- A apple.\n- Q apple?\n- A two.\n- Q three?\n- A three.";

    #[test]
    fn a_match_keeps_its_question_or_answer_in_view() {
        let v = visible(TEXT, searching("apple"));
        assert_eq!(v.turns, [true, true, true, true, false, false]);
        assert!(!v.lead);
    }

    #[test]
    fn highlight_view_and_empty_queries_show_everything() {
        let mut settings = searching("apple");
        settings.view = View::Highlight;
        assert!(visible(TEXT, settings).turns.iter().all(|&v| v));
        assert!(visible(TEXT, searching("   ")).turns.iter().all(|&v| v));
    }

    #[test]
    fn a_scope_alone_lists_that_speakers_turns() {
        let mut settings = searching("");
        settings.scope = Scope::Questions;
        let v = visible(TEXT, settings);
        assert_eq!(v.turns, [true, false, true, false, true, false]);
        assert!(!v.lead);
    }

    #[test]
    fn the_current_match_wraps_both_ways_and_restarts_on_typing() {
        let state = ViewState::default();
        let state = state.apply(Action::Previous { total: 5 });
        assert_eq!(state.current(5), 4);
        let state = state.apply(Action::Next { total: 5 });
        assert_eq!(state.current(5), 0);
        let state = state
            .apply(Action::Next { total: 5 })
            .apply(Action::Type("x".into()));
        assert_eq!(state.current(5), 0);
        assert_eq!(state.apply(Action::Next { total: 0 }).current(0), 0);
    }
}
