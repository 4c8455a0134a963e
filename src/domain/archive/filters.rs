//! What a reader narrows the archive's home to: an interviewee, a year, a subject, and the
//! language to read (and search) in. They live in the address (`?person=…&year=…&tag=…&lang=…`),
//! so a filtered list can be shared and survives a reload.

use crate::domain::archive::catalog::{Catalog, Entry};
use crate::domain::archive::index::DocId;
use crate::domain::model::Lang;
use crate::domain::search::SearchRequest;
use crate::domain::search::fold::Letters;
use crate::domain::search::matcher::Scope;

/// The home's filters and search; `None` (or empty) is "every".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// The interviewee, by name in the interview's original language.
    pub person: Option<String>,
    /// The year it was given.
    pub year: Option<u16>,
    /// A subject.
    pub tag: Option<String>,
    /// The language to read and search in: interviews that have it; `None`: each in its
    /// original.
    pub lang: Option<Lang>,
    /// The archive search's text.
    pub query: String,
    /// Whether the search's letters must match exactly (no Kazakh folding).
    pub exact: bool,
}

/// One of the home's filters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Facet {
    /// The interviewee.
    Person,
    /// The year.
    Year,
    /// The subject.
    Tag,
    /// The language.
    Lang,
}

impl Filters {
    /// These filters with `facet` set to `value` (empty: every).
    pub fn with(&self, facet: Facet, value: &str) -> Self {
        let value = Some(value.trim().to_owned()).filter(|v| !v.is_empty());
        let mut filters = self.clone();
        match facet {
            Facet::Person => filters.person = value,
            Facet::Year => filters.year = value.and_then(|v| v.parse().ok()),
            Facet::Tag => filters.tag = value,
            Facet::Lang => filters.lang = value,
        }
        filters
    }

    /// The value `facet` has, as its control writes it (empty: every).
    pub fn value(&self, facet: Facet) -> String {
        match facet {
            Facet::Person => self.person.clone().unwrap_or_default(),
            Facet::Year => self.year.map(|y| y.to_string()).unwrap_or_default(),
            Facet::Tag => self.tag.clone().unwrap_or_default(),
            Facet::Lang => self.lang.clone().unwrap_or_default(),
        }
    }

    /// The filters an address's query (`?…`, without the `?`) sets; unknown keys and
    /// unreadable values are ignored, as a hand-edited link may hold them.
    pub fn from_query(query: &str) -> Self {
        let mut filters = Filters::default();
        for (key, value) in form_urlencoded::parse(query.trim_start_matches('?').as_bytes()) {
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            match key.as_ref() {
                "person" => filters.person = Some(value.to_owned()),
                "year" => filters.year = value.parse().ok(),
                "tag" => filters.tag = Some(value.to_owned()),
                "lang" => filters.lang = Some(value.to_owned()),
                "q" => filters.query = value.to_owned(),
                "exact" => filters.exact = value == "1",
                _ => {}
            }
        }
        filters
    }

    /// The address's query for these filters (empty when none is set).
    pub fn to_query(&self) -> String {
        let mut query = form_urlencoded::Serializer::new(String::new());
        if let Some(person) = &self.person {
            query.append_pair("person", person);
        }
        if let Some(year) = self.year {
            query.append_pair("year", &year.to_string());
        }
        if let Some(tag) = &self.tag {
            query.append_pair("tag", tag);
        }
        if let Some(lang) = &self.lang {
            query.append_pair("lang", lang);
        }
        if !self.query.trim().is_empty() {
            query.append_pair("q", &self.query);
        }
        if self.exact {
            query.append_pair("exact", "1");
        }
        query.finish()
    }

    /// The link from an interview page to its archive's `home`, searching there for what the
    /// page searches (`text`), if anything.
    pub fn home_link(home: &str, text: &str) -> String {
        let query = Filters {
            query: text.trim().to_owned(),
            ..Filters::default()
        }
        .to_query();
        match (query.is_empty(), home.ends_with('?')) {
            (true, _) => home.to_owned(),
            (false, true) => format!("{home}{query}"),
            (false, false) => format!("{home}?{query}"),
        }
    }

