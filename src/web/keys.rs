//! Keys the whole page listens for.

use gloo_events::{EventListener, EventListenerOptions};
use gloo_utils::document;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};

/// Makes `/` anywhere outside a text field focus the element `input_id`, as on many sites,
/// until the returned listener is dropped.
pub fn focus_on_slash(input_id: &'static str) -> EventListener {
    // Listeners are passive unless told otherwise, and this one must keep `/` out of the box.
    let options = EventListenerOptions::enable_prevent_default();
    EventListener::new_with_options(&document(), "keydown", options, move |event| {
        let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
            return;
        };
        if event.key() != "/" || event.ctrl_key() || event.meta_key() || event.alt_key() {
            return;
        }
        let document = document();
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
    })
}
