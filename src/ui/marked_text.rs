use yew::prelude::*;

use crate::domain::search::matcher::BlockHits;
use crate::domain::view::matches::pieces;

/// A block's paragraphs with its matches wrapped in `<mark>`: the text inside each `<p>` is the
/// original text exactly, so the browser's find, copying and screen readers are unaffected.
/// `current` is the block's current match, if it holds the reader's current match.
pub fn marked_paragraphs(
    texts: &[String],
    hits: Option<&BlockHits>,
    current: Option<usize>,
) -> Html {
    let mut first_in_paragraph = 0;
    let paragraphs = texts.iter().enumerate().map(|(index, text)| {
        let spans = hits
            .and_then(|hits| hits.paragraphs.get(index))
            .map_or(&[][..], Vec::as_slice);
        let first = first_in_paragraph;
        first_in_paragraph += spans.len();
        if spans.is_empty() {
            return html! { <p>{ text }</p> };
        }
        let runs = pieces(text, spans)
            .into_iter()
            .map(|piece| match piece.mark {
                Some(mark) if current == Some(first + mark) => html! {
                    <mark class="match match--current" aria-current="true">{ piece.text }</mark>
                },
                Some(_) => html! { <mark class="match">{ piece.text }</mark> },
                None => html! { { piece.text } },
            });
        html! { <p>{ for runs }</p> }
    });
    html! { { for paragraphs } }
}
