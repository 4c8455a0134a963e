//! Interviews read from disk: one interview folder (its original text, translations named by
//! language or in `meta.json`, and `meta.json`), and an archive, a folder of interview folders
//! whose names are their slugs. Every problem is an error naming the file (and line); nothing
//! in a folder is skipped silently.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use crate::domain::input::metadata::{DEFAULT_LANGUAGE, METADATA_FILE_NAME, Metadata};
use crate::domain::input::parser::{Transcript, parse_bytes};
use crate::domain::language::language_of_file_name;
use crate::domain::model::{Interview, Lang};

/// The JSON `suhbat parse` writes beside the text; generated, so not an input.
pub const GENERATED_JSON: &str = "interview.json";

/// A problem with a file on disk, printed as `FILE:LINE: problem` (or `FILE: problem`).
#[derive(Debug, PartialEq, Eq)]
pub struct FileError {
    /// The file (or folder) at fault.
    pub file: PathBuf,
    /// The 1-based line, where the problem has one.
    pub line: Option<usize>,
    /// What is wrong, and what to do.
    pub problem: String,
}

impl FileError {
    fn new(file: &Path, problem: impl Into<String>) -> Self {
        FileError {
            file: file.to_owned(),
            line: None,
            problem: problem.into(),
        }
    }

    fn at_line(file: &Path, line: usize, problem: impl Into<String>) -> Self {
        FileError {
            line: Some(line),
            ..FileError::new(file, problem)
        }
    }
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.file.display(), self.problem),
            None => write!(f, "{}: {}", self.file.display(), self.problem),
        }
    }
}

impl std::error::Error for FileError {}

/// The bytes of `path`.
pub fn read(path: &Path) -> Result<Vec<u8>, FileError> {
    std::fs::read(path).map_err(|e| FileError::new(path, format!("cannot read: {e}")))
}

/// The interview text in `file`.
pub fn read_transcript(file: &Path) -> Result<Transcript, FileError> {
    parse_bytes(&read(file)?).map_err(|e| FileError::at_line(file, e.line(), e.to_string()))
}

/// The metadata in `file`.
pub fn read_metadata(file: &Path) -> Result<Metadata, FileError> {
    let text = String::from_utf8_lossy(&read(file)?).into_owned();
    Metadata::from_json(&text).map_err(|e| FileError::at_line(file, e.line, e.to_string()))
}

/// The language a file's name gives (`en.txt` → `en`), if it names one.
pub fn language_of_path(file: &Path) -> Option<&str> {
    file.file_name()?.to_str().and_then(language_of_file_name)
}

/// `translation` (its language from its name) joined to `interview`.
pub fn add_translation_file(
    interview: &mut Interview,
    translation: &Path,
) -> Result<(), FileError> {
    let lang = language_of_path(translation).ok_or_else(|| {
        FileError::new(
            translation,
            "name a translation by its language, e.g. en.txt or ru.txt",
        )
    })?;
    add_translation_in(interview, lang, translation)
}

fn add_translation_in(interview: &mut Interview, lang: &str, file: &Path) -> Result<(), FileError> {
    interview
        .add_translation(lang, read_transcript(file)?)
        .map_err(|e| FileError::at_line(file, e.line, e.to_string()))
}

/// The interview in `folder`: its texts by language (`kk.txt`, or as `meta.json`'s `files`
/// names them), the original being `meta.json`'s `original`, else the only text, else Kazakh.
pub fn read_interview_folder(folder: &Path) -> Result<Interview, FileError> {
    let meta_path = folder.join(METADATA_FILE_NAME);
    let metadata = if meta_path.is_file() {
        read_metadata(&meta_path)?
    } else {
        Metadata::default()
    };
    let texts = texts_by_language(folder, &metadata, &meta_path)?;
    let original = match (&metadata.original, texts.keys().next()) {
        (Some(original), _) => original.clone(),
        (None, Some(only)) if texts.len() == 1 => only.clone(),
        (None, _) => DEFAULT_LANGUAGE.to_owned(),
    };
    let Some(original_file) = texts.get(&original) else {
        let found: Vec<String> = texts.values().map(|p| file_name(p)).collect();
        return Err(FileError::new(
            folder,
            if found.is_empty() {
                "no interview text: an interview folder holds its text named by its language \
                 (e.g. kk.txt)"
                    .to_owned()
            } else {
                format!(
                    "translations ({}) without the original: no text in `{original}`, the \
                     original language{}",
                    found.join(", "),
                    if metadata.original.is_some() {
                        " meta.json names"
                    } else {
                        " when meta.json names none"
                    }
                )
            },
        ));
    };
    let mut metadata = metadata;
    metadata.original = Some(original.clone());
    let mut interview = metadata.into_interview(read_transcript(original_file)?);
    for (lang, file) in texts.iter().filter(|(lang, _)| **lang != original) {
        add_translation_in(&mut interview, lang, file)?;
    }
    Ok(interview)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
}

