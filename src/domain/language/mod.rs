//! The languages a reader can choose: the original, its Latin-script rendering (for Kazakh),
//! and the translations; which one is shown first; and how a query meets a script.

pub mod latin;

use std::fmt;
use std::str::FromStr;

use crate::domain::model::{Interview, Lang};
use crate::domain::search::fold::Letters;
use latin::to_latin;

/// Kazakh in the Latin alphabet of 2021, generated from the Cyrillic original.
pub const KAZAKH_LATIN: &str = "kk-Latn";
/// Kazakh, as interviews are given (Cyrillic).
pub const KAZAKH: &str = "kk";

/// What the reader reads: one language, or a language with a translation beside it, row by
/// row. Written `kk` or `kk|en` (in the language control's values and the browser's storage).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct LanguageChoice {
    /// The language shown (and of the interface).
    pub lang: Lang,
    /// A translation shown beside it.
    pub beside: Option<Lang>,
}

/// Separates the two languages of a side-by-side choice where a choice is written down.
const BESIDE: char = '|';

impl fmt::Display for LanguageChoice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.beside {
            Some(beside) => write!(f, "{}{BESIDE}{beside}", self.lang),
            None => write!(f, "{}", self.lang),
        }
    }
}

/// A written choice that names no language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NoLanguage;

impl FromStr for LanguageChoice {
    type Err = NoLanguage;

    fn from_str(text: &str) -> Result<Self, NoLanguage> {
        let (lang, beside) = match text.split_once(BESIDE) {
            Some((lang, beside)) => (lang, Some(beside).filter(|b| !b.is_empty())),
            None => (text, None),
        };
        if lang.is_empty() {
            return Err(NoLanguage);
        }
        Ok(LanguageChoice {
            lang: lang.to_owned(),
            beside: beside.map(str::to_owned),
        })
    }
}

impl LanguageChoice {
    /// What the page shows for a wish of `lang` and `beside` (from the address, the reader or
    /// storage): languages the interview does not offer fall back to the original, and a
    /// language beside itself is shown alone.
    pub fn shown(
        lang: Option<&str>,
        beside: Option<&str>,
        offered: &[Lang],
        original: &str,
    ) -> Self {
        let offers = |wanted: &&str| offered.iter().any(|o| o == wanted);
        let lang = lang.filter(offers).unwrap_or(original).to_owned();
        let beside = beside
            .filter(|b| offers(b) && *b != lang)
            .map(str::to_owned);
        LanguageChoice { lang, beside }
    }

    /// Whether the reader sees a translation (so the page says it is unofficial); the Latin
    /// rendering is the original's own text, not a translation.
    pub fn shows_translation(&self, original: &str) -> bool {
        (self.lang != original && self.lang != KAZAKH_LATIN) || self.beside.is_some()
    }

    /// The choices the language control offers, in order: each language alone, then the
    /// original beside each translation.
    pub fn offered(offered: &[Lang], original: &str) -> Vec<LanguageChoice> {
        let alone = offered.iter().map(|lang| LanguageChoice {
            lang: lang.clone(),
            beside: None,
        });
        let translations = offered
            .iter()
            .filter(|l| *l != original && l.as_str() != KAZAKH_LATIN);
        let side_by_side = translations.map(|translation| LanguageChoice {
            lang: original.to_owned(),
            beside: Some(translation.clone()),
        });
        alone.chain(side_by_side).collect()
    }

    /// The choice's name in the control: `English`, or `Қазақша | English`.
    pub fn name(&self) -> String {
        match &self.beside {
            Some(beside) => format!("{} | {}", endonym(&self.lang), endonym(beside)),
            None => endonym(&self.lang).to_owned(),
        }
    }
}

/// A language's name in that language, for the language control.
pub fn endonym(lang: &str) -> &str {
    match lang {
        KAZAKH => "Қазақша",
        KAZAKH_LATIN => "Qazaqşa",
        "en" => "English",
        "ru" => "Русский",
        "tr" => "Türkçe",
        "ky" => "Кыргызча",
        "uz" => "Oʻzbekcha",
        other => other,
    }
}

/// The language a file's name gives (`en.txt` → `en`, `kk-Latn.txt` → `kk-Latn`), if the
/// name without its extension is a language tag: translations are named so.
pub fn language_of_file_name(name: &str) -> Option<&str> {
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    let mut parts = stem.split('-');
    let primary = parts.next()?;
    let primary_ok =
        (2..=3).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_lowercase());
    let rest_ok =
        parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()));
    (primary_ok && rest_ok).then_some(stem)
}

