//! suhbat: an interview viewer that runs in the browser with no server.
//!
//! Pure logic, tested natively and free of browser APIs: `model` (the interview and its JSON),
//! `parser` (the text format), `metadata` and `parallel` (what the text does not say, and
//! translations beside it), `transliteration` and `language` (Kazakh in Latin script, the
//! languages offered), `folding`, `query` and `search` (finding what a reader types),
//! `state` and `url_state` (the reader's view and its address), `ui_text` (interface strings),
//! `opening` (interview files a reader opens in the page), `citation` (a turn as copied),
//! `progressive` (which turns of a long interview get new marks at once).
//! The Yew components in `components` only render that state; `browser` and `browser_files`
//! hold the few calls into the page that effects and callbacks make. `builtin` embeds the
//! shipped interview; `sample` makes larger ones for benchmarks. Natively only: `cli`,
//! `prerender`, `csp` and `single_file` (the build's steps), `static_server`.

mod browser;
mod browser_files;
pub mod builtin;
pub mod citation;
pub mod components;
pub mod folding;
pub mod language;
pub mod metadata;
pub mod model;
pub mod opening;
pub mod parallel;
pub mod parser;
pub mod progressive;
pub mod query;
pub mod sample;
pub mod search;
pub mod state;
pub mod transliteration;
pub mod ui_text;
pub mod url_state;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
#[cfg(not(target_arch = "wasm32"))]
pub mod csp;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
#[cfg(not(target_arch = "wasm32"))]
pub mod single_file;
#[cfg(not(target_arch = "wasm32"))]
pub mod static_server;
