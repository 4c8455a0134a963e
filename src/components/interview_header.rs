use std::rc::Rc;

use yew::prelude::*;

use crate::model::Interview;
use crate::ui_text::UiText;

#[derive(Properties, PartialEq)]
pub struct InterviewHeaderProps {
    pub interview: Rc<Interview>,
}

/// Title, interviewee with role, and date of the interview.
#[function_component]
pub fn InterviewHeader(props: &InterviewHeaderProps) -> Html {
    let interview = &props.interview;
    let lang = &interview.original;
    let text = UiText::for_lang(lang);
    let title = interview.original_title().unwrap_or(text.untitled);
    let person = interview.interviewee.as_ref();
    let name = person.and_then(|p| p.name.get(lang));
    let role = person.and_then(|p| p.role.get(lang));
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
