use std::rc::Rc;

use yew::prelude::*;

use super::app::App;
use super::file_controls::FileControls;
use super::hooks::use_file_session;
use crate::domain::model::Interview;
use crate::domain::view::files::FileAction;
use crate::domain::view::settings::EarlyInput;
use crate::web::storage;

#[derive(Properties, PartialEq)]
pub struct ViewerProps {
    /// The interview the page ships with.
    pub builtin: Rc<Interview>,
    /// The archive's home, where the interview is part of one.
    #[prop_or_default]
    pub home: Option<AttrValue>,
    /// What the reader did before the app was ready.
    #[prop_or_default]
    pub early: EarlyInput,
}

/// The page: the built-in interview, or one the reader opened from their device, and the
/// means to open one. Every interview shown gets a fresh view (`App` keyed by generation).
#[function_component]
pub fn Viewer(props: &ViewerProps) -> Html {
    let (session, on_files, dispatch) = use_file_session(&props.builtin);
    let on_forget = {
        let (dispatch, builtin) = (dispatch.clone(), props.builtin.clone());
        Callback::from(move |()| {
            storage::forget_interview();
            dispatch.emit(FileAction::Forgot {
                builtin: builtin.clone(),
            });
        })
    };
    let controls = FileControls {
        opened: session.opened.clone().map(AttrValue::from),
        notice: session.notice.clone(),
        on_files,
        on_forget,
        on_dismiss: dispatch.reform(|()| FileAction::Dismissed),
    };
    html! {
        <ContextProvider<FileControls> context={controls}>
            <App key={session.generation} interview={session.interview.clone()} home={props.home.clone()}
                early={if session.generation == 0 { props.early.clone() } else { EarlyInput::default() }} />
        </ContextProvider<FileControls>>
    }
}
