//! Larger interviews made from a real one, for benchmarks: the same language, paragraph
//! lengths and word frequencies, at any size.

use crate::domain::input::metadata::Metadata;
use crate::domain::input::parser::parse_text;
use crate::domain::model::{Interview, Speaker, turn_id};

/// The interview a text in the interview format makes, with default metadata: for tests and
/// benchmarks, which write their interviews inline.
///
/// # Panics
/// When `text` is not in the interview format.
pub fn from_text(text: &str) -> Interview {
    match parse_text(text) {
        Ok(transcript) => Metadata::default().into_interview(transcript),
        Err(error) => panic!("not an interview: {error}"),
    }
}

/// `interview` with `turns` turns: its question-and-answer pairs repeated in order and
/// renumbered. An interview with no complete pair is returned as it is.
pub fn repeated(interview: &Interview, turns: usize) -> Interview {
    let pairs = interview.turns.len() / 2 * 2;
    if pairs == 0 || interview.turns[0].speaker != Speaker::Interviewer {
        return interview.clone();
    }
    let mut larger = interview.clone();
    larger.turns = (0..turns)
        .map(|index| {
            let mut turn = interview.turns[index % pairs].clone();
            turn.id = turn_id(turn.speaker, index / 2 + 1);
            turn
        })
        .collect();
    larger
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_repeated_interview_keeps_alternating_with_unique_ids() {
        let interview = from_text("- Q1\n- A1\n- Q2\n- A2\n- Thanks");
        let larger = repeated(&interview, 9);
        assert_eq!(larger.turns.len(), 9);
        let ids: Vec<_> = larger.turns.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["q1", "a1", "q2", "a2", "q3", "a3", "q4", "a4", "q5"]);
        assert_eq!(larger.turns[4].paragraphs_in("kk"), ["Q1"]);
        assert!(Interview::from_json(&larger.to_json()).is_ok());
    }
}