/// The folder's text files by language; a file that is neither a text named by language (or in
/// `meta.json`), nor `meta.json`, nor the generated JSON, is an error.
fn texts_by_language(
    folder: &Path,
    metadata: &Metadata,
    meta_path: &Path,
) -> Result<BTreeMap<Lang, PathBuf>, FileError> {
    let mut texts = BTreeMap::new();
    for (lang, name) in &metadata.files {
        let path = folder.join(name);
        if name.contains(['/', '\\']) || !path.is_file() {
            let line = line_naming(meta_path, name);
            return Err(FileError::at_line(
                meta_path,
                line,
                format!("`files` names `{name}` for `{lang}`, which is not a file in this folder"),
            ));
        }
        texts.insert(lang.clone(), path);
    }
    for path in folder_entries(folder)? {
        let name = file_name(&path);
        let named_in_meta = metadata.files.values().any(|n| *n == name);
        if named_in_meta || name == METADATA_FILE_NAME || name == GENERATED_JSON {
            continue;
        }
        let lang = path
            .extension()
            .is_some_and(|e| e == "txt")
            .then(|| language_of_path(&path))
            .flatten();
        let Some(lang) = lang else {
            return Err(FileError::new(
                &path,
                "not part of an interview: name its text and translations by language (kk.txt, \
                 en.txt) or in meta.json's `files`, and keep other files elsewhere",
            ));
        };
        if let Some(other) = texts.insert(lang.to_owned(), path.clone()) {
            return Err(FileError::new(
                &path,
                format!("a second `{lang}` text beside {}", file_name(&other)),
            ));
        }
    }
    Ok(texts)
}

/// The line of `file` that names `needle`, for an error about it (1 if none does).
fn line_naming(file: &Path, needle: &str) -> usize {
    let text = std::fs::read_to_string(file).unwrap_or_default();
    let quoted = format!("\"{needle}\"");
    text.lines()
        .position(|l| l.contains(&quoted))
        .map_or(1, |i| i + 1)
}

/// The entries of `folder` (files and folders) but hidden ones, sorted by name.
pub fn folder_entries(folder: &Path) -> Result<Vec<PathBuf>, FileError> {
    let entries = std::fs::read_dir(folder)
        .map_err(|e| FileError::new(folder, format!("cannot read the folder: {e}")))?;
    let mut paths: Vec<PathBuf> = entries
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| !file_name(path).starts_with('.'))
        .collect();
    paths.sort();
    Ok(paths)
}

/// An interview of an archive, with its slug: its folder's name and its address.
#[derive(Clone, Debug, PartialEq)]
pub struct Archived {
    /// The folder's name, lowercased: the page is at `<slug>/`.
    pub slug: String,
    /// The interview.
    pub interview: Interview,
}

/// Every interview folder in `root`, sorted by slug.
pub fn read_archive(root: &Path) -> Result<Vec<Archived>, FileError> {
    let mut archive: Vec<Archived> = Vec::new();
    for folder in folder_entries(root)? {
        if !folder.is_dir() {
            return Err(FileError::new(
                &folder,
                "not an interview folder: an archive holds one folder per interview",
            ));
        }
        let slug = slug_of(&folder)?;
        if let Some(twin) = archive.iter().find(|a| a.slug == slug) {
            return Err(FileError::new(
                &folder,
                format!(
                    "two interviews with the slug `{slug}` (this folder and `{}`): the folder \
                     name is the address, rename one",
                    twin.slug
                ),
            ));
        }
        let interview = read_interview_folder(&folder)?;
        archive.push(Archived { slug, interview });
    }
    if archive.is_empty() {
        return Err(FileError::new(
            root,
            "no interview folders here: an archive holds one folder per interview",
        ));
    }
    Ok(archive)
}

