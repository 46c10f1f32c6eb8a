use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProgressBarProps {
    pub position: usize,
    pub total: usize,
    pub label: AttrValue,
}

#[component]
pub fn ProgressBar(props: &ProgressBarProps) -> Html {
    let total = props.total.max(1);
    let percent = props.position.min(total) * 100 / total;
    html! {
        <div class="rc-progress">
            <p class="rc-progress-label" id="rc-progress-label">{ props.label.clone() }</p>
            <div class="rc-progress-track" role="progressbar" aria-labelledby="rc-progress-label"
                aria-valuemin="0" aria-valuemax={total.to_string()} aria-valuenow={props.position.to_string()}>
                <div class="rc-progress-fill" style={format!("width:{percent}%")}></div>
            </div>
        </div>
    }
}
