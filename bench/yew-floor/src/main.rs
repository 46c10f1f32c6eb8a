use yew::prelude::*;

#[component]
fn App() -> Html {
    let count = use_state(|| 0u32);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_: MouseEvent| count.set(*count + 1))
    };
    html! { <main><h1>{ "Frage 1" }</h1><button {onclick}>{ "Weiter" }</button><p>{ *count }</p></main> }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
