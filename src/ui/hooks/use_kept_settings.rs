use yew::prelude::*;

use super::use_after_pause;
use crate::domain::language::LanguageChoice;
use crate::domain::view::state::ViewState;
use crate::domain::view::ui_text::UiText;
use crate::web::{address, page, storage};

/// Pause in typing before the search goes into the address.
const ADDRESS_PAUSE_MS: u32 = 150;

/// Keeps the page in step with the view once the settings the reader arrived with are
/// restored: the search in the address (once typing pauses), the languages in `<html lang>`,
/// the tab's title and the browser's storage, and the reader's place when the languages change.
#[hook]
pub fn use_kept_settings(state: &ViewState, languages: &LanguageChoice, title: &str) {
    let restored = state.restored;
    use_after_pause(
        ADDRESS_PAUSE_MS,
        (state.settings.clone(), restored),
        |(settings, restored)| {
            if restored {
                address::replace_query_string(&settings.to_query_string());
            }
        },
    );
    let anchor = state.anchor.clone();
    use_effect_with(
        (languages.clone(), restored, title.to_owned()),
        move |(languages, restored, title)| {
            page::set_document_lang(UiText::for_lang(&languages.lang).lang);
            page::set_title(title);
            if *restored {
                storage::save_languages(languages);
            }
            if let Some(anchor) = anchor {
                page::return_to_anchor(&anchor);
            }
        },
    );
}
