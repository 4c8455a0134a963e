//! What the archive's home shows, in the reader's language: each interview's card, the
//! filters' choices (the language control counting what a search finds with each) and the
//! status line.

use crate::domain::archive::catalog::{Catalog, Entry};
use crate::domain::archive::filters::Filters;
use crate::domain::archive::search::ArchiveSearch;
use crate::domain::language::endonym;
use crate::domain::view::ui_text::UiText;

/// A filter's choice: its value in the address and what the reader reads.
pub type FilterChoice = (String, String);

/// Every filter's choices.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FilterChoices {
    /// Interviewees, keyed by their name in the original.
    pub people: Vec<FilterChoice>,
    /// Years, newest first.
    pub years: Vec<FilterChoice>,
    /// Subjects, sorted.
    pub tags: Vec<FilterChoice>,
    /// Languages, each in its own name.
    pub languages: Vec<FilterChoice>,
    /// The language control's first choice: each interview in its original.
    pub every_language: String,
}

impl FilterChoices {
    /// The choices `catalog` offers, names in `lang` where the interviews have them; with a
    /// search done, each language choice says how many interviews it finds.
    pub fn new(catalog: &Catalog, lang: &str, search: &ArchiveSearch) -> FilterChoices {
        let facets = catalog.facets();
        let text = UiText::for_lang(lang);
        let counted = |label: &str, choice: Option<&str>| match search.found_with(choice) {
            Some(found) => format!("{label} ({found})"),
            None => label.to_owned(),
        };
        let same = |value: String| (value.clone(), value);
        FilterChoices {
            people: facets
                .people
                .into_iter()
                .map(|(key, index)| {
                    let name = catalog.entries[index]
                        .interviewee_name(lang)
                        .unwrap_or(&key)
                        .to_owned();
                    (key, name)
                })
                .collect(),
            years: facets
                .years
                .iter()
                .map(|year| same(year.to_string()))
                .collect(),
            tags: facets.tags.into_iter().map(same).collect(),
            languages: facets
                .languages
                .iter()
                .map(|l| (l.clone(), counted(endonym(l), Some(l))))
                .collect(),
            every_language: counted(text.original_languages, None),
        }
    }
}

/// What the home's card of an interview says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntryCard<'a> {
    /// The language its title and summary are in: the reader's where the interview has it,
    /// else its original.
    pub shown_in: &'a str,
    /// Its title, or the word for an untitled interview.
    pub title: &'a str,
    /// The interviewee's name, in the reader's language where given, else the original's.
    pub name: Option<&'a str>,
    /// The interviewee's role, likewise.
    pub role: Option<&'a str>,
    /// The lead's first sentence.
    pub summary: Option<&'a str>,
    /// Its languages, each in its own name.
    pub languages: String,
}

impl Entry {
    /// Its card for a reader of `lang`; `untitled` stands for a missing title.
    pub fn card<'a>(&'a self, lang: &'a str, untitled: &'a str) -> EntryCard<'a> {
        let shown_in = if self.has_language(lang) {
            lang
        } else {
            self.original.as_str()
        };
        EntryCard {
            shown_in,
            title: self.in_language(&self.title, shown_in).unwrap_or(untitled),
            name: self.interviewee_name(lang),
            role: (self.interviewee.as_ref()).and_then(|p| self.in_language(&p.role, lang)),
            summary: self.in_language(&self.summary, shown_in),
            languages: self
                .languages
                .iter()
                .map(|l| endonym(l))
                .collect::<Vec<_>>()
                .join(" · "),
        }
    }
}

