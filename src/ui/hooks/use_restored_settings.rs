use yew::prelude::*;

use crate::domain::language::suggested_language;
use crate::domain::model::Lang;
use crate::domain::view::settings::{EarlyInput, PageSettings};
use crate::domain::view::state::Action;
use crate::web::{address, page, storage};

/// Once the page has hydrated: the address's anchor scrolled to, the settings the reader
/// arrives with restored (see `PageSettings::on_arrival`) with what they did before the app
/// was ready, the page marked ready. Returns the
/// translation to offer a reader who has chosen no language, if their browser prefers one.
#[hook]
pub fn use_restored_settings(
    offered: &[Lang],
    original: &str,
    early: &EarlyInput,
    dispatch: &Callback<Action>,
) -> Option<Lang> {
    let suggestion = use_state(|| None::<Lang>);
    let (offered, original, early) = (offered.to_vec(), original.to_owned(), early.clone());
    let (dispatch, suggest) = (dispatch.clone(), suggestion.clone());
    use_effect_with((), move |_| {
        page::scroll_to_fragment();
        let saved = storage::saved_languages();
        let settings = PageSettings::on_arrival(&address::query_string(), saved.as_ref(), &offered)
            .with_early_input(&early);
        if settings.lang.is_none() {
            let preferred = page::preferred_languages();
            suggest.set(suggested_language(&preferred, &offered, &original));
        }
        dispatch.emit(Action::Restore(settings));
        page::mark_ready();
    });
    (*suggestion).clone()
}
