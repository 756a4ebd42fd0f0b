//! The `dsx` binary: parse arguments, run, map the result to an exit code.

/// The PDF reader makes many small, short-lived allocations on several threads; with
/// glibc's allocator they were a quarter of the run.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    dsx_cli::main()
}

mod dsx_cli {
    pub use dsx::cli::main;
}
