use yew::prelude::*;

use crate::domain::view::matches::MatchPlace;
use crate::web::page;

/// Brings a new current match (a step, or a search whose first match moved) into view.
#[hook]
pub fn use_scroll_to_current(current: Option<MatchPlace>) {
    use_effect_with(current, |current| {
        let frame = current.map(|_| page::scroll_current_match_into_view());
        move || drop(frame)
    });
}
