//! The few calls into the page that effects and callbacks make.
//!
//! Components call these from effects and event callbacks only, never while rendering, so the
//! pre-rendered page and the hydrated one are identical. Yew's server renderer runs neither
//! effects nor callbacks, so on native builds (the build-time pre-render) there is no page and
//! these do nothing.

#[cfg(target_arch = "wasm32")]
mod page {
    use wasm_bindgen::JsValue;
    use wasm_bindgen_futures::{JsFuture, spawn_local};

    /// Brings the element named by the address's `#fragment` into view.
    pub fn scroll_to_fragment() {
        let Some(window) = web_sys::window() else {
            return;
        };
        let Ok(hash) = window.location().hash() else {
            return;
        };
        let Some(id) = hash.strip_prefix('#').filter(|id| !id.is_empty()) else {
            return;
        };
        let id = js_sys::decode_uri_component(id).map_or_else(|_| id.to_owned(), String::from);
        if let Some(element) = window.document().and_then(|d| d.get_element_by_id(&id)) {
            element.scroll_into_view();
        }
    }

    /// Marks `<html data-ready>` and the performance timeline (`suhbat-ready`) once the app
    /// has hydrated, for scripts, tests and benchmarks that wait for the page to be interactive.
    pub fn mark_ready() {
        let Some(window) = web_sys::window() else {
            return;
        };
        if let Some(root) = window.document().and_then(|d| d.document_element()) {
            let _ = root.set_attribute("data-ready", "");
        }
        if let Some(performance) = window.performance() {
            let _ = performance.mark("suhbat-ready");
        }
    }

    /// Puts this page's address with `#id` on the clipboard, then calls `on_copied`.
    /// Where the clipboard is unavailable the link's own navigation still shows the address.
    pub fn copy_link_to_fragment(id: &str, on_copied: impl FnOnce() + 'static) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let navigator = window.navigator();
        let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
            .is_ok_and(|clipboard| !clipboard.is_undefined());
        let Ok(href) = window.location().href() else {
            return;
        };
        if !has_clipboard {
            return;
        }
        let base = href.split('#').next().unwrap_or_default();
        let promise = navigator.clipboard().write_text(&format!("{base}#{id}"));
        spawn_local(async move {
            if JsFuture::from(promise).await.is_ok() {
                on_copied();
            }
        });
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod page {
    pub fn scroll_to_fragment() {}

    pub fn mark_ready() {}

    pub fn copy_link_to_fragment(_id: &str, _on_copied: impl FnOnce() + 'static) {}
}

pub use page::*;
