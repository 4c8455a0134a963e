//! The interview text format, read into a `Transcript`.
//!
//! The format is the one newspapers publish in: an optional first line ` date YYYY-MM-DD` that
//! carries the lead paragraph after the date, then turns, each starting with a dash (`-`, `–`,
//! `—` or `−`, with or without a space after it). A non-empty line without a dash is a further
//! paragraph of the block before it (lead or turn). Speakers alternate, interviewer first.
//!
//! The parser never edits words: it only drops the dash, blank lines and surrounding spaces.
//! Every way a file can be wrong is a `ParseError` variant that knows its line, so the CLI and
//! the page can point at the exact place; no input makes it panic.

use std::fmt;

use super::decode::{DecodeError, decode, line_of_offset};
use crate::domain::model::{IsoDate, Speaker, turn_id};

/// What the text of one interview file says, before metadata is added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Transcript {
    /// The date the first line gives.
    pub date: Option<IsoDate>,
    /// The lead's paragraphs.
    pub lead: Vec<String>,
    /// The questions and answers, in order.
    pub turns: Vec<TranscriptTurn>,
}

/// One question or answer as the text gives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TranscriptTurn {
    /// Its id (`q1`, `a1`, …).
    pub id: String,
    /// Who speaks.
    pub speaker: Speaker,
    /// Its paragraphs.
    pub paragraphs: Vec<String>,
    /// The 1-based line on which the turn starts, for messages about it.
    pub line: usize,
}

/// Why a text is not an interview, and on which line. Every field `line` is 1-based.
#[derive(Clone, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum ParseError {
    /// The bytes are not UTF-8 (nor UTF-16, with or without a byte-order mark); `offset` is
    /// the first byte that is not.
    NotUtf8 { offset: usize, line: usize },
    /// A NUL byte (at `offset`): the file is binary, not text.
    Binary { offset: usize, line: usize },
    /// Nothing but whitespace.
    Empty,
    /// Text, but no line starts with a dash; `lines` is the last line with text.
    NoTurns { lines: usize },
    /// The first line names a date that is not a real `YYYY-MM-DD` date.
    BadDate { line: usize, found: String },
    /// A dash with no words after it, on its line or the lines that follow.
    EmptyTurn { line: usize },
}

impl ParseError {
    /// The 1-based line the error points at.
    pub fn line(&self) -> usize {
        match self {
            ParseError::NotUtf8 { line, .. }
            | ParseError::Binary { line, .. }
            | ParseError::BadDate { line, .. }
            | ParseError::EmptyTurn { line } => *line,
            ParseError::Empty => 1,
            ParseError::NoTurns { lines } => *lines,
        }
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::NotUtf8 { offset, .. } => write!(
                f,
                "not UTF-8 text: invalid byte at offset {offset} (save the file as UTF-8)"
            ),
            ParseError::Binary { offset, .. } => {
                write!(f, "not a text file: NUL byte at offset {offset}")
            }
            ParseError::Empty => write!(f, "the file is empty"),
            ParseError::NoTurns { .. } => write!(
                f,
                "no turns: no line starts with a dash (- – — −) to begin a question or answer"
            ),
            ParseError::BadDate { found, .. } => write!(
                f,
                "bad date `{found}`: expected a real date written YYYY-MM-DD, e.g. 2025-12-13"
            ),
            ParseError::EmptyTurn { .. } => write!(f, "empty turn: a dash with no text after it"),
        }
    }
}

impl std::error::Error for ParseError {}

const TURN_DASHES: [char; 4] = ['-', '\u{2013}', '\u{2014}', '\u{2212}'];
const DATE_KEYWORD: &str = "date";

/// Parses the bytes of an interview file.
pub fn parse_bytes(bytes: &[u8]) -> Result<Transcript, ParseError> {
    let text = decode(bytes, |text| text.contains(TURN_DASHES)).map_err(|error| match error {
        DecodeError::NotUtf8 { offset, line } => ParseError::NotUtf8 { offset, line },
        DecodeError::Binary { offset, line } => ParseError::Binary { offset, line },
    })?;
    parse_text(&text)
}

/// Parses interview text (a leading byte-order mark is allowed).
pub fn parse_text(text: &str) -> Result<Transcript, ParseError> {
    if let Some(offset) = text.find('\0') {
        return Err(ParseError::Binary {
            offset,
            line: line_of_offset(text.as_bytes(), offset),
        });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ParseError::Empty);
    }
    let mut builder = TranscriptBuilder::default();
    let mut last_text_line = 1;
    for (index, line) in lines(text).enumerate() {
        let number = index + 1;
        let line = line.trim();
        if !line.is_empty() {
            last_text_line = number;
        }
        if number == 1
            && let Some(rest) = date_line(line)
        {
            let (date, lead) = split_date(rest, number)?;
            builder.date = Some(date);
            builder.add_paragraph(lead);
            continue;
        }
        match line.strip_prefix(TURN_DASHES) {
            Some(rest) => builder.start_turn(rest.trim_start(), number)?,
            None => builder.add_paragraph(line),
        }
    }
    builder.finish(last_text_line)
}