impl Interview {
    /// The interview with a Latin-script rendering of every Kazakh text beside it.
    pub fn with_kazakh_latin(mut self) -> Self {
        fn add_latin<T>(texts: &mut crate::domain::model::Localized<T>, latin: impl Fn(&T) -> T) {
            if let Some(kazakh) = texts.get(KAZAKH) {
                let rendered = latin(kazakh);
                texts.insert(KAZAKH_LATIN.to_owned(), rendered);
            }
        }
        let paragraphs = |texts: &Vec<String>| texts.iter().map(|t| to_latin(t)).collect();
        if self.original != KAZAKH {
            return self;
        }
        add_latin(&mut self.title, |t| to_latin(t));
        add_latin(&mut self.lead, paragraphs);
        if let Some(person) = &mut self.interviewee {
            add_latin(&mut person.name, |t| to_latin(t));
            add_latin(&mut person.role, |t| to_latin(t));
        }
        for turn in &mut self.turns {
            add_latin(&mut turn.paragraphs, paragraphs);
        }
        self
    }

    /// The languages to offer, in the control's order: the original, its Latin rendering,
    /// then the translations.
    pub fn offered_languages(&self) -> Vec<Lang> {
        let mut languages: Vec<Lang> = self.languages().into_iter().map(str::to_owned).collect();
        if let Some(latin) = languages.iter().position(|l| l == KAZAKH_LATIN) {
            let latin = languages.remove(latin);
            languages.insert(1, latin);
        }
        languages
    }
}

/// The language shown first: the address's, else the reader's saved choice, else (`None`) the
/// original, which is also what the pre-rendered page shows. The browser's preferred language
/// does not switch the page by itself (see `suggested_language`).
pub fn initial_language(
    from_address: Option<&str>,
    saved: Option<&str>,
    offered: &[Lang],
) -> Option<Lang> {
    let offered_as = |lang: &str| offered.iter().find(|o| o.as_str() == lang).cloned();
    from_address
        .and_then(offered_as)
        .or_else(|| saved.and_then(offered_as))
}

/// A translation to offer a reader who has chosen nothing yet, from the languages their browser
/// prefers (`navigator.languages`, most preferred first): the first that the interview has,
/// unless the original comes before it. It is offered, one click away, rather than shown
/// outright: an `en-US` browser (as most kiosk and headless browsers say) is no sign that its
/// reader cannot read Kazakh, and switching after the pre-rendered original appeared would
/// flash the whole page.
pub fn suggested_language(preferred: &[String], offered: &[Lang], original: &str) -> Option<Lang> {
    let primary = |tag: &str| {
        tag.split('-')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase()
    };
    for tag in preferred {
        let wanted = primary(tag);
        if wanted == primary(original) {
            return None;
        }
        if let Some(lang) = offered
            .iter()
            .find(|l| l.as_str() != KAZAKH_LATIN && primary(l) == wanted)
        {
            return Some(lang.clone());
        }
    }
    None
}

