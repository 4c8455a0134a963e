//! Interview files a reader opens in the page: one JSON file in our schema, or an interview text
//! with its translations (files named by language, `en.txt`) and its `meta.json`, chosen or
//! dropped together. They are parsed by the same code as the CLI, in the browser, never
//! uploaded; the browser only hands over names and bytes.
//!
//! Every failure names the file and, where it can, the line, so a reader can fix the file; the
//! interview on screen stays as it was.

use std::fmt;

use crate::domain::input::metadata::{
    DEFAULT_LANGUAGE, METADATA_FILE_NAME, Metadata, MetadataError,
};
use crate::domain::input::parser::{ParseError, parse_bytes};
use crate::domain::input::translations::AlignmentError;
use crate::domain::language::language_of_file_name;
use crate::domain::model::{Interview, JsonError};

/// The most a reader may open at once, in bytes: about 4,000 turns, two hundred times the
/// shipped interview. Opening that much (parsing, then laying out every turn) takes about 1.5 s
/// on a two-core laptop; 8 MB took 6 s, long enough to look frozen, so larger files are refused
/// before they are read.
pub const MAX_OPEN_BYTES: u64 = 2 * 1024 * 1024;

/// A file as the reader chose it.
pub struct PickedFile {
    /// The file's name, without its folder.
    pub name: String,
    /// Its contents.
    pub bytes: Vec<u8>,
}

/// Why the chosen files are not an interview, and in which file and line.
#[derive(Debug, PartialEq)]
pub struct OpenError {
    /// The file at fault, when one is.
    pub file: Option<String>,
    /// What is wrong.
    pub problem: OpenProblem,
}

/// What is wrong with the chosen files.
#[derive(Debug, PartialEq)]
pub enum OpenProblem {
    /// Nothing was chosen.
    NoFiles,
    /// The files together are more than the page opens (`MAX_OPEN_BYTES`).
    TooLarge {
        /// Their size.
        bytes: u64,
    },
    /// The browser could not read the file (moved, deleted, no permission).
    Unreadable(String),
    /// A text is not in the interview format.
    Text(ParseError),
    /// A JSON file is not an interview of this schema.
    Json(JsonError),
    /// `meta.json` is not valid metadata.
    Metadata(MetadataError),
    /// A translation does not line up with the original.
    Alignment(AlignmentError),
    /// A JSON interview came with other files; it holds every language itself.
    JsonWithOthers,
    /// Several texts, and more than one could be the original.
    SeveralOriginals {
        /// The other file that could be the original.
        other: String,
    },
    /// A text beside the original whose name does not say its language.
    UnnamedTranslation,
}

impl OpenError {
    fn in_file(file: &str, problem: OpenProblem) -> Self {
        OpenError {
            file: Some(file.to_owned()),
            problem,
        }
    }

    /// The line of the file the problem is on, when it is on one.
    pub fn line(&self) -> Option<usize> {
        match &self.problem {
            OpenProblem::Text(e) => Some(e.line()),
            OpenProblem::Metadata(e) => Some(e.line),
            OpenProblem::Alignment(e) => Some(e.line),
            _ => None,
        }
    }
}

/// `bytes` in megabytes to one decimal, in whole numbers (float formatting would cost the
/// WASM its own kilobytes).
fn megabytes(bytes: u64) -> String {
    const MEGABYTE: u64 = 1024 * 1024;
    let tenths = (bytes.saturating_mul(10) + MEGABYTE / 2) / MEGABYTE;
    format!("{}.{} MB", tenths / 10, tenths % 10)
}

impl fmt::Display for OpenProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OpenProblem::NoFiles => write!(f, "no file was chosen"),
            OpenProblem::TooLarge { bytes } => write!(
                f,
                "{} is more than this page opens ({})",
                megabytes(*bytes),
                megabytes(MAX_OPEN_BYTES)
            ),
            OpenProblem::Unreadable(reason) => write!(f, "cannot be read: {reason}"),
            OpenProblem::Text(e) => write!(f, "{e}"),
            OpenProblem::Json(e) => write!(f, "{e}"),
            OpenProblem::Metadata(e) => write!(f, "{e}"),
            OpenProblem::Alignment(e) => write!(f, "{e}"),
            OpenProblem::JsonWithOthers => write!(
                f,
                "a JSON interview holds all its languages: open it on its own"
            ),
            OpenProblem::SeveralOriginals { other } => write!(
                f,
                "this and `{other}` could both be the original; name translations by their \
                 language, e.g. en.txt"
            ),
            OpenProblem::UnnamedTranslation => write!(
                f,
                "name a translation by its language, e.g. en.txt or ru.txt"
            ),
        }
    }
}

