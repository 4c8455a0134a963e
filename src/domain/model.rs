//! The interview as the viewer holds it, and its versioned JSON form.
//!
//! Every piece of text is keyed by language (`Localized`) so that translations sit beside the
//! original without a second document; `original` says which language the interview was given in.
//! Turn ids (`q1`, `a1`, …) are derived from the order of the exchange, so they are stable for a
//! given text and usable as URL anchors.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

/// The JSON schema version this build reads and writes.
pub const SCHEMA_VERSION: u32 = 1;

/// A BCP 47 language tag such as `kk`, `en` or `ru`.
pub type Lang = String;

/// One value per language.
pub type Localized<T> = BTreeMap<Lang, T>;

/// An interview: what it is (title, interviewee, date, source), its lead and its turns, each
/// text in the original language and in every translation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Interview {
    /// The JSON schema's version (`SCHEMA_VERSION`).
    pub schema: u32,
    /// The language the interview was given in; every `Localized` value has it.
    pub original: Lang,
    /// When the interview was given or published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<IsoDate>,
    /// Where it was published, per language (older files give one string: the original's).
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "texts_or_plain_text"
    )]
    pub source: Localized<String>,
    /// Its title, per language.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub title: Localized<String>,
    /// Who was interviewed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interviewee: Option<Person>,
    /// Who asked the questions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interviewer: Option<Person>,
    /// Where it was given, per language.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub place: Localized<String>,
    /// Subjects an archive browses by, as the archive names them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Who may use it and how, per language.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub rights: Localized<String>,
    /// Paragraphs of the introduction that precedes the first question (may be empty).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub lead: Localized<Vec<String>>,
    /// The questions and answers, in order.
    pub turns: Vec<Turn>,
}

/// A text given once for the original language or per language, as `meta.json` may write it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Texts {
    /// One text, in the interview's original language.
    Plain(String),
    /// One text per language.
    PerLanguage(Localized<String>),
}

impl Texts {
    /// The texts keyed by language, a plain one under `original`.
    pub fn in_languages(self, original: &str) -> Localized<String> {
        match self {
            Texts::Plain(text) => Localized::from([(original.to_owned(), text)]),
            Texts::PerLanguage(texts) => texts,
        }
    }
}

// By hand rather than `#[serde(untagged)]`, whose buffering of any value costs the page's
// WASM several kilobytes for a choice between a string and a map.
impl<'de> Deserialize<'de> for Texts {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextsVisitor;

        impl<'de> serde::de::Visitor<'de> for TextsVisitor {
            type Value = Texts;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a text, or an object of texts by language")
            }

            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Texts, E> {
                Ok(Texts::Plain(text.to_owned()))
            }

            fn visit_map<M: serde::de::MapAccess<'de>>(self, map: M) -> Result<Texts, M::Error> {
                let texts =
                    Deserialize::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
                Ok(Texts::PerLanguage(texts))
            }
        }

        deserializer.deserialize_any(TextsVisitor)
    }
}

/// Where a plain text read from JSON waits until the original language is known.
const PLAIN_TEXT_KEY: &str = "";

fn texts_or_plain_text<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Localized<String>, D::Error> {
    Ok(Texts::deserialize(deserializer)?.in_languages(PLAIN_TEXT_KEY))
}

/// A person, named per language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    /// Their name.
    pub name: Localized<String>,
    /// Their role or office.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub role: Localized<String>,
}

/// One question or answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Turn {
    /// Its id, the anchor of its deep link (`q1`, `a1`, …).
    pub id: String,
    /// Who speaks.
    pub speaker: Speaker,
    /// Its paragraphs, per language.
    pub paragraphs: Localized<Vec<String>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
/// Who speaks a turn.
pub enum Speaker {
    /// The one who asks.
    Interviewer,
    /// The one who answers.
    Interviewee,
}

