//! Searching the shipped interview as readers do, with answers counted by hand.

#![cfg(not(target_arch = "wasm32"))]

use suhbat::builtin::builtin_interview;
use suhbat::domain::search::fold::Letters;
use suhbat::domain::search::index::SearchIndex;
use suhbat::domain::search::matcher::{Scope, SearchResult};
use suhbat::domain::search::query::Query;

fn search(query: &str, letters: Letters, scope: Scope) -> SearchResult {
    let interview = builtin_interview();
    SearchIndex::new(&interview, "kk").search(&Query::parse(query, letters), scope)
}

#[test]
fn typing_tokaev_highlights_every_tokaev_in_the_lead_and_thirteen_turns() {
    let result = search("токаев", Letters::Folded, Scope::All);
    assert_eq!(result.total, 17);
    assert!(result.lead.is_some());
    assert_eq!(result.matching_turns(), 13);
    assert_eq!(search("Тоқаев", Letters::Folded, Scope::All).total, 17);
    assert_eq!(search("ТОКАЕВ", Letters::Folded, Scope::All).total, 17);
}

#[test]
fn exact_letters_find_tokaev_only_as_written() {
    assert_eq!(search("токаев", Letters::Exact, Scope::All).total, 0);
    assert_eq!(search("тоқаев", Letters::Exact, Scope::All).total, 17);
}

#[test]
fn typing_kazakstan_finds_every_form_of_kazakhstan() {
    let interview = builtin_interview();
    let expected = interview
        .turns
        .iter()
        .flat_map(|turn| turn.paragraphs_in("kk"))
        .chain(interview.original_lead())
        .map(|p| p.matches("Қазақстан").count())
        .sum::<usize>();
    assert!(expected > 10);
    assert_eq!(
        search("казакстан", Letters::Folded, Scope::All).total,
        expected
    );
}

#[test]
fn answers_scope_skips_questions_and_lead() {
    let all = search("токаев", Letters::Folded, Scope::All);
    let answers = search("токаев", Letters::Folded, Scope::Answers);
    let questions = search("токаев", Letters::Folded, Scope::Questions);
    assert!(answers.lead.is_none() && questions.lead.is_none());
    let lead = all.lead.as_ref().unwrap().count;
    assert_eq!(answers.total + questions.total + lead, all.total);
}

#[test]
fn invisible_characters_pasted_into_a_query_are_ignored() {
    assert_eq!(
        search("\u{202e}ток\u{200b}аев\u{ad}", Letters::Folded, Scope::All).total,
        17
    );
}

#[test]
fn odd_queries_find_nothing_and_break_nothing() {
    for query in [
        "<script>alert(1)</script>",
        ".*",
        "🇰🇿",
        "\u{301}",
        &"ы".repeat(10_000),
    ] {
        let result = search(query, Letters::Folded, Scope::All);
        assert_eq!(result.total, 0, "{query:?}");
    }
}
