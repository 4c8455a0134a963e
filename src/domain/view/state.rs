//! The reader's view of the interview: the search settings and the current match, every change
//! to them as an `Action`, and which blocks are shown. Pure: the components only dispatch.

use crate::domain::language::LanguageChoice;
use crate::domain::model::Lang;
use crate::domain::search::fold::Letters;
use crate::domain::search::matcher::Scope;
use crate::domain::view::settings::{PageSettings, View};

/// The turn at the top of the screen, and how far below the top its start is, so that the
/// reader keeps their place when the text around it changes language.
#[derive(Clone, Debug, PartialEq)]
pub struct TurnAnchor {
    /// The turn's id.
    pub id: String,
    /// How far below the top of the window the turn starts, in CSS pixels.
    pub offset: f64,
}

/// The reader's view: what a link carries, the current match, and where to return them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ViewState {
    /// The search and languages, as the address carries them.
    pub settings: PageSettings,
    /// Where the reader was when they last switched languages, to return them there.
    pub anchor: Option<TurnAnchor>,
    /// The current match, counted from the first; taken modulo the number of matches.
    current: usize,
    /// Whether the search from the address has been applied; until then the address is not
    /// overwritten.
    pub restored: bool,
}

/// Every change to the view.
pub enum Action {
    /// The search box's text changed.
    Type(String),
    /// Exact letters on or off.
    SetLetters(Letters),
    /// Search questions, answers or all.
    SetScope(Scope),
    /// Filter or highlight.
    SetView(View),
    /// Move to the next match of `total`, wrapping.
    Next {
        /// How many matches there are.
        total: usize,
    },
    /// Move to the previous match of `total`, wrapping.
    Previous {
        /// How many matches there are.
        total: usize,
    },
    /// Make match number `.0` current (the match map).
    Jump(usize),
    /// Empty the search box.
    Clear,
    /// Show `choice`, keeping the reader at `anchor`.
    SetLanguages {
        /// The languages to show.
        choice: LanguageChoice,
        /// The turn the reader was at.
        anchor: Option<TurnAnchor>,
    },
    /// The search read from the address after the page loaded.
    Restore(PageSettings),
}

impl ViewState {
    /// The view after `action`.
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
            Action::SetLanguages { choice, anchor } => {
                next.settings.lang = Some(choice.lang);
                next.settings.beside = choice.beside;
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

    /// The languages shown: those asked for that the interview offers, else its original.
    pub fn languages(&self, offered: &[Lang], original: &str) -> LanguageChoice {
        let settings = &self.settings;
        LanguageChoice::shown(
            settings.lang.as_deref(),
            settings.beside.as_deref(),
            offered,
            original,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
