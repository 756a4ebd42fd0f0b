//! Helpers shared by the CLI test files.

use std::process::{Command, Output};

/// Run the `dsx` binary from the repository root.
pub fn dsx(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dsx"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("dsx runs")
}
