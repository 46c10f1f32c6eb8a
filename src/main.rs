#[cfg(target_arch = "wasm32")]
fn main() {
    readiness_check::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The readiness check runs in the browser: see README.md (trunk serve).");
}
