//! Large archives for benchmarks: `count` interview folders made from a real interview in three
//! languages, each a different selection and order of its question-and-answer pairs with the
//! sentences of every paragraph turned, another interviewee, date and subjects. Deterministic:
//! the same count gives the same archive. One in five is given in Russian (with Kazakh and
//! English translations), the rest in Kazakh.

use std::fmt::Write as _;
use std::path::Path;

use crate::domain::model::{Interview, Lang};

/// The languages every generated interview has.
const LANGUAGES: [&str; 3] = ["kk", "en", "ru"];

/// Interviewees: Kazakh, English and Russian forms of a name, and a role.
const PEOPLE: &[[&str; 4]] = &[
    [
        "Айгүл Серікова",
        "Aigul Serikova",
        "Айгуль Серикова",
        "historian",
    ],
    [
        "Бауыржан Омаров",
        "Baurzhan Omarov",
        "Бауыржан Омаров",
        "diplomat",
    ],
    [
        "Гүлмира Әбенова",
        "Gulmira Abenova",
        "Гульмира Абенова",
        "teacher",
    ],
    [
        "Дәурен Қасенов",
        "Dauren Kassenov",
        "Даурен Касенов",
        "economist",
    ],
    [
        "Ержан Нұрланов",
        "Yerzhan Nurlanov",
        "Ержан Нурланов",
        "engineer",
    ],
    [
        "Жанар Төлеуова",
        "Zhanar Tuleuova",
        "Жанар Тулеуова",
        "journalist",
    ],
    [
        "Қайрат Сейітов",
        "Kairat Seitov",
        "Кайрат Сеитов",
        "archaeologist",
    ],
    [
        "Мәдина Жұмабаева",
        "Madina Zhumabayeva",
        "Мадина Жумабаева",
        "poet",
    ],
    [
        "Нұрлан Бекұлы",
        "Nurlan Bekuly",
        "Нурлан Бекулы",
        "musician",
    ],
    [
        "Сәуле Ахметова",
        "Saule Akhmetova",
        "Сауле Ахметова",
        "scientist",
    ],
    ["Талғат Мұсин", "Talgat Mussin", "Талгат Мусин", "architect"],
    [
        "Әсел Иманова",
        "Assel Imanova",
        "Асель Иманова",
        "physician",
    ],
];

/// Subjects, as an archive would name them.
const TAGS: &[&str] = &[
    "бейбітшілік",
    "дипломатия",
    "мәдениет",
    "тіл",
    "тарих",
    "экономика",
    "білім",
    "ТҮРКСОЙ",
    "өнер",
    "ынтымақтастық",
];

/// A small, fast, seedable generator (SplitMix64): the archive must not change between runs.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// `text`'s sentences turned by `by` (the first `by` go to the end).
fn turned(text: &str, by: usize) -> String {
    let mut sentences: Vec<&str> = Vec::new();
    let mut start = 0;
    for (at, c) in text.char_indices() {
        if matches!(c, '.' | '!' | '?') && text[at + 1..].starts_with(' ') {
            sentences.push(text[start..=at].trim());
            start = at + 1;
        }
    }
    sentences.push(text[start..].trim());
    sentences.retain(|s| !s.is_empty());
    if sentences.len() < 2 {
        return text.to_owned();
    }
    let by = by % sentences.len();
    sentences.rotate_left(by);
    sentences.join(" ")
}

