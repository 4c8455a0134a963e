//! Long interviews update their marks and their filter where the reader looks first, and
//! everywhere else in slices just after, so that a keystroke costs about a frame whatever the
//! interview's length.
//!
//! After a keystroke the page scrolls to the current match, so the turns on screen are the
//! shown turns around it: those, and every turn between them, are marked and shown or hidden
//! at once. The others keep what they showed (their props unchanged, so the renderer does not
//! touch them) until a slice reaches them, one task later each; the browser's scroll anchoring
//! keeps the reader's place while turns above come and go. The counts and the status are
//! always current; interviews up to `PROGRESSIVE_FROM_TURNS` turns update everything at once.

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
    /// Turns before this index are up to date.
    upto: usize,
    /// The shown turns around the current match.
    window: std::ops::RangeInclusive<usize>,
    len: usize,
}

impl Freshness {
    /// `shown` says which turns the filter shows; `current_turn` is the turn of the current
    /// match; `upto` how far the slices have come since the search last changed.
    pub fn new(shown: &[bool], current_turn: Option<usize>, upto: usize) -> Self {
        let len = shown.len();
        let progressive = is_long(len);
        let center = current_turn.unwrap_or(0).min(len.saturating_sub(1));
        let reach = |indexes: &mut dyn Iterator<Item = usize>| {
            indexes
                .filter(|&i| shown[i])
                .take(AROUND_CURRENT)
                .last()
                .unwrap_or(center)
        };
        let first = reach(&mut (0..center).rev());
        let last = reach(&mut (center + 1..len));
        Freshness {
            progressive,
            upto,
            window: first..=last,
            len,
        }
    }

    pub fn is_fresh(&self, turn: usize) -> bool {
        !self.progressive || turn < self.upto || self.window.contains(&turn)
    }

    /// Where the next slice ends, if any turn is still to update. `marks[turn]` is how many
    /// marks updating the turn puts in or takes out.
    pub fn next_slice(&self, marks: &[usize]) -> Option<usize> {
        if !self.progressive || self.upto >= self.len {
            return None;
        }
        let mut end = self.upto + 1;
        let mut spent = marks.get(self.upto).copied().unwrap_or(0);
        while end < self.len && end - self.upto < SLICE_TURNS {
            spent += marks.get(end).copied().unwrap_or(0);
            if spent > SLICE_MARKS {
                break;
            }
            end += 1;
        }
        Some(end)
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
        assert_eq!(freshness.next_slice(&[0; 1000]), Some(SLICE_TURNS));
    }

    #[test]
    fn slices_bring_every_turn_up_to_date_then_stop() {
        let all = vec![true; 1000];
        let mut upto = 0;
        let mut slices = 0;
        while let Some(next) = Freshness::new(&all, None, upto).next_slice(&[0; 1000]) {
            upto = next;
            slices += 1;
        }
        assert_eq!(slices, 1000usize.div_ceil(SLICE_TURNS));
        let done = Freshness::new(&all, None, upto);
        assert!((0..1000).all(|turn| done.is_fresh(turn)));
    }

    #[test]
    fn a_slice_stops_at_its_share_of_marks_but_always_makes_progress() {
        let all = vec![true; 1000];
        let mut marks = vec![50; 1000];
        marks[20] = 5 * SLICE_MARKS;
        let slice = |upto, marks: &[usize]| Freshness::new(&all, None, upto).next_slice(marks);
        assert_eq!(
            slice(0, &marks),
            Some(SLICE_MARKS / 50),
            "turns of fifty marks"
        );
        assert_eq!(slice(20, &marks), Some(21), "one turn, however many marks");
        marks.fill(0);
        assert_eq!(slice(950, &marks), Some(1000));
    }
}
