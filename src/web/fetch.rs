//! Fetching the site's own files: the archive's index shards and interviews.
//!
//! On web-sys's `fetch` rather than gloo-net, which would bring the `http` crate into the WASM
//! for this one call.

use gloo_utils::{document, window};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::domain::view::embedded::FILE_ATTRIBUTE;

/// The text of the file at `url` (relative to the page), or why it could not be had. The
/// one-file archive carries its files in the page (browsers fetch nothing from `file://`).
pub async fn fetch_text(url: &str) -> Result<String, String> {
    if let Some(text) = carried_file(url) {
        return Ok(text);
    }
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

/// The file `url` as the page carries it, if it does.
fn carried_file(url: &str) -> Option<String> {
    // Site file names are letters, digits, `/`, `.`, `-` and `_`: no quote to escape.
    let selector = format!("script[{FILE_ATTRIBUTE}=\"{url}\"]");
    document().query_selector(&selector).ok()??.text_content()
}
