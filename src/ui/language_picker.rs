use yew::prelude::*;

use crate::domain::language::{LanguageChoice, endonym};
use crate::domain::model::Lang;
use crate::domain::view::state::Action;
use crate::domain::view::ui_text::UiText;
use crate::web::page;

/// The selector of the language control.
pub const LANGUAGE_SELECT: &str = ".language__select";

#[derive(Properties, PartialEq)]
pub struct LanguagePickerProps {
    /// The languages the interview has, in order.
    pub offered: Vec<Lang>,
    /// The languages shown.
    pub shown: LanguageChoice,
    pub original: Lang,
    /// Matches per language, while a search is active.
    pub counts: Option<Vec<(Lang, usize)>>,
    /// A translation to offer, in its own words (the reader's browser prefers it).
    pub suggestion: Option<Lang>,
    pub dispatch: Callback<Action>,
}

/// The language control: each language alone, or the original beside each translation; with a
/// search active, how many matches each language has; and, until the reader chooses, an offer
/// of the translation their browser prefers.
#[function_component]
pub fn LanguagePicker(props: &LanguagePickerProps) -> Html {
    let text = UiText::for_lang(&props.shown.lang);
    let choose = |choice: LanguageChoice| Action::SetLanguages {
        choice,
        anchor: page::turn_at_top(),
    };
    let onchange = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            let select = e.target_unchecked_into::<web_sys::HtmlSelectElement>();
            // The control's values are `LanguageChoice`s written down.
            if let Ok(choice) = select.value().parse() {
                dispatch.emit(choose(choice));
            }
        })
    };
    let counts = props.counts.as_ref().map(|counts| {
        counts
            .iter()
            .map(|(lang, count)| format!("{} {count}", endonym(lang)))
            .collect::<Vec<_>>()
            .join(" · ")
    });
    let suggestion = props.suggestion.as_ref().map(|lang| {
        let offer = LanguageChoice {
            lang: lang.clone(),
            beside: None,
        };
        let onclick = props
            .dispatch
            .reform(move |_: MouseEvent| choose(offer.clone()));
        html! {
            <button type="button" class="language__suggestion" lang={lang.clone()} {onclick}>
                { UiText::exactly_for(lang).map_or(endonym(lang), |text| text.read_in) }
            </button>
        }
    });
    let choices = LanguageChoice::offered(&props.offered, &props.original);
    html! {
        <>
        <label class="search__option language">
            <span class="visually-hidden">{ text.language }</span>
            <select class="language__select" aria-label={text.language} {onchange}>
                { for choices.into_iter().map(|choice| {
                    let selected = choice == props.shown;
                    html! { <option {selected} value={choice.to_string()}>{ choice.name() }</option> }
                }) }
            </select>
            if let Some(counts) = counts {
                <span class="language__counts">{ counts }</span>
            }
        </label>
        { for suggestion }
        </>
    }
}
