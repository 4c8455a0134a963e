use yew::prelude::*;

use super::hooks::use_slash_focus;
use crate::domain::search::fold::Letters;
use crate::domain::search::matcher::Scope;
use crate::domain::view::settings::{PageSettings, View};
use crate::domain::view::state::Action;
use crate::domain::view::ui_text::UiText;

/// The id of the search box, which `/` focuses.
pub const SEARCH_INPUT_ID: &str = "search";

#[derive(Properties, PartialEq)]
pub struct SearchBarProps {
    pub settings: PageSettings,
    pub lang: AttrValue,
    /// How many matches, which one is current, and in how many blocks.
    pub total: usize,
    pub current: usize,
    pub blocks: usize,
    pub has_query: bool,
    pub truncated: bool,
    pub dispatch: Callback<Action>,
    /// More controls for the options row (the language control).
    #[prop_or_default]
    pub children: Html,
}

/// The sticky search bar: the box, the step buttons, the options and the status line.
#[function_component]
pub fn SearchBar(props: &SearchBarProps) -> Html {
    use_slash_focus(SEARCH_INPUT_ID);
    let text = UiText::for_lang(&props.lang);
    let dispatch = &props.dispatch;
    let total = props.total;

    let oninput = dispatch.reform(|e: InputEvent| {
        Action::Type(
            e.target_unchecked_into::<web_sys::HtmlInputElement>()
                .value(),
        )
    });
    let onkeydown = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "Enter" if e.shift_key() => dispatch.emit(Action::Previous { total }),
            "Enter" => dispatch.emit(Action::Next { total }),
            "Escape" => dispatch.emit(Action::Clear),
            _ => {}
        })
    };
    let previous = dispatch.reform(move |_: MouseEvent| Action::Previous { total });
    let next = dispatch.reform(move |_: MouseEvent| Action::Next { total });
    let toggle_exact = on_checkbox(dispatch, |exact| {
        Action::SetLetters(if exact {
            Letters::Exact
        } else {
            Letters::Folded
        })
    });
    let toggle_view = on_checkbox(dispatch, |all| {
        Action::SetView(if all { View::Highlight } else { View::Filter })
    });
    let choose_scope = dispatch.reform(|e: Event| {
        let value = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        Action::SetScope(Scope::from_name(&value).unwrap_or_default())
    });

    let status = if !props.has_query {
        String::new()
    } else if total == 0 {
        let hint = match props.settings.letters {
            Letters::Exact => text.try_folded,
            Letters::Folded | Letters::Latin => text.try_shorter,
        };
        format!("{}. {hint}", text.no_matches)
    } else {
        let mut status = (text.match_status)(props.current + 1, total, props.blocks);
        if props.truncated {
            status.push_str(" · ");
            status.push_str(text.too_many_words);
        }
        status
    };
    let settings = &props.settings;
    html! {
        <search class="search" aria-label={text.search_label}>
            <div class="search__row">
                <input
                    type="search"
                    id={SEARCH_INPUT_ID}
                    class="search__input"
                    value={settings.text.clone()}
                    placeholder={text.search_placeholder}
                    aria-label={text.search_label}
                    aria-keyshortcuts="/"
                    autocomplete="off"
                    spellcheck="false"
                    {oninput}
                    {onkeydown}
                />
                <button type="button" class="search__step" aria-label={text.previous_match}
                    title={text.previous_match} disabled={total == 0} onclick={previous}>{ "↑" }</button>
                <button type="button" class="search__step" aria-label={text.next_match}
                    title={text.next_match} disabled={total == 0} onclick={next}>{ "↓" }</button>
            </div>
            <div class="search__row search__options">
                { props.children.clone() }
                <label class="search__option">
                    <input type="checkbox" checked={settings.letters == Letters::Exact} onchange={toggle_exact} />
                    { text.exact_letters }
                </label>
                <label class="search__option">
                    <input type="checkbox" checked={settings.view == View::Highlight} onchange={toggle_view} />
                    { text.highlight_only }
                </label>
                <label class="search__option">
                    <span class="visually-hidden">{ text.scope_label }</span>
                    <select class="search__scope" onchange={choose_scope} aria-label={text.scope_label}>
                        { for Scope::ALL.iter().zip(text.scopes).map(|(scope, name)| html! {
                            <option value={scope.as_str()} selected={*scope == settings.scope}>{ name }</option>
                        }) }
                    </select>
                </label>
            </div>
            <p class="search__status" role="status" aria-live="polite">{ status }</p>
        </search>
    }
}

/// A checkbox's change event as the action for its new state.
fn on_checkbox(dispatch: &Callback<Action>, action: fn(bool) -> Action) -> Callback<Event> {
    dispatch.reform(move |e: Event| {
        action(
            e.target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked(),
        )
    })
}
