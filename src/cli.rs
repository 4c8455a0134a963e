//! The suhbat command line: turns interview text into the JSON the viewer embeds, pre-renders
//! the built page, and serves a built site on 127.0.0.1. Native only.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::build::folders::{
    FileError, add_translation_file, language_of_path, read, read_metadata, read_transcript,
};
use crate::build::generate::generate_archive;
use crate::build::serve::{ServeOptions, StaticServer};
use crate::build::single_file::{SINGLE_FILE_NAME, single_file};
use crate::build::site::{ARCHIVE_APP_VARIABLE, SINGLE_FILE_LIMIT_BYTES, Source, build_site};
use crate::builtin::builtin_interview;
use crate::domain::input::metadata::{METADATA_FILE_NAME, Metadata};
use crate::domain::model::Interview;
use crate::domain::sample::repeated;

const USAGE: &str = "\
usage:
  suhbat parse FILE [TRANSLATION...] [--meta META.json]
                                         print the interview in FILE as JSON, with its
                                         translations (files named by language, e.g. en.txt;
                                         by default those beside FILE) and metadata (META.json,
                                         else meta.json beside FILE)
  suhbat serve DIR [--port N] [--mount /path/]
                                         serve the built site in DIR on 127.0.0.1
  suhbat repeat JSON --turns N            print the interview in JSON made N turns long,
                                         by repeating its turns (for benchmarks)
  suhbat site DIR                        make the Trunk build in DIR the site: the interviews
                                         of $SUHBAT_INTERVIEWS (default assets/interviews), one
                                         page each and, for several, a home and search index;
                                         or the one of $SUHBAT_INTERVIEW_JSON (post-build step);
                                         an archive's home app is the Trunk build of
                                         archive.html in $SUHBAT_ARCHIVE_APP
  suhbat source-kind                     print `archive` if `site` would build an archive (a
                                         home, which needs archive.html's app), else `interview`
  suhbat generate DIR --interviews N     write an archive of N interviews into DIR, made from
                                         the shipped one (for benchmarks; deterministic)
  suhbat single-file DIR [--out FILE]    make the site built in DIR one self-contained HTML
                                         file that works from disk (default DIR/suhbat.html)";

/// A failure to report: one line on stderr, then exit status 1.
struct Failure(String);

impl From<FileError> for Failure {
    fn from(error: FileError) -> Self {
        Failure(error.to_string())
    }
}

/// Runs the command line given without the program name; returns the process's exit status.
pub fn run(args: &[String]) -> ExitCode {
    let result = match args.first().map(String::as_str) {
        Some("parse") => parse_command(&args[1..]),
        Some("serve") => serve_command(&args[1..]),
        Some("site") => site_command(&args[1..]),
        Some("source-kind") => {
            println!(
                "{}",
                if Source::from_env().is_archive() {
                    "archive"
                } else {
                    "interview"
                }
            );
            Ok(())
        }
        Some("generate") => generate_command(&args[1..]),
        Some("repeat") => repeat_command(&args[1..]),
        Some("single-file") => single_file_command(&args[1..]),
        Some("-h" | "--help") => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure(message)) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

/// Splits `FILE... [--flag value]...` into the positional arguments and the flags' values.
fn positionals_and_flags<'a>(
    args: &'a [String],
    flags: &[&str],
) -> Result<(Vec<&'a str>, Vec<Option<&'a str>>), Failure> {
    let mut positionals = Vec::new();
    let mut values = vec![None; flags.len()];
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        if let Some(index) = flags.iter().position(|flag| flag == arg) {
            let value = rest
                .next()
                .ok_or_else(|| Failure(format!("{arg} needs a value\n{USAGE}")))?;
            values[index] = Some(value.as_str());
        } else if !arg.starts_with("--") {
            positionals.push(arg.as_str());
        } else {
            return Err(Failure(format!("unexpected argument `{arg}`\n{USAGE}")));
        }
    }
    if positionals.is_empty() {
        return Err(Failure(USAGE.to_owned()));
    }
    Ok((positionals, values))
}

/// Like `positionals_and_flags`, for commands that take exactly one positional argument.
fn positional_and_flags<'a>(
    args: &'a [String],
    flags: &[&str],
) -> Result<(&'a str, Vec<Option<&'a str>>), Failure> {
    match positionals_and_flags(args, flags)? {
        (positionals, values) if positionals.len() == 1 => Ok((positionals[0], values)),
        (positionals, _) => Err(Failure(format!(
            "unexpected argument `{}`\n{USAGE}",
            positionals[1]
        ))),
    }
}

