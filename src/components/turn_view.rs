use std::rc::Rc;

use yew::prelude::*;

use super::marked_text::marked_paragraphs;
use crate::browser;
use crate::model::{Interview, Speaker};
use crate::search::BlockHits;
use crate::ui_text::UiText;

/// Cheap to compare, so that a keystroke re-renders only the turns whose matches changed.
#[derive(Properties, PartialEq)]
pub struct TurnViewProps {
    pub interview: Rc<Interview>,
    pub index: usize,
    pub hits: Option<Rc<BlockHits>>,
    pub hidden: bool,
    /// The turn's match that is the reader's current match, if any.
    pub current: Option<usize>,
}

/// One question or answer, with its anchor and a link that copies the turn's address.
///
/// The link is a plain `#id` anchor, so it works with JavaScript off; in the browser a click
/// also copies the full address and says so.
#[function_component]
pub fn TurnView(props: &TurnViewProps) -> Html {
    let interview = &props.interview;
    let turn = &interview.turns[props.index];
    let text = UiText::for_lang(&interview.original);
    let copied = use_state(|| false);
    let node = use_node_ref();
    super::use_scroll_to_current(&node, props.current);

    let speaker_label = match turn.speaker {
        Speaker::Interviewer => text.interviewer,
        Speaker::Interviewee => interview
            .interviewee
            .as_ref()
            .and_then(|person| person.name.get(&interview.original))
            .map_or(text.interviewee, String::as_str),
    };
    let onclick = {
        let copied = copied.clone();
        let id = turn.id.clone();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            browser::copy_link_to_fragment(&id, move || copied.set(true));
        })
    };
    let onblur = {
        let copied = copied.clone();
        Callback::from(move |_: FocusEvent| copied.set(false))
    };
    let href = format!("#{}", turn.id);
    let speaker = turn.speaker.as_str();
    html! {
        <article
            class={classes!("turn", format!("turn--{speaker}"))}
            id={turn.id.clone()}
            data-turn={turn.id.clone()}
            data-speaker={speaker}
            hidden={props.hidden}
            ref={node}
        >
            <div class="turn__meta">
                <span class="turn__speaker">{ speaker_label }</span>
                <a
                    class="turn__link"
                    {href}
                    title={text.copy_link_hint}
                    aria-label={format!("{}: {} {}", text.link_to_turn, speaker_label, turn.id)}
                    {onclick}
                    {onblur}
                >
                    { "#" }{ &turn.id }
                </a>
                if *copied {
                    <span class="turn__copied" role="status">{ text.link_copied }</span>
                }
            </div>
            { marked_paragraphs(turn.paragraphs_in(&interview.original), props.hits.as_deref(), props.current) }
        </article>
    }
}
