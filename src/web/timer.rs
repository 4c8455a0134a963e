//! Work for later: after a pause in typing, or in the next task so that the browser paints and
//! reads input in between.

use gloo_timers::callback::Timeout;

/// Work waiting for its time; dropping it first cancels it.
pub type Pending = Timeout;

/// Runs `work` after `delay_ms` (0: in the next task), unless the returned handle is dropped
/// before then.
pub fn after(delay_ms: u32, work: impl FnOnce() + 'static) -> Pending {
    Timeout::new(delay_ms, work)
}
