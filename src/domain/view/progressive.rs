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
//! everything at once, unless a search changes more marks than a slice holds.

use std::rc::Rc;

use crate::domain::search::index::Block;
use crate::domain::view::matches::{Column, ShownMatches};

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
/// And they stop sooner when they hold this many marks to put in or take out: about what a
/// screen shows of a common letter, a few milliseconds of work on a phone. The turns beyond
/// follow in the next task.
const WINDOW_MARKS: usize = 100;

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
    /// match; `reach` how far the slices have come since the search last changed; `marks[turn]`
    /// how many marks updating the turn puts in or takes out. A long interview updates
    /// progressively, and so does a short one when a search changes many marks (a common
    /// letter alone marks hundreds of places).
    pub fn new(shown: &[bool], current_turn: Option<usize>, reach: usize, marks: &[usize]) -> Self {
        let len = shown.len();
        let progressive = is_long(len) || marks.iter().sum::<usize>() > SLICE_MARKS;
        let center = current_turn.unwrap_or(0).min(len.saturating_sub(1));
        let cost = |turn: usize| marks.get(turn).copied().unwrap_or(0);
        // Out from the current match's turn, a shown turn after it then one before, up to
        // `AROUND_CURRENT` on each side, while the marks stay within `WINDOW_MARKS`.
        let after: Vec<usize> = (center + 1..len)
            .filter(|&i| shown[i])
            .take(AROUND_CURRENT)
            .collect();
        let before: Vec<usize> = (0..center)
            .rev()
            .filter(|&i| shown[i])
            .take(AROUND_CURRENT)
            .collect();
        let alternating = (0..AROUND_CURRENT).flat_map(|k| [after.get(k), before.get(k)]);
        let (mut first, mut last, mut spent) = (center, center, cost(center));
        for &turn in alternating.flatten() {
            let (start, end) = (first.min(turn), last.max(turn));
            let added: usize = (start..first).chain(last + 1..=end).map(cost).sum();
            if spent + added > WINDOW_MARKS {
                break;
            }
            (first, last, spent) = (start, end, spent + added);
        }
        Freshness {
            progressive,
            reach,
            window: first..=last,
            len,
        }
    }

    /// Whether `turn` shows the latest search in this render.
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

/// Turns per chunk of the turn list: a keystroke re-renders only the chunks whose turns
/// changed, so a 1,000-turn interview costs the renderer a few dozen comparisons, not a
/// thousand components.
pub const CHUNK_TURNS: usize = 32;

/// What one turn shows: its columns (with their marks) and whether the filter hides it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TurnInput {
    /// The turn's columns, left to right.
    pub columns: Vec<Column>,
    /// Whether the filter hides the turn.
    pub hidden: bool,
}

impl TurnInput {
    /// How many marks the turn shows, in all its columns.
    pub fn marks(&self) -> usize {
        let hits = self
            .columns
            .iter()
            .filter_map(|column| column.hits.as_ref());
        hits.map(|hits| hits.count).sum()
    }

    /// Whether the turn shows `languages`, in that order.
    fn shows(&self, languages: &[Rc<str>]) -> bool {
        self.columns.len() == languages.len()
            && self
                .columns
                .iter()
                .zip(languages)
                .all(|(c, lang)| c.lang == *lang)
    }
}

/// Every turn's input as last rendered, and the chunks that hold them. A chunk is rebuilt (a
/// new `Rc`) only when one of its turns changed; the others keep their `Rc`, which the
/// renderer compares by pointer.
#[derive(Default)]
pub struct TurnList {
    turns: Vec<TurnInput>,
    chunks: Vec<Rc<Vec<TurnInput>>>,
    changed: Vec<bool>,
}

impl TurnList {
    /// Makes room for `len` turns (the interview's; it does not change under one view).
    pub fn resize(&mut self, len: usize) {
        if self.turns.len() != len {
            self.turns = vec![TurnInput::default(); len];
            self.chunks = Vec::new();
        }
        self.changed = vec![self.chunks.is_empty(); len.div_ceil(CHUNK_TURNS)];
    }

    /// How many marks updating each turn to `shown` would put in or take out.
    pub fn marks_to_update(&self, shown: &ShownMatches) -> Vec<usize> {
        let marks =
            |(index, last): (usize, &TurnInput)| shown.count_in(Block::Turn(index)) + last.marks();
        self.turns.iter().enumerate().map(marks).collect()
    }

