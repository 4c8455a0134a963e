use std::rc::Rc;

use yew::prelude::*;

use super::turn_view::{Column, turn_html};
use crate::model::Interview;

/// Turns per `TurnChunk`: a keystroke re-renders only the chunks whose turns changed, so a
/// 1,000-turn interview costs the renderer a few dozen comparisons, not a thousand components.
const CHUNK_TURNS: usize = 32;

/// What one turn shows: its columns (with their marks) and whether the filter hides it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TurnInput {
    pub columns: Vec<Column>,
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

    /// What turn `index` showed last.
    pub fn last(&self, index: usize) -> &TurnInput {
        &self.turns[index]
    }

    /// Turn `index` shows `input` now.
    pub fn set(&mut self, index: usize, input: TurnInput) {
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

#[derive(Properties, PartialEq)]
pub struct TurnChunkProps {
    pub interview: Rc<Interview>,
    /// The index of the chunk's first turn.
    pub start: usize,
    pub turns: Rc<Vec<TurnInput>>,
    /// The interface language, for labels.
    pub ui_lang: AttrValue,
}

/// A run of consecutive turns: a place to stop re-rendering and, in a long interview, a box the
/// browser skips while it is off screen (`content-visibility: auto`), so that the filter hiding
/// or showing a thousand turns lays out only those near the reader. With all its turns hidden
/// it is hidden too, so that it takes no room.
#[function_component]
pub fn TurnChunk(props: &TurnChunkProps) -> Html {
    let turns = props.turns.iter().enumerate().map(|(offset, input)| {
        turn_html(
            &props.interview,
            props.start + offset,
            &input.columns,
            input.hidden,
            &props.ui_lang,
        )
    });
    let hidden = props.turns.iter().all(|input| input.hidden);
    html! { <div class="turns__chunk" {hidden}>{ for turns }</div> }
}

/// The turn list in chunks of `CHUNK_TURNS`.
pub fn chunks_html(
    interview: &Rc<Interview>,
    chunks: Vec<Rc<Vec<TurnInput>>>,
    ui_lang: &AttrValue,
) -> Html {
    let chunks = chunks.into_iter().enumerate().map(|(index, turns)| {
        html! {
            <TurnChunk
                key={index}
                interview={interview.clone()}
                start={index * CHUNK_TURNS}
                {turns}
                ui_lang={ui_lang.clone()}
            />
        }
    });
    html! { <>{ for chunks }</> }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hidden(hidden: bool) -> TurnInput {
        TurnInput {
            columns: Vec::new(),
            hidden,
        }
    }

    #[test]
    fn only_chunks_with_a_changed_turn_are_rebuilt() {
        let mut list = TurnList::default();
        list.resize(100);
        let first = list.chunks();
        assert_eq!(first.len(), 4);
        list.resize(100);
        list.set(40, hidden(true));
        list.set(41, hidden(false));
        let second = list.chunks();
        let kept: Vec<bool> = first
            .iter()
            .zip(&second)
            .map(|(a, b)| Rc::ptr_eq(a, b))
            .collect();
        assert_eq!(kept, [true, false, true, true]);
        assert!(second[1][40 - CHUNK_TURNS].hidden);
    }
}
