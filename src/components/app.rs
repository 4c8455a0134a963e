use std::rc::Rc;

use yew::prelude::*;

use super::interview_header::InterviewHeader;
use super::lead::Lead;
use super::turn_view::TurnView;
use crate::browser;
use crate::model::Interview;
use crate::ui_text::UiText;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub interview: Rc<Interview>,
}

/// The whole page: the interview's header, its lead and every turn.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    let interview = &props.interview;
    let text = UiText::for_lang(&interview.original);
    let lang = AttrValue::from(interview.original.clone());

    use_effect_with((), |_| {
        browser::scroll_to_fragment();
        browser::mark_ready();
    });

    let turns = (0..interview.turns.len()).map(|index| {
        html! {
            <TurnView
                key={interview.turns[index].id.as_str()}
                interview={interview.clone()}
                {index}
            />
        }
    });
    html! {
        <main class="page">
            <article class="interview" lang={lang}>
                <InterviewHeader interview={interview.clone()} />
                <Lead interview={interview.clone()} />
                <div class="turns">{ for turns }</div>
                if let Some(source) = &interview.source {
                    <footer class="interview__source">
                        <span>{ text.source }{ ": " }</span>{ source }
                    </footer>
                }
            </article>
        </main>
    }
}
