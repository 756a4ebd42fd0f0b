//! The `dsx` binary: parse arguments, run, map the result to an exit code.

// The pipeline allocates many small strings (cells, labels, JSON); mimalloc serves them
// faster than the system allocator (and keeps what is freed, see `main`). Its v2
// line (the `v2` feature) touches about half the memory v3 does for the same work here
// (24 vs 42 MB peak RSS over the Markdown corpus), and fresh pages are what the kernel
// spends its time zeroing.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_delay` in mimalloc v2's `enum mi_option_e` (mimalloc.h): how long freed
/// memory waits before it is returned to the OS, in ms; -1 never returns it.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

fn main() -> std::process::ExitCode {
    // Freed memory stays with the process instead of going back to the OS 10 ms later. A
    // batch holds at most a window of files at once, so its peak is bounded either way; a
    // page handed back is faulted in and zeroed again by the next file, and handing back
    // part of a huge page splits it and interrupts every other thread's CPU to flush its
    // TLB. The end of a run alone handed back ~30 MB in ~25 calls. Set before any other
    // thread starts (the setter is not thread safe).
    // SAFETY: a plain store into mimalloc's option table, on the only thread there is.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
    dsx::cli::main()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_purge_delay_option_is_the_one_mimalloc_documents() {
        // mimalloc's default purge delay is 10 ms: the index names that option
        // SAFETY: reads mimalloc's option table; set by no other test
        assert_eq!(
            unsafe { libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY) },
            10
        );
    }
}
