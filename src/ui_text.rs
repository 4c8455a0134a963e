//! Every interface string the viewer shows, one table per interface language.
//!
//! Components never spell out text themselves: they ask `UiText::for_lang`, so adding a language
//! is adding one table, and a missing string is a compile error rather than a blank button.

use crate::model::IsoDate;

pub struct UiText {
    /// The interface language tag, for `<html lang>`.
    pub lang: &'static str,
    /// Shown when an interview has no title.
    pub untitled: &'static str,
    /// Label of the interviewer's turns.
    pub interviewer: &'static str,
    /// Label of the interviewee's turns when their name is unknown.
    pub interviewee: &'static str,
    /// Accessible name of a turn's link, before the speaker label.
    pub link_to_turn: &'static str,
    /// Tooltip of a turn's link.
    pub copy_link_hint: &'static str,
    /// Shown briefly after a turn's link was copied.
    pub link_copied: &'static str,
    pub source: &'static str,
    /// Shown only with JavaScript off: what the page cannot do then.
    pub needs_javascript: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub previous_match: &'static str,
    pub next_match: &'static str,
    /// The switch that turns Kazakh letter folding off.
    pub exact_letters: &'static str,
    pub scope_label: &'static str,
    /// Names of the scopes: all, questions, answers.
    pub scopes: [&'static str; 3],
    /// The switch that keeps every turn visible and only marks matches.
    pub highlight_only: &'static str,
    pub no_matches: &'static str,
    /// Hint after "no matches" when exact letters are on.
    pub try_folded: &'static str,
    /// Hint after "no matches" otherwise.
    pub try_shorter: &'static str,
    /// Said when only the first terms of a long query were searched.
    pub too_many_words: &'static str,
    pub match_map: &'static str,
    /// "match 3 of 17 · 13 turns": current (1-based), total, matching turns (lead counts).
    pub match_status: fn(usize, usize, usize) -> String,
    /// Names of the months, January first, in the form a date uses.
    months: [&'static str; 12],
    date_format: fn(&UiText, IsoDate) -> String,
}

const KAZAKH: UiText = UiText {
    lang: "kk",
    untitled: "Сұхбат",
    interviewer: "Тілші",
    interviewee: "Сұхбат беруші",
    link_to_turn: "Сілтеме",
    copy_link_hint: "Осы орынға сілтемені көшіру",
    link_copied: "Сілтеме көшірілді",
    source: "Дереккөз",
    needs_javascript: "JavaScript өшірулі: сұхбаттың толық мәтіні осында, \
                       ал іздеу мен тілді ауыстыру үшін JavaScript қажет.",
    search_label: "Сұхбаттан іздеу",
    search_placeholder: "Іздеу: сөз, \"сөз тіркесі\"…",
    previous_match: "Алдыңғы сәйкестік",
    next_match: "Келесі сәйкестік",
    exact_letters: "Дәл әріптер",
    scope_label: "Қайдан іздеу",
    scopes: ["Барлығы", "Сұрақтар", "Жауаптар"],
    highlight_only: "Барлығын көрсету",
    no_matches: "Сәйкестік жоқ",
    try_folded: "«Дәл әріптер» ауыстырғышын өшіріп көріңіз.",
    try_shorter: "Сөздің түбірін ғана жазып көріңіз.",
    too_many_words: "Тек алғашқы сөздер ізделді.",
    match_map: "Сәйкестіктер картасы",
    match_status: |current, total, blocks| {
        format!("{current} / {total} сәйкестік · {blocks} бөлімде")
    },
    months: [
        "қаңтар",
        "ақпан",
        "наурыз",
        "сәуір",
        "мамыр",
        "маусым",
        "шілде",
        "тамыз",
        "қыркүйек",
        "қазан",
        "қараша",
        "желтоқсан",
    ],
    date_format: |text, date| {
        format!(
            "{} жылғы {} {}",
            date.year,
            date.day,
            text.month_name(date.month)
        )
    },
};

impl UiText {
    /// The table for an interface language; Kazakh for any language without one.
    pub fn for_lang(_lang: &str) -> &'static UiText {
        &KAZAKH
    }

    /// A date as readers of this language write it, e.g. `2025 жылғы 13 желтоқсан`.
    pub fn format_date(&self, date: IsoDate) -> String {
        (self.date_format)(self, date)
    }

    fn month_name(&self, month: u8) -> &'static str {
        self.months[usize::from(month.clamp(1, 12)) - 1]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kazakh_dates_read_year_day_month() {
        let date = IsoDate::parse("2025-12-13").unwrap();
        assert_eq!(
            UiText::for_lang("kk").format_date(date),
            "2025 жылғы 13 желтоқсан"
        );
        let date = IsoDate::parse("2024-01-05").unwrap();
        assert_eq!(
            UiText::for_lang("kk").format_date(date),
            "2024 жылғы 5 қаңтар"
        );
    }
}