impl fmt::Display for OpenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.file, self.line()) {
            (Some(file), Some(line)) => write!(f, "{file}:{line}: {}", self.problem),
            (Some(file), None) => write!(f, "{file}: {}", self.problem),
            (None, _) => write!(f, "{}", self.problem),
        }
    }
}

/// The chosen files' names, as the page shows them.
pub fn names_of(files: &[PickedFile]) -> String {
    let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
    names.join(", ")
}

/// Refuses, before anything is read, files too large to open together. `sizes` pairs each
/// file's name with its size in bytes.
pub fn check_sizes<'a>(sizes: impl IntoIterator<Item = (&'a str, u64)>) -> Result<(), OpenError> {
    let sizes: Vec<(&str, u64)> = sizes.into_iter().collect();
    let total: u64 = sizes.iter().map(|(_, size)| size).sum();
    match sizes.iter().max_by_key(|(_, size)| *size) {
        None => Err(OpenError {
            file: None,
            problem: OpenProblem::NoFiles,
        }),
        Some((largest, _)) if total > MAX_OPEN_BYTES => Err(OpenError::in_file(
            largest,
            OpenProblem::TooLarge { bytes: total },
        )),
        Some(_) => Ok(()),
    }
}

fn is_json(name: &str) -> bool {
    name.to_ascii_lowercase().ends_with(".json")
}

/// The interview in the files a reader chose together.
pub fn open_files(files: &[PickedFile]) -> Result<Interview, OpenError> {
    check_sizes(
        files
            .iter()
            .map(|f| (f.name.as_str(), f.bytes.len() as u64)),
    )?;
    let (metadata_files, rest): (Vec<&PickedFile>, Vec<&PickedFile>) = files
        .iter()
        .partition(|f| f.name.eq_ignore_ascii_case(METADATA_FILE_NAME));
    if let Some(json) = rest.iter().find(|f| is_json(&f.name)) {
        if files.len() > 1 {
            return Err(OpenError::in_file(&json.name, OpenProblem::JsonWithOthers));
        }
        let text = String::from_utf8_lossy(&json.bytes);
        return Interview::from_json(&text)
            .map_err(|e| OpenError::in_file(&json.name, OpenProblem::Json(e)));
    }
    let metadata = match metadata_files.first() {
        Some(file) => Metadata::from_json(&String::from_utf8_lossy(&file.bytes))
            .map_err(|e| OpenError::in_file(&file.name, OpenProblem::Metadata(e)))?,
        None => Metadata::default(),
    };
    let Some(original) = original_of(&rest, metadata.original.as_deref())? else {
        let file = metadata_files.first().map(|f| f.name.clone());
        return Err(OpenError {
            file,
            problem: OpenProblem::NoFiles,
        });
    };
    let transcript = parse_bytes(&original.bytes)
        .map_err(|e| OpenError::in_file(&original.name, OpenProblem::Text(e)))?;
    let mut metadata = metadata;
    if metadata.original.is_none() {
        metadata.original = Some(
            language_of_file_name(&original.name)
                .unwrap_or(DEFAULT_LANGUAGE)
                .to_owned(),
        );
    }
    let mut interview = metadata.into_interview(transcript);
    let mut translations: Vec<&&PickedFile> = rest
        .iter()
        .filter(|f| !std::ptr::eq(**f, original))
        .collect();
    translations.sort_by(|a, b| a.name.cmp(&b.name));
    for translation in translations {
        let name = &translation.name;
        let lang = language_of_file_name(name)
            .ok_or_else(|| OpenError::in_file(name, OpenProblem::UnnamedTranslation))?;
        let transcript = parse_bytes(&translation.bytes)
            .map_err(|e| OpenError::in_file(name, OpenProblem::Text(e)))?;
        interview
            .add_translation(lang, transcript)
            .map_err(|e| OpenError::in_file(name, OpenProblem::Alignment(e)))?;
    }
    Ok(interview)
}

