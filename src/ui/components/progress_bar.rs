use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProgressBarProps {
    pub position: usize,
    pub total: usize,
    pub label: AttrValue,
}

/// A native `<progress>`: accessible as it is, and no `style` attribute (strict CSP).
#[component]
pub fn ProgressBar(props: &ProgressBarProps) -> Html {
    let total = props.total.max(1);
    html! {
        <div class="rc-progress">
            <p class="rc-progress-label" id="rc-progress-label">{ props.label.clone() }</p>
            <progress class="rc-progress-bar" aria-labelledby="rc-progress-label"
                max={total.to_string()} value={props.position.min(total).to_string()}></progress>
        </div>
    }
}
