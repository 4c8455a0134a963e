//! The matches on screen: the columns shown (one language, or two side by side) numbered in
//! reading order, where each match falls on the match map, and a paragraph cut into marked and
//! plain pieces. The matcher's spans in, what the reader sees out (as ripgrep's printer is to
//! its searcher).

use std::rc::Rc;

use crate::domain::search::index::{Block, SearchIndex};
use crate::domain::search::matcher::{BlockHits, SearchResult, Span};

/// One language of a block as shown: its matches, and which of them is the reader's current
/// match. Cheap to compare, so that a keystroke re-renders only the blocks whose matches
/// changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    /// The column's language.
    pub lang: Rc<str>,
    /// Its matches in the block.
    pub hits: Option<Rc<BlockHits>>,
    /// Which of them (0-based, within the block's column) is current.
    pub current: Option<usize>,
}

/// Where one of the matches on screen is: its block, its column (0 for the language shown, 1
/// for the one beside it) and its number among that column's matches in the block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MatchPlace {
    /// The block it is in.
    pub block: Block,
    /// Its column: 0 for the language shown, 1 for the one beside it.
    pub column: usize,
    /// Its number among that column's matches in the block.
    pub within: usize,
}

/// The matches of the columns on screen (one language, or two side by side), numbered in
/// reading order: block by block, and in a block the left column's before the right's, so
/// that stepping through matches visits both columns.
pub struct ShownMatches<'a> {
    /// The results of the columns shown, left to right.
    pub columns: &'a [&'a SearchResult],
}

impl ShownMatches<'_> {
    /// How many matches there are in all columns.
    pub fn total(&self) -> usize {
        self.columns.iter().map(|result| result.total).sum()
    }

    /// Blocks with a match in any column.
    pub fn blocks(&self) -> usize {
        self.each_block()
            .filter(|&block| self.columns.iter().any(|r| r.hits(block).is_some()))
            .count()
    }

    /// How many matches `block` holds, in all columns.
    pub fn count_in(&self, block: Block) -> usize {
        let hits = self.columns.iter().filter_map(|result| result.hits(block));
        hits.map(|hits| hits.count).sum()
    }

    /// Where match number `index` (0-based) is.
    pub fn place(&self, mut index: usize) -> Option<MatchPlace> {
        for block in self.each_block() {
            for (column, result) in self.columns.iter().enumerate() {
                let count = result.hits(block).map_or(0, |hits| hits.count);
                if index < count {
                    return Some(MatchPlace {
                        block,
                        column,
                        within: index,
                    });
                }
                index -= count;
            }
        }
        None
    }

    /// Renumbers match-map ticks of the left column (numbered among its own matches, in
    /// reading order) among all the matches on screen, in one pass.
    pub fn renumber_left_ticks(&self, ticks: &mut [Tick]) {
        let mut ticks = ticks.iter_mut().peekable();
        let mut before = 0;
        for block in self.each_block() {
            if let Some(hits) = self.columns.first().and_then(|left| left.hits(block)) {
                while let Some(tick) =
                    ticks.next_if(|tick| tick.first_match < hits.first + hits.count)
                {
                    tick.first_match = before + tick.first_match.saturating_sub(hits.first);
                }
            }
            before += self.count_in(block);
        }
    }

    /// The match map's ticks: the left column's matches along the interview (as `left`, its
    /// index, folded it), numbered among all the matches on screen.
    pub fn map_ticks(&self, left: &SearchIndex, resolution: usize) -> Vec<Tick> {
        let Some(first) = self.columns.first() else {
            return Vec::new();
        };
        let mut placed = ticks(left, first, resolution);
        if self.columns.len() > 1 {
            self.renumber_left_ticks(&mut placed);
        }
        placed
    }

    /// The columns of `block` as shown: one per result, in `languages` (the same order), with
    /// the current match where `current` is.
    pub fn columns(
        &self,
        block: Block,
        languages: &[Rc<str>],
        current: Option<MatchPlace>,
    ) -> Vec<Column> {
        let columns = self.columns.iter().zip(languages).enumerate();
        let column = |(index, (result, lang)): (usize, (&&SearchResult, &Rc<str>))| Column {
            lang: lang.clone(),
            hits: result.hits(block).cloned(),
            current: current
                .filter(|place| place.block == block && place.column == index)
                .map(|place| place.within),
        };
        columns.map(column).collect()
    }

    fn each_block(&self) -> impl Iterator<Item = Block> {
        let turns = self.columns.first().map_or(0, |result| result.turns.len());
        std::iter::once(Block::Lead).chain((0..turns).map(Block::Turn))
    }
}

