//! Which parts of the interview the filter shows.

use crate::domain::model::{Interview, Speaker};
use crate::domain::search::matcher::{Scope, SearchResult};
use crate::domain::view::settings::{PageSettings, View};

/// Which parts of the interview are on screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Visibility {
    /// Whether the lead shows.
    pub lead: bool,
    /// Whether each turn shows.
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
    use crate::domain::sample::from_text;
    use crate::domain::search::Searcher;

    fn visible(text: &str, settings: PageSettings) -> Visibility {
        let interview = std::rc::Rc::new(from_text(text));
        let searched = Searcher::new(interview.clone()).search(&settings.request(), "kk");
        let has_query = !searched.query.is_empty();
        Visibility::of(&interview, &[&searched.result], &settings, has_query)
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
}
