//! Files in the page: reading those the reader picks or drops, and keeping the interview they
//! opened in the browser's storage for the next visit.
//!
//! Like `browser`, called from effects and callbacks only; natively (the build-time
//! pre-render) there is no page and these do nothing.

use crate::opening::{OpenError, PickedFile};

/// What reading chosen files gives: their names and bytes, or why they were not read.
pub type ReadFiles = Result<Vec<PickedFile>, OpenError>;

#[cfg(target_arch = "wasm32")]
mod page {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::{JsFuture, spawn_local};
    use web_sys::{DragEvent, File, FileList};
    use yew::Callback;

    use super::ReadFiles;
    use crate::browser::local_storage;
    use crate::opening::{OpenError, OpenProblem, PickedFile, check_sizes};

    /// Where the opened interview is kept, as schema JSON, and the name it was opened from.
    const INTERVIEW_KEY: &str = "suhbat.interview";
    const INTERVIEW_NAME_KEY: &str = "suhbat.interview.name";
    /// Set on `<html>` while files are dragged over the page, for the drop cue.
    const DROPPING_CLASS: &str = "dropping";

    pub fn files_of(list: Option<FileList>) -> Vec<File> {
        let Some(list) = list else {
            return Vec::new();
        };
        (0..list.length()).filter_map(|i| list.get(i)).collect()
    }

    /// Reads `files` (after refusing them if together they are too large), then calls `done`.
    pub fn read_files(files: Vec<File>, done: impl FnOnce(ReadFiles) + 'static) {
        let sizes: Vec<(String, u64)> = files.iter().map(|f| (f.name(), f.size() as u64)).collect();
        if let Err(error) = check_sizes(sizes.iter().map(|(name, size)| (name.as_str(), *size))) {
            done(Err(error));
            return;
        }
        spawn_local(async move {
            let mut picked = Vec::with_capacity(files.len());
            for file in files {
                match JsFuture::from(file.array_buffer()).await {
                    Ok(buffer) => picked.push(PickedFile {
                        name: file.name(),
                        bytes: js_sys::Uint8Array::new(&buffer).to_vec(),
                    }),
                    Err(reason) => {
                        let reason = js_sys::Error::from(reason).message().into();
                        done(Err(OpenError {
                            file: Some(file.name()),
                            problem: OpenProblem::Unreadable(reason),
                        }));
                        return;
                    }
                }
            }
            done(Ok(picked));
        });
    }

    /// Makes dropping files anywhere on the page open them, with a cue while they hover.
    pub fn open_dropped_files(on_files: Callback<Vec<File>>) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let root = window.document().and_then(|d| d.document_element());
        let cue = move |on: bool| {
            if let Some(root) = &root {
                let classes = root.class_list();
                let _ = if on {
                    classes.add_1(DROPPING_CLASS)
                } else {
                    classes.remove_1(DROPPING_CLASS)
                };
            }
        };
        let carries_files = |event: &DragEvent| {
            event
                .data_transfer()
                .is_some_and(|data| data.types().includes(&JsValue::from_str("Files"), 0))
        };
        let listen = |name: &str, handler: Closure<dyn Fn(DragEvent)>| {
            let _ = window.add_event_listener_with_callback(name, handler.as_ref().unchecked_ref());
            // The listeners live as long as the page.
            handler.forget();
        };
        let over_cue = cue.clone();
        listen(
            "dragover",
            Closure::new(move |event: DragEvent| {
                if carries_files(&event) {
                    // Without this the browser would navigate to the dropped file.
                    event.prevent_default();
                    over_cue(true);
                }
            }),
        );
        let leave_cue = cue.clone();
        listen(
            "dragleave",
            Closure::new(move |event: DragEvent| {
                if event.related_target().is_none() {
                    leave_cue(false);
                }
            }),
        );
        listen(
            "drop",
            Closure::new(move |event: DragEvent| {
                if carries_files(&event) {
                    event.prevent_default();
                    cue(false);
                    on_files.emit(files_of(event.data_transfer().and_then(|d| d.files())));
                }
            }),
        );
    }

    /// The interview the reader opened last time, with its name, if the browser kept it.
    pub fn stored_interview() -> Option<(String, String)> {
        let storage = local_storage()?;
        let json = storage.get_item(INTERVIEW_KEY).ok().flatten()?;
        let name = storage
            .get_item(INTERVIEW_NAME_KEY)
            .ok()
            .flatten()
            .unwrap_or_default();
        Some((name, json))
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

    pub fn forget_interview() {
        if let Some(storage) = local_storage() {
            let _ = storage.remove_item(INTERVIEW_KEY);
            let _ = storage.remove_item(INTERVIEW_NAME_KEY);
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod page {
    use web_sys::{File, FileList};
    use yew::Callback;

    use super::ReadFiles;

    pub fn files_of(_list: Option<FileList>) -> Vec<File> {
        Vec::new()
    }

    pub fn read_files(_files: Vec<File>, _done: impl FnOnce(ReadFiles) + 'static) {}

    pub fn open_dropped_files(_on_files: Callback<Vec<File>>) {}

    pub fn stored_interview() -> Option<(String, String)> {
        None
    }

    pub fn store_interview(_name: &str, _json: &str) -> bool {
        false
    }

    pub fn forget_interview() {}
}

pub use page::*;