/// A tick of the match map: where in the interview (0 = start, 1 = end of its text) a match
/// falls, and its number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tick {
    /// Where the match starts, as a share of the interview's text.
    pub position: f32,
    /// The number (0-based) of the first match the tick stands for.
    pub first_match: usize,
}

/// The matches of `result` placed along the whole interview's text (as `index` folded it), at
/// most `resolution` ticks: matches closer than one tick share the first one's.
pub fn ticks(index: &SearchIndex, result: &SearchResult, resolution: usize) -> Vec<Tick> {
    let blocks: Vec<(Block, Vec<usize>)> = index.paragraph_lengths().collect();
    let length: usize = blocks.iter().flat_map(|(_, lengths)| lengths).sum();
    let mut ticks: Vec<Tick> = Vec::new();
    let mut last_bucket = None;
    let mut before = 0;
    for (block, lengths) in &blocks {
        let hits = result.hits(*block);
        let mut number = hits.map_or(0, |hits| hits.first);
        for (paragraph, paragraph_len) in lengths.iter().enumerate() {
            let spans = hits
                .and_then(|h| h.paragraphs.get(paragraph))
                .map_or(&[][..], Vec::as_slice);
            for span in spans {
                let position = (before + span.start) as f32 / length.max(1) as f32;
                let bucket = (position * resolution as f32) as usize;
                if last_bucket != Some(bucket) {
                    ticks.push(Tick {
                        position,
                        first_match: number,
                    });
                    last_bucket = Some(bucket);
                }
                number += 1;
            }
            before += paragraph_len;
        }
    }
    ticks
}

/// A run of a paragraph: marked (with its match number within the paragraph) or plain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Piece<'a> {
    /// The run's text.
    pub text: &'a str,
    /// Its match number within the paragraph, if it is a match.
    pub mark: Option<usize>,
}

