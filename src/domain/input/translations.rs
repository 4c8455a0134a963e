//! Translations beside an original: each is a transcript in the same format, joined to the
//! interview only when it lines up with the original turn by turn and paragraph by paragraph,
//! so side-by-side reading and search never pair the wrong texts.

use std::fmt;

use crate::domain::input::parser::Transcript;
use crate::domain::model::{Interview, IsoDate, Lang};

/// Why a translation does not line up with the original, and where (its line).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AlignmentError {
    /// The translation's language.
    pub lang: Lang,
    /// The translation's line the problem is on.
    pub line: usize,
    /// What does not line up.
    pub problem: Misalignment,
}

/// What does not line up between a translation and the original; `original` and
/// `translation` say what each has.
#[derive(Clone, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum Misalignment {
    /// They have different numbers of turns.
    TurnCount { original: usize, translation: usize },
    /// Turn `turn` has another speaker in the translation.
    Speaker { turn: String },
    /// Turn `turn` has another number of paragraphs.
    Paragraphs {
        turn: String,
        original: usize,
        translation: usize,
    },
    /// The leads have different numbers of paragraphs.
    LeadParagraphs { original: usize, translation: usize },
    /// The dates differ.
    Date {
        original: Option<IsoDate>,
        translation: Option<IsoDate>,
    },
    /// The translation is in the interview's own language, or given twice.
    Duplicate,
}

fn paragraphs(count: usize) -> String {
    match count {
        1 => "1 paragraph".to_owned(),
        n => format!("{n} paragraphs"),
    }
}

impl fmt::Display for AlignmentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lang = &self.lang;
        match &self.problem {
            Misalignment::TurnCount {
                original,
                translation,
            } => write!(
                f,
                "translation `{lang}` has {translation} turns, the original has {original}"
            ),
            Misalignment::Speaker { turn } => {
                write!(
                    f,
                    "translation `{lang}`: turn {turn} has another speaker than the original"
                )
            }
            Misalignment::Paragraphs {
                turn,
                original,
                translation,
            } => write!(
                f,
                "translation `{lang}`: turn {turn} has {}, the original has {}",
                paragraphs(*translation),
                paragraphs(*original)
            ),
            Misalignment::LeadParagraphs {
                original,
                translation,
            } => write!(
                f,
                "translation `{lang}`: the lead has {}, the original has {}",
                paragraphs(*translation),
                paragraphs(*original)
            ),
            Misalignment::Date {
                original,
                translation,
            } => {
                let show = |d: &Option<IsoDate>| d.map_or("no date".to_owned(), |d| d.to_string());
                write!(
                    f,
                    "translation `{lang}` is dated {}, the original {}",
                    show(translation),
                    show(original)
                )
            }
            Misalignment::Duplicate => write!(f, "the interview already has language `{lang}`"),
        }
    }
}

impl std::error::Error for AlignmentError {}

impl Interview {
    /// Adds `transcript` as the text in `lang`, if it lines up with the original.
    pub fn add_translation(
        &mut self,
        lang: &str,
        transcript: Transcript,
    ) -> Result<(), AlignmentError> {
        let fail = |line: usize, problem: Misalignment| AlignmentError {
            lang: lang.to_owned(),
            line,
            problem,
        };
        if lang == self.original
            || self
                .turns
                .first()
                .is_some_and(|t| t.paragraphs.contains_key(lang))
        {
            return Err(fail(1, Misalignment::Duplicate));
        }
        if transcript.date.is_some() && transcript.date != self.date {
            let problem = Misalignment::Date {
                original: self.date,
                translation: transcript.date,
            };
            return Err(fail(1, problem));
        }
        let original_lead = self.original_lead().len();
        if transcript.lead.len() != original_lead {
            let problem = Misalignment::LeadParagraphs {
                original: original_lead,
                translation: transcript.lead.len(),
            };
            return Err(fail(1, problem));
        }
        if transcript.turns.len() != self.turns.len() {
            let line = transcript
                .turns
                .get(self.turns.len())
                .or(transcript.turns.last())
                .map_or(1, |turn| turn.line);
            let problem = Misalignment::TurnCount {
                original: self.turns.len(),
                translation: transcript.turns.len(),
            };
            return Err(fail(line, problem));
        }
        for (turn, translated) in self.turns.iter().zip(&transcript.turns) {
            if turn.speaker != translated.speaker {
                return Err(fail(
                    translated.line,
                    Misalignment::Speaker {
                        turn: turn.id.clone(),
                    },
                ));
            }
            let original = turn.paragraphs_in(&self.original).len();
            if translated.paragraphs.len() != original {
                let problem = Misalignment::Paragraphs {
                    turn: turn.id.clone(),
                    original,
                    translation: translated.paragraphs.len(),
                };
                return Err(fail(translated.line, problem));
            }
        }
        for (turn, translated) in self.turns.iter_mut().zip(transcript.turns) {
            turn.paragraphs
                .insert(lang.to_owned(), translated.paragraphs);
        }
        if !transcript.lead.is_empty() {
            self.lead.insert(lang.to_owned(), transcript.lead);
        }
        Ok(())
    }

