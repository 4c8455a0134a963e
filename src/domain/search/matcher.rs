//! The matcher: which blocks (lead, turns) of a folded interview contain every term of a query,
//! and where, as byte spans of the original paragraphs.
//!
//! Spans are sorted, never overlap and cover whole grapheme clusters, so the screen can cut a
//! paragraph into marked and unmarked pieces that concatenate back to the original exactly.
//! What the screen makes of the spans (numbering across columns, map ticks) is `view::matches`.

use std::ops::Range;
use std::rc::Rc;

use memchr::memmem::Finder;

use crate::domain::model::Speaker;
use crate::domain::search::fold::{Letters, widen_to_clusters};
use crate::domain::search::index::{Block, IndexedBlock, SearchIndex};
use crate::domain::search::query::Query;

/// A byte range of an original paragraph.
pub type Span = Range<usize>;

/// Where a search looks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Scope {
    /// The lead and every turn.
    #[default]
    All,
    /// The interviewer's turns.
    Questions,
    /// The interviewee's turns.
    Answers,
}

impl Scope {
    /// Every scope, in the order the scope control lists them.
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

    /// The scope a URL names.
    pub fn from_name(name: &str) -> Option<Self> {
        Scope::ALL.into_iter().find(|scope| scope.as_str() == name)
    }
}

/// The matches of one block: spans per paragraph, and the place of its first match among all
/// matches of the interview, in reading order.
#[derive(Debug, PartialEq, Eq)]
pub struct BlockHits {
    /// The spans of each paragraph, sorted and apart.
    pub paragraphs: Vec<Vec<Span>>,
    /// The number (0-based) of the block's first match among all the interview's.
    pub first: usize,
    /// How many spans the block has.
    pub count: usize,
}

/// The matches of a query in the whole interview.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct SearchResult {
    /// The lead's matches, if it matches.
    pub lead: Option<Rc<BlockHits>>,
    /// One entry per turn; `None` where the turn does not match.
    pub turns: Vec<Option<Rc<BlockHits>>>,
    /// How many spans there are in all.
    pub total: usize,
}

impl SearchResult {
    /// The matches of `block`, if it matches.
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

impl SearchIndex {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::Interview;
    use crate::domain::sample::from_text;

    fn search(text: &str, query: &str, letters: Letters, scope: Scope) -> SearchResult {
        SearchIndex::new(&from_text(text), "kk").search(&Query::parse(query, letters), scope)
    }

    fn marked(text: &str, query: &str) -> Vec<String> {
        let interview: Interview = from_text(text);
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
    }

    #[test]
    fn overlapping_terms_make_one_mark() {
        assert_eq!(marked("- Қазақстан", "қазақ ақстан"), ["Қазақстан"]);
    }
}
