//! The match map's geometry: ticks drawn as one SVG path in the map's own units, and which
//! tick a click lands nearest.

use std::fmt::Write;

use crate::domain::view::matches::Tick;

/// The map's height in its own units; a tick is `TICK_HEIGHT` of them, whatever the screen.
/// Whole numbers, fine enough for any screen: the path is written without float formatting,
/// which would cost the WASM its own kilobytes.
pub const MAP_HEIGHT: u32 = 10_000;
const TICK_HEIGHT: u32 = 50;

/// Ticks on the match map: about one per pixel of a phone's screen height.
pub const MAP_RESOLUTION: usize = 400;

/// Where a tick's top edge is, in map units.
fn tick_top(tick: &Tick) -> u32 {
    (tick.position.clamp(0.0, 1.0) * (MAP_HEIGHT - TICK_HEIGHT) as f32).round() as u32
}

/// Every tick as a small rectangle of one path.
pub fn tick_path(ticks: &[Tick]) -> String {
    let mut path = String::with_capacity(ticks.len() * 24);
    for tick in ticks {
        let _ = write!(path, "M0 {}h10v{TICK_HEIGHT}h-10z", tick_top(tick));
    }
    path
}

/// The tick whose middle is nearest to `at` (0 = the map's top, 1 = its bottom).
pub fn nearest_tick(ticks: &[Tick], at: f32) -> Option<&Tick> {
    let at = at * MAP_HEIGHT as f32;
    ticks.iter().min_by(|a, b| {
        let distance = |tick: &Tick| ((tick_top(tick) + TICK_HEIGHT / 2) as f32 - at).abs();
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
        assert_eq!(path, "M0 0h10v50h-10zM0 4975h10v50h-10zM0 9950h10v50h-10z");
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
