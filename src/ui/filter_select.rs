use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FilterSelectProps {
    pub label: &'static str,
    /// The choice that filters nothing out.
    pub every: AttrValue,
    /// Values and what the reader sees of them.
    pub options: Vec<(String, String)>,
    /// The value chosen (empty: every).
    pub value: String,
    pub onchange: Callback<String>,
}

/// One of the home's filters: a labelled list of its values, "every" first.
#[function_component]
pub fn FilterSelect(props: &FilterSelectProps) -> Html {
    let onchange = props.onchange.reform(|e: Event| {
        e.target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value()
    });
    html! {
        <label class="archive__filter">
            <span class="archive__filter-label">{ props.label }</span>
            <select {onchange}>
                <option value="" selected={props.value.is_empty()}>{ props.every.clone() }</option>
                { for props.options.iter().map(|(value, name)| html! {
                    <option value={value.clone()} selected={*value == props.value}>{ name.clone() }</option>
                }) }
            </select>
        </label>
    }
}
