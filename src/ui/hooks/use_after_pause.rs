use yew::prelude::*;

use crate::web::timer;

/// Runs `work(deps)` `delay_ms` after `deps` last changed (0: in the next task); a newer
/// change, or unmounting, cancels the pending run.
#[hook]
pub fn use_after_pause<D, F>(delay_ms: u32, deps: D, work: F)
where
    D: PartialEq + Clone + 'static,
    F: FnOnce(D) + 'static,
{
    use_effect_with(deps, move |deps| {
        let deps = deps.clone();
        let pending = timer::after(delay_ms, move || work(deps));
        move || drop(pending)
    });
}
