//! Fetching the site's own files: the archive's index shards and interviews.
//!
//! On web-sys's `fetch` rather than gloo-net, which would bring the `http` crate into the WASM
//! for this one call.

use gloo_utils::{document, window};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::domain::view::embedded::FILE_ATTRIBUTE;

/// The texts of the files at `urls` (relative to the page), each or why it could not be had,
/// fetched at once: one round trip for all, not one each. The one-file archive carries its
/// files in the page (browsers fetch nothing from `file://`).
pub async fn fetch_texts(urls: &[String]) -> Vec<Result<String, String>> {
    // Each request starts when its promise is made; awaiting them in turn then waits for the
    // slowest only.
    let started: Vec<Option<JsFuture>> = urls
        .iter()
        .map(|url| {
            carried_file(url)
                .is_none()
                .then(|| JsFuture::from(window().fetch_with_str(url)))
        })
        .collect();
    let mut texts = Vec::with_capacity(urls.len());
    for (url, request) in urls.iter().zip(started) {
        texts.push(match request {
            Some(response) => text_of(url, response.await).await,
            None => carried_file(url).ok_or_else(|| format!("{url}: not in the page")),
        });
    }
    texts
}

/// The text of `response`, the answer to a request for `url`.
async fn text_of(url: &str, response: Result<JsValue, JsValue>) -> Result<String, String> {
    let describe = |error: JsValue| format!("{url}: {error:?}");
    let response: web_sys::Response = response.map_err(describe)?.dyn_into().map_err(describe)?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(describe)?)
        .await
        .map_err(describe)?;
    text.as_string().ok_or_else(|| format!("{url}: not text"))
}

/// The file `url` as the page carries it, if it does.
pub fn carried_file(url: &str) -> Option<String> {
    // Site file names are letters, digits, `/`, `.`, `-` and `_`: no quote to escape.
    let selector = format!("script[{FILE_ATTRIBUTE}=\"{url}\"]");
    document().query_selector(&selector).ok()??.text_content()
}
