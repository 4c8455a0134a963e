//! The shipped interview: its text parses as the issue describes, and the JSON the viewer embeds
//! is exactly what the CLI makes of the text today.

#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;
use std::process::Command;

use suhbat::builtin::{INTERVIEW_DIR, INTERVIEW_JSON, builtin_interview};
use suhbat::domain::input::parser::parse_bytes;
use suhbat::domain::model::Speaker;

fn seed_text() -> Vec<u8> {
    std::fs::read(Path::new(INTERVIEW_DIR).join("kk.txt")).unwrap()
}

#[test]
fn the_seed_has_a_lead_and_nineteen_alternating_turns() {
    let transcript = parse_bytes(&seed_text()).unwrap();
    assert_eq!(transcript.date.unwrap().to_string(), "2025-12-13");
    assert_eq!(transcript.lead.len(), 1);
    assert!(transcript.lead[0].starts_with("Қазақстан Президенті Қасым-Жомарт Тоқаевтың"));
    assert_eq!(transcript.turns.len(), 19);
    let questions = transcript
        .turns
        .iter()
        .filter(|t| t.speaker == Speaker::Interviewer)
        .count();
    assert_eq!((questions, transcript.turns.len() - questions), (10, 9));
    assert_eq!(transcript.turns[1].paragraphs.len(), 2, "the first answer");
    let last = transcript.turns.last().unwrap();
    assert_eq!(
        (last.id.as_str(), last.speaker),
        ("q10", Speaker::Interviewer)
    );
    assert_eq!(last.paragraphs, ["Әңгімеңізге рахмет!"]);
}

#[test]
fn the_seed_keeps_its_words_including_the_source_misspelling() {
    let text = String::from_utf8(seed_text()).unwrap();
    assert!(text.starts_with(" date 2025-12-13 Қазақстан Президенті"));
    assert!(text.contains("Қазақсанның әлемдік тыныштықты"));
    let interview = builtin_interview();
    let all_words: String = interview
        .turns
        .iter()
        .flat_map(|turn| turn.paragraphs_in("kk"))
        .chain(interview.original_lead())
        .map(String::as_str)
        .collect();
    // Every word of the text is in the interview: only dashes, date and line breaks are dropped.
    let words_in = |s: &str| -> usize {
        s.split_whitespace()
            .filter(|w| !["-", "date", "2025-12-13"].contains(w))
            .map(|w| w.trim_start_matches('-').chars().count())
            .sum()
    };
    let text_letters = words_in(&text);
    let kept_letters: usize = all_words.chars().filter(|c| !c.is_whitespace()).count();
    assert_eq!(kept_letters, text_letters);
}

#[test]
fn the_embedded_json_is_what_the_cli_makes_of_the_text_now() {
    let output = Command::new(env!("CARGO_BIN_EXE_suhbat"))
        .args(["parse", &format!("{INTERVIEW_DIR}/kk.txt")])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        String::from_utf8(output.stdout).unwrap() == INTERVIEW_JSON,
        "{INTERVIEW_DIR}/interview.json is stale: regenerate it with\n  \
         cargo run --bin suhbat -- parse {INTERVIEW_DIR}/kk.txt > {INTERVIEW_DIR}/interview.json"
    );
}

#[test]
fn the_embedded_json_carries_the_metadata_the_text_lacks() {
    let interview = builtin_interview();
    assert_eq!(interview.schema, 1);
    assert_eq!(interview.original, "kk");
    let person = interview.interviewee.as_ref().unwrap();
    assert_eq!(person.name["kk"], "Сұлтан Раев");
    assert_eq!(
        person.role["kk"],
        "Халықаралық ТҮРКСОЙ ұйымының Бас хатшысы"
    );
    assert!(interview.original_title().is_some());
    assert_eq!(
        interview.source.keys().collect::<Vec<_>>(),
        ["en", "kk", "ru"],
        "the source line is given in every language"
    );
}

#[test]
fn the_translations_line_up_with_the_original() {
    let interview = builtin_interview();
    assert_eq!(interview.languages(), ["kk", "en", "ru"]);
    for lang in ["en", "ru"] {
        assert_eq!(interview.lead[lang].len(), interview.original_lead().len());
        for turn in &interview.turns {
            assert_eq!(
                turn.paragraphs_in(lang).len(),
                turn.paragraphs_in("kk").len(),
                "{lang} {}",
                turn.id
            );
        }
        assert!(interview.title.contains_key(lang));
    }
    // Names as each language establishes them.
    let en: String = interview
        .turns
        .iter()
        .flat_map(|t| t.paragraphs_in("en"))
        .cloned()
        .collect();
    assert!(
        en.contains("Tokayev")
            && en.contains("TURKSOY")
            && en.contains("Organization of Turkic States")
    );
    let ru: String = interview
        .turns
        .iter()
        .flat_map(|t| t.paragraphs_in("ru"))
        .cloned()
        .collect();
    assert!(ru.contains("Токаев") && ru.contains("ТЮРКСОЙ") && ru.contains("Ашхабад"));
}
