//! The only code that touches the page, on gloo (timers, events, animation frames, files) and
//! web-sys where gloo has nothing. Called from effects and callbacks only, never while
//! rendering, so the pre-rendered page and the hydrated one are identical; natively (the
//! build-time render) none of it runs.

pub mod address;
pub mod fetch;
pub mod files;
pub mod keys;
pub mod page;
pub mod storage;
pub mod timer;
