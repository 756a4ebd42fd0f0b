//! The `dsx` binary: parse arguments, run, map the result to an exit code.

// The pipeline allocates many small strings (cells, labels, JSON); mimalloc serves them
// faster than the system allocator and returns memory to the OS between files. Its v2
// line (the `v2` feature) touches about half the memory v3 does for the same work here
// (24 vs 42 MB peak RSS over the Markdown corpus), and fresh pages are what the kernel
// spends its time zeroing.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    dsx::cli::main()
}