/// `text` cut at `spans` (sorted, non-overlapping, on char boundaries) into pieces whose
/// concatenation is `text`.
pub fn pieces<'a>(text: &'a str, spans: &[Span]) -> Vec<Piece<'a>> {
    let mut pieces = Vec::with_capacity(spans.len() * 2 + 1);
    let mut at = 0;
    for (index, span) in spans.iter().enumerate() {
        let (start, end) = (span.start.clamp(at, text.len()), span.end.min(text.len()));
        if start >= end || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            continue;
        }
        if at < start {
            pieces.push(Piece {
                text: &text[at..start],
                mark: None,
            });
        }
        pieces.push(Piece {
            text: &text[start..end],
            mark: Some(index),
        });
        at = end;
    }
    if at < text.len() || pieces.is_empty() {
        pieces.push(Piece {
            text: &text[at..],
            mark: None,
        });
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::sample::from_text;
    use crate::domain::search::fold::Letters;
    use crate::domain::search::matcher::Scope;
    use crate::domain::search::query::Query;

    fn search(text: &str, query: &str, letters: Letters, scope: Scope) -> SearchResult {
        SearchIndex::new(&from_text(text), "kk").search(&Query::parse(query, letters), scope)
    }

    #[test]
    fn matches_are_numbered_in_reading_order() {
        let all = search(
            "Lead сенім\n- сенім?\n- сенім.",
            "сенім",
            Letters::Folded,
            Scope::All,
        );
        let shown = ShownMatches { columns: &[&all] };
        let place = |index| shown.place(index).map(|p| (p.block, p.within));
        assert_eq!(place(2), Some((Block::Turn(1), 0)));
        assert_eq!(place(0), Some((Block::Lead, 0)));
        assert_eq!(place(3), None);
    }

    #[test]
    fn side_by_side_matches_are_numbered_block_by_block_left_column_first() {
        let kazakh = search("- сенім?\n- жоқ", "сенім", Letters::Folded, Scope::All);
        let other = search(
            "- сенім сенім?\n- сенім",
            "сенім",
            Letters::Folded,
            Scope::All,
        );
        let shown = ShownMatches {
            columns: &[&kazakh, &other],
        };
        assert_eq!((shown.total(), shown.blocks()), (4, 2));
        let places: Vec<_> = (0..5)
            .map(|i| shown.place(i).map(|p| (p.block, p.column, p.within)))
            .collect();
        assert_eq!(
            places,
            [
                Some((Block::Turn(0), 0, 0)),
                Some((Block::Turn(0), 1, 0)),
                Some((Block::Turn(0), 1, 1)),
                Some((Block::Turn(1), 1, 0)),
                None
            ]
        );
        let tick = |first_match| Tick {
            position: 0.0,
            first_match,
        };
        let mut ticks = [tick(0)];
        shown.renumber_left_ticks(&mut ticks);
        assert_eq!(ticks[0].first_match, 0);
        let left = search("- сенім?\n- сенім", "сенім", Letters::Folded, Scope::All);
        let shown = ShownMatches {
            columns: &[&left, &other],
        };
        let mut ticks = [tick(0), tick(1)];
        shown.renumber_left_ticks(&mut ticks);
        assert_eq!(
            ticks.map(|tick| tick.first_match),
            [0, 3],
            "the second left match comes after one left and two right matches"
        );
        assert_eq!(
            shown.place(3).map(|p| (p.block, p.column)),
            Some((Block::Turn(1), 0))
        );
    }

    #[test]
    fn ticks_place_matches_along_the_interview() {
        let text = "- сенім aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n- bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb сенім сенім";
        let interview = from_text(text);
        let index = SearchIndex::new(&interview, "kk");
        let result = index.search(&Query::parse("сенім", Letters::Folded), Scope::All);
        let placed = ticks(&index, &result, 100);
        assert_eq!(placed.len(), 3);
        assert_eq!(
            placed[0],
            Tick {
                position: 0.0,
                first_match: 0
            }
        );
        assert!(placed[1].position > 0.8 && placed[1].first_match == 1);
        assert_eq!(
            ticks(&index, &result, 2).len(),
            2,
            "close matches share a tick"
        );
    }

    #[test]
    fn pieces_put_the_paragraph_back_together() {
        let text = "Тоқаев пен Тоқаев";
        let spans = [0..12, 20..32];
        let parts = pieces(text, &spans);
        assert_eq!(parts.iter().map(|p| p.text).collect::<String>(), text);
        assert_eq!(
            parts.iter().map(|p| p.mark).collect::<Vec<_>>(),
            [Some(0), None, Some(1)]
        );
        assert_eq!(
            pieces("", &[]),
            [Piece {
                text: "",
                mark: None
            }]
        );
    }

    #[test]
    fn a_blocks_columns_carry_the_current_match_only_in_its_column() {
        let left = search("- сенім?\n- жоқ", "сенім", Letters::Folded, Scope::All);
        let right = search(
            "- сенім сенім?\n- сенім",
            "сенім",
            Letters::Folded,
            Scope::All,
        );
        let shown = ShownMatches {
            columns: &[&left, &right],
        };
        let languages: [Rc<str>; 2] = ["kk".into(), "en".into()];
        let current = shown.place(2);
        let columns = shown.columns(Block::Turn(0), &languages, current);
        assert_eq!(columns.len(), 2);
        assert_eq!((&*columns[0].lang, columns[0].current), ("kk", None));
        assert_eq!((&*columns[1].lang, columns[1].current), ("en", Some(1)));
        assert_eq!(columns[1].hits.as_ref().map(|hits| hits.count), Some(2));
        let second = shown.columns(Block::Turn(1), &languages, current);
        assert!(second[0].hits.is_none() && second.iter().all(|c| c.current.is_none()));
    }
}
