use std::rc::Rc;

use yew::prelude::*;

use super::marked_text::marked_paragraphs;
use crate::browser;
use crate::citation::{speaker_label, turn_with_citation};
use crate::model::{Interview, Speaker};
use crate::search::BlockHits;
use crate::ui_text::UiText;

/// One language of a block as shown: its matches, and which of them is the reader's current
/// match. Cheap to compare, so that a keystroke re-renders only the blocks whose matches
/// changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    pub lang: AttrValue,
    pub hits: Option<Rc<BlockHits>>,
    pub current: Option<usize>,
}

/// The `lang` of a block shown in one language; side by side, each column has its own.
pub fn block_lang(columns: &[Column]) -> Option<AttrValue> {
    match columns {
        [column] => Some(column.lang.clone()),
        _ => None,
    }
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

/// One question or answer: the `<article>` that the filter hides or shows, around its content.
/// Rendered by the turn list itself, so that hiding a turn touches one attribute and does not
/// re-render what the turn holds.
pub fn turn_html(
    interview: &Rc<Interview>,
    index: usize,
    columns: &[Column],
    hidden: bool,
    ui_lang: &AttrValue,
) -> Html {
    let turn = &interview.turns[index];
    let class = match turn.speaker {
        Speaker::Interviewer => "turn turn--interviewer",
        Speaker::Interviewee => "turn turn--interviewee",
    };
    let id = AttrValue::from(turn.id.clone());
    html! {
        <article
            key={turn.id.as_str()}
            {class}
            id={id.clone()}
            data-turn={id}
            data-speaker={turn.speaker.as_str()}
            lang={block_lang(columns)}
            {hidden}
        >
            <TurnContent
                interview={interview.clone()}
                {index}
                columns={columns.to_vec()}
                ui_lang={ui_lang.clone()}
            />
        </article>
    }
}

#[derive(Properties, PartialEq)]
pub struct TurnContentProps {
    pub interview: Rc<Interview>,
    pub index: usize,
    pub columns: Vec<Column>,
    /// The interface language, for labels.
    pub ui_lang: AttrValue,
}

/// What a turn holds: its controls, then its paragraphs with their marks.
#[function_component]
fn TurnContent(props: &TurnContentProps) -> Html {
    let turn = &props.interview.turns[props.index];
    html! {
        <>
            <TurnControls
                interview={props.interview.clone()}
                index={props.index}
                lang={props.columns[0].lang.clone()}
                ui_lang={props.ui_lang.clone()}
            />
            { columns_html(|lang| turn.paragraphs_in(lang), &props.columns) }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct TurnControlsProps {
    interview: Rc<Interview>,
    index: usize,
    /// The language the turn is shown in, for the copied text.
    lang: AttrValue,
    /// The interface language, for labels.
    ui_lang: AttrValue,
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
fn TurnControls(props: &TurnControlsProps) -> Html {
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
            let Some(address) = browser::address_of_fragment(&id) else {
                return;
            };
            let clip = match what {
                Copied::Text => turn_with_citation(&interview, index, &lang, &address),
                Copied::Link | Copied::Nothing => address,
            };
            let copied = copied.clone();
            browser::copy_to_clipboard(&clip, move || copied.set(what));
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
