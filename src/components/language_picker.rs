use yew::prelude::*;

use crate::browser;
use crate::language::{KAZAKH_LATIN, endonym};
use crate::model::Lang;
use crate::state::Action;
use crate::ui_text::UiText;

#[derive(Properties, PartialEq)]
pub struct LanguagePickerProps {
    /// The languages the interview has, in order.
    pub offered: Vec<Lang>,
    /// The language shown (and of the interface).
    pub lang: AttrValue,
    pub beside: Option<Lang>,
    pub original: Lang,
    /// Matches per language, while a search is active.
    pub counts: Option<Vec<(Lang, usize)>>,
    /// A translation to offer, in its own words (the reader's browser prefers it).
    pub suggestion: Option<Lang>,
    pub dispatch: Callback<Action>,
}

/// Separates the two languages of a side-by-side choice in the control's values.
const BESIDE: char = '|';

/// The language control: each language alone, or the original beside each translation; with a
/// search active, how many matches each language has; and, until the reader chooses, an offer
/// of the translation their browser prefers.
#[function_component]
pub fn LanguagePicker(props: &LanguagePickerProps) -> Html {
    let text = UiText::for_lang(&props.lang);
    let original = &props.original;
    let translations = props
        .offered
        .iter()
        .filter(|l| *l != original && l.as_str() != KAZAKH_LATIN);
    let mut choices: Vec<(String, String)> = props
        .offered
        .iter()
        .map(|l| (l.clone(), endonym(l).to_owned()))
        .collect();
    choices.extend(translations.map(|t| {
        (
            format!("{original}{BESIDE}{t}"),
            format!("{} | {}", endonym(original), endonym(t)),
        )
    }));
    let selected = match &props.beside {
        Some(beside) => format!("{}{BESIDE}{beside}", props.lang),
        None => props.lang.to_string(),
    };
    let onchange = props.dispatch.reform(|e: Event| {
        let value = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        let (lang, beside) = match value.split_once(BESIDE) {
            Some((lang, beside)) => (lang.to_owned(), Some(beside.to_owned())),
            None => (value, None),
        };
        Action::SetLanguages {
            lang,
            beside,
            anchor: browser::turn_at_top(),
        }
    });
    let counts = props.counts.as_ref().map(|counts| {
        counts
            .iter()
            .map(|(lang, count)| format!("{} {count}", endonym(lang)))
            .collect::<Vec<_>>()
            .join(" · ")
    });
    let suggestion = props.suggestion.as_ref().map(|lang| {
        let choose = props.dispatch.reform({
            let lang = lang.clone();
            move |_: MouseEvent| Action::SetLanguages {
                lang: lang.clone(),
                beside: None,
                anchor: browser::turn_at_top(),
            }
        });
        html! {
            <button type="button" class="language__suggestion" lang={lang.clone()} onclick={choose}>
                { UiText::exactly_for(lang).map_or(endonym(lang), |text| text.read_in) }
            </button>
        }
    });
    html! {
        <>
        <label class="search__option language">
            <span class="visually-hidden">{ text.language }</span>
            <select class="language__select" aria-label={text.language} {onchange}>
                { for choices.into_iter().map(|(value, name)| {
                    let chosen = value == selected;
                    html! { <option selected={chosen} {value}>{ name }</option> }
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
