//! The viewer's Yew components, one per file, and its hooks (`hooks/`). Components compose
//! `domain` rules and `web` calls and render what they give; the same components run at build
//! time (pre-rendered HTML) and in the browser (hydration), so nothing here reads the page
//! while rendering.

mod app;
mod archive_entry;
mod archive_results;
mod file_bar;
mod file_controls;
mod filter_select;
mod home;
mod hooks;
mod interview_header;
mod language_picker;
mod lead;
mod marked_text;
mod match_map;
mod search_bar;
#[cfg(target_arch = "wasm32")]
pub mod start;
mod turn;
mod turn_controls;
mod turn_list;
mod viewer;

pub use home::{Home, HomeProps};
pub use language_picker::LANGUAGE_SELECT;
pub use search_bar::SEARCH_INPUT_ID;
pub use viewer::{Viewer, ViewerProps};
