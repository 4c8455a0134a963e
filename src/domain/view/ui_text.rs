//! Every interface string the viewer shows, one table per interface language.
//!
//! Components never spell out text themselves: they ask `UiText::for_lang`, so adding a language
//! is adding one table, and a missing string is a compile error rather than a blank button.

use std::sync::OnceLock;

use crate::domain::language::latin::to_latin;
use crate::domain::language::{KAZAKH_LATIN, endonym};
use crate::domain::model::IsoDate;

/// Declares the plain strings of the interface once: the `Strings` struct, the list of all of
/// them (which the completeness test checks in every language) and their conversion (which
/// makes the Latin-script table).
macro_rules! plain_strings {
    ($($(#[doc = $doc:literal])* $name:ident,)*) => {
        /// Every plain string of the interface in one language.
        pub struct Strings {
            $($(#[doc = $doc])* pub $name: &'static str,)*
        }

        impl Strings {
            /// Every string, by name.
            pub fn all(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($name), self.$name),)*]
            }

            /// The strings, each passed through `convert`.
            fn map(&self, convert: impl Fn(&'static str) -> &'static str) -> Strings {
                Strings {
                    $($name: convert(self.$name),)*
                }
            }
        }
    };
}

plain_strings! {
    /// Shown when an interview has no title.
    untitled,
    /// Label of the interviewer's turns.
    interviewer,
    /// Label of the interviewee's turns when their name is unknown.
    interviewee,
    /// Accessible name of a turn's link, before the speaker label.
    link_to_turn,
    /// Tooltip of a turn's link.
    copy_link_hint,
    /// Shown briefly after a turn's link was copied.
    link_copied,
    /// Source.
    source,
    /// Shown only with JavaScript off: what the page cannot do then.
    needs_javascript,
    /// Search label.
    search_label,
    /// Search placeholder.
    search_placeholder,
    /// Previous match.
    previous_match,
    /// Next match.
    next_match,
    /// The switch that turns Kazakh letter folding off.
    exact_letters,
    /// Scope label.
    scope_label,
    /// The switch that keeps every turn visible and only marks matches.
    highlight_only,
    /// No matches.
    no_matches,
    /// Hint after "no matches" when exact letters are on.
    try_folded,
    /// Hint after "no matches" otherwise.
    try_shorter,
    /// Said when only the first terms of a long query were searched.
    too_many_words,
    /// Match map.
    match_map,
    /// Label of the language control.
    language,
    /// The button that opens an interview file from the reader's device.
    open_file,
    /// Beside it: files can be dropped, and stay on the device.
    open_hint,
    /// Before the name of the file shown instead of the built-in interview.
    opened_file,
    /// The button that forgets the opened file and shows the built-in interview again.
    forget_file,
    /// Before the reason a file was not opened.
    open_failed,
    /// Said when the opened interview cannot be kept for the next visit.
    not_kept,
    /// The button that closes a message.
    dismiss,
    /// The offer, in its own language, to read the interview in it.
    read_in,
    /// The button that copies a turn's text with a citation.
    copy_turn,
    /// Shown briefly after a turn's text was copied.
    turn_copied,
    /// The archive's name on its home, and the link back to it from an interview.
    all_interviews,
    /// The archive's search box's label.
    archive_search_label,
    /// The interviewee filter's "no filter" choice.
    every_interviewee,
    /// The year filter's "no filter" choice.
    every_year,
    /// The language control's default: each interview in its original language.
    original_languages,
    /// The subject filter's "no filter" choice.
    every_subject,
    /// Label of the subject filter and of an interview's subjects.
    subjects,
    /// Label of the year filter.
    year,
    /// Label of where an interview was given.
    place,
    /// Said when no interview fits the filters.
    no_interviews,
    /// Said while the search index loads.
    searching,
    /// Said when the search index cannot be loaded.
    search_failed,
    /// How the archive finds interviews (narrower than a page's search).
    word_starts_note,
    /// The button that shows more results.
    show_more,
    /// Shown when the page's app could not start: what still works.
    app_failed,
}

/// The interface in one language: its plain strings (`Strings`, reached through this table)
/// and what is more than a string.
pub struct UiText {
    /// The interface language tag, for `<html lang>`.
    pub lang: &'static str,
    /// Names of the scopes: all, questions, answers.
    pub scopes: [&'static str; 3],
    /// The note above a translation: it is unofficial, and which text is the original (named
    /// by the argument).
    pub unofficial: fn(&str) -> String,
    /// "match 3 of 17 · 13 turns": current (1-based), total, matching turns (lead counts).
    pub match_status: fn(usize, usize, usize) -> String,
    /// "12 interviews".
    pub interview_count: fn(usize) -> String,
    /// "17 matches".
    pub match_count: fn(usize) -> String,
    /// "17 matches in 3 interviews": matches, interviews.
    pub archive_status: fn(usize, usize) -> String,
    /// Names of the months, January first, in the form a date uses.
    months: [&'static str; 12],
    date_format: fn(&UiText, IsoDate) -> String,
    strings: Strings,
}

impl std::ops::Deref for UiText {
    type Target = Strings;

    fn deref(&self) -> &Strings {
        &self.strings
    }
}

const KAZAKH: UiText = UiText {
    lang: "kk",
    scopes: ["Барлығы", "Сұрақтар", "Жауаптар"],
    unofficial: |original| format!("Бейресми аударма. Түпнұсқа: {original}."),
    match_status: |current, total, blocks| {
        format!("{current} / {total} сәйкестік · {blocks} бөлімде")
    },
    interview_count: |count| format!("{count} сұхбат"),
    match_count: |count| format!("{count} сәйкестік"),
    archive_status: |matches, interviews| format!("{matches} сәйкестік · {interviews} сұхбатта"),
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
    strings: Strings {
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
        highlight_only: "Барлығын көрсету",
        no_matches: "Сәйкестік жоқ",
        try_folded: "«Дәл әріптер» ауыстырғышын өшіріп көріңіз.",
        try_shorter: "Сөздің түбірін ғана жазып көріңіз.",
        too_many_words: "Тек алғашқы сөздер ізделді.",
        match_map: "Сәйкестіктер картасы",
        language: "Тіл",
        open_file: "Сұхбат файлын ашу…",
        open_hint: "немесе файлды бетке сүйреп әкеліңіз; ол тек браузеріңізде оқылады, ешқайда жіберілмейді.",
        opened_file: "Сіздің файлыңыз",
        forget_file: "Жабу, кірістірілген сұхбатқа оралу",
        open_failed: "Файл ашылмады",
        not_kept: "Бұл сұхбат келесі жолға сақталмады: браузер қоймасы толы не өшірулі. Қалғанының бәрі жұмыс істейді.",
        dismiss: "Жабу",
        read_in: "Қазақша оқу",
        copy_turn: "Мәтінді көшіру",
        turn_copied: "Мәтін дереккөзімен көшірілді",
        all_interviews: "Барлық сұхбаттар",
        archive_search_label: "Барлық сұхбаттардан іздеу",
        every_interviewee: "Барлық сұхбат берушілер",
        every_year: "Барлық жылдар",
        original_languages: "Түпнұсқа тілінде",
        every_subject: "Барлық тақырыптар",
        subjects: "Тақырыптар",
        year: "Жыл",
        place: "Орны",
        no_interviews: "Бұл сүзгілерге сай сұхбат жоқ.",
        searching: "Ізделуде…",
        search_failed: "Іздеу индексі жүктелмеді. Бетті қайта ашып көріңіз.",
        word_starts_note: "Сұхбаттар сөздің басы бойынша табылады; сан — сұхбат бетіндегі сәйкестіктер.",
        show_more: "Тағы көрсету",
        app_failed: "Беттің бағдарламасы жүктелмеді: іздеу мен тілді ауыстыру жұмыс істемейді, бірақ мәтіннің бәрі осында.",
    },
};

const ENGLISH: UiText = UiText {
    lang: "en",
    scopes: ["Everything", "Questions", "Answers"],
    unofficial: |original| format!("Unofficial translation. The original: {original}."),
    match_status: |current, total, blocks| {
        let places = if blocks == 1 { "place" } else { "places" };
        format!("match {current} of {total} · {blocks} {places}")
    },
    interview_count: |count| match count {
        1 => "1 interview".to_owned(),
        n => format!("{n} interviews"),
    },
    match_count: |count| match count {
        1 => "1 match".to_owned(),
        n => format!("{n} matches"),
    },
    archive_status: |matches, interviews| {
        let matches_word = if matches == 1 { "match" } else { "matches" };
        let interviews_word = if interviews == 1 {
            "interview"
        } else {
            "interviews"
        };
        format!("{matches} {matches_word} in {interviews} {interviews_word}")
    },
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    date_format: |text, date| format!("{} {} {}", date.day, text.month_name(date.month), date.year),
    strings: Strings {
        untitled: "Interview",
        interviewer: "Interviewer",
        interviewee: "Interviewee",
        link_to_turn: "Link",
        copy_link_hint: "Copy a link to this place",
        link_copied: "Link copied",
        source: "Source",
        needs_javascript: "JavaScript is off: the whole interview is here, \
                           but search and languages need JavaScript.",
        search_label: "Search the interview",
        search_placeholder: "Search: word, \"phrase\"…",
        previous_match: "Previous match",
        next_match: "Next match",
        exact_letters: "Exact letters",
        scope_label: "Search in",
        highlight_only: "Show all",
        no_matches: "No matches",
        try_folded: "Try turning “Exact letters” off.",
        try_shorter: "Try typing just the start of the word.",
        too_many_words: "Only the first words were searched.",
        match_map: "Map of matches",
        language: "Language",
        open_file: "Open an interview file…",
        open_hint: "or drop it on the page; it is read in your browser, never uploaded.",
        opened_file: "Your file",
        forget_file: "Close it and return to the built-in interview",
        open_failed: "The file was not opened",
        not_kept: "This interview could not be kept for your next visit: the browser's storage is full or disabled. Everything else works.",
        dismiss: "Dismiss",
        read_in: "Read in English",
        copy_turn: "Copy text",
        turn_copied: "Text copied with its citation",
        all_interviews: "All interviews",
        archive_search_label: "Search all interviews",
        every_interviewee: "Every interviewee",
        every_year: "Every year",
        original_languages: "In the original",
        every_subject: "Every subject",
        subjects: "Subjects",
        year: "Year",
        place: "Place",
        no_interviews: "No interview fits these filters.",
        searching: "Searching…",
        search_failed: "The search index could not be loaded. Try reloading the page.",
        word_starts_note: "Interviews are found by the start of a word; counts are those of each interview's page.",
        show_more: "Show more",
        app_failed: "The page's program did not load: search and languages do not work, but all the text is here.",
    },
};

const RUSSIAN: UiText = UiText {
    lang: "ru",
    scopes: ["Везде", "Вопросы", "Ответы"],
    unofficial: |original| format!("Неофициальный перевод. Оригинал: {original}."),
    match_status: |current, total, blocks| {
        format!("{current} из {total} совпадений · мест: {blocks}")
    },
    interview_count: |count| format!("{count} интервью"),
    match_count: |count| {
        let word = match (count % 10, count % 100) {
            (1, n) if n != 11 => "совпадение",
            (2..=4, n) if !(12..=14).contains(&n) => "совпадения",
            _ => "совпадений",
        };
        format!("{count} {word}")
    },
    archive_status: |matches, interviews| format!("совпадений: {matches} · интервью: {interviews}"),
    months: [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    date_format: |text, date| {
        format!(
            "{} {} {} г.",
            date.day,
            text.month_name(date.month),
            date.year
        )
    },
    strings: Strings {
        untitled: "Интервью",
        interviewer: "Корреспондент",
        interviewee: "Собеседник",
        link_to_turn: "Ссылка",
        copy_link_hint: "Скопировать ссылку на это место",
        link_copied: "Ссылка скопирована",
        source: "Источник",
        needs_javascript: "JavaScript выключен: интервью здесь целиком, \
                           но для поиска и смены языка нужен JavaScript.",
        search_label: "Поиск по интервью",
        search_placeholder: "Поиск: слово, \"фраза\"…",
        previous_match: "Предыдущее совпадение",
        next_match: "Следующее совпадение",
        exact_letters: "Точные буквы",
        scope_label: "Где искать",
        highlight_only: "Показать всё",
        no_matches: "Совпадений нет",
        try_folded: "Попробуйте выключить «Точные буквы».",
        try_shorter: "Попробуйте ввести только начало слова.",
        too_many_words: "Искались только первые слова.",
        match_map: "Карта совпадений",
        language: "Язык",
        open_file: "Открыть файл интервью…",
        open_hint: "или перетащите его на страницу; он читается в браузере и никуда не отправляется.",
        opened_file: "Ваш файл",
        forget_file: "Закрыть и вернуться к встроенному интервью",
        open_failed: "Файл не открыт",
        not_kept: "Это интервью не сохранится до следующего визита: хранилище браузера заполнено или отключено. Всё остальное работает.",
        dismiss: "Закрыть",
        read_in: "Читать на русском",
        copy_turn: "Копировать текст",
        turn_copied: "Текст скопирован со ссылкой на источник",
        all_interviews: "Все интервью",
        archive_search_label: "Поиск по всем интервью",
        every_interviewee: "Все собеседники",
        every_year: "Все годы",
        original_languages: "На языке оригинала",
        every_subject: "Все темы",
        subjects: "Темы",
        year: "Год",
        place: "Место",
        no_interviews: "Нет интервью, подходящих под эти фильтры.",
        searching: "Поиск…",
        search_failed: "Не удалось загрузить поисковый индекс. Попробуйте обновить страницу.",
        word_starts_note: "Интервью находятся по началу слова; числа — совпадения на странице интервью.",
        show_more: "Показать ещё",
        app_failed: "Программа страницы не загрузилась: поиск и смена языка не работают, но весь текст здесь.",
    },
};

/// Kazakh in the Latin alphabet: the Kazakh table, transliterated once.
fn kazakh_latin() -> &'static UiText {
    static TABLE: OnceLock<UiText> = OnceLock::new();
    TABLE.get_or_init(|| {
        let latin = |text: &str| -> &'static str { Box::leak(to_latin(text).into_boxed_str()) };
        let k = &KAZAKH;
        UiText {
            lang: KAZAKH_LATIN,
            scopes: k.scopes.map(latin),
            unofficial: |original| to_latin(&(KAZAKH.unofficial)(original)),
            match_status: |current, total, blocks| {
                to_latin(&(KAZAKH.match_status)(current, total, blocks))
            },
            interview_count: |count| to_latin(&(KAZAKH.interview_count)(count)),
            match_count: |count| to_latin(&(KAZAKH.match_count)(count)),
            archive_status: |matches, interviews| {
                to_latin(&(KAZAKH.archive_status)(matches, interviews))
            },
            months: k.months.map(latin),
            date_format: |_, date| to_latin(&KAZAKH.format_date(date)),
            strings: k.strings.map(latin),
        }
    })
}

impl UiText {
    /// The table for an interface language; Kazakh for any language without one.
    pub fn for_lang(lang: &str) -> &'static UiText {
        Self::exactly_for(lang).unwrap_or(&KAZAKH)
    }

    /// The table for `lang` itself, if there is one.
    pub fn exactly_for(lang: &str) -> Option<&'static UiText> {
        match lang {
            "en" => Some(&ENGLISH),
            "ru" => Some(&RUSSIAN),
            KAZAKH_LATIN => Some(kazakh_latin()),
            crate::domain::language::KAZAKH => Some(&KAZAKH),
            _ => None,
        }
    }

    /// A date as readers of this language write it, e.g. `2025 жылғы 13 желтоқсан`.
    pub fn format_date(&self, date: IsoDate) -> String {
        (self.date_format)(self, date)
    }

    fn month_name(&self, month: u8) -> &'static str {
        self.months[usize::from(month.clamp(1, 12)) - 1]
    }

    /// The note shown above a translation of an interview given in `original`.
    pub fn translation_note(&self, original: &str) -> String {
        (self.unofficial)(endonym(original))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LANGUAGES: [&str; 4] = ["kk", "kk-Latn", "en", "ru"];

    #[test]
    fn dates_read_as_each_language_writes_them() {
        let date = IsoDate::parse("2025-12-13").unwrap();
        let formatted = LANGUAGES.map(|lang| UiText::for_lang(lang).format_date(date));
        assert_eq!(
            formatted,
            [
                "2025 жылғы 13 желтоқсан",
                "2025 jylğy 13 jeltoqsan",
                "13 December 2025",
                "13 декабря 2025 г."
            ]
        );
        assert_eq!(
            UiText::for_lang("kk").format_date(IsoDate::parse("2024-01-05").unwrap()),
            "2024 жылғы 5 қаңтар"
        );
    }

    #[test]
    fn translated_tables_translate_every_string() {
        for table in [&ENGLISH, &RUSSIAN] {
            for ((name, translated), (_, kazakh)) in table.all().into_iter().zip(KAZAKH.all()) {
                assert_ne!(
                    translated, kazakh,
                    "{}: `{name}` is the Kazakh text",
                    table.lang
                );
            }
        }
    }

    #[test]
    fn every_language_has_every_string() {
        for lang in LANGUAGES {
            let t = UiText::for_lang(lang);
            assert_eq!(t.lang, lang);
            let strings: Vec<&str> = t.all().into_iter().map(|(_, string)| string).collect();
            let names = t.all().into_iter().map(|(name, _)| name);
            let more = (0..t.scopes.len())
                .map(|_| "scope")
                .chain((0..12).map(|_| "month"));
            let texts = strings.iter().chain(&t.scopes).chain(&t.months);
            for (name, string) in names.chain(more).zip(texts) {
                assert!(!string.trim().is_empty(), "{lang}: `{name}` is empty");
            }
            assert!((t.match_status)(3, 17, 14).contains("17"));
            let note = t.translation_note("kk");
            assert!(
                note.contains("Қазақша") || note.contains("Qazaqşa"),
                "{note}"
            );
        }
    }

    #[test]
    fn russian_counts_agree_with_their_number() {
        let russian = UiText::for_lang("ru");
        let counted: Vec<String> = [1, 2, 5, 11, 12, 21, 22, 25, 111, 104]
            .map(russian.match_count)
            .to_vec();
        assert_eq!(
            counted,
            [
                "1 совпадение",
                "2 совпадения",
                "5 совпадений",
                "11 совпадений",
                "12 совпадений",
                "21 совпадение",
                "22 совпадения",
                "25 совпадений",
                "111 совпадений",
                "104 совпадения"
            ]
        );
    }

    #[test]
    fn kazakh_latin_strings_are_the_kazakh_ones_transliterated() {
        let latin = UiText::for_lang("kk-Latn");
        assert_eq!(latin.exact_letters, "Däl ärıpter");
        assert_eq!(
            (latin.match_status)(1, 17, 14),
            "1 / 17 säikestık · 14 bölımde"
        );
    }
}
