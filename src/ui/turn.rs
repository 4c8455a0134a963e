use std::rc::Rc;

use yew::prelude::*;

use super::marked_text::marked_paragraphs;
use super::turn_controls::TurnControls;
use crate::domain::model::{Interview, Speaker};
use crate::domain::view::matches::Column;

/// The `lang` of a block shown in one language; side by side, each column has its own.
pub fn block_lang(columns: &[Column]) -> Option<AttrValue> {
    match columns {
        [column] => Some(AttrValue::from(column.lang.clone())),
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
            <div class="columns__column" lang={AttrValue::from(column.lang.clone())}>
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
                lang={AttrValue::from(props.columns[0].lang.clone())}
                ui_lang={props.ui_lang.clone()}
            />
            { columns_html(|lang| turn.paragraphs_in(lang), &props.columns) }
        </>
    }
}