/// The slug of an interview folder: its name, lowercased (addresses are case-sensitive on some
/// hosts and not on others, so two names differing in case would collide).
fn slug_of(folder: &Path) -> Result<String, FileError> {
    let name = folder.file_name().and_then(|n| n.to_str()).unwrap_or("");
    // The site's own files sit beside the interviews' folders: a folder must not take a name
    // of theirs (`index.html`, `suhbat.html`, the scripts).
    let like_a_site_file = [".html", ".js", ".css", ".wasm", ".svg", ".json"]
        .iter()
        .any(|extension| name.to_lowercase().ends_with(extension));
    let fits = !name.is_empty()
        && !name.starts_with(['_', '-'])
        && !like_a_site_file
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if !fits {
        return Err(FileError::new(
            folder,
            "an interview folder's name is its address: use letters, digits, `-`, `_` and `.`, \
             not starting with `_` or `-`, nor ending like a file of the site (`.html`, `.js`…)",
        ));
    }
    Ok(name.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fresh folder under the system's temporary folder holding `files`.
    fn folder(name: &str, files: &[(&str, &str)]) -> PathBuf {
        let root =
            std::env::temp_dir().join(format!("suhbat-folders-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        for (path, text) in files {
            let path = root.join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        std::fs::create_dir_all(&root).unwrap();
        root
    }

    const KK: &str = "Кіріспе.\n- Сұрақ?\n- Жауап.";
    const EN: &str = "Lead.\n- Question?\n- Answer.";

    #[test]
    fn a_folder_joins_its_original_and_translations() {
        let root = folder("joined", &[("kk.txt", KK), ("en.txt", EN)]);
        let interview = read_interview_folder(&root).unwrap();
        assert_eq!(interview.original, "kk");
        assert_eq!(interview.turns[1].paragraphs_in("en"), ["Answer."]);
    }

    #[test]
    fn files_named_in_meta_json_are_read_and_a_missing_one_is_named() {
        let meta = "{\n  \"original\": \"ru\",\n  \"files\": {\"ru\": \"text.txt\", \"en\": \"english.txt\"}\n}";
        let root = folder(
            "named",
            &[
                ("meta.json", meta),
                ("text.txt", "Вводка.\n- Вопрос?\n- Ответ."),
            ],
        );
        let err = read_interview_folder(&root).unwrap_err();
        assert_eq!(err.line, Some(3));
        assert!(err.problem.contains("`english.txt`"), "{err}");
        std::fs::write(root.join("english.txt"), EN).unwrap();
        let interview = read_interview_folder(&root).unwrap();
        assert_eq!(interview.original, "ru");
        assert_eq!(interview.turns[0].paragraphs_in("en"), ["Question?"]);
    }

    #[test]
    fn a_translation_without_its_original_is_an_error() {
        let root = folder(
            "orphan",
            &[("en.txt", EN), ("ru.txt", "- Вопрос?\n- Ответ.")],
        );
        let err = read_interview_folder(&root).unwrap_err();
        assert!(err.to_string().contains("without the original"), "{err}");
        assert!(err.problem.contains("en.txt, ru.txt"), "{err}");
    }

    #[test]
    fn an_unknown_file_is_named_not_skipped() {
        let root = folder("stray", &[("kk.txt", KK), ("notes.txt", "x")]);
        let err = read_interview_folder(&root).unwrap_err();
        assert!(err.file.ends_with("notes.txt"), "{err}");
    }

    #[test]
    fn a_bad_text_is_reported_with_its_file_and_line() {
        let root = folder(
            "bad",
            &[
                ("kk.txt", KK),
                ("en.txt", "- Question?\n- Answer.\n- Extra."),
            ],
        );
        let err = read_interview_folder(&root).unwrap_err();
        assert!(err.file.ends_with("en.txt") && err.line.is_some(), "{err}");
    }

    #[test]
    fn an_archive_reads_every_folder_and_refuses_slugs_that_collide() {
        let root = folder(
            "archive",
            &[
                ("b-two/kk.txt", KK),
                ("a-one/kk.txt", KK),
                ("a-one/en.txt", EN),
            ],
        );
        let archive = read_archive(&root).unwrap();
        let slugs: Vec<&str> = archive.iter().map(|a| a.slug.as_str()).collect();
        assert_eq!(slugs, ["a-one", "b-two"]);
        std::fs::create_dir_all(root.join("B-Two")).unwrap();
        std::fs::write(root.join("B-Two/kk.txt"), KK).unwrap();
        let err = read_archive(&root).unwrap_err();
        assert!(
            err.problem.contains("two interviews with the slug `b-two`"),
            "{err}"
        );
    }

    #[test]
    fn an_archive_refuses_loose_files_and_unfit_names() {
        let root = folder("loose", &[("a/kk.txt", KK), ("readme.txt", "x")]);
        assert!(
            read_archive(&root)
                .unwrap_err()
                .file
                .ends_with("readme.txt")
        );
        for unfit in ["a b", "_index", "index.html"] {
            let root = folder("unfit", &[(&format!("{unfit}/kk.txt"), KK)]);
            let err = read_archive(&root).unwrap_err();
            assert!(err.problem.contains("address"), "{unfit}: {err}");
        }
    }
}
