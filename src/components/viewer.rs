use std::cell::Cell;
use std::rc::Rc;

use web_sys::File;
use yew::prelude::*;

use super::app::App;
use super::search_bar::SEARCH_INPUT_ID;
use crate::browser;
use crate::browser_files::{
    forget_interview, open_dropped_files, read_files, store_interview, stored_interview,
};
use crate::model::Interview;
use crate::opening::{names_of, open_files};

#[derive(Properties, PartialEq)]
pub struct ViewerProps {
    /// The interview the page ships with.
    pub builtin: Rc<Interview>,
}

/// What the file controls say after the reader opened (or tried to open) a file.
#[derive(Clone, Debug, PartialEq)]
pub enum FileNotice {
    /// The file was not opened, and why (file, line, problem).
    Failed(AttrValue),
    /// The file was opened but cannot be kept for the next visit.
    NotKept,
}

/// What the file controls show and do; given to them through context, so the interview view
/// in between needs to know nothing of files.
#[derive(Clone, PartialEq)]
pub struct FileControls {
    /// The names of the reader's files on screen, when they replace the built-in interview.
    pub opened: Option<AttrValue>,
    pub notice: Option<FileNotice>,
    pub on_files: Callback<Vec<File>>,
    pub on_forget: Callback<()>,
    pub on_dismiss: Callback<()>,
}

#[derive(Clone, PartialEq)]
struct Shown {
    interview: Rc<Interview>,
    opened: Option<AttrValue>,
    /// Changes with every interview shown, so that the view of the last one starts afresh.
    generation: u32,
}

/// The page: the built-in interview, or one the reader opened from their device, and the
/// means to open one.
#[function_component]
pub fn Viewer(props: &ViewerProps) -> Html {
    let shown = use_state(|| Shown {
        interview: props.builtin.clone(),
        opened: None,
        generation: 0,
    });
    let notice = use_state(|| None::<FileNotice>);
    let generations = use_mut_ref(|| Cell::new(0));
    let show = {
        let shown = shown.clone();
        Callback::from(
            move |(interview, opened): (Rc<Interview>, Option<AttrValue>)| {
                let generation = generations.borrow().get() + 1;
                generations.borrow().set(generation);
                shown.set(Shown {
                    interview,
                    opened,
                    generation,
                });
            },
        )
    };
    let on_files = {
        let show = show.clone();
        let notice = notice.clone();
        Callback::from(move |files: Vec<File>| {
            let show = show.clone();
            let notice = notice.clone();
            read_files(files, move |read| {
                let opened = read.and_then(|picked| Ok((open_files(&picked)?, names_of(&picked))));
                match opened {
                    Ok((interview, names)) => {
                        let kept = store_interview(&names, &interview.to_json());
                        notice.set((!kept).then_some(FileNotice::NotKept));
                        show.emit((Rc::new(interview), Some(names.into())));
                    }
                    Err(error) => notice.set(Some(FileNotice::Failed(error.to_string().into()))),
                }
            });
        })
    };
    use_effect_with((), {
        let show = show.clone();
        let notice = notice.clone();
        let on_files = on_files.clone();
        move |_| {
            browser::focus_on_slash(SEARCH_INPUT_ID);
            open_dropped_files(on_files);
            if let Some((names, json)) = stored_interview() {
                match Interview::from_json(&json) {
                    Ok(interview) => show.emit((Rc::new(interview), Some(names.into()))),
                    Err(error) => {
                        forget_interview();
                        notice.set(Some(FileNotice::Failed(format!("{names}: {error}").into())));
                    }
                }
            }
        }
    });
    let on_forget = {
        let show = show.clone();
        let notice = notice.clone();
        let builtin = props.builtin.clone();
        Callback::from(move |()| {
            forget_interview();
            notice.set(None);
            show.emit((builtin.clone(), None));
        })
    };
    let on_dismiss = {
        let notice = notice.clone();
        Callback::from(move |()| notice.set(None))
    };
    let controls = FileControls {
        opened: shown.opened.clone(),
        notice: (*notice).clone(),
        on_files,
        on_forget,
        on_dismiss,
    };
    html! {
        <ContextProvider<FileControls> context={controls}>
            <App key={shown.generation} interview={shown.interview.clone()} />
        </ContextProvider<FileControls>>
    }
}
