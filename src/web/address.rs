//! The page's address: its query string, read and replaced in place.
//!
//! Written on `web_sys::History` rather than gloo-history: gloo's `replace_with_query` builds
//! the new address from the path and the query only, dropping the `#fragment` that deep links
//! to a turn live in.

use gloo_utils::window;

use crate::domain::archive::catalog::keeping_interview;
use wasm_bindgen::JsValue;

/// The address's query string, `?…` or empty.
pub fn query_string() -> String {
    window().location().search().unwrap_or_default()
}

/// Replaces the address's query string, keeping path and fragment (and, in the one-file
/// archive, the interview shown), without adding a history entry (typing must not flood the
/// back button).
pub fn replace_query_string(query: &str) {
    let window = window();
    let location = window.location();
    let (Ok(path), Ok(hash), Ok(current)) =
        (location.pathname(), location.hash(), location.search())
    else {
        return;
    };
    let query = keeping_interview(&current, query);
    if current != query
        && let Ok(history) = window.history()
    {
        let url = format!("{path}{query}{hash}");
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}
