use std::rc::Rc;

use yew::prelude::*;

use crate::domain::model::Interview;
use crate::domain::view::ui_text::UiText;

#[derive(Properties, PartialEq)]
pub struct InterviewHeaderProps {
    pub interview: Rc<Interview>,
    /// The language shown; texts missing in it fall back to the original.
    pub lang: AttrValue,
}

/// Title, interviewee with role, and date of the interview.
#[function_component]
pub fn InterviewHeader(props: &InterviewHeaderProps) -> Html {
    let interview = &props.interview;
    let lang = props.lang.as_str();
    let text = UiText::for_lang(lang);
    let title = interview
        .in_language(&interview.title, lang)
        .unwrap_or(text.untitled)
        .to_owned();
    let person = interview.interviewee.as_ref();
    let name = person.and_then(|p| interview.in_language(&p.name, lang));
    let role = person.and_then(|p| interview.in_language(&p.role, lang));
    html! {
        <header class="interview__header">
            <h1 class="interview__title">{ title }</h1>
            <p class="interview__meta">
                if let Some(name) = name {
                    <span class="interview__interviewee">{ name }</span>
                }
                if let Some(role) = role {
                    <span class="interview__role">{ role }</span>
                }
                if let Some(date) = interview.date {
                    <time class="interview__date" datetime={date.to_string()}>
                        { text.format_date(date) }
                    </time>
                }
            </p>
        </header>
    }
}
