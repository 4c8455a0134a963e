use std::rc::Rc;

use yew::prelude::*;

use super::turn::turn_html;
use crate::domain::model::Interview;
use crate::domain::view::progressive::{CHUNK_TURNS, TurnInput};

#[derive(Properties, PartialEq)]
pub struct TurnChunkProps {
    pub interview: Rc<Interview>,
    /// The index of the chunk's first turn.
    pub start: usize,
    pub turns: Rc<Vec<TurnInput>>,
    /// The interface language, for labels.
    pub ui_lang: AttrValue,
}

/// A run of consecutive turns: a place to stop re-rendering and, in a long interview, a box the
/// browser skips while it is off screen (`content-visibility: auto`), so that the filter hiding
/// or showing a thousand turns lays out only those near the reader. With all its turns hidden
/// it is hidden too, so that it takes no room.
#[function_component]
pub fn TurnChunk(props: &TurnChunkProps) -> Html {
    let turns = props.turns.iter().enumerate().map(|(offset, input)| {
        turn_html(
            &props.interview,
            props.start + offset,
            &input.columns,
            input.hidden,
            &props.ui_lang,
        )
    });
    let hidden = props.turns.iter().all(|input| input.hidden);
    html! { <div class="turns__chunk" {hidden}>{ for turns }</div> }
}

/// The turn list in chunks of `CHUNK_TURNS`.
pub fn chunks_html(
    interview: &Rc<Interview>,
    chunks: Vec<Rc<Vec<TurnInput>>>,
    ui_lang: &AttrValue,
) -> Html {
    let chunks = chunks.into_iter().enumerate().map(|(index, turns)| {
        html! {
            <TurnChunk
                key={index}
                interview={interview.clone()}
                start={index * CHUNK_TURNS}
                {turns}
                ui_lang={ui_lang.clone()}
            />
        }
    });
    html! { <>{ for chunks }</> }
}
