//! Properties of search on interviews and queries nobody wrote by hand: spans stay inside the
//! text, sorted, apart and on grapheme boundaries; pieces give back the text exactly; whatever
//! a reader selects from the text, searching for it finds it; every mark holds what was searched.

#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use suhbat::domain::input::metadata::Metadata;
use suhbat::domain::input::parser::parse_text;
use suhbat::domain::model::Interview;
use suhbat::domain::search::fold::{Letters, fold};
use suhbat::domain::search::index::SearchIndex;
use suhbat::domain::search::matcher::Scope;
use suhbat::domain::search::query::{MAX_TERMS, Query};
use suhbat::domain::view::matches::pieces;
use unicode_segmentation::UnicodeSegmentation;

/// Text mixing Kazakh, Latin look-alikes, combining marks, emoji, controls and markup.
fn paragraph() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Тоқаев",
        "қазақ",
        "ТҮРКСОЙ",
        "i",
        "a",
        "e\u{301}",
        "и\u{306}",
        "\u{301}",
        "👨‍👩‍👧",
        "🇰🇿",
        "\u{202e}",
        "\u{200d}",
        " ",
        "  ",
        "\u{a0}",
        "<b>",
        "&amp;",
        "ё",
        "İ",
        "ß",
        "ﬁ",
        "ə",
        "-",
        "«",
        "x",
    ]);
    prop::collection::vec(pieces, 1..20).prop_map(|parts| format!("с{}", parts.concat()))
}

fn interview() -> impl Strategy<Value = Interview> {
    prop::collection::vec(paragraph(), 1..6).prop_map(|paragraphs| {
        let text: String = paragraphs.iter().map(|p| format!("- {p}\n")).collect();
        Metadata::default().into_interview(parse_text(&text).unwrap())
    })
}

fn letters() -> impl Strategy<Value = Letters> {
    prop::sample::select(vec![Letters::Folded, Letters::Exact, Letters::Latin])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn spans_are_sorted_apart_and_whole_graphemes(interview in interview(), query in "\\PC{0,12}", letters in letters()) {
        let result = SearchIndex::new(&interview, "kk").search(&Query::parse(&query, letters), Scope::All);
        let mut counted = 0;
        for (turn, hits) in interview.turns.iter().zip(&result.turns) {
            let Some(hits) = hits else { continue };
            for (text, spans) in turn.paragraphs_in("kk").iter().zip(&hits.paragraphs) {
                let boundaries: Vec<usize> = text.grapheme_indices(true).map(|(i, _)| i).chain([text.len()]).collect();
                for pair in spans.windows(2) {
                    prop_assert!(pair[0].end <= pair[1].start, "{:?}", spans);
                }
                for span in spans {
                    prop_assert!(span.start < span.end && span.end <= text.len());
                    prop_assert!(boundaries.contains(&span.start) && boundaries.contains(&span.end), "{text:?} {span:?}");
                }
                let rebuilt: String = pieces(text, spans).iter().map(|p| p.text).collect();
                prop_assert_eq!(&rebuilt, text);
                counted += spans.len();
            }
        }
        prop_assert_eq!(counted, result.total);
    }

    #[test]
    fn every_mark_holds_what_was_searched(interview in interview(), word in "[а-яәіңғүұқөһa-z]{1,4}", letters in letters()) {
        let query = Query::parse(&word, letters);
        prop_assume!(!query.is_empty());
        let result = SearchIndex::new(&interview, "kk").search(&query, Scope::All);
        let term = &query.terms()[0];
        for (turn, hits) in interview.turns.iter().zip(&result.turns) {
            let Some(hits) = hits else { continue };
            for (text, spans) in turn.paragraphs_in("kk").iter().zip(&hits.paragraphs) {
                for span in spans {
                    let marked = fold(&text[span.start..span.end], query.letters());
                    prop_assert!(marked.contains(term.as_str()), "{marked:?} lacks {term:?} in {text:?}");
                }
            }
        }
    }

    #[test]
    fn any_selection_of_the_text_is_found(interview in interview(), letters in letters(), start in 0usize..200, length in 1usize..12) {
        let text = interview.turns[0].paragraphs_in("kk")[0].clone();
        let graphemes: Vec<&str> = text.graphemes(true).collect();
        let start = start % graphemes.len();
        let selection: String = graphemes[start..(start + length).min(graphemes.len())].concat();
        let query = Query::parse(&format!("\"{selection}\""), letters);
        prop_assume!(!query.is_empty());
        let result = SearchIndex::new(&interview, "kk").search(&query, Scope::All);
        prop_assert!(result.turns[0].is_some(), "{selection:?} not found in {text:?}");
    }

    #[test]
    fn folding_a_folded_query_changes_nothing(text in "\\PC{0,40}", letters in letters()) {
        let once = fold(&text, letters);
        prop_assert_eq!(fold(&once, letters), once);
    }

    #[test]
    fn huge_odd_queries_are_answered_within_the_term_limit(query in "[\\PC\"«» ]{0,2000}", interview in interview()) {
        let query = Query::parse(&query, Letters::Folded);
        prop_assert!(query.terms().len() <= MAX_TERMS);
        prop_assert!(!query.is_truncated() || query.terms().len() == MAX_TERMS);
        let result = SearchIndex::new(&interview, "kk").search(&query, Scope::All);
        let hits = result.lead.iter().chain(result.turns.iter().flatten());
        let mut counted = 0;
        for hits in hits {
            prop_assert_eq!(hits.count, hits.paragraphs.iter().map(Vec::len).sum::<usize>());
            prop_assert_eq!(hits.first, counted);
            counted += hits.count;
        }
        prop_assert_eq!(counted, result.total);
        prop_assert!(!query.is_empty() || result.total == 0);
    }
}
