//! The few calls into the page that effects and callbacks make.
//!
//! Components call these from effects and event callbacks only, never while rendering, so the
//! pre-rendered page and the hydrated one are identical. Yew's server renderer runs neither
//! effects nor callbacks, so on native builds (the build-time pre-render) there is no page and
//! these do nothing.

/// What waits for a pause in typing (see `after_pause`): each has its own slot.
#[derive(Clone, Copy)]
pub enum AfterPause {
    /// Writing the search into the address.
    Address = 0,
    /// Counting matches in the languages not shown.
    Counts = 1,
    /// The next slice of a long interview's marks (see `progressive`): no pause, only the
    /// next task, so that the browser paints and reads input in between.
    NextSlice = 2,
    /// Folding the interview's languages for search, one per task, before the first keystroke.
    Index = 3,
}

/// How many kinds of `AfterPause` work there are: each has its own pending timer.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
const AFTER_PAUSE_KINDS: usize = 4;

impl AfterPause {
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    fn delay_ms(self) -> i32 {
        match self {
            AfterPause::Address | AfterPause::Counts => 150,
            AfterPause::NextSlice | AfterPause::Index => 0,
        }
    }
}

#[cfg(target_arch = "wasm32")]
mod page {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::{JsFuture, spawn_local};
    use web_sys::{HtmlElement, KeyboardEvent, ScrollIntoViewOptions, ScrollLogicalPosition};

    use crate::state::TurnAnchor;

    /// Where the reader's language choice is kept: `lang` or `lang|beside`.
    const LANGUAGES_KEY: &str = "suhbat.languages";

    fn document() -> Option<web_sys::Document> {
        web_sys::window()?.document()
    }

    pub fn local_storage() -> Option<web_sys::Storage> {
        // Storage can be disabled or refused (private modes, policies): then there is none.
        web_sys::window()?.local_storage().ok().flatten()
    }

    /// The languages the reader chose last time, if the browser kept them.
    pub fn saved_languages() -> (Option<String>, Option<String>) {
        let saved =
            local_storage().and_then(|storage| storage.get_item(LANGUAGES_KEY).ok().flatten());
        match saved.as_deref().map(|s| s.split_once('|')) {
            Some(Some((lang, beside))) => (Some(lang.to_owned()), Some(beside.to_owned())),
            Some(None) => (saved, None),
            None => (None, None),
        }
    }

    /// Keeps the reader's languages for the next visit; a full or disabled storage only means
    /// the choice is not kept.
    pub fn save_languages(lang: &str, beside: Option<&str>) {
        if let Some(storage) = local_storage() {
            let value = beside.map_or_else(|| lang.to_owned(), |beside| format!("{lang}|{beside}"));
            let _ = storage.set_item(LANGUAGES_KEY, &value);
        }
    }

    /// Sets `<html lang>` to the interface language.
    pub fn set_document_lang(lang: &str) {
        if let Some(root) = document().and_then(|d| d.document_element()) {
            let _ = root.set_attribute("lang", lang);
        }
    }

    /// The first turn on screen and how far below the top of the window it starts.
    pub fn turn_at_top() -> Option<TurnAnchor> {
        let turns = document()?
            .query_selector_all("[data-turn]:not([hidden])")
            .ok()?;
        (0..turns.length())
            .filter_map(|index| turns.item(index)?.dyn_into::<web_sys::Element>().ok())
            .find_map(|turn| {
                let rect = turn.get_bounding_client_rect();
                (rect.bottom() > 0.0).then(|| TurnAnchor {
                    id: turn.id(),
                    offset: rect.top(),
                })
            })
    }

    /// Scrolls so that the anchor's turn is where it was.
    pub fn return_to_anchor(anchor: &TurnAnchor) {
        let (Some(window), Some(turn)) = (
            web_sys::window(),
            document().and_then(|d| d.get_element_by_id(&anchor.id)),
        ) else {
            return;
        };
        window.scroll_by_with_x_and_y(0.0, turn.get_bounding_client_rect().top() - anchor.offset);
    }

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

    /// The languages the reader's browser prefers, most preferred first.
    pub fn preferred_languages() -> Vec<String> {
        let Some(window) = web_sys::window() else {
            return Vec::new();
        };
        window
            .navigator()
            .languages()
            .iter()
            .filter_map(|lang| lang.as_string())
            .collect()
    }

    /// The address's query string, `?…` or empty.
    pub fn query_string() -> String {
        web_sys::window()
            .and_then(|window| window.location().search().ok())
            .unwrap_or_default()
    }

