use std::rc::Rc;

use yew::prelude::*;

use crate::domain::model::Interview;
use crate::domain::view::citation::{speaker_label, turn_with_citation};
use crate::domain::view::ui_text::UiText;
use crate::web::page;

#[derive(Properties, PartialEq)]
pub struct TurnControlsProps {
    pub interview: Rc<Interview>,
    pub index: usize,
    /// The language the turn is shown in, for the copied text.
    pub lang: AttrValue,
    /// The interface language, for labels.
    pub ui_lang: AttrValue,
}

/// What a turn's copy controls last put on the clipboard, to say so.
#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Nothing,
    Link,
    Text,
}

/// A turn's speaker, a link that copies the turn's address, and a button that copies its text
/// with a citation. A component of its own, so that a keystroke that changes the turn's marks
/// leaves these alone.
///
/// The link is a plain `#id` anchor, so it works with JavaScript off; in the browser a click
/// also copies the full address and says so.
#[function_component]
pub fn TurnControls(props: &TurnControlsProps) -> Html {
    let interview = &props.interview;
    let turn = &interview.turns[props.index];
    let text = UiText::for_lang(&props.ui_lang);
    let copied = use_state(|| Copied::Nothing);

    let speaker_label = speaker_label(interview, turn.speaker, &props.ui_lang);
    let copy = |what: Copied| {
        let copied = copied.clone();
        let interview = interview.clone();
        let (index, id) = (props.index, turn.id.clone());
        let lang = props.lang.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(address) = page::address_of_fragment(&id) else {
                return;
            };
            let clip = match what {
                Copied::Text => turn_with_citation(&interview, index, &lang, &address),
                Copied::Link | Copied::Nothing => address,
            };
            let copied = copied.clone();
            page::copy_to_clipboard(&clip, move || copied.set(what));
        })
    };
    let onclick = copy(Copied::Link);
    let copy_text = copy(Copied::Text);
    let onblur = {
        let copied = copied.clone();
        Callback::from(move |_: FocusEvent| copied.set(Copied::Nothing))
    };
    let href = format!("#{}", turn.id);
    html! {
        <div class="turn__meta">
            <span class="turn__speaker">{ speaker_label }</span>
            <a
                class="turn__link"
                {href}
                title={text.copy_link_hint}
                aria-label={format!("{}: {} {}", text.link_to_turn, speaker_label, turn.id)}
                {onclick}
                onblur={onblur.clone()}
            >
                { "#" }{ &turn.id }
            </a>
            <button type="button" class="turn__copy" onclick={copy_text} {onblur}>
                { text.copy_turn }
            </button>
            if *copied != Copied::Nothing {
                <span class="turn__copied" role="status">
                    { if *copied == Copied::Text { text.turn_copied } else { text.link_copied } }
                </span>
            }
        </div>
    }
}
