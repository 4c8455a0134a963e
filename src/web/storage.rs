//! What the browser keeps for the next visit: the reader's languages and the interview they
//! opened.
//!
//! Written on `web_sys::Storage` rather than gloo-storage: `LocalStorage::raw()` panics where
//! storage is disabled or refused (private modes, policies), and here that must only mean
//! nothing is kept.

use gloo_utils::window;
use web_sys::Storage;

use crate::domain::language::LanguageChoice;

/// Where the reader's language choice is kept, as `LanguageChoice` writes it.
const LANGUAGES_KEY: &str = "suhbat.languages";
/// Where the opened interview is kept, as schema JSON, and the name it was opened from.
const INTERVIEW_KEY: &str = "suhbat.interview";
const INTERVIEW_NAME_KEY: &str = "suhbat.interview.name";

fn local_storage() -> Option<Storage> {
    window().local_storage().ok().flatten()
}

fn get(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// The languages the reader chose last time, if the browser kept them.
pub fn saved_languages() -> Option<LanguageChoice> {
    get(LANGUAGES_KEY)?.parse().ok()
}

/// Keeps the reader's languages for the next visit; a full or disabled storage only means the
/// choice is not kept.
pub fn save_languages(choice: &LanguageChoice) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(LANGUAGES_KEY, &choice.to_string());
    }
}

/// The interview the reader opened last time, with its name, if the browser kept it.
pub fn stored_interview() -> Option<(String, String)> {
    let json = get(INTERVIEW_KEY)?;
    Some((get(INTERVIEW_NAME_KEY).unwrap_or_default(), json))
}

/// Keeps an opened interview for the next visit; false when storage is full or disabled.
pub fn store_interview(name: &str, json: &str) -> bool {
    let Some(storage) = local_storage() else {
        return false;
    };
    let kept = storage.set_item(INTERVIEW_KEY, json).is_ok()
        && storage.set_item(INTERVIEW_NAME_KEY, name).is_ok();
    if !kept {
        forget_interview();
    }
    kept
}

/// Forgets the kept interview.
pub fn forget_interview() {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(INTERVIEW_KEY);
        let _ = storage.remove_item(INTERVIEW_NAME_KEY);
    }
}
