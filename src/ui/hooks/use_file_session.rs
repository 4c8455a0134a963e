use std::rc::Rc;

use web_sys::File;
use yew::prelude::*;

use super::use_state_machine;
use crate::domain::input::files::{names_of, open_files};
use crate::domain::model::Interview;
use crate::domain::view::files::{FileAction, FileSession};
use crate::web::{files, storage};

/// The file session and what the reader can do with files: open some (chosen or dropped
/// anywhere on the page), forget the one opened, dismiss a notice. The interview kept from
/// the last visit comes back once the page has hydrated.
#[hook]
pub fn use_file_session(
    builtin: &Rc<Interview>,
) -> (FileSession, Callback<Vec<File>>, Callback<FileAction>) {
    let (session, dispatch) = use_state_machine(|| FileSession::new(builtin.clone()));
    let on_files = {
        let dispatch = dispatch.clone();
        Callback::from(move |chosen: Vec<File>| {
            let dispatch = dispatch.clone();
            files::read_files(chosen, move |read| {
                let opened = read.and_then(|picked| Ok((open_files(&picked)?, names_of(&picked))));
                dispatch.emit(match opened {
                    Ok((interview, names)) => FileAction::Opened {
                        kept: storage::store_interview(&names, &interview.to_json()),
                        interview: Rc::new(interview),
                        names,
                    },
                    Err(error) => FileAction::Failed(error.to_string()),
                });
            });
        })
    };
    {
        let (dispatch, on_files) = (dispatch.clone(), on_files.clone());
        use_effect_with((), move |_| {
            let listeners = files::listen_for_dropped_files(move |dropped| on_files.emit(dropped));
            if let Some((names, json)) = storage::stored_interview() {
                dispatch.emit(match Interview::from_json(&json) {
                    Ok(interview) => FileAction::Restored {
                        interview: Rc::new(interview),
                        names,
                    },
                    Err(error) => {
                        storage::forget_interview();
                        FileAction::Failed(format!("{names}: {error}"))
                    }
                });
            }
            move || drop(listeners)
        });
    }
    (session, on_files, dispatch)
}