/// Which text is the original: the one whose name is not a language; else the one in the
/// language the metadata names; else the Kazakh one; else the only one.
fn original_of<'a>(
    texts: &[&'a PickedFile],
    metadata_original: Option<&str>,
) -> Result<Option<&'a PickedFile>, OpenError> {
    let unnamed: Vec<&PickedFile> = texts
        .iter()
        .copied()
        .filter(|f| language_of_file_name(&f.name).is_none())
        .collect();
    if let [first, second, ..] = unnamed.as_slice() {
        return Err(OpenError::in_file(
            &first.name,
            OpenProblem::SeveralOriginals {
                other: second.name.clone(),
            },
        ));
    }
    let in_language = |lang: &str| {
        texts
            .iter()
            .copied()
            .find(|f| language_of_file_name(&f.name) == Some(lang))
    };
    Ok(unnamed
        .first()
        .copied()
        .or_else(|| metadata_original.and_then(in_language))
        .or_else(|| in_language(DEFAULT_LANGUAGE))
        .or_else(|| texts.first().copied()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::input::translations::Misalignment;

    fn file(name: &str, text: &str) -> PickedFile {
        PickedFile {
            name: name.to_owned(),
            bytes: text.as_bytes().to_vec(),
        }
    }

    const KAZAKH: &str = " date 2025-12-13\nКіріспе.\n- Сұрақ?\n- Жауап.\n";
    const ENGLISH: &str = " date 2025-12-13\nLead.\n- Question?\n- Answer.\n";

    #[test]
    fn a_text_alone_opens_as_a_kazakh_interview() {
        let interview = open_files(&[file("сұхбат.txt", KAZAKH)]).unwrap();
        assert_eq!(interview.original, "kk");
        assert_eq!(interview.turns[1].paragraphs_in("kk"), ["Жауап."]);
    }

    #[test]
    fn translations_chosen_with_the_text_join_it_by_their_names() {
        let files = [
            file("en.txt", ENGLISH),
            file("interview.txt", KAZAKH),
            file("meta.json", r#"{"title": {"kk": "Атауы", "en": "Title"}}"#),
        ];
        let interview = open_files(&files).unwrap();
        assert_eq!(interview.languages(), ["kk", "en"]);
        assert_eq!(interview.title["en"], "Title");
        assert_eq!(interview.turns[0].paragraphs_in("en"), ["Question?"]);
    }

    #[test]
    fn among_files_all_named_by_language_the_kazakh_one_is_the_original() {
        let files = [file("en.txt", ENGLISH), file("kk.txt", KAZAKH)];
        assert_eq!(open_files(&files).unwrap().original, "kk");
        let english_original = [
            file("en.txt", ENGLISH),
            file("kk.txt", KAZAKH),
            file("meta.json", r#"{"original": "en"}"#),
        ];
        assert_eq!(open_files(&english_original).unwrap().original, "en");
    }

    #[test]
    fn a_json_interview_opens_as_it_is() {
        let json = open_files(&[file("interview.txt", KAZAKH)])
            .unwrap()
            .to_json();
        let interview = open_files(&[file("interview.json", &json)]).unwrap();
        assert_eq!(interview.turns.len(), 2);
    }

    #[test]
    fn errors_name_the_file_and_line() {
        let err = open_files(&[file("broken.txt", "- Сұрақ?\n-\n")]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "broken.txt:2: empty turn: a dash with no text after it"
        );

        let misaligned = [
            file("kk.txt", KAZAKH),
            file("ru.txt", " date 2025-12-13\nВступление.\n- Вопрос?\n"),
        ];
        let err = open_files(&misaligned).unwrap_err();
        assert_eq!(err.file.as_deref(), Some("ru.txt"));
        assert!(matches!(
            err.problem,
            OpenProblem::Alignment(AlignmentError {
                problem: Misalignment::TurnCount { .. },
                ..
            })
        ));
    }

    #[test]
    fn every_kind_of_bad_file_is_refused_by_name() {
        let refused = |files: &[PickedFile]| open_files(files).unwrap_err().problem;
        assert!(matches!(
            refused(&[PickedFile {
                name: "latin1.txt".into(),
                bytes: b"- caf\xe9".to_vec()
            }]),
            OpenProblem::Text(ParseError::NotUtf8 { .. })
        ));
        assert!(matches!(
            refused(&[file("picture.png", "\u{0}PNG")]),
            OpenProblem::Text(ParseError::Binary { .. })
        ));
        assert!(matches!(
            refused(&[file("empty.txt", " \n")]),
            OpenProblem::Text(ParseError::Empty)
        ));
        assert_eq!(
            refused(&[file("v2.json", r#"{"schema": 2}"#)]),
            OpenProblem::Json(JsonError::UnsupportedSchema(2))
        );
        assert_eq!(
            refused(&[file("a.json", "{}"), file("en.txt", ENGLISH)]),
            OpenProblem::JsonWithOthers
        );
        assert!(matches!(
            refused(&[file("first.txt", KAZAKH), file("second.txt", KAZAKH)]),
            OpenProblem::SeveralOriginals { .. }
        ));
        assert_eq!(refused(&[]), OpenProblem::NoFiles);
        assert_eq!(refused(&[file("meta.json", "{}")]), OpenProblem::NoFiles);
    }

    #[test]
    fn files_over_the_limit_are_refused_before_reading() {
        let fifty_megabytes = 50 * 1024 * 1024;
        let err = check_sizes([("big.txt", fifty_megabytes), ("en.txt", 10)]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "big.txt: 50.0 MB is more than this page opens (2.0 MB)"
        );
        assert!(check_sizes([("kk.txt", 100_000)]).is_ok());
    }
}
