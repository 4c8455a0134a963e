use std::rc::Rc;

use yew::prelude::*;

use crate::domain::view::map::{MAP_HEIGHT, nearest_tick, tick_path};
use crate::domain::view::matches::Tick;
use crate::domain::view::state::Action;

#[derive(Properties, PartialEq)]
pub struct MatchMapProps {
    pub ticks: Rc<Vec<Tick>>,
    pub label: AttrValue,
    pub dispatch: Callback<Action>,
}

/// A slim bar beside the text, like the tick marks of a browser's find bar: where in the whole
/// interview the matches fall. Clicking the bar jumps to the match of the nearest tick.
///
/// Drawn as one SVG path, so that ticks are placed by an attribute, not inline styles, which
/// the page's Content-Security-Policy forbids; and so that a first letter's hundreds of ticks
/// cost the page one element, not hundreds.
#[function_component]
pub fn MatchMap(props: &MatchMapProps) -> Html {
    let map = use_node_ref();
    if props.ticks.is_empty() {
        return Html::default();
    }
    let onclick = {
        let (dispatch, ticks, map) = (props.dispatch.clone(), props.ticks.clone(), map.clone());
        Callback::from(move |event: MouseEvent| {
            let Some(map) = map.cast::<web_sys::Element>() else {
                return;
            };
            let bounds = map.get_bounding_client_rect();
            let at = (f64::from(event.client_y()) - bounds.top()) / bounds.height();
            if let Some(tick) = nearest_tick(&ticks, at as f32) {
                dispatch.emit(Action::Jump(tick.first_match));
            }
        })
    };
    html! {
        <nav class="match-map" aria-label={props.label.clone()}>
            <svg class="match-map__ticks" viewBox={format!("0 0 10 {MAP_HEIGHT}")}
                preserveAspectRatio="none" aria-hidden="true" ref={map} {onclick}>
                <path class="match-map__tick" d={tick_path(&props.ticks)} />
            </svg>
        </nav>
    }
}
