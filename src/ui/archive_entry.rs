use yew::prelude::*;

use crate::domain::archive::catalog::Entry;
use crate::domain::view::ui_text::UiText;

#[derive(Properties, PartialEq)]
pub struct ArchiveEntryProps {
    pub entry: Entry,
    /// The interface language; texts missing in it are shown in the original.
    pub lang: String,
    /// Its page, opened in the language the reader chose.
    pub href: String,
}

/// One interview on the home: its title linking to its page, who, when, in which languages,
/// its first sentence and subjects.
#[function_component]
pub fn ArchiveEntry(props: &ArchiveEntryProps) -> Html {
    let entry = &props.entry;
    let lang = props.lang.as_str();
    let text = UiText::for_lang(lang);
    let card = entry.card(lang, text.untitled);
    let shown_in = card.shown_in.to_owned();
    html! {
        <li class="entry" data-interview={entry.slug.clone()}>
            <h2 class="entry__title" lang={shown_in.clone()}><a href={props.href.clone()}>{ card.title }</a></h2>
            <p class="entry__meta">
                if let Some(name) = card.name { <span class="entry__interviewee">{ name }</span> }
                if let Some(role) = card.role { <span class="entry__role">{ role }</span> }
                if let Some(date) = entry.date {
                    <time class="entry__date" datetime={date.to_string()}>{ text.format_date(date) }</time>
                }
                <span class="entry__languages">{ card.languages }</span>
            </p>
            if let Some(summary) = card.summary {
                <p class="entry__summary" lang={shown_in}>{ summary }</p>
            }
            if !entry.tags.is_empty() {
                <p class="entry__tags">{ text.subjects }{ ": " }{ entry.tags.join(", ") }</p>
            }
        </li>
    }
}