impl Speaker {
    /// The speaker of the turn after this one: the two alternate.
    pub fn next(self) -> Self {
        match self {
            Speaker::Interviewer => Speaker::Interviewee,
            Speaker::Interviewee => Speaker::Interviewer,
        }
    }

    /// The value of the `data-speaker` hook and of the JSON `speaker` field.
    pub fn as_str(self) -> &'static str {
        match self {
            Speaker::Interviewer => "interviewer",
            Speaker::Interviewee => "interviewee",
        }
    }
}

/// Turn ids number the exchanges: the n-th question is `qn` and its answer `an`.
pub fn turn_id(speaker: Speaker, exchange: usize) -> String {
    match speaker {
        Speaker::Interviewer => format!("q{exchange}"),
        Speaker::Interviewee => format!("a{exchange}"),
    }
}

/// A calendar date, written `YYYY-MM-DD` in text and JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
#[allow(missing_docs)]
pub struct IsoDate {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl IsoDate {
    /// Parses exactly `YYYY-MM-DD` and checks that the day exists in that month.
    pub fn parse(text: &str) -> Option<Self> {
        let bytes = text.as_bytes();
        let well_formed = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !well_formed {
            return None;
        }
        let year: u16 = text[0..4].parse().ok()?;
        let month: u8 = text[5..7].parse().ok()?;
        let day: u8 = text[8..10].parse().ok()?;
        let date = IsoDate { year, month, day };
        (year > 0 && (1..=12).contains(&month) && day >= 1 && day <= date.days_in_month())
            .then_some(date)
    }

    fn days_in_month(self) -> u8 {
        match self.month {
            2 if self.is_leap_year() => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        }
    }

    fn is_leap_year(self) -> bool {
        let y = self.year;
        (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400)
    }
}

impl fmt::Display for IsoDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for IsoDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for IsoDate {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        IsoDate::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("`{text}` is not a date of the form YYYY-MM-DD"))
        })
    }
}

/// Why a JSON document is not an interview this build can show.
#[derive(Debug, PartialEq, Eq)]
pub enum JsonError {
    /// The document is not JSON, or not shaped like an interview (serde's message, with line).
    Invalid(String),
    /// The document is an interview of another schema version.
    UnsupportedSchema(u64),
    /// The document parses but breaks a rule the viewer relies on.
    Inconsistent(String),
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JsonError::Invalid(message) => write!(f, "not an interview JSON file: {message}"),
            JsonError::UnsupportedSchema(found) => write!(
                f,
                "interview JSON has schema {found}, this viewer reads schema {SCHEMA_VERSION}"
            ),
            JsonError::Inconsistent(message) => write!(f, "inconsistent interview JSON: {message}"),
        }
    }
}

impl std::error::Error for JsonError {}

impl Interview {
    /// Reads an interview from its JSON form, checking the schema version first so that a file
    /// from a newer version gets a clear message rather than a field error.
    pub fn from_json(text: &str) -> Result<Self, JsonError> {
        #[derive(Deserialize)]
        struct Version {
            schema: Option<serde_json::Value>,
        }
        let version: Version =
            serde_json::from_str(text).map_err(|e| JsonError::Invalid(e.to_string()))?;
        match version.schema {
            Some(serde_json::Value::Number(n)) if n.as_u64() == Some(u64::from(SCHEMA_VERSION)) => {
            }
            Some(serde_json::Value::Number(n)) => {
                return Err(JsonError::UnsupportedSchema(n.as_u64().unwrap_or(0)));
            }
            _ => return Err(JsonError::Invalid("missing numeric `schema` field".into())),
        }
        let mut interview: Interview =
            serde_json::from_str(text).map_err(|e| JsonError::Invalid(e.to_string()))?;
        if let Some(source) = interview.source.remove(PLAIN_TEXT_KEY) {
            interview.source.insert(interview.original.clone(), source);
        }
        interview.check()?;
        Ok(interview)
    }

    /// The JSON form, pretty-printed with a final newline, as committed under `assets/`.
    pub fn to_json(&self) -> String {
        let mut json = serde_json::to_string_pretty(self).expect("an interview always serialises");
        json.push('\n');
        json
    }

