use yew::prelude::*;

use crate::domain::archive::catalog::Entry;
use crate::domain::language::endonym;
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
    let shown_in = if entry.has_language(lang) {
        lang
    } else {
        entry.original.as_str()
    };
    let title = entry
        .in_language(&entry.title, shown_in)
        .unwrap_or(text.untitled)
        .to_owned();
    let person = entry.interviewee.as_ref();
    let name = person
        .and_then(|p| entry.in_language(&p.name, lang))
        .map(str::to_owned);
    let role = person
        .and_then(|p| entry.in_language(&p.role, lang))
        .map(str::to_owned);
    let summary = entry
        .in_language(&entry.summary, shown_in)
        .map(str::to_owned);
    let languages = entry
        .languages
        .iter()
        .map(|l| endonym(l))
        .collect::<Vec<_>>()
        .join(" · ");
    html! {
        <li class="entry" data-interview={entry.slug.clone()}>
            <h2 class="entry__title" lang={shown_in.to_owned()}><a href={props.href.clone()}>{ title }</a></h2>
            <p class="entry__meta">
                if let Some(name) = name { <span class="entry__interviewee">{ name }</span> }
                if let Some(role) = role { <span class="entry__role">{ role }</span> }
                if let Some(date) = entry.date {
                    <time class="entry__date" datetime={date.to_string()}>{ text.format_date(date) }</time>
                }
                <span class="entry__languages">{ languages }</span>
            </p>
            if let Some(summary) = summary {
                <p class="entry__summary" lang={shown_in.to_owned()}>{ summary }</p>
            }
            if !entry.tags.is_empty() {
                <p class="entry__tags">{ text.subjects }{ ": " }{ entry.tags.join(", ") }</p>
            }
        </li>
    }
}
