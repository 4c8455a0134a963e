use std::rc::Rc;

use yew::prelude::*;

use super::marked_text::marked_paragraphs;
use crate::browser;
use crate::model::{Interview, Speaker};
use crate::search::BlockHits;
use crate::ui_text::UiText;

/// One language of a block as shown: its matches, and which of them is the reader's current
/// match. Cheap to compare, so that a keystroke re-renders only the blocks whose matches
/// changed.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    pub lang: AttrValue,
    pub hits: Option<Rc<BlockHits>>,
    pub current: Option<usize>,
}

/// A block's paragraphs in each of its columns: one language, or the original beside a
/// translation, aligned paragraph by paragraph.
pub fn columns_html<'a>(texts: impl Fn(&str) -> &'a [String], columns: &[Column]) -> Html {
    if let [column] = columns {
        return marked_paragraphs(texts(&column.lang), column.hits.as_deref(), column.current);
    }
    let columns = columns.iter().map(|column| {
        html! {
            <div class="columns__column" lang={column.lang.clone()}>
                { marked_paragraphs(texts(&column.lang), column.hits.as_deref(), column.current) }
            </div>
        }
    });
    html! { <div class="columns">{ for columns }</div> }
}

#[derive(Properties, PartialEq)]
pub struct TurnViewProps {
    pub interview: Rc<Interview>,
    pub index: usize,
    pub columns: Vec<Column>,
    /// The interface language, for labels.
    pub ui_lang: AttrValue,
    pub hidden: bool,
}

/// One question or answer, with its anchor and a link that copies the turn's address.
///
/// The link is a plain `#id` anchor, so it works with JavaScript off; in the browser a click
/// also copies the full address and says so.
#[function_component]
pub fn TurnView(props: &TurnViewProps) -> Html {
    let interview = &props.interview;
    let turn = &interview.turns[props.index];
    let text = UiText::for_lang(&props.ui_lang);
    let copied = use_state(|| false);
    let node = use_node_ref();
    let current = props.columns.iter().find_map(|column| column.current);
    super::use_scroll_to_current(&node, current);

    let speaker_label = match turn.speaker {
        Speaker::Interviewer => text.interviewer,
        Speaker::Interviewee => interview
            .interviewee
            .as_ref()
            .and_then(|person| {
                person
                    .name
                    .get(props.ui_lang.as_str())
                    .or(person.name.get(&interview.original))
            })
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
    let lang = (props.columns.len() == 1).then(|| props.columns[0].lang.clone());
    html! {
        <article
            class={classes!("turn", format!("turn--{speaker}"))}
            id={turn.id.clone()}
            data-turn={turn.id.clone()}
            data-speaker={speaker}
            {lang}
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
            { columns_html(|lang| turn.paragraphs_in(lang), &props.columns) }
        </article>
    }
}
