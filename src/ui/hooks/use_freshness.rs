use yew::prelude::*;

use super::use_after_pause;
use crate::domain::view::progressive::Freshness;

/// Which turns get the marks of `key` in this render (see `progressive`): in a long
/// interview, or where a search changes many marks, those around the current match at once,
/// then the rest in slices, one task each. `marks` says how many marks updating each turn puts in or takes out.
#[hook]
pub fn use_freshness<K>(
    key: K,
    shown: &[bool],
    current_turn: Option<usize>,
    marks: &[usize],
) -> Freshness
where
    K: PartialEq + Clone + 'static,
{
    let slices = use_state(|| None::<(K, usize)>);
    let reach = match &*slices {
        Some((sliced, reach)) if *sliced == key => *reach,
        _ => 0,
    };
    let freshness = Freshness::new(shown, current_turn, reach, marks);
    let next = freshness.next_slice(marks);
    use_after_pause(0, (key, next), move |(key, next)| {
        if let Some(next) = next {
            slices.set(Some((key, next)));
        }
    });
    freshness
}