/// The home's status line: the search's, else how many interviews the filters admit when they
/// narrow the list (nothing when every interview is listed).
pub fn status(
    catalog: &Catalog,
    filters: &Filters,
    search: &ArchiveSearch,
    text: &UiText,
) -> Option<String> {
    search.status(text).or_else(|| {
        let admitted = catalog.admitted(filters).count();
        if admitted == 0 {
            Some(text.no_interviews.to_owned())
        } else {
            (admitted < catalog.entries.len()).then(|| (text.interview_count)(admitted))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::input::metadata::Metadata;
    use crate::domain::input::parser::parse_text;

    fn catalog() -> Catalog {
        let raev = Metadata::from_json(
            r#"{"title": {"kk": "Бейбітшілік", "en": "Peace"},
                "interviewee": {"name": {"kk": "Сұлтан Раев", "en": "Sultan Raev"},
                                "role": {"kk": "Бас хатшы"}},
                "tags": ["ТҮРКСОЙ"]}"#,
        )
        .unwrap()
        .into_interview(parse_text(" date 2025-12-13\nЖетекші сөз.\n- Q\n- A").unwrap());
        let untitled = Metadata::from_json(r#"{"tags": ["тіл"]}"#)
            .unwrap()
            .into_interview(parse_text(" date 2024-01-01\n- Q\n- A").unwrap());
        Catalog::new([("raev", &raev), ("other", &untitled)])
    }

    #[test]
    fn a_card_reads_in_the_readers_language_where_the_interview_has_it() {
        let catalog = catalog();
        let raev = &catalog.entries[0];
        let card = raev.card("kk", "Сұхбат");
        assert_eq!(
            (card.shown_in, card.title, card.name, card.role),
            ("kk", "Бейбітшілік", Some("Сұлтан Раев"), Some("Бас хатшы"))
        );
        assert_eq!(card.summary, Some("Жетекші сөз."));
        // Not translated to English: title and summary stay in the original; the name the
        // metadata gives in English is English, the role falls back to the original's.
        let card = raev.card("en", "Interview");
        assert_eq!(
            (card.shown_in, card.title, card.name, card.role),
            ("kk", "Бейбітшілік", Some("Sultan Raev"), Some("Бас хатшы"))
        );
        assert_eq!(card.languages, "Қазақша");
        let untitled = catalog.entries[1].card("en", "Interview");
        assert_eq!((untitled.title, untitled.name), ("Interview", None));
    }

    #[test]
    fn the_filters_offer_names_in_the_readers_language_and_count_a_searchs_finds() {
        let catalog = catalog();
        let idle = ArchiveSearch::default();
        let choices = FilterChoices::new(&catalog, "en", &idle);
        assert_eq!(
            choices.people,
            [("Сұлтан Раев".to_owned(), "Sultan Raev".to_owned())]
        );
        assert_eq!(
            choices.years,
            [
                ("2025".into(), "2025".into()),
                ("2024".into(), "2024".into())
            ]
        );
        assert_eq!(choices.tags[0], ("ТҮРКСОЙ".into(), "ТҮРКСОЙ".into()));
        assert_eq!(choices.languages, [("kk".into(), "Қазақша".into())]);
        assert_eq!(choices.every_language, "In the original");
        let searched = ArchiveSearch {
            per_choice: vec![(None, 2), (Some("kk".into()), 1)],
            ..ArchiveSearch::default()
        };
        let choices = FilterChoices::new(&catalog, "en", &searched);
        assert_eq!(choices.languages, [("kk".into(), "Қазақша (1)".into())]);
        assert_eq!(choices.every_language, "In the original (2)");
    }

    #[test]
    fn the_status_counts_what_the_filters_admit_only_when_they_narrow() {
        let catalog = catalog();
        let text = UiText::for_lang("en");
        let idle = ArchiveSearch::default();
        let all = Filters::default();
        assert_eq!(status(&catalog, &all, &idle, text), None);
        let one_year = Filters::from_query("year=2024");
        assert_eq!(
            status(&catalog, &one_year, &idle, text),
            Some((text.interview_count)(1))
        );
        let none = Filters::from_query("year=1999");
        assert_eq!(
            status(&catalog, &none, &idle, text),
            Some(text.no_interviews.to_owned())
        );
    }
}