/// Lines ended by LF, CRLF or a lone CR.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let current = rest?;
        match current.find(['\n', '\r']) {
            Some(end) => {
                let ending = if current[end..].starts_with("\r\n") {
                    2
                } else {
                    1
                };
                rest = Some(&current[end + ending..]);
                Some(&current[..end])
            }
            None => {
                rest = None;
                Some(current)
            }
        }
    })
}

/// The rest of a first line that starts with the `date` keyword.
fn date_line(line: &str) -> Option<&str> {
    let keyword = line.get(..DATE_KEYWORD.len())?;
    let rest = &line[DATE_KEYWORD.len()..];
    if !keyword.eq_ignore_ascii_case(DATE_KEYWORD) {
        return None;
    }
    (rest.is_empty() || rest.starts_with(char::is_whitespace)).then(|| rest.trim_start())
}

fn split_date(rest: &str, line: usize) -> Result<(IsoDate, &str), ParseError> {
    let (token, lead) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
    let date = IsoDate::parse(token).ok_or_else(|| ParseError::BadDate {
        line,
        found: token.to_owned(),
    })?;
    Ok((date, lead.trim_start()))
}

#[derive(Default)]
struct TranscriptBuilder {
    date: Option<IsoDate>,
    lead: Vec<String>,
    turns: Vec<TranscriptTurn>,
    exchange: usize,
}

impl TranscriptBuilder {
    fn start_turn(&mut self, first_paragraph: &str, line: usize) -> Result<(), ParseError> {
        self.check_last_turn_has_text()?;
        let speaker = self
            .turns
            .last()
            .map_or(Speaker::Interviewer, |turn| turn.speaker.next());
        if speaker == Speaker::Interviewer {
            self.exchange += 1;
        }
        self.turns.push(TranscriptTurn {
            id: turn_id(speaker, self.exchange),
            speaker,
            paragraphs: Vec::new(),
            line,
        });
        self.add_paragraph(first_paragraph);
        Ok(())
    }

    fn add_paragraph(&mut self, paragraph: &str) {
        if paragraph.is_empty() {
            return;
        }
        let block = match self.turns.last_mut() {
            Some(turn) => &mut turn.paragraphs,
            None => &mut self.lead,
        };
        block.push(paragraph.to_owned());
    }

    fn check_last_turn_has_text(&self) -> Result<(), ParseError> {
        match self.turns.last() {
            Some(turn) if turn.paragraphs.is_empty() => {
                Err(ParseError::EmptyTurn { line: turn.line })
            }
            _ => Ok(()),
        }
    }

