//! Properties of the text parser over inputs nobody wrote by hand.

#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use suhbat::domain::input::parser::{ParseError, parse_bytes, parse_text};
use suhbat::domain::model::Speaker;

/// A paragraph as a writer would type it: words, never starting with a dash, never blank.
fn paragraph() -> impl Strategy<Value = String> {
    "[A-Za-zА-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі0-9,.!?«»() –-]{0,40}"
        .prop_map(|s| format!("Сөз {}", s.trim()).trim().to_owned())
}

fn turns() -> impl Strategy<Value = Vec<Vec<String>>> {
    prop::collection::vec(prop::collection::vec(paragraph(), 1..4), 1..12)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_bytes_never_panic_and_an_error_points_inside_the_file(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let breaks = bytes.iter().filter(|&&b| b == b'\n' || b == b'\r').count();
        match parse_bytes(&bytes) {
            Ok(transcript) => prop_assert!(!transcript.turns.is_empty()),
            Err(error) => {
                prop_assert!((1..=breaks + 1).contains(&error.line()), "{error:?}");
                prop_assert!(!error.to_string().is_empty());
                match error {
                    ParseError::Binary { offset, .. } => prop_assert_eq!(bytes[offset], 0),
                    ParseError::NotUtf8 { offset, .. } => prop_assert!(offset < bytes.len()),
                    _ => {}
                }
            }
        }
    }

    #[test]
    fn any_text_gives_turns_that_alternate_and_hold_no_blank_paragraph(text in "(( date )?[- –—−\\na-zә0-9\\r\\t]{0,12}){0,20}") {
        if let Ok(transcript) = parse_text(&text) {
            let mut expected = Speaker::Interviewer;
            for turn in &transcript.turns {
                prop_assert_eq!(turn.speaker, expected);
                expected = expected.next();
                prop_assert!(!turn.paragraphs.is_empty());
                prop_assert!(turn.paragraphs.iter().all(|p| !p.trim().is_empty() && p.trim() == p));
            }
        }
    }

    #[test]
    fn written_out_turns_parse_back_to_the_same_paragraphs(
        lead in prop::collection::vec(paragraph(), 0..3),
        turns in turns(),
        dash in prop::sample::select(vec!["- ", "-", "– ", "— ", "−"]),
        crlf in any::<bool>(),
    ) {
        let newline = if crlf { "\r\n" } else { "\n" };
        let mut text = format!(" date 2025-12-13 {}", lead.join(newline));
        for turn in &turns {
            text.push_str(newline);
            text.push_str(dash);
            text.push_str(&turn.join(newline));
        }
        let parsed = parse_text(&text).unwrap();
        prop_assert_eq!(parsed.lead, lead);
        let parsed_turns: Vec<Vec<String>> = parsed.turns.into_iter().map(|t| t.paragraphs).collect();
        prop_assert_eq!(parsed_turns, turns);
    }
}

#[test]
fn a_lone_bom_is_an_empty_file() {
    assert_eq!(parse_bytes(b"\xef\xbb\xbf"), Err(ParseError::Empty));
}
