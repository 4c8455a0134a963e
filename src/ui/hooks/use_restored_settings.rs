use yew::prelude::*;

use crate::domain::language::suggested_language;
use crate::domain::model::Lang;
use crate::domain::view::settings::PageSettings;
use crate::domain::view::state::Action;
use crate::web::{address, page, storage};

/// Once the page has hydrated: the address's anchor scrolled to, the settings the reader
/// arrives with restored (see `PageSettings::on_arrival`), the page marked ready. Returns the
/// translation to offer a reader who has chosen no language, if their browser prefers one.
#[hook]
pub fn use_restored_settings(
    offered: &[Lang],
    original: &str,
    dispatch: &Callback<Action>,
) -> Option<Lang> {
    let suggestion = use_state(|| None::<Lang>);
    let (offered, original) = (offered.to_vec(), original.to_owned());
    let (dispatch, suggest) = (dispatch.clone(), suggestion.clone());
    use_effect_with((), move |_| {
        page::scroll_to_fragment();
        let saved = storage::saved_languages();
        let settings = PageSettings::on_arrival(&address::query_string(), saved.as_ref(), &offered);
        if settings.lang.is_none() {
            let preferred = page::preferred_languages();
            suggest.set(suggested_language(&preferred, &offered, &original));
        }
        dispatch.emit(Action::Restore(settings));
        page::mark_ready();
    });
    (*suggestion).clone()
}
