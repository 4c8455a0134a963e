//! suhbat: an interview viewer that runs in the browser with no server.
//!
//! Pure logic, tested natively and free of browser APIs: `model` (the interview and its JSON),
//! `parser` (the text format), `metadata` (what the text does not say), `ui_text` (interface
//! strings). The Yew components in `components` only render that state; `browser` holds the few
//! calls into the page that effects and callbacks make. `builtin` embeds the shipped interview.

mod browser;
pub mod builtin;
pub mod components;
pub mod folding;
pub mod language;
pub mod metadata;
pub mod model;
pub mod parallel;
pub mod parser;
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
pub mod prerender;
#[cfg(not(target_arch = "wasm32"))]
pub mod static_server;
