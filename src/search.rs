//! Search over one interview: which blocks (lead, turns) contain every term of a query, and
//! where, as byte spans of the original paragraphs.
//!
//! The interview is folded once, when the index is built, in both letter modes; a query then
//! costs one substring scan per term and paragraph. Spans are sorted, never overlap and cover
//! whole grapheme clusters, so components can cut a paragraph into marked and unmarked pieces
//! that concatenate back to the original exactly.

use std::ops::Range;
use std::rc::Rc;

use memchr::memmem::Finder;

use crate::folding::{FoldedText, Letters, multi_char_clusters, widen_to_clusters};
use crate::model::{Interview, Speaker};
use crate::query::Query;

/// A byte range of an original paragraph.
pub type Span = Range<usize>;

/// Where a search looks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Scope {
    #[default]
    All,
    Questions,
    Answers,
}

impl Scope {
    pub const ALL: [Scope; 3] = [Scope::All, Scope::Questions, Scope::Answers];

    /// Whether a block by `speaker` (`None`: the lead) is searched.
    pub fn fits(self, speaker: Option<Speaker>) -> bool {
        match self {
            Scope::All => true,
            Scope::Questions => speaker == Some(Speaker::Interviewer),
            Scope::Answers => speaker == Some(Speaker::Interviewee),
        }
    }

    /// The name used in URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::All => "all",
            Scope::Questions => "questions",
            Scope::Answers => "answers",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Scope::ALL.into_iter().find(|scope| scope.as_str() == name)
    }
}

/// A block of the interview: the lead, or turn `n` (0-based).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Block {
    Lead,
    Turn(usize),
}

struct IndexedParagraph {
    folded: FoldedText,
    exact: FoldedText,
    latin: FoldedText,
    /// Grapheme cluster boundaries, where some cluster has more than one char; `None` where
    /// every char is its own cluster (most text), so a match cannot split one.
    clusters: Option<Vec<u32>>,
    len: usize,
}

impl IndexedParagraph {
    fn new(text: &str) -> Self {
        IndexedParagraph {
            folded: FoldedText::new(text, Letters::Folded),
            exact: FoldedText::new(text, Letters::Exact),
            latin: FoldedText::new(text, Letters::Latin),
            clusters: multi_char_clusters(text),
            len: text.len(),
        }
    }

    fn text(&self, letters: Letters) -> &FoldedText {
        match letters {
            Letters::Folded => &self.folded,
            Letters::Exact => &self.exact,
            Letters::Latin => &self.latin,
        }
    }
}

struct IndexedBlock {
    block: Block,
    speaker: Option<Speaker>,
    paragraphs: Vec<IndexedParagraph>,
}

/// The interview in one language, folded for search.
pub struct SearchIndex {
    blocks: Vec<IndexedBlock>,
    turn_count: usize,
}

/// The matches of one block: spans per paragraph, and the place of its first match among all
/// matches of the interview, in reading order.
#[derive(Debug, PartialEq, Eq)]
pub struct BlockHits {
    pub paragraphs: Vec<Vec<Span>>,
    pub first: usize,
    pub count: usize,
}

/// The matches of a query in the whole interview.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct SearchResult {
    pub lead: Option<Rc<BlockHits>>,
    /// One entry per turn; `None` where the turn does not match.
    pub turns: Vec<Option<Rc<BlockHits>>>,
    /// How many spans there are in all.
    pub total: usize,
}

impl SearchResult {
    pub fn hits(&self, block: Block) -> Option<&Rc<BlockHits>> {
        match block {
            Block::Lead => self.lead.as_ref(),
            Block::Turn(index) => self.turns.get(index)?.as_ref(),
        }
    }

    /// How many turns match.
    pub fn matching_turns(&self) -> usize {
        self.turns.iter().flatten().count()
    }
}

/// Where one of the matches on screen is: its block, its column (0 for the language shown, 1
/// for the one beside it) and its number among that column's matches in the block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MatchPlace {
    pub block: Block,
    pub column: usize,
    pub within: usize,
}

/// The matches of the columns on screen (one language, or two side by side), numbered in
/// reading order: block by block, and in a block the left column's before the right's, so
/// that stepping through matches visits both columns.
pub struct ShownMatches<'a> {
    pub columns: &'a [&'a SearchResult],
}

impl ShownMatches<'_> {
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

    fn each_block(&self) -> impl Iterator<Item = Block> {
        let turns = self.columns.first().map_or(0, |result| result.turns.len());
        std::iter::once(Block::Lead).chain((0..turns).map(Block::Turn))
    }
}

