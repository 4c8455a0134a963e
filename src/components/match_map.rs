use std::rc::Rc;

use yew::prelude::*;

use crate::search::Tick;
use crate::state::Action;

/// The map's height in its own units; a tick is `TICK_HEIGHT` of them, whatever the screen.
const MAP_HEIGHT: f32 = 1000.0;
const TICK_HEIGHT: f32 = 5.0;

#[derive(Properties, PartialEq)]
pub struct MatchMapProps {
    pub ticks: Rc<Vec<Tick>>,
    pub label: AttrValue,
    pub dispatch: Callback<Action>,
}

/// A slim bar beside the text, like the tick marks of a browser's find bar: where in the whole
/// interview the matches fall. Clicking a tick jumps to that match.
///
/// Drawn as SVG so that ticks are placed by attributes, not inline styles, which the page's
/// Content-Security-Policy forbids.
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
        let y = tick.position.clamp(0.0, 1.0) * (MAP_HEIGHT - TICK_HEIGHT);
        html! {
            <rect class="match-map__tick" x="0" width="10" y={format!("{y:.1}")}
                height={TICK_HEIGHT.to_string()} rx="2" onclick={jump} />
        }
    });
    html! {
        <nav class="match-map" aria-label={props.label.clone()}>
            <svg class="match-map__ticks" viewBox={format!("0 0 10 {MAP_HEIGHT}")}
                preserveAspectRatio="none" aria-hidden="true">
                { for ticks }
            </svg>
        </nav>
    }
}
