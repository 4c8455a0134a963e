use std::rc::Rc;

use yew::prelude::*;

use super::turn_view::{Column, columns_html};
use crate::model::Interview;

#[derive(Properties, PartialEq)]
pub struct LeadProps {
    pub interview: Rc<Interview>,
    pub columns: Vec<Column>,
    pub hidden: bool,
}

/// The introduction before the first question; nothing when the interview has none.
#[function_component]
pub fn Lead(props: &LeadProps) -> Html {
    let node = use_node_ref();
    let current = props.columns.iter().find_map(|column| column.current);
    super::use_scroll_to_current(&node, current);
    let lead = &props.interview.lead;
    if lead.is_empty() {
        return Html::default();
    }
    let lang = (props.columns.len() == 1).then(|| props.columns[0].lang.clone());
    html! {
        <section class="lead" id="lead" {lang} hidden={props.hidden} ref={node}>
            { columns_html(|lang| lead.get(lang).map_or(&[][..], Vec::as_slice), &props.columns) }
        </section>
    }
}