impl SearchIndex {
    /// Folds the lead and every turn of `interview` in language `lang`.
    pub fn new(interview: &Interview, lang: &str) -> Self {
        let lead = interview
            .lead
            .get(lang)
            .map(|paragraphs| (Block::Lead, None, paragraphs));
        let turns = interview.turns.iter().enumerate().map(|(index, turn)| {
            let paragraphs = turn.paragraphs.get(lang);
            (Block::Turn(index), Some(turn.speaker), paragraphs)
        });
        let blocks = lead
            .into_iter()
            .map(|(block, speaker, paragraphs)| (block, speaker, Some(paragraphs)))
            .chain(turns)
            .map(|(block, speaker, paragraphs)| IndexedBlock {
                block,
                speaker,
                paragraphs: paragraphs
                    .map(|ps| ps.iter().map(|p| IndexedParagraph::new(p)).collect())
                    .unwrap_or_default(),
            })
            .collect();
        SearchIndex {
            blocks,
            turn_count: interview.turns.len(),
        }
    }

    /// Every block in `scope` that contains all of the query's terms, with their spans.
    pub fn search(&self, query: &Query, scope: Scope) -> SearchResult {
        let mut result = SearchResult {
            turns: vec![None; self.turn_count],
            ..SearchResult::default()
        };
        if query.is_empty() {
            return result;
        }
        let finders: Vec<Finder> = query
            .terms()
            .iter()
            .map(|term| Finder::new(term.as_bytes()))
            .collect();
        for block in self.blocks.iter().filter(|b| scope.fits(b.speaker)) {
            let Some(paragraphs) = block_spans(block, query.letters(), &finders) else {
                continue;
            };
            let count = paragraphs.iter().map(Vec::len).sum();
            let hits = Rc::new(BlockHits {
                paragraphs,
                first: result.total,
                count,
            });
            result.total += count;
            match block.block {
                Block::Lead => result.lead = Some(hits),
                Block::Turn(index) => result.turns[index] = Some(hits),
            }
        }
        result
    }
}

/// A tick of the match map: where in the interview (0 = start, 1 = end of its text) a match
/// falls, and its number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tick {
    pub position: f32,
    pub first_match: usize,
}

impl SearchIndex {
    /// The matches of `result` placed along the whole interview's text, at most `resolution`
    /// ticks: matches closer than one tick share the first one's.
    pub fn ticks(&self, result: &SearchResult, resolution: usize) -> Vec<Tick> {
        let length: usize = self
            .blocks
            .iter()
            .flat_map(|b| &b.paragraphs)
            .map(|p| p.len)
            .sum();
        let mut ticks: Vec<Tick> = Vec::new();
        let mut last_bucket = None;
        let mut before = 0;
        for block in &self.blocks {
            let hits = result.hits(block.block);
            let mut number = hits.map_or(0, |hits| hits.first);
            for (index, paragraph) in block.paragraphs.iter().enumerate() {
                let spans = hits
                    .and_then(|h| h.paragraphs.get(index))
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
                before += paragraph.len;
            }
        }
        ticks
    }
}

/// The spans of every term (one finder each) in `block`, or `None` when some term is missing
/// from it.
fn block_spans(
    block: &IndexedBlock,
    letters: Letters,
    finders: &[Finder],
) -> Option<Vec<Vec<Span>>> {
    let mut spans = vec![Vec::new(); block.paragraphs.len()];
    for finder in finders {
        let length = finder.needle().len();
        let mut found = false;
        for (paragraph, paragraph_spans) in block.paragraphs.iter().zip(&mut spans) {
            let text = paragraph.text(letters);
            // Whole folded chars match whole folded chars, so a match starts and ends on char
            // boundaries, as `str::match_indices` would; memchr's finder is several times faster.
            for start in finder.find_iter(text.as_str().as_bytes()) {
                let range = text.original_range(start..start + length);
                paragraph_spans.push(match &paragraph.clusters {
                    Some(clusters) => widen_to_clusters(range, clusters),
                    None => range,
                });
                found = true;
            }
        }
        if !found {
            return None;
        }
    }
    spans.iter_mut().for_each(merge_overlapping);
    Some(spans)
}

/// Sorts spans and joins those that overlap, so each character is in at most one.
fn merge_overlapping(spans: &mut Vec<Span>) {
    if spans.len() < 2 {
        return;
    }
    // One term's spans come sorted; sorting sorted spans is one pass.
    spans.sort_by_key(|span| (span.start, span.end));
    let mut kept = 0;
    for next in 1..spans.len() {
        if spans[next].start < spans[kept].end {
            spans[kept].end = spans[kept].end.max(spans[next].end);
        } else {
            kept += 1;
            spans[kept] = spans[next].clone();
        }
    }
    spans.truncate(kept + 1);
}

