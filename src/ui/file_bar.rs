use yew::prelude::*;

use super::file_controls::FileControls;
use crate::domain::view::files::FileNotice;
use crate::domain::view::ui_text::UiText;
use crate::web::files::files_of;

/// The id of the file chooser, for its label and for tests.
pub const OPEN_FILE_INPUT_ID: &str = "open-file";

#[derive(Properties, PartialEq)]
pub struct FileBarProps {
    /// The interface language.
    pub lang: AttrValue,
}

/// Opening an interview from the reader's device: the file chooser (several files at once: a
/// text with its translations and `meta.json`), which file is on screen with the way back to
/// the built-in interview, and what went wrong with the last file.
#[function_component]
pub fn FileBar(props: &FileBarProps) -> Html {
    let Some(controls) = use_context::<FileControls>() else {
        return Html::default();
    };
    let text = UiText::for_lang(&props.lang);
    let onchange = controls.on_files.reform(|e: Event| {
        let input = e.target_unchecked_into::<web_sys::HtmlInputElement>();
        let files = files_of(input.files());
        // Choosing the same file again, after fixing it, must open it again.
        input.set_value("");
        files
    });
    let forget = controls.on_forget.reform(|_: MouseEvent| ());
    let dismiss = controls.on_dismiss.reform(|_: MouseEvent| ());
    let notice = controls.notice.as_ref().map(|notice| match notice {
        FileNotice::Failed(reason) => format!("{}: {reason}", text.open_failed),
        FileNotice::NotKept => text.not_kept.to_owned(),
    });
    html! {
        <section class="file-bar">
            <label class="file-bar__open">
                <input
                    type="file"
                    id={OPEN_FILE_INPUT_ID}
                    class="file-bar__input"
                    multiple=true
                    accept=".txt,.json,text/plain,application/json"
                    {onchange}
                />
                { text.open_file }
            </label>
            <span class="file-bar__hint">{ text.open_hint }</span>
            if let Some(names) = &controls.opened {
                <p class="file-bar__opened">
                    { text.opened_file }{ ": " }<strong class="file-bar__name">{ names }</strong>
                    <button type="button" class="file-bar__forget" onclick={forget}>{ text.forget_file }</button>
                </p>
            }
            if let Some(notice) = notice {
                <p class="file-bar__notice" role="alert">
                    <span class="file-bar__message">{ notice }</span>
                    <button type="button" class="file-bar__dismiss" onclick={dismiss}>{ text.dismiss }</button>
                </p>
            }
        </section>
    }
}