    fn check(&self) -> Result<(), JsonError> {
        if self.turns.is_empty() {
            return Err(JsonError::Inconsistent("it has no turns".into()));
        }
        let mut seen = std::collections::HashSet::new();
        for turn in &self.turns {
            if !seen.insert(turn.id.as_str()) {
                return Err(JsonError::Inconsistent(format!(
                    "turn id `{}` occurs twice",
                    turn.id
                )));
            }
            if !turn.paragraphs.contains_key(&self.original) {
                return Err(JsonError::Inconsistent(format!(
                    "turn `{}` has no text in the original language `{}`",
                    turn.id, self.original
                )));
            }
        }
        Ok(())
    }

    /// The title in the original language, if the interview has one.
    pub fn original_title(&self) -> Option<&str> {
        self.title.get(&self.original).map(String::as_str)
    }

    /// `texts` in `lang`, or in the original where it has no `lang` version.
    pub fn in_language<'a>(&self, texts: &'a Localized<String>, lang: &str) -> Option<&'a str> {
        texts
            .get(lang)
            .or_else(|| texts.get(&self.original))
            .map(String::as_str)
    }

    /// The lead paragraphs in the original language.
    pub fn original_lead(&self) -> &[String] {
        self.lead.get(&self.original).map_or(&[], Vec::as_slice)
    }
}

impl Turn {
    /// The paragraphs in `lang`, or none if the turn lacks that language.
    pub fn paragraphs_in(&self, lang: &str) -> &[String] {
        self.paragraphs.get(lang).map_or(&[], Vec::as_slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_checked_against_the_calendar() {
        assert_eq!(
            IsoDate::parse("2025-12-13"),
            Some(IsoDate {
                year: 2025,
                month: 12,
                day: 13
            })
        );
        assert!(IsoDate::parse("2024-02-29").is_some());
        for bad in [
            "2025-02-29",
            "2025-13-01",
            "2025-00-10",
            "2025-04-31",
            "0000-01-01",
            "2025-1-13",
            "2025/12/13",
            "２０２５-12-13",
            "+025-12-13",
            "",
        ] {
            assert_eq!(IsoDate::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn turn_ids_number_the_exchanges() {
        assert_eq!(turn_id(Speaker::Interviewer, 3), "q3");
        assert_eq!(turn_id(Speaker::Interviewee, 3), "a3");
    }

    #[test]
    fn json_of_another_schema_version_is_refused_by_name() {
        let err = Interview::from_json(r#"{"schema": 2, "original": "kk", "turns": []}"#);
        assert_eq!(err, Err(JsonError::UnsupportedSchema(2)));
        let err = Interview::from_json(r#"{"original": "kk"}"#).unwrap_err();
        assert!(matches!(err, JsonError::Invalid(_)));
        let err = Interview::from_json("<html>").unwrap_err();
        assert!(matches!(err, JsonError::Invalid(_)));
    }

    #[test]
    fn a_source_given_as_one_string_is_the_originals() {
        let json = r#"{"schema": 1, "original": "ru", "source": "ТАСС",
            "turns": [{"id": "q1", "speaker": "interviewer", "paragraphs": {"ru": ["a"]}}]}"#;
        let interview = Interview::from_json(json).unwrap();
        assert_eq!(
            interview.source,
            Localized::from([("ru".into(), "ТАСС".into())])
        );
    }

    #[test]
    fn json_with_duplicate_turn_ids_is_refused() {
        let json = r#"{"schema": 1, "original": "kk", "turns": [
            {"id": "q1", "speaker": "interviewer", "paragraphs": {"kk": ["a"]}},
            {"id": "q1", "speaker": "interviewee", "paragraphs": {"kk": ["b"]}}]}"#;
        let err = Interview::from_json(json).unwrap_err();
        assert!(err.to_string().contains("`q1` occurs twice"), "{err}");
    }
}
