//! What an interview's text does not say about itself (title, interviewee, language, source),
//! kept in a small `meta.json` beside the text, and its joining with a `Transcript`.

use serde::Deserialize;

use crate::domain::input::parser::Transcript;
use crate::domain::model::{Interview, Lang, Localized, Person, SCHEMA_VERSION, Texts, Turn};

/// The language assumed for a text that comes without metadata: suhbat is a Kazakh viewer.
pub const DEFAULT_LANGUAGE: &str = "kk";

/// The file name the CLI looks for beside an interview text.
pub const METADATA_FILE_NAME: &str = "meta.json";

/// What `meta.json` says of an interview that its text does not.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Metadata {
    /// The language the interview was given in (`DEFAULT_LANGUAGE` if not said).
    #[serde(default)]
    pub original: Option<Lang>,
    /// Its title, per language.
    #[serde(default)]
    pub title: Localized<String>,
    /// Who was interviewed.
    #[serde(default)]
    pub interviewee: Option<Person>,
    /// Who asked.
    #[serde(default)]
    pub interviewer: Option<Person>,
    /// Where it was published: one text (in the original language) or one per language.
    #[serde(default)]
    pub source: Option<Texts>,
    /// Where it was given: one text or one per language.
    #[serde(default)]
    pub place: Option<Texts>,
    /// Subjects an archive browses by.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Who may use it and how: one text or one per language.
    #[serde(default)]
    pub rights: Option<Texts>,
    /// The interview's text files by language, where they are not named `<language>.txt`
    /// (the original's and each translation's, e.g. `{"kk": "interview.txt"}`).
    #[serde(default)]
    pub files: Localized<String>,
}

/// A `meta.json` that cannot be read, with the line serde points at.
#[derive(Debug, PartialEq, Eq)]
pub struct MetadataError {
    /// The 1-based line serde points at.
    pub line: usize,
    /// serde's message.
    pub message: String,
}

impl std::fmt::Display for MetadataError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "bad metadata: {}", self.message)
    }
}

impl std::error::Error for MetadataError {}

impl Metadata {
    /// Reads `meta.json`; unknown fields are an error, so a typo is not silently ignored.
    pub fn from_json(text: &str) -> Result<Self, MetadataError> {
        serde_json::from_str(text).map_err(|e| MetadataError {
            line: e.line().max(1),
            message: e.to_string(),
        })
    }

    /// The interview: the transcript's text in the original language, with this metadata.
    pub fn into_interview(self, transcript: Transcript) -> Interview {
        let original = self.original.unwrap_or_else(|| DEFAULT_LANGUAGE.to_owned());
        let in_original = |value| Localized::from([(original.clone(), value)]);
        let lead = if transcript.lead.is_empty() {
            Localized::new()
        } else {
            in_original(transcript.lead)
        };
        let turns = transcript
            .turns
            .into_iter()
            .map(|turn| Turn {
                id: turn.id,
                speaker: turn.speaker,
                paragraphs: in_original(turn.paragraphs),
            })
            .collect();
        let texts = |texts: Option<Texts>| texts.map(|t| t.in_languages(&original));
        Interview {
            schema: SCHEMA_VERSION,
            date: transcript.date,
            source: texts(self.source).unwrap_or_default(),
            place: texts(self.place).unwrap_or_default(),
            rights: texts(self.rights).unwrap_or_default(),
            tags: self.tags,
            title: self.title,
            interviewee: self.interviewee,
            interviewer: self.interviewer,
            lead,
            turns,
            original,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::input::parser::parse_text;

    #[test]
    fn a_text_without_metadata_is_kazakh_and_untitled() {
        let interview = Metadata::default().into_interview(parse_text("- Q\n- A").unwrap());
        assert_eq!(interview.original, "kk");
        assert_eq!(interview.original_title(), None);
        assert_eq!(interview.turns[1].paragraphs_in("kk"), ["A"]);
    }

    #[test]
    fn a_source_is_one_text_or_texts_by_language_and_nothing_else() {
        let interview = |meta: &str| {
            Metadata::from_json(meta)
                .unwrap()
                .into_interview(parse_text("- Q\n- A").unwrap())
        };
        assert_eq!(interview(r#"{"source": "ТАСС"}"#).source["kk"], "ТАСС");
        let both = interview(r#"{"source": {"kk": "Қ", "en": "E"}}"#);
        assert_eq!(
            (both.source["kk"].as_str(), both.source["en"].as_str()),
            ("Қ", "E")
        );
        let err = Metadata::from_json(r#"{"source": 5}"#).unwrap_err();
        assert!(
            err.message
                .contains("a text, or an object of texts by language"),
            "{err}"
        );
    }

    #[test]
    fn unknown_metadata_fields_are_reported_with_their_line() {
        let err = Metadata::from_json("{\n  \"titel\": {}\n}").unwrap_err();
        assert_eq!(err.line, 2);
        assert!(err.message.contains("titel"), "{}", err.message);
    }
}