/// The folding to search `lang` with: a query in the other script than the text's goes
/// through the Latin alphabet, so Latin letters find Cyrillic Kazakh (and Russian) text and
/// Cyrillic letters find the Latin rendering.
pub fn letters_for(letters: Letters, query: &str, lang: &str) -> Letters {
    let has_cyrillic = query.chars().any(|c| matches!(c, '\u{400}'..='\u{52f}'));
    let has_latin = query
        .chars()
        .any(|c| c.is_ascii_alphabetic() || matches!(c, 'À'..='ɏ'));
    let cyrillic_text = lang == KAZAKH || lang == "ru";
    let crosses =
        (cyrillic_text && has_latin && !has_cyrillic) || (lang == KAZAKH_LATIN && has_cyrillic);
    if letters == Letters::Folded && crosses {
        Letters::Latin
    } else {
        letters
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtin::builtin_interview;

    #[test]
    fn a_choice_is_written_as_one_language_or_two() {
        let side_by_side = LanguageChoice {
            lang: "kk".into(),
            beside: Some("en".into()),
        };
        assert_eq!(side_by_side.to_string(), "kk|en");
        assert_eq!("kk|en".parse(), Ok(side_by_side));
        let alone: LanguageChoice = "ru".parse().unwrap();
        assert_eq!((alone.lang.as_str(), alone.beside), ("ru", None));
        assert_eq!("ru|".parse::<LanguageChoice>().unwrap().beside, None);
        assert_eq!("".parse::<LanguageChoice>(), Err(NoLanguage));
        assert_eq!("|en".parse::<LanguageChoice>(), Err(NoLanguage));
    }

    #[test]
    fn the_shown_languages_are_ones_the_interview_offers() {
        let offered: Vec<Lang> = ["kk", "kk-Latn", "en"].map(String::from).to_vec();
        let shown = |lang, beside| {
            let choice = LanguageChoice::shown(lang, beside, &offered, "kk");
            (choice.lang, choice.beside)
        };
        assert_eq!(shown(None, None), ("kk".into(), None));
        assert_eq!(
            shown(Some("de"), Some("en")),
            ("kk".into(), Some("en".into()))
        );
        assert_eq!(shown(Some("en"), Some("en")), ("en".into(), None));
        assert_eq!(shown(Some("kk"), Some("ru")), ("kk".into(), None));
    }

    #[test]
    fn only_a_translation_is_said_to_be_one() {
        let choice = |lang: &str, beside: Option<&str>| LanguageChoice {
            lang: lang.into(),
            beside: beside.map(Into::into),
        };
        assert!(!choice("kk", None).shows_translation("kk"));
        assert!(!choice(KAZAKH_LATIN, None).shows_translation("kk"));
        assert!(choice("en", None).shows_translation("kk"));
        assert!(choice("kk", Some("en")).shows_translation("kk"));
    }

    #[test]
    fn the_control_offers_each_language_then_the_original_beside_each_translation() {
        let offered: Vec<Lang> = ["kk", "kk-Latn", "en", "ru"].map(String::from).to_vec();
        let choices = LanguageChoice::offered(&offered, "kk");
        let written: Vec<String> = choices.iter().map(ToString::to_string).collect();
        assert_eq!(written, ["kk", "kk-Latn", "en", "ru", "kk|en", "kk|ru"]);
        assert_eq!(choices[4].name(), "Қазақша | English");
    }

    #[test]
    fn the_latin_rendering_sits_beside_the_original() {
        let interview = builtin_interview().with_kazakh_latin();
        assert_eq!(interview.offered_languages(), ["kk", "kk-Latn", "en", "ru"]);
        assert!(interview.title[KAZAKH_LATIN].starts_with("Sūltan Raev: Toqaevtyñ"));
        assert_eq!(
            interview.interviewee.as_ref().unwrap().name[KAZAKH_LATIN],
            "Sūltan Raev"
        );
        assert!(interview.turns[0].paragraphs_in(KAZAKH_LATIN)[0].starts_with("Qazaqstannyñ"));
    }

    #[test]
    fn the_first_language_follows_the_address_then_the_saved_choice() {
        let offered: Vec<Lang> = ["kk", "kk-Latn", "en", "ru"].map(String::from).to_vec();
        assert_eq!(
            initial_language(Some("en"), Some("ru"), &offered).as_deref(),
            Some("en")
        );
        assert_eq!(
            initial_language(Some("xx"), Some("kk-Latn"), &offered).as_deref(),
            Some("kk-Latn")
        );
        assert_eq!(initial_language(None, Some("de"), &offered), None);
        assert_eq!(initial_language(None, None, &offered), None);
    }

    #[test]
    fn a_browser_that_prefers_a_translation_is_offered_it_unless_it_reads_the_original() {
        let offered: Vec<Lang> = ["kk", "kk-Latn", "en", "ru"].map(String::from).to_vec();
        let suggest = |preferred: &[&str]| {
            let preferred: Vec<String> = preferred.iter().map(|s| s.to_string()).collect();
            suggested_language(&preferred, &offered, "kk")
        };
        assert_eq!(suggest(&["en-US", "en"]).as_deref(), Some("en"));
        assert_eq!(suggest(&["de-DE", "RU"]).as_deref(), Some("ru"));
        assert_eq!(suggest(&["kk-KZ", "ru-RU"]), None);
        assert_eq!(suggest(&["de", "fr"]), None);
        assert_eq!(suggest(&[]), None);
    }

    #[test]
    fn a_query_in_the_other_script_goes_through_latin() {
        assert_eq!(letters_for(Letters::Folded, "toqaev", "kk"), Letters::Latin);
        assert_eq!(
            letters_for(Letters::Folded, "тоқаев", "kk-Latn"),
            Letters::Latin
        );
        assert_eq!(
            letters_for(Letters::Folded, "тоқаев", "kk"),
            Letters::Folded
        );
        assert_eq!(
            letters_for(Letters::Folded, "tokayev", "en"),
            Letters::Folded
        );
        assert_eq!(letters_for(Letters::Exact, "toqaev", "kk"), Letters::Exact);
    }
}
