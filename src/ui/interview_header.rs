use std::rc::Rc;

use yew::prelude::*;

use crate::domain::model::Interview;
use crate::domain::view::ui_text::UiText;

#[derive(Properties, PartialEq)]
pub struct InterviewHeaderProps {
    pub interview: Rc<Interview>,
    /// The language shown; texts missing in it fall back to the original.
    pub lang: AttrValue,
    /// The archive's home, where the interview is part of one.
    pub home: Option<AttrValue>,
    /// Whether a search is active (the home link then searches the archive for it).
    pub searching: bool,
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
    let interviewer = interview
        .interviewer
        .as_ref()
        .and_then(|p| interview.in_language(&p.name, lang));
    let place = interview.in_language(&interview.place, lang);
    html! {
        <header class="interview__header">
            if let Some(home) = &props.home {
                <nav class="interview__home">
                    <a href={home.clone()}>
                        { "← " }{ if props.searching { text.archive_search_label } else { text.all_interviews } }
                    </a>
                </nav>
            }
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
                if let Some(place) = place {
                    <span class="interview__place">{ place }</span>
                }
            </p>
            if let Some(interviewer) = interviewer {
                <p class="interview__interviewer">{ text.interviewer }{ ": " }{ interviewer }</p>
            }
            if !interview.tags.is_empty() {
                <p class="interview__tags">{ text.subjects }{ ": " }{ interview.tags.join(", ") }</p>
            }
        </header>
    }
}