    /// Runs `work` once typing pauses; a newer call for the same purpose replaces an older
    /// one that has not run yet.
    pub fn after_pause(purpose: super::AfterPause, work: impl FnOnce() + 'static) {
        thread_local! {
            static PENDING: std::cell::RefCell<[Option<i32>; super::AFTER_PAUSE_KINDS]> =
                const { std::cell::RefCell::new([None; super::AFTER_PAUSE_KINDS]) };
        }
        let Some(window) = web_sys::window() else {
            return;
        };
        let slot = purpose as usize;
        if let Some(pending) = PENDING.with_borrow_mut(|pending| pending[slot].take()) {
            window.clear_timeout_with_handle(pending);
        }
        let run = Closure::once_into_js(move || {
            PENDING.with_borrow_mut(|pending| pending[slot] = None);
            work();
        });
        let handle = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            run.unchecked_ref(),
            purpose.delay_ms(),
        );
        PENDING.with_borrow_mut(|pending| pending[slot] = handle.ok());
    }

    /// Replaces the address's query string, keeping path and fragment, without adding a
    /// history entry (typing must not flood the back button).
    pub fn replace_query_string(query: &str) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let location = window.location();
        let (Ok(path), Ok(hash), Ok(current)) =
            (location.pathname(), location.hash(), location.search())
        else {
            return;
        };
        if current != query
            && let Ok(history) = window.history()
        {
            let url = format!("{path}{query}{hash}");
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
        }
    }

    /// Makes `/` anywhere outside a text field focus the element `input_id`, as on many sites.
    pub fn focus_on_slash(input_id: &'static str) {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let handler = Closure::<dyn Fn(KeyboardEvent)>::new(move |event: KeyboardEvent| {
            if event.key() != "/" || event.ctrl_key() || event.meta_key() || event.alt_key() {
                return;
            }
            let Some(document) = web_sys::window().and_then(|w| w.document()) else {
                return;
            };
            let typing = document.active_element().is_some_and(|element| {
                matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                    || element.has_attribute("contenteditable")
            });
            let input = document
                .get_element_by_id(input_id)
                .and_then(|e| e.dyn_into::<HtmlElement>().ok());
            if let (false, Some(input)) = (typing, input) {
                event.prevent_default();
                let _ = input.focus();
            }
        });
        let _ =
            document.add_event_listener_with_callback("keydown", handler.as_ref().unchecked_ref());
        // The listener lives as long as the page.
        handler.forget();
    }

    /// Scrolls the page's `<mark aria-current>` to the middle of the screen, in the next
    /// animation frame: scrolling needs layout, which the frame does anyway, so a keystroke
    /// does not pay for a second one.
    pub fn scroll_current_match_into_view() {
        let (Some(document), Some(window)) = (document(), web_sys::window()) else {
            return;
        };
        let scroll = Closure::once_into_js(move || {
            if let Ok(Some(mark)) = document.query_selector("mark[aria-current]") {
                let options = ScrollIntoViewOptions::new();
                options.set_block(ScrollLogicalPosition::Center);
                mark.scroll_into_view_with_scroll_into_view_options(&options);
            }
        });
        let _ = window.request_animation_frame(scroll.unchecked_ref());
    }

    /// This page's address with its fragment set to `#id`.
    pub fn address_of_fragment(id: &str) -> Option<String> {
        let href = web_sys::window()?.location().href().ok()?;
        let base = href.split('#').next().unwrap_or_default();
        Some(format!("{base}#{id}"))
    }

    /// Puts `text` on the clipboard, then calls `on_copied`. Where the clipboard is unavailable
    /// (an insecure origin, a refusal) nothing is copied and nothing is said.
    pub fn copy_to_clipboard(text: &str, on_copied: impl FnOnce() + 'static) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let navigator = window.navigator();
        let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
            .is_ok_and(|clipboard| !clipboard.is_undefined());
        if !has_clipboard {
            return;
        }
        let promise = navigator.clipboard().write_text(text);
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

    pub fn preferred_languages() -> Vec<String> {
        Vec::new()
    }

    pub fn query_string() -> String {
        String::new()
    }

    pub fn replace_query_string(_query: &str) {}

    pub fn after_pause(_purpose: super::AfterPause, _work: impl FnOnce() + 'static) {}

    pub fn focus_on_slash(_input_id: &'static str) {}

    pub fn scroll_current_match_into_view() {}

    pub fn saved_languages() -> (Option<String>, Option<String>) {
        (None, None)
    }

    pub fn save_languages(_lang: &str, _beside: Option<&str>) {}

    pub fn set_document_lang(_lang: &str) {}

    pub fn turn_at_top() -> Option<crate::state::TurnAnchor> {
        None
    }

    pub fn return_to_anchor(_anchor: &crate::state::TurnAnchor) {}

    pub fn address_of_fragment(id: &str) -> Option<String> {
        Some(format!("#{id}"))
    }

    pub fn copy_to_clipboard(_text: &str, _on_copied: impl FnOnce() + 'static) {}
}

pub use page::*;
