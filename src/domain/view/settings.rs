//! The search as it lives in the page's address (`?q=…&exact=1&scope=answers&view=highlight`),
//! so a search can be shared and bookmarked. The `#fragment` stays free for turn anchors.

use crate::domain::language::{LanguageChoice, initial_language};
use crate::domain::model::Lang;
use crate::domain::search::SearchRequest;
use crate::domain::search::fold::Letters;
use crate::domain::search::matcher::Scope;

/// How matching turns are shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    /// Only matching turns (with their question or answer) are shown.
    #[default]
    Filter,
    /// Every turn stays; matches are only marked.
    Highlight,
}

/// Everything about the page that a link carries: the search and the languages shown.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageSettings {
    /// The search box's text.
    pub text: String,
    /// Whether Kazakh letters fold.
    pub letters: Letters,
    /// Where the search looks.
    pub scope: Scope,
    /// Whether only matching turns show.
    pub view: View,
    /// The language shown (`None`: the original).
    pub lang: Option<Lang>,
    /// A translation shown beside it, row by row.
    pub beside: Option<Lang>,
}

impl PageSettings {
    /// The settings in a URL's query string (with or without its `?`); unknown keys and values
    /// are ignored, so any address opens the page.
    pub fn from_query_string(query: &str) -> Self {
        let mut settings = PageSettings::default();
        let pairs = form_urlencoded::parse(query.trim_start_matches('?').as_bytes());
        for (key, value) in pairs {
            match &*key {
                "q" => settings.text = value.into_owned(),
                "exact" if value == "1" => settings.letters = Letters::Exact,
                "scope" => settings.scope = Scope::from_name(&value).unwrap_or_default(),
                "view" if value == "highlight" => settings.view = View::Highlight,
                "lang" if !value.is_empty() => settings.lang = Some(value.into_owned()),
                "beside" if !value.is_empty() => settings.beside = Some(value.into_owned()),
                _ => {}
            }
        }
        settings
    }

    /// The query string for these settings: empty for the default search, else `?…`.
    pub fn to_query_string(&self) -> String {
        let mut pairs = form_urlencoded::Serializer::new(String::new());
        if !self.text.is_empty() {
            pairs.append_pair("q", &self.text);
        }
        if self.letters == Letters::Exact {
            pairs.append_pair("exact", "1");
        }
        if self.scope != Scope::All {
            pairs.append_pair("scope", self.scope.as_str());
        }
        if self.view == View::Highlight {
            pairs.append_pair("view", "highlight");
        }
        if let Some(lang) = &self.lang {
            pairs.append_pair("lang", lang);
        }
        if let Some(beside) = &self.beside {
            pairs.append_pair("beside", beside);
        }
        let query = pairs.finish();
        if query.is_empty() {
            query
        } else {
            format!("?{query}")
        }
    }

    /// The search these settings ask for.
    pub fn request(&self) -> SearchRequest {
        SearchRequest {
            text: self.text.clone(),
            letters: self.letters,
            scope: self.scope,
        }
    }

    /// The page's settings when the reader arrives: the address's search, and its languages,
    /// else the reader's saved choice, else (`None`) the original, which is also what the
    /// pre-rendered page shows.
    pub fn on_arrival(query: &str, saved: Option<&LanguageChoice>, offered: &[Lang]) -> Self {
        let mut settings = PageSettings::from_query_string(query);
        let from_address = settings.lang.take();
        let saved_lang = saved.map(|choice| choice.lang.as_str());
        settings.lang = initial_language(from_address.as_deref(), saved_lang, offered);
        if from_address.is_none() && settings.beside.is_none() {
            settings.beside = saved.and_then(|choice| choice.beside.clone());
        }
        settings
    }
}

/// What the reader did to the page's controls before the app took over (the pre-rendered box
/// and language control work as plain HTML meanwhile), read from the page before hydration so
/// that nothing is lost.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EarlyInput {
    /// What was typed into the search box.
    pub query: String,
    /// The languages chosen, if the reader changed them.
    pub languages: Option<LanguageChoice>,
}

impl PageSettings {
    /// These settings with what the reader did before the app was ready: their typing and
    /// their choice of languages win over the address and the saved choice.
    pub fn with_early_input(mut self, early: &EarlyInput) -> Self {
        if !early.query.trim().is_empty() {
            self.text = early.query.clone();
        }
        if let Some(choice) = &early.languages {
            self.lang = Some(choice.lang.clone());
            self.beside = choice.beside.clone();
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_the_reader_did_before_the_app_was_ready_wins() {
        let arrived = PageSettings::from_query_string("?q=old&lang=en");
        let early = EarlyInput {
            query: "Тоқаев".into(),
            languages: Some("ru".parse().unwrap()),
        };
        let settings = arrived.clone().with_early_input(&early);
        assert_eq!(
            (settings.text.as_str(), settings.lang.as_deref()),
            ("Тоқаев", Some("ru"))
        );
        assert_eq!(
            arrived.clone().with_early_input(&EarlyInput::default()),
            arrived
        );
    }

    #[test]
    fn a_search_survives_the_trip_through_the_address() {
        let settings = PageSettings {
            text: "\"бейбітшілік пен\" & <сенім> 100%".into(),
            letters: Letters::Exact,
            scope: Scope::Answers,
            view: View::Highlight,
            lang: Some("kk".into()),
            beside: Some("kk-Latn".into()),
        };
        let query = settings.to_query_string();
        assert!(query.starts_with("?q=%22"), "{query}");
        assert!(!query.contains(' ') && !query.contains('<'));
        assert_eq!(PageSettings::from_query_string(&query), settings);
    }

    #[test]
    fn the_default_search_has_no_query_string() {
        assert_eq!(PageSettings::default().to_query_string(), "");
        assert_eq!(PageSettings::from_query_string(""), PageSettings::default());
    }

    #[test]
    fn odd_addresses_open_the_page_with_what_can_be_read() {
        let settings =
            PageSettings::from_query_string("?q=%D1%82%D0%BE%D0%BA+%ZZ%&scope=nowhere&x=1&view");
        assert_eq!(settings.text, "ток %ZZ%");
        assert_eq!(settings.scope, Scope::All);
        assert_eq!(PageSettings::from_query_string("?q=%FF").text, "\u{fffd}");
    }

    #[test]
    fn the_address_wins_then_the_saved_choice_on_arrival() {
        let offered: Vec<Lang> = ["kk", "kk-Latn", "en", "ru"].map(String::from).to_vec();
        let saved: LanguageChoice = "kk|ru".parse().unwrap();
        let arrive = |query: &str, saved| {
            let settings = PageSettings::on_arrival(query, saved, &offered);
            (settings.lang, settings.beside, settings.text)
        };
        assert_eq!(
            arrive("?q=x&lang=en", Some(&saved)),
            (Some("en".into()), None, "x".into())
        );
        assert_eq!(
            arrive("?q=x", Some(&saved)),
            (Some("kk".into()), Some("ru".into()), "x".into())
        );
        assert_eq!(
            arrive("?beside=en", Some(&saved)),
            (Some("kk".into()), Some("en".into()), String::new())
        );
        assert_eq!(arrive("?lang=de", None), (None, None, String::new()));
    }
}
