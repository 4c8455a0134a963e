//! Files in the page: reading those the reader picks or drops (gloo-file), and listening for
//! files dropped anywhere on the page (gloo-events).

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use gloo_file::callbacks::{FileReader, read_as_bytes};
use gloo_utils::{document_element, window};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DragEvent, Event, File, FileList};

use crate::domain::input::files::{OpenError, OpenProblem, PickedFile, check_sizes};

/// What reading chosen files gives: their names and bytes, or why they were not read.
pub type ReadFiles = Result<Vec<PickedFile>, OpenError>;

/// Set on `<html>` while files are dragged over the page, for the drop cue.
const DROPPING_CLASS: &str = "dropping";

/// The files of a file list (an `<input type=file>`'s, or a drop's).
pub fn files_of(list: Option<FileList>) -> Vec<File> {
    let Some(list) = list else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Reads `files` one after another (after refusing them if together they are too large), then
/// calls `done`.
pub fn read_files(files: Vec<File>, done: impl FnOnce(ReadFiles) + 'static) {
    let sizes: Vec<(String, u64)> = files.iter().map(|f| (f.name(), f.size() as u64)).collect();
    if let Err(error) = check_sizes(sizes.iter().map(|(name, size)| (name.as_str(), *size))) {
        done(Err(error));
        return;
    }
    let mut pending = files;
    pending.reverse();
    read_next(pending, Vec::new(), Rc::default(), Box::new(done));
}

/// The read in progress: a gloo `FileReader` aborts its read when dropped, so it is kept here
/// until its callback has run.
type Reading = Rc<RefCell<Option<FileReader>>>;

fn read_next(
    mut pending: Vec<File>,
    mut picked: Vec<PickedFile>,
    reading: Reading,
    done: Box<dyn FnOnce(ReadFiles)>,
) {
    let Some(file) = pending.pop() else {
        reading.borrow_mut().take();
        done(Ok(picked));
        return;
    };
    let name = file.name();
    let next = reading.clone();
    let reader = read_as_bytes(&gloo_file::Blob::from(file), move |bytes| match bytes {
        Ok(bytes) => {
            picked.push(PickedFile { name, bytes });
            read_next(pending, picked, next, done);
        }
        Err(reason) => {
            next.borrow_mut().take();
            done(Err(OpenError {
                file: Some(name),
                problem: OpenProblem::Unreadable(reason.to_string()),
            }));
        }
    });
    *reading.borrow_mut() = Some(reader);
}

/// Makes dropping files anywhere on the page call `on_files`, with a cue while they hover,
/// until the returned listeners are dropped.
pub fn listen_for_dropped_files(on_files: impl Fn(Vec<File>) + 'static) -> [EventListener; 3] {
    let target = window();
    let cue = |on: bool| {
        let classes = document_element().class_list();
        let _ = if on {
            classes.add_1(DROPPING_CLASS)
        } else {
            classes.remove_1(DROPPING_CLASS)
        };
    };
    let carries_files = |event: &Event| -> Option<DragEvent> {
        let event = event.dyn_ref::<DragEvent>()?;
        let data = event.data_transfer()?;
        data.types()
            .includes(&JsValue::from_str("Files"), 0)
            .then(|| event.clone())
    };
    // Without preventing the default, the browser would navigate to the dropped file.
    let active = EventListenerOptions::enable_prevent_default;
    let over = EventListener::new_with_options(&target, "dragover", active(), move |event| {
        if let Some(event) = carries_files(event) {
            event.prevent_default();
            cue(true);
        }
    });
    let leave = EventListener::new(&target, "dragleave", move |event| {
        let left_page = event
            .dyn_ref::<DragEvent>()
            .is_some_and(|event| event.related_target().is_none());
        if left_page {
            cue(false);
        }
    });
    let drop = EventListener::new_with_options(&target, "drop", active(), move |event| {
        if let Some(event) = carries_files(event) {
            event.prevent_default();
            cue(false);
            on_files(files_of(event.data_transfer().and_then(|d| d.files())));
        }
    });
    [over, leave, drop]
}
