use std::rc::Rc;

use yew::prelude::*;

use crate::model::Interview;

#[derive(Properties, PartialEq)]
pub struct LeadProps {
    pub interview: Rc<Interview>,
}

/// The introduction before the first question; nothing when the interview has none.
#[function_component]
pub fn Lead(props: &LeadProps) -> Html {
    let paragraphs = props.interview.original_lead();
    if paragraphs.is_empty() {
        return Html::default();
    }
    html! {
        <section class="lead" id="lead">
            { for paragraphs.iter().map(|paragraph| html! { <p>{ paragraph }</p> }) }
        </section>
    }
}
