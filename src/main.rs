//! The `dsx` binary: parse arguments, run, map the result to an exit code.

// The pipeline allocates many small strings (cells, labels, JSON); mimalloc serves them
// faster than the system allocator and returns memory to the OS between files.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    dsx::cli::main()
}
