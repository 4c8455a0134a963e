//! Fetching the site's own files: the archive's index shards and interviews.
//!
//! On web-sys's `fetch` rather than gloo-net, which would bring the `http` crate into the WASM
//! for this one call.

use gloo_utils::window;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The text of the file at `url` (relative to the page), or why it could not be had.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let describe = |error: JsValue| format!("{url}: {error:?}");
    let response = JsFuture::from(window().fetch_with_str(url))
        .await
        .map_err(describe)?;
    let response: web_sys::Response = response.dyn_into().map_err(describe)?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(describe)?)
        .await
        .map_err(describe)?;
    text.as_string().ok_or_else(|| format!("{url}: not text"))
}