    /// The search these filters ask for, read as an interview's page reads its own.
    pub fn request(&self) -> SearchRequest {
        SearchRequest {
            text: self.query.trim().to_owned(),
            letters: if self.exact {
                Letters::Exact
            } else {
                Letters::Folded
            },
            scope: Scope::All,
        }
    }

    /// Whether `entry` passes every filter (the search aside).
    pub fn admits(&self, entry: &Entry) -> bool {
        self.person
            .as_deref()
            .is_none_or(|person| entry.interviewee_key() == Some(person))
            && self
                .year
                .is_none_or(|year| entry.date.is_some_and(|d| d.year == year))
            && self
                .tag
                .as_deref()
                .is_none_or(|tag| entry.tags.iter().any(|t| t == tag))
            && self
                .lang
                .as_deref()
                .is_none_or(|lang| entry.has_language(lang))
    }
}

impl Filters {
    /// The documents a search looks in: the admitted interviews, each in the chosen language,
    /// or in its original when none is chosen.
    pub fn documents<'a>(&self, catalog: &'a Catalog) -> Vec<(DocId, &'a str)> {
        (0..)
            .zip(catalog.documents())
            .filter(|(_, (entry, lang))| {
                let entry = &catalog.entries[*entry];
                let wanted = self.lang.as_deref().unwrap_or(&entry.original);
                *lang == wanted && self.admits(entry)
            })
            .map(|(doc, (_, lang))| (doc, lang))
            .collect()
    }

    /// For the language control's counts: the documents a search would look in with each
    /// choice (each original, then every language), the other filters kept.
    pub fn documents_per_choice<'a>(&self, catalog: &'a Catalog) -> Vec<Choice<'a>> {
        std::iter::once(None)
            .chain(catalog.languages().into_iter().map(Some))
            .map(|lang| {
                let choice = Filters {
                    lang: lang.clone(),
                    ..self.clone()
                };
                (lang, choice.documents(catalog))
            })
            .collect()
    }
}

/// A choice of the language control (`None`: each original) and the documents it searches.
pub type Choice<'a> = (Option<Lang>, Vec<(DocId, &'a str)>);

/// The choices each filter offers, from the catalog.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facets {
    /// Interviewees: the key (name in the original) and the entry that names them.
    pub people: Vec<(String, usize)>,
    /// Years, newest first.
    pub years: Vec<u16>,
    /// Subjects, sorted.
    pub tags: Vec<String>,
    /// Languages (see `Catalog::languages`).
    pub languages: Vec<Lang>,
}