    fn finish(self, lines: usize) -> Result<Transcript, ParseError> {
        if self.turns.is_empty() {
            return Err(ParseError::NoTurns { lines });
        }
        self.check_last_turn_has_text()?;
        Ok(Transcript {
            date: self.date,
            lead: self.lead,
            turns: self.turns,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraphs(transcript: &Transcript) -> Vec<Vec<&str>> {
        transcript
            .turns
            .iter()
            .map(|turn| turn.paragraphs.iter().map(String::as_str).collect())
            .collect()
    }

    #[test]
    fn date_line_carries_the_lead_and_turns_alternate() {
        let t = parse_text(" date 2025-12-13 Lead text.\n- Question?\n- Answer.\nMore.\n- Thanks!")
            .unwrap();
        assert_eq!(t.date.unwrap().to_string(), "2025-12-13");
        let capitalised = parse_text("Date 2025-12-13 Lead.\n- Q").unwrap();
        assert_eq!(capitalised.date, t.date);
        assert_eq!(t.lead, ["Lead text."]);
        assert_eq!(
            paragraphs(&t),
            [vec!["Question?"], vec!["Answer.", "More."], vec!["Thanks!"]]
        );
        let ids: Vec<_> = t.turns.iter().map(|t| (t.id.as_str(), t.speaker)).collect();
        assert_eq!(
            ids,
            [
                ("q1", Speaker::Interviewer),
                ("a1", Speaker::Interviewee),
                ("q2", Speaker::Interviewer)
            ]
        );
        assert_eq!(
            t.turns.iter().map(|t| t.line).collect::<Vec<_>>(),
            [2, 3, 5]
        );
    }

    #[test]
    fn every_dash_starts_a_turn_with_or_without_a_space() {
        let t = parse_text("-one\n– two\n—three\n−  four\n  - five").unwrap();
        assert_eq!(
            paragraphs(&t),
            [
                vec!["one"],
                vec!["two"],
                vec!["three"],
                vec!["four"],
                vec!["five"]
            ]
        );
    }

    #[test]
    fn a_dash_inside_a_line_does_not_start_a_turn() {
        let t = parse_text("- Бұл – бауырлас елдер.\n- Иә — солай.").unwrap();
        assert_eq!(
            paragraphs(&t),
            [vec!["Бұл – бауырлас елдер."], vec!["Иә — солай."]]
        );
    }

    #[test]
    fn bom_crlf_blank_lines_and_trailing_spaces_are_ignored() {
        let t = parse_text("\u{feff} date 2024-02-29 Lead  \r\n\r\n- Q \t\r\n\r\n- A\r\nB   \r\n")
            .unwrap();
        assert_eq!(t.lead, ["Lead"]);
        assert_eq!(paragraphs(&t), [vec!["Q"], vec!["A", "B"]]);
    }

    #[test]
    fn old_mac_line_endings_are_lines_too() {
        let t = parse_text("Lead\r- Q\r- A").unwrap();
        assert_eq!(t.lead, ["Lead"]);
        assert_eq!(paragraphs(&t), [vec!["Q"], vec!["A"]]);
    }

    #[test]
    fn the_date_line_is_optional_and_so_is_the_lead() {
        let t = parse_text("- Q\n- A").unwrap();
        assert_eq!((t.date, t.lead.len()), (None, 0));
        let t = parse_text("Lead one\nLead two\n- Q").unwrap();
        assert_eq!(t.lead, ["Lead one", "Lead two"]);
        let t = parse_text("date 2025-01-02\nLead\n- Q").unwrap();
        assert_eq!((t.date.unwrap().day, t.lead.len()), (2, 1));
    }

    #[test]
    fn a_date_that_does_not_exist_is_an_error_on_line_one() {
        assert_eq!(
            parse_text(" date 2025-02-30 Lead\n- Q"),
            Err(ParseError::BadDate {
                line: 1,
                found: "2025-02-30".into()
            })
        );
        assert_eq!(
            parse_text("date\n- Q"),
            Err(ParseError::BadDate {
                line: 1,
                found: String::new()
            })
        );
        // Only the first line can hold the date; later the word is ordinary text.
        assert!(parse_text("- Q\ndate 13 Dec").is_ok());
        // A word that merely starts with "date" is lead text.
        assert!(parse_text("dated text\n- Q").is_ok());
    }

    #[test]
    fn empty_and_turnless_files_are_errors() {
        assert_eq!(parse_text(""), Err(ParseError::Empty));
        assert_eq!(parse_text("\u{feff} \n\t\r\n"), Err(ParseError::Empty));
        assert_eq!(
            parse_text("Just a lead\nand more"),
            Err(ParseError::NoTurns { lines: 2 })
        );
    }

    #[test]
    fn a_dash_with_no_text_is_an_empty_turn_but_text_may_follow_on_the_next_line() {
        assert_eq!(
            parse_text("- Q\n-\n- Q2"),
            Err(ParseError::EmptyTurn { line: 2 })
        );
        assert_eq!(
            parse_text("- Q\n- "),
            Err(ParseError::EmptyTurn { line: 2 })
        );
        let t = parse_text("-\nQ on next line\n- A").unwrap();
        assert_eq!(paragraphs(&t), [vec!["Q on next line"], vec!["A"]]);
    }

    #[test]
    fn bytes_that_are_not_utf8_are_located() {
        let err = parse_bytes(b"- Q\n- A \xff\xfe\n").unwrap_err();
        assert_eq!(err, ParseError::NotUtf8 { offset: 8, line: 2 });
        assert_eq!(err.line(), 2);
        // Windows-1251 Cyrillic is not UTF-8.
        assert!(matches!(
            parse_bytes(b"- \xcf\xf0\xe8\xe2\xe5\xf2"),
            Err(ParseError::NotUtf8 { offset: 2, .. })
        ));
    }

    #[test]
    fn utf16_with_a_byte_order_mark_is_read() {
        for encode in [u16::to_le_bytes, u16::to_be_bytes] {
            let bom: &[u8] = if encode(1)[0] == 1 {
                &[0xFF, 0xFE]
            } else {
                &[0xFE, 0xFF]
            };
            let mut bytes = bom.to_vec();
            bytes.extend("- Сұрақ?\n- Жауап.".encode_utf16().flat_map(encode));
            let t = parse_bytes(&bytes).unwrap();
            assert_eq!(paragraphs(&t), [vec!["Сұрақ?"], vec!["Жауап."]]);
        }
        assert!(matches!(
            parse_bytes(&[0xFF, 0xFE, b'-', 0, 0x00]),
            Err(ParseError::NotUtf8 { offset: 4, .. })
        ));
    }

    #[test]
    fn utf16_without_a_byte_order_mark_is_read_and_binary_is_not() {
        for encode in [u16::to_le_bytes, u16::to_be_bytes] {
            let bytes: Vec<u8> = "- Сұрақ?\n- Жауап."
                .encode_utf16()
                .flat_map(encode)
                .collect();
            let t = parse_bytes(&bytes).unwrap();
            assert_eq!(paragraphs(&t), [vec!["Сұрақ?"], vec!["Жауап."]]);
        }
        assert!(matches!(
            parse_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Err(ParseError::Binary { offset: 8, .. })
        ));
        assert!(matches!(
            parse_bytes(b"\0PNG"),
            Err(ParseError::Binary { offset: 0, .. })
        ));
    }

    #[test]
    fn binary_files_are_refused() {
        assert_eq!(
            parse_bytes(b"- Q\n\0\0\0"),
            Err(ParseError::Binary { offset: 4, line: 2 })
        );
    }
}
