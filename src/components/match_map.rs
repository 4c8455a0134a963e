use yew::prelude::*;

use crate::search::Tick;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct MatchMapProps {
    pub ticks: Vec<Tick>,
    pub label: AttrValue,
    pub dispatch: Callback<Action>,
}

/// A slim bar beside the text, like the tick marks of a browser's find bar: where in the whole
/// interview the matches fall. Clicking a tick jumps to that match.
#[function_component]
pub fn MatchMap(props: &MatchMapProps) -> Html {
    if props.ticks.is_empty() {
        return Html::default();
    }
    let ticks = props.ticks.iter().map(|tick| {
        let jump = props.dispatch.reform({
            let number = tick.first_match;
            move |_: MouseEvent| Action::Jump(number)
        });
        html! {
            <button
                type="button"
                class="match-map__tick"
                style={format!("top: {:.2}%", tick.position * 100.0)}
                tabindex="-1"
                aria-hidden="true"
                onclick={jump}
            ></button>
        }
    });
    html! {
        <nav class="match-map" aria-label={props.label.clone()}>{ for ticks }</nav>
    }
}
