//! The `dsx` binary: parse arguments, run, map the result to an exit code.

fn main() -> std::process::ExitCode {
    dsx_cli::main()
}

mod dsx_cli {
    pub use dsx::cli::main;
}
