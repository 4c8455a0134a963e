//! The viewer's Yew components. They render state and dispatch actions; the same components
//! run at build time (pre-rendered HTML) and in the browser (hydration), so nothing here reads
//! the page while rendering.

mod app;
mod file_bar;
mod interview_header;
mod language_picker;
mod lead;
mod marked_text;
mod match_map;
mod search_bar;
mod turn_view;
mod viewer;

pub use viewer::{Viewer, ViewerProps};

use yew::prelude::*;

use crate::browser;

/// Scrolls the block's current match into view whenever it becomes the current one.
#[hook]
fn use_scroll_to_current(node: &NodeRef, current: Option<usize>) {
    let node = node.clone();
    use_effect_with(current, move |current| {
        if current.is_some() {
            browser::scroll_current_match_into_view(&node);
        }
    });
}
