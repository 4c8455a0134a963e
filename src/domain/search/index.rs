//! An interview in one language, folded for search: every paragraph of the lead and the turns
//! in each letter mode, once, so that a query costs one substring scan per term and paragraph.

use crate::domain::model::{Interview, Speaker};
use crate::domain::search::fold::{FoldedText, Letters, multi_char_clusters};

/// A block of the interview: the lead, or turn `n` (0-based).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Block {
    /// The lead paragraph(s) before the first turn.
    Lead,
    /// A question or answer, by its 0-based place in the interview.
    Turn(usize),
}

/// One paragraph, folded in each letter mode.
pub struct IndexedParagraph {
    folded: FoldedText,
    exact: FoldedText,
    latin: FoldedText,
    /// Grapheme cluster boundaries, where some cluster has more than one char; `None` where
    /// every char is its own cluster (most text), so a match cannot split one.
    pub clusters: Option<Vec<u32>>,
    /// The original paragraph's length in bytes.
    pub len: usize,
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

    /// The paragraph folded for `letters`.
    pub fn text(&self, letters: Letters) -> &FoldedText {
        match letters {
            Letters::Folded => &self.folded,
            Letters::Exact => &self.exact,
            Letters::Latin => &self.latin,
        }
    }
}

/// The lead or a turn, folded.
pub struct IndexedBlock {
    /// Which block this is.
    pub block: Block,
    /// Who speaks it (`None`: the lead).
    pub speaker: Option<Speaker>,
    /// Its paragraphs in the index's language; none where the block lacks that language.
    pub paragraphs: Vec<IndexedParagraph>,
}

/// The interview in one language, folded for search.
pub struct SearchIndex {
    /// The lead (when the language has one), then every turn in order.
    pub blocks: Vec<IndexedBlock>,
    /// How many turns the interview has.
    pub turn_count: usize,
}

impl SearchIndex {
    /// Folds the lead and every turn of `interview` in language `lang`.
    pub fn new(interview: &Interview, lang: &str) -> Self {
        let lead = interview
            .lead
            .get(lang)
            .map(|paragraphs| (Block::Lead, None, Some(paragraphs)));
        let turns = interview.turns.iter().enumerate().map(|(index, turn)| {
            let paragraphs = turn.paragraphs.get(lang);
            (Block::Turn(index), Some(turn.speaker), paragraphs)
        });
        let blocks = lead
            .into_iter()
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

    /// The length in bytes of every paragraph, block by block, in reading order.
    pub fn paragraph_lengths(&self) -> impl Iterator<Item = (Block, Vec<usize>)> + '_ {
        self.blocks.iter().map(|block| {
            (
                block.block,
                block.paragraphs.iter().map(|p| p.len).collect(),
            )
        })
    }
}
