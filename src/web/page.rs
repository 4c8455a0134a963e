//! The page itself: its language, its readiness mark, scrolling, the reader's browser
//! languages and the clipboard.

use gloo_render::{AnimationFrame, request_animation_frame};
use gloo_utils::{document, document_element, window};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{JsFuture, spawn_local};
use web_sys::{Element, ScrollIntoViewOptions, ScrollLogicalPosition};

use crate::domain::view::settings::EarlyInput;
use crate::domain::view::state::TurnAnchor;

/// The element the app renders into and hydrates.
pub fn app_root() -> Element {
    document()
        .get_element_by_id("app")
        .expect("the page has the #app root element")
}

/// Says on the browser's console why the app could not start (the pre-rendered page stays).
pub fn console_error(message: &str) {
    web_sys::console::error_1(&message.into());
}

/// The text of the element `id` (the data a built page carries), if the page has it.
pub fn element_text(id: &str) -> Option<String> {
    document().get_element_by_id(id)?.text_content()
}

/// The value of `attribute` on the element `id`, if both exist.
pub fn element_attribute(id: &str, attribute: &str) -> Option<String> {
    document().get_element_by_id(id)?.get_attribute(attribute)
}

/// What the reader did to the pre-rendered controls before the app took over: the search box's
/// text, and the language control's choice if it is not the one the page was built with. Read
/// before hydration, which puts the controls back as they were rendered.
pub fn early_input(search_input_id: &str, language_select: &str) -> EarlyInput {
    let query = document()
        .get_element_by_id(search_input_id)
        .and_then(|input| input.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|input| input.value())
        .unwrap_or_default();
    let languages = document()
        .query_selector(language_select)
        .ok()
        .flatten()
        .and_then(|select| select.dyn_into::<web_sys::HtmlSelectElement>().ok())
        .and_then(|select| {
            let built = select.query_selector("option[selected]").ok().flatten()?;
            let chosen = select.value();
            (built.get_attribute("value").as_deref() != Some(chosen.as_str()))
                .then(|| chosen.parse().ok())
                .flatten()
        });
    EarlyInput { query, languages }
}

/// Sets the tab's title.
pub fn set_title(title: &str) {
    document().set_title(title);
}

/// Sets `<html lang>` to the interface language.
pub fn set_document_lang(lang: &str) {
    let _ = document_element().set_attribute("lang", lang);
}

/// Marks `<html data-ready>` and the performance timeline (`suhbat-ready`) once the app has
/// hydrated, for scripts, tests and benchmarks that wait for the page to be interactive.
pub fn mark_ready() {
    let _ = document_element().set_attribute("data-ready", "");
    if let Some(performance) = window().performance() {
        let _ = performance.mark("suhbat-ready");
    }
}

/// The first turn on screen and how far below the top of the window it starts.
pub fn turn_at_top() -> Option<TurnAnchor> {
    let turns = document()
        .query_selector_all("[data-turn]:not([hidden])")
        .ok()?;
    (0..turns.length())
        .filter_map(|index| turns.item(index)?.dyn_into::<Element>().ok())
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
    if let Some(turn) = document().get_element_by_id(&anchor.id) {
        let moved = turn.get_bounding_client_rect().top() - anchor.offset;
        window().scroll_by_with_x_and_y(0.0, moved);
    }
}

/// Brings the element named by the address's `#fragment` into view.
pub fn scroll_to_fragment() {
    let Ok(hash) = window().location().hash() else {
        return;
    };
    let Some(id) = hash.strip_prefix('#').filter(|id| !id.is_empty()) else {
        return;
    };
    let id = js_sys::decode_uri_component(id).map_or_else(|_| id.to_owned(), String::from);
    if let Some(element) = document().get_element_by_id(&id) {
        element.scroll_into_view();
    }
}

/// Scrolls the page's `<mark aria-current>` to the middle of the screen in the next animation
/// frame: scrolling needs layout, which the frame does anyway, so a keystroke does not pay for
/// a second one. Dropping the returned frame before it runs cancels the scroll.
pub fn scroll_current_match_into_view() -> AnimationFrame {
    request_animation_frame(|_| {
        if let Ok(Some(mark)) = document().query_selector("mark[aria-current]") {
            let options = ScrollIntoViewOptions::new();
            options.set_block(ScrollLogicalPosition::Center);
            mark.scroll_into_view_with_scroll_into_view_options(&options);
        }
    })
}

/// The languages the reader's browser prefers, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    let languages = window().navigator().languages();
    languages
        .iter()
        .filter_map(|lang| lang.as_string())
        .collect()
}

/// This page's address with its fragment set to `#id`.
pub fn address_of_fragment(id: &str) -> Option<String> {
    let href = window().location().href().ok()?;
    let base = href.split('#').next().unwrap_or_default();
    Some(format!("{base}#{id}"))
}

/// Puts `text` on the clipboard, then calls `on_copied`. Where the clipboard is unavailable
/// (an insecure origin, a refusal) nothing is copied and nothing is said.
pub fn copy_to_clipboard(text: &str, on_copied: impl FnOnce() + 'static) {
    let navigator = window().navigator();
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