    /// Brings the turns that `freshness` says are fresh up to date: the columns that
    /// `columns_of` gives them, hidden where `shown` says. A turn still in other languages is
    /// always brought up to date; the others keep what they showed, but not an old current
    /// match: old marks and an old filter are fine off screen for a moment, an old current
    /// match is not.
    pub fn refresh(
        &mut self,
        freshness: &Freshness,
        languages: &[Rc<str>],
        shown: &[bool],
        columns_of: impl Fn(usize) -> Vec<Column>,
    ) {
        for (index, &shown) in shown.iter().enumerate().take(self.turns.len()) {
            let last = &self.turns[index];
            if freshness.is_fresh(index) || !last.shows(languages) {
                let input = TurnInput {
                    columns: columns_of(index),
                    hidden: !shown,
                };
                self.set(index, input);
            } else if last.columns.iter().any(|c| c.current.is_some()) {
                let mut input = last.clone();
                input.columns.iter_mut().for_each(|c| c.current = None);
                self.set(index, input);
            }
        }
    }

    fn set(&mut self, index: usize, input: TurnInput) {
        if self.turns[index] != input {
            self.turns[index] = input;
            self.changed[index / CHUNK_TURNS] = true;
        }
    }

    /// The chunks, rebuilt where a turn changed since the last call.
    pub fn chunks(&mut self) -> Vec<Rc<Vec<TurnInput>>> {
        let chunks = self.turns.chunks(CHUNK_TURNS);
        let rebuilt: Vec<Rc<Vec<TurnInput>>> = chunks
            .enumerate()
            .map(|(index, turns)| match self.chunks.get(index) {
                Some(chunk) if !self.changed[index] => chunk.clone(),
                _ => Rc::new(turns.to_vec()),
            })
            .collect();
        self.chunks = rebuilt.clone();
        rebuilt
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_interviews_update_every_turn_at_once() {
        let freshness = Freshness::new(&[true; 19], Some(3), 0, &[10; 19]);
        assert!((0..19).all(|turn| freshness.is_fresh(turn)));
        assert_eq!(freshness.next_slice(&[0; 19]), None);
    }

    #[test]
    fn long_interviews_update_the_shown_turns_around_the_current_match_first() {
        let mut shown = vec![false; 1000];
        for turn in [10, 500, 510, 520, 900] {
            shown[turn] = true;
        }
        let freshness = Freshness::new(&shown, Some(510), 0, &[]);
        assert!(freshness.is_fresh(500) && freshness.is_fresh(510) && freshness.is_fresh(900));
        assert!(
            freshness.is_fresh(10),
            "the few shown turns before it reach back to it"
        );
        let all = vec![true; 1000];
        let freshness = Freshness::new(&all, Some(510), 0, &[]);
        assert!(freshness.is_fresh(505) && freshness.is_fresh(515));
        assert!(!freshness.is_fresh(504) && !freshness.is_fresh(516) && !freshness.is_fresh(0));
    }

    #[test]
    fn slices_grow_out_from_the_current_match() {
        let all = vec![true; 1000];
        let reach = Freshness::new(&all, Some(510), 0, &[]).next_slice(&[0; 1000]);
        assert_eq!(reach, Some(SLICE_TURNS / 2), "half the turns on each side");
        let freshness = Freshness::new(&all, Some(510), reach.unwrap(), &[]);
        assert!(freshness.is_fresh(455) && freshness.is_fresh(565));
        assert!(!freshness.is_fresh(454) && !freshness.is_fresh(566));
    }

    #[test]
    fn slices_bring_every_turn_up_to_date_then_stop() {
        for current in [None, Some(3), Some(700), Some(999)] {
            let all = vec![true; 1000];
            let mut reach = 0;
            let mut slices = 0;
            while let Some(next) = Freshness::new(&all, current, reach, &[]).next_slice(&[0; 1000])
            {
                assert!(next > reach);
                reach = next;
                slices += 1;
            }
            assert!(
                slices <= 1000usize.div_ceil(SLICE_TURNS) + 1,
                "{current:?}: {slices}"
            );
            let done = Freshness::new(&all, current, reach, &[]);
            assert!((0..1000).all(|turn| done.is_fresh(turn)), "{current:?}");
        }
    }

    #[test]
    fn a_slice_stops_at_its_share_of_marks_but_always_makes_progress() {
        let all = vec![true; 1000];
        let mut marks = vec![50; 1000];
        marks[20] = 5 * SLICE_MARKS;
        // With no current match the window is the first turns (as many as hold
        // `WINDOW_MARKS`), and slices grow down from it.
        let window_end = WINDOW_MARKS / 50 - 1;
        let slice =
            |reach, marks: &[usize]| Freshness::new(&all, None, reach, marks).next_slice(marks);
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
        let window_end = AROUND_CURRENT;
        assert_eq!(slice(900, &marks), Some(1000 - 1 - window_end));
    }

    #[test]
    fn a_short_interview_updates_progressively_when_a_search_changes_many_marks() {
        let shown = [true; 19];
        let few = [SLICE_MARKS / 19; 19];
        let freshness = Freshness::new(&shown, Some(3), 0, &few);
        assert!((0..19).all(|turn| freshness.is_fresh(turn)));
        // A common letter: forty marks in every turn.
        let many = [40; 19];
        let freshness = Freshness::new(&shown, Some(3), 0, &many);
        let fresh: Vec<usize> = (0..19).filter(|&t| freshness.is_fresh(t)).collect();
        assert_eq!(
            fresh,
            [3, 4],
            "the current match's turn, then the one after, until the window holds its marks"
        );
        let mut reach = 0;
        while let Some(next) = Freshness::new(&shown, Some(3), reach, &many).next_slice(&many) {
            reach = next;
        }
        let done = Freshness::new(&shown, Some(3), reach, &many);
        assert!(
            (0..19).all(|turn| done.is_fresh(turn)),
            "the slices reach every turn"
        );
    }

    #[test]
    fn the_current_matchs_turn_is_always_fresh_however_many_marks_it_holds() {
        let mut marks = vec![0; 1000];
        marks[510] = 10 * WINDOW_MARKS;
        let freshness = Freshness::new(&[true; 1000], Some(510), 0, &marks);
        let fresh: Vec<usize> = (505..=515).filter(|&t| freshness.is_fresh(t)).collect();
        assert_eq!(fresh, [510]);
    }

    fn column(lang: &str, current: Option<usize>) -> Column {
        Column {
            lang: lang.into(),
            hits: None,
            current,
        }
    }

    #[test]
    fn only_chunks_with_a_changed_turn_are_rebuilt() {
        let mut list = TurnList::default();
        list.resize(100);
        let first = list.chunks();
        assert_eq!(first.len(), 4);
        list.resize(100);
        let hide = |hidden: bool| TurnInput {
            columns: Vec::new(),
            hidden,
        };
        list.set(40, hide(true));
        list.set(41, hide(false));
        let second = list.chunks();
        let kept: Vec<bool> = first
            .iter()
            .zip(&second)
            .map(|(a, b)| Rc::ptr_eq(a, b))
            .collect();
        assert_eq!(kept, [true, false, true, true]);
        assert!(second[1][40 - CHUNK_TURNS].hidden);
    }

    #[test]
    fn a_refresh_updates_fresh_turns_and_clears_a_stale_current_match_elsewhere() {
        let turns = 400;
        let languages: [Rc<str>; 1] = ["kk".into()];
        let mut list = TurnList::default();
        list.resize(turns);
        let everything = Freshness::new(&vec![true; turns], None, turns, &[]);
        list.refresh(&everything, &languages, &vec![true; turns], |index| {
            vec![column("kk", (index == 300).then_some(0))]
        });
        assert_eq!(list.turns[300].columns[0].current, Some(0));
        list.chunks();

        list.resize(turns);
        let around_start = Freshness::new(&vec![true; turns], Some(0), 0, &[]);
        let mut shown = vec![true; turns];
        shown[2] = false;
        shown[200] = false;
        list.refresh(&around_start, &languages, &shown, |_| {
            vec![column("kk", None)]
        });
        assert!(
            list.turns[2].hidden,
            "a fresh turn follows the filter at once"
        );
        assert!(!list.turns[200].hidden, "a stale one waits for its slice");
        assert_eq!(
            list.turns[300].columns[0].current, None,
            "but loses its current match"
        );
    }

    #[test]
    fn a_turn_in_other_languages_is_always_brought_up_to_date() {
        let turns = 400;
        let mut list = TurnList::default();
        list.resize(turns);
        let nothing_fresh = Freshness::new(&vec![true; turns], Some(0), 0, &[]);
        let side_by_side: [Rc<str>; 2] = ["kk".into(), "en".into()];
        list.refresh(&nothing_fresh, &side_by_side, &vec![true; turns], |_| {
            vec![column("kk", None), column("en", None)]
        });
        assert!(list.turns.iter().all(|turn| turn.columns.len() == 2));
    }
}
