use std::rc::Rc;

use yew::prelude::*;

use super::use_freshness::use_freshness;
use crate::domain::search::SearchRequest;
use crate::domain::search::index::Block;
use crate::domain::view::matches::{MatchPlace, ShownMatches};
use crate::domain::view::progressive::{TurnInput, TurnList};

/// The turn list's chunks for this render: every turn's columns and filter, brought up to date
/// around the current match at once and elsewhere in slices (see `progressive`).
#[hook]
pub fn use_turn_list(
    request: &SearchRequest,
    languages: &[Rc<str>],
    shown_turns: &[bool],
    matches: &ShownMatches<'_>,
    current: Option<MatchPlace>,
) -> Vec<Rc<Vec<TurnInput>>> {
    let turn_list = use_mut_ref(TurnList::default);
    let mut turn_list = turn_list.borrow_mut();
    turn_list.resize(shown_turns.len());
    let marks = turn_list.marks_to_update(matches);
    let current_turn = match current.map(|place| place.block) {
        Some(Block::Turn(index)) => Some(index),
        _ => None,
    };
    let key = (request.clone(), languages.to_vec());
    let freshness = use_freshness(key, shown_turns, current_turn, &marks);
    turn_list.refresh(&freshness, languages, shown_turns, |index| {
        matches.columns(Block::Turn(index), languages, current)
    });
    turn_list.chunks()
}
