use std::rc::Rc;

use yew::prelude::*;

use super::marked_text::marked_paragraphs;
use crate::model::Interview;
use crate::search::BlockHits;

#[derive(Properties, PartialEq)]
pub struct LeadProps {
    pub interview: Rc<Interview>,
    pub hits: Option<Rc<BlockHits>>,
    pub hidden: bool,
    pub current: Option<usize>,
}

/// The introduction before the first question; nothing when the interview has none.
#[function_component]
pub fn Lead(props: &LeadProps) -> Html {
    let paragraphs = props.interview.original_lead();
    let node = use_node_ref();
    super::use_scroll_to_current(&node, props.current);
    if paragraphs.is_empty() {
        return Html::default();
    }
    html! {
        <section class="lead" id="lead" hidden={props.hidden} ref={node}>
            { marked_paragraphs(paragraphs, props.hits.as_deref(), props.current) }
        </section>
    }
}
