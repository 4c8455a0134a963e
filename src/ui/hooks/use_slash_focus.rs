use yew::prelude::*;

use crate::web::keys;

/// While the component is mounted, `/` outside a text field focuses the element `input_id`.
#[hook]
pub fn use_slash_focus(input_id: &'static str) {
    use_effect_with(input_id, |input_id| {
        let listener = keys::focus_on_slash(input_id);
        move || drop(listener)
    });
}
