use std::fmt::Write;
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

/// Where a tick's top edge is, in map units.
fn tick_top(tick: &Tick) -> f32 {
    tick.position.clamp(0.0, 1.0) * (MAP_HEIGHT - TICK_HEIGHT)
}

/// Every tick as a small rectangle of one path.
fn tick_path(ticks: &[Tick]) -> String {
    let mut path = String::with_capacity(ticks.len() * 24);
    for tick in ticks {
        let _ = write!(path, "M0 {:.1}h10v{TICK_HEIGHT}h-10z", tick_top(tick));
    }
    path
}

/// The tick whose middle is nearest to `at` (0 = the map's top, 1 = its bottom).
fn nearest_tick(ticks: &[Tick], at: f32) -> Option<&Tick> {
    let at = at * MAP_HEIGHT;
    ticks.iter().min_by(|a, b| {
        let distance = |tick: &Tick| (tick_top(tick) + TICK_HEIGHT / 2.0 - at).abs();
        distance(a).total_cmp(&distance(b))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tick(position: f32, first_match: usize) -> Tick {
        Tick {
            position,
            first_match,
        }
    }

    #[test]
    fn each_tick_is_one_rectangle_of_the_path() {
        let path = tick_path(&[tick(0.0, 0), tick(0.5, 3), tick(1.0, 9)]);
        assert_eq!(path, "M0 0.0h10v5h-10zM0 497.5h10v5h-10zM0 995.0h10v5h-10z");
    }

    #[test]
    fn a_click_goes_to_the_nearest_tick() {
        let ticks = [tick(0.1, 0), tick(0.5, 3), tick(0.9, 9)];
        let jump = |at| nearest_tick(&ticks, at).map(|tick| tick.first_match);
        assert_eq!(jump(0.0), Some(0));
        assert_eq!(jump(0.45), Some(3));
        assert_eq!(jump(0.72), Some(9));
        assert_eq!(jump(1.5), Some(9));
        assert_eq!(nearest_tick(&[], 0.5), None);
    }
}
