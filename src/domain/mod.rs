//! The pure core: everything suhbat knows about interviews, languages, search and what the
//! screen shows, with no browser in it (no component framework and no page bindings;
//! `tests/architecture.rs` checks), so all of it is tested natively.
//!
//! - `model`: the interview and its versioned JSON form.
//! - `input`: text and files → `Interview`, with errors that name the file and line.
//! - `language`: the languages offered, the one shown first, Kazakh in Latin script.
//! - `search`: folding, queries, the index and the matcher, behind one `Searcher`.
//! - `view`: the reader's view state and the rules that turn it and the matches into what the
//!   screen shows (visibility, numbering, map ticks, progressive updates, citation, strings).
#![warn(missing_docs)]

pub mod archive;
pub mod input;
pub mod language;
pub mod model;
pub mod sample;
pub mod search;
pub mod view;
