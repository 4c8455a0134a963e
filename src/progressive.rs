//! Long interviews update their marks and their filter where the reader looks first, and
//! everywhere else in slices just after, so that a keystroke costs about a frame whatever the
//! interview's length.
//!
//! After a keystroke the page scrolls to the current match, so the turns on screen are the
//! shown turns around it: those, and every turn between them, are marked and shown or hidden
//! at once. The others keep what they showed (their props unchanged, so the renderer does not
//! touch them) until a slice reaches them, one task later each, nearest first; the browser's
//! scroll anchoring keeps the reader's place while turns above come and go. The counts and the
//! status are always current; interviews up to `PROGRESSIVE_FROM_TURNS` turns update
//! everything at once.

/// Interviews with more turns than this update progressively.
pub const PROGRESSIVE_FROM_TURNS: usize = 150;

/// Whether an interview of `turns` turns is long enough to update progressively.
pub fn is_long(turns: usize) -> bool {
    turns > PROGRESSIVE_FROM_TURNS
}
/// At most this many turns are updated per slice after the first.
pub const SLICE_TURNS: usize = 100;
/// And a slice stops sooner when its turns hold this many marks to put in or take out (a
/// first letter can mark a turn fifty times): about 10 ms of work on a slow machine, so that
/// the reader's next keystroke never waits long for a slice to end.
pub const SLICE_MARKS: usize = 300;
/// Shown turns before and after the current match's that update at once: more than a tall
/// screen holds.
const AROUND_CURRENT: usize = 5;

/// Which turns show the latest search's marks in this render.
pub struct Freshness {
    progressive: bool,
    /// How far beyond the window, on each side, the slices have come.
    reach: usize,
    /// The shown turns around the current match.
    window: std::ops::RangeInclusive<usize>,
    len: usize,
}

impl Freshness {
    /// `shown` says which turns the filter shows; `current_turn` is the turn of the current
    /// match; `reach` how far the slices have come since the search last changed.
    pub fn new(shown: &[bool], current_turn: Option<usize>, reach: usize) -> Self {
        let len = shown.len();
        let progressive = is_long(len);
        let center = current_turn.unwrap_or(0).min(len.saturating_sub(1));
        let farthest = |indexes: &mut dyn Iterator<Item = usize>| {
            indexes
                .filter(|&i| shown[i])
                .take(AROUND_CURRENT)
                .last()
                .unwrap_or(center)
        };
        let first = farthest(&mut (0..center).rev());
        let last = farthest(&mut (center + 1..len));
        Freshness {
            progressive,
            reach,
            window: first..=last,
            len,
        }
    }

    pub fn is_fresh(&self, turn: usize) -> bool {
        !self.progressive || self.region(self.reach).contains(&turn)
    }

    /// The turns up to date once the slices reach `reach` turns beyond the window.
    fn region(&self, reach: usize) -> std::ops::RangeInclusive<usize> {
        let last = self.len.saturating_sub(1);
        self.window.start().saturating_sub(reach)..=(self.window.end() + reach).min(last)
    }

    /// How far the next slice reaches, if any turn is still to update: the slices grow out
    /// from the current match, so the turns nearest the reader come first. `marks[turn]` is
    /// how many marks updating the turn puts in or takes out.
    pub fn next_slice(&self, marks: &[usize]) -> Option<usize> {
        let covers_all = |reach| {
            let region = self.region(reach);
            *region.start() == 0 && *region.end() + 1 >= self.len
        };
        if !self.progressive || covers_all(self.reach) {
            return None;
        }
        let (mut reach, mut spent, mut turns) = (self.reach, 0, 0);
        while !covers_all(reach) && turns < SLICE_TURNS {
            let step = reach + 1;
            let before = self.window.start().checked_sub(step);
            let after = Some(self.window.end() + step).filter(|&turn| turn < self.len);
            let added = [before, after];
            let cost: usize = added
                .iter()
                .flatten()
                .map(|&turn| marks.get(turn).copied().unwrap_or(0))
                .sum();
            if reach > self.reach && spent + cost > SLICE_MARKS {
                break;
            }
            let added_turns = added.iter().flatten().count();
            (reach, spent, turns) = (step, spent + cost, turns + added_turns);
        }
        Some(reach)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_interviews_update_every_turn_at_once() {
        let freshness = Freshness::new(&[true; 19], Some(3), 0);
        assert!((0..19).all(|turn| freshness.is_fresh(turn)));
        assert_eq!(freshness.next_slice(&[0; 19]), None);
    }

    #[test]
    fn long_interviews_update_the_shown_turns_around_the_current_match_first() {
        let mut shown = vec![false; 1000];
        for turn in [10, 500, 510, 520, 900] {
            shown[turn] = true;
        }
        let freshness = Freshness::new(&shown, Some(510), 0);
        assert!(freshness.is_fresh(500) && freshness.is_fresh(510) && freshness.is_fresh(900));
        assert!(
            freshness.is_fresh(10),
            "the few shown turns before it reach back to it"
        );
        let all = vec![true; 1000];
        let freshness = Freshness::new(&all, Some(510), 0);
        assert!(freshness.is_fresh(505) && freshness.is_fresh(515));
        assert!(!freshness.is_fresh(504) && !freshness.is_fresh(516) && !freshness.is_fresh(0));
    }

    #[test]
    fn slices_grow_out_from_the_current_match() {
        let all = vec![true; 1000];
        let reach = Freshness::new(&all, Some(510), 0).next_slice(&[0; 1000]);
        assert_eq!(reach, Some(SLICE_TURNS / 2), "half the turns on each side");
        let freshness = Freshness::new(&all, Some(510), reach.unwrap());
        assert!(freshness.is_fresh(455) && freshness.is_fresh(565));
        assert!(!freshness.is_fresh(454) && !freshness.is_fresh(566));
    }

    #[test]
    fn slices_bring_every_turn_up_to_date_then_stop() {
        for current in [None, Some(3), Some(700), Some(999)] {
            let all = vec![true; 1000];
            let mut reach = 0;
            let mut slices = 0;
            while let Some(next) = Freshness::new(&all, current, reach).next_slice(&[0; 1000]) {
                assert!(next > reach);
                reach = next;
                slices += 1;
            }
            assert!(
                slices <= 1000usize.div_ceil(SLICE_TURNS) + 1,
                "{current:?}: {slices}"
            );
            let done = Freshness::new(&all, current, reach);
            assert!((0..1000).all(|turn| done.is_fresh(turn)), "{current:?}");
        }
    }

    #[test]
    fn a_slice_stops_at_its_share_of_marks_but_always_makes_progress() {
        let all = vec![true; 1000];
        let mut marks = vec![50; 1000];
        marks[20] = 5 * SLICE_MARKS;
        // With no current match the window is the first turns, and slices grow down from it.
        let window_end = 5;
        let slice = |reach, marks: &[usize]| Freshness::new(&all, None, reach).next_slice(marks);
        assert_eq!(
            slice(0, &marks),
            Some(SLICE_MARKS / 50),
            "turns of fifty marks"
        );
        let before_heavy = 20 - window_end - 1;
        assert_eq!(
            slice(before_heavy, &marks),
            Some(before_heavy + 1),
            "one turn, however many marks"
        );
        marks.fill(0);
        assert_eq!(slice(900, &marks), Some(1000 - 1 - window_end));
    }
}