impl Catalog {
    /// The entries `filters` admit, in the catalog's order.
    pub fn admitted<'a>(&'a self, filters: &'a Filters) -> impl Iterator<Item = &'a Entry> + 'a {
        self.entries.iter().filter(|entry| filters.admits(entry))
    }

    /// Every value the filters can take.
    pub fn facets(&self) -> Facets {
        let mut facets = Facets {
            languages: self.languages(),
            ..Facets::default()
        };
        for (index, entry) in self.entries.iter().enumerate() {
            if let Some(person) = entry.interviewee_key()
                && !facets.people.iter().any(|(p, _)| p == person)
            {
                facets.people.push((person.to_owned(), index));
            }
            if let Some(date) = entry.date {
                facets.years.push(date.year);
            }
            facets.tags.extend(entry.tags.iter().cloned());
        }
        facets.people.sort();
        facets.years.sort_unstable_by(|a, b| b.cmp(a));
        facets.years.dedup();
        facets.tags.sort();
        facets.tags.dedup();
        facets
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::input::metadata::Metadata;
    use crate::domain::input::parser::parse_text;

    fn catalog() -> Catalog {
        let raev = Metadata::from_json(
            r#"{"interviewee": {"name": {"kk": "Сұлтан Раев", "en": "Sultan Raev"}},
                "tags": ["ТҮРКСОЙ", "бейбітшілік"]}"#,
        )
        .unwrap()
        .into_interview(parse_text(" date 2025-12-13\n- Q\n- A").unwrap());
        let other = Metadata::from_json(r#"{"tags": ["тіл"]}"#)
            .unwrap()
            .into_interview(parse_text(" date 2024-01-01\n- Q\n- A").unwrap());
        Catalog::new([("raev", &raev), ("other", &other)])
    }

    #[test]
    fn filters_round_trip_through_the_address() {
        let filters = Filters {
            person: Some("Сұлтан Раев".into()),
            year: Some(2025),
            tag: Some("a & b".into()),
            lang: Some("en".into()),
            query: "тоқаев \"бейбіт\"".into(),
            exact: true,
        };
        assert_eq!(Filters::from_query(&filters.to_query()), filters);
        assert_eq!(Filters::default().to_query(), "");
        assert_eq!(Filters::from_query("?year=twenty&x=1"), Filters::default());
    }

    #[test]
    fn the_search_is_read_as_a_page_reads_its_own() {
        let request = Filters::from_query("q=+Тоқаев+&exact=1").request();
        assert_eq!(
            (request.text.as_str(), request.letters),
            ("Тоқаев", Letters::Exact)
        );
        assert_eq!(
            Filters::from_query("q=x").request().letters,
            Letters::Folded
        );
    }

    #[test]
    fn an_interview_links_home_with_its_search() {
        assert_eq!(Filters::home_link("../", "  "), "../");
        assert_eq!(Filters::home_link("?", "x"), "?q=x");
        assert_eq!(
            Filters::home_link("../", "Тоқаев & co"),
            "../?q=%D0%A2%D0%BE%D2%9B%D0%B0%D0%B5%D0%B2+%26+co"
        );
    }

    #[test]
    fn a_control_sets_and_clears_its_filter() {
        let filters = Filters::default().with(Facet::Year, "2025");
        assert_eq!(filters.year, Some(2025));
        assert_eq!(filters.value(Facet::Year), "2025");
        let filters = filters.with(Facet::Tag, "тіл").with(Facet::Year, "");
        assert_eq!(
            (filters.year, filters.value(Facet::Tag).as_str()),
            (None, "тіл")
        );
    }

    #[test]
    fn each_filter_narrows_the_list() {
        let catalog = catalog();
        let slugs = |filters: &Filters| -> Vec<String> {
            catalog.admitted(filters).map(|e| e.slug.clone()).collect()
        };
        assert_eq!(slugs(&Filters::default()), ["raev", "other"]);
        let by = |query: &str| slugs(&Filters::from_query(query));
        assert_eq!(by("person=Сұлтан+Раев"), ["raev"]);
        assert_eq!(by("year=2024"), ["other"]);
        assert_eq!(by("tag=бейбітшілік"), ["raev"]);
        assert_eq!(by("lang=kk"), ["raev", "other"]);
        assert!(by("lang=en").is_empty());
        assert!(by("year=2024&tag=ТҮРКСОЙ").is_empty());
    }

    #[test]
    fn a_search_looks_in_each_original_or_in_the_language_chosen() {
        let catalog = catalog();
        assert_eq!(
            Filters::default().documents(&catalog),
            [(0, "kk"), (1, "kk")]
        );
        assert_eq!(
            Filters::from_query("year=2024").documents(&catalog),
            [(1, "kk")]
        );
        assert!(
            Filters::from_query("lang=en")
                .documents(&catalog)
                .is_empty()
        );
    }

    #[test]
    fn the_language_control_counts_each_choice_with_the_other_filters_kept() {
        let catalog = catalog();
        let choices = Filters::from_query("year=2024&lang=kk").documents_per_choice(&catalog);
        assert_eq!(
            choices,
            [
                (None, vec![(1, "kk")]),
                (Some("kk".into()), vec![(1, "kk")])
            ]
        );
    }

    #[test]
    fn facets_list_every_choice_once() {
        let facets = catalog().facets();
        assert_eq!(facets.people, [("Сұлтан Раев".to_owned(), 0)]);
        assert_eq!(facets.years, [2025, 2024]);
        assert_eq!(facets.tags, ["ТҮРКСОЙ", "бейбітшілік", "тіл"]);
        assert_eq!(facets.languages, ["kk"]);
    }
}
