//! The benchmark's baseline: a counter, the smallest app that renders, listens and updates.

use yew::prelude::*;

#[function_component(Counter)]
fn counter() -> Html {
    let count = use_state(|| 0_u32);
    let on_increment = {
        let count = count.clone();
        Callback::from(move |_: MouseEvent| count.set(*count + 1))
    };
    html! {
        <>
            <h1>{ "Counter" }</h1>
            <p id="baseline-count">{ *count }</p>
            <button type="button" id="baseline-increment" onclick={on_increment}>{ "Add one" }</button>
        </>
    }
}

/// Mounts into `<body>`, as the smallest Yew app does.
fn main() {
    yew::Renderer::<Counter>::new().render();
}
