//! The viewer's Yew components. They render state and dispatch actions; the same components
//! run at build time (pre-rendered HTML) and in the browser (hydration), so nothing here reads
//! the page while rendering.

mod app;
mod file_bar;
mod interview_header;
mod language_picker;
mod lead;
mod marked_text;
mod match_map;
mod search_bar;
mod turn_list;
mod turn_view;
mod viewer;

pub use viewer::{Viewer, ViewerProps};

use yew::prelude::*;

use crate::browser::{self, AfterPause};
use crate::folding::Letters;
use crate::model::Lang;
use crate::progressive::Freshness;
use crate::search::Scope;

/// What the marks on screen depend on: the search (text, letters, scope) and the languages shown.
type MarksKey = ((String, Letters, Scope), Lang, Option<Lang>);

/// Which turns get the marks of `key` in this render (see `progressive`): in a long interview,
/// those around the current match at once, then the rest in slices, one task each. `marks`
/// says how many marks updating each turn puts in or takes out.
#[hook]
fn use_freshness(
    key: MarksKey,
    shown: &[bool],
    current_turn: Option<usize>,
    marks: &[usize],
) -> Freshness {
    let slices = use_state(|| None::<(MarksKey, usize)>);
    let reach = match &*slices {
        Some((sliced, reach)) if *sliced == key => *reach,
        _ => 0,
    };
    let freshness = Freshness::new(shown, current_turn, reach);
    use_effect_with((key, freshness.next_slice(marks)), move |(key, next)| {
        if let Some(next) = *next {
            let key = key.clone();
            browser::after_pause(AfterPause::NextSlice, move || slices.set(Some((key, next))));
        }
    });
    freshness
}