/// Writes `count` interview folders into `out` from `source`, which must have every language
/// of `LANGUAGES`.
pub fn generate_archive(out: &Path, source: &Interview, count: usize) -> Result<(), String> {
    let missing: Vec<&str> = LANGUAGES
        .into_iter()
        .filter(|lang| !source.languages().contains(lang))
        .collect();
    if !missing.is_empty() {
        return Err(format!("the source interview lacks {}", missing.join(", ")));
    }
    let pairs: Vec<usize> = (0..source.turns.len() / 2).collect();
    for number in 0..count {
        let mut random = Random(number as u64);
        let mut chosen = pairs.clone();
        for i in (1..chosen.len()).rev() {
            chosen.swap(i, random.below(i + 1));
        }
        chosen.truncate(pairs.len().min(5 + random.below(pairs.len().max(5) - 4)));
        let turn = random.below(7) + 1;
        let date = format!(
            "{}-{:02}-{:02}",
            2000 + number % 26,
            1 + random.below(12),
            1 + random.below(28)
        );
        let folder = out.join(format!("interview-{number:04}"));
        std::fs::create_dir_all(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
        for lang in LANGUAGES {
            let mut text = format!(" date {date}\n");
            for paragraph in source.lead.get(lang).into_iter().flatten() {
                let _ = writeln!(text, "{}", turned(paragraph, turn));
            }
            for &pair in &chosen {
                for turn_of_pair in &source.turns[pair * 2..pair * 2 + 2] {
                    for (index, paragraph) in turn_of_pair.paragraphs_in(lang).iter().enumerate() {
                        let dash = if index == 0 { "- " } else { "" };
                        let _ = writeln!(text, "{dash}{}", turned(paragraph, turn));
                    }
                }
            }
            let file = folder.join(format!("{lang}.txt"));
            std::fs::write(&file, text).map_err(|e| format!("{}: {e}", file.display()))?;
        }
        let original: Lang = if number % 5 == 4 { "ru" } else { "kk" }.to_owned();
        let person = PEOPLE[random.below(PEOPLE.len())];
        let tags = [
            TAGS[random.below(TAGS.len())],
            TAGS[random.below(TAGS.len())],
        ];
        let first_answer = |lang: &str| -> String {
            let words: Vec<&str> = source.turns[chosen[0] * 2 + 1]
                .paragraphs_in(lang)
                .first()
                .map_or("", String::as_str)
                .split_whitespace()
                .take(8)
                .collect();
            words.join(" ").trim_end_matches([',', '.', ':']).to_owned()
        };
        let meta = serde_json::json!({
            "original": original,
            "title": {
                "kk": format!("{}: {}", person[0], first_answer("kk")),
                "en": format!("{}: {}", person[1], first_answer("en")),
                "ru": format!("{}: {}", person[2], first_answer("ru")),
            },
            "interviewee": {
                "name": {"kk": person[0], "en": person[1], "ru": person[2]},
                "role": {"en": person[3]},
            },
            "tags": if tags[0] == tags[1] { vec![tags[0]] } else { tags.to_vec() },
        });
        let file = folder.join("meta.json");
        let json = serde_json::to_string_pretty(&meta).expect("metadata always serialises");
        std::fs::write(&file, json).map_err(|e| format!("{}: {e}", file.display()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::build::folders::read_archive;
    use crate::builtin::builtin_interview;

    #[test]
    fn sentences_turn_and_keep_every_word() {
        assert_eq!(turned("Бір. Екі! Үш?", 1), "Екі! Үш? Бір.");
        assert_eq!(turned("Жалғыз сөйлем", 3), "Жалғыз сөйлем");
    }

    #[test]
    fn a_generated_archive_builds_and_is_the_same_every_time() {
        let root = std::env::temp_dir().join(format!("suhbat-generate-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        let source = builtin_interview();
        generate_archive(&root.join("a"), &source, 6).unwrap();
        generate_archive(&root.join("b"), &source, 6).unwrap();
        let archive = read_archive(&root.join("a")).unwrap();
        assert_eq!(archive, read_archive(&root.join("b")).unwrap());
        assert_eq!(archive.len(), 6);
        assert_eq!(archive[4].interview.original, "ru");
        assert!(archive.iter().all(|a| a.interview.languages().len() == 3));
        assert_ne!(archive[0].interview.turns, archive[1].interview.turns);
        std::fs::remove_dir_all(&root).unwrap();
    }
}