fn parse_command(args: &[String]) -> Result<(), Failure> {
    let (files, flags) = positionals_and_flags(args, &["--meta"])?;
    let file = Path::new(files[0]);
    let transcript = read_transcript(file)?;
    let mut metadata = match flags[0].map(PathBuf::from).or_else(|| beside(file)) {
        Some(path) => read_metadata(&path)?,
        None => Metadata::default(),
    };
    if metadata.original.is_none() {
        metadata.original = language_of_path(file).map(str::to_owned);
    }
    let mut interview = metadata.into_interview(transcript);
    // Only an original named by its language (`kk.txt`) sits in an interview folder, whose
    // other language-named texts are its translations; `parse notes.txt` reads that file alone.
    let translations: Vec<PathBuf> = if files.len() > 1 {
        files[1..].iter().map(PathBuf::from).collect()
    } else if language_of_path(file).is_some() {
        translations_beside(file, &interview.original)
    } else {
        Vec::new()
    };
    for translation in &translations {
        add_translation_file(&mut interview, translation)?;
    }
    let json = interview.to_json();
    // A closed pipe (`| head`) is the reader's choice, not an error worth a message.
    let _ = std::io::stdout().lock().write_all(json.as_bytes());
    Ok(())
}

/// Translations of `file` in its folder: other `.txt` files named by a language.
fn translations_beside(file: &Path, original: &str) -> Vec<PathBuf> {
    let folder = file
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut translations: Vec<PathBuf> = entries
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| {
            path.extension().is_some_and(|e| e == "txt") && path.file_name() != file.file_name()
        })
        .filter(|path| language_of_path(path).is_some_and(|lang| lang != original))
        .collect();
    translations.sort();
    translations
}

/// The metadata file beside an interview text, if there is one.
fn beside(file: &Path) -> Option<PathBuf> {
    let candidate = file.with_file_name(METADATA_FILE_NAME);
    candidate.is_file().then_some(candidate)
}

fn serve_command(args: &[String]) -> Result<(), Failure> {
    let (dir, flags) = positional_and_flags(args, &["--port", "--mount"])?;
    let port: u16 = flags[0]
        .unwrap_or("8080")
        .parse()
        .map_err(|_| Failure(format!("--port needs a number from 0 to 65535\n{USAGE}")))?;
    let dir = Path::new(dir);
    if !dir.join("index.html").is_file() {
        return Err(Failure(format!(
            "{}: no index.html here; build the site first (./scripts/dist)",
            dir.display()
        )));
    }
    let address = std::net::SocketAddr::from(([127, 0, 0, 1], port));
    let options = ServeOptions {
        mount: flags[1].unwrap_or("/").to_owned(),
        ..ServeOptions::default()
    };
    let server = StaticServer::start(dir, address, options)
        .map_err(|e| Failure(format!("cannot listen on {address}: {e}")))?;
    println!("suhbat is served at {}  (Ctrl+C stops it)", server.url());
    loop {
        std::thread::park();
    }
}

fn site_command(args: &[String]) -> Result<(), Failure> {
    let (dir, _) = positional_and_flags(args, &[])?;
    let archive_app = std::env::var_os(ARCHIVE_APP_VARIABLE).map(std::path::PathBuf::from);
    let built =
        build_site(Path::new(dir), &Source::from_env(), archive_app.as_deref()).map_err(Failure)?;
    let single = if built.single_file {
        " and suhbat.html".to_owned()
    } else {
        format!(
            "; no suhbat.html: the archive is more than the {} MB one file should carry, serve \
             the folder instead",
            SINGLE_FILE_LIMIT_BYTES / 1_000_000
        )
    };
    eprintln!(
        "suhbat: {} interview page(s){single} in {dir}",
        built.interviews
    );
    Ok(())
}

fn generate_command(args: &[String]) -> Result<(), Failure> {
    let (dir, flags) = positional_and_flags(args, &["--interviews"])?;
    let count: usize = flags[0]
        .and_then(|n| n.parse().ok())
        .ok_or_else(|| Failure(format!("--interviews needs a number\n{USAGE}")))?;
    generate_archive(Path::new(dir), &builtin_interview(), count).map_err(Failure)
}

fn single_file_command(args: &[String]) -> Result<(), Failure> {
    let (dir, flags) = positional_and_flags(args, &["--out"])?;
    let dir = Path::new(dir);
    let out = flags[0].map_or_else(|| dir.join(SINGLE_FILE_NAME), PathBuf::from);
    let page = single_file(dir).map_err(|e| Failure(format!("{}: {e}", dir.display())))?;
    std::fs::write(&out, page).map_err(|e| Failure(format!("{}: {e}", out.display())))
}

fn repeat_command(args: &[String]) -> Result<(), Failure> {
    let (file, flags) = positional_and_flags(args, &["--turns"])?;
    let turns: usize = flags[0]
        .and_then(|n| n.parse().ok())
        .ok_or_else(|| Failure(format!("--turns needs a number\n{USAGE}")))?;
    let text = String::from_utf8_lossy(&read(Path::new(file))?).into_owned();
    let interview = Interview::from_json(&text).map_err(|e| Failure(format!("{file}: {e}")))?;
    let _ = std::io::stdout()
        .lock()
        .write_all(repeated(&interview, turns).to_json().as_bytes());
    Ok(())
}
