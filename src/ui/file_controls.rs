use web_sys::File;
use yew::prelude::*;

use crate::domain::view::files::FileNotice;

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