/// A run of a paragraph: marked (with its match number within the paragraph) or plain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Piece<'a> {
    pub text: &'a str,
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
    use crate::metadata::Metadata;
    use crate::parser::parse_text;

    fn interview(text: &str) -> Interview {
        Metadata::default().into_interview(parse_text(text).unwrap())
    }

    fn search(text: &str, query: &str, letters: Letters, scope: Scope) -> SearchResult {
        let interview = interview(text);
        SearchIndex::new(&interview, "kk").search(&Query::parse(query, letters), scope)
    }

    fn marked(text: &str, query: &str) -> Vec<String> {
        let interview = interview(text);
        let result = SearchIndex::new(&interview, "kk")
            .search(&Query::parse(query, Letters::Folded), Scope::All);
        let mut marks = Vec::new();
        for (turn, hits) in interview.turns.iter().zip(&result.turns) {
            let Some(hits) = hits else { continue };
            for (paragraph, spans) in turn.paragraphs_in("kk").iter().zip(&hits.paragraphs) {
                marks.extend(spans.iter().map(|s| paragraph[s.clone()].to_owned()));
            }
        }
        marks
    }

    #[test]
    fn folded_queries_find_inflected_kazakh_words() {
        let text = "- Тоқаевтың сөзі?\n- Тоқаевқа рахмет, ТОҚАЕВ.\n- Басқа сұрақ";
        assert_eq!(marked(text, "токаев"), ["Тоқаев", "Тоқаев", "ТОҚАЕВ"]);
        let result = search(text, "токаев", Letters::Folded, Scope::All);
        assert_eq!((result.total, result.matching_turns()), (3, 2));
        assert!(result.turns[2].is_none());
    }

    #[test]
    fn exact_letters_do_not_fold_kazakh_letters() {
        let text = "- Тоқаев\n- Токаев";
        let result = search(text, "токаев", Letters::Exact, Scope::All);
        assert!(result.turns[0].is_none());
        assert_eq!(result.turns[1].as_ref().unwrap().count, 1);
    }

    #[test]
    fn a_turn_matches_only_when_it_has_every_word() {
        let text = "- бейбітшілік\nсенім\n- бейбітшілік\n- сенім";
        let result = search(text, "сенім бейбітшілік", Letters::Folded, Scope::All);
        let hits = result.turns[0].as_ref().unwrap();
        let whole_paragraphs: Vec<Vec<Span>> = vec![
            std::iter::once(0..22).collect(),
            std::iter::once(0..10).collect(),
        ];
        assert_eq!(hits.paragraphs, whole_paragraphs);
        assert!(result.turns[1].is_none() && result.turns[2].is_none());
    }

    #[test]
    fn a_quoted_phrase_matches_the_exact_sequence() {
        let text = "- бейбітшілік пен сенім\n- сенім пен бейбітшілік";
        let result = search(text, "\"бейбітшілік пен\"", Letters::Folded, Scope::All);
        assert!(result.turns[0].is_some() && result.turns[1].is_none());
    }

    #[test]
    fn the_scope_limits_where_the_search_looks() {
        let text = "Lead сенім\n- сенім?\n- сенім.";
        let questions = search(text, "сенім", Letters::Folded, Scope::Questions);
        assert!(questions.lead.is_none() && questions.turns[1].is_none());
        assert!(questions.turns[0].is_some());
        let all = search(text, "сенім", Letters::Folded, Scope::All);
        assert_eq!(all.total, 3);
        assert_eq!(all.lead.as_ref().unwrap().first, 0);
        assert_eq!(all.turns[1].as_ref().unwrap().first, 2);
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
        let interview = interview(text);
        let index = SearchIndex::new(&interview, "kk");
        let result = index.search(&Query::parse("сенім", Letters::Folded), Scope::All);
        let ticks = index.ticks(&result, 100);
        assert_eq!(ticks.len(), 3);
        assert_eq!(
            ticks[0],
            Tick {
                position: 0.0,
                first_match: 0
            }
        );
        assert!(ticks[1].position > 0.8 && ticks[1].first_match == 1);
        assert_eq!(
            index.ticks(&result, 2).len(),
            2,
            "close matches share a tick"
        );
    }

    #[test]
    fn overlapping_terms_make_one_mark() {
        assert_eq!(marked("- Қазақстан", "қазақ ақстан"), ["Қазақстан"]);
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
}