    /// The interview's languages: the original first, then its translations.
    pub fn languages(&self) -> Vec<&str> {
        let mut languages = vec![self.original.as_str()];
        if let Some(turn) = self.turns.first() {
            languages.extend(
                turn.paragraphs
                    .keys()
                    .map(String::as_str)
                    .filter(|l| *l != self.original),
            );
        }
        languages
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::input::metadata::Metadata;
    use crate::domain::input::parser::parse_text;

    fn original() -> Interview {
        Metadata::default()
            .into_interview(parse_text(" date 2025-12-13 Lead\n- Q?\n- A.\nA2.\n- Thanks").unwrap())
    }

    fn add(text: &str) -> Result<Interview, AlignmentError> {
        let mut interview = original();
        interview.add_translation("en", parse_text(text).unwrap())?;
        Ok(interview)
    }

    #[test]
    fn an_aligned_translation_joins_every_block() {
        let interview =
            add(" date 2025-12-13 Lead en\n- Q en?\n- A en.\nA2 en.\n- Thanks en").unwrap();
        assert_eq!(interview.languages(), ["kk", "en"]);
        assert_eq!(interview.turns[1].paragraphs_in("en"), ["A en.", "A2 en."]);
        assert_eq!(interview.lead["en"], ["Lead en"]);
        // A translation may leave the date out.
        assert!(add("Lead en\n- Q\n- A\nA2\n- T").is_ok());
    }

    #[test]
    fn broken_pairs_are_named_by_language_turn_and_line() {
        let err = add("Lead\n- Q\n- A\n- T").unwrap_err();
        assert_eq!(err.line, 3);
        assert_eq!(
            err.to_string(),
            "translation `en`: turn a1 has 1 paragraph, the original has 2 paragraphs"
        );
        let err = add("Lead\n- Q\n- A\nA2").unwrap_err();
        assert_eq!(
            err.to_string(),
            "translation `en` has 2 turns, the original has 3"
        );
        let err = add("Lead\n- Q\n- A\nA2\n- T\n- extra").unwrap_err();
        assert_eq!(
            (err.line, err.problem.clone()),
            (
                6,
                Misalignment::TurnCount {
                    original: 3,
                    translation: 4
                }
            )
        );
        let err = add("- Q\n- A\nA2\n- T").unwrap_err();
        assert_eq!(
            err.to_string(),
            "translation `en`: the lead has 0 paragraphs, the original has 1 paragraph"
        );
        let err = add(" date 2025-12-14 Lead\n- Q\n- A\nA2\n- T").unwrap_err();
        assert_eq!(
            err.to_string(),
            "translation `en` is dated 2025-12-14, the original 2025-12-13"
        );
    }

    #[test]
    fn a_language_is_added_once() {
        let mut interview = original();
        let err = interview
            .add_translation("kk", parse_text("Lead\n- Q\n- A\nA2\n- T").unwrap())
            .unwrap_err();
        assert_eq!(err.problem, Misalignment::Duplicate);
    }
}
