use std::rc::Rc;

use yew::prelude::*;

use super::turn::{block_lang, columns_html};
use crate::domain::model::Interview;
use crate::domain::view::matches::Column;

#[derive(Properties, PartialEq)]
pub struct LeadProps {
    pub interview: Rc<Interview>,
    pub columns: Vec<Column>,
    pub hidden: bool,
}

/// The introduction before the first question; nothing when the interview has none.
#[function_component]
pub fn Lead(props: &LeadProps) -> Html {
    let lead = &props.interview.lead;
    if lead.is_empty() {
        return Html::default();
    }
    let lang = block_lang(&props.columns);
    html! {
        <section class="lead" id="lead" {lang} hidden={props.hidden}>
            { columns_html(|lang| lead.get(lang).map_or(&[][..], Vec::as_slice), &props.columns) }
        </section>
    }
}
